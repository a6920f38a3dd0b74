"""In a real browser: switch language, then leave the site with the quick exit."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

NEUTRAL_SITE = "https://www.buienradar.nl/"


@pytest.fixture
def neutral_site(page: Page) -> list[str]:
    """Answer for the neutral site locally (this machine has no internet) and record
    each visit, so the test sees that the browser really went there."""
    visits: list[str] = []

    def fulfil(route):
        visits.append(route.request.url)
        route.fulfill(
            status=200,
            content_type="text/html",
            body="<!DOCTYPE html><html lang='nl'><title>Weer</title><h1>Weer</h1>",
        )

    page.route(re.compile(r"^https://www\.buienradar\.nl/.*"), fulfil)
    return visits


def test_switch_to_english_then_quick_exit(page: Page, portal, neutral_site):
    page.goto(f"{portal}/nl/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("link", name="Snel weg")).to_be_visible()

    page.get_by_role("navigation", name="Kies een taal").get_by_role(
        "link", name="English"
    ).click()

    expect(page).to_have_url(f"{portal}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_text("Or press Shift three times")).to_be_visible()
    history_before = page.evaluate("history.length")

    page.get_by_role("link", name="Leave this site").click()

    expect(page).to_have_url(NEUTRAL_SITE)
    expect(page.get_by_role("heading", name="Weer")).to_be_visible()
    assert neutral_site == [NEUTRAL_SITE]
    # location.replace(): the portal page is swapped out of the tab's history.
    assert page.evaluate("history.length") == history_before


def test_pressing_shift_three_times_leaves_the_site(page: Page, portal, neutral_site):
    page.goto(f"{portal}/en/privacy/")

    for _ in range(3):
        page.keyboard.press("Shift")

    expect(page).to_have_url(NEUTRAL_SITE)
    assert neutral_site == [NEUTRAL_SITE]


def test_shift_presses_mixed_with_typing_do_not_leave(page: Page, portal, neutral_site):
    page.goto(f"{portal}/en/")

    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    page.keyboard.press("Shift")

    page.wait_for_timeout(300)
    expect(page).to_have_url(f"{portal}/en/")
    assert neutral_site == []


def test_quick_exit_works_without_javascript(browser, portal):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    visits = []
    page.route(
        re.compile(r"^https://www\.buienradar\.nl/.*"),
        lambda route: visits.append(route.request.url) or route.fulfill(body="ok"),
    )
    page.goto(f"{portal}/nl/")
    # Without JavaScript the keyboard hint stays hidden: the shortcut needs it.
    expect(page.get_by_text("Of druk 3 keer op Shift")).to_be_hidden()

    page.get_by_role("link", name="Snel weg").click()

    expect(page).to_have_url(NEUTRAL_SITE)
    assert visits == [NEUTRAL_SITE]
    context.close()


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page: Page, portal):
    page.goto(f"{portal}/nl/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()


def test_each_shift_press_is_shown_and_announced(page: Page, portal, neutral_site):
    page.clock.install()
    page.goto(f"{portal}/nl/")
    dots = page.locator("[data-quick-exit-presses] .is-pressed")
    status = page.locator("[data-quick-exit-status]")
    expect(status).to_have_attribute("aria-live", "polite")

    page.keyboard.press("Shift")
    expect(dots).to_have_count(1)
    expect(status).to_have_text("Shift, druk nog 2 keer om deze website te verlaten.")
    page.keyboard.press("Shift")
    expect(dots).to_have_count(2)
    expect(status).to_have_text("Shift, druk nog 1 keer om deze website te verlaten.")

    # Five seconds without a third press: the count starts again, and says so.
    page.clock.fast_forward(6000)
    expect(dots).to_have_count(0)
    expect(status).to_have_text("Het verlaten van deze website is afgebroken.")
    expect(page).to_have_url(f"{portal}/nl/")
    assert neutral_site == []

    # Another key in between also starts again, without a word.
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    expect(dots).to_have_count(0)
    expect(status).to_have_text("")


def test_touch_screens_are_not_told_to_press_shift(browser, portal):
    context = browser.new_context(
        has_touch=True, is_mobile=True, viewport={"width": 375, "height": 700}
    )
    page = context.new_page()
    page.goto(f"{portal}/nl/")

    expect(page.get_by_role("link", name="Snel weg")).to_be_visible()
    expect(page.get_by_text("Of druk 3 keer op Shift")).to_be_hidden()
    context.close()
