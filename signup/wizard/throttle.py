"""A per-address limit on submissions, kept in the cache (a shared cache such as
Redis in production, so every app server counts together).

The address is stored only as a keyed hash, for the length of the window."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def _client_key(request: HttpRequest) -> str:
    # The client's address; behind a proxy, portal's ClientAddressMiddleware has
    # put it here.
    address = request.META.get("REMOTE_ADDR", "")
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
