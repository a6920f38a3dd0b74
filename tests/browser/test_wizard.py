"""The sign-up wizard in Chromium, by keyboard only: every step is scanned with
axe-core, an error state is checked, and the confirmation must show the reference.

The answers come from the same personas as the server-side tests, so a step the
persona does not expect fails the test here too.
"""

import re

from django.contrib.sessions.backends.cached_db import SessionStore

import pytest
from playwright.sync_api import Browser, Page, expect

from signup.models import Registration
from signup.wizard.addresses import step_slug
from tests.browser.axe import assert_no_axe_violations
from tests.signup.wizard import persona, professional_persona, submission_key_of

pytestmark = pytest.mark.browser

MAX_TABS = 80


def focused_matches(page: Page, selector: str) -> bool:
    return page.evaluate("s => document.activeElement?.matches(s) ?? false", selector)


def tab_to(page: Page, selector: str) -> None:
    """Press Tab until the element matching ``selector`` has focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if focused_matches(page, selector):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def choose_radio(page: Page, name: str, value: str) -> None:
    """Tab into a radio group, then move with the arrow keys, as keyboard users do."""
    tab_to(page, f'input[type="radio"][name="{name}"]')
    for _ in range(30):
        if page.evaluate("document.activeElement.value") == value:
            page.keyboard.press("Space")
            break
        page.keyboard.press("ArrowDown")
    expect(page.locator(f'input[name="{name}"][value="{value}"]')).to_be_checked()


def choose_option(page: Page, name: str, value: str) -> None:
    tab_to(page, f'select[name="{name}"]')
    for _ in range(30):
        if page.evaluate("document.activeElement.value") == value:
            break
        page.keyboard.press("ArrowDown")
    expect(page.locator(f'select[name="{name}"]')).to_have_value(value)


def tick(page: Page, name: str, value: str | None = None) -> None:
    selector = f'input[type="checkbox"][name="{name}"]'
    if value is not None:
        selector += f'[value="{value}"]'
    tab_to(page, selector)
    page.keyboard.press("Space")
    expect(page.locator(selector)).to_be_checked()


def type_into(page: Page, name: str, text: str) -> None:
    tab_to(page, f'[name="{name}"]')
    page.keyboard.type(text)


def answer_by_keyboard(page: Page, step: str, answers: dict) -> None:
    for field, value in answers.items():
        name = f"{step}-{field}"
        element = page.locator(f'[name="{name}"]').first
        kind = element.evaluate("e => e.type")
        if kind == "radio":
            choose_radio(page, name, value)
        elif kind == "select-one":
            choose_option(page, name, value)
        elif kind == "checkbox":
            for item in value if isinstance(value, list) else [None]:
                tick(page, name, item)
        elif value:
            type_into(page, name, value)
    submit(page)


def submit(page: Page) -> None:
    tab_to(page, 'button[type="submit"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")


def step_address(page: Page, step: str) -> str:
    """The address of ``step`` in the wizard of this browser's session."""
    cookie = next(c for c in page.context.cookies() if c["name"] == "sessionid")
    session = SessionStore(session_key=cookie["value"])
    return step_slug(submission_key_of(session), step)


def current_step(page: Page) -> str:
    """The step on the page (its address says nothing: signup/wizard/addresses.py)."""
    return page.locator('[name="registration_wizard-current_step"]').input_value()


def walk(page: Page, portal: str, lang: str, answers: dict, scan: bool) -> list[str]:
    """Complete the wizard from the home page, through the start page; returns
    the steps asked."""
    page.goto(f"{portal}/{lang}/")
    tab_to(page, "main a.button")  # "Aanmelden" / "Register"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    if scan:
        assert_no_axe_violations(page)
    tab_to(page, "a.button--start")  # "Start nu" / "Start now"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    asked = []
    while "/confirmation/" not in page.url and "/bevestiging/" not in page.url:
        step = current_step(page)
        assert step in answers, f"the wizard asked '{step}', not in the persona"
        assert step not in asked, f"'{step}' was not accepted"
        expect(page.locator("html")).to_have_attribute("lang", lang)
        if scan:
            assert_no_axe_violations(page)
        asked.append(step)
        answer_by_keyboard(page, step, answers[step])
    return asked


PERSONAS = {
    "adult victim (nl)": ("nl", persona()),
    "professional registering a client (en)": (
        "en",
        professional_persona(
            safe_contact={
                "voicemail_allowed": "yes",
                "may_say_who_we_are": "yes",
                "email_allowed": "yes",
            },
            heard_from={},
        ),
    ),
}


def keyboard_answers(answers: dict) -> dict:
    """Checkbox answers as the test client posts them ("on") become ticks here."""
    return {
        step: {
            field: (True if value == "on" else value) for field, value in data.items()
        }
        for step, data in answers.items()
    }


@pytest.mark.parametrize("name", PERSONAS)
def test_complete_the_wizard_by_keyboard(page: Page, portal, name):
    lang, answers = PERSONAS[name]
    page.add_init_script("window.print = function () { window.printed = true; };")

    asked = walk(page, portal, lang, keyboard_answers(answers), scan=True)

    assert "check" in asked
    registration = Registration.objects.get()
    expect(page.get_by_text(registration.reference)).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    assert_no_axe_violations(page)
    # The confirmation can be printed, by keyboard too.
    tab_to(page, "[data-print-page] button")
    page.keyboard.press("Enter")
    assert page.evaluate("window.printed") is True


def test_errors_are_summarised_focused_and_linked(page: Page, portal):
    page.goto(f"{portal}/en/register/?reset=1")
    answer_by_keyboard(page, "who", {})

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Error: "))
    link = summary.get_by_role("link").first
    target = link.get_attribute("href")
    expect(page.locator(target)).to_have_count(1)
    assert_no_axe_violations(page)

    # What was typed survives an error: the contact step keeps a bad phone number.
    choose_radio(page, "who-registrant", "self")
    submit(page)
    page.goto(f"{portal}/en/register/{step_address(page, 'contact')}/")
    answer_by_keyboard(page, "contact", {"name": "Anna", "phone": "12"})
    expect(page.locator('[name="contact-name"]')).to_have_value("Anna")
    expect(page.locator('[name="contact-phone"]')).to_have_value("12")
    expect(page.locator("#id_contact-phone-error")).to_be_visible()
    assert_no_axe_violations(page)


def test_the_wizard_works_without_javascript(browser: Browser, portal):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    walk(page, portal, "nl", keyboard_answers(persona()), scan=False)

    expect(page.get_by_text(Registration.objects.get().reference)).to_be_visible()
    # A print button cannot work without JavaScript, so none is shown.
    expect(page.locator("[data-print-page]")).to_be_hidden()
    context.close()


def test_delete_my_answers_by_keyboard(page: Page, portal):
    page.goto(f"{portal}/nl/aanmelden/?reset=1")
    choose_radio(page, "who-registrant", "self")
    submit(page)

    tab_to(page, 'a[href="/nl/aanmelden/antwoorden-verwijderen/"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_no_axe_violations(page)
    submit(page)

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Uw antwoorden zijn verwijderd"
    )
    assert_no_axe_violations(page)
