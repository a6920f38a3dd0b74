"""Registration references such as ``HW-7KQ3-P9XD``.

Eight characters drawn by ``secrets`` from 31 symbols that cannot be confused when
read over the phone (no 0/O, 1/I/L): about 8.5 * 10^11 possibilities, so a
reference can be neither guessed nor enumerated, and it says nothing about order.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PATTERN = re.compile(rf"^HW-[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}$")


def new_reference() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"HW-{chars[:4]}-{chars[4:]}"


def normalise_reference(text: str) -> str:
    """What staff type ("hw 7kq3p9xd") as the stored form ("HW-7KQ3-P9XD")."""
    chars = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    chars = chars.removeprefix("HW")
    if len(chars) != 8:
        return text.strip().upper()
    return f"HW-{chars[:4]}-{chars[4:]}"
