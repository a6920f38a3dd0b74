"""Invitation codes such as ``K7QD-3MXP``: eight characters from the reference
alphabet (``signup.wizard.references``: no 0/O, 1/I/L, easy to read from a
letter and to type), drawn by ``secrets``. About 8.5 * 10^11 codes: with the
reply page's rate limit, guessing one is not practical."""

import re
import secrets

from signup.wizard.references import ALPHABET

PATTERN = re.compile(rf"^[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}$")


def new_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def normalise_code(text: str) -> str:
    """What a person types ("k7qd 3mxp", "K7QD3MXP") as the stored form, or
    "" when it cannot be a code."""
    chars = re.sub(r"[^0-9A-Za-z]", "", text or "").upper()
    code = f"{chars[:4]}-{chars[4:]}" if len(chars) == 8 else ""
    return code if PATTERN.match(code) else ""
