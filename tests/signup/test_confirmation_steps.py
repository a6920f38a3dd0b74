"""The confirmation page says, per route, what happens next (signup.rules.
next_steps), when we get in touch (a call, a letter, or later), and for young
people in youth wording with the parent or guardian step."""

import re

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from signup.models import CallbackTask, Registration
from signup.wizard.views import SESSION_REFERENCE, SESSION_SUBMITTED_AT
from tests.conftest import parse
from tests.signup.factories import registered

FORMAL = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
# Answers (stored fields) that send the adult victim of the factories elsewhere.
MIS = {"case_stage": "court", "district": "rotterdam", "counts_in_case": "yes"}
SAMENSPRAAK = {"other_party": "no_contact"}
TRIAGE = {"case_stage": "unknown"}
BY_POST = {"phone": "", "email": "", "postal_address": "Postbus 1\n1000 AA Amsterdam"}
NOT_NOW = {"contact_timing": "6"}


def youth(**answers) -> Registration:
    """A young person's registration, as the youth path stores it."""
    registration = registered(age_band="16_17", **answers)
    Registration.objects.filter(pk=registration.pk).update(youth_variant=True)
    registration.refresh_from_db()
    return registration


def confirmation(client, registration: Registration, lang: str):
    """The confirmation page, as right after sending ``registration``."""
    session = client.session
    session[SESSION_REFERENCE] = registration.reference
    session[SESSION_SUBMITTED_AT] = timezone.now().isoformat()
    session.save()
    with translation.override(lang):
        response = client.get(reverse("signup:confirmation"))
    assert response.status_code == 200
    return parse(response)


def main_text(page) -> str:
    return page.select_one("main").get_text(" ", strip=True)


def lead(page) -> str:
    """The promise, as it reads."""
    return " ".join(page.select_one(".lead").get_text().split())


def next_steps(page) -> list[str]:
    return [li.get_text(" ", strip=True) for li in page.select(".next-steps li")]


@pytest.mark.parametrize(
    "lang, request_text, decides, still",
    [
        (
            "nl",
            "Uw aanmelding is een verzoek.",
            "Zij beslissen of mediation doorgaat.",
            "Dan is herstelbemiddeling nog steeds mogelijk.",
        ),
        (
            "en",
            "Your registration is a request.",
            "They decide whether mediation goes ahead.",
            "restorative mediation is still possible",
        ),
    ],
)
def test_mis_is_a_request_the_prosecutor_or_judge_decides_on(
    client, seeded, friday, lang, request_text, decides, still
):
    registration = registered(language=lang, **MIS)
    assert registration.route == "mis"

    page = confirmation(client, registration, lang)

    day = {"nl": "maandag 30 november", "en": "Monday 30 November"}[lang]
    assert day in page.select_one(".lead strong").get_text()
    steps = next_steps(page)
    assert len(steps) == 3
    assert request_text in steps[1] and decides in steps[1]
    assert still in page.select_one(".next-steps__note").get_text()
    assert "mediator asks the other party" not in main_text(page)


@pytest.mark.parametrize(
    "lang, who, group",
    [
        (
            "nl",
            "hetzelfde soort delict",
            "Twee burgers die er niet bij betrokken waren, doen mee namens de "
            "samenleving.",
        ),
        (
            "en",
            "the same type of offence",
            "Two citizens who were not involved take part on behalf of society.",
        ),
    ],
)
def test_samenspraak_explains_the_group(client, seeded, friday, lang, who, group):
    registration = registered(language=lang, **SAMENSPRAAK)
    assert registration.route == "samenspraak"

    steps = next_steps(confirmation(client, registration, lang))

    assert who in steps[2]
    assert group in steps[3]


@pytest.mark.parametrize(
    "lang, talk",
    [
        ("nl", "De medewerker zoekt met u naar wat past"),
        ("en", "The staff member looks with you for what fits"),
    ],
)
def test_triage_says_a_staff_member_talks_it_through(
    client, seeded, friday, lang, talk
):
    registration = registered(language=lang, **TRIAGE)
    assert registration.route == "triage"

    steps = next_steps(confirmation(client, registration, lang))

    assert len(steps) == 3
    assert talk in steps[1]


