"""Background tasks on the django-tasks database worker.

Task arguments are registration ids only: the task table never holds personal
data. Each task checks first whether its work is already done, so running it twice
sends one e-mail. django-tasks has no retries of its own: a failed send re-enqueues
the task with a growing pause, up to ``SIGNUP_EMAIL_MAX_ATTEMPTS`` attempts.
"""

import logging
import smtplib
from datetime import timedelta
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.log_actions import log
from wagtail.models import Site

from django_tasks import task

from content.models import SiteSettings
from signup.deferral.actions import MAX_POSTPONEMENTS
from signup.deferral.links import expiry_for, link_path, make_token
from signup.deferral.reminders import due_reminders, reminder_is_due
from signup.deferral.wording import words
from signup.desk.escalation import escalate
from signup.models import CallbackTask, Registration
from signup.privacy.retention import erase_expired
from signup.rules import next_steps
from signup.rules.dates import callback_day, callback_day_with_year
from signup.rules.teams import team_address

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (smtplib.SMTPException, OSError)


FULL = "full"
NEUTRAL = "neutral"


def confirmation_recipient(registration: Registration) -> str:
    """The confirmation goes to the professional for a referral, else the person,
    if they allowed e-mail."""
    if registration.is_referral:
        return registration.professional_email
    return registration.email if registration.email_allowed else ""


def confirmation_kind(registration: Registration) -> str | None:
    """Which confirmation e-mail goes out: ``FULL``, ``NEUTRAL`` (for a person who
    does not want us to say who we are: from ``SIGNUP_NEUTRAL_FROM_EMAIL``, without
    the name of this site or what it is about) or none."""
    if not confirmation_recipient(registration):
        return None
    if registration.is_referral or registration.may_say_who_we_are:
        return FULL
    return NEUTRAL if settings.SIGNUP_NEUTRAL_FROM_EMAIL else None


