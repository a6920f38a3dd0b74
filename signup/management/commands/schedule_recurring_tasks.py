from django.core.management.base import BaseCommand

from signup.recurring import ensure_scheduled
from signup.tasks import erase_expired_registrations, escalate_callbacks


class Command(BaseCommand):
    """Put each recurring task in the queue unless it already waits there; the
    worker's start command runs this, so restarts never double a schedule."""

    help = "Schedule the recurring background tasks (idempotent)."

    def handle(self, *args, **options):
        for task in (escalate_callbacks, erase_expired_registrations):
            if ensure_scheduled(task):
                self.stdout.write(self.style.SUCCESS(f"Scheduled {task.name}"))
            else:
                self.stdout.write(f"{task.name} is already scheduled")
