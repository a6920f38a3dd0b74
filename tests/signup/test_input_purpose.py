"""WCAG 1.3.5 Identify Input Purpose: the fields that ask for the person's own
details carry their autocomplete token, phone numbers are ``type=tel``, and
fields about someone else (a client, a parent) are never filled in from the
person's own details."""

import pytest
from bs4 import BeautifulSoup

from signup.wizard import forms


def _input(form, name):
    return BeautifulSoup(str(form[name]), "html.parser").find(["input", "textarea"])


@pytest.mark.parametrize("audience", [forms.SELF, forms.YOUTH])
def test_own_contact_details_name_their_purpose(audience):
    form = forms.ContactDetailsForm(audience=audience)

    assert _input(form, "name")["autocomplete"] == "name"
    assert _input(form, "phone")["autocomplete"] == "tel"
    assert _input(form, "phone")["type"] == "tel"
    assert _input(form, "email")["autocomplete"] == "email"
    assert _input(form, "email")["type"] == "email"
    assert _input(form, "postal_address")["autocomplete"] == "street-address"


def test_a_professional_is_not_offered_their_own_details_for_the_client():
    form = forms.ContactDetailsForm(audience=forms.PROFESSIONAL)

    for name in ("name", "phone", "email", "postal_address"):
        assert _input(form, name)["autocomplete"] == "off", name
    assert _input(form, "phone")["type"] == "tel"


def test_the_professional_s_own_details_name_their_purpose():
    form = forms.ProfessionalForm(audience=forms.PROFESSIONAL)

    assert _input(form, "professional_organisation")["autocomplete"] == "organization"
    assert _input(form, "professional_name")["autocomplete"] == "name"
    assert _input(form, "professional_phone")["autocomplete"] == "work tel"
    assert _input(form, "professional_phone")["type"] == "tel"
    assert _input(form, "professional_email")["autocomplete"] == "work email"


def test_an_organisation_s_name_is_its_organisation():
    form = forms.OrganisationForm()

    assert _input(form, "organisation_name")["autocomplete"] == "organization"


@pytest.mark.parametrize("audience", [forms.SELF, forms.YOUTH])
def test_a_parent_s_details_are_never_filled_in_from_the_person_s_own(audience):
    form = forms.GuardianForm(audience=audience)

    assert _input(form, "guardian_name")["autocomplete"] == "off"
    assert _input(form, "guardian_phone")["autocomplete"] == "off"
    assert _input(form, "guardian_phone")["type"] == "tel"
