"""The wizard's answers in the session are encrypted with the registration keys,
and kept only for a while after the last answer."""

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

import time_machine

from signup.wizard.storage import opened
from tests.conftest import parse
from tests.signup.test_wizard_flow import fill_until
from tests.signup.wizard import WIZARD_KEY, WizardRun

SECRETS = ["Anna", "612345678", "anna@example.nl", "violence", "victim"]


def test_a_dump_of_the_session_table_and_the_cache_shows_no_answer(client, seeded):
    run = WizardRun(client, "nl")
    fill_until(run, "safe-contact")

    row = Session.objects.get(session_key=client.session.session_key)
    cached = cache.get(f"django.contrib.sessions.cached_db{row.session_key}")
    for dump in (row.session_data, str(cached), str(dict(client.session))):
        for secret in SECRETS:
            assert secret not in dump
    # ... while the wizard reads them back.
    answers = opened(client.session[WIZARD_KEY])
    assert answers["step_data"]["contact"]["contact-name"] == ["Anna"]
    page = parse(client.get(run.step_url("contact")))
    assert page.find("input", {"name": "contact-name"})["value"] == "Anna"


def test_answers_from_before_the_encryption_are_kept_and_then_encrypted(client, seeded):
    run = WizardRun(client, "nl")
    fill_until(run, "role")
    session = client.session
    session[WIZARD_KEY] = opened(session[WIZARD_KEY])  # as written by the old storage
    session.save()

    page = parse(client.get(run.step_url("who")))

    assert page.find("input", {"value": "self"}).has_attr("checked")
    assert isinstance(client.session[WIZARD_KEY], str)


def test_answers_no_key_opens_start_over(client, seeded):
    run = WizardRun(client, "nl")
    fill_until(run, "role")

    other_key = ["Qd2cQkqV2f2Kx1rRk7c0c0m1oUj3k7b1Yq4mYx9Xx0s="]
    with override_settings(FIELD_ENCRYPTION_KEYS=other_key):
        response = client.get(run.step_url("role"))

    assert response.status_code == 200
    assert "Uw antwoorden zijn verwijderd" in response.content.decode()


def test_answering_keeps_the_answers_for_another_two_hours(client, seeded):
    run = WizardRun(client, "nl")
    fill_until(run, "role")
    later = timezone.now() + timedelta(minutes=100)
    with time_machine.travel(later):
        run.answer("role", {"role": "victim"})
    with time_machine.travel(later + timedelta(minutes=100)):
        response = client.get(run.step_url("age"))

    assert "Uw antwoorden zijn verwijderd" not in response.content.decode()


def test_the_first_step_says_how_long_answers_are_kept(client, seeded):
    run = WizardRun(client, "nl")
    text = parse(client.get(run.start())).get_text(" ", strip=True)

    assert "versleuteld" in text
    assert "2 uur" in text
