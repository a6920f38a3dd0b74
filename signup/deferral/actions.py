"""What the person can do with the link in the reminder: postpone the callback
once more, or withdraw the registration.

Like the desk's actions (``signup.desk.actions``) each is one transaction with an
audit entry in the registration's log, codes only and no user (the person has no
account): the desk sees in the registration's history that the person did it.
The rows are locked first, so two clicks at the same moment postpone once.
"""

import enum

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from signup.models import CallbackTask, Registration
from signup.rules import choices
from signup.rules.deadlines import postponed_due_at

# How often a person may postpone with the link (the brief: "once more at most").
MAX_POSTPONEMENTS = 1
POSTPONE_MONTHS = (
    choices.ContactTiming.MONTHS_3,
    choices.ContactTiming.MONTHS_6,
    choices.ContactTiming.MONTHS_12,
)


class State(enum.Enum):
    """What the page offers."""

    CAN_POSTPONE = "can_postpone"  # postpone or withdraw
    POSTPONED = "postponed"  # postponed before: withdraw, or wait for our call
    CONTACTED = "contacted"  # the desk has done the callback: call us
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"  # closed by the desk, or erased


class NotPossible(Exception):
    """The action does not fit the callback's state (any more)."""


def state_of(callback: CallbackTask) -> State:
    registration = callback.registration
    if registration.withdrawn_at:
        return State.WITHDRAWN
    if registration.status == Registration.Status.CLOSED:
        return State.CLOSED
    if callback.status == CallbackTask.Status.DONE or not callback.deferred:
        return State.CONTACTED
    if callback.postponements >= MAX_POSTPONEMENTS:
        return State.POSTPONED
    return State.CAN_POSTPONE


def _locked(callback_id: int) -> CallbackTask:
    callback = CallbackTask.objects.select_for_update().get(pk=callback_id)
    callback.registration = Registration.objects.select_for_update().get(
        pk=callback.registration_id
    )
    return callback


@transaction.atomic
def postpone(callback_id: int, months: int) -> CallbackTask:
    """Move the callback ``months`` on from its current due date (the first
    working day on or after). The reminder is sent again a week before the new
    date, and the escalation marks are cleared: the team hears "due soon" and
    "overdue" for the new date, never for the old one."""
    if months not in {timing.months for timing in POSTPONE_MONTHS}:
        raise ValueError(f"Cannot postpone by {months} months")
    callback = _locked(callback_id)
    if state_of(callback) != State.CAN_POSTPONE:
        raise NotPossible
    old_due = callback.due_at
    callback.due_at = postponed_due_at(old_due, months, callback.registration.territory)
    callback.postponements += 1
    callback.reminder_sent_at = None
    callback.due_soon_notified_at = None
    callback.overdue_notified_at = None
    callback.save(
        update_fields=[
            "due_at",
            "postponements",
            "reminder_sent_at",
            "due_soon_notified_at",
            "overdue_notified_at",
        ]
    )
    log(
        callback.registration,
        "signup.postpone",
        data={"months": months, "postponements": callback.postponements},
    )
    return callback


@transaction.atomic
def withdraw(callback_id: int) -> Registration:
    """The person no longer wants contact: the registration is closed (and so
    erased after the retention period, like any closed one), the callback done."""
    callback = _locked(callback_id)
    if state_of(callback) not in {State.CAN_POSTPONE, State.POSTPONED}:
        raise NotPossible
    now = timezone.now()
    registration = callback.registration
    registration.status = Registration.Status.CLOSED
    registration.closed_at = now
    registration.withdrawn_at = now
    registration.outcome = Registration.Outcome.WITHDRAWN
    registration.save(update_fields=["status", "closed_at", "withdrawn_at", "outcome"])
    callback.status = CallbackTask.Status.DONE
    callback.done_at = now
    callback.save(update_fields=["status", "done_at"])
    log(registration, "signup.withdraw")
    return registration
