"""The signed link in a reminder e-mail.

The link carries the callback's id and the moment it stops working, signed with
Django's signing key and a salt of its own (a signature made for anything else
never passes here). Nothing else: no name, no reference, no e-mail address, so a
link in a mail server's or proxy's log says nothing about the person. It is
signed, not encrypted: the id can be read, but changing it breaks the signature.

A link works until ``LINK_VALID_AFTER_DUE`` after the callback it was made for
was due: long enough to withdraw when our call has not come yet, not for ever. A
link made before a postponement keeps working until its own end; the page then
shows what is still possible (``signup.deferral.actions.state_of``).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

SALT = "signup.deferral.link"
LINK_VALID_AFTER_DUE = timedelta(days=14)


class BadLink(Exception):
    """Not a link we made: changed, cut short or signed with another key."""


class ExpiredLink(Exception):
    """A link we made, past its end."""


@dataclass(frozen=True)
class Link:
    callback_id: int
    expires_at: datetime


def expiry_for(due_at: datetime) -> datetime:
    return due_at + LINK_VALID_AFTER_DUE


def make_token(callback_id: int, due_at: datetime) -> str:
    expires = int(expiry_for(due_at).timestamp())
    return signing.Signer(salt=SALT).sign_object({"c": callback_id, "x": expires})


def read_token(token: str, now: datetime | None = None) -> Link:
    """The link in ``token``; ``BadLink`` or ``ExpiredLink`` when it does not
    work."""
    try:
        payload = signing.Signer(salt=SALT).unsign_object(token)
        link = Link(
            callback_id=int(payload["c"]),
            expires_at=datetime.fromtimestamp(int(payload["x"]), tz=UTC),
        )
    except (
        signing.BadSignature,
        KeyError,
        TypeError,
        ValueError,
        OverflowError,
        OSError,
    ) as error:
        raise BadLink from error
    if (now or timezone.now()) >= link.expires_at:
        raise ExpiredLink
    return link


def link_path(token: str, language: str) -> str:
    """The page's address in the person's language (``/nl/later-contact/...``)."""
    with translation.override(language):
        return reverse("signup:later", kwargs={"token": token})
