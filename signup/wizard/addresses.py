"""Step addresses that say nothing about the person.

A step's name in its address (``…/aanmelden/acknowledges/``, only asked of
suspects and offenders) would tell anyone who reads the browser's history, or a
proxy's log, what the person answered. Each step's address is instead a short
keyed hash of the step's name and the wizard's own random ``submission_key``: the
same step has another address in every registration, so the addresses cannot be
learned by trying the wizard once. Only the session that started the wizard can
tell which step an address is.
"""

import hashlib
import hmac

from django.conf import settings


def step_slug(submission_key: str, step: str) -> str:
    message = f"{submission_key}:{step}".encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256)
    return digest.hexdigest()[:12]


def step_named(submission_key: str | None, slug: str, steps) -> str | None:
    """The step among ``steps`` whose address is ``slug``; None when none is."""
    if not submission_key:
        return None
    for step in steps:
        if hmac.compare_digest(step_slug(submission_key, step), slug):
            return step
    return None
