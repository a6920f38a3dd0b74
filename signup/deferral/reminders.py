"""Which deferred callbacks get their reminder e-mail now.

A reminder goes out ``REMINDER_BEFORE`` (a week) before the callback is due
(``signup.rules.deadlines.reminder_due_at``), once per due date: sending sets
``reminder_sent_at``, postponing clears it. Whether it may go to this person at
all (an address, e-mail allowed, a neutral sender for who asked us not to say
who we are) is the confirmation's rule, ``signup.tasks.confirmation_kind``.
"""

from datetime import datetime

from django.db.models import QuerySet

from signup.models import CallbackTask, Registration
from signup.rules.deadlines import REMINDER_BEFORE, reminder_due_at


def due_reminders(now: datetime) -> QuerySet[CallbackTask]:
    """Open deferred callbacks of open registrations whose reminder moment has
    come and whose due time has not passed yet (a reminder of a call that should
    already have come says nothing useful), without a reminder for this date."""
    return CallbackTask.objects.filter(
        deferred=True,
        status=CallbackTask.Status.OPEN,
        registration__status=Registration.Status.OPEN,
        reminder_sent_at__isnull=True,
        due_at__gt=now,
        # reminder_due_at(due_at) <= now, as the database can ask it.
        due_at__lte=now + REMINDER_BEFORE,
    ).select_related("registration")


def reminder_is_due(callback: CallbackTask, now: datetime) -> bool:
    """The same question for one callback, asked again just before sending: it
    may have been postponed, withdrawn or done since the sweep."""
    return (
        callback.deferred
        and callback.status == CallbackTask.Status.OPEN
        and callback.registration.status == Registration.Status.OPEN
        and callback.reminder_sent_at is None
        and reminder_due_at(callback.due_at) <= now < callback.due_at
    )
