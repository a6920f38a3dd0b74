"""Step addresses say nothing about the person: not the step's name, and not the
same in two registrations (signup/wizard/addresses.py)."""

import re

from django.test import Client

from signup.wizard.steps import STEPS
from tests.signup.wizard import WizardRun, professional_persona

STEP_NAMES = [name for name, _form in STEPS]


def addresses_of_a_walk(client) -> list[str]:
    run = WizardRun(client)
    seen = [run.start()]
    answers = professional_persona()  # an offender who acknowledges the facts
    location, asked = seen[0], []
    while (step := run.step_of(location)) != "done":
        asked.append(step)
        location = run.answer(step, answers[step])
        seen.append(location)
    assert "acknowledges" in asked, "the step that only offenders see was asked"
    return seen


def test_no_address_names_a_step(client, seeded):
    for location in addresses_of_a_walk(client):
        last = location.rstrip("/").rsplit("/", 1)[-1]
        assert last == "done" or re.fullmatch(r"[0-9a-f]{12}", last), location
        for name in STEP_NAMES:
            assert f"/{name}/" not in location


def test_the_same_step_has_another_address_in_another_registration(seeded):
    first, second = WizardRun(Client()), WizardRun(Client())
    first.start()
    second.start()

    assert first.step_url("acknowledges") != second.step_url("acknowledges")
    assert first.step_url("who") != second.step_url("who")


def test_a_step_by_its_name_is_not_a_way_in(client, seeded):
    run = WizardRun(client)
    run.start()
    run.answer("who", {"registrant": "self"})

    response = client.get("/nl/aanmelden/role/")

    # Not the role step: the wizard sends the visitor back to its first step.
    assert response.status_code == 302
    assert response["Location"] == run.step_url("who")
