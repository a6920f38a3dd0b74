"""Settings shared by every environment.

Environment variables (all optional in development, see ``production.py`` for the ones
production requires):

``SECRET_KEY``            signing key; generated into ``var/secret_key`` for local use
``DEBUG``                 ``true``/``false``; on only in development
``DATABASE_URL``          e.g. ``postgres://user:pass@host:5432/herstelwijzer``;
                          default: SQLite in ``var/db.sqlite3``
``ALLOWED_HOSTS``         comma-separated host names
``CSRF_TRUSTED_ORIGINS``  comma-separated origins (``https://herstelwijzer.nl``)
``EMAIL_URL``             e.g. ``smtp+tls://user:pass@smtp.example.nl:587``;
                          default: print e-mails to the console
``DEFAULT_FROM_EMAIL``    sender address of e-mails to the public
``SIGNUP_NEUTRAL_FROM_EMAIL``, ``SIGNUP_NEUTRAL_BASE_URL``  sender, and link address,
                          of e-mails to people who do not want us to say who we are
``PUBLIC_BASE_URL``       the site's address, e.g. ``https://herstelwijzer.nl`` (links
                          to pages, sitemap); required in production
``WAGTAILADMIN_BASE_URL`` base URL in links inside e-mails to staff (default: the above)
``CACHE_URL``             shared cache for several processes, e.g. ``redis://host:6379/1``;
                          default: memory of the process
``CACHE_TIMEOUT_SECONDS`` seconds to wait for the cache before going on without it
``LOG_LEVEL``             level of the application log (default ``INFO``)
``SIGNUP_CHALLENGE``      the anti-bot check on the wizard's last step: ``altcha`` (a
                          self-hosted proof of work, the default), ``recaptcha``
                          (Google's reCAPTCHA v2, needs both keys) or ``none``
``RECAPTCHA_PUBLIC_KEY``, ``RECAPTCHA_PRIVATE_KEY``  the keys for ``recaptcha``; with
                          both set and no ``SIGNUP_CHALLENGE``, reCAPTCHA stays on
``SIGNUP_RATE_LIMIT``     registrations per client address per hour (default 5)
``SIGNUP_RATE_LIMIT_UNSOLVED`` of those, how many may come without a solved ALTCHA
                          challenge, e.g. without JavaScript (default 2)
``FEEDBACK_RATE_LIMIT``   answers to "Was deze pagina nuttig?" per client address
                          per hour (default 20)
``CLIENT_IP_HEADER``      request header with the client address behind a proxy
``SIGNUP_CALLBACK_WINDOW_DAYS``, ``SIGNUP_CALLBACK_COUNTING``  callback promise
``SIGNUP_CALLBACK_TARGET_PERCENT`` share called back on time aimed for (90)
``INVITATION_RATE_LIMIT`` invitation-code tries per client address per hour (10)
``SIGNUP_TEAM_EMAIL_DEFAULT``, ``SIGNUP_TEAM_EMAILS``  team notification addresses
``SIGNUP_SAMENSPRAAK_THEMES`` offence types with Samenspraak groups, comma-separated
                          (default violence,sexual,traffic; routing rule 8)
``SIGNUP_RETENTION_MONTHS`` months after closure before personal data is erased (24)
``SERVER_TIMING``         ``true`` adds a Server-Timing header (benchmarks only)
"""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import environ
from csp.constants import NONE, SELF

from portal.cache_config import cache_from_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

PORTAL_ENVIRONMENT = "base"  # overridden by dev, test and production

DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portal",
    "content",
    "signup",
    "wagtail.contrib.settings",
    # Before ``content``, which replaces its per-page purge (content/front_cache.py).
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "portal.apps.StaffUsersConfig",  # wagtail.users, see portal/staff_users.py
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "formtools",
    "django_recaptcha",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # recovery codes
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First, so the time it reports covers every other middleware.
    "portal.server_timing.ServerTimingMiddleware",
    # Next, so it sees every answer as it leaves (portal/cache_policy.py).
    "portal.cache_policy.CachePolicyMiddleware",
    # Security first: the HTTPS redirect and HSTS/nosniff apply to every answer,
    # also to static files (WhiteNoise, production) and pages from the cache.
    "django.middleware.security.SecurityMiddleware",
    # Before anything that counts by address (sign-up rate limit, django-axes).
    "portal.client_address.ClientAddressMiddleware",
    # A view that cannot reach the database answers 503, not 500 (portal/outage.py).
    "portal.outage.DatabaseUnavailableMiddleware",
    # A cached page skips everything below (content/page_cache.py).
    "content.page_cache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After the session middleware and before CommonMiddleware, as Django asks.
    "portal.locale_middleware.PortalLocaleMiddleware",
    # After the language is known, so the refusal page speaks it.
    "portal.body_limit.PublicBodyLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware, which refuses hosts that are not allowed.
    "content.site_lookup.CachedSiteMiddleware",
    # After the site and the language are known (content/routing.py).
    "content.routing.CachedRouteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # An idle admin session ends first; then staff must pass the second factor
    # before any admin page (portal/two_factor.py).
    "portal.staff_session.StaffIdleTimeoutMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.two_factor.RequireSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# The cache holds the site lookup, cached page fragments and the sign-up rate limit.
# In-process memory is right for one process; several processes (gunicorn workers,
# app servers) need one shared cache, e.g. ``redis://127.0.0.1:6379/1``.
# A cache that does not answer within CACHE_TIMEOUT_SECONDS counts as a miss, so
# the site keeps serving without Redis (portal/cache_config.py).
CACHE_TIMEOUT_SECONDS = env.float("CACHE_TIMEOUT_SECONDS", default=0.25)
CACHES = {
    "default": cache_from_url(
        env.str("CACHE_URL", default="locmemcache://"), CACHE_TIMEOUT_SECONDS
    )
}

# Published pages are kept this long at most; any publish invalidates them at once.
# 0 switches the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)

# How long a published page may be kept, by a shared front cache (Varnish) and by
# the browser, when the visitor has no session (portal/cache_policy.py). The front
# cache is purged on every change (content/front_cache.py); its lifetime is the
# bound if a purge is lost. The browser cannot be purged: five minutes lets a
# visitor go back and forth without asking again, and bounds how long an edit
# can take to reach them. See docs/production.md.
PUBLIC_PAGE_SHARED_SECONDS = env.int("PUBLIC_PAGE_SHARED_SECONDS", default=60)
PUBLIC_PAGE_BROWSER_SECONDS = env.int("PUBLIC_PAGE_BROWSER_SECONDS", default=300)

# The shared front caches (Varnish, deploy/varnish/default.vcl) to purge on every
# content change, e.g. ``http://127.0.0.1:6081``; none by default.
WAGTAILFRONTENDCACHE = {
    f"front-cache-{number}": {
        "BACKEND": "content.front_cache.HTTPBackend",
        "LOCATION": location,
        "TIMEOUT": env.float("FRONT_CACHE_PURGE_TIMEOUT", default=2.0),
    }
    for number, location in enumerate(env.list("FRONT_CACHE_URLS", default=[]))
}
# content/front_cache.py purges every page in every language itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# A Server-Timing header with Django's time per request, for benchmarks.
SERVER_TIMING = env.bool("SERVER_TIMING", default=False)

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


DATABASES = {
    "default": env.db("DATABASE_URL", default=sqlite_url(VAR_DIR / "db.sqlite3"))
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the task worker writes; IMMEDIATE takes the
    # write lock at the start of a transaction so two writers wait instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
# Keep connections between requests (``?conn_max_age=0`` in the URL turns it off):
# a new SQLite connection re-reads the whole schema, a new PostgreSQL one costs a
# handshake; together they more than doubled the wizard's server time.
DATABASES["default"].setdefault("CONN_MAX_AGE", 600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The same backend, with a health check that asks the server only when the
    # connection has heard from it (portal/postgresql/base.py).
    DATABASES["default"]["ENGINE"] = "portal.postgresql"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out login before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Languages: Dutch first and default. Names are written in their own language, because
# the language switcher shows them to people who may not read the current one.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Herstelwijzer"
# The public address: canonical links, og:url and sitemap.xml are made from it
# (content/public_address.py gives it to the default Wagtail site on migrate).
PUBLIC_BASE_URL = env.str("PUBLIC_BASE_URL", default="").rstrip("/")
WAGTAILADMIN_BASE_URL = env.str(
    "WAGTAILADMIN_BASE_URL", default=PUBLIC_BASE_URL or "http://127.0.0.1:8000"
)
# PostgreSQL stems the index with its Dutch text-search configuration (Dutch is the
# site's main language; content/search_terms.py adds stems per page language and
# the parts of Dutch compounds, for SQLite too, which ignores SEARCH_CONFIG).
SEARCH_CONFIG = env.str("SEARCH_CONFIG", default="dutch")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": SEARCH_CONFIG,
    }
}
# A damaged image upload is a form error, not a server error (content/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "content.images.ImageForm"
# Documents hold leaflets, self-hosted videos and their WebVTT captions. Videos and
# captions are served inline so <video> and <track> can use them.
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt", "vtt", "mp4", "webm"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = [
    "application/pdf",
    "text/plain",
    "text/vtt",
    "video/mp4",
    "video/webm",
]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Background work runs on django-tasks with the database backend: the task row is
# written in the same transaction as the data it belongs to, and `manage.py db_worker`
# executes it. Wagtail 8 enqueues its own tasks (reference index, file clean-up) too.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "email"],
    }
}

