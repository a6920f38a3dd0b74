"""The privacy statement (issue 13): every part provisions.md names, the retention
periods and cookies rendered from the settings the code enforces (change a setting,
the page changes), the quick exit described as it works, and no invented promise on
the complaints page."""

import pytest

from content.blocks.policy import cookies
from tests.conftest import parse

SECTIONS = {
    "nl": [
        "Wie is verantwoordelijk voor uw gegevens?",
        "Waarvoor wij uw gegevens gebruiken",
        "Waarom wij uw gegevens mogen gebruiken",
        "Gegevens over een strafbaar feit",
        "Welke gegevens wij vragen",
        "Wie uw gegevens ziet",
        "Hoe lang wij uw gegevens bewaren",
        "Hoe wij uw gegevens beveiligen",
        "Uw rechten",
        "Functionaris gegevensbescherming",
        "Een klacht over uw gegevens",
        "Cookies",
        "Snel weg van deze website",
    ],
    "en": [
        "Who is responsible for your data?",
        "What we use your data for",
        "Why we may use your data",
        "Data about a criminal offence",
        "Which data we ask for",
        "Who sees your data",
        "How long we keep your data",
        "How we protect your data",
        "Your rights",
        "Data protection officer",
        "A complaint about your data",
        "Cookies",
        "Leaving this website quickly",
    ],
}


def _main_text(client, url) -> str:
    return parse(client.get(url)).select_one("main").get_text(" ", strip=True)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_privacy_statement_has_every_part(client, full_site, lang):
    soup = parse(client.get(full_site.privacy[lang].url))

    headings = [
        h.get_text(" ", strip=True)
        for h in soup.select("main h2:not(.page-feedback__title)")
    ]
    assert headings == SECTIONS[lang]
    text = soup.select_one("main").get_text(" ", strip=True)
    for needle in (
        "artikel 10" if lang == "nl" else "article 10",
        "artikel 6, lid 1, onder e" if lang == "nl" else "article 6(1)(e)",
        "Autoriteit Persoonsgegevens",
        "Perspectief Herstelbemiddeling",
    ):
        assert needle in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", ["24 maanden", "2 uur", "1 uur"]),
        ("en", ["24 months", "2 hours", "1 hour"]),
    ],
)
def test_the_retention_periods_are_the_ones_the_settings_enforce(
    client, full_site, lang, expected
):
    text = _main_text(client, full_site.privacy[lang].url)

    for period in expected:
        assert period in text


def test_a_changed_setting_changes_the_privacy_statement(client, full_site, settings):
    settings.SIGNUP_RETENTION_MONTHS = 36
    settings.SIGNUP_ANSWERS_KEPT_MINUTES = 45
    settings.SESSION_COOKIE_AGE = 45 * 60

    nl = _main_text(client, full_site.privacy["nl"].url)
    en = _main_text(client, full_site.privacy["en"].url)

    assert "36 maanden" in nl and "24 maanden" not in nl
    assert "45 minuten" in nl
    assert "36 months" in en and "45 minutes" in en


def test_the_cookies_listed_are_the_ones_the_site_sets(client, full_site, settings):
    listed = {cookie["name"] for cookie in cookies()}
    assert listed == {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME}
    text = _main_text(client, full_site.privacy["nl"].url)
    for name in listed:
        assert name in text

    # Walk into the wizard: every cookie set on the way is one of the listed.
    set_cookies = set()
    response = client.get("/nl/aanmelden/", follow=True)
    set_cookies |= set(response.cookies)
    for redirect_url, _status in response.redirect_chain:
        set_cookies |= set(client.get(redirect_url).cookies)
    set_cookies |= set(client.cookies)
    assert set_cookies <= listed, set_cookies - listed
    # No cookie of this site outlasts the browser and the form.
    csrf = client.cookies.get(settings.CSRF_COOKIE_NAME)
    if csrf is not None:
        assert not csrf["max-age"] and not csrf["expires"]


def test_the_quick_exit_is_described_as_it_works(client, full_site):
    text = _main_text(client, full_site.privacy["nl"].url)

    assert "worden meteen gewist" in text
    assert "uw browsergeschiedenis wissen" in text  # what it does not do


def test_the_complaints_page_makes_no_promise_the_sources_do_not(client, full_site):
    for lang in ("nl", "en"):
        text = _main_text(client, full_site.pages["complaints"][lang].url)
        assert "twee weken" not in text and "two weeks" not in text
        assert "klachtenadviescommissie" in text or "advisory committee" in text


def test_the_statement_says_what_the_anti_bot_check_involves(
    client, full_site, settings
):
    settings.SIGNUP_CHALLENGE = "altcha"
    assert "Geen ander bedrijf" in _main_text(client, full_site.privacy["nl"].url)

    settings.SIGNUP_CHALLENGE = "recaptcha"
    from django.core.cache import cache

    cache.clear()  # the page cache holds the first rendering
    text = _main_text(client, full_site.privacy["nl"].url)
    assert "reCAPTCHA" in text and "Google" in text
