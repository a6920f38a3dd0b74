"""Tests: fast password hashing and in-memory e-mail; the database comes from
``DATABASE_URL`` so CI can run the same suite on PostgreSQL."""

import tempfile

from .base import *  # noqa: F403

PORTAL_ENVIRONMENT = "test"

DEBUG = False
SECRET_KEY = "test-only-not-secret-" + "x" * 40
# A fixed key for tests only (Fernet.generate_key()); never used anywhere else.
FIELD_ENCRYPTION_KEYS = ["uJ0x1GQYqHZ0lH7n3mB2dY2o0Kp3VtqX6q0bT5n7Yh8="]
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="herstelwijzer-test-media-")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
