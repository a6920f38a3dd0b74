"""Settings of the app servers in the deployment tests: the test settings, with
the shared cache (``CACHE_URL``, Redis) that several app servers need, as in
production (portal/settings/production.py requires it)."""

from portal.cache_config import cache_from_url
from portal.settings.test import *  # noqa: F403
from portal.settings.test import CACHE_TIMEOUT_SECONDS, env

CACHES = {"default": cache_from_url(env.str("CACHE_URL"), CACHE_TIMEOUT_SECONDS)}
