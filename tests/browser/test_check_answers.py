"""The end of the check page in Chromium (issue 14): a declaration of what
sending does and the button "Aanmelding versturen", not a box the person must
tick first (the registration point rests on a public task, not on consent: see
signup.wizard.forms.CheckForm and the privacy statement)."""

import pytest
from playwright.sync_api import Page, expect

from signup.models import Registration
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_challenge import walk_to_the_check_page
from tests.browser.test_wizard import tab_to

pytestmark = pytest.mark.browser

TEXTS = {
    "nl": {"button": "Aanmelding versturen", "privacy": "Lees de privacyverklaring"},
    "en": {"button": "Send registration", "privacy": "Read the privacy statement"},
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_check_page_ends_with_a_declaration_and_the_send_button(
    page: Page, portal, settings, lang
):
    settings.SIGNUP_CHALLENGE = "none"
    walk_to_the_check_page(page, portal, lang)
    form = page.locator("main form")

    expect(form.locator("input[type=checkbox]:visible")).to_have_count(0)
    declaration = form.locator("p.declaration")
    expect(declaration).to_be_visible()
    expect(declaration).to_contain_text(f"‘{TEXTS[lang]['button']}’")
    button = form.get_by_role("button", name=TEXTS[lang]["button"])
    assert declaration.bounding_box()["y"] < button.bounding_box()["y"]
    assert_no_axe_violations(page)

    # By keyboard, the privacy statement link is the last stop before the button.
    privacy = form.locator("p.declaration + p a")
    expect(privacy).to_have_text(TEXTS[lang]["privacy"])
    tab_to(page, "main form p.declaration + p a")
    page.keyboard.press("Tab")
    expect(button).to_be_focused()
    with page.expect_navigation():
        page.keyboard.press("Enter")

    registration = Registration.objects.get()
    expect(page.get_by_text(registration.reference)).to_be_visible()
