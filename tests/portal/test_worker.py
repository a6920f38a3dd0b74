"""Background work runs on the django-tasks database worker, Wagtail's own tasks too."""

import io

from django.core.management import call_command

from django_tasks_db.models import DBTaskResult

from content.seed import seed_site


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
