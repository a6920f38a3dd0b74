"""Validation of the wizard's free input, in the person's language."""

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from signup.rules.validators import (
    display_phone,
    normalise_phone,
    reject_control_characters,
)
from signup.wizard.forms import (
    PROFESSIONAL,
    ContactDetailsForm,
    GuardianForm,
    OtherPartyDetailsForm,
    ProfessionalForm,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06 12345678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("06-1234 5678", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("030 123 4567", "+31301234567"),
        ("+32 470 12 34 56", "+32470123456"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+599 717 1234", "+5997171234"),  # Bonaire
    ],
)
def test_good_phone_numbers_are_stored_in_one_form(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed", ["12345", "06 1234", "phone me", "+31 6 1234567890123", "0000000000", "+"]
)
def test_bad_phone_numbers_get_a_clear_message(typed):
    with pytest.raises(ValidationError) as error:
        normalise_phone(typed)

    assert "06 12345678" in error.value.messages[0]


def test_phone_numbers_are_shown_as_people_write_them():
    assert display_phone("+31612345678") == "06 12345678"
    assert display_phone("+442079460958") == "+44 20 7946 0958"
    assert display_phone("+5997171234") == "+599 717 1234"


# --- the Caribbean Netherlands (+599) ------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("717 1234", "+5997171234"),  # Bonaire
        ("7171234", "+5997171234"),
        ("318 1234", "+5993181234"),  # Sint Eustatius
        ("416 1234", "+5994161234"),  # Saba
        ("+599 717 1234", "+5997171234"),
        ("00599 717 1234", "+5997171234"),
        # A Dutch number with its country code.
        ("+31 6 12345678", "+31612345678"),
    ],
)
def test_caribbean_local_numbers_are_accepted_with_region_bq(typed, stored):
    assert normalise_phone(typed, region="BQ") == stored


@pytest.mark.parametrize("typed", ["717 1234", "7171234", "318 1234", "416 1234"])
def test_caribbean_local_numbers_are_refused_without_region_bq(typed):
    with pytest.raises(ValidationError) as error:
        normalise_phone(typed)

    assert "06 12345678" in error.value.messages[0]


@pytest.mark.parametrize(
    ("typed", "dutch"),
    [("071 712 3456", "+31717123456"), ("06 12345678", "+31612345678")],
)
def test_without_region_bq_numbers_are_read_as_dutch(typed, dutch):
    assert normalise_phone(typed) == dutch
    # With region BQ they are not local numbers of the islands.
    with pytest.raises(ValidationError) as error:
        normalise_phone(typed, region="BQ")
    assert "717 1234" in error.value.messages[0]
    assert "+31 6 12345678" in error.value.messages[0]


