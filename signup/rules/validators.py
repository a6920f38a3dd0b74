"""Validation of free input: phone numbers, e-mail addresses, control characters,
lengths."""

import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

import phonenumbers

ALLOWED_CONTROL = {"\n", "\r", "\t"}
# Zero-width non-joiner and joiner are part of how Persian and Indic scripts write
# names: U+200C and U+200D are allowed between two letters (or marks).
JOINERS = {"\u200c", "\u200d"}


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in ("L", "M")


def reject_control_characters(value: str) -> None:
    """Refuse invisible control and format characters (NUL, bidi overrides, ...),
    which have no place in a name or a message and can disguise text."""
    for index, char in enumerate(value):
        if char in ALLOWED_CONTROL:
            continue
        if (
            char in JOINERS
            and 0 < index < len(value) - 1
            and _is_letter(value[index - 1])
            and _is_letter(value[index + 1])
        ):
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise ValidationError(
                _("Remove the invisible or special characters from this answer."),
                code="control_characters",
            )


def reject_line_breaks(value: str) -> None:
    if "\n" in value or "\r" in value:
        raise ValidationError(_("Write this answer on one line."), code="line_break")


def normalise_phone(value: str, region: str = "NL") -> str:
    """A Dutch or international phone number in E.164 form (+31612345678).

    Numbers without a country code are read as Dutch, or, with ``region`` "BQ"
    (the Caribbean Netherlands), as local numbers there (+599)."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        message = (
            _("Enter a phone number we can call, like 717 1234 or +31 6 12345678")
            if region == "BQ"
            else _(
                "Enter a phone number we can call, like 06 12345678, 030 123 4567 "
                "or +32 470 12 34 56"
            )
        )
        raise ValidationError(message, code="invalid_phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """E.164 as people write it: national for Dutch numbers, international else."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164, None)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


# Django's own e-mail check accepts ``name@localhost``; an address we can write to
# has a domain with a dot.
validate_reachable_email = EmailValidator(
    message=_("Enter an e-mail address like name@example.nl"),
    allowlist=[],
)
