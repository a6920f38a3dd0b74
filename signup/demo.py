"""Demo registrations and desk accounts for a development machine, so the desk,
its dashboard and the statistics have something to show after ``make run``.

Only ``setup_demo`` calls this, and only in development. The people are invented;
the registrations go through the wizard's own storing and routing
(``create_registration``), and their e-mails count as sent so the worker does not
print dozens of them. What the desk did with them is in their audit history, as
the desk's actions write it (``signup.desk.actions``), in the name of the demo
account of the registration's team, so Site history shows each team its own.
"""

import random
import secrets
import uuid
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from content.groups import REDACTIE
from signup.desk import access
from signup.models import CallAttempt, CallbackTask, Registration
from signup.wizard.registration import create_registration

DEMO_STAFF = {
    "aanmeldpunt": access.AANMELDPUNT,
    "bureau-rotterdam": "Mediationbureau Rotterdam",
    "beheer": access.BEHEER,
    "redactie": REDACTIE,
}

FIRST_NAMES = ["Sanne", "Mehmet", "Lotte", "Jeroen", "Fatima", "Daan", "Noor", "Kees"]
LAST_NAMES = ["Jansen", "de Boer", "Yilmaz", "Visser", "El Amrani", "Bakker", "Smit"]

# Answers that differ between demo people; the rest comes from ``BASE``.
SITUATIONS = [
    {"role": "victim", "offence": "violence", "case_stage": "police"},
    {"role": "victim", "offence": "traffic", "case_stage": "judgment"},
    {"role": "bereaved", "offence": "traffic", "case_stage": "sentence"},
    {
        "role": "offender",
        "offence": "property",
        "case_stage": "sentence",
        "acknowledges": "yes",
    },
    {
        "role": "victim",
        "offence": "violence",
        "case_stage": "prosecutor",
        "district": "rotterdam",
        "counts_in_case": "yes",
    },
    {
        "role": "offender",
        "offence": "violence",
        "case_stage": "court",
        "district": "rotterdam",
        "counts_in_case": "yes",
        "acknowledges": "partly",
    },
    {"role": "victim", "offence": "stalking", "case_stage": "police"},
    {
        "role": "victim",
        "offence": "violence",
        "case_stage": "dropped",
        "age_band": "16_17",
        "guardian_knows": "yes",
    },
    {
        "role": "victim",
        "offence": "sexual",
        "case_stage": "no_report",
        "registrant": "professional",
        "organisation_type": "victim_support",
        "client_consent": True,
        "professional_name": "Iris Hoekstra",
        "professional_organisation": "Slachtofferhulp Nederland (demo)",
        "professional_phone": "+31300000001",
        "professional_email": "iris.hoekstra@example.org",
    },
    {
        "role": "victim",
        "offence": "domestic",
        "case_stage": "court",
        "district": "rotterdam",
        "feels_safe": "unsure",
        "contact_ban": "yes",
        "hopes": ["stop", "answers"],
    },
    {
        "role": "victim",
        "offence": "violence",
        "case_stage": "appeal",
        "district": "rotterdam",
        "counts_in_case": "unsure",
        "hopes": ["damages", "apology"],
    },
    {
        "role": "bereaved",
        "offence": "traffic",
        "case_stage": "judgment",
        "other_party": "no_contact",
        "hopes": ["others"],
    },
    {
        "role": "victim",
        "offence": "property",
        "case_stage": "police",
        "contact_timing": "6",
        "hopes": ["unsure"],
    },
    {
        "role": "offender",
        "offence": "violence",
        "case_stage": "sentence",
        "acknowledges": "yes",
        "phone": "",
        "email": "",
        "postal_address": "Postbus 1000 (demo)\n1000 AA Amsterdam",
        "hopes": ["apology", "be_heard"],
    },
]

BASE = {
    "registrant": "self",
    "age_band": "23_plus",
    "hopes": ["answers", "be_heard"],
    "contact_timing": "now",
    "other_party": "known",
    "contact_form": "conversation",
    "preferred_language": "nl",
    "call_times": ["morning", "afternoon"],
    "voicemail_allowed": True,
    "may_say_who_we_are": False,
    "email_allowed": True,
    "other_party_details": "",
}
HEARD_FROM = ["police", "victim_support", "search", "lawyer", "people", "probation"]


