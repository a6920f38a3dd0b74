"""The organisation behind the portal (issue 13): the About page, the main
navigation of the site settings, demo contact details marked as examples
everywhere with one place that says so, and the accessibility statement in the
structure of the government's model."""

import pytest

from content import demo
from content.models import AccessibilityStatementPage, SiteSettings
from tests.conftest import parse


def _headings(soup) -> list[str]:
    return [h.get_text(" ", strip=True) for h in soup.select("main h2, main h3")]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            [
                "Eén aanmeldpunt",
                "Wie belt u terug?",
                "Hoe uw aanmelding bij hen komt",
                "Dit is een voorbeeldsite",
            ],
        ),
        (
            "en",
            [
                "One registration point",
                "Who calls you back?",
                "How your registration reaches them",
                "This is an example site",
            ],
        ),
    ],
)
def test_about_page_says_who_runs_the_portal_and_who_calls_back(
    client, full_site, lang, expected
):
    page = full_site.pages["about"][lang]
    soup = parse(client.get(page.url))

    headings = _headings(soup)
    for heading in expected:
        assert heading in headings
    text = soup.select_one("main").get_text(" ", strip=True)
    # The partners of provisions.md, and the team for each route.
    for name in ("Perspectief Herstelbemiddeling", "2025"):
        assert name in text
    assert (
        "Ministerie van Justitie en Veiligheid"
        if lang == "nl"
        else "Ministry of Justice and Security"
    ) in text
    assert (
        "mediationbureau van de rechtbank"
        if lang == "nl"
        else "mediation office of the court"
    ) in text


def test_every_page_links_the_about_page_in_its_language(client, full_site):
    for lang in ("nl", "en"):
        soup = parse(client.get(full_site.pages["faq"][lang].url))
        footer_links = [a["href"] for a in soup.select(".site-footer__links a")]
        assert full_site.pages["about"][lang].url in footer_links


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_main_navigation_is_on_every_page_in_the_visitors_language(
    client, full_site, lang
):
    expected = [
        (full_site.pages[key][lang].title, full_site.pages[key][lang].url)
        for key in demo.MAIN_NAVIGATION
    ]
    assert len(expected) == 7
    for key in ("home", "privacy", "glossary", "story-traffic"):
        url = (
            full_site.homes[lang].url
            if key == "home"
            else full_site.pages[key][lang].url
        )
        soup = parse(client.get(url))
        nav = soup.select_one("nav.main-nav")
        assert nav is not None, url
        links = [(a.get_text(strip=True), a["href"]) for a in nav.select("a")]
        assert links == expected, url


def test_main_navigation_marks_the_current_page_and_its_section(client, full_site):
    mis = full_site.pages["mis"]["nl"]
    soup = parse(client.get(mis.url))
    current = {a["href"]: a.get("aria-current") for a in soup.select("nav.main-nav a")}
    # The MiS page is its own item; "Welke past bij mij?" (its parent) is not
    # marked as well: only the longest match counts.
    assert current[mis.url] == "page"
    assert current[full_site.pages["which-fits"]["nl"].url] is None

    samenspraak = full_site.pages["samenspraak"]["nl"]
    soup = parse(client.get(samenspraak.url))
    marked = {
        a["href"]: a["aria-current"]
        for a in soup.select("nav.main-nav a[aria-current]")
    }
    assert marked == {full_site.pages["which-fits"]["nl"].url: "true"}


def test_an_editor_changes_the_menu_in_the_site_settings(client, full_site):
    site_settings = SiteSettings.for_site(full_site.site)
    site_settings.main_navigation = [
        ("link", {"page": full_site.pages["glossary"]["nl"]})
    ]
    site_settings.save()

    soup = parse(client.get(full_site.pages["privacy"]["en"].url))

    assert [a.get_text(strip=True) for a in soup.select("nav.main-nav a")] == [
        full_site.pages["glossary"]["en"].title
    ]


def test_an_unpublished_menu_page_drops_out_of_the_menu(client, full_site):
    full_site.pages["youth"]["nl"].unpublish()

    soup = parse(client.get(full_site.pages["privacy"]["nl"].url))

    hrefs = [a["href"] for a in soup.select("nav.main-nav a")]
    assert full_site.pages["youth"]["nl"].url not in hrefs
    assert full_site.pages["faq"]["nl"].url in hrefs


