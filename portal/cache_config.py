"""The cache from ``CACHE_URL``, set up so that losing Redis costs speed, never
service.

With django-redis's defaults a stopped Redis turns every request into a 500: the
page cache, the site lookup, the session and the sign-up limit all ask it first.
Here a call that fails or does not answer within ``timeout`` seconds counts as a
miss (reads) or is skipped (writes). What that means for each user of the cache:

- sessions (``cached_db``) are read from and written to the database;
- pages are rendered instead of served from the page cache;
- the sign-up limit counts nothing, so it lets people through: a victim is never
  turned away because a cache is down (the honeypot and the challenge still work).

A page asks the cache a few dozen times. So that a Redis that hangs does not cost
each of those calls its timeout, the first failure opens a circuit breaker: for
``BREAK_SECONDS`` this process does not ask Redis at all, then tries again.

Kept out of the settings module so that tests build the same configuration
against a real Redis server.
"""

import logging
import time

import environ
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)

REDIS_BACKEND = "django_redis.cache.RedisCache"
BREAK_SECONDS = 10.0


def cache_from_url(url: str, timeout: float) -> dict:
    config = environ.Env.cache_url_config(url)
    if config["BACKEND"] == REDIS_BACKEND:
        config["BACKEND"] = "portal.cache_config.ForgivingRedisCache"
        config.setdefault("OPTIONS", {}).update(
            {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
            }
        )
    return config


class CacheUnavailable(ConnectionError):
    """Raised instead of asking Redis while the breaker is open."""


class _BreakingClient:
    """Wraps django-redis's client: a failed call opens the breaker; while it is
    open, every call fails at once, as a ``ConnectionInterrupted`` that the
    backend's ``IGNORE_EXCEPTIONS`` turns into a miss."""

    def __init__(self, client, backend: "ForgivingRedisCache"):
        self._client = client
        self._backend = backend

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            backend = self._backend
            if time.monotonic() < backend.broken_until:
                raise ConnectionInterrupted(connection=None) from CacheUnavailable()
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                backend.broken_until = time.monotonic() + BREAK_SECONDS
                logger.warning(
                    "Cache unavailable (%s); going on without it for %s s",
                    type(error.__cause__).__name__,
                    BREAK_SECONDS,
                )
                raise
            if backend.broken_until:
                backend.broken_until = 0.0
                logger.warning("Cache available again")
            return result

        return call


class ForgivingRedisCache(RedisCache):
    broken_until = 0.0

    @property
    def client(self):
        return _BreakingClient(super().client, self)
