"""A mail server that is down never costs a registration: the worker keeps trying
with growing pauses, and sends exactly once when the server answers again."""

import socket
from datetime import timedelta

from django.core import mail

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from signup.desk import access, delivery
from signup.models import Registration
from tests.conftest import parse
from tests.signup.factories import registered
from tests.signup.wizard import persona, run_worker
from tests.staff import login_staff, staff_member

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


def test_the_desk_sees_a_retrying_and_then_a_failed_confirmation(
    client, seeded, friday, smtp_down
):
    """Delivery status: on the detail page and as a list filter."""
    smtp_down.SIGNUP_EMAIL_MAX_ATTEMPTS = 2
    registered(answers=persona())
    fine = registered(answers=persona())
    Registration.objects.filter(pk=fine.pk).update(
        confirmation_sent_at=friday, team_notified_at=friday
    )
    registration = Registration.objects.exclude(pk=fine.pk).get()
    login_staff(client, staff_member(access.AANMELDPUNT))

    run_worker()
    registration.refresh_from_db()
    states = [d.state for d in delivery.deliveries(registration)]
    assert states == [delivery.RETRYING, delivery.RETRYING]
    listed = parse(client.get("/admin/registration/", {"delivery": "problem"}))
    assert registration.reference in listed.get_text()
    assert fine.reference not in listed.get_text()
    assert (
        registration.reference
        not in parse(
            client.get("/admin/registration/", {"delivery": "failed"})
        ).get_text()
    ), "not failed yet: still trying"

    with time_machine.travel(friday + timedelta(hours=2), tick=True):
        run_worker()
        run_worker()
    registration.refresh_from_db()
    assert registration.confirmation_failed_at is not None
    assert registration.confirmation_attempts == 2

    listed = parse(client.get("/admin/registration/", {"delivery": "failed"}))
    assert registration.reference in listed.get_text()
    assert fine.reference not in listed.get_text()
    page = parse(client.get(f"/admin/registration/{registration.pk}/"))
    status = page.select_one("#delivery-title").parent.get_text(" ", strip=True)
    assert "Bevestigingsmail Mislukt: niet verstuurd" in status
    assert "2 keer geprobeerd" in status
    assert "controleer het e-mailadres" in status
    fine_page = parse(client.get(f"/admin/registration/{fine.pk}/"))
    assert "Bevestigingsmail Verstuurd" in fine_page.select_one(
        "#delivery-title"
    ).parent.get_text(" ", strip=True)
