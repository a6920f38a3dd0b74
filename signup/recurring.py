"""Recurring background work on the django-tasks database worker.

django-tasks has no scheduler, so a recurring task re-enqueues itself for its next
run when it finishes, and ``schedule_recurring_tasks`` (run by the worker's start
command) makes sure each one is waiting in the queue: at most one pending run per
task, however often the command runs.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from django_tasks_db.models import DBTaskResult


def _pending(task) -> bool:
    return DBTaskResult.objects.filter(
        task_path=task.module_path, status="READY"
    ).exists()


@transaction.atomic
def ensure_scheduled(task, delay: timedelta = timedelta(0)) -> bool:
    """Enqueue ``task`` unless a run is already waiting; True when enqueued. A
    recurring task calls it at its end for its next run: while it runs, its own
    run no longer counts as waiting."""
    if _pending(task):
        return False
    task.using(run_after=timezone.now() + delay).enqueue()
    return True
