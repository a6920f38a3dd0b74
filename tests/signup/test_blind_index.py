"""Finding a caller without a reference (issue 15): the desk searches by name,
phone number (in any notation) and e-mail address through a blind index, keyed
hashes of the normalised values, so nothing readable is stored; exact matches
only; only within what the desk worker may see; and still after the keys are
rotated."""

import io
import re

from django.core.management import call_command
from django.db import connection

import pytest

from signup import blind_index
from signup.desk import access
from signup.models import Registration
from signup.privacy import retention
from tests.conftest import parse
from tests.signup.factories import registered
from tests.signup.test_desk import CASES
from tests.staff import login_staff, staff_member

OLD_KEY = "test-only-blind-index-key-not-secret-0123456789"  # the test settings'
NEW_KEY = "a-new-blind-index-key-for-the-rotation-test-42"


def raw_row(pk: int) -> dict:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name_index, phone_index, email_index FROM signup_registration "
            "WHERE id = %s",
            [pk],
        )
        return dict(zip(["name", "phone", "email"], cursor.fetchone(), strict=True))


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("  ANNA   de VRIES ", "Anna de Vries"),
        ("Ánna de Vriës", "Anna de Vries"),
        ("anna de-vries", "Anna de Vries"),
    ],
)
def test_names_are_case_and_accent_folded(typed, same_as):
    assert blind_index.normalise_name(typed) == blind_index.normalise_name(same_as)


@pytest.mark.parametrize(
    "typed", ["06 12345678", "06-1234 5678", "+31 6 1234 5678", "0031612345678"]
)
def test_phone_numbers_in_any_notation_are_one_number(typed):
    assert "+31612345678" in blind_index.normalise_phone_numbers(typed)


def test_nothing_readable_is_stored(seeded, friday):
    registration = registered()

    row = raw_row(registration.pk)
    assert all(re.fullmatch(r"[0-9a-f]{64}", value) for value in row.values())
    assert len(set(row.values())) == 3
    joined = " ".join(row.values()).lower()
    for readable in ("anna", "vries", "612345678", "example.nl"):
        assert readable not in joined


def test_without_the_key_the_hash_cannot_be_made(settings):
    made = blind_index.stored_hash("name", "Anna de Vries")
    settings.BLIND_INDEX_KEYS = [NEW_KEY]

    assert blind_index.stored_hash("name", "Anna de Vries") != made


@pytest.fixture
def desk(client, seeded, friday):
    for answers in CASES.values():
        registered(answers=answers)
    anna = registered(name="Anna de Vries", email="Anna.de.Vries@Example.NL")
    login_staff(client, staff_member(access.AANMELDPUNT))
    return client, anna


def found(client, query: str) -> list[str]:
    response = client.get("/admin/registration/", {"q": query})
    assert response.status_code == 200
    return [
        link.get_text(strip=True)
        for link in parse(response).select("tbody td.title a, tbody td a")
        if re.fullmatch(r"HW-[0-9A-Z]{4}-[0-9A-Z]{4}", link.get_text(strip=True))
    ]


@pytest.mark.parametrize(
    "query",
    [
        "anna de vries",
        "ANNA DE VRIËS",
        "06 12345678",
        "+31 6 1234 5678",
        "0612345678",
        "anna.de.vries@example.nl",
    ],
)
def test_the_desk_finds_a_caller_by_name_phone_or_email(desk, query):
    client, anna = desk

    assert anna.reference in found(client, query)


@pytest.mark.parametrize("query", ["anna", "de vries", "0612345", "example.nl"])
def test_only_exact_matches_count(desk, query):
    client, anna = desk

    assert anna.reference not in found(client, query)


def test_the_reference_is_still_found_and_the_box_says_what_it_finds(desk):
    client, anna = desk

    assert found(client, anna.reference[3:]) == [anna.reference]
    box = parse(client.get("/admin/registration/")).select_one("input[name=q]")
    assert (
        box["placeholder"]
        == "Referentie, of de hele naam, het telefoonnummer of e-mailadres"
    )


def test_a_team_finds_only_what_it_may_see(client, seeded, friday):
    mis = registered(answers=CASES["mis_rotterdam"], name="Bram Bakker")
    login_staff(client, staff_member(access.AANMELDPUNT))

    assert found(client, "Bram Bakker") == []
    login_staff(client, staff_member("Mediationbureau Rotterdam"))
    assert found(client, "bram bakker") == [mis.reference]


def test_erasure_empties_the_hashes_too(seeded, friday):
    registration = registered()

    retention.erase(registration, "request")

    assert raw_row(registration.pk) == {"name": "", "phone": "", "email": ""}


def test_a_caller_is_found_during_and_after_a_key_rotation(desk, settings):
    client, anna = desk
    before = raw_row(anna.pk)

    # Step 1: the new key in front; stored hashes are still the old key's.
    settings.BLIND_INDEX_KEYS = [NEW_KEY, OLD_KEY]
    assert anna.reference in found(client, "Anna de Vries")

    out = io.StringIO()
    call_command("rotate_encryption_key", stdout=out)

    after = raw_row(anna.pk)
    assert after["name"] and after["name"] != before["name"]
    # Step 3: the old key gone; the rehashed index finds the caller.
    settings.BLIND_INDEX_KEYS = [NEW_KEY]
    assert anna.reference in found(client, "Anna de Vries")
    assert anna.reference in found(client, "06 12345678")
    assert Registration.objects.get(pk=anna.pk).name == "Anna de Vries"
