"""The self-hosted proof-of-work challenge (ALTCHA) on the wizard's last step.

With ``SIGNUP_CHALLENGE = "altcha"`` the check page carries the ALTCHA widget,
served from our own domain (``static/vendor/altcha/``, started by
``static/js/challenge.js``). When the person ticks its box, or presses *Send*, the
widget fetches a challenge from ``challenge_view``, lets the browser find the
secret counter (PBKDF2 in a web worker, a few seconds at most) and posts the
solution with the form as ``check-captcha``. ``ChallengeField`` checks it with
the official ``altcha`` library:

- **signed**: the challenge carries an HMAC made with a key derived from
  ``SECRET_KEY``; a payload changed in any way is refused;
- **expires**: ``SIGNUP_ALTCHA_EXPIRY_MINUTES`` after it was fetched, that is after
  the person ticked the box or pressed *Send*, not after the page was opened;
- **used once**: its signature is kept in the cache until it expires, so the same
  solution posted again is refused.

The challenge holds nothing about the person; no cookie is set and nothing is
sent to anyone else.

A submission **without** a solution (no JavaScript, a browser without Web Crypto,
a widget that failed) is not refused: nobody is locked out of registering. It
counts against the stricter ``SIGNUP_RATE_LIMIT_UNSOLVED`` instead
(``throttle.py``). docs/production.md says why.
"""

import json
import secrets
import time
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import Http404, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

import altcha

# The one algorithm whose worker is vendored (static/vendor/altcha/workers/): it
# runs on the browser's own Web Crypto, without WebAssembly.
ALGORITHM = "PBKDF2/SHA-256"
WORKER = "vendor/altcha/workers/pbkdf2.js"
# A payload is about 700 characters; anything much longer is not one.
MAX_PAYLOAD = 4000


def _secret(purpose: str) -> str:
    """A key for one purpose, derived from ``SECRET_KEY``: nothing more to
    configure or rotate, and a new ``SECRET_KEY`` only ends the challenges that
    are being solved at that moment."""
    return salted_hmac(
        f"signup.wizard.challenge.{purpose}", "altcha", algorithm="sha256"
    ).hexdigest()


def new_challenge() -> dict:
    """A signed challenge in deterministic mode: the server draws the counter
    the browser must find, so every person does about the same work, and signs
    the key it leads to, so checking a solution costs one HMAC."""
    top = settings.SIGNUP_ALTCHA_MAX_COUNTER
    low = top // 2
    counter = low + secrets.randbelow(top - low + 1)
    expires = timezone.now() + timedelta(minutes=settings.SIGNUP_ALTCHA_EXPIRY_MINUTES)
    return altcha.create_challenge(
        algorithm=ALGORITHM,
        cost=settings.SIGNUP_ALTCHA_COST,
        counter=counter,
        expires_at=expires,
        hmac_secret=_secret("challenge"),
        hmac_key_secret=_secret("key"),
    ).to_dict()


class Refused(Exception):
    """A posted solution that does not count; ``code`` names why."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def verify(payload: str) -> None:
    """Accept a solution once, or raise ``Refused`` with ``expired``, ``invalid``
    (unreadable, changed, or not solved) or ``used``."""
    if len(payload) > MAX_PAYLOAD:
        raise Refused("invalid")
    try:
        solution = altcha.Payload.from_base64(payload)
        result = altcha.verify_solution(
            solution, _secret("challenge"), hmac_key_secret=_secret("key")
        )
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        raise Refused("invalid") from None
    if result.expired:
        raise Refused("expired")
    if not result.verified:
        raise Refused("invalid")
    if not _first_use(solution.challenge):
        raise Refused("used")


def _first_use(challenge: altcha.Challenge) -> bool:
    """Mark the challenge used until it expires; False when it already was.

    When the cache does not answer (``portal/cache_config.py``), ``add`` returns
    None and the solution counts: a person is not turned away because Redis is
    down, and the signature and the expiry were still checked."""
    remaining = int(challenge.parameters.expires_at - time.time())
    key = f"signup-challenge-used:{challenge.signature}"
    return cache.add(key, True, timeout=max(remaining, 1) + 60) is not False


def widget_strings() -> dict[str, str]:
    """The widget's own texts, in the page's language (the rest of its texts
    belong to features not used here)."""
    return {
        "label": gettext("I am not a robot"),
        "verifying": gettext("Checking…"),
        "verified": gettext("Checked"),
        "waitAlert": gettext("Checking… please wait."),
        "error": gettext(
            "The check did not work. You can still send your registration."
        ),
        "expired": gettext("The check has expired. Send again to check again."),
        "verificationRequired": gettext("Check needed"),
    }


class ChallengeWidget(forms.Widget):
    """The ``<altcha-widget>`` element. It starts its check when the form is
    sent (``auto="onsubmit"``), so ticking its box first is possible but not
    needed; the logo, the footer link to altcha.org and the collection of pointer
    movements are switched off."""

    template_name = "signup/includes/challenge_widget.html"

    class Media:
        css = {"all": ["vendor/altcha/altcha.css"]}
        js = [
            forms.Script("vendor/altcha/altcha.min.js", type="module"),
            forms.Script("js/challenge.js", type="module"),
        ]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"].update(
            challenge_url=reverse("signup:challenge"),
            worker_url=static(WORKER),
            strings=json.dumps(widget_strings()),
            language=get_language() or settings.LANGUAGE_CODE,
            configuration=json.dumps(
                {
                    "hideFooter": True,
                    "hideLogo": True,
                    "humanInteractionSignature": False,
                }
            ),
        )
        return context


class ChallengeField(forms.CharField):
    """The solution, checked with ``verify``. Empty is allowed (see the module
    docstring); the view then applies the stricter limit."""

    widget = ChallengeWidget
    default_error_messages = {
        "expired": _(
            "The check that a person is sending this form has expired. Send your "
            "registration again: the check runs again by itself."
        ),
        "invalid": _(
            "We could not check that a person is sending this form. Send your "
            "registration again: the check runs again by itself."
        ),
        "used": _(
            "This check was already used for a registration. Send your "
            "registration again: the check runs again by itself."
        ),
    }

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value:
            try:
                verify(value)
            except Refused as refused:
                raise forms.ValidationError(
                    self.error_messages[refused.code], code=refused.code
                ) from None
        return value


@never_cache
@require_GET
def challenge_view(request):
    """A new challenge for the widget, as JSON."""
    if settings.SIGNUP_CHALLENGE != "altcha":
        raise Http404
    return JsonResponse(new_challenge())