_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Herstelwijzer <noreply@herstelwijzer.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Sender of the confirmation to a person who does not want us to say who we are:
# an address and name that do not give the portal away (e.g. a neutral domain).
# Empty: such a person gets no confirmation e-mail at all.
SIGNUP_NEUTRAL_FROM_EMAIL = env.str("SIGNUP_NEUTRAL_FROM_EMAIL", default="")
# The address through which a neutral reminder ("not now, later") links to the
# page to postpone or withdraw: one that does not name the portal either (e.g. a
# neutral domain served by this site, in ALLOWED_HOSTS). Empty: a neutral
# reminder holds no link, and the person tells us when we call.
SIGNUP_NEUTRAL_BASE_URL = env.str("SIGNUP_NEUTRAL_BASE_URL", default="").rstrip("/")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Gone when the browser closes, not kept for a year: on a shared device a cookie
# of this site must not outlast the visit (the privacy statement lists it).
CSRF_COOKIE_AGE = None
# A refused form gets the site's page in the visitor's language, not Django's bare
# English one (portal/csrf.py).
CSRF_FAILURE_VIEW = "portal.csrf.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# The neutral site the quick-exit button opens when no site setting overrides it.
QUICK_EXIT_DEFAULT_URL = "https://www.buienradar.nl/"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "filters": {"without_not_found": {"()": "portal.log_filters.WithoutNotFound"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Request logs can carry query strings; keep them at warning level and
        # above, without a line for every 404 (portal/log_filters.py).
        "django.request": {"level": "WARNING", "filters": ["without_not_found"]},
        "django.server": {"level": "WARNING"},
    },
}

