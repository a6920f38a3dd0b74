"""The provision, audience, theme and police-phase pages of the demo site (issue 13):
their sections in both languages, the mediation offices of every court district
and court of appeal, the BES pilot, the links between the pages, figures written
as tokens, and none of the errors the issue lists."""

import re

import pytest

from signup.rules.choices import District
from tests.conftest import parse

# The pages of this part of the site, by their key in the demo site map.
PAGES = [
    "which-fits",
    "herstelbemiddeling",
    "mis",
    "samenspraak",
    "other-forms",
    "police-phase",
    "victims",
    "offenders",
    "relatives",
    "professionals",
    "theme-sexual-violence",
    "theme-traffic",
    "theme-violence",
    "theme-detention",
]

# Sections each page must have (its h2 and h3 headings include these).
SECTIONS = {
    "herstelbemiddeling": {
        "nl": [
            "Voor wie",
            "Wanneer",
            "Vormen van contact",
            "Stap voor stap",
            "Kosten",
            "Iedere stap telt",
            "Wachttijd is hersteltijd",
            "Los van de strafzaak",
            "Na een sepot of vrijspraak",
            "Uw gegevens",
        ],
        "en": [
            "For whom",
            "When",
            "Forms of contact",
            "Step by step",
            "Costs",
            "Every step counts",
            "Waiting time can be healing time",
            "Separate from the criminal case",
            "After a dropped case or an acquittal",
            "Your data",
        ],
    },
    "mis": {
        "nl": [
            "Een verzoek: de officier of de rechter beslist",
            "Naast de vervolging",
            "De datum van de zitting telt",
            "Twee mediators",
            "De slotovereenkomst en wat de officier of rechter ermee doet",
            "Jongeren en de Raad voor de Kinderbescherming",
            "De mediationbureaus",
            "Rechtbanken: de 11 arrondissementen",
            "Gerechtshoven: de 4 hoven, voor hoger beroep",
            "Caribisch Nederland: een proef",
        ],
        "en": [
            "A request: the prosecutor or the judge decides",
            "Alongside the prosecution",
            "The hearing date matters",
            "Two mediators",
            "The final agreement and what the prosecutor or judge does with it",
            "Young people and the Child Protection Board",
            "The mediation offices",
            "District courts: the 11 court districts",
            "Courts of appeal: the 4 courts, for appeals",
            "Caribbean Netherlands: a pilot",
        ],
    },
    "samenspraak": {
        "nl": ["Hoe Samenspraak begon"],
        "en": ["How Samenspraak began"],
    },
    "police-phase": {
        "nl": [
            "Een stopgesprek",
            "De wijkagent",
            "De familieagent",
            "Politiemediation, in sommige regio's",
            "Buurtbemiddeling",
            "Hiervoor meldt u zich niet aan via Herstelwijzer",
            "Waar kunt u terecht?",
            "Wanneer past herstelbemiddeling wel?",
        ],
        "en": [
            "A stop talk (stopgesprek)",
            "The community police officer",
            "The family liaison officer",
            "Police mediation, in some regions",
            "Neighbour mediation",
            "You do not register for these through Herstelwijzer",
            "Where can you turn?",
            "When does restorative mediation fit instead?",
        ],
    },
}

COURTS_OF_APPEAL = ["Amsterdam", "Arnhem-Leeuwarden", "Den Haag", "'s-Hertogenbosch"]

# Phrases the issue names as errors, in any language; none may come back.
ERRORS = [
    "40% van de aanmeldingen",
    "40% of registrations",
    "kiezen voor brieven of pendelbemiddeling",
    "choose letters or shuttle mediation",
    "groepen over verkeer",
    "there are groups on traffic",
    "vallen minder vaak terug",
    "reoffend less often",
    "voelen zich daarna minder angstig",
    "feel less afraid and powerless afterwards",
    "Er zijn twee manieren",
    "There are two ways",
    "Dat hoeft niet",
    "You don't have to be",
    "Ik heb iemand schade gedaan",
    "keep you busy",
    "reads along",
    "leest mee",
    "It does not fit when",
    "verzonnen naam",
    "invented name",
    "twee professionals",
    "two professionals",
]


def pages_of(site, lang):
    return [site.pages[key][lang] for key in PAGES] + [site.homes[lang]]


def main_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return parse(response).select_one("main")


def headings(main) -> list[str]:
    return [h.get_text(" ", strip=True) for h in main.select("h2, h3")]


@pytest.mark.parametrize("key", sorted(SECTIONS))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_page_has_its_sections_in_both_languages(client, full_site, key, lang):
    found = headings(main_of(client, full_site.pages[key][lang]))

    missing = [text for text in SECTIONS[key][lang] if text not in found]
    assert not missing, (key, lang, found)


