"""One number that changes whenever published content or site configuration changes.

Cached things that depend on pages, sites or site settings (the site lookup, the
footer) carry this number in their cache key, so a change anywhere simply makes
them miss: nothing has to know which keys to delete. Kept in Django's cache, which
must be shared (Redis, Memcached or the database) when several processes serve the
site; see docs/performance.md. ``content.signals`` calls ``bump`` on every change.
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache

KEY = "content:generation"
# Read once per request (see ``pinned``): a page asks for it a dozen times, and
# with a shared cache each ask is a round trip.
_pinned: ContextVar[int | None] = ContextVar("content_generation", default=None)


def generation() -> int:
    pinned_value = _pinned.get()
    if pinned_value is not None:
        return pinned_value
    value = cache.get(KEY)
    if value is None:
        # A fresh start, never 0: after the cache is cleared, old numbers in keys
        # elsewhere (a second cache) must not come back into use.
        value = time.time_ns()
        cache.add(KEY, value, timeout=None)
        value = cache.get(KEY, value)
    return value


# Values of the current generation this process already read from the shared
# cache: a page reads a dozen (the site, its route, the figures register, the
# glossary, the footer), and from Redis each is a round trip and an unpickling of
# many model instances (15 ms of a 20 ms page). The generation is read once per
# request (``pinned``), so a change is seen by every process on its next request.
_local: dict[str, object] = {}
_local_generation: list[int | None] = [None]


def cached(name: str, compute, timeout: int = 60 * 60):
    """``compute()``, kept in the cache under ``name`` until content changes.
    ``compute`` must not return None (None means "not cached"). Callers share the
    value within the process: never change it."""
    current = generation()
    if _local_generation[0] != current:
        _local.clear()
        _local_generation[0] = current
    key = f"content:{name}:{current}"
    value = _local.get(key)
    if value is not None:
        return value
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    _local[key] = value
    return value


@contextmanager
def pinned():
    """Within the block, ``generation()`` reads the cache once. A ``bump`` in the
    block un-pins it, so a request that publishes sees the new number."""
    token = _pinned.set(generation())
    try:
        yield
    finally:
        _pinned.reset(token)


def bump(**_kwargs) -> None:
    _pinned.set(None)
    try:
        cache.incr(KEY)
    except ValueError:
        cache.set(KEY, time.time_ns(), timeout=None)
