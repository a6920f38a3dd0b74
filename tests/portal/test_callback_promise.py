"""The promise to call back has one source, ``SIGNUP_CALLBACK_WINDOW_DAYS``: the
deadline, the site's texts and the wizard's hints all follow it."""

from datetime import datetime

from django.test import override_settings
from django.utils import translation

from wagtail.models import Page

import pytest

from signup.wizard.forms import ContactDetailsForm, ProfessionalForm
from tests.conftest import parse
from tests.signup.factories import registered

WEDNESDAY = datetime.fromisoformat("2026-11-25T10:00:00+01:00")


@pytest.mark.parametrize(
    ("slug", "lang", "promise"),
    [
        ("home", "nl", "Wij bellen u binnen 5 dagen."),
        ("home", "en", "We call you within 5 days."),
        ("contact", "nl", "Wij bellen u binnen 5 dagen."),
        ("contact", "en", "We call you within 5 days."),
        # A page with a call to action to register.
        ("slachtoffers", "nl", "Wij bellen u binnen 5 dagen."),
        ("victims", "en", "We call you within 5 days."),
    ],
)
@override_settings(SIGNUP_CALLBACK_WINDOW_DAYS=5, PAGE_CACHE_SECONDS=0)
def test_pages_state_the_window_of_the_setting(client, full_site, slug, lang, promise):
    pages = Page.objects.live().filter(locale__language_code=lang)
    page = pages.get(depth=2) if slug == "home" else pages.get(slug=slug)
    response = client.get(page.url)

    assert response.status_code == 200
    text = parse(response).get_text(" ", strip=True)
    assert promise in text
    assert "drie dagen" not in text and "three days" not in text


@override_settings(SIGNUP_CALLBACK_WINDOW_DAYS=1)
def test_the_wizard_hints_follow_the_setting_in_the_singular_too():
    with translation.override("nl"):
        hint = str(ContactDetailsForm.hint.standard)
        phone_help = str(ProfessionalForm.base_fields["professional_phone"].help_text)

    assert hint.endswith("Dan nemen wij binnen 1 dag contact met u op.")
    assert phone_help == "Wij bellen u binnen 1 dag op dit nummer."


@override_settings(SIGNUP_CALLBACK_WINDOW_DAYS=5)
def test_the_deadline_follows_the_same_setting(db):
    # Wednesday 25 + 5 calendar days: the last working day inside is Monday 30.
    registration = registered(WEDNESDAY)

    assert registration.callback.due_at.date().isoformat() == "2026-11-30"
