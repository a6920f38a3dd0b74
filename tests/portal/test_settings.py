"""Production settings refuse to start with unsafe defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
SAFE = {
    "SECRET_KEY": "k" * 20 + "-production-secret-" + "q" * 20,
    "ALLOWED_HOSTS": "herstelwijzer.example",
    "DATABASE_URL": "postgres://portal@db.example:5432/herstelwijzer",
    "EMAIL_URL": "smtp+tls://mailer@smtp.example:587",
    "FIELD_ENCRYPTION_KEYS": "HcQ8bQy2w9kWq3M6y0o1Jb2P8p4Zr5Vt7n9Xc1Ld3Es=",
    "BLIND_INDEX_KEYS": "b" * 20 + "-production-blind-" + "i" * 20,
    "CACHE_URL": "redis://cache.example:6379/1",
    "PUBLIC_BASE_URL": "https://herstelwijzer.example",
}


# Read from the environment too; a developer's own values must not change a test.
CHALLENGE_VARIABLES = {
    "SIGNUP_CHALLENGE",
    "RECAPTCHA_PUBLIC_KEY",
    "RECAPTCHA_PRIVATE_KEY",
}


def start_production(
    code: str = "import django; django.setup()", **overrides: str | None
) -> subprocess.CompletedProcess:
    """Import the production settings in a fresh interpreter, as gunicorn would,
    and run ``code``."""
    left_out = {*SAFE, "DEBUG", *CHALLENGE_VARIABLES}
    env = {k: v for k, v in os.environ.items() if k not in left_out}
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    for key, value in {**SAFE, **overrides}.items():
        if value is not None:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_starts_with_safe_settings():
    result = start_production()

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY is too weak"),
        ({"SECRET_KEY": "django-insecure-" + "x" * 50}, "SECRET_KEY is too weak"),
        ({"DEBUG": "true"}, "DEBUG must be off"),
        ({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS"),
        ({"DATABASE_URL": None}, "DATABASE_URL"),
        ({"EMAIL_URL": None}, "EMAIL_URL"),
        ({"FIELD_ENCRYPTION_KEYS": None}, "FIELD_ENCRYPTION_KEYS"),
        ({"CACHE_URL": None}, "CACHE_URL"),
        ({"PUBLIC_BASE_URL": None}, "PUBLIC_BASE_URL"),
        ({"PUBLIC_BASE_URL": "http://herstelwijzer.example"}, "must start with https"),
        ({"FIELD_ENCRYPTION_KEYS": "not-a-key"}, "must hold Fernet keys"),
        ({"BLIND_INDEX_KEYS": None}, "BLIND_INDEX_KEYS"),
        ({"BLIND_INDEX_KEYS": "short"}, "at least 32 random characters"),
        ({"SIGNUP_CHALLENGE": "hcaptcha"}, "SIGNUP_CHALLENGE must be one of"),
        # Without keys django-recaptcha would use test keys that pass anyone.
        ({"SIGNUP_CHALLENGE": "recaptcha"}, "needs RECAPTCHA_PUBLIC_KEY"),
    ],
)
def test_production_refuses_unsafe_defaults(overrides, message):
    result = start_production(**overrides)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


KEYS = {"RECAPTCHA_PUBLIC_KEY": "public", "RECAPTCHA_PRIVATE_KEY": "private"}


@pytest.mark.parametrize(
    ("overrides", "challenge"),
    [
        ({}, "altcha"),
        ({"SIGNUP_CHALLENGE": "none"}, "none"),
        ({"SIGNUP_CHALLENGE": "recaptcha", **KEYS}, "recaptcha"),
        # Both keys and no choice: reCAPTCHA stays on, as before the setting.
        (KEYS, "recaptcha"),
        ({"RECAPTCHA_PUBLIC_KEY": "public"}, "altcha"),
        ({"SIGNUP_CHALLENGE": "altcha", **KEYS}, "altcha"),
    ],
)
def test_the_challenge_is_altcha_unless_recaptcha_is_chosen(overrides, challenge):
    result = start_production(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SIGNUP_CHALLENGE)",
        **overrides,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == challenge


def test_the_deployment_check_reports_nothing():
    """``manage.py check --deploy`` with the production settings: not one warning.
    The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE is no part of a deployment."""
    left_out = {*SAFE, "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in left_out}
    env |= SAFE | {"DJANGO_SETTINGS_MODULE": "portal.settings.production"}

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_in_production_security_comes_before_static_files_and_the_page_cache():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print('\\n'.join(settings.MIDDLEWARE))",
        ],
        cwd=BASE_DIR,
        env={
            **{k: v for k, v in os.environ.items() if k not in {*SAFE, "DEBUG"}},
            **SAFE,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    order = result.stdout.split()

    security = order.index("django.middleware.security.SecurityMiddleware")
    assert security < order.index("whitenoise.middleware.WhiteNoiseMiddleware")
    assert security < order.index("content.page_cache.PageCacheMiddleware")
