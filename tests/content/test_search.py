"""Site search that finds Dutch: compounds ("bemiddeling" in
"herstelbemiddeling"), inflections, English stems, and a page without results
that helps the visitor on."""

from django.core.management import call_command

from wagtail.models import Locale, Page

import pytest

from content import search_terms
from tests.conftest import parse


def test_compound_parts_hold_the_words_a_compound_is_made_of():
    parts = search_terms.compound_parts("herstelbemiddeling")

    assert "bemiddeling" in parts
    assert "herstel" in parts
    assert all(len(part) >= search_terms.MIN_PART for part in parts)
    assert search_terms.compound_parts("geweld") == []


def test_index_terms_stem_every_word_and_split_only_dutch_compounds():
    dutch = search_terms.index_terms("Herstelbemiddeling na een verkeersongeval", "nl")
    english = search_terms.index_terms("Restorative mediations for victims", "en")

    assert search_terms.query_terms("bemiddelingen", "nl") in dutch.split()
    assert search_terms.query_terms("ongeval", "nl") in dutch.split()
    assert search_terms.query_terms("victim", "en") in english.split()
    assert search_terms.query_terms("mediation", "en") in english.split()
    # No compound splitting of English: "toration" is no word of the text.
    assert search_terms.query_terms("toration", "en") not in english.split()


def test_query_terms_keep_numbers_and_drop_punctuation():
    assert search_terms.query_terms("Slachtoffers, 2024!", "nl") == (
        search_terms.query_terms("slachtoffers", "nl") + " 2024"
    )
    assert search_terms.query_terms("___", "nl") == ""


def _all_results(client, path: str, query: str) -> list[str]:
    """Every result link, over all pages of results."""
    links, number = [], 1
    while True:
        doc = parse(client.get(path, {"q": query, "page": number}))
        links += [a["href"] for a in doc.select(".search-results a")]
        if not doc.select_one(f".pagination a[href*='page={number + 1}']"):
            return links
        number += 1


@pytest.fixture
def indexed_site(full_site):
    call_command("wagtail_update_index", verbosity=0)
    return full_site


def test_bemiddeling_finds_the_pages_that_say_herstelbemiddeling(client, indexed_site):
    dutch = Locale.objects.get(language_code="nl")
    expected = {
        page.url
        for page in Page.objects.live()
        .public()
        .filter(locale=dutch, depth__gt=1)
        .specific()
        if "herstelbemiddeling" in page.searchable_text().lower()
        and page.specific_class.__name__ != "SearchPage"
    }
    assert len(expected) > 5, "the demo site says herstelbemiddeling on many pages"

    found = set(_all_results(client, "/nl/zoeken/", "bemiddeling"))

    assert expected <= found


def test_an_inflected_word_finds_its_stem(client, indexed_site):
    plural = set(_all_results(client, "/nl/zoeken/", "slachtoffers"))
    singular = set(_all_results(client, "/nl/zoeken/", "slachtoffer"))

    assert plural and plural == singular


def test_english_search_finds_singular_and_plural(client, indexed_site):
    plural = set(_all_results(client, "/en/search/", "victims"))
    singular = set(_all_results(client, "/en/search/", "victim"))

    assert plural and plural == singular
    assert all(link.startswith("/en/") for link in plural)


def test_no_results_suggests_where_to_go_on(client, indexed_site):
    doc = parse(client.get("/nl/zoeken/", {"q": "xylofoonkwartet"}))

    empty = doc.select_one(".search-empty")
    assert empty is not None
    assert "xylofoonkwartet" in empty.get_text()
    links = [a["href"] for a in empty.select("a")]
    assert indexed_site.pages["faq"]["nl"].url in links
    assert indexed_site.pages["contact"]["nl"].url in links
    assert any("/nl/aanmelden/" in link for link in links)
    assert doc.select(".search-results") == []


def test_results_do_not_show_the_empty_help(client, indexed_site):
    doc = parse(client.get("/nl/zoeken/", {"q": "bemiddeling"}))

    assert doc.select(".search-results a")
    assert doc.select_one(".search-empty") is None
