"""Background work runs on the django-tasks database worker, Wagtail's own tasks too."""

import io
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

import pytest
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

from content.seed import seed_site
from portal.worker import recurring_tasks, requeue_abandoned_tasks
from tests.signup.factories import registered
from tests.signup.wizard import run_worker


def test_publishing_queues_wagtail_tasks_that_the_worker_runs(transactional_db):
    seed_site()
    queued = DBTaskResult.objects.ready()
    assert queued.filter(task_path="wagtail.tasks.update_reference_index_task").exists()

    call_command(
        "db_worker",
        batch=True,
        queue_name="*",
        startup_delay=False,
        reload=False,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )

    assert not DBTaskResult.objects.ready().exists()
    assert not DBTaskResult.objects.failed().exists()
    assert DBTaskResult.objects.successful().count() == DBTaskResult.objects.count()


def _ready(task):
    """Runs waiting in the queue, also those due later (``ready()`` would only
    count the ones due now)."""
    return DBTaskResult.objects.filter(task_path=task.module_path, status="READY")


@pytest.mark.django_db(transaction=True)
def test_every_recurring_task_is_scheduled_once_and_requeued_after_its_run():
    call_command("schedule_recurring_tasks", stdout=io.StringIO())
    call_command("schedule_recurring_tasks", stdout=io.StringIO())
    for task in recurring_tasks():
        assert _ready(task).count() == 1, task.name

    run_worker()

    for task, pause in recurring_tasks().items():
        next_run = _ready(task).get()
        assert next_run.run_after >= next_run.enqueued_at + pause - timedelta(seconds=5)
        assert (
            DBTaskResult.objects.successful()
            .filter(task_path=task.module_path)
            .exists()
        )


@pytest.mark.django_db(transaction=True)
def test_a_failed_run_of_a_recurring_task_still_has_a_next_run():
    result = requeue_abandoned_tasks.enqueue()
    row = DBTaskResult.objects.get(id=result.id)
    row.set_failed(RuntimeError("the database went away"))

    task_finished.send(sender=type(result.backend), task_result=row.task_result)

    assert _ready(requeue_abandoned_tasks).count() == 1


@pytest.mark.django_db(transaction=True)
def test_other_tasks_schedule_nothing(seeded):
    registered(timezone.now())

    run_worker()

    assert not DBTaskResult.objects.filter(status="READY").exists()
