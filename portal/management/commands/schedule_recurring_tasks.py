from django.core.management.base import BaseCommand

from portal.worker import ensure_scheduled, recurring_tasks


class Command(BaseCommand):
    """Put each recurring task in the queue unless it already waits there; the
    worker's start command runs this, so restarts never double a schedule."""

    help = "Schedule the recurring background tasks (idempotent)."

    def handle(self, *args, **options):
        for task in recurring_tasks():
            if ensure_scheduled(task):
                self.stdout.write(self.style.SUCCESS(f"Scheduled {task.name}"))
            else:
                self.stdout.write(f"{task.name} is already scheduled")
