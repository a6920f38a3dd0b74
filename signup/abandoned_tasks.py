"""Tasks of a worker that died are put back in the queue.

django-tasks-db marks a task RUNNING when a worker takes it and never looks at it
again; if that worker is killed (out of memory, a deploy, a machine restart), the
task would wait for ever and its e-mail would never go. A task still RUNNING long
after it started is therefore put back as READY. Every task of ours checks first
whether its work is done (``confirmation_sent_at``, ``team_notified_at``), so a
second run sends nothing twice. Our longest task is one e-mail with a
timeout (``EMAIL_TIMEOUT``, 20 seconds), far below ``ABANDONED_AFTER``.

Run at every worker start and by the recurring escalation task.
"""

from datetime import datetime, timedelta

from django.utils import timezone

from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

ABANDONED_AFTER = timedelta(minutes=5)


def requeue_abandoned(now: datetime | None = None) -> int:
    """Put tasks that have been RUNNING too long back in the queue; how many."""
    cutoff = (now or timezone.now()) - ABANDONED_AFTER
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    ).update(status=TaskResultStatus.READY, started_at=None)
