"""A mail server that is down never costs a registration: the worker keeps trying
with growing pauses, and sends exactly once when the server answers again."""

import socket
from datetime import timedelta

from django.core import mail

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from signup.models import Registration
from tests.signup.factories import registered
from tests.signup.wizard import persona, run_worker

pytestmark = pytest.mark.django_db(transaction=True)


def closed_port() -> int:
    """A local port with nothing listening: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 2
    return settings


def waiting_confirmations():
    return DBTaskResult.objects.filter(
        task_path="signup.tasks.send_confirmation_email", status="READY"
    )


def test_the_email_is_retried_until_the_server_is_back(seeded, friday, smtp_down):
    registered(answers=persona())
    registration = Registration.objects.get()

    run_worker()

    registration.refresh_from_db()
    assert registration.confirmation_sent_at is None
    retry = waiting_confirmations().get()
    assert retry.args_kwargs["args"] == [registration.pk, 2]
    assert retry.run_after > friday
    assert not any(m.to == ["anna@example.nl"] for m in mail.outbox)

    smtp_down.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_worker()  # the retry waits for its time
    assert not any(m.to == ["anna@example.nl"] for m in mail.outbox)

    with time_machine.travel(friday + timedelta(minutes=2), tick=True):
        run_worker()
        run_worker()

    sent = [m for m in mail.outbox if m.to == ["anna@example.nl"]]
    assert len(sent) == 1
    assert registration.reference in sent[0].subject
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None
    assert Registration.objects.count() == 1


def test_after_the_last_attempt_the_worker_gives_up_and_keeps_the_registration(
    seeded, friday, smtp_down
):
    smtp_down.SIGNUP_EMAIL_MAX_ATTEMPTS = 2
    registered(answers=persona())

    run_worker()
    with time_machine.travel(friday + timedelta(hours=2), tick=True):
        run_worker()
        assert not waiting_confirmations().exists()

    registration = Registration.objects.get()
    assert registration.confirmation_sent_at is None
    assert registration.callback is not None
