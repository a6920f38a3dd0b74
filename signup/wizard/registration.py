"""Turning complete wizard answers into a stored registration and its callback.

Registration, callback task and the queued e-mails are written in one database
transaction: all of them or none.
"""

import uuid
from datetime import date, datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from signup.models import CallbackTask, Registration
from signup.rules import choices
from signup.rules.deadlines import callback_due_at, territory_for
from signup.rules.routing import Answers, Flag, RoutingResult, route_registration
from signup.rules.teams import team_for
from signup.tasks import (
    confirmation_kind,
    notify_team,
    send_confirmation_email,
)
from signup.wizard.references import new_reference

ROUTING_FIELDS = {
    "registrant": choices.Registrant,
    "role": choices.Role,
    "offence": choices.Offence,
    "feels_safe": choices.FeelsSafe,
    "contact_ban": choices.ContactBan,
    "case_stage": choices.CaseStage,
    "other_party": choices.OtherParty,
    "age_band": choices.AgeBand,
    "district": choices.District,
    "counts_in_case": choices.CountsInCase,
    "acknowledges": choices.Acknowledges,
    "preferred_language": choices.Language,
    "contact_timing": choices.ContactTiming,
}


def answers_from(data: dict, submitted_on: date | None = None) -> Answers:
    """The routing answers in the wizard's cleaned data (steps that were not asked
    are missing or empty). An organisation registers as the harmed party."""
    values = {
        name: enum(data[name]) if data.get(name) else None
        for name, enum in ROUTING_FIELDS.items()
    }
    if values["registrant"] == choices.Registrant.ORGANISATION and not values["role"]:
        values["role"] = choices.Role.VICTIM
    values["preferred_language"] = (
        values["preferred_language"] or choices.Language.DUTCH
    )
    values["contact_timing"] = values["contact_timing"] or choices.ContactTiming.NOW
    return Answers(
        **values,
        hopes=frozenset(choices.Hope(code) for code in data.get("hopes") or ()),
        hearing_date=data.get("hearing_date"),
        interpreter_needed=bool(data.get("interpreter_needed")),
        has_phone=bool(data.get("phone") or data.get("professional_phone")),
        has_email=bool(data.get("email") or data.get("professional_email")),
        has_postal_address=bool(data.get("postal_address")),
        submitted_on=submitted_on,
    )


MODEL_FIELDS = {
    f.name: f for f in Registration._meta.get_fields() if getattr(f, "concrete", False)
}


def create_registration(
    data: dict,
    *,
    language: str,
    youth_variant: bool,
    submission_key: uuid.UUID,
    privacy_statement_version: str,
    now: datetime | None = None,
) -> Registration:
    """Store the registration, its callback task and the e-mail tasks.

    Submitting the same wizard twice (a double click, a reload) returns the
    registration that the first submission stored."""
    existing = Registration.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return existing
    now = now or timezone.now()
    territory = territory_for(data.get("district"))
    result = route_registration(
        answers_from(data, submitted_on=now.astimezone(territory.zone).date())
    )
    try:
        with transaction.atomic():
            registration = _save_registration(
                data,
                result,
                language,
                youth_variant,
                submission_key,
                privacy_statement_version,
                now,
            )
            _save_callback(registration, result, now)
            _queue_emails(registration)
    except IntegrityError:
        # A concurrent submission of the same wizard got there first.
        existing = Registration.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return existing
    return registration


def _save_registration(
    data,
    result: RoutingResult,
    language,
    youth_variant,
    submission_key,
    privacy_statement_version,
    now,
) -> Registration:
    fields = {name: value for name, value in data.items() if name in MODEL_FIELDS}
    # An unanswered text question is stored empty; a date left open stays NULL.
    fields = {
        name: ("" if value is None and not MODEL_FIELDS[name].null else value)
        for name, value in fields.items()
    }
    registration = Registration(
        **fields,
        submission_key=submission_key,
        created_at=now,
        language=language,
        youth_variant=youth_variant,
        route=result.route,
        route_district=result.district or "",
        route_rule=result.rule,
        rule_version=result.rule_version,
        reason=result.reason,
        flags=sorted(result.flags),
        signposts=list(result.signposts),
        privacy_statement_version=privacy_statement_version,
    )
    for _attempt in range(5):
        registration.reference = new_reference()
        try:
            with transaction.atomic():
                registration.save()
            return registration
        except IntegrityError:
            if Registration.objects.filter(submission_key=submission_key).exists():
                raise
    raise IntegrityError("Could not find a free reference")


def _save_callback(registration: Registration, result: RoutingResult, now) -> None:
    deferred = Flag.DEFERRED in result.flags
    CallbackTask.objects.create(
        registration=registration,
        team=team_for(result.route, result.district),
        callee=(
            CallbackTask.Callee.PROFESSIONAL
            if registration.is_referral
            else CallbackTask.Callee.PERSON
        ),
        kind=(
            CallbackTask.Kind.LETTER
            if Flag.BY_POST in result.flags
            else CallbackTask.Kind.CALL
        ),
        deferred=deferred,
        created_at=now,
        due_at=callback_due_at(
            now,
            window_days=settings.SIGNUP_CALLBACK_WINDOW_DAYS,
            mode=settings.SIGNUP_CALLBACK_COUNTING,
            territory=registration.territory,
            hearing_soon=Flag.HEARING_SOON in result.flags,
            later_months=choices.ContactTiming(registration.contact_timing).months,
        ),
    )


def _queue_emails(registration: Registration) -> None:
    # The database task backend writes these rows inside the current transaction.
    if confirmation_kind(registration):
        send_confirmation_email.enqueue(registration.pk)
    notify_team.enqueue(registration.pk)
