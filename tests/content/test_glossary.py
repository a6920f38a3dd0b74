"""The glossary and its links (``content.glossary``): the first occurrence of each
term on a page links to its entry in the page's language; whole words only, the
abbreviation "OM" case-sensitively (the Dutch word "om" never links); never inside
a link, a heading or on the glossary page; the terms cost no query once cached; the
wizard links nothing."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from content.glossary import Glossary, Linker, Term, link_terms, term_anchor
from tests.conftest import parse

GLOSSARY_URL = "/nl/begrippenlijst/"


def linker_with(*terms: Term) -> Linker:
    class Page:
        locale_id = 1

    linker = Linker(Page())
    linker._glossary = Glossary(url=GLOSSARY_URL, terms=terms)
    return linker


OM = Term("OM", ("OM", "Openbaar Ministerie"), "term-om", True)
OFFICER = Term("officier van justitie", ("officier van justitie",), "term-ovj", False)
MEDIATOR = Term("bemiddelaar", ("bemiddelaar", "bemiddelaars"), "term-bem", False)
# Not ticked, but an abbreviation: a capital after the first letter.
ZSM = Term("ZSM", ("ZSM",), "term-zsm", False)


def links(html: str) -> list[tuple[str, str]]:
    doc = parse(type("Response", (), {"content": html.encode()}))
    return [(a.get_text(), a["href"]) for a in doc.select("a.glossary-link")]


def test_only_the_first_occurrence_on_the_page_links_across_blocks():
    linker = linker_with(OM, MEDIATOR)
    first = linker.link("<p>Het OM belt. Het OM schrijft. De bemiddelaar ook.</p>")
    second = linker.link("<p>Daarna het OM en de bemiddelaars.</p>")

    assert links(first) == [
        ("OM", f"{GLOSSARY_URL}#term-om"),
        ("bemiddelaar", f"{GLOSSARY_URL}#term-bem"),
    ]
    assert first.count("OM") == 2
    assert links(second) == []


def test_om_links_only_as_the_abbreviation_and_as_a_whole_word():
    linker = linker_with(OM, ZSM)
    html = linker.link(
        "<p>Om te beginnen: de OMgeving, om 9 uur, zsm, het OM-kantoor.</p>"
    )

    assert links(html) == [("OM", f"{GLOSSARY_URL}#term-om")]
    text = parse(type("Response", (), {"content": html.encode()})).get_text()
    assert text == "Om te beginnen: de OMgeving, om 9 uur, zsm, het OM-kantoor."
    assert "term-zsm" not in html


HB = Term("herstelbemiddeling", ("herstelbemiddeling",), "term-hb", False)


def test_a_term_inside_an_organisations_name_is_not_linked():
    linker = linker_with(HB)
    html = linker.link(
        "<p>Stichting Perspectief Herstelbemiddeling en Perspectief "
        "Herstelbemiddeling bieden herstelbemiddeling aan.</p>"
    )

    # Only the word on its own links, not the one in the name.
    assert links(html) == [("herstelbemiddeling", f"{GLOSSARY_URL}#term-hb")]
    assert "Perspectief Herstelbemiddeling en" in html


def test_an_ordinary_term_matches_any_case_and_other_forms():
    linker = linker_with(OFFICER, MEDIATOR)
    html = linker.link("<p>De Officier van  Justitie en twee bemiddelaars.</p>")

    assert links(html) == [
        ("Officier van  Justitie", f"{GLOSSARY_URL}#term-ovj"),
        ("bemiddelaars", f"{GLOSSARY_URL}#term-bem"),
    ]


def test_nothing_links_inside_a_link_or_a_heading_and_the_term_waits():
    linker = linker_with(OM)
    html = linker.link(
        '<h2>Het OM</h2><p><a href="/x/">naar het <b>OM</b></a></p><p>Het OM.</p>'
    )

    doc = parse(type("Response", (), {"content": html.encode()}))
    assert doc.h2.select("a") == []
    assert doc.select('a[href="/x/"] a') == []
    assert links(html) == [("OM", f"{GLOSSARY_URL}#term-om")]
    assert doc.select("p")[1].select_one("a.glossary-link") is not None


def test_without_a_linker_the_text_is_unchanged():
    html = "<p>Het OM.</p>"
    assert link_terms(html, "") == html
    assert link_terms(html, None) == html


def test_a_block_rendered_without_a_page_shows_its_text_unlinked(full_site):
    """A preview or ``str(block)`` has no page context: no link, and no error."""
    faq = full_site.pages["faq"]["nl"]
    rendered = "".join(str(group) for group in faq.groups)
    assert ">OM<" not in rendered and " OM " in rendered
    assert "glossary-link" not in rendered


# --- on the seeded site ----------------------------------------------------


def glossary_links(response) -> list:
    return parse(response).select("a.glossary-link")


@pytest.mark.parametrize(
    ("lang", "glossary_url"), [("nl", "/nl/begrippenlijst/"), ("en", "/en/glossary/")]
)
def test_the_faq_links_each_term_once_to_the_glossary_of_its_language(
    client, full_site, lang, glossary_url
):
    response = client.get(full_site.pages["faq"][lang].url)
    found = glossary_links(response)

    assert found, "the FAQ uses glossary terms"
    hrefs = [a["href"] for a in found]
    assert all(href.startswith(f"{glossary_url}#term-") for href in hrefs)
    assert len(hrefs) == len(set(hrefs)), "each term once per page"
    assert f"{glossary_url}#term-om" in hrefs
    for link in found:
        assert link.find_parent(["h1", "h2", "h3", "h4", "a"]) is None

    glossary = parse(client.get(glossary_url))
    anchors = {element["id"] for element in glossary.select("[id]")}
    for href in hrefs:
        assert href.split("#")[1] in anchors, href


def test_the_first_om_on_the_page_is_the_one_linked(client, full_site):
    doc = parse(client.get(full_site.pages["faq"]["nl"].url))
    answers = doc.select(".faq__item .rich-text")
    with_om = [a for a in answers if re.search(r"\bOM\b", a.get_text())]
    assert len(with_om) > 1, "the FAQ names the OM more than once"

    first = with_om[0].select_one('a.glossary-link[href$="#term-om"]')
    assert first is not None and first.get_text() == "OM"
    assert first["href"] == "/nl/begrippenlijst/#term-om"
    for later in with_om[1:]:
        assert later.select('a[href$="#term-om"]') == []


def test_the_glossary_page_links_nothing_and_lists_every_term(client, full_site):
    for lang in ("nl", "en"):
        page = full_site.pages["glossary"][lang]
        response = client.get(page.url)
        doc = parse(response)
        assert glossary_links(response) == []
        terms = [dt.get_text(strip=True) for dt in doc.select("dt.glossary__term")]
        assert terms == sorted(terms, key=str.casefold)
        for block in page.entries:
            term = block.value["term"]
            assert doc.select_one(f"#{term_anchor(term)} dt").get_text() == term


def test_the_glossary_has_the_terms_of_the_issue_in_both_languages(full_site):
    def terms(lang):
        return {b.value["term"] for b in full_site.pages["glossary"][lang].entries}

    assert {
        "arrondissement",
        "OM",
        "officier van justitie",
        "sepot",
        "tbs",
        "slotovereenkomst",
        "Halt",
        "bemiddelaar",
        "mediator",
        "aangifte",
        "verdachte",
        "dader",
        "nabestaande",
        "pendelbemiddeling",
        "Samenspraak",
        "mediationbureau",
        "ZSM",
        "Raad voor de Kinderbescherming",
        "reclassering",
        "eindezaakverklaring",
    } <= terms("nl")
    assert {
        "court district",
        "OM",
        "public prosecutor",
        "dropped case",
        "tbs",
        "final agreement",
        "Halt",
        "mediator",
        "shuttle mediation",
        "Samenspraak",
        "ZSM",
    } <= terms("en")


def test_an_edited_glossary_shows_on_other_pages_at_once(client, full_site):
    page = full_site.pages["glossary"]["nl"].specific
    faq_url = full_site.pages["faq"]["nl"].url
    assert "#term-aanmeldformulier" not in client.get(faq_url).content.decode()

    entries = [{"type": b.block_type, "value": b.value} for b in page.entries]
    entries.append(
        {
            "type": "entry",
            "value": {
                "term": "aanmeldformulier",
                "other_forms": "",
                "match_case": False,
                "definition": "<p>Het formulier.</p>",
            },
        }
    )
    page.entries = [(e["type"], e["value"]) for e in entries]
    page.save_revision().publish()

    assert "/nl/begrippenlijst/#term-aanmeldformulier" in (
        client.get(faq_url).content.decode()
    )


def test_the_terms_cost_no_query_once_cached(client, full_site, settings):
    settings.PAGE_CACHE_SECONDS = 0  # render every time, not from the page cache
    url = full_site.pages["faq"]["nl"].url
    client.get(url)

    with CaptureQueriesContext(connection) as context:
        response = client.get(url)

    assert glossary_links(response)
    sql = " ".join(query["sql"] for query in context.captured_queries).lower()
    assert "glossarypage" not in sql


def test_the_wizard_links_no_glossary_term(client, full_site):
    response = client.get(reverse("signup:start"))
    assert response.status_code == 200
    assert "herstel" in response.content.decode().lower()
    assert glossary_links(response) == []


def test_the_dutch_glossary_says_no_u_so_youth_pages_can_link_to_it(client, full_site):
    youth = parse(client.get(full_site.pages["youth-halt"]["nl"].url))
    assert youth.select('a.glossary-link[href^="/nl/begrippenlijst/#"]')

    glossary = parse(client.get(full_site.pages["glossary"]["nl"].url))
    text = glossary.select_one("article").get_text(" ", strip=True)
    assert not re.findall(r"\b[Uu]w?\b", text)
