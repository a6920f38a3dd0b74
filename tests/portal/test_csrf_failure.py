"""Cookies cleared or blocked mid-wizard: the site's own page in the visitor's
language, with a way back, instead of Django's bare "CSRF verification failed"."""

from django.test import Client

import pytest

from tests.conftest import parse
from tests.signup.wizard import PREFIX, WizardRun


@pytest.mark.parametrize(
    ("lang", "heading", "start"),
    [
        ("nl", "Uw antwoord kon niet worden verstuurd", "/nl/aanmelden/?reset=1"),
        ("en", "Your answer could not be sent", "/en/register/?reset=1"),
    ],
)
def test_a_post_without_the_cookie_gets_a_page_that_helps(seeded, lang, heading, start):
    client = Client(enforce_csrf_checks=True)
    run = WizardRun(client, lang)
    run.start()
    client.cookies.pop("csrftoken", None)  # cleared half-way

    response = client.post(
        run.step_url("who"),
        {f"{PREFIX}-current_step": "who", "who-registrant": "self"},
    )

    assert response.status_code == 403
    doc = parse(response)
    assert doc.html["lang"] == lang
    assert doc.h1.get_text(strip=True) == heading
    assert doc.select_one("[data-quick-exit]") is not None
    assert doc.find("a", href=start) is not None
    assert "CSRF" not in doc.get_text()
