"""Personal data encrypted at rest: model fields stored as Fernet tokens.

Fernet (from the ``cryptography`` package, maintained by the Python Cryptographic
Authority) is AES-128-CBC with an HMAC-SHA256 over each value: a token cannot be
read or changed without the key. The keys come from ``FIELD_ENCRYPTION_KEYS``
(environment), newest first. The first key encrypts; every key decrypts, so a new
key can be put in front, ``manage.py rotate_encryption_key`` re-encrypts every
value with it, and then the old key can go (see docs/encryption.md).

Why not django-fernet-encrypted-fields: it derives its key from ``SECRET_KEY`` (so
rotating the signing key would also rotate the data key), runs 100,000 PBKDF2
rounds per field per process, and hands back the ciphertext as if it were the value
when the key is wrong. Here a wrong key is an error, never silent.

Encrypted values cannot be searched or filtered on; nothing in the portal does.
An empty value stays empty, so blank answers need no key at all.
"""

from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

from cryptography.fernet import Fernet, MultiFernet


@lru_cache(maxsize=4)
def _fernet_for(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS holds no key.")
    return MultiFernet([Fernet(key.encode()) for key in keys])


def fernet() -> MultiFernet:
    """The keys of the current settings (tests may change them)."""
    return _fernet_for(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(value: str) -> str:
    return fernet().encrypt(value.encode()).decode() if value else value


def decrypt(token: str) -> str:
    """Raises ``cryptography.fernet.InvalidToken`` for a wrong key or a changed
    value: better an error than ciphertext shown as someone's name."""
    return fernet().decrypt(token.encode()).decode() if token else token


class EncryptedMixin:
    """Stored as text (a token is longer than the value); ``max_length`` still
    validates the value itself."""

    def get_internal_type(self) -> str:
        return "TextField"

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return encrypt(value) if isinstance(value, str) else value

    def from_db_value(self, value, expression, connection):
        return decrypt(value) if isinstance(value, str) else value


class EncryptedCharField(EncryptedMixin, models.CharField):
    pass


class EncryptedEmailField(EncryptedMixin, models.EmailField):
    pass


class EncryptedTextField(EncryptedMixin, models.TextField):
    pass


def encrypted_fields(model) -> list[str]:
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, EncryptedMixin)
    ]
