"""The shared front cache (Varnish) forgets every page as soon as content changes.

Through Wagtail's frontend cache (``wagtail.contrib.frontend_cache``): its
settings (``WAGTAILFRONTENDCACHE``, one entry per front cache), its backends and
its purge task. What differs from Wagtail's own signal handlers, which purge the
published page only and leave that to the task worker:

- **The whole site, every time.** Every page shows the menu, the footer, figures
  and lists of other pages, so any change (the same changes that bump
  ``content.freshness``) purges the address of every live page in every
  language, plus every address purged last time: that covers the old address of
  a moved page and a page that was unpublished or deleted since.
- **At once, after the commit, in the request that made the change**, not via
  the worker: the edit must show through the front cache within a second, also
  when the worker is busy with e-mail. A few hundred purges over one kept-alive
  connection take a fraction of a second.
- **With a time limit** (``HTTPBackend`` below): a front cache that does not answer
  must not hang an editor's publish. The lifetime the shared cache may keep a
  page (``PUBLIC_PAGE_SHARED_SECONDS``) bounds a lost purge.

After a deploy that changes templates or interface translations, run
``manage.py purge_front_cache``.
"""

import http.client
import logging
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from wagtail.contrib.frontend_cache.backends import http as wagtail_http
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page

from content import freshness

logger = logging.getLogger("wagtail.frontendcache")

PURGED_URLS_KEY = "front_cache:purged_urls"
PURGED_GENERATION_KEY = "front_cache:purged_generation"


class HTTPBackend(wagtail_http.HTTPBackend):
    """Wagtail's HTTP (PURGE) backend, with a time limit (``TIMEOUT``, seconds)
    and one kept-alive connection for a whole batch. Wagtail's own opens a
    connection per address and waits without limit."""

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        connection_class = (
            http.client.HTTPSConnection
            if self.cache_scheme == "https"
            else http.client.HTTPConnection
        )
        connection = connection_class(self.cache_netloc, timeout=self.timeout)
        try:
            for url in urls:
                parts = urlsplit(url)
                path = parts.path + (f"?{parts.query}" if parts.query else "")
                connection.request("PURGE", path, headers={"Host": parts.netloc})
                answer = connection.getresponse()
                answer.read()
                if answer.status >= 400:
                    logger.error(
                        "Couldn't purge '%s' from %s: %d",
                        url,
                        self.cache_netloc,
                        answer.status,
                    )
        except OSError as error:  # refused, reset, timed out: the rest waits for
            logger.error(  # the shared lifetime to run out
                "Couldn't purge from %s: %s", self.cache_netloc, error
            )
        finally:
            connection.close()


def live_page_urls() -> list[str]:
    """The full address of every live page in every language."""
    urls = []
    # Wagtail keeps the sites' root paths on the object it is given: one for all
    # pages reads the sites once instead of once per page.
    cache_object = SimpleNamespace()
    for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
        url = page.get_full_url(request=cache_object)
        if url:
            urls.append(url)
    return urls


def purge_site() -> int:
    """Purge every page address, now and as last purged. Returns how many."""
    if not get_backends():
        return 0
    urls = live_page_urls()
    previous = cache.get(PURGED_URLS_KEY) or []
    everything = list(dict.fromkeys(urls + previous))
    purge_urls_from_cache_task.call(everything)
    cache.set(PURGED_URLS_KEY, urls, timeout=None)
    return len(everything)


def _purge_once_for_this_change() -> None:
    """One change sends several signals (save, publish, revision): the first
    callback after the commit purges, the others see it done for this
    generation of the content."""
    current = freshness.generation()
    if cache.get(PURGED_GENERATION_KEY) == current:
        return
    cache.set(PURGED_GENERATION_KEY, current, timeout=None)
    purge_site()


def purge_after_commit(**_kwargs) -> None:
    """Signal receiver: purge the whole site once the change is committed."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        transaction.on_commit(_purge_once_for_this_change)