def ensure_demo_staff() -> dict[str, str]:
    """One account per kind of desk user; returns the new accounts' passwords
    (existing accounts are left alone and not listed)."""
    created = {}
    user_model = get_user_model()
    for username, group_name in DEMO_STAFF.items():
        if user_model.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(username=username, password=password)
        user.groups.add(Group.objects.get(name=group_name))
        created[username] = password
    return created


def _answers(rng: random.Random, number: int) -> dict:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    situation = rng.choice(SITUATIONS)
    return {
        **BASE,
        "name": f"{first} {last}",
        # 030 000 xxxx: no subscriber number starts with 0, so none is real.
        "phone": f"+3130000{rng.randrange(1_000, 9_999)}",
        "email": f"demo{number}@example.org",
        "heard_from": rng.choice(HEARD_FROM),
        **situation,
    }


def demo_workers() -> dict[str, object]:
    """Team -> the demo account that works it (teams without one are missing)."""
    workers = {}
    for user in get_user_model().objects.filter(username__in=DEMO_STAFF):
        for team in access.teams_for(user):
            if not access.is_beheer(user):
                workers[team] = user
    return workers


def _work(
    registration: Registration, rng: random.Random, now: datetime, worker
) -> None:
    """Older registrations have been called, mostly on time; some are closed. Each
    step is in the registration's audit history, by ``worker`` (None: the system),
    at the time it happened."""
    callback = registration.callback
    if callback.due_at > now and rng.random() < 0.5:
        return
    if callback.due_at < now - timedelta(days=14) or rng.random() < 0.8:
        hours = rng.choice([2, 5, 20, 30, 50, 90])
        made_at = min(registration.created_at + timedelta(hours=hours), now)
        reached = rng.random() < 0.75
        outcome = "reached" if reached else "no_answer"
        CallAttempt.objects.create(
            callback=callback, outcome=outcome, made_by=worker, made_at=made_at
        )
        callback.attempts = 1
        log(registration, "signup.view", user=worker, timestamp=made_at)
        log(
            registration,
            "signup.call_attempt",
            user=worker,
            timestamp=made_at,
            data={"outcome": outcome, "attempt": 1},
        )
        if reached:
            callback.first_contact_at = made_at
            callback.status = CallbackTask.Status.DONE
            callback.done_at = made_at
            log(registration, "signup.callback_done", user=worker, timestamp=made_at)
        callback.save()
    if callback.status == CallbackTask.Status.DONE and rng.random() < 0.4:
        registration.status = Registration.Status.CLOSED
        registration.closed_at = min(
            callback.done_at + timedelta(days=rng.randrange(7, 40)), now
        )
        registration.outcome = rng.choice(DEMO_OUTCOMES)
        if registration.outcome == Registration.Outcome.NOT_GOING_ON:
            registration.stop_reason = rng.choice(Registration.StopReason.values)
        registration.save(
            update_fields=["status", "closed_at", "outcome", "stop_reason"]
        )
        log(
            registration,
            "signup.close",
            user=worker,
            timestamp=registration.closed_at,
            data={
                "outcome": registration.outcome,
                "stop_reason": registration.stop_reason,
            },
        )


# Demo outcomes, the first ones more often: made-up data, no real proportions.
DEMO_OUTCOMES = [
    *[Registration.Outcome.HANDED_OVER] * 4,
    *[Registration.Outcome.NOT_GOING_ON] * 2,
    *Registration.Outcome.values,
]


@transaction.atomic
def seed_demo_registrations(count: int = 60, months: int = 6) -> int:
    """``count`` registrations spread over the last ``months`` months; none when
    any registration exists, so running it again adds nothing."""
    if Registration.objects.exists():
        return 0
    rng = random.Random(2026)
    now = timezone.now()
    workers = demo_workers()
    for number in range(1, count + 1):
        created_at = now - timedelta(
            days=rng.uniform(0, months * 30), hours=rng.uniform(0, 8)
        )
        registration = create_registration(
            _answers(rng, number),
            language="en" if number % 7 == 0 else "nl",
            youth_variant=False,
            submission_key=uuid.uuid4(),
            privacy_statement_version="demo",
            now=created_at,
        )
        Registration.objects.filter(pk=registration.pk).update(
            confirmation_sent_at=created_at, team_notified_at=created_at
        )
        _work(registration, rng, now, workers.get(registration.callback.team))
    return count
