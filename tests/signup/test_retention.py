"""Retention and data subject requests: personal data is erased after the
retention period or on request, the statistics stay the same, and a person's
registration can be exported as JSON; all of it audited."""

import io
import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.management import call_command

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from signup.desk import access, actions
from signup.models import (
    CallAttempt,
    Invitation,
    Registration,
    RegistrationLogEntry,
    RouteChange,
)
from signup.privacy.retention import (
    ERASED_VALUES,
    Reason,
    erase,
    erase_expired,
    erased_values,
    months_before,
)
from signup.statistics.counting import months_between, records_between, tally
from tests.signup.factories import registered
from tests.signup.wizard import run_worker
from tests.staff import login_staff, staff_member

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=AMSTERDAM)


def test_months_before_keeps_the_day_or_takes_the_last_of_the_month():
    assert months_before(NOW, 24) == datetime(2024, 11, 23, 12, 0, tzinfo=AMSTERDAM)
    assert months_before(NOW, 11) == datetime(2025, 12, 23, 12, 0, tzinfo=AMSTERDAM)
    march_31 = datetime(2026, 3, 31, 9, 0, tzinfo=AMSTERDAM)
    assert months_before(march_31, 1) == datetime(2026, 2, 28, 9, 0, tzinfo=AMSTERDAM)
    assert months_before(march_31, 25) == datetime(2024, 2, 29, 9, 0, tzinfo=AMSTERDAM)


def closed_at(registration: Registration, moment: datetime) -> Registration:
    with time_machine.travel(moment, tick=False):
        actions.close(registration, None, "handed_over")
    registration.refresh_from_db()
    return registration


@pytest.fixture
def worked_registration(seeded):
    """Registered in 2024, called (with a note), re-routed (with a reason)."""
    created = datetime(2024, 9, 2, 10, 0, tzinfo=AMSTERDAM)
    with time_machine.travel(created, tick=False):
        registration = registered(created)
    with time_machine.travel(created + timedelta(hours=3), tick=False):
        actions.log_attempt(
            registration.callback, "reached", "Anna wil eerst met haar zus praten", None
        )
        actions.reroute(registration, "triage", "", "Piet dreigde haar", None)
    registration.refresh_from_db()
    return registration


# What erasure keeps: codes, times, the random reference and the staff's workflow.
# A new field must be added here, or be erased (encrypt it): until then this test
# fails, so no new personal field can survive the purge unnoticed.
KEPT_FIELDS = {
    Registration: {
        "id", "reference", "submission_key", "created_at", "language",
        "youth_variant", "registrant", "organisation_type", "client_consent", "role",
        "offence", "case_stage", "district", "counts_in_case", "other_party",
        "acknowledges", "age_band", "guardian_knows", "contact_form",
        "preferred_language", "interpreter_needed", "heard_from", "route",
        "route_district", "route_rule", "reason", "flags", "signposts",
        "privacy_statement_version", "confirmation_sent_at", "team_notified_at",
        "status", "closed_at", "erased_at", "hopes", "feels_safe", "contact_ban",
        "contact_timing", "om_details_consent", "rule_version", "withdrawn_at",
        "confirmation_attempts", "confirmation_failed_at", "team_notice_attempts",
        "team_notice_failed_at", "outcome", "stop_reason",
    },
    CallAttempt: {"id", "callback", "outcome", "made_by", "made_at"},
    # Codes and times only: the reply's personal data is on its own registration.
    Invitation: {
        "id", "registration", "code", "created_at", "created_by", "replied_at",
        "answer", "reply",
    },
    RouteChange: {
        "id", "registration", "from_route", "from_district", "to_route",
        "to_district", "from_team", "to_team", "changed_by", "changed_at",
    },
}  # fmt: skip


@pytest.mark.parametrize("model", list(KEPT_FIELDS), ids=lambda m: m.__name__)
def test_every_field_is_either_kept_as_a_code_or_erased(model):
    fields = {field.name for field in model._meta.concrete_fields}
    erased = set(erased_values(model))

    assert not erased & KEPT_FIELDS[model]
    assert fields == KEPT_FIELDS[model] | erased, (
        "a field that is neither kept nor erased: "
        f"{sorted(fields - KEPT_FIELDS[model] - erased)}"
    )


