"""The start page before the first question (GOV.UK "start page"): what is asked,
how long it takes, who sees the answers and how long they are kept, in both
languages and in youth wording; "Start now" begins the wizard, and answers in
progress can be continued or started again."""

import re
from datetime import timedelta

from django.utils import timezone

import pytest
import time_machine

from content.models import SiteSettings
from tests.conftest import parse
from tests.signup.wizard import WizardRun, persona

START = {"nl": "/nl/aanmelden/", "en": "/en/register/"}
CONTINUE = {
    "nl": "Ga verder met uw aanmelding",
    "en": "Continue with your registration",
}
START_AGAIN = {"nl": "Opnieuw beginnen", "en": "Start again"}


def text_of(response) -> str:
    main = parse(response).select_one("main")
    return " ".join(main.get_text(" ", strip=True).split())


def start_link(response):
    return parse(response).select_one("a.button--start")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            [
                "Aanmelden voor herstelrecht",
                "wie u bent",
                "wat er is gebeurd, en hoe ver de strafzaak is",
                "wat u hoopt",
                "hoe we u veilig kunnen bereiken",
                "Het duurt ongeveer 10 minuten.",
                "U hebt niets nodig.",
                "het Openbaar Ministerie (OM)",
                "het aanmeldpunt van Perspectief Herstelbemiddeling, of het "
                "mediationbureau van de rechtbank",
                "We bewaren uw antwoorden versleuteld tot 2 uur na uw laatste",
                "2 jaar nadat we uw aanmelding hebben afgesloten, verwijderen we",
                "U kunt altijd stoppen",
                "Kies dan 'Mijn antwoorden verwijderen'.",
                "U kunt zich ook telefonisch aanmelden. "
                "Bel ons op 030 000 0000 (voorbeeld).",
            ],
        ),
        (
            "en",
            [
                "Register for restorative justice",
                "who you are",
                "what happened, and where the criminal case stands",
                "what you hope for",
                "how we can reach you safely",
                "It takes about 10 minutes.",
                "You do not need anything.",
                "the Public Prosecution Service (OM)",
                "the registration desk of Perspectief Herstelbemiddeling, or the "
                "mediation office of the court",
                "We keep your answers, encrypted, for 2 hours after your last answer.",
                "2 years after we close it, we delete your name",
                "You can stop at any time",
                "choose 'Delete my answers'.",
                "You can also register by phone. Call us on 030 000 0000 (example).",
            ],
        ),
    ],
)
def test_the_start_page_says_what_to_expect(client, seeded, lang, expected):
    response = client.get(START[lang])

    assert response.status_code == 200
    text = text_of(response)
    for sentence in expected:
        assert sentence in text
    assert parse(response).html["lang"] == lang
    assert start_link(response)["href"] == START[lang] + "?reset=1"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_start_page_links_the_privacy_statement(client, seeded, lang):
    doc = parse(client.get(START[lang]))

    link = doc.find("a", string=re.compile("^(Lees de privacyverklaring|Read the p)"))
    assert link["href"] == seeded.privacy[lang].url


def test_the_start_page_is_never_cached_and_sets_no_cookie(client, seeded):
    response = client.get(START["nl"])

    assert "no-store" in response["Cache-Control"]
    assert "sessionid" not in response.cookies
    assert parse(response).select_one('meta[name="robots"]')["content"] == "noindex"


def test_only_get_is_answered(client, seeded):
    assert client.post(START["nl"]).status_code == 405


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        ("SIGNUP_RETENTION_MONTHS", 18, "18 maanden nadat we uw aanmelding"),
        ("SIGNUP_RETENTION_MONTHS", 12, "1 jaar nadat we uw aanmelding"),
        ("SIGNUP_RETENTION_MONTHS", 36, "3 jaar nadat we uw aanmelding"),
        ("SIGNUP_ANSWERS_KEPT_MINUTES", 90, "versleuteld tot 90 minuten na uw"),
        ("SIGNUP_ANSWERS_KEPT_MINUTES", 180, "versleuteld tot 3 uur na uw"),
    ],
)
def test_the_periods_shown_are_the_ones_the_code_enforces(
    client, seeded, settings, setting, value, expected
):
    setattr(settings, setting, value)

    assert expected in text_of(client.get(START["nl"]))


def test_the_retention_period_is_the_one_the_purge_uses(client, seeded, settings):
    from signup.privacy.retention import retention_cutoff

    settings.SIGNUP_RETENTION_MONTHS = 7
    now = timezone.now()
    assert (now - retention_cutoff(now)).days in range(7 * 28, 7 * 31 + 1)
    assert "7 months after we close it" in text_of(client.get(START["en"]))


def test_without_a_phone_number_no_number_is_made_up(client, seeded):
    SiteSettings.objects.update(contact_phone="")

    text = text_of(client.get(START["nl"]))

    assert "Bel ons" not in text
    assert "telefonisch" not in text


