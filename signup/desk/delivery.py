"""Whether the two e-mails of a registration went out: the confirmation to the
person (or the referring professional) and the notice to the team. Staff see it on
the detail page and filter the list on it, so that they can act when an e-mail
bounced: call the person, or check the team's mailbox address.

The worker (``signup.tasks``) records per e-mail when it was sent, how many times
it was tried and when it gave up; this module only reads those fields."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from signup.models import Registration
from signup.tasks import confirmation_kind

SENT, RETRYING, FAILED, WAITING, NONE = "sent", "retrying", "failed", "waiting", "none"

LABELS = {
    SENT: _("Sent"),
    RETRYING: _("Not sent yet: trying again"),
    FAILED: _("Failed: not sent"),
    WAITING: _("Waiting to be sent"),
    NONE: _("Not sent: no e-mail address to send it to"),
}

# The list filter: registrations with an e-mail that did not go out.
PROBLEM, GAVE_UP = "problem", "failed"
FILTER_CHOICES = [
    (PROBLEM, _("Failed or trying again")),
    (GAVE_UP, _("Failed")),
]


@dataclass(frozen=True)
class Delivery:
    title: str
    state: str
    sent_at: object
    attempts: int

    @property
    def label(self) -> str:
        return LABELS[self.state]

    @property
    def needs_action(self) -> bool:
        return self.state in {RETRYING, FAILED}


def _state(sent_at, failed_at, attempts: int) -> str:
    if sent_at:
        return SENT
    if failed_at:
        return FAILED
    return RETRYING if attempts else WAITING


def deliveries(registration: Registration) -> list[Delivery]:
    confirmation = (
        _state(
            registration.confirmation_sent_at,
            registration.confirmation_failed_at,
            registration.confirmation_attempts,
        )
        if confirmation_kind(registration) or registration.confirmation_sent_at
        else NONE
    )
    return [
        Delivery(
            _("Confirmation e-mail"),
            confirmation,
            registration.confirmation_sent_at,
            registration.confirmation_attempts,
        ),
        Delivery(
            _("Notice to the team"),
            _state(
                registration.team_notified_at,
                registration.team_notice_failed_at,
                registration.team_notice_attempts,
            ),
            registration.team_notified_at,
            registration.team_notice_attempts,
        ),
    ]


def filter_condition(value: str) -> Q:
    failed = Q(
        confirmation_sent_at__isnull=True, confirmation_failed_at__isnull=False
    ) | Q(team_notified_at__isnull=True, team_notice_failed_at__isnull=False)
    if value == GAVE_UP:
        return failed
    retrying = Q(
        confirmation_sent_at__isnull=True,
        confirmation_failed_at__isnull=True,
        confirmation_attempts__gt=0,
    ) | Q(
        team_notified_at__isnull=True,
        team_notice_failed_at__isnull=True,
        team_notice_attempts__gt=0,
    )
    return failed | retrying
