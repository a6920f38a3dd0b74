"""What registration-desk staff do with a registration, as plain functions.

Each action changes the records in one transaction and writes an audit entry with
Wagtail's ``log``, which puts it in the registrations' own log
(``RegistrationLogEntry``, registered in ``signup/wagtail_hooks.py``): shown in the
registration's history and in Wagtail's Site history, to those who may see the
registration only. Audit entries name the action, the user and codes (route, team,
outcome), never personal data or free text: notes and reasons stay on their own
records, which the retention purge can erase.
"""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from signup.invitations.codes import new_code
from signup.models import (
    CallAttempt,
    CallbackTask,
    Invitation,
    Registration,
    RouteChange,
)
from signup.rules.routing import Route
from signup.rules.teams import team_for

# After this many calls without reaching the person, suggest writing instead.
UNANSWERED_LIMIT = 3


class DeskError(Exception):
    """An action that does not fit the registration's state."""


def _require_open(registration: Registration) -> None:
    if registration.status == Registration.Status.CLOSED:
        raise DeskError("The registration is closed.")


# Calls that reached no one; a letter sent is not a call.
UNANSWERED = frozenset(
    {
        CallAttempt.Outcome.NO_ANSWER,
        CallAttempt.Outcome.VOICEMAIL,
        CallAttempt.Outcome.WRONG_NUMBER,
    }
)


def suggest_writing(callback: CallbackTask) -> bool:
    """Three calls without reaching anyone: time to write or e-mail. Not for a
    letter task, and no longer once a letter was sent."""
    if callback.kind != CallbackTask.Kind.CALL:
        return False
    attempts = list(callback.call_attempts.all())
    return (
        callback.status == CallbackTask.Status.OPEN
        and callback.first_contact_at is None
        and sum(1 for a in attempts if a.outcome in UNANSWERED) >= UNANSWERED_LIMIT
        and not any(a.outcome == CallAttempt.Outcome.LETTER_SENT for a in attempts)
    )


@transaction.atomic
def log_attempt(callback: CallbackTask, outcome: str, note: str, user) -> CallAttempt:
    _require_open(callback.registration)
    now = timezone.now()
    attempt = CallAttempt.objects.create(
        callback=callback, outcome=outcome, note=note, made_by=user, made_at=now
    )
    callback.attempts = callback.call_attempts.count()
    if outcome == CallAttempt.Outcome.REACHED and callback.first_contact_at is None:
        callback.first_contact_at = now
    callback.save(update_fields=["attempts", "first_contact_at"])
    log(
        callback.registration,
        "signup.call_attempt",
        user=user,
        data={"outcome": outcome, "attempt": callback.attempts},
    )
    return attempt


@transaction.atomic
def assign(callback: CallbackTask, colleague, user) -> None:
    _require_open(callback.registration)
    callback.assigned_to = colleague
    callback.save(update_fields=["assigned_to"])
    log(
        callback.registration,
        "signup.assign",
        user=user,
        data={"assigned_to": colleague.get_username() if colleague else None},
    )


@transaction.atomic
def mark_done(callback: CallbackTask, user) -> None:
    _require_open(callback.registration)
    if callback.status == CallbackTask.Status.DONE:
        return
    callback.status = CallbackTask.Status.DONE
    callback.done_at = timezone.now()
    callback.save(update_fields=["status", "done_at"])
    log(callback.registration, "signup.callback_done", user=user)


@transaction.atomic
def reroute(
    registration: Registration, route: str, district: str, reason: str, user
) -> RouteChange:
    """Move a registration to another provision or district. The callback moves to
    the new team and keeps its due time."""
    _require_open(registration)
    if not reason.strip():
        raise DeskError("A reason is required.")
    district = district if route == Route.MIS else ""
    callback = registration.callback
    new_team = team_for(route, district)
    change = RouteChange.objects.create(
        registration=registration,
        from_route=registration.route,
        from_district=registration.route_district,
        to_route=route,
        to_district=district,
        from_team=callback.team,
        to_team=new_team,
        reason=reason.strip(),
        changed_by=user,
    )
    registration.route = route
    registration.route_district = district
    registration.save(update_fields=["route", "route_district"])
    callback.team = new_team
    callback.due_soon_notified_at = None
    callback.overdue_notified_at = None
    callback.save(update_fields=["team", "due_soon_notified_at", "overdue_notified_at"])
    log(
        registration,
        "signup.reroute",
        user=user,
        data={
            "from_route": change.from_route,
            "from_team": change.from_team,
            "to_route": change.to_route,
            "to_team": change.to_team,
        },
    )
    return change


@transaction.atomic
def close(
    registration: Registration,
    user,
    outcome: str,
    stop_reason: str = "",
) -> None:
    """Close with the outcome (and, for a person who does not go on, the reason):
    codes only, counted in the statistics."""
    _require_open(registration)
    if outcome not in Registration.Outcome.values:
        raise DeskError("An outcome is required.")
    if outcome == Registration.Outcome.NOT_GOING_ON:
        if stop_reason not in Registration.StopReason.values:
            raise DeskError("A reason is required.")
    else:
        stop_reason = ""
    now = timezone.now()
    registration.status = Registration.Status.CLOSED
    registration.closed_at = now
    registration.outcome = outcome
    registration.stop_reason = stop_reason
    registration.save(update_fields=["status", "closed_at", "outcome", "stop_reason"])
    callback = registration.callback
    if callback.status == CallbackTask.Status.OPEN:
        callback.status = CallbackTask.Status.DONE
        callback.done_at = now
        callback.save(update_fields=["status", "done_at"])
    log(
        registration,
        "signup.close",
        user=user,
        data={"outcome": outcome, "stop_reason": stop_reason},
    )


def record_view(registration: Registration, user) -> None:
    """Opening a registration is itself an audited act."""
    log(registration, "signup.view", user=user)


@transaction.atomic
def invite(registration: Registration, user) -> Invitation:
    """A new invitation for the other party, with a code nobody has: the
    unique index decides, and a (very unlikely) clash draws again."""
    _require_open(registration)
    for _attempt in range(5):
        code = new_code()
        if not Invitation.objects.filter(code=code).exists():
            break
    invitation = Invitation.objects.create(
        registration=registration, code=code, created_by=user
    )
    log(invitation, "signup.invite", user=user)
    return invitation