# Sign-up wizard and callbacks (see signup/rules/deadlines.py for the counting rules).
SIGNUP_CALLBACK_WINDOW_DAYS = env.int("SIGNUP_CALLBACK_WINDOW_DAYS", default=3)
SIGNUP_CALLBACK_COUNTING = env.str("SIGNUP_CALLBACK_COUNTING", default="calendar")
# Tries of an invitation code ("Ik heb een brief gekregen") per client address
# per hour: enough for typing errors, far too few to guess a code.
INVITATION_RATE_LIMIT = env.int("INVITATION_RATE_LIMIT", default=10)
# The share of callbacks made within the promised window that the desk aims for:
# the target line on the statistics page (percent).
SIGNUP_CALLBACK_TARGET_PERCENT = env.int("SIGNUP_CALLBACK_TARGET_PERCENT", default=90)
# The offence types (signup.rules.choices.Offence codes) that Perspectief
# Herstelbemiddeling runs Samenspraak groups on: people whose other party is
# unknown, or who want no contact, are routed there for these (routing rule 8b).
SIGNUP_SAMENSPRAAK_THEMES = tuple(
    env.list("SIGNUP_SAMENSPRAAK_THEMES", default=["violence", "sexual", "traffic"])
)
# Wizard answers are kept this long after the last answer, encrypted
# (signup/wizard/storage.py): enough to look up a court or a date and come back,
# not a day on a shared device. The session cookie lasts as long.
SIGNUP_ANSWERS_KEPT_MINUTES = env.int("SIGNUP_ANSWERS_KEPT_MINUTES", default=120)
SESSION_COOKIE_AGE = SIGNUP_ANSWERS_KEPT_MINUTES * 60
# Sessions are read from the cache and written through to the database: a wizard
# step reads its session without a query, and nothing is lost when the cache
# restarts. Needs the shared cache when several processes serve (CACHE_URL).
# When the database cannot be written, the cache keeps the session until it can
# (portal/session_store.py).
SESSION_ENGINE = "portal.session_store"
# Submissions per client address per hour before a friendly "please call us" page.
SIGNUP_RATE_LIMIT = env.int("SIGNUP_RATE_LIMIT", default=5)
SIGNUP_RATE_WINDOW_SECONDS = 60 * 60
# Anonymous page feedback (content/feedback/) per client address per hour.
FEEDBACK_RATE_LIMIT = env.int("FEEDBACK_RATE_LIMIT", default=20)
# Behind a proxy, the header that holds the client address (e.g. HTTP_X_REAL_IP),
# read by portal/client_address.py. SIGNUP_CLIENT_IP_HEADER is its earlier name.
CLIENT_IP_HEADER = env.str(
    "CLIENT_IP_HEADER",
    default=env.str("SIGNUP_CLIENT_IP_HEADER", default="REMOTE_ADDR"),
)
# The anti-bot check on the last step, beside the honeypot and the rate limit:
# - "altcha" (the default): a proof of work the browser does by itself, served
#   from our own domain, nothing sent elsewhere (signup/wizard/challenge.py).
#   Without JavaScript a registration can still be sent, under the stricter
#   SIGNUP_RATE_LIMIT_UNSOLVED.
# - "recaptcha": Google's reCAPTCHA v2, with both keys. Loading it tells Google
#   that someone seeks restorative justice, and it needs JavaScript, so only when
#   chosen. Both keys set and no SIGNUP_CHALLENGE: reCAPTCHA, as before.
# - "none": the honeypot and the rate limit only.
RECAPTCHA_PUBLIC_KEY = env.str("RECAPTCHA_PUBLIC_KEY", default="")
RECAPTCHA_PRIVATE_KEY = env.str("RECAPTCHA_PRIVATE_KEY", default="")
_recaptcha_keys = bool(RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY)
SIGNUP_CHALLENGES = ("altcha", "recaptcha", "none")
SIGNUP_CHALLENGE = env.str(
    "SIGNUP_CHALLENGE", default="recaptcha" if _recaptcha_keys else "altcha"
)
if SIGNUP_CHALLENGE not in SIGNUP_CHALLENGES:
    raise ImproperlyConfigured(
        f"SIGNUP_CHALLENGE must be one of {', '.join(SIGNUP_CHALLENGES)}."
    )
if SIGNUP_CHALLENGE == "recaptcha" and not _recaptcha_keys:
    # Without keys django-recaptcha would use Google's test keys, which pass anyone.
    raise ImproperlyConfigured(
        "SIGNUP_CHALLENGE=recaptcha needs RECAPTCHA_PUBLIC_KEY and "
        "RECAPTCHA_PRIVATE_KEY."
    )
# Submissions per client address per hour without a solved ALTCHA challenge (no
# JavaScript, or a bot that does not do the work), counted within
# SIGNUP_RATE_LIMIT: fewer, so bots are slowed, and never none, so nobody is shut
# out; the "please call us" page is the way on.
SIGNUP_RATE_LIMIT_UNSOLVED = env.int("SIGNUP_RATE_LIMIT_UNSOLVED", default=2)
# The work of one ALTCHA challenge: the browser tries counters from 0 up to a
# secret one, drawn between half of SIGNUP_ALTCHA_MAX_COUNTER and all of it, at
# SIGNUP_ALTCHA_COST PBKDF2-SHA-256 iterations per try. Measured in Chromium on
# the 2-core test machine: about 1 s, half of it the widget's shortest display
# time; 5,000 iterations took 3 to 4 s, too long for a slow phone.
SIGNUP_ALTCHA_COST = 1_000
SIGNUP_ALTCHA_MAX_COUNTER = 4_000
# A challenge is fetched when the person ticks the box or presses Send, and one
# that expires on the page is dropped and fetched anew, so this bounds only the
# time between solving and sending (a person who ticks the box, then rereads the
# answers or makes a phone call), and how long a solution could be kept for later.
SIGNUP_ALTCHA_EXPIRY_MINUTES = 30
# reCAPTCHA without keys is refused above, so django-recaptcha's warning about
# its test keys never applies.
SILENCED_SYSTEM_CHECKS = ["django_recaptcha.recaptcha_test_key_error"]
# Confirmation e-mails are retried with growing pauses when sending fails.
SIGNUP_EMAIL_MAX_ATTEMPTS = 8
# Where each team is told (without personal data) about a new registration.
SIGNUP_TEAM_EMAIL_DEFAULT = env.str(
    "SIGNUP_TEAM_EMAIL_DEFAULT", default="aanmeldpunt@herstelwijzer.example"
)
SIGNUP_TEAM_EMAILS = env.dict("SIGNUP_TEAM_EMAILS", default={})
# Personal data of a closed registration is erased this many months after closure;
# the anonymous answers stay for the statistics (see signup/privacy/retention.py).
SIGNUP_RETENTION_MONTHS = env.int("SIGNUP_RETENTION_MONTHS", default=24)

