"""A per-address limit on submissions, kept in the cache (a shared cache such as
Redis in production, so every app server counts together).

The address is stored only as a keyed hash, for the length of the window."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's address: ``REMOTE_ADDR``, or behind a proxy the first address
    of the header named by ``SIGNUP_CLIENT_IP_HEADER``. Also used by django-axes
    for staff logins, so both count the same address."""
    address = request.META.get(settings.SIGNUP_CLIENT_IP_HEADER, "") or ""
    return address.split(",")[0].strip()


def _client_key(request: HttpRequest) -> str:
    address = client_address(request)
    digest = hmac.new(
        settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"signup-rate:{digest}"


def over_limit(request: HttpRequest) -> bool:
    """True when this address already submitted the maximum in the current window."""
    count = cache.get(_client_key(request), 0)
    return count >= settings.SIGNUP_RATE_LIMIT


def count_submission(request: HttpRequest) -> None:
    key = _client_key(request)
    if cache.add(key, 1, timeout=settings.SIGNUP_RATE_WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=settings.SIGNUP_RATE_WINDOW_SECONDS)