@pytest.mark.parametrize(
    ("earlier", "accepted"),
    [
        ({"district": "caribbean"}, True),
        ({"district": "amsterdam"}, False),
        ({"district": "unknown"}, False),
        ({"district": None}, False),
        ({}, False),
    ],
)
def test_the_contact_form_takes_a_local_number_only_after_the_caribbean(
    earlier, accepted
):
    form = contact({"name": "Maria", "phone": "717 1234"}, earlier=earlier)

    assert form.is_valid() is accepted, form.errors
    if accepted:
        assert form.cleaned_data["phone"] == "+5997171234"
    else:
        assert list(form.errors) == ["phone"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_caribbean_contact_form_asks_for_a_dutch_number_with_its_country_code(
    lang,
):
    caribbean = {"district": "caribbean"}
    with translation.override(lang):
        national = contact({"name": "Maria", "phone": "06 12345678"}, earlier=caribbean)
        assert not national.is_valid()
        assert "717 1234" in national.errors["phone"][0]
        assert "+31 6 12345678" in national.errors["phone"][0]

    international = contact(
        {"name": "Maria", "phone": "+31 6 12345678"}, earlier=caribbean
    )
    assert international.is_valid(), international.errors
    assert international.cleaned_data["phone"] == "+31612345678"


@pytest.mark.parametrize(
    ("earlier", "stored"),
    [({"district": "caribbean"}, "+5994161234"), ({"district": "rotterdam"}, None)],
)
def test_the_guardians_number_follows_the_district_too(earlier, stored):
    form = GuardianForm(
        data={"g-guardian_knows": "yes", "g-guardian_phone": "416 1234"},
        prefix="g",
        earlier=earlier,
    )

    assert form.is_valid() is (stored is not None), form.errors
    if stored:
        assert form.cleaned_data["guardian_phone"] == stored


@pytest.mark.parametrize(
    "text", ["Anna\x00", "An\u202ena", "\x07bell", "Zero\u200bwidth"]
)
def test_control_and_invisible_characters_are_refused(text):
    with pytest.raises(ValidationError):
        reject_control_characters(text)


def test_ordinary_text_with_accents_and_line_breaks_is_fine():
    reject_control_characters("Zoë en Jürgen\r\nwonen in ’s-Hertogenbosch")


def contact(data, **kwargs):
    return ContactDetailsForm(
        data={f"contact-{k}": v for k, v in data.items()}, prefix="contact", **kwargs
    )


def test_at_least_one_way_to_reach_the_person():
    with translation.override("nl"):
        form = contact({"name": "Anna"})
        assert not form.is_valid()
        assert form.errors["phone"] == [
            "Vul een telefoonnummer, een e-mailadres of een postadres in"
        ]
    with translation.override("en"):
        form = contact({"name": "Anna"})
        form.is_valid()
        assert form.errors["phone"] == [
            "Enter a phone number, an e-mail address or a postal address"
        ]


def test_a_postal_address_alone_is_enough():
    form = contact({"name": "K.", "postal_address": "Postbus 1\n1000 AA Amsterdam"})

    assert form.is_valid(), form.errors


def test_email_alone_is_enough():
    form = contact({"name": "Anna", "email": "anna@example.nl"})

    assert form.is_valid(), form.errors


def test_a_referral_needs_no_client_contact_details():
    form = contact({"name": "Client A."}, audience=PROFESSIONAL)

    assert form.is_valid(), form.errors


def test_invalid_email_and_phone_keep_their_own_messages():
    with translation.override("en"):
        form = contact({"name": "Anna", "phone": "123", "email": "anna@"})
        assert not form.is_valid()
        assert "like 06 12345678" in form.errors["phone"][0]
        assert form.errors["email"] == ["Enter an e-mail address like name@example.nl"]


def test_names_are_limited_and_single_line():
    too_long = contact({"name": "A" * 101, "phone": "0612345678"})
    two_lines = contact({"name": "Anna\nJansen", "phone": "0612345678"})

    assert not too_long.is_valid() and "name" in too_long.errors
    assert not two_lines.is_valid() and "name" in two_lines.errors


def test_free_text_allows_line_breaks_up_to_a_limit():
    def details(text):
        return OtherPartyDetailsForm(data={"d-other_party_details": text}, prefix="d")

    assert details("Mijn buurman.\nWe kennen elkaar al jaren.").is_valid()
    assert not details("x" * 1001).is_valid()
    assert not details("evil\x00text").is_valid()


def test_professional_must_confirm_the_client_agreed():
    form = ProfessionalForm(
        data={
            "p-organisation_type": "probation",
            "p-professional_organisation": "Reclassering",
            "p-professional_name": "Sam de Vries",
            "p-professional_phone": "030 123 4567",
        },
        prefix="p",
    )

    assert not form.is_valid()
    assert "client_consent" in form.errors


@pytest.mark.parametrize("pattern", ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"])
def test_a_hearing_date_is_read_as_people_write_it(pattern):
    from datetime import timedelta

    from django.utils import timezone

    from signup.wizard.forms import HearingForm

    day = timezone.localdate() + timedelta(days=40)
    form = HearingForm({"hearing_date": day.strftime(pattern)})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["hearing_date"] == day


@pytest.mark.parametrize("typed", ["31-02-2027", "15-03-2207", "morgen"])
def test_an_impossible_hearing_date_is_refused_in_dutch(typed):
    from signup.wizard.forms import HearingForm

    with translation.override("nl"):
        form = HearingForm({"hearing_date": typed})
        assert not form.is_valid()
        assert "15-03-2027" in form.errors["hearing_date"][0]


def test_no_hearing_date_is_fine():
    from signup.wizard.forms import HearingForm

    form = HearingForm({"hearing_date": ""})

    assert form.is_valid() and form.cleaned_data["hearing_date"] is None


def test_as_soon_as_possible_names_the_callback_window(settings):
    from signup.wizard.forms import ContactTimingForm

    settings.SIGNUP_CALLBACK_WINDOW_DAYS = 2
    with translation.override("nl"):
        labels = dict(ContactTimingForm().fields["contact_timing"].choices)

    assert labels["now"] == "Zo snel mogelijk (binnen 2 dagen)"
    assert labels["6"] == "Over 6 maanden"