# Security headers on every response (production adds HTTPS, HSTS, secure cookies).
# Public pages get a strict Content-Security-Policy: only our own scripts, styles,
# fonts and media; no inline scripts or styles; YouTube only from the nocookie
# domain, after the visitor chooses to play. The Wagtail admin is left out: it uses
# inline scripts and styles that a strict policy would break.
YOUTUBE_PLAYER_ORIGIN = "https://www.youtube-nocookie.com"
# Where the Wagtail admin lives; every rule about admin paths reads this.
ADMIN_URL_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": [ADMIN_URL_PREFIX],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "media-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [YOUTUBE_PLAYER_ORIGIN],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Added to the policy of the one page that shows reCAPTCHA (the check step, when
# it is switched on), not to every public page: its script, frame and styles.
RECAPTCHA_CONTENT_SECURITY_POLICY = {
    "script-src": ["https://www.google.com", "https://www.gstatic.com"],
    "frame-src": ["https://www.google.com"],
    "style-src": ["https://www.gstatic.com"],
    "img-src": ["https://www.gstatic.com"],
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Powerful browser features nobody here needs are switched off; full screen
# and autoplay stay for our own video player and the YouTube player (which starts
# playing when the visitor chose it).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self", YOUTUBE_PLAYER_ORIGIN],
    "camera": [],
    "display-capture": [],
    "fullscreen": ["self", YOUTUBE_PLAYER_ORIGIN],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Staff accounts. Failed logins lock the combination of user name and address, not
# the address alone: the registration desk shares one office address, and one
# person's typing must not lock out colleagues. The lock lifts after the cool-off.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_address"
AXES_LOCKOUT_TEMPLATE = "portal/staff_locked_out.html"
# No password reset by e-mail for staff: its answer took longer for an address
# that exists than for one that does not (so it told who works here), and it had
# no limit. A forgotten password is reset by Beheer in Settings > Users; the
# second factor still guards every account.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Every account that can open the admin logs in with a second factor (TOTP app,
# or one of its single-use recovery codes).
STAFF_2FA_REQUIRED = env.bool("STAFF_2FA_REQUIRED", default=True)
OTP_TOTP_ISSUER = "Herstelwijzer"
# An admin session ends after this long without a request; the wizard's own
# time is separate (SIGNUP_ANSWERS_KEPT_MINUTES).
STAFF_IDLE_MINUTES = env.int("STAFF_IDLE_MINUTES", default=30)

# Keys for personal data encrypted at rest (signup/encryption.py): Fernet keys,
# comma-separated, newest first. Development and tests set their own; production
# requires the variable. Rotation: docs/encryption.md.
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS", default=[])
# Keys of the blind index (signup/blind_index.py): the desk finds a caller by
# name, phone or e-mail through keyed hashes. Its own keys, at least 32 random
# characters each, comma-separated, newest first; rotated with the encryption
# keys (docs/encryption.md). Development and tests set their own.
BLIND_INDEX_KEYS = env.list("BLIND_INDEX_KEYS", default=[])

# The longest answer in the wizard is 1,000 characters; 64 KB is far more than any
# public form needs (portal/body_limit.py). Django's own limit, for the admin:
PUBLIC_MAX_BODY_BYTES = 64 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
