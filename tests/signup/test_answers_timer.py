"""Timing adjustable (WCAG 2.2.1): the answers are deleted
``SIGNUP_ANSWERS_KEPT_MINUTES`` after the last answer; every step says how long
is left, and "Keep my answers" gives the full time again, with or without
JavaScript. Answers once deleted stay deleted."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

import time_machine

from tests.conftest import parse
from tests.signup.test_wizard_flow import fill_until
from tests.signup.wizard import WizardRun


def keep_url() -> str:
    with translation.override("nl"):
        return reverse("signup:keep")


def keep(client, **headers):
    return client.post(keep_url(), {"next": "/nl/aanmelden/"}, headers=headers)


def timer_of(response):
    return parse(response).select_one("[data-answers-timer]")


def test_every_step_says_how_long_the_answers_are_kept(client, seeded, settings):
    run = WizardRun(client, "nl")
    fill_until(run, "role")
    page = client.get(run.step_url("age"))
    timer = timer_of(page)
    left = int(timer["data-seconds-left"])
    assert left >= settings.SIGNUP_ANSWERS_KEPT_MINUTES * 60 - 5
    assert left <= settings.SIGNUP_ANSWERS_KEPT_MINUTES * 60
    assert timer["data-warning-seconds"] == "300"
    assert "verwijderen we uw antwoorden over 5 minuten" in timer.get_text()
    assert timer.find("button").get_text(strip=True) == "Bewaar mijn antwoorden"


def test_keeping_the_answers_gives_the_full_time_again(client, seeded, settings):
    run = WizardRun(client, "nl")
    fill_until(run, "role")
    kept = settings.SIGNUP_ANSWERS_KEPT_MINUTES
    with time_machine.travel(timezone.now() + timedelta(minutes=kept - 3)):
        answer = keep(client, accept="application/json")
        assert answer.status_code == 200
        assert answer.json()["seconds_left"] >= kept * 60 - 5
    with time_machine.travel(timezone.now() + timedelta(minutes=kept + 2)):
        page = client.get(run.step_url("age"))
        assert page.status_code == 200
        assert parse(page).select_one("[name='registration_wizard-current_step']")


def test_without_keeping_them_the_answers_go(client, seeded, settings):
    run = WizardRun(client, "nl")
    fill_until(run, "role")
    later = timezone.now() + timedelta(minutes=settings.SIGNUP_ANSWERS_KEPT_MINUTES + 2)
    with time_machine.travel(later):
        assert (
            "Uw antwoorden zijn verwijderd"
            in client.get(run.step_url("age")).content.decode()
        )


def test_deleted_answers_are_not_brought_back(client, seeded, settings):
    run = WizardRun(client, "nl")
    fill_until(run, "role")
    later = timezone.now() + timedelta(minutes=settings.SIGNUP_ANSWERS_KEPT_MINUTES + 1)
    with time_machine.travel(later):
        assert keep(client, accept="application/json").json() == {"seconds_left": 0}
        assert (
            "Uw antwoorden zijn verwijderd"
            in client.get(run.step_url("age")).content.decode()
        )


def test_without_javascript_the_form_goes_back_to_the_step(client, seeded):
    run = WizardRun(client, "nl")
    fill_until(run, "role")
    step = run.step_url("age")
    response = client.post(keep_url(), {"next": step})
    assert response.status_code == 302
    assert response["Location"] == step
    elsewhere = client.post(keep_url(), {"next": "https://elsewhere.example/"})
    assert elsewhere["Location"] == "/nl/aanmelden/"


def test_keeping_needs_the_csrf_token(seeded):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(keep_url()).status_code == 403
