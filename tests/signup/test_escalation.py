"""Escalation: teams hear once about callbacks due within a day and once when they
are overdue, without personal data; the task keeps itself scheduled."""

import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from signup.desk import actions
from signup.desk.escalation import escalate
from signup.models import Registration
from tests.signup.factories import registered
from tests.signup.wizard import persona, run_worker


@pytest.fixture
def two_registrations(seeded, friday):
    """Friday 10:00: both due Monday 30 November at 17:00."""
    registered(answers=persona())
    registered(
        answers=persona(
            case={"case_stage": "prosecutor"},
            district={"district": "rotterdam"},
            counts={"counts_in_case": "yes"},
        )
    )
    mail.outbox.clear()
    return {r.callback.team: r for r in Registration.objects.all()}


def test_nothing_to_report_while_callbacks_are_far_off(two_registrations, friday):
    assert escalate(friday) == 0
    assert mail.outbox == []


def test_due_soon_then_overdue_each_reported_once(two_registrations, friday):
    sunday_evening = friday + timedelta(days=2, hours=10)  # Sunday 20:00
    tuesday = friday + timedelta(days=4)

    assert escalate(sunday_evening) == 2
    assert escalate(sunday_evening + timedelta(minutes=15)) == 0
    assert escalate(tuesday) == 2
    assert escalate(tuesday + timedelta(hours=1)) == 0

    sent = mail.outbox
    assert len(sent) == 4
    assert all(m.to == ["aanmeldpunt@herstelwijzer.example"] for m in sent), (
        "both teams use the default address here"
    )
    subjects = sorted(m.subject for m in sent)
    assert any("te laat" in s for s in subjects)
    for message in sent:
        for secret in ("Anna", "612345678", "anna@example.nl", "Geweld", "geweld"):
            assert secret not in message.body + message.subject


def test_a_rerouted_callback_is_reported_to_its_new_team(
    two_registrations, friday, settings
):
    settings.SIGNUP_TEAM_EMAILS = {"triage": "triage@team.example"}
    tuesday = friday + timedelta(days=4)
    escalate(tuesday)
    mail.outbox.clear()

    actions.reroute(two_registrations["aanmeldpunt"], "triage", "", "Past beter", None)
    escalate(tuesday + timedelta(minutes=15))

    assert [m.to for m in mail.outbox] == [["triage@team.example"]]
    assert two_registrations["aanmeldpunt"].reference in mail.outbox[0].body


def test_closed_registrations_and_done_callbacks_are_not_reported(
    two_registrations, friday
):
    actions.close(two_registrations["aanmeldpunt"], None, "handed_over")
    actions.mark_done(two_registrations["mis_rotterdam"].callback, None)

    assert escalate(friday + timedelta(days=4)) == 0


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_escalation_and_keeps_it_scheduled(client, seeded):
    def pending():
        return DBTaskResult.objects.filter(
            task_path="signup.tasks.escalate_callbacks", status="READY"
        )

    call_command("schedule_recurring_tasks", stdout=io.StringIO())
    call_command("schedule_recurring_tasks", stdout=io.StringIO())
    assert pending().count() == 1, "scheduling twice never doubles the task"

    run_worker()

    assert DBTaskResult.objects.filter(
        task_path="signup.tasks.escalate_callbacks", status="SUCCESSFUL"
    ).exists()
    next_run = pending().get()
    assert next_run.run_after > next_run.enqueued_at + timedelta(minutes=14)
    with time_machine.travel(next_run.run_after + timedelta(seconds=1)):
        run_worker()
    assert (
        DBTaskResult.objects.filter(
            task_path="signup.tasks.escalate_callbacks", status="SUCCESSFUL"
        ).count()
        == 2
    )
    assert pending().count() == 1
