"""Tell teams about callbacks that are due within a day or overdue.

One e-mail per team and state, listing references and due times only: no names,
no offences. Each callback is reported once per state (due soon, then overdue);
re-routing a callback clears both marks, so its new team hears of it too.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from signup.models import CallbackTask
from signup.rules.teams import Team, team_address

DUE_SOON = timedelta(days=1)


@dataclass
class Escalation:
    team: str
    overdue: list[CallbackTask]
    due_soon: list[CallbackTask]


def find_escalations(now: datetime) -> list[Escalation]:
    open_callbacks = CallbackTask.objects.filter(
        status=CallbackTask.Status.OPEN, registration__status="open"
    ).select_related("registration")
    by_team: dict[str, Escalation] = {}

    def of(team: str) -> Escalation:
        return by_team.setdefault(team, Escalation(team, [], []))

    for callback in open_callbacks.filter(
        due_at__lt=now, overdue_notified_at__isnull=True
    ):
        of(callback.team).overdue.append(callback)
    for callback in open_callbacks.filter(
        due_at__gte=now,
        due_at__lt=now + DUE_SOON,
        due_soon_notified_at__isnull=True,
    ):
        of(callback.team).due_soon.append(callback)
    return sorted(by_team.values(), key=lambda escalation: escalation.team)


def _message(escalation: Escalation) -> EmailMessage:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override("nl"):
        context = {
            "team": Team(escalation.team).label,
            "overdue": escalation.overdue,
            "due_soon": escalation.due_soon,
            "desk_url": base + reverse("registration:index"),
        }
        return EmailMessage(
            subject=render_to_string(
                "signup/email/escalation_subject.txt", context
            ).strip(),
            body=render_to_string("signup/email/escalation.txt", context),
            to=[team_address(escalation.team)],
        )


def escalate(now: datetime | None = None) -> int:
    """Send the due e-mails; returns how many were sent. A team whose e-mail fails
    keeps its marks unset, so the next run tries again."""
    now = now or timezone.now()
    sent = 0
    for escalation in find_escalations(now):
        with transaction.atomic():
            _message(escalation).send()
            CallbackTask.objects.filter(
                pk__in=[c.pk for c in escalation.overdue]
            ).update(overdue_notified_at=now)
            CallbackTask.objects.filter(
                pk__in=[c.pk for c in escalation.due_soon]
            ).update(due_soon_notified_at=now)
        sent += 1
    return sent
