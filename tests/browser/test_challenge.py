"""The ALTCHA challenge in Chromium: the vendored widget fetches a challenge from
the site, solves it in its web worker and posts the solution, which the server
verifies and marks used; the registration goes through, counted as solved. By
keyboard, in both languages, with no Content-Security-Policy violation (the
suite's own check) and no axe violation on the check page."""

import base64
import json
import time
from urllib.parse import parse_qs

from django.core.cache import cache
from django.test import RequestFactory

import pytest
from playwright.sync_api import Page, expect

from signup.models import Registration
from signup.wizard import throttle
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_wizard import (
    answer_by_keyboard,
    current_step,
    keyboard_answers,
    tab_to,
)
from tests.signup.wizard import persona

pytestmark = pytest.mark.browser

START = {"nl": "/nl/aanmelden/?reset=1", "en": "/en/register/?reset=1"}
TEXTS = {
    "nl": {"label": "Ik ben geen robot", "verified": "Gecontroleerd"},
    "en": {"label": "I am not a robot", "verified": "Checked"},
}


def walk_to_the_check_page(page: Page, portal: str, lang: str) -> None:
    answers = keyboard_answers(persona())
    page.goto(portal + START[lang])
    while (step := current_step(page)) != "check":
        answer_by_keyboard(page, step, answers[step])


def posted_solution(request) -> dict:
    """The ALTCHA payload the browser sent with the check page, decoded."""
    [payload] = parse_qs(request.post_data)["check-captcha"]
    return json.loads(base64.b64decode(payload))


@pytest.mark.parametrize(
    ("lang", "tick_first"), [("nl", True), ("en", False)], ids=["tick", "send"]
)
def test_the_widget_solves_the_challenge_and_the_registration_goes_through(
    page: Page, portal, lang, tick_first
):
    walk_to_the_check_page(page, portal, lang)
    widget = page.locator("altcha-widget")
    box = widget.get_by_role("checkbox")
    expect(box).to_have_accessible_name(TEXTS[lang]["label"])
    hint = page.locator("#id_check-captcha-hint")
    expect(box).to_have_attribute("aria-describedby", "id_check-captcha-hint")
    expect(hint).to_be_visible()
    assert_no_axe_violations(page)

    if tick_first:
        # The person may tick the widget's box first: it solves there and then.
        tab_to(page, "altcha-widget input[type=checkbox]")
        page.keyboard.press("Space")
        expect(box).to_have_accessible_name(TEXTS[lang]["verified"])
        expect(box).to_be_checked()
        expect(box).to_have_attribute("aria-describedby", "id_check-captcha-hint")
        assert_no_axe_violations(page)
    # Otherwise pressing Send solves it, then sends the form; pressing it again
    # while the check runs sends nothing more.
    posts = []
    page.on("request", lambda r: r.method == "POST" and posts.append(r.post_data))
    tab_to(page, 'button[type="submit"]')
    with (
        page.expect_request(
            lambda r: r.method == "POST" and "check-captcha" in (r.post_data or "")
        ) as sent,
        page.expect_navigation(),
    ):
        page.keyboard.press("Enter")
        if not tick_first:
            page.keyboard.press("Enter")

    registration = Registration.objects.get()
    expect(page.get_by_text(registration.reference)).to_be_visible()
    assert len(posts) == 1, "one form sent, with the solution"
    challenge = posted_solution(sent.value)["challenge"]
    assert cache.get(f"signup-challenge-used:{challenge['signature']}"), (
        "the server verified the solution and marked it used"
    )
    assert challenge["parameters"]["algorithm"] == "PBKDF2/SHA-256"
    assert challenge["parameters"]["expiresAt"] > time.time()
    browser = RequestFactory().get("/")  # the live server's client: 127.0.0.1
    assert cache.get(throttle._client_key(browser)) == 1
    assert cache.get(throttle._unsolved_key(browser)) is None, (
        "counted as solved, not under the stricter limit"
    )


def test_the_check_page_loads_nothing_from_elsewhere(page: Page, portal):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    walk_to_the_check_page(page, portal, "nl")
    requested.clear()
    page.reload()
    tab_to(page, "altcha-widget input[type=checkbox]")
    page.keyboard.press("Space")
    expect(page.locator("altcha-widget").get_by_text("Gecontroleerd")).to_be_visible()

    assert requested, "the page and its widget were requested"
    assert all(url.startswith(portal) for url in requested), requested
    assert any(url.endswith("/workers/pbkdf2.js") for url in requested)
    assert any("/nl/aanmelden/controle/" in url for url in requested)


def test_without_javascript_the_registration_goes_through_unsolved(browser, portal):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    walk_to_the_check_page(page, portal, "nl")

    # (The <noscript> note is not drawn here: Playwright switches scripts off
    # after the page is parsed as if they ran; tests/signup/test_challenge.py
    # checks the note.)
    expect(page.locator("altcha-widget input")).to_have_count(0)
    answer_by_keyboard(page, "check", {})

    registration = Registration.objects.get()
    expect(page.get_by_text(registration.reference)).to_be_visible()
    browser_address = RequestFactory().get("/")
    assert cache.get(throttle._unsolved_key(browser_address)) == 1
    context.close()


def test_a_challenge_that_expires_on_the_page_is_fetched_anew(
    page: Page, portal, settings
):
    """No time pressure: a solved challenge that expires before the person sends
    is dropped by static/js/challenge.js, and Send solves a new one."""
    settings.SIGNUP_ALTCHA_EXPIRY_MINUTES = 0.05  # 3 seconds
    walk_to_the_check_page(page, portal, "en")
    box = page.locator("altcha-widget").get_by_role("checkbox")
    tab_to(page, "altcha-widget input[type=checkbox]")
    page.keyboard.press("Space")
    expect(box).to_have_accessible_name("Checked")

    expect(box).to_have_accessible_name("I am not a robot", timeout=10_000)
    expect(box).not_to_be_checked()
    expect(page.get_by_role("alert")).to_have_count(0)
    settings.SIGNUP_ALTCHA_EXPIRY_MINUTES = 30
    tab_to(page, 'button[type="submit"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")

    registration = Registration.objects.get()
    expect(page.get_by_text(registration.reference)).to_be_visible()
