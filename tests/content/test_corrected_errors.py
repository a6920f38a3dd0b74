"""Errors found by reading the site against its sources (issue 13) stay gone: no
page of the seeded site, in either language, and no interface string says them
again. Each phrase is the wrong claim or the wrong framing itself; the right facts
are in the brief (provisions.md) and the figures register."""

import re
from pathlib import Path

from django.conf import settings

from wagtail.models import Page

import pytest

from content.models import VideoPage
from tests.conftest import parse

# (pattern, why it is wrong), regular expressions matched on the visible text in
# lower case. A correction may name the error ("dus niet 40% van de
# aanmeldingen"), so a negation just before it is allowed.
WRONG = [
    (r"(?<!niet )40% van de aanmeldingen", "40% is the cases the offender started"),
    (r"(?<!not )40% of (the )?registrations", "40% is the cases the offender started"),
    ("kiezen voor brieven of pendelbemiddeling", "not in the sources"),
    ("choose letters or shuttle mediation", "not in the sources"),
    ("sinds voorjaar 2025", "Samenspraak's traffic group was planned, not running"),
    ("since spring 2025", "Samenspraak's traffic group was planned, not running"),
    ("twee professionals", "the two citizens take part, they do not guide"),
    ("two professionals", "the two citizens take part, they do not guide"),
    ("vallen minder vaak terug", "a link with less reoffending, not a cause"),
    ("reoffend less often", "a link with less reoffending, not a cause"),
    ("veel mensen voelen zich daarna minder angstig", "sources: can feel less afraid"),
    ("many people feel less afraid", "sources: can feel less afraid"),
    (r"(?<!in principe )geen afspraken over schade", "in principle no agreements"),
    (r"(?<!in principle )no agreements about damage", "in principle no agreements"),
    ("er zijn twee manieren", "the comparison shows three"),
    ("there are two ways", "the comparison shows three"),
    (r"twijfelt u\? dat hoeft niet", "dismisses doubt"),
    ("ik heb iemand schade gedaan", "wrong register for causing harm"),
    ("tussen jou en iemand anders", "frames an offence as a mutual conflict"),
    ("between you and someone else", "frames an offence as a mutual conflict"),
    ("domme keuze", "minimises a robbery"),
    ("stupid choice", "minimises a robbery"),
    ("verzonnen naam", "suggests a real person: say 'verzonnen voorbeeld'"),
    ("invented name", "suggests a real person: say 'invented example'"),
    ("keep you busy", "a calque of 'vragen die u bezighouden'"),
    ("reads along", "a calque of 'leest mee'"),
    ("it does not fit when", "a calque of 'het past niet als'"),
]

# The titles of Perspectief Herstelbemiddeling's own 2024 videos: the portal's demo
# videos are its own explainers and never borrow them.
PH_VIDEO_TITLES = [
    "Waarom herstelbemiddeling?",
    "Hoe werkt herstelbemiddeling?",
    "Herstelbemiddeling na seksueel geweld",
    "Restorative mediation",
    "Contact na een verkeersongeval: zo werkt herstelbemiddeling",
]


def _visible_text(response) -> str:
    doc = parse(response)
    for hidden in doc(["script", "style", "template"]):
        hidden.decompose()
    return re.sub(r"\s+", " ", doc.get_text(" ")).lower()


def _wrong_phrases(text: str) -> list[str]:
    return [f"{phrase!r} ({why})" for phrase, why in WRONG if re.search(phrase, text)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_seeded_page_repeats_a_corrected_error(client, full_site, language):
    pages = (
        Page.objects.live().public().filter(locale__language_code=language, depth__gt=1)
    )
    assert pages.count() > 30

    found = {}
    for page in pages.specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        if wrong := _wrong_phrases(_visible_text(response)):
            found[page.url] = wrong

    assert found == {}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_shows_a_figure_token_as_typed(client, full_site, language):
    """A token outside the fields the register fills in would show as typed."""
    pages = (
        Page.objects.live().public().filter(locale__language_code=language, depth__gt=1)
    )
    raw = [
        page.url
        for page in pages
        if re.search(r"\[(cijfer|jaar):", client.get(page.url).content.decode())
    ]

    assert raw == []


def test_no_interface_string_repeats_a_corrected_error():
    found = {}
    for language in ("nl", "en"):
        catalog = Path(
            settings.BASE_DIR, "locale", language, "LC_MESSAGES", "django.po"
        )
        text = re.sub(r'"\n"', "", catalog.read_text(encoding="utf-8")).lower()
        if wrong := _wrong_phrases(text):
            found[language] = wrong

    assert found == {}


def test_demo_videos_do_not_borrow_the_titles_of_real_videos(full_site):
    titles = set(VideoPage.objects.values_list("title", flat=True))

    assert titles
    assert titles.isdisjoint(PH_VIDEO_TITLES)
