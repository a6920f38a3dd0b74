"""URLs carry the language; the switcher leads to the translation of the page."""

from django.test import RequestFactory
from django.urls import resolve, reverse, translate_url
from django.utils import translation

import pytest

from content.language_links import language_links
from content.models import StandardPage
from tests.conftest import parse


def switcher_links(doc) -> dict[str, str]:
    nav = doc.select_one("nav.language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.select("a[hreflang]")}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("nl-NL,nl;q=0.9", "/nl/"),
        ("de-DE", "/nl/"),
        ("", "/nl/"),
    ],
)
def test_root_redirects_by_browser_language(client, seeded, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_switcher_leads_to_the_translated_page(client, seeded):
    doc = parse(client.get("/nl/privacy/"))
    links = switcher_links(doc)
    assert links == {"en": "/en/privacy/"}
    current = doc.select_one('nav.language-switcher [aria-current="true"]')
    assert current["lang"] == "nl"
    assert current.get_text(strip=True) == "Nederlands"

    english = parse(client.get(links["en"]))

    assert english.html["lang"] == "en"
    assert english.h1.get_text(strip=True) == "Privacy statement"
    assert switcher_links(english) == {"nl": "/nl/privacy/"}


def test_switcher_falls_back_to_the_other_home_page_without_a_translation(
    client, seeded
):
    untranslated = StandardPage(title="Alleen Nederlands", slug="alleen-nl")
    seeded.homes["nl"].add_child(instance=untranslated)
    untranslated.save_revision().publish()

    doc = parse(client.get("/nl/alleen-nl/"))

    assert switcher_links(doc) == {"en": "/en/"}
    hreflangs = {link["hreflang"] for link in doc.select('link[rel="alternate"]')}
    assert hreflangs == {"nl", "x-default"}, "a home page is no translation"


def test_switcher_ignores_a_translation_that_is_not_live(client, seeded):
    english = seeded.privacy["en"]
    english.unpublish()

    doc = parse(client.get("/nl/privacy/"))

    assert switcher_links(doc) == {"en": "/en/"}


def test_language_links_for_a_non_page_view_keep_the_path(seeded):
    """Views outside Wagtail (such as the sign-up wizard) link to the same view in
    the other language, as Django's translate_url does."""
    with translation.override("nl"):
        path = reverse("signup:start")
        request = RequestFactory().get(path)
        request.resolver_match = resolve(path)
        links = {link.code: link for link in language_links(request)}

    assert links["nl"].is_current and not links["en"].is_current
    assert links["nl"].url == path
    assert links["en"].url == translate_url(path, "en") != path
    assert links["en"].url.startswith("/en/")
