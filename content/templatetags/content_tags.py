"""Template tags and filters for content pages."""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext, npgettext

from wagtail.models import Locale, Site

from content import faq, freshness, glossary
from content.fragment_cache import content_cache, sitewide_cache
from content.models import (
    AccessibilityStatementPage,
    ContactPage,
    SearchPage,
    SiteSettings,
)

register = template.Library()
register.tag("content_cache", content_cache)
register.tag("sitewide_cache", sitewide_cache)


@register.simple_tag
def callback_promise(youth: bool = False) -> str:
    """The promise to call back, with the window the registration desk works with
    (``SIGNUP_CALLBACK_WINDOW_DAYS``, the one source of it): every text on the
    site that states the promise uses this tag."""
    days = settings.SIGNUP_CALLBACK_WINDOW_DAYS
    if youth:  # in Dutch "je" instead of "u"
        text = npgettext(
            "youth",
            "We call you within %(days)d day.",
            "We call you within %(days)d days.",
            days,
        )
    else:
        text = ngettext(
            "We call you within %(days)d day.",
            "We call you within %(days)d days.",
            days,
        )
    return text % {"days": days}


@register.filter
def glossary_links(rendered, linker):
    """Rendered rich text with the page's first mention of each glossary term
    linked to its entry: ``{{ value|glossary_links:glossary }}`` (the ``glossary``
    of the page's context; without one, the text is unchanged)."""
    return glossary.link_terms(rendered, linker)


@register.filter
def faq_anchor(question: str) -> str:
    return faq.question_anchor(question)


@register.simple_tag
def faq_json_ld(stream) -> str:
    """A ``<script type="application/ld+json">`` with the FAQPage data."""
    # Safe: faq_json_ld escapes <, > and & inside the JSON.
    return mark_safe(
        f'<script type="application/ld+json">{faq.faq_json_ld(stream)}</script>'
    )


@register.simple_tag(takes_context=True)
def search_page_url(context) -> str:
    """The search page of the visitor's language ('' when there is none); cached
    until content changes."""
    request = context.get("request")

    def find() -> str:
        page = SearchPage.objects.live().filter(locale=Locale.get_active()).first()
        return page.get_url(request) if page else ""

    return freshness.cached(f"search-url:{get_language()}", find)


@register.simple_tag(takes_context=True)
def footer_links(context) -> list[tuple[str, str]]:
    """(title, url) of the service pages in the visitor's language: about, privacy,
    complaints, accessibility statement and contact. The footer is a cached
    fragment, so this runs once per language and content change."""
    request = context.get("request")
    locale = Locale.get_active()
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site) if site else None
    pages = [
        site_settings and site_settings.about_page,
        site_settings and site_settings.privacy_page,
        site_settings and site_settings.complaints_page,
        AccessibilityStatementPage.objects.filter(locale=locale).first(),
        ContactPage.objects.filter(locale=locale).first(),
    ]
    links = []
    for page in pages:
        if not page:
            continue
        page = page.localized
        if page.live:
            links.append((page.title, page.get_url(request)))
    return links


@register.simple_tag(takes_context=True)
def site_header(context) -> dict:
    """What the header takes from the site settings, in the visitor's language:
    ``organisation_line`` (who runs the portal), ``about_url`` (the About page it
    links to, or "") and ``phase_banner`` (show the "new website" banner). Cached
    until content changes, so the header costs no query."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"organisation_line": "", "about_url": "", "phase_banner": False}

    def find() -> dict:
        site_settings = SiteSettings.for_site(site)
        about = site_settings.about_page
        about = about.specific.localized if about is not None else None
        return {
            "organisation_line": site_settings.organisation_line,
            "about_url": about.get_url(request) if about and about.live else "",
            "phase_banner": site_settings.show_phase_banner,
        }

    return freshness.cached(f"site-header:{site.pk}:{get_language()}", find)


@register.simple_tag(takes_context=True)
def main_navigation(context) -> list[dict]:
    """The main navigation of the site settings in the visitor's language: one
    ``{"title", "url", "current"}`` per live page. ``current`` is "page" on the
    item's own page and "true" below it (the longest matching item only), for
    ``aria-current``. The links are cached until content changes; only the
    current item is worked out per request."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def find() -> list[tuple[str, str]]:
        site_settings = SiteSettings.for_site(site)
        links = []
        for block in site_settings.main_navigation:
            page = block.value["page"]
            if page is None:
                continue
            page = page.specific.localized
            if page.live:
                links.append((page.title, page.get_url(request)))
        return links

    links = freshness.cached(f"main-nav:{site.pk}:{get_language()}", find)
    path = request.path
    current = max(
        (url for _title, url in links if path.startswith(url)), key=len, default=None
    )
    return [
        {
            "title": title,
            "url": url,
            "current": ("page" if url == path else "true") if url == current else "",
        }
        for title, url in links
    ]
