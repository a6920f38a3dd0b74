"""Later contact ("not now, later") at the desk: deferred callbacks that wait for
the moment the person chose are not work yet, so they stay out of the due queue
(the dashboard panel and the default list) until ``REMINDER_BEFORE`` (a week)
before they are due, when the person's reminder goes out too. Until then they
have their own filter, "Later contact", with when each is due and whether the
reminder went out or the person postponed.
"""

from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from signup.models import CallbackTask
from signup.rules.deadlines import REMINDER_BEFORE


def waiting_later(now: datetime | None = None, prefix: str = "") -> Q:
    """Open deferred callbacks due more than a week from now
    (``CallbackTask.waits_for_later`` as a query). ``prefix`` is the path to the
    callback (``"callback__"`` from a registration)."""
    now = now or timezone.now()
    return Q(
        **{
            f"{prefix}deferred": True,
            f"{prefix}status": CallbackTask.Status.OPEN,
            f"{prefix}due_at__gt": now + REMINDER_BEFORE,
        }
    )


def later_contact_state(callback: CallbackTask) -> str:
    """The reminder and postponement of a deferred callback, in a few words for
    the list and the detail page; empty for any other callback."""
    if not callback.deferred:
        return ""
    if callback.reminder_sent_at:
        parts = [
            gettext("reminder sent on %(day)s")
            % {"day": date_format(timezone.localtime(callback.reminder_sent_at))}
        ]
    else:
        parts = [gettext("no reminder sent yet")]
    if callback.postponements:
        parts.append(gettext("postponed by the person"))
    return ", ".join(parts)
