"""The wizard's answers in the session: encrypted, and written only when they
change.

Encrypted: the answers (a name, a phone number, what happened, whether someone
acknowledges an offence) sit in the session table and in the cache until the
person finishes or the answers expire, and so in database and cache backups. They
are kept there as one Fernet token made with the keys of the registration fields
(``signup.encryption``, ``FIELD_ENCRYPTION_KEYS``), so a dump of either shows
nothing readable. A session written before this storage (a plain dictionary) is
read once and encrypted at the next write; one that no key opens any more starts
over, as an expired one does.

Written only when changed: formtools' ``SessionStorage`` marks the session
modified whenever the wizard reads its data, so every page view, even a GET that
changes nothing, saves the session to the database (a transaction of three round
trips). This storage compares the answers at the end of the request with how
they read at the start (as JSON text: cheaper to take than a deep copy): half of
the wizard's requests then write nothing.
"""

import json

from cryptography.fernet import InvalidToken
from formtools.wizard.storage.base import BaseStorage

from signup.encryption import decrypt, encrypt


def _as_json(data: dict) -> str:
    return json.dumps(data, separators=(",", ":"))


def sealed(data: dict) -> str:
    return encrypt(_as_json(data))


def opened(stored) -> dict | None:
    """The answers in a stored value, or None when there are none to read."""
    return _opened(stored)[0]


def _opened(stored) -> tuple[dict | None, str | None]:
    """The answers and, when they were sealed, their JSON text."""
    if isinstance(stored, dict):  # written before the answers were encrypted
        return stored, None
    if not isinstance(stored, str) or not stored:
        return None, None
    try:
        text = decrypt(stored)
        data = json.loads(text)
    except (InvalidToken, ValueError):
        return None, None
    return (data, text) if isinstance(data, dict) else (None, None)


class EncryptedSessionStorage(BaseStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self.request.session.get(self.prefix)
        self._data, text = _opened(stored)
        if self._data is None:
            self.init_data()
        if stored is None:
            self._at_start = _as_json(self._data)
        else:
            # As read: the text was written by ``sealed``. Answers in the old
            # format, or a token no key opens, are None, so written again.
            self._at_start = text

    def _get_data(self) -> dict:
        return self._data

    def _set_data(self, value: dict) -> None:
        self._data = value

    data = property(_get_data, _set_data)

    def update_response(self, response):
        super().update_response(response)
        now = _as_json(self._data)
        if now != self._at_start:
            self.request.session[self.prefix] = encrypt(now)
            self._at_start = now