def test_the_youth_start_page_says_je_in_simpler_sentences(client, seeded):
    response = client.get(START["nl"] + "?youth=1")

    doc = parse(response)
    assert "signup--youth" in doc.body["class"]
    text = text_of(response)
    assert doc.h1.get_text(strip=True) == "Aanmelden"
    for sentence in [
        "wie je bent",
        "Je hebt niets nodig.",
        "We bewaren je antwoorden versleuteld tot 2 uur na je laatste antwoord.",
        "2 jaar nadat we klaar zijn",
        "Je kunt je ook telefonisch aanmelden.",
    ]:
        assert sentence in text
    assert not re.search(r"\b[Uu]w?\b", text), "no 'u' or 'uw' on the youth page"
    assert start_link(response)["href"] == START["nl"] + "?reset=1&youth=1"


def test_start_now_asks_the_first_question(client, seeded):
    run = WizardRun(client, "nl")
    href = start_link(client.get(START["nl"]))["href"]

    response = client.get(href)

    assert response.status_code == 302
    assert run.step_of(response["Location"]) == "who"
    doc = parse(client.get(response["Location"]))
    assert doc.h1.get_text(strip=True) == "Voor wie meldt u zich aan?"
    assert doc.select_one(".wizard__progress").get_text(" ", strip=True) == (
        "Deel 1 van 4: Over u"
    )
    assert "versleuteld tot 2 uur" in doc.get_text()


def test_start_now_on_the_youth_page_keeps_the_youth_wording(client, seeded):
    run = WizardRun(client, "nl")
    href = start_link(client.get(START["nl"] + "?youth=1"))["href"]

    location = client.get(href)["Location"]

    assert run.step_of(location) == "who"
    page = client.get(location)
    doc = parse(page)
    assert doc.h1.get_text(strip=True) == (
        "Meld je je aan voor jezelf, of voor iemand anders?"
    )
    assert "signup--youth" in doc.body["class"]
    assert doc.select_one(".wizard__progress").get_text(" ", strip=True) == (
        "Deel 1 van 4: Over jou"
    )
    assert "We bewaren je antwoorden" in doc.get_text()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_answers_in_progress_can_be_continued(client, seeded, lang):
    run = WizardRun(client, lang)
    run.start()
    run.answer("who", persona()["who"])

    response = client.get(START[lang])

    doc = parse(response)
    assert start_link(response) is None, "not 'Start now', which would start over"
    resume = doc.select_one(".start-page__resume")
    continue_link, again_link = resume.select("a.button")
    assert continue_link.get_text(strip=True) == CONTINUE[lang]
    assert again_link.get_text(strip=True) == START_AGAIN[lang]
    assert doc.select_one(".wizard__leave a")["href"] == run.url("delete")

    back = client.get(continue_link["href"])
    assert back.status_code == 302
    assert run.step_of(back["Location"]) == "role"


def test_start_again_deletes_the_answers_in_progress(client, seeded):
    run = WizardRun(client, "nl")
    run.start()
    run.answer("who", persona()["who"])
    again = parse(client.get(START["nl"])).select("a.button")[1]["href"]

    location = client.get(again)["Location"]

    assert run.step_of(location) == "who"
    doc = parse(client.get(location))
    assert not doc.select("input[checked]"), "the earlier answer is gone"
    assert start_link(client.get(START["nl"])) is not None


def test_a_wizard_started_but_not_answered_is_not_in_progress(client, seeded):
    WizardRun(client, "nl").start()

    response = client.get(START["nl"])

    assert start_link(response) is not None
    assert parse(response).select_one(".start-page__resume") is None


def test_answers_that_expired_are_not_offered_to_continue(client, seeded, settings):
    run = WizardRun(client, "nl")
    run.start()
    run.answer("who", persona()["who"])
    later = timezone.now() + timedelta(minutes=settings.SIGNUP_ANSWERS_KEPT_MINUTES + 1)

    with time_machine.travel(later):
        response = client.get(START["nl"])

    assert start_link(response) is not None
    assert parse(response).select_one(".start-page__resume") is None


def test_a_young_person_in_progress_keeps_the_youth_wording(client, seeded):
    run = WizardRun(client, "nl")
    run.start(youth=True)
    run.answer("who", persona()["who"])

    response = client.get(START["nl"])

    assert "Ga verder waar je was" in text_of(response)
    assert "signup--youth" in parse(response).body["class"]


def test_going_back_from_delete_returns_to_the_step(client, seeded):
    run = WizardRun(client, "nl")
    run.start()
    run.answer("who", persona()["who"])
    doc = parse(client.get(run.url("delete")))
    back = doc.find("a", string="Nee, terug naar mijn antwoorden")["href"]

    response = client.get(back)

    assert run.step_of(response["Location"]) == "role"


@pytest.mark.parametrize(
    ("page", "link"),
    [("home", "a.button"), ("home", ".youth-entry a")],
)
def test_the_home_page_links_to_the_start_page(client, seeded, page, link):
    href = parse(client.get(seeded.homes["nl"].url)).select_one(link)["href"]

    response = client.get(href)

    assert response.status_code == 200
    assert start_link(response) is not None
