"""Builders for the demo site. Each one finds what exists before creating anything, so
running the seed again changes nothing and never overwrites an editor's work. The test
suite builds its pages with the same functions."""

from dataclasses import dataclass

from django.db import transaction

from wagtail.models import Locale, Page, Site

from content import demo_content
from content.models import HomePage, SiteSettings, StandardPage


@dataclass
class SeededSite:
    site: Site
    homes: dict[str, HomePage]
    privacy: dict[str, StandardPage]


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in ("nl", "en")
    }


def ensure_root(locale: Locale) -> Page:
    """Wagtail's migrations create the tree root; a flushed database has none."""
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )


def _remove_wagtail_welcome_page() -> None:
    """Wagtail's first migration creates a plain "Welcome" page at depth 2; it is not
    one of ours, so it goes (found by type and depth, never by title)."""
    for page in Page.objects.filter(depth=2, content_type__model="page"):
        page.delete()


def _apply(page: Page, text: dict) -> None:
    page.title = text["title"]
    page.slug = text["slug"]
    page.intro = text["intro"]
    page.body = text["body"]


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _ensure_translation(source: Page, locale: Locale, text: dict) -> Page:
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = source.copy_for_translation(locale)
    _apply(translation, text)
    return _publish(translation)


def ensure_home_pages(locales: dict[str, Locale]) -> dict[str, HomePage]:
    nl_home = HomePage.objects.filter(locale=locales["nl"], depth=2).first()
    if nl_home is None:
        _remove_wagtail_welcome_page()
        nl_home = HomePage(locale=locales["nl"])
        _apply(nl_home, demo_content.HOME["nl"])
        ensure_root(locales["nl"]).add_child(instance=nl_home)
        nl_home = _publish(nl_home)
    en_home = _ensure_translation(nl_home, locales["en"], demo_content.HOME["en"])
    return {"nl": nl_home, "en": en_home}


def ensure_site(nl_home: HomePage) -> Site:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=nl_home,
            is_default_site=True,
            site_name="Herstelwijzer",
        )
    if site.root_page_id != nl_home.pk:
        site.root_page = nl_home
        site.site_name = "Herstelwijzer"
        site.save()
    return site


def ensure_standard_page(
    parents: dict[str, Page], texts: dict[str, dict]
) -> dict[str, StandardPage]:
    nl_text = texts["nl"]
    page = (
        StandardPage.objects.child_of(parents["nl"])
        .filter(slug=nl_text["slug"])
        .first()
    )
    if page is None:
        page = StandardPage()
        _apply(page, nl_text)
        parents["nl"].add_child(instance=page)
        page = _publish(page)
    en = _ensure_translation(page, parents["en"].locale, texts["en"])
    return {"nl": page, "en": en}


def ensure_site_settings(site: Site, privacy_page: Page) -> SiteSettings:
    site_settings = SiteSettings.for_site(site)
    if not site_settings.contact_phone:
        for field, value in demo_content.SITE_SETTINGS.items():
            setattr(site_settings, field, value)
    if site_settings.privacy_page_id is None:
        site_settings.privacy_page = privacy_page
    site_settings.save()
    return site_settings


@transaction.atomic
def seed_site() -> SeededSite:
    locales = ensure_locales()
    homes = ensure_home_pages(locales)
    site = ensure_site(homes["nl"])
    privacy = ensure_standard_page(homes, demo_content.PRIVACY)
    ensure_site_settings(site, privacy["nl"])
    return SeededSite(site=site, homes=homes, privacy=privacy)
