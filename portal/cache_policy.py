"""An explicit caching policy on every answer, for browsers and a shared front cache.

A shared cache (Varnish, see deploy/varnish/default.vcl and docs/production.md)
keeps what the portal marks ``public`` and passes everything else on. Without a
policy, such a cache falls back on its own default lifetime and may keep a 404,
a page with a query string or a personal answer. So every answer gets one:

- **A published page for an anonymous visitor** (a Wagtail page marked by the
  ``before_serve_page`` hook, GET or HEAD, no query string, no session or message
  cookie in the request, 200, no cookie set): ``public`` with a short
  ``s-maxage`` for the shared cache, which is also purged on every change
  (content/front_cache.py), and a longer ``max-age`` for the browser
  (``PUBLIC_PAGE_SHARED_SECONDS``, ``PUBLIC_PAGE_BROWSER_SECONDS``).
- **A 404 is not shared** (``private, no-cache``): there are endless addresses
  that do not exist, so a shared cache holding them only fills up, and a page
  published later at such an address must show at once.
- **An answer that sets a cookie** is always ``private, no-store``, whatever the
  view said: a cookie is personal.
- **A view that chose its own policy** (robots.txt, ``never_cache`` views) keeps it.
- **Everything else** (the wizard, the admin, previews, restricted pages, search
  results, redirects, errors, anything for a visitor with a session):
  ``private, no-store``.
"""

from django.conf import settings

from content.page_cache import MARK, without_session

PRIVATE = "private, no-store"
NOT_SHARED = "private, no-cache"


def _directives(value: str) -> set[str]:
    return {part.strip().lower() for part in value.split(",")}


def _public_page(request, response) -> bool:
    return (
        getattr(request, MARK, False)
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and without_session(request)
        and response.status_code == 200
    )


def policy_for(request, response) -> str | None:
    """The Cache-Control value this answer must carry; None keeps the view's own."""
    own = response.get("Cache-Control", "")
    if response.cookies:
        # A never_cache view's own words say as much; anything else is replaced.
        return None if {"private", "no-store"} <= _directives(own) else PRIVATE
    if own:
        return None
    if _public_page(request, response):
        return (
            f"public, max-age={settings.PUBLIC_PAGE_BROWSER_SECONDS}, "
            f"s-maxage={settings.PUBLIC_PAGE_SHARED_SECONDS}"
        )
    if response.status_code == 404:
        return NOT_SHARED
    return PRIVATE


class CachePolicyMiddleware:
    """Outermost but for the timing header: it sees every answer as it leaves,
    also pages from the page cache and the outage page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        value = policy_for(request, response)
        if value is not None:
            response["Cache-Control"] = value
        return response
