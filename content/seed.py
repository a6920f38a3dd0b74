"""Builders for the demo site. Each one finds what exists before creating anything, so
running the seed again changes nothing and never overwrites an editor's work. The test
suite builds its pages with the same functions.

The site map itself is data: ``content.demo`` describes every page as a ``PageSpec``
with its Dutch and English fields; this module turns that tree into pages. Dutch is
the source; English pages are made with ``copy_for_translation`` so Wagtail knows
they are translations of each other.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.files import File
from django.db import transaction

from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from content import demo, freshness
from content.demo.figures import REGISTER
from content.demo.spec import DocumentRef, FigureRef, ImageRef, PageSpec
from content.models import Figure, HomePage, SiteSettings, StandardPage
from content.public_address import use_public_base_url

DEMO_MEDIA = Path(__file__).resolve().parent / "demo_media"


@dataclass
class SeededSite:
    site: Site
    homes: dict[str, HomePage]
    privacy: dict[str, StandardPage]
    pages: dict[str, dict[str, Page]] = field(default_factory=dict)


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


def ensure_root_collection() -> Collection:
    """Like the page root: made by migrations, gone after a database flush."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def _ensure_media(model, ref: DocumentRef | ImageRef):
    """The document or image ``ref`` names, found by title or made from its file
    in ``demo_media``."""
    ensure_root_collection()
    item = model.objects.filter(title=ref.title).first()
    if item is None:
        with (DEMO_MEDIA / ref.filename).open("rb") as handle:
            item = model(title=ref.title)
            item.file.save(ref.filename, File(handle), save=False)
            item.save()
    return item


def ensure_document(ref: DocumentRef) -> Document:
    return _ensure_media(Document, ref)


def ensure_image(ref: ImageRef):
    return _ensure_media(get_image_model(), ref)


def ensure_figures() -> dict[str, Figure]:
    """Every figure of ``demo.figures.REGISTER`` that is missing; an existing one
    (found by key) is left as an editor may have corrected it."""
    existing = {figure.key: figure for figure in Figure.objects.all()}
    missing = [Figure(**spec.fields()) for spec in REGISTER if spec.key not in existing]
    for figure in Figure.objects.bulk_create(missing):
        existing[figure.key] = figure
    if missing:
        # bulk_create sends no post_save: pages that show figures must miss.
        freshness.bump()
    return existing


def _with_figures(value):
    """``value`` with every ``FigureRef`` inside it replaced by its figure."""
    if isinstance(value, FigureRef):
        return Figure.objects.get(key=value.key)
    if isinstance(value, list | tuple):
        return type(value)(_with_figures(item) for item in value)
    if isinstance(value, dict):
        return {name: _with_figures(item) for name, item in value.items()}
    return value


def _apply(page: Page, values: dict) -> None:
    for name, value in values.items():
        if isinstance(value, DocumentRef):
            value = ensure_document(value)
        elif isinstance(value, ImageRef):
            value = ensure_image(value)
        setattr(page, name, _with_figures(value))


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def _ensure_translation(source: Page, locale: Locale, values: dict) -> Page:
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = source.copy_for_translation(locale)
    _apply(translation, values)
    return _publish(translation)


def ensure_page(parents: dict[str, Page], spec: PageSpec) -> dict[str, Page]:
    """The Dutch page under ``parents["nl"]`` and its English translation."""
    page = (
        spec.model.objects.child_of(parents["nl"]).filter(slug=spec.nl["slug"]).first()
    )
    if page is None:
        page = spec.model(locale=parents["nl"].locale)
        _apply(page, spec.nl)
        parents["nl"].add_child(instance=page)
        page = _publish(page)
    pages = {"nl": page, "en": _ensure_translation(page, parents["en"].locale, spec.en)}
    return pages


def ensure_tree(
    parents: dict[str, Page], specs: list[PageSpec], found: dict[str, dict]
) -> None:
    for spec in specs:
        pages = ensure_page(parents, spec)
        found[spec.key or spec.nl["slug"]] = pages
        ensure_tree(pages, spec.children, found)


def ensure_home_pages(locales: dict[str, Locale]) -> dict[str, HomePage]:
    nl_home = HomePage.objects.filter(locale=locales["nl"], depth=2).first()
    if nl_home is None:
        _remove_wagtail_welcome_page()
        nl_home = HomePage(locale=locales["nl"])
        _apply(nl_home, demo.HOME.nl)
        ensure_root(locales["nl"]).add_child(instance=nl_home)
        nl_home = _publish(nl_home)
    en_home = _ensure_translation(nl_home, locales["en"], demo.HOME.en)
    return {"nl": nl_home, "en": en_home}


def ensure_site(nl_home: HomePage) -> Site:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=nl_home,
            is_default_site=True,
            site_name="Herstelwijzer",
        )
        use_public_base_url()
        return Site.objects.get(is_default_site=True)
    if site.root_page_id != nl_home.pk:
        site.root_page = nl_home
        site.site_name = "Herstelwijzer"
        site.save()
    use_public_base_url()
    site.refresh_from_db()
    return site


def ensure_site_settings(site: Site, pages: dict[str, dict[str, Page]]) -> SiteSettings:
    """Contact details, the header's organisation line, the main navigation and
    the footer's service pages, each only where the editor has not set it."""
    site_settings = SiteSettings.for_site(site)
    changed = site_settings.pk is None
    if not site_settings.contact_phone:
        for name, value in demo.SITE_SETTINGS.items():
            setattr(site_settings, name, value)
        changed = True
    if not site_settings.organisation_line_nl:  # sites seeded before the line
        site_settings.organisation_line_nl = demo.SITE_SETTINGS["organisation_line_nl"]
        site_settings.organisation_line_en = demo.SITE_SETTINGS["organisation_line_en"]
        changed = True
    for field_name, key in (
        ("privacy_page", "privacy"),
        ("complaints_page", "complaints"),
        ("about_page", "about"),
    ):
        page = pages.get(key, {}).get("nl")
        if getattr(site_settings, f"{field_name}_id") is None and page is not None:
            setattr(site_settings, field_name, page)
            changed = True
    if not site_settings.main_navigation:
        menu = [pages[key]["nl"] for key in demo.MAIN_NAVIGATION if key in pages]
        if menu:
            site_settings.main_navigation = [("link", {"page": page}) for page in menu]
            changed = True
    if changed:
        site_settings.save()
    return site_settings


@transaction.atomic
def seed_site(site_map: list[PageSpec] | None = None) -> SeededSite:
    """The site with the pages of ``site_map`` (default: the whole demo site map;
    it must hold the privacy statement)."""
    locales = ensure_locales()
    ensure_figures()
    homes = ensure_home_pages(locales)
    site = ensure_site(homes["nl"])
    pages: dict[str, dict[str, Page]] = {}
    ensure_tree(homes, demo.SITE_MAP if site_map is None else site_map, pages)
    ensure_site_settings(site, pages)
    return SeededSite(site=site, homes=homes, privacy=pages["privacy"], pages=pages)
