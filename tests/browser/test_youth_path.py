"""The youth path in Chromium, by keyboard only (Tab, Space, Enter, the arrow keys
in radio groups): from the youth start page through every step a young person is
asked, one wrong answer on the way, the check page with its ALTCHA check, to the
confirmation. On every page from the start page up to and including the check
page the Dutch main content (the header and footer are the same for everyone)
says "je", never "u" or "uw"; axe finds nothing."""

import re

import pytest
from playwright.sync_api import Page, expect

from signup.models import Registration
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_wizard import (
    answer_by_keyboard,
    current_step,
    keyboard_answers,
    submit,
    tab_to,
)
from tests.signup.wizard import youth_persona

pytestmark = pytest.mark.browser

YOUTH_START = "/nl/aanmelden/?youth=1"  # the start page, as the youth pages link it
FORMAL_YOU = re.compile(r"\b[Uu]w?\b")


def assert_says_je(page: Page, where: str) -> None:
    """No "u" or "uw" in what the page shows in its main content, or its title."""
    text = page.locator("main").inner_text() + "\n" + page.title()
    found = [
        text[max(0, m.start() - 40) : m.end() + 40] for m in FORMAL_YOU.finditer(text)
    ]
    assert found == [], f"{where} says 'u': {found}"


def retype(page: Page, name: str, text: str) -> None:
    """Tab to a text field, select what is in it and type over it."""
    tab_to(page, f'[name="{name}"]')
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def test_the_youth_path_by_keyboard_says_je_on_every_page(page: Page, portal):
    answers = keyboard_answers(youth_persona())
    page.goto(portal + YOUTH_START)
    assert_says_je(page, "the start page")
    assert_no_axe_violations(page)
    tab_to(page, "a.button--start")  # "Start nu"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    asked = []
    while "/bevestiging/" not in page.url:
        step = current_step(page)
        assert step in answers, f"the wizard asked '{step}', not in the persona"
        assert step not in asked, f"'{step}' was not accepted"
        asked.append(step)
        expect(page.locator("body")).to_have_class(re.compile(r"\bsignup--youth\b"))
        assert_says_je(page, step)
        assert_no_axe_violations(page)
        if step == "contact":
            # One wrong answer: a phone number that cannot be called.
            answer_by_keyboard(page, step, {"name": "Kim", "phone": "12"})
            summary = page.locator("[data-error-summary]")
            expect(summary).to_be_focused()
            expect(summary).to_contain_text("Er klopt nog iets niet")
            expect(page.locator("#id_contact-phone-error")).to_contain_text(
                "Dit telefoonnummer klopt niet"
            )
            assert_says_je(page, "contact, with an error")
            assert_no_axe_violations(page)
            retype(page, "contact-phone", answers[step]["phone"])
            submit(page)
            continue
        if step == "check":
            expect(page.locator("altcha-widget")).to_have_count(1)
        answer_by_keyboard(page, step, answers[step])

    assert {"safety", "district", "hearing", "counts", "guardian", "check"} <= set(
        asked
    )
    registration = Registration.objects.get()
    assert registration.youth_variant is True
    assert registration.phone == "+31612345678"
    expect(page.get_by_text(registration.reference)).to_be_visible()