def stable_message_id(purpose: str, registration: Registration, sender: str) -> str:
    """The same Message-ID every time this e-mail is sent. Delivery is at least
    once: a worker killed between the SMTP server's "accepted" and our record of
    it sends the e-mail again when the task is put back (portal/worker.py, after
    ``ABANDONED_AFTER``); with the same Message-ID the receiving mail system can
    recognise the second one as the same message."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "herstelwijzer.invalid"
    return f"<{purpose}.{registration.reference.lower()}@{domain}>"


def due_day(callback: CallbackTask, language: str, territory) -> str:
    """The callback's day as the e-mails say it; with the year for a deferred
    callback, months away ("maandag 29 november" would read as this week)."""
    if callback.deferred:
        return callback_day_with_year(callback.due_at, language, territory)
    return callback_day(callback.due_at, language, territory)


def retry_delay(attempt: int) -> timedelta:
    """1, 2, 4, ... minutes, at most an hour."""
    return timedelta(minutes=min(2 ** (attempt - 1), 60))


def _contact_settings():
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site) if site else None


def _send_or_retry(
    task_function,
    registration: Registration,
    attempt: int,
    message,
    record: str,
    sent_field: str,
) -> None:
    """Send ``message``; on a passing fault try again later, up to
    ``SIGNUP_EMAIL_MAX_ATTEMPTS``. One update says how it went, for the desk's
    delivery status: ``sent_field`` when sent, ``<record>_attempts`` always,
    ``<record>_failed_at`` when given up."""
    now = timezone.now()
    try:
        message.send()
    except TRANSIENT_ERRORS as error:
        if attempt >= settings.SIGNUP_EMAIL_MAX_ATTEMPTS:
            logger.error(
                "Giving up on %s for %s after %d attempts: %s",
                task_function.name,
                registration.reference,
                attempt,
                type(error).__name__,
            )
            _record(registration, record, attempt, **{f"{record}_failed_at": now})
            return
        logger.warning(
            "Sending %s for %s failed (%s); retrying",
            task_function.name,
            registration.reference,
            type(error).__name__,
        )
        _record(registration, record, attempt)
        task_function.using(run_after=now + retry_delay(attempt)).enqueue(
            registration.pk, attempt + 1
        )
        return
    _record(registration, record, attempt, **{sent_field: timezone.now()})


def _record(registration: Registration, record: str, attempt: int, **fields) -> None:
    Registration.objects.filter(pk=registration.pk).update(
        **{f"{record}_attempts": attempt}, **fields
    )


@task(queue_name="email")
def send_confirmation_email(registration_id: int, attempt: int = 1) -> None:
    registration = Registration.objects.select_related("callback").get(
        pk=registration_id
    )
    kind = confirmation_kind(registration)
    if registration.confirmation_sent_at or kind is None:
        return
    name = "confirmation" if kind == FULL else "neutral_confirmation"
    language = registration.language
    with translation.override(language):
        context = {
            "registration": registration,
            "youth": registration.youth_variant and not registration.is_referral,
            "contact": _contact_settings() if kind == FULL else None,
        }
        if kind == FULL:
            context["next_steps"] = next_steps.for_registration(registration, language)
        else:
            # The neutral e-mail says when, never what about: no route, no steps.
            context["promise"] = next_steps.neutral_for_registration(
                registration, language
            )
        subject = render_to_string(f"signup/email/{name}_subject.txt", context).strip()
        sender = (
            settings.DEFAULT_FROM_EMAIL
            if kind == FULL
            else settings.SIGNUP_NEUTRAL_FROM_EMAIL
        )
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string(f"signup/email/{name}.txt", context),
            from_email=sender,
            to=[confirmation_recipient(registration)],
            headers={
                "Message-ID": stable_message_id("confirmation", registration, sender)
            },
        )
        if kind == FULL:
            message.attach_alternative(
                render_to_string("signup/email/confirmation.html", context),
                "text/html",
            )
    _send_or_retry(
        send_confirmation_email,
        registration,
        attempt,
        message,
        "confirmation",
        "confirmation_sent_at",
    )


@task(queue_name="email")
def notify_team(registration_id: int, attempt: int = 1) -> None:
    """Tell the receiving team a registration arrived: no personal data, only the
    reference, route, due date and a link to the admin."""
    registration = Registration.objects.select_related("callback").get(
        pk=registration_id
    )
    if registration.team_notified_at:
        return
    callback = registration.callback
    with translation.override("nl"):
        context = {
            "registration": registration,
            "callback": callback,
            "callback_day": due_day(callback, "nl", registration.territory),
            "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("registration:inspect", args=[registration.pk]),
        }
        message = EmailMultiAlternatives(
            subject=render_to_string("signup/email/team_subject.txt", context).strip(),
            body=render_to_string("signup/email/team.txt", context),
            to=[team_address(callback.team)],
            headers={
                "Message-ID": stable_message_id(
                    "team", registration, settings.DEFAULT_FROM_EMAIL
                )
            },
        )
    _send_or_retry(
        notify_team, registration, attempt, message, "team_notice", "team_notified_at"
    )


def reminder_link(registration: Registration, kind: str) -> str:
    """The signed link to postpone or withdraw, on the public site; in a neutral
    reminder only through ``SIGNUP_NEUTRAL_BASE_URL`` (the site's own address
    would name it), else none."""
    if kind == FULL:
        base = settings.PUBLIC_BASE_URL or settings.WAGTAILADMIN_BASE_URL
    else:
        base = settings.SIGNUP_NEUTRAL_BASE_URL
    if not base:
        return ""
    callback = registration.callback
    token = make_token(callback.pk, callback.due_at)
    return base.rstrip("/") + link_path(token, registration.language)


def reminder_message(registration: Registration, kind: str) -> EmailMultiAlternatives:
    """The reminder a week before a deferred callback: when we will call, and the
    link to postpone once more or withdraw. ``NEUTRAL`` like the confirmation:
    from the neutral sender, without this site's name or what it is about."""
    callback = registration.callback
    language, territory = registration.language, registration.territory
    name = "reminder" if kind == FULL else "neutral_reminder"
    with translation.override(language):
        context = {
            "registration": registration,
            "words": words(
                registration.youth_variant,
                reference=registration.reference,
                day=callback_day_with_year(callback.due_at, language, territory),
                until=callback_day_with_year(
                    expiry_for(callback.due_at), language, territory
                ),
            ),
            "link": reminder_link(registration, kind),
            "postponed": callback.postponements >= MAX_POSTPONEMENTS,
            "contact": _contact_settings() if kind == FULL else None,
        }
        sender = (
            settings.DEFAULT_FROM_EMAIL
            if kind == FULL
            else settings.SIGNUP_NEUTRAL_FROM_EMAIL
        )
        message = EmailMultiAlternatives(
            subject=render_to_string(
                f"signup/email/{name}_subject.txt", context
            ).strip(),
            body=render_to_string(f"signup/email/{name}.txt", context),
            from_email=sender,
            to=[confirmation_recipient(registration)],
            headers={
                # One reminder per due date: after a postponement the next one is
                # a new message, not a copy the mail system may drop.
                "Message-ID": stable_message_id(
                    f"reminder{callback.postponements}", registration, sender
                )
            },
        )
        if kind == FULL:
            message.attach_alternative(
                render_to_string("signup/email/reminder.html", context), "text/html"
            )
    return message


@task(queue_name="email")
def send_reminder_email(registration_id: int) -> None:
    """The reminder of one deferred callback, once. A failed send is not retried
    here: the next sweep (``send_due_reminders``) queues it again, until the
    callback is due."""
    registration = Registration.objects.select_related("callback").get(
        pk=registration_id
    )
    callback = registration.callback
    kind = confirmation_kind(registration)
    if kind is None or not reminder_is_due(callback, timezone.now()):
        return
    message = reminder_message(registration, kind)
    try:
        message.send()
    except TRANSIENT_ERRORS as error:
        logger.warning(
            "Sending the reminder for %s failed (%s); the next sweep tries again",
            registration.reference,
            type(error).__name__,
        )
        return
    marked = CallbackTask.objects.filter(
        pk=callback.pk, due_at=callback.due_at, reminder_sent_at__isnull=True
    ).update(reminder_sent_at=timezone.now())
    if marked:
        log(registration, "signup.reminder", data={"kind": kind})


@task(queue_name="default")
def send_due_reminders() -> int:
    """Recurring (portal/worker.py): queue the reminder of every deferred callback
    due within a week that may get one; returns how many were queued. Queued
    twice (a slow worker) it is still sent once: the e-mail task checks first."""
    queued = 0
    for callback in due_reminders(timezone.now()):
        if confirmation_kind(callback.registration):
            send_reminder_email.enqueue(callback.registration_id)
            queued += 1
    return queued


@task(queue_name="default")
def escalate_callbacks() -> int:
    """Recurring (portal/worker.py): notify teams of callbacks due soon or overdue."""
    return escalate()


@task(queue_name="default")
def erase_expired_registrations() -> int:
    """Recurring, daily (portal/worker.py): erase the personal data of
    registrations closed longer ago than the retention period."""
    return erase_expired()
