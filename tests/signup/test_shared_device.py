"""On a shared device: the confirmation is shown once, "Delete my answers" and the
quick exit leave nothing of the registration on the device."""

from datetime import timedelta

from django.utils import timezone

import pytest
import time_machine

from signup.models import Registration
from tests.conftest import parse
from tests.signup.test_personas import PERSONAS
from tests.signup.wizard import WIZARD_KEY, WizardRun

YOUNG_SUSPECT = PERSONAS["young suspect at the police, Halt signposted (en)"]["answers"]


def text_of(response) -> str:
    return parse(response).select_one("main").get_text(" ", strip=True)


@pytest.fixture
def registered_young_suspect(client, seeded):
    run = WizardRun(client)
    first = run.complete(YOUNG_SUSPECT)
    return run, first


def test_the_confirmation_is_shown_once(client, registered_young_suspect):
    run, first = registered_young_suspect
    registration = Registration.objects.get()
    assert first.status_code == 200
    assert registration.reference in text_of(first)
    assert "Halt" in text_of(first)

    again = client.get(run.url("confirmation"))

    assert again.status_code == 200
    shown = text_of(again)
    assert "Aanmelding ontvangen" in shown
    assert registration.reference not in shown
    assert "Halt" not in shown
    assert "Herstelbemiddeling" not in shown


def test_after_delete_my_answers_the_confirmation_is_gone(
    client, registered_young_suspect
):
    run, _first = registered_young_suspect

    client.post(run.url("delete"))
    response = client.get(run.url("confirmation"))

    assert response.status_code == 404
    assert "Halt" not in text_of(response)


def test_after_half_an_hour_not_even_the_notice_is_shown(
    client, registered_young_suspect
):
    run, _first = registered_young_suspect

    with time_machine.travel(timezone.now() + timedelta(minutes=31)):
        response = client.get(run.url("confirmation"))

    assert response.status_code == 404
    assert "ontvangen" not in text_of(response)


def test_the_quick_exit_ends_the_visit_on_the_server(client, seeded):
    run = WizardRun(client)
    run.start()
    run.answer("who", {"registrant": "self"})
    assert client.session.get(WIZARD_KEY)

    response = client.get("/exit/")

    assert response.status_code == 302
    assert response["Cache-Control"].count("no-store") == 1
    assert response["Referrer-Policy"] == "no-referrer"
    assert '"cookies"' in response["Clear-Site-Data"]
    assert not client.session.get(WIZARD_KEY)
