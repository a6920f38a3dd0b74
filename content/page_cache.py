"""Whole published pages served from the cache, invalidated by every publish.

Near the top of the middleware chain (it also reads the content generation once
for the whole request, see ``freshness.pinned``): a hit skips sessions, CSRF,
locale, the site lookup and Wagtail entirely. What is stored is the finished
response, with the security headers the other middleware added, under a key that
holds the content generation (``freshness``): publishing, unpublishing, moving or
deleting any page, or changing the site settings, makes every stored page miss at
once. Pages show menus, footers and lists of other pages, so invalidating the
whole site is the only rule that can never serve a stale page.

Only what is the same for every visitor is stored:

- GET or HEAD, without a query string, from a visitor without a session or a
  pending message (editors, people half-way through the wizard and staff always
  get a fresh page);
- a Wagtail page (marked by the ``before_serve_page`` hook in ``wagtail_hooks``),
  answered with 200, that sets no cookie and is not marked private or no-store.

The wizard, the admin and everything else are never stored: they are not pages.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from content import freshness

MARK = "_page_cacheable"
HEADER = "X-Page-Cache"


def mark_cacheable(request) -> None:
    """Called before a published page is served: this response is a page."""
    setattr(request, MARK, True)


def _cache_key(request) -> str:
    return f"page:{freshness.generation()}:{request.get_host()}:{request.path}"


def without_session(request) -> bool:
    """No session and no pending message: nothing in the answer can be personal.
    (Editors, people half-way through the wizard and staff have a session.)"""
    return (
        settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _may_use_cache(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and without_session(request)
    )


def _may_store(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        getattr(request, MARK, False)
        and response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with freshness.pinned():
            return self._respond(request)

    def _respond(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _may_use_cache(request):
            return self.get_response(request)
        key = _cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response[HEADER] = "hit"
            mark_cacheable(request)  # a page, for the caching policy too
            return response
        response = self.get_response(request)
        if _may_store(request, response):
            headers = {k: v for k, v in response.items() if k != HEADER}
            cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)
            response[HEADER] = "miss"
        return response
