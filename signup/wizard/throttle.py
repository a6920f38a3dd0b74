"""A per-address limit on submissions, kept in the cache (a shared cache such as
Redis in production, so every app server counts together): ``SIGNUP_RATE_LIMIT``
per hour, of which at most ``SIGNUP_RATE_LIMIT_UNSOLVED`` sent without a solved
ALTCHA challenge (``challenge.py``).

The address is stored only as a keyed hash, for the length of the window."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def _client_key(request: HttpRequest, counter: str = "signup-rate") -> str:
    # The client's address; behind a proxy, portal's ClientAddressMiddleware has
    # put it here.
    address = request.META.get("REMOTE_ADDR", "")
    digest = hmac.new(
        settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"{counter}:{digest}"


def _unsolved_key(request: HttpRequest) -> str:
    return _client_key(request, "signup-rate-unsolved")


def over_limit(request: HttpRequest, unsolved: bool = False) -> bool:
    """True when this address already submitted the maximum in the current window;
    for a submission without a solved challenge, the lower maximum of those."""
    if cache.get(_client_key(request), 0) >= settings.SIGNUP_RATE_LIMIT:
        return True
    return (
        unsolved
        and cache.get(_unsolved_key(request), 0) >= settings.SIGNUP_RATE_LIMIT_UNSOLVED
    )


def count_submission(request: HttpRequest, unsolved: bool = False) -> None:
    _count(_client_key(request))
    if unsolved:
        _count(_unsolved_key(request))


def _count(key: str) -> None:
    if cache.add(key, 1, timeout=settings.SIGNUP_RATE_WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=settings.SIGNUP_RATE_WINDOW_SECONDS)


def counted_over_limit(request: HttpRequest, counter: str, limit: int) -> bool:
    """Count this request under ``counter`` for this address and say whether it
    goes over ``limit`` in the window: for lookups such as the invitation code,
    where every try counts."""
    key = _client_key(request, counter)
    _count(key)
    return cache.get(key, 0) > limit