@pytest.mark.parametrize(
    ("lang", "districts_heading", "appeal_heading", "example"),
    [
        (
            "nl",
            "Rechtbanken: de 11 arrondissementen",
            "Gerechtshoven: de 4 hoven, voor hoger beroep",
            "(voorbeeld)",
        ),
        (
            "en",
            "District courts: the 11 court districts",
            "Courts of appeal: the 4 courts, for appeals",
            "(example)",
        ),
    ],
)
def test_the_mis_page_lists_every_mediation_office_with_a_fictional_contact(
    client, full_site, lang, districts_heading, appeal_heading, example
):
    main = main_of(client, full_site.pages["mis"][lang])

    def offices_below(text):
        title = main.find(["h3"], string=text)
        assert title is not None, text
        return title.find_next("ul").find_all("li")

    districts = offices_below(districts_heading)
    courts = offices_below(appeal_heading)
    # The wizard's districts, without the Caribbean Netherlands and "I don't know".
    wizard_districts = [
        label
        for code, label in District.choices
        if code not in (District.CARIBBEAN, District.UNKNOWN)
    ]
    assert [li.strong.get_text() for li in districts] == (wizard_districts)
    assert len(districts) == 11
    assert [li.strong.get_text() for li in courts] == (COURTS_OF_APPEAL)
    for office in districts + courts:
        assert example in office.get_text(), office
        address = office.a["href"]
        assert address.startswith("mailto:") and address.endswith("@example.org")


@pytest.mark.parametrize(
    ("lang", "heading"), [("nl", "Caribisch"), ("en", "Caribbean")]
)
def test_the_mis_page_describes_the_bes_pilot(client, full_site, lang, heading):
    main = main_of(client, full_site.pages["mis"][lang])

    title = next(h for h in main.select("h2") if h.get_text().startswith(heading))
    text = title.find_next("p").get_text()
    assert "SRCN" in text
    assert "Bonaire" in text and "Saba" in text


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("source", ["victims", "which-fits"])
def test_the_police_phase_page_is_linked(client, full_site, lang, source):
    target = full_site.pages["police-phase"][lang].url
    main = main_of(client, full_site.pages[source][lang])

    assert target in [link["href"] for link in main.select("a[href]")]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_comparison_shows_the_three_provisions(client, full_site, lang):
    main = main_of(client, full_site.pages["which-fits"][lang])

    columns = main.select("table.comparison thead th")
    assert [th.get_text(strip=True) for th in columns] == [
        full_site.pages[key][lang].title
        for key in ("herstelbemiddeling", "mis", "samenspraak")
    ]
    # The same three as cards for small screens, with the same short answers.
    cards = main.select(".comparison-cards .comparison-card")
    assert [card.h3.get_text(strip=True) for card in cards] == [
        th.get_text(strip=True) for th in columns
    ]
    assert all(len(card.select("dd")) == 4 for card in cards)
    intro = main.select_one("p.lead").get_text()
    assert ("drie" if lang == "nl" else "three") in intro


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_link_between_the_pages_leads_to_a_page(client, full_site, lang):
    for page in pages_of(full_site, lang):
        main = main_of(client, page)
        for link in main.select(".rich-text a[href^='/'], .prose a[href^='/']"):
            href = link["href"].split("#")[0]
            if href.startswith(f"/{lang}/") and "aanmelden" not in href:
                assert client.get(href).status_code == 200, (page.url, href)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_audience_and_theme_page_ends_with_a_next_step(client, full_site, lang):
    keys = [key for key in PAGES if key.startswith("theme-")] + [
        "victims",
        "offenders",
        "relatives",
        "professionals",
        "police-phase",
    ]
    for key in keys:
        main = main_of(client, full_site.pages[key][lang])
        last = main.select("article > *")[-1]
        assert "block-register" in last.get("class", []), key
        assert last.select_one("a.button")["href"].startswith(f"/{lang}/"), key


ABSOLUTE_NO_DAMAGES = re.compile(
    r"(?<!in principe )geen afspraken over schade"
    r"|(?<!in principle )no agreements on damages",
    re.IGNORECASE,
)
TYPED_FIGURE = re.compile(r"\d\s?%|\d[.,]\d{3}")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_error_of_the_issue_and_no_typed_figure_remains(client, full_site, lang):
    for page in pages_of(full_site, lang):
        main = main_of(client, page)
        # What the figures register filled in is no typed figure.
        for figure in main.select("data.figure, .figure-period"):
            figure.decompose()
        text = " ".join(main.get_text(" ").split())
        for phrase in ERRORS:
            assert phrase.lower() not in text.lower(), (page.url, phrase)
        # "In principle" no agreements on damages: never said as an absolute.
        assert not ABSOLUTE_NO_DAMAGES.search(text), page.url
        # Figures come from the register, never typed digits.
        assert not TYPED_FIGURE.search(text), page.url


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_herstelbemiddeling_page_names_every_role_and_the_conditions(
    client, full_site, lang
):
    main = main_of(client, full_site.pages["herstelbemiddeling"][lang])
    text = " ".join(main.get_text(" ").split()).lower()

    words = {
        "nl": [
            "nabestaanden",
            "veroorzaakt",
            "getuigen",
            "namens een organisatie",
            "stalking",
            "na seksueel geweld is dat niet nodig",
            "recht af om aangifte te doen",
        ],
        "en": [
            "bereaved relatives",
            "caused an accident",
            "witnesses",
            "on behalf of an organisation",
            "stalking",
            "after sexual violence this is not needed",
            "right to report a crime",
        ],
    }[lang]
    assert [word for word in words if word not in text] == []
