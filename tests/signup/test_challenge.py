"""The ALTCHA challenge on the check page (signup/wizard/challenge.py), through
the real wizard: the test fetches a challenge from the address the page gives the
widget, solves it with the library's own solver, as the widget's worker does, and
posts the solution with the form. A solution counts once and until it expires; a
changed one never; no solution at all still registers, under the stricter limit."""

import base64
import hashlib
import json
import re
from datetime import timedelta

from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone

import altcha
import pytest
import time_machine

from signup.models import Registration
from signup.wizard import challenge, throttle
from tests.conftest import parse
from tests.portal.test_security_headers import csp_directives
from tests.signup.test_wizard_flow import errors, fill_until
from tests.signup.wizard import WizardRun, persona

EXPIRED = "The check that a person is sending this form has expired."
INVALID = "We could not check that a person is sending this form."
USED = "This check was already used for a registration."


def check_page(run: WizardRun):
    """The check page of a wizard filled in up to it."""
    fill_until(run, "heard-from")
    return run.client.get(run.step_url("check"))


def solved_payload() -> str:
    """A challenge made here, solved: what the widget would post."""
    issued = altcha.Challenge.from_dict(challenge.new_challenge())
    return altcha.Payload(issued, altcha.solve_challenge(issued)).to_base64()


def solve(run: WizardRun) -> str:
    """What the widget posts: a challenge from the address on the check page,
    solved."""
    widget = parse(run.client.get(run.step_url("check"))).select_one("altcha-widget")
    response = run.client.get(widget["challenge"])
    assert response.status_code == 200
    issued = altcha.Challenge.from_dict(response.json())
    solution = altcha.solve_challenge(issued, timeout=30)
    assert solution is not None
    return altcha.Payload(issued, solution).to_base64()


def send(run: WizardRun, payload: str | None):
    data = {}
    if payload is not None:
        data["captcha"] = payload
    return run.post("check", data)


def counts() -> tuple[int | None, int | None]:
    """This address's submissions in the window: all, and those without a solved
    challenge."""
    request = RequestFactory().get("/")  # the test client's 127.0.0.1
    return (
        cache.get(throttle._client_key(request)),
        cache.get(throttle._unsolved_key(request)),
    )


def changed(payload: str, change) -> str:
    data = json.loads(base64.b64decode(payload))
    change(data)
    return base64.b64encode(json.dumps(data).encode()).decode()


# --- the library, as this module uses it -------------------------------------


def test_a_challenge_is_signed_expires_and_asks_for_the_configured_work(settings):
    issued = challenge.new_challenge()

    parameters = issued["parameters"]
    assert parameters["algorithm"] == "PBKDF2/SHA-256"
    assert parameters["cost"] == settings.SIGNUP_ALTCHA_COST
    expires_in = parameters["expiresAt"] - timezone.now().timestamp()
    assert 29 * 60 < expires_in <= 30 * 60
    assert issued["signature"] and parameters["keySignature"]
    solution = altcha.solve_challenge(altcha.Challenge.from_dict(issued))
    top = settings.SIGNUP_ALTCHA_MAX_COUNTER
    assert top // 2 <= solution.counter <= top


def test_a_solution_counts_once(db):
    payload = solved_payload()

    challenge.verify(payload)
    with pytest.raises(challenge.Refused) as again:
        challenge.verify(payload)

    assert again.value.code == "used"


def test_a_solution_counts_when_the_cache_does_not_answer(db, monkeypatch):
    """As with the rate limit: Redis down turns nobody away (portal/cache_config)."""
    payload = solved_payload()
    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: None)

    challenge.verify(payload)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda d: d["challenge"]["parameters"].update(expiresAt=2_000_000_000),
            id="expiry-moved-later",
        ),
        pytest.param(
            lambda d: d["solution"].update(derivedKey="00" * 32), id="made-up-key"
        ),
        pytest.param(
            lambda d: d["challenge"]["parameters"].update(keySignature="00" * 32),
            id="own-key-signature",
        ),
        pytest.param(lambda d: d["challenge"].pop("signature"), id="unsigned"),
        pytest.param(
            lambda d: d["challenge"]["parameters"].update(cost=1), id="less-work"
        ),
    ],
)
def test_a_changed_payload_is_refused(db, change):
    payload = solved_payload()

    with pytest.raises(challenge.Refused) as refused:
        challenge.verify(changed(payload, change))

    assert refused.value.code == "invalid"
    challenge.verify(payload)  # the refusals did not use it up


@pytest.mark.parametrize(
    "payload", ["", "not base64!", base64.b64encode(b"[1, 2]").decode(), "e30=" * 2000]
)
def test_what_is_no_payload_is_refused(db, payload):
    with pytest.raises(challenge.Refused) as refused:
        challenge.verify(payload)

    assert refused.value.code == "invalid"


