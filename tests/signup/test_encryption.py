"""Personal data is encrypted at rest, readable only with the key, and the key can
be rotated without losing a value."""

import io
from datetime import UTC, datetime

from django.core.management import call_command
from django.db import connection

import pytest
from cryptography.fernet import Fernet, InvalidToken

from signup.desk import actions
from signup.encryption import encrypted_fields
from signup.models import CallAttempt, Registration
from tests.signup.factories import ADULT_VICTIM, registered

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
OLD_KEY = "uJ0x1GQYqHZ0lH7n3mB2dY2o0Kp3VtqX6q0bT5n7Yh8="  # the test settings' key
NEW_KEY = Fernet.generate_key().decode()


def stored(table: str, column: str, pk: int) -> str:
    """The value as the database holds it, past the model."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


@pytest.fixture
def registration(seeded):
    made = registered(NOW, guardian_name="Karin", other_language="Tigrinya")
    actions.log_attempt(made.callback, "reached", "Belt liever na vijven", None)
    return made


def test_personal_fields_are_ciphertext_in_the_database(registration):
    assert set(encrypted_fields(Registration)) == {
        "name",
        "phone",
        "email",
        "professional_name",
        "professional_organisation",
        "professional_phone",
        "professional_email",
        "guardian_name",
        "guardian_phone",
        "other_party_details",
        "other_language",
        "postal_address",
        "organisation_name",
    }
    for column, value in [
        ("name", ADULT_VICTIM["name"]),
        ("phone", ADULT_VICTIM["phone"]),
        ("email", ADULT_VICTIM["email"]),
        ("other_party_details", ADULT_VICTIM["other_party_details"]),
        ("guardian_name", "Karin"),
        ("other_language", "Tigrinya"),
    ]:
        raw = stored("signup_registration", column, registration.pk)
        assert value not in raw
        assert Fernet(OLD_KEY.encode()).decrypt(raw.encode()).decode() == value
    note = stored("signup_callattempt", "note", CallAttempt.objects.get().pk)
    assert "vijven" not in note
    # Codes for routing and statistics stay readable.
    assert stored("signup_registration", "offence", registration.pk) == "violence"


def test_values_read_back_as_written(registration):
    fresh = Registration.objects.get(pk=registration.pk)

    assert fresh.name == ADULT_VICTIM["name"]
    assert fresh.email == ADULT_VICTIM["email"]
    assert fresh.professional_name == "", "blank stays blank"
    assert stored("signup_registration", "professional_name", fresh.pk) == ""


def test_a_wrong_key_is_an_error_not_ciphertext_shown_as_data(registration, settings):
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]

    with pytest.raises(InvalidToken):
        Registration.objects.get(pk=registration.pk)


def test_rotating_the_key_keeps_every_value(registration, settings):
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    assert Registration.objects.get(pk=registration.pk).name == ADULT_VICTIM["name"]

    out = io.StringIO()
    call_command("rotate_encryption_key", stdout=out)

    assert "1 re-encrypted" in out.getvalue()
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]  # the old key is gone
    fresh = Registration.objects.get(pk=registration.pk)
    assert fresh.name == ADULT_VICTIM["name"]
    assert fresh.other_party_details == ADULT_VICTIM["other_party_details"]
    assert CallAttempt.objects.get().note == "Belt liever na vijven"
    raw = stored("signup_registration", "name", registration.pk)
    with pytest.raises(InvalidToken):
        Fernet(OLD_KEY.encode()).decrypt(raw.encode())
