"""Housekeeping of the django-tasks database worker: tasks of a dead worker go back
in the queue, and recurring tasks wait in the queue for their next run.

django-tasks-db marks a task RUNNING when a worker takes it and never looks at it
again; if that worker is killed (out of memory, a deploy, a machine restart), the
task would wait for ever and its e-mail would never go. A task still RUNNING long
after it started is therefore put back as READY. Every task of ours checks first
whether its work is done (``confirmation_sent_at``, ``team_notified_at``), so a
second run sends nothing twice. Our longest task is one e-mail with a timeout
(``EMAIL_TIMEOUT``, 20 seconds), far below ``ABANDONED_AFTER``.

django-tasks has no scheduler (django-tasks#259). A recurring task is put in the
queue by ``schedule_recurring_tasks`` (run by the worker's start command), and when
a run ends, successful or not, the next one is enqueued from the worker's
``task_finished`` signal: at most one waiting run per task, however often either
happens. The tasks themselves know nothing of their schedule.
"""

import logging
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

from signup import tasks as signup_tasks

logger = logging.getLogger(__name__)

ABANDONED_AFTER = timedelta(minutes=5)


def requeue_abandoned(now: datetime | None = None) -> int:
    """Put tasks that have been RUNNING too long back in the queue; how many."""
    cutoff = (now or timezone.now()) - ABANDONED_AFTER
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    ).update(status=TaskResultStatus.READY, started_at=None)


@task(queue_name="default")
def requeue_abandoned_tasks() -> int:
    """Recurring: tasks of a worker that died go back in the queue."""
    return requeue_abandoned()


def recurring_tasks() -> dict:
    """Each recurring task and the pause between the end of a run and the next."""
    return {
        requeue_abandoned_tasks: timedelta(minutes=15),
        signup_tasks.escalate_callbacks: timedelta(minutes=15),
        signup_tasks.send_due_reminders: timedelta(hours=1),
        signup_tasks.erase_expired_registrations: timedelta(days=1),
    }


def _pending(task) -> bool:
    return DBTaskResult.objects.filter(
        task_path=task.module_path, status=TaskResultStatus.READY
    ).exists()


@transaction.atomic
def ensure_scheduled(task, delay: timedelta = timedelta(0)) -> bool:
    """Enqueue ``task`` unless a run is already waiting; True when enqueued."""
    if _pending(task):
        return False
    task.using(run_after=timezone.now() + delay).enqueue()
    return True


def schedule_next_run(sender, task_result, **kwargs) -> None:
    """When a recurring task's run ends, its next run waits in the queue. Its own
    run is no longer READY then, so it does not count as waiting."""
    path = task_result.task.module_path
    for recurring, pause in recurring_tasks().items():
        if recurring.module_path == path:
            try:
                ensure_scheduled(recurring, pause)
            except Exception:  # the worker must go on with the next task
                logger.exception("Could not schedule the next run of %s", path)
            return


def connect_signals() -> None:
    task_finished.connect(schedule_next_run, dispatch_uid="portal.worker.next_run")
