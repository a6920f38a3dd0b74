"""Names in every script are accepted, invisible tricks are not; e-mail addresses
must be ones we can write to."""

from django.core.exceptions import ValidationError

import pytest

from signup.rules.validators import reject_control_characters
from signup.wizard.forms import ContactDetailsForm

ZWNJ, ZWJ = "\u200c", "\u200d"


@pytest.mark.parametrize(
    "name",
    [
        f"\u0645\u06cc{ZWNJ}\u0631\u0627\u0645",  # Persian, with a non-joiner
        f"\u0915\u094d{ZWJ}\u0937",  # Devanagari conjunct with a joiner
        f"\u0d28\u0d4d{ZWJ}\u0d2e",  # Malayalam
        "Zoë van 't Hof-Ünal",
    ],
)
def test_names_written_with_joiners_are_accepted(name):
    reject_control_characters(name)


@pytest.mark.parametrize(
    "text",
    [
        f"{ZWNJ}Anna",  # a joiner at the start joins nothing
        f"Anna{ZWJ}",
        f"An{ZWJ} na",  # between a letter and a space
        "An\u202ena",  # right-to-left override
        "An\u200bna",  # zero-width space
        "An\x00na",
    ],
)
def test_invisible_characters_that_join_nothing_are_refused(text):
    with pytest.raises(ValidationError):
        reject_control_characters(text)


def contact(email: str) -> ContactDetailsForm:
    return ContactDetailsForm(
        {"contact-name": "Anna", "contact-email": email}, prefix="contact"
    )


@pytest.mark.parametrize("email", ["anna@localhost", "anna@intranet", "anna@x."])
def test_an_address_without_a_dotted_domain_is_refused(email):
    form = contact(email)

    assert not form.is_valid()
    assert form.errors["email"] == ["Vul een e-mailadres in zoals naam@voorbeeld.nl"]


@pytest.mark.parametrize("email", ["anna@example.nl", "a.b+hw@mail.example.co.uk"])
def test_ordinary_addresses_are_accepted(email):
    assert contact(email).is_valid(), contact(email).errors
