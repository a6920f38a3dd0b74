"""The step-by-step overview of the whole journey (issue 14): six numbered steps
from reading to closing, each a heading, the callback promise from the setting
the desk works with, and linked from the provision pages, in both languages."""

from django.core.cache import cache

import pytest

from tests.conftest import parse

STEPS = {
    "nl": [
        "Lees wat er kan",
        "Meld u aan",
        "Wij bellen u",
        "Kennismaken",
        "Het contact",
        "Afronden",
    ],
    "en": [
        "Read what is possible",
        "Register",
        "We call you",
        "Getting to know each other",
        "The contact",
        "Closing",
    ],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_journey_in_six_numbered_steps(client, full_site, lang):
    soup = parse(client.get(full_site.pages["step-by-step"][lang].url))

    steps = soup.select("ol.step-by-step__steps > li")
    titles = [
        step.select_one("h2.step-by-step__title").get_text(" ", strip=True)
        for step in steps
    ]
    word = {"nl": "Stap", "en": "Step"}[lang]
    assert titles == [
        f"{word} {number} : {title}"
        for number, title in enumerate(STEPS[lang], start=1)
    ]
    # Every step says what happens; the provisions' pages are one click away.
    assert all(step.select_one(".step-by-step__text p") for step in steps)
    links = {a["href"] for a in steps[0].select("a")}
    assert full_site.pages["herstelbemiddeling"][lang].url in links
    assert full_site.pages["mis"][lang].url in links


def test_the_callback_step_states_the_promise_the_desk_works_with(
    client, full_site, settings
):
    url = full_site.pages["step-by-step"]["nl"].url
    promise = parse(client.get(url)).select(".step-by-step__promise")
    assert [p.get_text(strip=True) for p in promise] == ["Wij bellen u binnen 3 dagen."]

    settings.SIGNUP_CALLBACK_WINDOW_DAYS = 2
    cache.clear()
    promise = parse(client.get(url)).select_one(".step-by-step__promise")
    assert promise.get_text(strip=True) == "Wij bellen u binnen 2 dagen."


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", ["herstelbemiddeling", "mis"])
def test_the_provision_pages_link_to_the_overview(client, full_site, key, lang):
    soup = parse(client.get(full_site.pages[key][lang].url))

    hrefs = {a["href"] for a in soup.select("main a")}
    assert full_site.pages["step-by-step"][lang].url in hrefs
