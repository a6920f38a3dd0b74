"""The youth path's pages through the test client: every step a young person is
asked, with a wrong answer first, then the check page, the page to delete the
answers and the pages after it, in Dutch without "u" or "uw" in the page's main
content (the site's header and footer are the same for everyone). Adults keep
the formal wording on the same pages."""

import re

from django.urls import resolve

import pytest

from tests.conftest import parse
from tests.signup.wizard import WizardRun, persona

FORMAL_YOU = re.compile(r"\b[Uu]w?\b")


def main_text(response) -> str:
    """The visible text of the page's main element; scripts are not text."""
    main = parse(response).find("main")
    for script in main.find_all("script"):
        script.decompose()
    return main.get_text(" ", strip=True)


def formal_words(text: str) -> list[str]:
    """Each "u"/"uw" with a little of the sentence around it."""
    return [
        text[max(0, m.start() - 40) : m.end() + 40] for m in FORMAL_YOU.finditer(text)
    ]


# Between them these young people are asked every step a young person can be.
YOUTH_PERSONAS = {
    "victim of sexual violence, case at the prosecutor": persona(
        age={"age_band": "16_17"},
        offence={"offence": "sexual"},
        case={"case_stage": "prosecutor"},
        district={"district": "rotterdam"},
        counts={"counts_in_case": "yes"},
        guardian={"guardian_knows": "no"},
    ),
    "suspect on appeal": persona(
        role={"role": "offender"},
        age={"age_band": "12_15"},
        case={"case_stage": "appeal"},
        district={"district": "amsterdam"},
        counts={"counts_in_case": "no"},
        acknowledges={"acknowledges": "partly"},
        guardian={"guardian_knows": "yes"},
    ),
    "victim after a dropped case": persona(
        age={"age_band": "12_15"},
        hopes={"hopes": ["stop"]},
        case={"case_stage": "dropped"},
        guardian={"guardian_knows": "unsure"},
        other_party_details={"other_party_details": "", "om_details_consent": "on"},
    ),
    "for a school, through the youth entry": persona(
        who={"registrant": "organisation"},
        organisation={"organisation_name": "De Brug"},
        role=None,
        age=None,
    ),
}


def wrong_answers(step: str, answers: dict) -> dict:
    """Every field of the step answered wrongly: "12" is no choice, no date, no
    phone number or e-mail address (and fills in the honeypot)."""
    return dict.fromkeys(answers, "12") | (
        {"phone": "12", "email": "12"} if step == "contact" else {}
    )


def walk(run: WizardRun, answers: dict, *, youth: bool, wrong_first: bool):
    """Yield (step, response) for every page of the wizard, up to the check page;
    each step is first answered wrongly when ``wrong_first``."""
    location = run.start(youth=youth)
    for _ in range(40):
        step = run.step_of(location)
        page = run.client.get(location)
        assert page.status_code == 200
        yield step, page
        if step == "check":
            return
        if wrong_first:
            again = run.answer(step, wrong_answers(step, answers[step]))
            if again == location:
                yield f"{step} (wrong answers)", run.client.get(again)
        location = run.answer(step, answers[step])
    raise AssertionError("the wizard did not reach the check page")


@pytest.mark.parametrize("name", YOUTH_PERSONAS)
def test_no_youth_page_says_u_in_dutch(client, seeded, name):
    run = WizardRun(client, "nl")
    answers = YOUTH_PERSONAS[name]
    found = {}
    asked = []
    for step, page in walk(run, answers, youth=True, wrong_first=True):
        expect_youth = "signup--youth" in parse(page).body["class"]
        assert expect_youth, f"{step} is not worded for young people"
        asked.append(step)
        if words := formal_words(main_text(page)):
            found[step] = words

    assert "check" in asked
    assert "who (wrong answers)" in asked
    assert found == {}


