from django.core.management.base import BaseCommand

from portal.worker import requeue_abandoned


class Command(BaseCommand):
    """Run by the worker's start command: tasks left RUNNING by a worker that died
    go back in the queue (see portal/worker.py)."""

    help = "Put tasks of a dead worker back in the queue."

    def handle(self, *args, **options):
        count = requeue_abandoned()
        self.stdout.write(f"{count} abandoned task(s) put back in the queue")
