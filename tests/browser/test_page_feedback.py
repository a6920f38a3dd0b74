"""'Was deze pagina nuttig?' in a real browser (issue 14), on a 320 px phone and
by keyboard: from the end of a page to the form with the answer chosen, an error
summary that takes focus, the thank-you page; and the phase banner's link. No
axe violation and no sideways scrolling on the way."""

import pytest
from playwright.sync_api import expect

from content.models import PageFeedback
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_wizard import tab_to

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}


def no_sideways_scrolling(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_no_at_the_end_of_a_page_opens_the_form_with_no_chosen(page, full_portal):
    page.set_viewport_size(PHONE)
    page.goto(f"{full_portal}/nl/")
    title = page.locator("main h1").inner_text()

    tab_to(page, ".page-feedback a[href*='useful=no']")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text("Was deze pagina nuttig?")
    expect(page.get_by_role("radio", name="Nee")).to_be_checked()
    expect(page.locator(".feedback__about")).to_contain_text(title)
    assert_no_axe_violations(page)
    no_sideways_scrolling(page)

    tab_to(page, "#id_comment")
    page.keyboard.type("De tekst is lang. Bel mij op 06 1234 5678.")
    tab_to(page, "form.feedback button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text("Bedankt voor uw reactie")
    assert_no_axe_violations(page)
    no_sideways_scrolling(page)
    answer = PageFeedback.objects.get()
    assert answer.useful is False
    assert answer.comment == "De tekst is lang. Bel mij op […]."


def test_the_banner_link_and_an_error_summary_that_takes_focus(page, full_portal):
    page.set_viewport_size(PHONE)
    page.goto(f"{full_portal}/en/")
    banner = page.locator(".phase-banner")
    expect(banner).to_contain_text("This is a new website.")
    no_sideways_scrolling(page)

    tab_to(page, ".phase-banner a")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Was this page useful?")
    tab_to(page, "form.feedback button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(page).to_have_title("Error: Was this page useful? | Herstelwijzer")
    summary.get_by_role("link", name="Choose yes or no").click()
    expect(page.get_by_role("radio", name="Yes")).to_be_focused()
    assert_no_axe_violations(page)
    assert PageFeedback.objects.count() == 0
