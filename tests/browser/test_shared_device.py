"""On a shared or watched device: after the quick exit, the Back button brings no
answer back, with or without JavaScript."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.signup.wizard import persona

pytestmark = pytest.mark.browser

NEUTRAL_SITE = "https://www.buienradar.nl/"
ANSWERS = persona()
SECRETS = ["Anna", "12345678", "anna@example.nl"]


def answer(page: Page, step: str) -> None:
    """Answer one step with the mouse (the keyboard is tested in test_wizard)."""
    for field, value in ANSWERS[step].items():
        name = f"{step}-{field}"
        element = page.locator(f'[name="{name}"]').first
        kind = element.evaluate("e => e.type")
        values = value if isinstance(value, list) else [value]
        if kind in ("radio", "checkbox"):
            for item in values:
                selector = f'[name="{name}"]'
                if item != "on":
                    selector += f'[value="{item}"]'
                page.check(selector)
        elif kind == "select-one":
            page.select_option(f'[name="{name}"]', value)
        elif value:
            page.fill(f'[name="{name}"]', value)
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Doorgaan|Naar de controle")).click()


def current_step(page: Page) -> str:
    return page.locator('[name="registration_wizard-current_step"]').input_value()


def fill_past_the_contact_details(page: Page, portal: str) -> None:
    page.goto(f"{portal}/nl/aanmelden/?reset=1")
    for _ in range(20):
        step = current_step(page)
        answer(page, step)
        if step == "contact":
            return
    raise AssertionError("the wizard never asked for contact details")


@pytest.fixture
def neutral_site(page: Page) -> list[str]:
    visits: list[str] = []

    def fulfil(route):
        visits.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<h1>Weer</h1>")

    page.context.route(re.compile(r"^https://www\.buienradar\.nl/.*"), fulfil)
    return visits


def assert_nothing_typed_is_shown(page: Page) -> None:
    html = page.content()
    for secret in SECRETS:
        assert secret not in html
    values = page.locator("input, textarea").evaluate_all(
        "elements => elements.map(e => e.value)"
    )
    assert not any(secret in value for value in values for secret in SECRETS)


def test_back_after_the_quick_exit_shows_no_answers(page: Page, portal, neutral_site):
    fill_past_the_contact_details(page, portal)
    # What this test guards against: Back shows the answers while the visit lasts.
    page.go_back()
    assert "Anna" in page.locator('[name="contact-name"]').input_value()
    page.go_forward()

    page.get_by_role("link", name="Snel weg").click()
    expect(page).to_have_url(NEUTRAL_SITE)

    page.go_back()
    assert page.url.startswith(portal)
    assert_nothing_typed_is_shown(page)
    page.go_back()
    assert_nothing_typed_is_shown(page)


def test_back_after_the_shortcut_shows_no_answers(page: Page, portal, neutral_site):
    fill_past_the_contact_details(page, portal)

    for _ in range(3):
        page.keyboard.press("Shift")
    expect(page).to_have_url(NEUTRAL_SITE)

    page.go_back()
    assert_nothing_typed_is_shown(page)
    page.go_back()
    assert_nothing_typed_is_shown(page)


def test_back_after_the_quick_exit_without_javascript(browser, portal):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    context.route(
        re.compile(r"^https://www\.buienradar\.nl/.*"),
        lambda route: route.fulfill(body="<h1>Weer</h1>", content_type="text/html"),
    )
    fill_past_the_contact_details(page, portal)

    page.get_by_role("link", name="Snel weg").click()
    expect(page).to_have_url(NEUTRAL_SITE)

    page.go_back()
    assert_nothing_typed_is_shown(page)
    page.go_back()
    assert_nothing_typed_is_shown(page)
    context.close()
