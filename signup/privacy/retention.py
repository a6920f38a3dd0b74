"""Erasing a registration's personal data: after the retention period, or when the
person asks (GDPR art. 17).

Erasing blanks every field that says who someone is or what they wrote, and the
free text staff wrote about them (call notes, reasons for a re-route). It keeps the
answers that are codes (route, district, role, offence type, case stage, age band,
how they heard of us) and the callback's times, so the statistics stay complete
without anyone being identifiable. The reference stays too: it is a random code,
and the audit history of the registration hangs on it. That history
(``RegistrationLogEntry``) is left as it is: its entries hold the reference, action
names, codes and the staff member who acted, never personal data or free text, so
there is nothing in it to erase.
"""

import calendar
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from signup import blind_index
from signup.encryption import encrypted_fields
from signup.models import CallAttempt, CallbackTask, Registration, RouteChange

# Safe-contact preferences say how to reach someone without danger: personal,
# though not encrypted (the desk filters on them). Erased with the rest.
ERASED_PREFERENCES = {
    "call_times": [],
    "voicemail_allowed": False,
    "may_say_who_we_are": False,
    "email_allowed": False,
}


# The hearing date, with the court, points to one criminal case: erased too.
ERASED_CASE_DETAILS = {"hearing_date": None}


def erased_values(model) -> dict:
    """Field name -> its erased value: every encrypted field (encryption marks what
    is personal or free text), and for a registration its safe-contact
    preferences and its blind index. A new personal field is erased as soon as
    it is encrypted."""
    values = dict.fromkeys(encrypted_fields(model), "")
    if model is Registration:
        values |= ERASED_PREFERENCES | ERASED_CASE_DETAILS
        # The blind index of the name, phone and e-mail goes with them.
        values |= {index: "" for _field, index in blind_index.INDEXED.values()}
    return values


ERASED_VALUES = erased_values(Registration)


class Reason:
    """Why personal data was erased; stored in the audit entry."""

    RETENTION = "retention"
    REQUEST = "request"


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (the last day of
    the month when that day does not exist: 31 March minus one month is 28 or 29
    February)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@transaction.atomic
def erase(registration: Registration, reason: str, user=None) -> None:
    """Erase the personal data of one registration and close it. Erasing again
    changes nothing and writes no second entry."""
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.erased_at:
        return
    now = timezone.now()
    for field, value in ERASED_VALUES.items():
        setattr(registration, field, value)
    registration.erased_at = now
    update_fields = [*ERASED_VALUES, "erased_at"]
    if registration.status != Registration.Status.CLOSED:
        registration.status = Registration.Status.CLOSED
        registration.closed_at = now
        update_fields += ["status", "closed_at"]
    registration.save(update_fields=update_fields)
    CallbackTask.objects.filter(
        registration=registration, status=CallbackTask.Status.OPEN
    ).update(status=CallbackTask.Status.DONE, done_at=now)
    CallAttempt.objects.filter(callback__registration=registration).update(
        **erased_values(CallAttempt)
    )
    RouteChange.objects.filter(registration=registration).update(
        **erased_values(RouteChange)
    )
    log(registration, "signup.erase", user=user, data={"reason": reason})


def retention_months() -> int:
    """How many months after closure a registration's personal data is kept
    (``SIGNUP_RETENTION_MONTHS``): what the purge enforces, and so what the
    sign-up start page tells people."""
    return settings.SIGNUP_RETENTION_MONTHS


def retention_cutoff(now: datetime) -> datetime:
    """Registrations closed before this moment are past their retention period."""
    return months_before(now, retention_months())


def erase_expired(now: datetime | None = None) -> int:
    """Erase every closed registration whose retention period has ended; returns
    how many. Each is erased in its own transaction, so one failure keeps the
    others' progress."""
    cutoff = retention_cutoff(now or timezone.now())
    expired = Registration.objects.filter(
        status=Registration.Status.CLOSED,
        closed_at__lte=cutoff,
        erased_at__isnull=True,
    ).only("pk")
    count = 0
    for registration in expired.iterator():
        erase(registration, Reason.RETENTION)
        count += 1
    return count
