"""The reminder's link in Chromium: opened from the e-mail the worker sent, the
call postponed by keyboard only, the new date shown; the pages pass axe at a
phone's and a desktop's width."""

import os
import re
from datetime import timedelta
from pathlib import Path

from django.core import mail
from django.utils import timezone

import pytest
from playwright.sync_api import Page, expect

from signup.models import CallbackTask
from signup.rules.dates import callback_day_with_year
from signup.rules.deadlines import postponed_due_at
from signup.tasks import send_due_reminders
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_wizard import choose_radio, focused_matches, tab_to
from tests.signup.factories import registered
from tests.signup.wizard import run_worker

pytestmark = pytest.mark.browser

# Set to a directory to keep screenshots of the pages at 320 and 1280 px.
SCREENSHOTS = os.environ.get("LATER_CONTACT_SCREENSHOTS")


def shoot(page: Page, name: str) -> None:
    if not SCREENSHOTS:
        return
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=Path(SCREENSHOTS) / f"{name}-{width}.png", full_page=True)


def reminder_link(settings, portal: str) -> tuple[str, CallbackTask]:
    """A registration for 'in 3 months' whose callback is due in six days, and
    the link in the reminder the worker e-mailed."""
    settings.PUBLIC_BASE_URL = portal
    registration = registered(contact_timing="3")
    CallbackTask.objects.filter(registration=registration).update(
        due_at=timezone.now() + timedelta(days=6)
    )
    run_worker()  # the confirmation and the team's e-mail
    mail.outbox.clear()
    send_due_reminders.enqueue()
    run_worker()
    [message] = [m for m in mail.outbox if m.to == ["anna@example.nl"]]
    [link] = re.findall(r"https?://\S+", message.body)
    return link, CallbackTask.objects.get(registration=registration)


def test_the_reminder_link_postpones_by_keyboard(page: Page, portal, settings):
    link, callback = reminder_link(settings, portal)
    assert link.startswith(f"{portal}/nl/later-contact/")
    new_due = postponed_due_at(callback.due_at, 6)
    new_day = callback_day_with_year(new_due, "nl")

    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Wanneer mogen wij contact met u opnemen?"
    )
    assert_no_axe_violations(page)
    shoot(page, "later-choices")

    page.set_viewport_size({"width": 1280, "height": 900})
    choose_radio(page, "months", "6")
    tab_to(page, "button[type=submit]")
    assert focused_matches(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Het gesprek is uitgesteld"
    )
    expect(page.get_by_role("status")).to_contain_text(
        f"Wij bellen u uiterlijk {new_day}."
    )
    assert_no_axe_violations(page)
    shoot(page, "later-done")
    callback.refresh_from_db()
    assert callback.due_at == new_due and callback.postponements == 1

    # Back on the link: postponing again is not offered.
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "U hebt al een keer uitgesteld"
    )
    expect(page.locator("input[name=months]")).to_have_count(0)
    shoot(page, "later-postponed")


def test_the_withdraw_and_bad_link_pages_pass_axe(page: Page, portal, settings):
    link, callback = reminder_link(settings, portal)

    page.goto(link)
    page.get_by_role("link", name="Mijn aanmelding intrekken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Wilt u uw aanmelding intrekken?"
    )
    assert_no_axe_violations(page)
    shoot(page, "later-withdraw")
    page.get_by_role("button", name="Ja, trek mijn aanmelding in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Uw aanmelding is ingetrokken"
    )
    assert_no_axe_violations(page)
    shoot(page, "later-withdrawn")

    end = "AAAA" if link[-5:-1] != "AAAA" else "BBBB"
    response = page.goto(link.rstrip("/")[:-4] + end + "/")
    assert response.status == 400
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze link werkt niet")
    assert_no_axe_violations(page)
    shoot(page, "later-bad-link")