def test_the_youth_check_page_after_a_wrong_answer_says_je(client, seeded):
    run = WizardRun(client, "nl")
    answers = YOUTH_PERSONAS["victim of sexual violence, case at the prosecutor"]
    *_, (step, _page) = walk(run, answers, youth=True, wrong_first=False)
    assert step == "check"

    # A filled-in honeypot and a solution that is no solution.
    location = run.answer("check", {"website": "12", "captcha": "12"})
    page = client.get(location)
    text = main_text(page)

    assert "Er klopt nog iets niet" in text
    assert "We konden je aanmelding niet versturen. Bel ons alsjeblieft." in text
    assert formal_words(text) == []
    assert resolve(location).url_name == "step"


def test_deleting_youth_answers_is_said_in_youth_words(client, seeded):
    run = WizardRun(client, "nl")
    run.start(youth=True)
    run.answer("who", {"registrant": "self"})

    asked = client.get(run.url("delete"))
    deleted = client.get(client.post(run.url("delete"))["Location"])

    for page in (asked, deleted):
        assert formal_words(main_text(page)) == []
    assert parse(asked).h1.get_text(strip=True) == "Je antwoorden verwijderen?"
    assert parse(deleted).h1.get_text(strip=True) == "Je antwoorden zijn verwijderd"
    again = parse(deleted).select_one("main a.button")["href"]
    assert again.endswith("?reset=1&youth=1"), "starting again stays youth"
    # Read once: the next visitor of the page is not told about a young person.
    assert parse(client.get(run.url("deleted"))).h1.get_text(strip=True) == (
        "Uw antwoorden zijn verwijderd"
    )


def test_expired_youth_answers_are_said_in_youth_words(client, seeded, settings):
    run = WizardRun(client, "nl")
    run.start(youth=True)
    location = run.answer("who", {"registrant": "self"})
    settings.SIGNUP_ANSWERS_KEPT_MINUTES = 0

    page = client.get(location)

    assert parse(page).h1.get_text(strip=True) == "Je antwoorden zijn verwijderd"
    assert formal_words(main_text(page)) == []
    assert parse(page).select_one("main a.button")["href"].endswith("&youth=1")


def test_a_tampered_youth_form_is_said_in_youth_words(client, seeded):
    run = WizardRun(client, "nl")
    run.start(youth=True)
    run.answer("who", {"registrant": "self"})

    page = client.post(
        run.step_url("role"), {"registration_wizard-current_step": "check"}
    )

    assert page.status_code == 400
    assert formal_words(main_text(page)) == []


def test_the_youth_path_in_english_is_simpler_too(client, seeded):
    run = WizardRun(client, "en")
    location = run.start(youth=True)
    first = parse(client.get(location))
    location = run.answer("who", {})
    with_error = parse(client.get(location))

    assert first.h1.get_text(strip=True) == (
        "Are you signing up for yourself, or for someone else?"
    )
    assert with_error.select_one(".error-summary__title").get_text(strip=True) == (
        "Something is not right yet"
    )
    assert "Choose who you are signing up for" in with_error.get_text()


# --- adults keep the formal wording ----------------------------------------


def test_adult_pages_keep_their_wording_after_a_youth_page(client, seeded):
    """The help box is cached per language and audience: a young person's visit
    does not give adults the youth wording, or the other way round."""
    youth_run = WizardRun(client, "nl")
    youth_page = main_text(client.get(youth_run.start(youth=True)))
    adult_run = WizardRun(client, "nl")
    location = adult_run.start()
    location = adult_run.answer("who", {})
    adult_page = main_text(client.get(location))

    assert "Wil je liever met iemand praten?" in youth_page
    assert "Praat u liever met iemand?" in adult_page
    assert "Er is een probleem" in adult_page
    assert "Voor uw veiligheid verwijderen we uw antwoorden" in adult_page
    assert "Kies voor wie u zich aanmeldt" in adult_page


def test_the_adult_check_page_keeps_its_wording(client, seeded):
    run = WizardRun(client, "nl")
    *_, (step, page) = walk(run, persona(), youth=False, wrong_first=False)
    text = main_text(page)

    assert step == "check"
    assert "Controleer uw antwoorden voordat u ze verstuurt" in text
    assert "Verstuur nu uw aanmelding" in text
    assert "Wijzigen" in text and "Aanpassen" not in text
    assert "Aanmelding versturen" in text
    assert "Voor wie meldt u zich aan?" in text
