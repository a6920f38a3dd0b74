"""Faults, each with real parts: a mail server that is down and comes back, a worker
process killed in the middle of a task, and a database that refuses a write. No
registration is ever lost, and every e-mail goes out exactly once."""

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from django.db import connection
from django.utils import timezone

import pytest
import time_machine
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from portal.worker import requeue_abandoned
from signup.models import CallbackTask, Registration
from tests.conftest import parse
from tests.ports import free_port
from tests.signup.factories import registered
from tests.signup.smtp import silent_server, smtp_server
from tests.signup.test_wizard_flow import fill_until
from tests.signup.wizard import WizardRun, persona, run_worker

pytestmark = pytest.mark.django_db(transaction=True)

BASE_DIR = Path(__file__).resolve().parents[2]
PERSON = "anna@example.nl"
TEAM = "aanmeldpunt@herstelwijzer.example"


def use_smtp(settings, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 2


def test_mail_server_down_during_submission_then_back(client, seeded, friday, settings):
    port = free_port()
    use_smtp(settings, port)  # nothing listens there yet

    WizardRun(client, "nl").complete(persona())
    run_worker()

    registration = Registration.objects.get()
    assert CallbackTask.objects.filter(registration=registration).exists()
    assert registration.confirmation_sent_at is None

    with smtp_server(port) as inbox:
        run_worker()  # the retries wait for their time
        assert inbox.messages == []
        with time_machine.travel(friday + timedelta(minutes=2), tick=True):
            run_worker()
            run_worker()

    assert len(inbox.to(PERSON)) == 1
    assert registration.reference in inbox.to(PERSON)[0]["Subject"]
    assert len(inbox.to(TEAM)) == 1
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None


def worker_database_url() -> str:
    """The test database, as a URL for a worker in another process."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def start_worker(smtp_port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": worker_database_url(),
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--queue-name",
            "email",
            "--interval",
            "0.2",
            "--no-startup-delay",
            "--no-reload",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def running_tasks():
    return DBTaskResult.objects.filter(
        task_path__startswith="signup.tasks.", status=TaskResultStatus.RUNNING
    )


def wait_for(condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_a_killed_worker_s_task_runs_again_and_sends_once(seeded, settings):
    registered(answers=persona())
    port = free_port()

    with silent_server(port):
        worker = start_worker(port)
        try:
            wait_for(lambda: running_tasks().exists())  # hanging on the mail server
        finally:
            worker.kill()  # SIGKILL: no clean shutdown
            worker.wait(timeout=10)

    abandoned = running_tasks().get()
    assert requeue_abandoned() == 0, "a task that just started may be alive"

    use_smtp(settings, port)
    with smtp_server(port) as inbox:
        later = timezone.now() + timedelta(minutes=6)
        assert requeue_abandoned(now=later) == 1
        abandoned.refresh_from_db()
        assert abandoned.status == TaskResultStatus.READY
        run_worker()
        run_worker()

    assert len(inbox.to(PERSON)) == 1
    assert len(inbox.to(TEAM)) == 1
    assert not running_tasks().exists()
    assert Registration.objects.get().confirmation_sent_at is not None


@contextmanager
def database_refuses_writes():
    """The database itself refuses every write (read-only mode), as during a
    failover or a full disk."""
    vendor = connection.vendor
    with connection.cursor() as cursor:
        if vendor == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("SET default_transaction_read_only = on")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if vendor == "sqlite":
                cursor.execute("PRAGMA query_only = OFF")
            else:
                cursor.execute("SET default_transaction_read_only = off")


def test_a_database_that_refuses_the_write_loses_nothing(client, seeded):
    run = WizardRun(client, "nl")
    fill_until(run, "check")

    with database_refuses_writes():
        refused = client.get(run.step_url("done"))

    assert refused.status_code == 503
    assert "nog niet verstuurd" in refused.content.decode()
    assert Registration.objects.count() == 0
    links = {a.get_text(strip=True): a["href"] for a in parse(refused).select("main a")}
    assert run.step_of(links["Terug naar uw antwoorden"]) == "check"
    assert run.step_of(links["Probeer opnieuw te versturen"]) == "done"

    retry = client.get(run.step_url("done"))
    assert retry.status_code == 302, "the answers were kept"
    confirmation = client.get(retry["Location"])
    assert confirmation.status_code == 200
    again = client.get(run.step_url("done"))
    assert again.status_code in (200, 302)
    assert Registration.objects.count() == 1, "resubmitting made no duplicate"
    assert CallbackTask.objects.count() == 1