def test_herstelbemiddeling_asks_the_other_party_only_if_the_person_wants(
    client, seeded, friday
):
    registration = registered(language="nl")
    assert registration.route == "herstelbemiddeling"

    steps = next_steps(confirmation(client, registration, "nl"))

    assert steps[0].startswith("Een medewerker belt u.")
    assert steps[1].startswith("Een bemiddelaar heeft een eerste gesprek met u")
    assert steps[2].startswith("Alleen als u verder wilt, neemt de bemiddelaar")
    assert "apart voor" in steps[3]
    assert "op de manier die u kiest" in steps[4]


@pytest.mark.parametrize(
    "lang, promise",
    [
        (
            "nl",
            "U wilt liever later contact. Wij nemen rond donderdag 27 mei 2027 "
            "contact met u op.",
        ),
        (
            "en",
            "You asked us to wait. We will contact you around Thursday 27 May 2027.",
        ),
    ],
)
def test_not_now_later_says_when_we_get_in_touch(client, seeded, friday, lang, promise):
    registration = registered(language=lang, **NOT_NOW)
    assert registration.callback.deferred

    page = confirmation(client, registration, lang)

    assert lead(page) == promise
    assert "uiterlijk" not in page.select_one(".lead").get_text()


@pytest.mark.parametrize(
    "lang, promise, first",
    [
        (
            "nl",
            "Wij sturen u uiterlijk maandag 30 november een brief.",
            "Een medewerker stuurt u een brief.",
        ),
        (
            "en",
            "We will send you a letter by Monday 30 November at the latest.",
            "A staff member sends you a letter.",
        ),
    ],
)
def test_by_post_says_we_send_a_letter(client, seeded, friday, lang, promise, first):
    registration = registered(language=lang, **BY_POST)
    assert registration.callback.kind == CallbackTask.Kind.LETTER

    page = confirmation(client, registration, lang)

    assert lead(page) == promise
    assert next_steps(page)[0].startswith(first)
    assert "e-mail" not in main_text(page).lower()


def test_a_young_person_reads_je_and_the_guardian_step(client, seeded, friday):
    registration = youth(language="nl", **MIS)
    assert "minor" in registration.flags

    page = confirmation(client, registration, "nl")

    text = main_text(page)
    assert not FORMAL.findall(text), FORMAL.findall(text)
    assert lead(page) == ("We bellen je uiterlijk maandag 30 november.")
    assert next_steps(page)[1].startswith("Je aanmelding is een verzoek.")
    notes = [p.get_text(strip=True) for p in page.select(".next-steps__note")]
    assert notes[-1].startswith("Je bent jonger dan 18. Daarom moet ook een ouder")
    assert "Wil je liever met iemand praten?" in text
    assert "Je referentienummer" in text
    assert page.body["class"] == ["signup", "signup--youth"]


def test_a_young_person_in_english(client, seeded, friday):
    registration = youth(language="en", **NOT_NOW)

    page = confirmation(client, registration, "en")

    assert lead(page) == (
        "You want to wait a while. We'll get in touch around Thursday 27 May 2027."
    )
    assert "You are under 18. So a parent or carer also has to say yes" in (
        main_text(page)
    )
    assert "Where your sign-up goes" in main_text(page)


@pytest.mark.parametrize(
    "answers, signpost",
    [
        ({"offence": "domestic"}, "emergency"),
        ({"offence": "stalking"}, "police"),
        ({"offence": "property", "case_stage": "no_report"}, "how_to_report"),
    ],
)
def test_the_youth_signposts_say_je(client, seeded, friday, answers, signpost):
    registration = youth(language="nl", **answers)
    assert signpost in registration.signposts

    text = main_text(confirmation(client, registration, "nl"))

    assert not FORMAL.findall(text), FORMAL.findall(text)


def test_a_referral_is_worded_for_the_professional(client, seeded, friday):
    registration = registered(
        language="en",
        registrant="professional",
        organisation_type="probation",
        client_consent=True,
        professional_name="Sam",
        professional_organisation="Reclassering",
        professional_phone="+31201234567",
        professional_email="sam@reclassering.example",
    )

    page = confirmation(client, registration, "en")

    assert (
        "to discuss the registration of your client"
        in page.select_one(".lead").get_text()
    )
    assert "your client" in next_steps(page)[1]
