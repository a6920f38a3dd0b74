"""The warning before the answers are deleted, in Chromium (WCAG 2.2.1): it
appears five minutes before, "Keep my answers" by keyboard gives the full time
again without leaving the page (what was typed stays), and when the time is up
it says the answers are gone. The page's clock is Playwright's; the server keeps
its own time, so "keep" is checked against the server too."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_shared_device import answer, current_step

pytestmark = pytest.mark.browser


def at_the_age_step(page: Page, portal: str) -> None:
    page.clock.install()
    page.goto(f"{portal}/nl/aanmelden/?reset=1")
    while current_step(page) != "age":
        answer(page, current_step(page))


def test_the_warning_comes_and_keep_my_answers_works(page: Page, portal, settings):
    kept_seconds = settings.SIGNUP_ANSWERS_KEPT_MINUTES * 60
    at_the_age_step(page, portal)
    timer = page.locator("[data-answers-timer]")
    expect(timer).to_be_hidden()

    page.clock.run_for((kept_seconds - 6 * 60) * 1000)
    expect(timer).to_be_hidden()
    page.clock.run_for(2 * 60 * 1000)
    expect(timer).to_be_visible()
    expect(timer.get_by_role("alert")).to_contain_text("over 5 minuten")

    page.check("[name='age-age_band'][value='23_plus']")  # typed, not yet sent
    keep = timer.get_by_role("button", name="Bewaar mijn antwoorden")
    keep.focus()
    with page.expect_response(re.compile("antwoorden-bewaren")) as kept:
        page.keyboard.press("Enter")
    assert kept.value.json()["seconds_left"] >= kept_seconds - 5
    expect(timer).to_be_hidden()
    expect(page.locator("[name='age-age_band'][value='23_plus']")).to_be_checked()

    page.clock.run_for(kept_seconds * 1000)
    expect(timer).to_be_visible()
    expect(timer.get_by_role("alert")).to_contain_text("zijn uw antwoorden verwijderd")
    expect(timer.get_by_role("button")).to_be_hidden()


def test_the_warning_does_not_cover_the_field_in_focus(page: Page, portal, settings):
    """WCAG 2.4.11: on a small phone, every field and button of the form that gets
    focus stays clear of the warning held at the bottom of the window."""
    at_the_age_step(page, portal)
    page.set_viewport_size({"width": 320, "height": 560})
    page.clock.run_for((settings.SIGNUP_ANSWERS_KEPT_MINUTES * 60 - 4 * 60) * 1000)
    timer = page.locator("[data-answers-timer]")
    expect(timer).to_be_visible()
    controls = page.locator(
        ".wizard__form input:not([type=hidden]), .wizard__form button"
    )
    assert controls.count() > 2
    for index in range(controls.count()):
        control = controls.nth(index)
        control.focus()
        box, cover = control.bounding_box(), timer.bounding_box()
        overlaps = (
            box["y"] + box["height"] > cover["y"]
            and box["y"] < cover["y"] + cover["height"]
        )
        assert not overlaps, f"control {index} is under the warning"