def test_demo_contact_details_are_marked_as_examples_everywhere(client, full_site):
    site_settings = SiteSettings.for_site(full_site.site)
    assert site_settings.contact_details_are_examples  # the demo seeds it on

    for url in (
        full_site.homes["nl"].url,
        full_site.pages["contact"]["nl"].url,
        full_site.pages["accessibility"]["nl"].url,
    ):
        soup = parse(client.get(url))
        footer = soup.select_one(".site-footer__contact").get_text(" ", strip=True)
        assert f"{site_settings.contact_phone} (voorbeeld)" in footer
        assert f"{site_settings.contact_email} (voorbeeld)" in footer
        # The one place that explains it, linked from the note.
        note = soup.select_one(".site-footer__note")
        assert "verzonnen" in note.get_text()
        assert note.a["href"] == full_site.pages["about"]["nl"].url
        main = soup.select_one("main").get_text(" ", strip=True)
        if site_settings.contact_phone in main:
            assert f"{site_settings.contact_phone} (voorbeeld)" in main

    soup = parse(client.get(full_site.pages["contact"]["en"].url))
    assert f"{site_settings.contact_phone} (example)" in soup.select_one(
        "main"
    ).get_text(" ", strip=True)


def test_the_wizard_marks_example_phone_numbers(client, full_site):
    site_settings = SiteSettings.for_site(full_site.site)
    response = client.get("/nl/aanmelden/", follow=True)
    text = parse(response).get_text(" ", strip=True)
    assert f"{site_settings.contact_phone} (voorbeeld)" in text
    assert site_settings.phone_shown == f"{site_settings.contact_phone} (voorbeeld)"


def test_a_live_site_shows_no_example_marks(client, full_site):
    site_settings = SiteSettings.for_site(full_site.site)
    site_settings.contact_details_are_examples = False
    site_settings.save()

    soup = parse(client.get(full_site.pages["contact"]["nl"].url))

    assert "(voorbeeld)" not in soup.select_one(".site-footer").get_text()
    assert soup.select_one(".site-footer__note") is None
    assert site_settings.example_mark == ""
    assert site_settings.phone_shown == site_settings.contact_phone


MODEL_SECTIONS = {
    "nl": [
        "Status",
        "Hoe wij de website testen",
        "Wat nog niet goed werkt",
        "Een probleem melden",
        "Over deze verklaring",
    ],
    "en": [
        "Status",
        "How we tested the website",
        "What does not work well yet",
        "Reporting a problem",
        "About this statement",
    ],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_accessibility_statement_follows_the_government_model(client, full_site, lang):
    page = full_site.pages["accessibility"][lang]
    soup = parse(client.get(page.url))

    assert _headings(soup)[: len(MODEL_SECTIONS[lang])] == MODEL_SECTIONS[lang]
    text = soup.select_one("main").get_text(" ", strip=True)
    # No audit done or planned: status D, said as the model says it.
    status = "D - geen maatregelen genomen" if lang == "nl" else "D - no measures taken"
    assert status in text
    assert "axe-core" in text  # what was tested and how
    problems = soup.select(".known-problem")
    assert len(problems) == len(page.known_problems) >= 1
    assert "1.2.5" in problems[0].get_text()
    # The contact comes from the site settings, not from typed text.
    site_settings = SiteSettings.for_site(full_site.site)
    assert soup.select_one(f'main a[href="mailto:{site_settings.contact_email}"]')
    assert "2 december 2026" in text or "2 December 2026" in text


def test_accessibility_statement_shows_an_audit_and_the_answer_time(client, full_site):
    page = full_site.pages["accessibility"]["nl"]
    page.status = "partial"
    page.audit_date = "2026-10-01"
    page.audit_by = "Toetsbureau Voorbeeld"
    page.response_working_days = 1
    page.known_problems = []
    page.save_revision().publish()

    text = parse(client.get(page.url)).select_one("main").get_text(" ", strip=True)

    assert "B - voldoet gedeeltelijk" in text
    assert (
        "Op 1 oktober 2026 heeft Toetsbureau Voorbeeld de website onderzocht." in text
    )
    assert "binnen 1 werkdag antwoord" in text
    assert "Wij kennen op dit moment geen problemen." in text


def test_the_statement_status_never_is_e():
    """E means "no statement": a page that exists is never E."""
    values = {
        value
        for value, _label in AccessibilityStatementPage._meta.get_field(
            "status"
        ).choices
    }
    assert values == {"full", "partial", "first_steps", "no_steps"}