def test_a_challenge_signed_with_another_secret_key_is_refused(db, settings):
    payload = solved_payload()
    settings.SECRET_KEY = "another-" + "y" * 50

    with pytest.raises(challenge.Refused):
        challenge.verify(payload)


# --- through the wizard -------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_solved_challenge_registers_and_counts_as_solved(client, seeded, lang):
    run = WizardRun(client, lang)
    check_page(run)

    response = send(run, solve(run))

    assert response["Location"] == run.step_url("done")
    assert client.get(run.step_url("done")).status_code == 302
    assert Registration.objects.count() == 1
    assert counts() == (1, None)


def test_an_expired_challenge_is_refused_with_a_clear_message(client, seeded):
    run = WizardRun(client, "en")
    check_page(run)
    payload = solve(run)

    with time_machine.travel(timezone.now() + timedelta(minutes=31)):
        response = send(run, payload)
        page = client.get(response["Location"])

    assert response["Location"] == run.step_url("check")
    assert EXPIRED in errors(page)[0]
    inline = parse(page).select_one("#id_check-captcha-error").get_text(" ", strip=True)
    assert inline.startswith(f"Error: {EXPIRED}")
    assert "the check runs again by itself" in inline
    assert Registration.objects.count() == 0
    # The page has a new widget: sending again with a new solution registers.
    assert send(run, solve(run))["Location"] == run.step_url("done")
    client.get(run.step_url("done"))
    assert Registration.objects.count() == 1


def test_an_expired_challenge_is_refused_in_dutch(client, seeded):
    run = WizardRun(client, "nl")
    check_page(run)
    payload = solve(run)

    with time_machine.travel(timezone.now() + timedelta(minutes=31)):
        page = client.get(send(run, payload)["Location"])

    assert errors(page) == [
        "De controle of een mens dit formulier verstuurt, is verlopen. Verstuur uw "
        "aanmelding opnieuw: de controle gebeurt dan vanzelf opnieuw."
    ]


def test_a_solution_sent_again_is_refused(client, seeded):
    first = WizardRun(client, "en")
    check_page(first)
    payload = solve(first)
    send(first, payload)
    client.get(first.step_url("done"))
    assert Registration.objects.count() == 1

    second = WizardRun(client, "en")
    check_page(second)
    response = send(second, payload)
    page = client.get(response["Location"])

    assert response["Location"] == second.step_url("check")
    assert USED in errors(page)[0]
    assert client.get(second.step_url("done")).status_code == 302
    assert Registration.objects.count() == 1


def test_a_tampered_payload_is_refused_in_the_wizard(client, seeded):
    run = WizardRun(client, "en")
    check_page(run)
    later = 2_000_000_000
    payload = changed(
        solve(run), lambda d: d["challenge"]["parameters"].update(expiresAt=later)
    )

    response = send(run, payload)
    page = client.get(response["Location"])

    assert INVALID in errors(page)[0]
    assert len(errors(client.get(run.step_url("check")))) == 0, "shown once"
    assert Registration.objects.count() == 0


def test_the_refused_solution_is_not_kept_with_the_answers(client, seeded):
    """What was typed comes back after an error; a solution does not (it counts
    once), so showing the page checks nothing again."""
    run = WizardRun(client, "en")
    check_page(run)
    # The honeypot filled in: the one error this page has besides the check.
    run.post("check", {"captcha": solve(run), "website": "http://spam.example"})

    page = client.get(run.step_url("check"))

    assert errors(page) == [
        "Your registration could not be sent. Please call us instead."
    ]


# --- without JavaScript ---------------------------------------------------------


def test_without_javascript_the_registration_goes_through_under_a_stricter_limit(
    client, seeded, settings
):
    settings.SIGNUP_RATE_LIMIT = 3
    settings.SIGNUP_RATE_LIMIT_UNSOLVED = 1
    page = check_page(WizardRun(client, "nl"))
    noscript = parse(page).select_one("altcha-widget ~ noscript")
    assert "U kunt uw aanmelding toch versturen" in noscript.get_text()

    WizardRun(client, "nl").complete(persona())  # posts no solution
    assert Registration.objects.count() == 1
    assert counts() == (1, 1)

    run = WizardRun(client, "nl")
    fill_until(run, "check")
    response = client.get(run.step_url("done"))
    assert response.status_code == 429
    assert "Bel ons alstublieft" in response.content.decode()
    # Sending the check page again does not make it count as solved.
    run.post("check", {})
    assert client.get(run.step_url("done")).status_code == 429
    assert Registration.objects.count() == 1

    # From the same address, with the challenge solved, the usual limit applies.
    solved = WizardRun(client, "nl")
    check_page(solved)
    send(solved, solve(solved))
    assert client.get(solved.step_url("done")).status_code == 302
    assert Registration.objects.count() == 2
    assert counts() == (2, 1)