def test_a_registration_closed_longer_ago_than_the_period_is_erased(
    worked_registration,
):
    registration = closed_at(worked_registration, NOW - timedelta(days=2 * 365 + 30))
    before = tally(
        records_between(date(2024, 9, 1), date(2024, 9, 1)), [date(2024, 9, 1)], NOW
    )

    assert erase_expired(NOW) == 1

    registration.refresh_from_db()
    for field, erased in ERASED_VALUES.items():
        assert getattr(registration, field) == erased, field
    assert registration.erased_at is not None
    assert CallAttempt.objects.get(callback__registration=registration).note == ""
    assert RouteChange.objects.get(registration=registration).reason == ""
    # The coded answers and the callback's times stay for the statistics.
    assert (registration.role, registration.offence, registration.route) == (
        "victim",
        "violence",
        "triage",
    )
    assert registration.callback.first_contact_at is not None
    after = tally(
        records_between(date(2024, 9, 1), date(2024, 9, 1)), [date(2024, 9, 1)], NOW
    )
    assert after == before
    entry = RegistrationLogEntry.objects.get(action="signup.erase")
    assert entry.data == {"reason": Reason.RETENTION}
    assert entry.user is None
    assert erase_expired(NOW) == 0, "erasing twice changes nothing"
    assert RegistrationLogEntry.objects.filter(action="signup.erase").count() == 1


def test_registrations_within_the_period_or_still_open_are_kept(
    worked_registration, settings
):
    recent = closed_at(worked_registration, NOW - timedelta(days=700))
    with time_machine.travel(NOW - timedelta(days=1500), tick=False):
        old_but_open = registered(NOW - timedelta(days=1500))

    assert erase_expired(NOW) == 0
    recent.refresh_from_db()
    old_but_open.refresh_from_db()
    assert recent.name == "Anna de Vries" and recent.erased_at is None
    assert old_but_open.name == "Anna de Vries"

    settings.SIGNUP_RETENTION_MONTHS = 12
    assert erase_expired(NOW) == 1, "the period is configurable"


def test_erasing_an_open_registration_closes_it_and_its_callback(seeded):
    registration = registered(NOW)

    erase(registration, Reason.REQUEST)

    registration.refresh_from_db()
    assert registration.status == Registration.Status.CLOSED
    assert registration.closed_at is not None
    assert registration.callback.status == "done"
    assert registration.email == "" and registration.phone == ""


@pytest.mark.django_db(transaction=True)
def test_the_worker_erases_and_keeps_the_purge_scheduled(seeded):
    old = registered(NOW - timedelta(days=1000))
    closed_at(old, NOW - timedelta(days=900))

    call_command("schedule_recurring_tasks", stdout=io.StringIO())
    call_command("schedule_recurring_tasks", stdout=io.StringIO())
    pending = DBTaskResult.objects.filter(
        task_path="signup.tasks.erase_expired_registrations", status="READY"
    )
    assert pending.count() == 1

    run_worker()

    old.refresh_from_db()
    assert old.erased_at is not None and old.name == ""
    next_run = pending.get()
    assert next_run.run_after > next_run.enqueued_at + timedelta(hours=23)


# --- data subject requests in the admin ------------------------------------------


def test_beheer_exports_a_registration_as_json(client, worked_registration):
    login_staff(client, staff_member(access.BEHEER))

    response = client.get(f"/admin/registration/{worked_registration.pk}/export/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert (
        f'filename="registration-{worked_registration.reference}.json"'
        in response["Content-Disposition"]
    )
    data = json.loads(response.content)
    assert data["format"] == "herstelwijzer-registration"
    answers = data["registration"]
    assert answers["reference"] == worked_registration.reference
    assert answers["name"] == "Anna de Vries"
    assert answers["phone"] == "+31612345678"
    assert answers["other_party_details"] == "Mijn buurman Piet, Dorpsstraat 1"
    assert answers["offence"] == {"code": "violence", "label": "Geweld"}
    assert "submission_key" not in answers and "id" not in answers
    assert data["callback"]["calls"][0]["note"] == "Anna wil eerst met haar zus praten"
    assert data["route_changes"][0]["reason"] == "Piet dreigde haar"
    assert [h["action"] for h in data["history"]] == [
        "signup.call_attempt",
        "signup.reroute",
    ]
    assert "beheer" not in response.content.decode(), "no staff names"

    entry = RegistrationLogEntry.objects.get(action="signup.export")
    assert entry.object_id == str(worked_registration.pk)
    history = client.get(f"/admin/registration/{worked_registration.pk}/history/")
    assert "Aanmelding geëxporteerd" in history.content.decode()


