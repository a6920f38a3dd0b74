"""Where each language version of the current page lives.

Rules, in order:
1. a Wagtail page links to its live translation in the other language;
2. a page without a translation links to the other language's home page;
3. any other view (the sign-up wizard, for one) links to the same URL under the other
   language prefix: the view the request was routed to, reversed in that
   language (what Django's ``translate_url`` does, without routing the path again);
4. anything else (a 404 page, say) links to the other language's home page.

Only rules 1 and 3 are true alternates, so only they are announced with ``hreflang``.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import get_language, override

from wagtail.models import Page, Site

from content import freshness


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to a home page


def home_urls(request: HttpRequest) -> dict[str, str]:
    """The home page of each language: the site's root page and its translations.
    Cached until content changes (a 404 page needs nothing else)."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return freshness.cached(
        f"home-urls:{site.pk}", lambda: _live_translations(site.root_page, request)
    )


def _live_translations(page: Page, request: HttpRequest) -> dict[str, str]:
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {p.locale.language_code: p.get_url(request) for p in translations}


def _page_translations(page: Page, request: HttpRequest) -> dict[str, str]:
    """The live language versions of ``page``; cached until content changes."""
    site = Site.find_for_request(request)
    return freshness.cached(
        f"translations:{site and site.pk}:{page.pk}",
        lambda: _live_translations(page, request),
    )


def _is_plain_view(request: HttpRequest) -> bool:
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name != "wagtail_serve"


def _same_view_in(request: HttpRequest, code: str) -> str:
    match = request.resolver_match
    with override(code):
        try:
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:  # a view without a name
            return translate_url(request.path, code)


def language_links(
    request: HttpRequest, page: Page | None = None
) -> list[LanguageLink]:
    current = get_language()
    if page is not None and page.pk:
        exact = _page_translations(page, request)
    elif page is None and _is_plain_view(request):
        exact = {code: _same_view_in(request, code) for code, _ in settings.LANGUAGES}
    else:
        exact = {}
    homes = None
    links = []
    for code, name in settings.LANGUAGES:
        url = exact.get(code)
        if url is None:
            if homes is None:
                homes = home_urls(request)
            url = homes.get(code, f"/{code}/")
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                is_current=code == current,
                is_translation=code in exact,
            )
        )
    return links
