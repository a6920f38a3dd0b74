"""Finding the page for an address in one query, however deep it sits.

Wagtail routes an address by walking the tree: the language's root page, then a
query and a ``.specific`` query per path segment (a provision page: 7 queries).
Which page sits at an address only changes when content changes, so the answer
is kept per content generation (``content.freshness``): the page's id and type,
and the page itself is then read in one query. Wagtail is told the result the
way it caches its own (``request._wagtail_route_for_request``), so its ``serve``
view, hooks and everything after are unchanged.

What is not found this way is left to Wagtail's own routing: addresses that are no
live page (the 404), and pages whose type routes further itself (none yet).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.url_routing import RouteResult
from wagtail.views import serve

from content import freshness

NOT_A_PAGE = (0, 0)


def _root_url_path(site, language: str) -> str:
    def compute() -> str:
        root = site.root_page
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            root = root.get_translation_or_none(locale) or root
        return root.url_path

    return freshness.cached(f"route-root:{site.pk}:{language}", compute)


def _page_at(url_path: str) -> tuple[int, int]:
    def compute() -> tuple[int, int]:
        found = (
            Page.objects.live()
            .filter(url_path=url_path)
            .values_list("pk", "content_type_id")
            .first()
        )
        return found or NOT_A_PAGE

    return freshness.cached(f"route:{url_path}", compute)


def cached_route(request, path: str) -> RouteResult | None:
    """The live page at ``path`` (below the language prefix), or None when
    Wagtail must route it itself."""
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        return None
    components = [part for part in path.split("/") if part]
    root = _root_url_path(site, translation.get_language())
    url_path = root + "".join(f"{part}/" for part in components)
    page_id, content_type_id = _page_at(url_path)
    if not page_id:
        return None
    # None when the page type's app is gone: Wagtail then routes (and 404s) itself.
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or model.route is not Page.route:
        return None
    page = model.objects.select_related("locale").filter(pk=page_id).first()
    if page is None or not page.live:
        return None
    return RouteResult(page)


class CachedRouteMiddleware:
    """Before Wagtail's ``serve`` runs, give it the page from ``cached_route``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve and not hasattr(request, "_wagtail_route_for_request"):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            try:
                result = cached_route(request, path)
            except DatabaseError:
                # Left to the view, whose failure is answered as an outage
                # (portal/outage.py); an error here would be a bare 500.
                return None
            if result is not None:
                request._wagtail_route_for_request = result
        return None
