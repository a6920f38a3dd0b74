"""Tests: fast password hashing and in-memory e-mail; the database comes from
``DATABASE_URL`` so CI can run the same suite on PostgreSQL."""

import atexit
import os
import shutil
import tempfile

from .base import *  # noqa: F403
from .base import VAR_DIR, env

PORTAL_ENVIRONMENT = "test"

DEBUG = False
SECRET_KEY = "test-only-not-secret-" + "x" * 40
# A fixed key for tests only (Fernet.generate_key()); never used anywhere else.
FIELD_ENCRYPTION_KEYS = ["uJ0x1GQYqHZ0lH7n3mB2dY2o0Kp3VtqX6q0bT5n7Yh8="]
BLIND_INDEX_KEYS = ["test-only-blind-index-key-not-secret-0123456789"]
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# In memory, unless a test starts a worker process with a real mail server.
if not env.str("EMAIL_URL", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # On disk rather than in memory: the fault tests run a real worker process on
    # the test database. ``var/`` is git-ignored, so a fresh clone has none yet.
    VAR_DIR.mkdir(exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def _media_root() -> str:
    """One temporary media folder per test process, shared with the servers and
    workers it starts (they inherit the variable) and removed by the process
    that made it. Per xdist worker, so parallel tests never share uploads."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    variable = f"HERSTELWIJZER_TEST_MEDIA_{worker}"
    if variable not in os.environ:
        os.environ[variable] = tempfile.mkdtemp(prefix="herstelwijzer-test-media-")
        atexit.register(shutil.rmtree, os.environ[variable], ignore_errors=True)
    return os.environ[variable]


MEDIA_ROOT = _media_root()
# The default challenge, ALTCHA, whatever the environment says, with little work
# per challenge: the tests solve challenges in Python and in Chromium, and prove
# the checks, not the effort. Tests without a solution take the no-JavaScript way.
SIGNUP_CHALLENGE = "altcha"
SIGNUP_ALTCHA_COST = 10
SIGNUP_ALTCHA_MAX_COUNTER = 40
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": SEARCH_CONFIG,  # noqa: F405
        "AUTO_UPDATE": False,
    }
}
