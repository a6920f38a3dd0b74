"""The confirmation e-mail says what happens next for the route, with the same
texts as the page (signup.rules.next_steps), in the person's language and, for a
young person, in youth wording; never why the registration went there or what
happened. The neutral e-mail stays neutral: when, never what about."""

import re

from django.core import mail
from django.test import override_settings
from django.utils import translation

import pytest

from signup.rules import next_steps
from signup.tasks import send_confirmation_email
from tests.signup.factories import registered
from tests.signup.test_confirmation_steps import MIS, NOT_NOW, SAMENSPRAAK, youth

FORMAL = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
NEUTRAL_SENDER = "Bevestiging <noreply@bericht.example>"


def sent(registration):
    send_confirmation_email.call(registration.pk)
    [message] = [m for m in mail.outbox if m.to == ["anna@example.nl"]]
    return message, message.alternatives[0].content if message.alternatives else ""


@pytest.mark.parametrize(
    "lang, request_text, still",
    [
        (
            "nl",
            "2. Uw aanmelding is een verzoek. Het mediationbureau van de rechtbank",
            "Dan is herstelbemiddeling nog steeds mogelijk.",
        ),
        (
            "en",
            "2. Your registration is a request. The mediation office of the court",
            "restorative mediation is still possible",
        ),
    ],
)
def test_the_e_mail_holds_the_route_s_next_steps(
    seeded, friday, lang, request_text, still
):
    registration = registered(language=lang, **MIS)

    message, html = sent(registration)

    assert request_text in message.body
    assert still in message.body
    with translation.override(lang):
        steps = next_steps.for_registration(registration, lang).steps
    for step in steps:
        assert step in message.body
        assert step in html
    assert "<strong>" in html and "30" in html


def test_the_e_mail_does_not_say_why_or_what_happened(seeded, friday):
    registration = registered(language="en", **SAMENSPRAAK)
    assert registration.route == "samenspraak"

    message, html = sent(registration)

    assert "Two citizens who were not involved" in message.body
    # The reason ("not possible or not wanted") and the offence stay on the page.
    for secret in ("not wanted", "Violence", "violence", "police", "Anna"):
        assert secret not in message.body + html, secret


def test_not_now_later_in_the_e_mail(seeded, friday):
    registration = registered(language="nl", **NOT_NOW)

    message, _html = sent(registration)

    assert (
        "U wilt liever later contact. Wij nemen rond donderdag 27 mei 2027 contact "
        "met u op." in message.body
    )
    assert "1. Tot het moment dat u koos, doen we niets met uw aanmelding." in (
        message.body
    )


def test_a_young_person_gets_the_e_mail_in_youth_wording(seeded, friday):
    registration = youth(language="nl", **MIS)

    message, html = sent(registration)

    assert message.subject == (
        f"We hebben je aanmelding ontvangen ({registration.reference})"
    )
    assert message.body.startswith("Hoi,")
    assert "We bellen je uiterlijk maandag 30 november." in message.body
    assert "Je bent jonger dan 18." in message.body
    everything = message.subject + message.body
    assert not FORMAL.findall(everything), FORMAL.findall(everything)


def test_a_young_person_in_english(seeded, friday):
    registration = youth(language="en")

    message, _html = sent(registration)

    assert message.body.startswith("Hi,")
    assert "We'll call you by Monday 30 November." in message.body
    assert "You choose whether you take part." in message.body


@override_settings(SIGNUP_NEUTRAL_FROM_EMAIL=NEUTRAL_SENDER)
@pytest.mark.parametrize("young", [False, True])
def test_the_neutral_e_mail_stays_neutral(seeded, friday, young):
    answers = {"may_say_who_we_are": False, **MIS, **NOT_NOW}
    registration = youth(**answers) if young else registered(**answers)

    message, html = sent(registration)

    assert message.from_email == NEUTRAL_SENDER
    assert html == ""
    promise = {
        False: "Wij nemen rond donderdag 27 mei 2027 contact met u op, zoals u vroeg.",
        True: "We nemen rond donderdag 27 mei 2027 contact met je op, zoals je vroeg.",
    }[young]
    assert promise in message.body
    everything = (message.subject + message.body).lower()
    for giveaway in (
        "herstelwijzer",
        "herstel",
        "bemiddeling",
        "mediation",
        "slachtoffer",
        "rechter",
        "verzoek",
        "groep",
    ):
        assert giveaway not in everything, giveaway


def test_the_e_mail_marks_demo_contact_details_as_examples(seeded, friday):
    """The demo's contact details are made up (site setting "contact details are
    examples", seeded on): the e-mail says so after each, as the site does."""
    message, html = sent(registered(language="nl"))

    for text in (message.body, html):
        assert "030 000 0000 (voorbeeld)" in text
        assert "aanmelden@herstelwijzer.example (voorbeeld)" in text
