"""An invited person replies to a mediator's letter in Chromium, on a phone
(320 px), by keyboard: the code, the answer, how to reach them, thanks."""

import pytest
from playwright.sync_api import Page, expect

from signup.desk import actions
from tests.browser.axe import assert_no_axe_violations
from tests.signup.factories import registered

pytestmark = pytest.mark.browser


def no_sideways_scrolling(page: Page) -> None:
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_invited_person_replies_on_a_phone(page: Page, portal, language):
    invitation = actions.invite(registered(), None)
    page.set_viewport_size({"width": 320, "height": 640})
    words = {
        "nl": ("brief-gekregen", "De code in uw brief", "Doorgaan",
               "Ja, ik wil praten", "Telefoonnummer", "Mijn antwoord versturen",
               "Uw antwoord is ontvangen"),
        "en": ("received-a-letter", "The code in your letter", "Continue",
               "Yes, I want to talk", "Phone number", "Send my answer",
               "Your answer has been received"),
    }[language]  # fmt: skip
    path, code_label, go_on, talk, phone, send, thanks = words

    page.goto(f"{portal}/{language}/{path}/")
    assert page.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(page)
    no_sideways_scrolling(page)
    page.get_by_label(code_label).fill(invitation.code.lower())
    page.get_by_role("button", name=go_on).press("Enter")

    expect(page.get_by_label(talk)).to_be_visible()
    assert_no_axe_violations(page)
    no_sideways_scrolling(page)
    assert invitation.registration.reference not in page.content()
    page.get_by_label(talk).check()
    page.get_by_label(phone).fill("06 87654321")
    page.locator("#id_voicemail_allowed_1").check()
    page.locator("#id_may_say_who_we_are_1").check()
    page.get_by_role("button", name=send).press("Enter")

    expect(page.get_by_role("heading", name=thanks)).to_be_visible()
    assert_no_axe_violations(page)
    invitation.refresh_from_db()
    assert invitation.reply is not None and invitation.reply.phone == "+31687654321"
