"""Production: every unsafe default is refused at start-up.

Required: ``SECRET_KEY`` (at least 50 characters), ``ALLOWED_HOSTS``, ``DATABASE_URL``,
``EMAIL_URL``, ``FIELD_ENCRYPTION_KEYS``, ``BLIND_INDEX_KEYS``, ``CACHE_URL`` and
``PUBLIC_BASE_URL``.
``DEBUG`` must not be on.
"""

from django.core.exceptions import ImproperlyConfigured

from cryptography.fernet import Fernet

from .base import *  # noqa: F403
from .base import env

PORTAL_ENVIRONMENT = "production"


def require(name: str) -> str:
    value = env.str(name, default="")
    if not value:
        raise ImproperlyConfigured(
            f"Production settings need the environment variable {name}; see README.md."
        )
    return value


SECRET_KEY = require("SECRET_KEY")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak for production: use at least 50 random characters."
    )
if env.bool("DEBUG", default=False):
    raise ImproperlyConfigured("DEBUG must be off in production.")
DEBUG = False
require("ALLOWED_HOSTS")
require("FIELD_ENCRYPTION_KEYS")
# Several app server processes share sessions, the page cache and the content
# generation only through a shared cache.
require("CACHE_URL")
for _key in FIELD_ENCRYPTION_KEYS:  # noqa: F405
    try:
        Fernet(_key.encode())
    except ValueError:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS must hold Fernet keys (32 url-safe base64 bytes); "
            "make one with: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        ) from None
require("BLIND_INDEX_KEYS")
if any(len(key) < 32 for key in BLIND_INDEX_KEYS):  # noqa: F405
    raise ImproperlyConfigured(
        "BLIND_INDEX_KEYS must hold keys of at least 32 random characters; make "
        "one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'"
    )
require("DATABASE_URL")
require("EMAIL_URL")
# Links to pages (canonical, og:url, sitemap.xml) must name the real site.
require("PUBLIC_BASE_URL")
if not PUBLIC_BASE_URL.startswith("https://"):  # noqa: F405
    raise ImproperlyConfigured("PUBLIC_BASE_URL must start with https://")

# WhiteNoise serves the collected static files from the app servers, right after
# SecurityMiddleware so its redirects and headers apply first.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
# Every staff account logs in with a second factor; no switch turns it off here.
STAFF_2FA_REQUIRED = True
CSRF_COOKIE_SECURE = True