def test_beheer_erases_on_request_after_confirming(client, worked_registration):
    user = staff_member(access.BEHEER)
    login_staff(client, user)
    url = f"/admin/registration/{worked_registration.pk}/erase/"

    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Ja, wis de persoonsgegevens" in confirm.content.decode()
    worked_registration.refresh_from_db()
    assert worked_registration.erased_at is None, "asking changes nothing"

    response = client.post(url)

    assert response.status_code == 302
    worked_registration.refresh_from_db()
    assert worked_registration.erased_at is not None
    assert worked_registration.name == ""
    entry = RegistrationLogEntry.objects.get(action="signup.erase")
    assert (entry.user, entry.data) == (user, {"reason": Reason.REQUEST})
    # The history stays, and holds nothing personal to erase.
    history_entries = RegistrationLogEntry.objects.for_instance(worked_registration)
    assert history_entries.count() > 1
    for logged in history_entries:
        assert logged.label == worked_registration.reference
        for personal in ("Anna", "Vries", "Piet", "zus", "+3161"):
            assert personal not in str(logged.data)
    detail = client.get(f"/admin/registration/{worked_registration.pk}/")
    html = detail.content.decode()
    assert "Anna" not in html and "Piet" not in html
    assert "persoonsgegevens van deze aanmelding zijn gewist" in html
    history = client.get(f"/admin/registration/{worked_registration.pk}/history/")
    assert "Persoonsgegevens gewist" in history.content.decode()


def test_the_detail_offers_export_and_erase_to_beheer_only(client, worked_registration):
    url = f"/admin/registration/{worked_registration.pk}/"
    login_staff(client, staff_member(access.AANMELDPUNT))
    assert "/export/" not in client.get(url).content.decode()

    login_staff(client, staff_member(access.BEHEER))
    html = client.get(url).content.decode()
    assert f"/admin/registration/{worked_registration.pk}/export/" in html
    assert f"/admin/registration/{worked_registration.pk}/erase/" in html


def test_statistics_survive_erasure_on_request(seeded):
    created = datetime(2026, 10, 5, 10, 0, tzinfo=AMSTERDAM)
    registration = registered(created, offence="traffic")
    months = months_between(date(2026, 10, 1), date(2026, 10, 1))
    before = tally(records_between(months[0], months[0]), months, NOW)

    erase(registration, Reason.REQUEST)

    assert tally(records_between(months[0], months[0]), months, NOW) == before


# --- "not now, later": open until the callback, however far off -------------------


def test_a_deferred_registration_is_open_and_never_erased_as_expired(seeded):
    """Registered for 'in 12 months', postponed by another 12 at the reminder:
    the callback is due two years after registering, and nothing is erased on
    the way, neither at 18 months nor after the retention period has passed
    since registering. Retention counts from closure, and it is still open."""
    from signup.deferral import actions as person

    created = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)
    with time_machine.travel(created, tick=False):
        registration = registered(created, contact_timing="12")
    due = registration.callback.due_at
    assert due.date() == date(2027, 11, 23)
    with time_machine.travel(due - timedelta(days=6), tick=False):
        person.postpone(registration.callback.pk, 12)
    registration.refresh_from_db()
    assert registration.callback.due_at.date() == date(2028, 11, 23)

    for months_later in (12, 18, 24, 25, 30):
        moment = created + timedelta(days=round(months_later * 30.44))
        assert erase_expired(moment) == 0, months_later
    registration.refresh_from_db()
    assert registration.status == Registration.Status.OPEN
    assert registration.erased_at is None
    assert registration.name == "Anna de Vries"


def test_a_withdrawn_registration_is_erased_after_the_period(seeded):
    from signup.deferral import actions as person

    created = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)
    with time_machine.travel(created, tick=False):
        registration = registered(created, contact_timing="3")
    withdrawn = registration.callback.due_at - timedelta(days=6)
    with time_machine.travel(withdrawn, tick=False):
        person.withdraw(registration.callback.pk)

    assert erase_expired(withdrawn + timedelta(days=700)) == 0
    assert erase_expired(withdrawn + timedelta(days=2 * 365 + 1)) == 1
    registration.refresh_from_db()
    assert registration.name == "" and registration.withdrawn_at is not None
