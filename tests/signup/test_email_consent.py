"""E-mail only as the person allowed: "may we e-mail you" is asked on its own,
and a person who does not want us to say who we are gets a neutral e-mail (when a
neutral sender is set up) or none."""

from django.core import mail
from django.test import override_settings

import pytest

from signup.models import Registration
from tests.conftest import parse
from tests.signup.wizard import WizardRun, persona, run_worker

WORKER_DB = pytest.mark.django_db(transaction=True)
NEUTRAL_SENDER = "Bevestiging <noreply@bericht.example>"


def registered_with(client, **safe_contact) -> tuple[Registration, str]:
    answers = persona(
        safe_contact={
            "call_times": ["morning"],
            "voicemail_allowed": "no",
            "may_say_who_we_are": "yes",
            "email_allowed": "yes",
            **safe_contact,
        }
    )
    confirmation = WizardRun(client).complete(answers)
    run_worker()
    text = parse(confirmation).select_one("main").get_text(" ", strip=True)
    return Registration.objects.get(), text


def to_the_person():
    return [m for m in mail.outbox if m.to == ["anna@example.nl"]]


@WORKER_DB
def test_no_e_mail_when_the_person_says_no(client, seeded):
    registration, page = registered_with(client, email_allowed="no")

    assert registration.email_allowed is False
    assert to_the_person() == []
    assert "per e-mail" not in page
    # The team is still told.
    assert any(registration.reference in m.subject for m in mail.outbox)


@WORKER_DB
@override_settings(SIGNUP_NEUTRAL_FROM_EMAIL="")
def test_not_saying_who_we_are_without_a_neutral_sender_sends_nothing(client, seeded):
    _registration, page = registered_with(client, may_say_who_we_are="no")

    assert to_the_person() == []
    assert "per e-mail" not in page


@WORKER_DB
@override_settings(SIGNUP_NEUTRAL_FROM_EMAIL=NEUTRAL_SENDER)
def test_not_saying_who_we_are_gets_a_neutral_e_mail(client, seeded):
    registration, _page = registered_with(client, may_say_who_we_are="no")

    [message] = to_the_person()
    assert message.from_email == NEUTRAL_SENDER
    assert registration.reference in message.subject
    everything = " ".join(
        [message.subject, message.body, *map(str, message.alternatives)]
    )
    for giveaway in ("Herstelwijzer", "herstel", "bemiddeling", "slachtoffer"):
        assert giveaway.lower() not in everything.lower(), giveaway
    assert message.alternatives == []


@WORKER_DB
def test_saying_who_we_are_gets_the_full_confirmation(client, seeded):
    registration, page = registered_with(client)

    [message] = to_the_person()
    assert "Herstelwijzer" in message.body
    assert "per e-mail" in page
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None
