"""The cells of the desk's work queue (``views.RegistrationIndexView``): what a
desk worker with thirty callbacks needs in the row to call without opening it:
the name and a phone link, when to call, the attempts so far, who has it, when it
is due as a date and as "2 dagen te laat" / "vandaag 17:00", and the flags that
change how to call."""

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from signup.desk import access, answers
from signup.desk.answers import call_times_text
from signup.desk.later import waiting_later
from signup.models import CallbackTask, Registration
from signup.rules.routing import Flag

# The flags that change how to call, in this order, with their short badge.
BADGES = {
    Flag.SAFETY: _("Safety"),
    Flag.MINOR: _("Minor"),
    Flag.REFERRAL: _("Referral"),
    Flag.BY_POST: _("By post"),
    Flag.DEFERRED: _("Later"),
}

# The work: open callbacks of open registrations.
OPEN_WORK = Q(
    status=Registration.Status.OPEN, callback__status=CallbackTask.Status.OPEN
)


def work_queue(user) -> QuerySet:
    """The list's default view: this user's teams' open callbacks, without those
    waiting for a later moment, due first."""
    return (
        access.visible_registrations(user)
        .filter(OPEN_WORK)
        .exclude(waiting_later(prefix="callback__"))
        .order_by("callback__due_at", "pk")
    )


def next_in_queue(user, current: Registration) -> Registration | None:
    """The callback after ``current`` in the work queue ("save and next"). Not
    round to the start: the ones before it were just worked."""
    due = current.callback.due_at
    return (
        work_queue(user)
        .filter(
            Q(callback__due_at__gt=due) | Q(callback__due_at=due, pk__gt=current.pk)
        )
        .first()
    )


def phone_link(registration: Registration):
    return answers.phone_link(registration.phone)


def call_times(registration: Registration) -> str:
    return call_times_text(registration) if registration.phone else ""


def due_text(registration: Registration, now=None) -> str:
    """The due moment as a date and time, then how it stands: "vandaag 17:00",
    "morgen 9:00" or "2 dagen te laat"."""
    now = now or timezone.now()
    due = timezone.localtime(registration.callback.due_at)
    today = timezone.localtime(now).date()
    absolute = date_format(due, "D j F Y H:i")
    if registration.callback.status != registration.callback.Status.OPEN:
        return absolute
    if due < now:
        days = (today - due.date()).days
        if days == 0:
            late = gettext("late since %(time)s today") % {
                "time": date_format(due, "H:i")
            }
        else:
            late = ngettext("%(days)d day late", "%(days)d days late", days) % {
                "days": days
            }
        return f"{absolute} ({late})"
    if due.date() == today:
        return gettext("today %(time)s") % {"time": date_format(due, "H:i")}
    return absolute


def flag_badges(registration: Registration):
    shown = [flag for flag in BADGES if flag in registration.flags]
    return format_html_join(
        " ",
        '<span class="w-status w-status--primary" title="{}">{}</span>',
        ((flag.label, BADGES[flag]) for flag in shown),
    )


def assignee(registration: Registration) -> str:
    user = registration.callback.assigned_to
    return (user.get_full_name() or user.get_username()) if user else ""
