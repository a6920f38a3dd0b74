"""A blind index: staff find a caller by name, phone number or e-mail address
although those fields are encrypted (``signup/encryption.py``).

Next to each encrypted value the registration keeps a keyed hash (HMAC-SHA256)
of its normalised form: names case- and accent-folded with the spaces evened
out, phone numbers in E.164 (+31612345678, whatever way they were typed), e-mail
addresses in lower case. A search hashes what the desk worker typed the same way
and looks for equal hashes: an exact match, nothing readable stored, and without
the key (``BLIND_INDEX_KEYS``, its own, not the encryption key) the hashes cannot
even be tried against a list of names.

The keys are newest first, like ``FIELD_ENCRYPTION_KEYS``: the first makes the
hashes that are stored, a search tries every key (so a caller is found in the
middle of a rotation), and ``manage.py rotate_encryption_key`` recomputes every
hash with the newest key (docs/encryption.md).
"""

import hashlib
import hmac
import unicodedata

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db.models import Q

from signup.rules.validators import normalise_phone

# The indexed fields: kind -> (the encrypted field, the field holding its hash).
INDEXED = {
    "name": ("name", "name_index"),
    "phone": ("phone", "phone_index"),
    "email": ("email", "email_index"),
}


def normalise_name(value: str) -> str:
    """'  Ánna  DE vriës ' -> 'anna de vries': accents dropped, case folded,
    anything but letters and digits a single space."""
    decomposed = unicodedata.normalize("NFKD", value)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in letters.casefold())
    return " ".join(words.split())


def normalise_phone_numbers(value: str) -> list[str]:
    """The E.164 forms ``value`` can mean: read as Dutch, and as a local number
    of the Caribbean Netherlands (the wizard accepts both); [] if neither."""
    found = []
    for region in ("NL", "BQ"):
        try:
            number = normalise_phone(value, region)
        except ValidationError:
            continue
        if number not in found:
            found.append(number)
    return found


def normalise_email(value: str) -> str:
    return value.strip().casefold()


def keys() -> list[bytes]:
    found = [key.encode() for key in settings.BLIND_INDEX_KEYS if key]
    if not found:
        raise ImproperlyConfigured("BLIND_INDEX_KEYS holds no key.")
    return found


def _hash(kind: str, normalised: str, key: bytes) -> str:
    message = f"{kind}\x00{normalised}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _normalised(kind: str, value: str) -> list[str]:
    if kind == "phone":
        return normalise_phone_numbers(value)
    normalised = normalise_name(value) if kind == "name" else normalise_email(value)
    return [normalised] if normalised else []


def stored_hash(kind: str, value: str) -> str:
    """The hash kept for a stored value: the newest key, the value's own form
    (a stored phone number is already E.164); "" for an empty value."""
    if not value:
        return ""
    forms = _normalised(kind, value)
    return _hash(kind, forms[0], keys()[0]) if forms else ""


def search_hashes(kind: str, typed: str) -> set[str]:
    """Every hash that what was typed could match: each way to read it, with
    each key."""
    return {
        _hash(kind, normalised, key)
        for normalised in _normalised(kind, typed)
        for key in keys()
    }


def index_values(registration) -> dict[str, str]:
    """The hash fields of ``registration`` for its current values."""
    return {
        index_field: stored_hash(kind, getattr(registration, field) or "")
        for kind, (field, index_field) in INDEXED.items()
    }


def refresh(registration) -> None:
    for index_field, value in index_values(registration).items():
        setattr(registration, index_field, value)


def matching(typed: str):
    """A ``Q`` for registrations whose name, phone number or e-mail address is
    ``typed`` (exactly, after normalising)."""
    query = Q(pk__in=[])
    for kind, (_field, index_field) in INDEXED.items():
        if kind == "email" and "@" not in typed:
            continue
        hashes = search_hashes(kind, typed)
        if hashes:
            query |= Q(**{f"{index_field}__in": hashes})
    return query
