"""The start page in Chromium: it fits a 320 px phone and a 1280 px screen without
scrolling sideways, axe-core finds nothing, and "Start now" is reached with Tab
and pressed with Enter, landing on the first question; with answers in progress,
"Continue" goes back to where the person was."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_wizard import choose_radio, current_step, submit, tab_to

pytestmark = pytest.mark.browser

WIDTHS = [320, 1280]


def fits_without_scrolling_sideways(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    ("path", "question"),
    [
        ("/nl/aanmelden/", "Voor wie meldt u zich aan?"),
        (
            "/en/register/?youth=1",
            "Are you signing up for yourself, or for someone else?",
        ),
    ],
)
def test_start_now_by_keyboard(page: Page, portal, width, path, question):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(portal + path)

    assert fits_without_scrolling_sideways(page)
    assert_no_axe_violations(page)
    tab_to(page, "a.button--start")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert current_step(page) == "who"
    expect(page.get_by_role("heading", level=1)).to_have_text(question)


@pytest.mark.parametrize("width", WIDTHS)
def test_continue_by_keyboard(page: Page, portal, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{portal}/nl/aanmelden/?reset=1")
    choose_radio(page, "who-registrant", "self")
    submit(page)
    page.goto(f"{portal}/nl/aanmelden/")

    assert fits_without_scrolling_sideways(page)
    assert_no_axe_violations(page)
    expect(page.locator("a.button--start")).to_have_count(0)
    tab_to(page, ".start-page__resume a.button:not(.button--secondary)")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert current_step(page) == "role"