def test_a_solved_registration_counts_within_the_usual_limit(client, seeded, settings):
    settings.SIGNUP_RATE_LIMIT = 1
    run = WizardRun(client, "en")
    check_page(run)
    send(run, solve(run))
    client.get(run.step_url("done"))

    again = WizardRun(client, "en")
    check_page(again)
    send(again, solve(again))

    assert client.get(again.step_url("done")).status_code == 429
    assert Registration.objects.count() == 1


# --- the page and its policy ------------------------------------------------------


def test_the_check_page_has_the_widget_in_the_page_language(client, seeded):
    doc = parse(check_page(WizardRun(client, "nl")))

    widget = doc.select_one("altcha-widget")
    assert widget["name"] == "check-captcha"
    assert widget["language"] == "nl"
    assert widget["auto"] == "onsubmit"
    assert widget["challenge"] == "/nl/aanmelden/controle/"
    assert json.loads(widget["data-strings"])["label"] == "Ik ben geen robot"
    assert json.loads(widget["configuration"]) == {
        "hideFooter": True,
        "hideLogo": True,
        "humanInteractionSignature": False,
    }
    scripts = [script["src"] for script in doc.select("head script[type=module]")]
    assert scripts == ["/static/vendor/altcha/altcha.min.js", "/static/js/challenge.js"]
    assert widget["data-worker"] == "/static/vendor/altcha/workers/pbkdf2.js"
    styles = [link["href"] for link in doc.select("head link[rel=stylesheet]")]
    assert "/static/vendor/altcha/altcha.css" in styles
    hint = doc.select_one("#id_check-captcha-hint").get_text(strip=True)
    assert hint.startswith("Om automatische spam tegen te houden")


def test_only_the_check_page_loads_the_widget(client, seeded):
    run = WizardRun(client, "en")
    fill_until(run, "heard-from")

    html = client.get(run.step_url("heard-from")).content.decode()

    assert "altcha" not in html


def test_the_check_page_policy_allows_only_this_site_for_the_challenge(client, seeded):
    run = WizardRun(client, "en")
    check = check_page(run)
    other_step = client.get(run.step_url("heard-from"))

    directives = csp_directives(check)
    assert directives == csp_directives(other_step), "nothing added for ALTCHA"
    assert directives["script-src"] == ["'self'"]
    assert directives["connect-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert "worker-src" not in directives, "workers fall back to script-src 'self'"
    policy = check["Content-Security-Policy"]
    for host in ("google", "gstatic", "altcha.org", "blob:", "wasm"):
        assert host not in policy


def test_the_challenge_address_is_never_cached_and_only_there_for_altcha(
    client, seeded, settings
):
    response = client.get("/en/register/challenge/")
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    assert response.json()["parameters"]["algorithm"] == "PBKDF2/SHA-256"
    assert client.post("/en/register/challenge/").status_code == 405

    settings.SIGNUP_CHALLENGE = "none"
    assert client.get("/en/register/challenge/").status_code == 404


def test_with_no_challenge_the_check_page_has_none(client, seeded, settings):
    settings.SIGNUP_CHALLENGE = "none"
    run = WizardRun(client, "en")

    html = check_page(run).content.decode()

    assert "altcha" not in html
    assert "g-recaptcha" not in html
    run.post("check", {})
    client.get(run.step_url("done"))
    assert counts() == (1, None), "without a challenge, nothing is unsolved"


def test_with_recaptcha_chosen_the_check_page_has_no_altcha(client, seeded, settings):
    settings.SIGNUP_CHALLENGE = "recaptcha"
    settings.RECAPTCHA_PUBLIC_KEY = "public-test-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-test-key"

    html = check_page(WizardRun(client, "en")).content.decode()

    assert "g-recaptcha" in html
    assert "altcha" not in html


def test_the_vendored_widget_is_the_published_one():
    """static/vendor/altcha/ holds files of the npm package unchanged: each has the
    sha256 that its README records (a formatter or a hand edit would show here)."""
    folder = django_settings.BASE_DIR / "static" / "vendor" / "altcha"
    readme = (folder / "README.md").read_text()
    table = re.findall(r"\| `([^`]+)` \| `[^`]+` \| `([0-9a-f]{64})` \|", readme)

    assert [name for name, _digest in table] == [
        "altcha.min.js",
        "altcha.css",
        "workers/pbkdf2.js",
        "LICENSE.txt",
    ]
    for name, digest in table:
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    assert '"3.2.2"' in (folder / "altcha.min.js").read_text(), "the version named"
