"""The main navigation in a real browser (issue 13): on a phone, with JavaScript,
it folds behind a "Menu" button so the page's content starts on the first screen;
without JavaScript, and on a wide screen, every item is shown."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}


def test_on_a_phone_the_menu_folds_behind_a_button(page, full_portal):
    page.set_viewport_size(PHONE)
    page.goto(f"{full_portal}/nl/")

    nav = page.get_by_role("navigation", name="Hoofdmenu")
    button = nav.get_by_role("button", name="Menu")
    faq = nav.get_by_role("link", name="Veelgestelde vragen")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(faq).to_be_hidden()
    # The page's heading is whole on the first screen, below the folded menu
    # (unfolded, the seven items push it to the bottom edge).
    heading = page.locator("main h1").bounding_box()
    assert heading["y"] + heading["height"] < PHONE["height"], heading

    button.focus()
    page.keyboard.press("Enter")

    expect(button).to_have_attribute("aria-expanded", "true")
    expect(faq).to_be_visible()
    page.keyboard.press("Tab")
    expect(nav.get_by_role("link", name="Herstelbemiddeling")).to_be_focused()

    button.click()
    expect(faq).to_be_hidden()


def test_on_a_wide_screen_every_item_shows_and_no_button(page, full_portal):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{full_portal}/en/")

    nav = page.get_by_role("navigation", name="Main menu")
    expect(nav.get_by_role("button", name="Menu")).to_be_hidden()
    expect(nav.get_by_role("link")).to_have_count(7)
    for link in nav.get_by_role("link").all():
        expect(link).to_be_visible()


def test_without_javascript_every_item_shows_on_a_phone(browser, full_portal):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{full_portal}/nl/")

    nav = page.get_by_role("navigation", name="Hoofdmenu")
    expect(nav.get_by_role("button", name="Menu")).to_be_hidden()
    for link in nav.get_by_role("link").all():
        expect(link).to_be_visible()
    assert nav.get_by_role("link").count() == 7
    context.close()
