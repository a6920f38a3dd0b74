"""The desk keeps later contact apart from its due queue: a deferred callback more
than a week away is not on the dashboard panel's lists or in the default listing,
but in its own filter, with when it is due and whether the reminder went out or
the person postponed."""

from datetime import timedelta

from django.utils import timezone

import pytest
import time_machine

from signup.deferral import actions
from signup.desk import access
from signup.desk.dashboard import callback_buckets
from signup.desk.escalation import escalate
from signup.models import CallbackTask
from tests.conftest import parse
from tests.signup.factories import registered
from tests.staff import login_staff, staff_member

LISTING = "/admin/registration/"


@pytest.fixture
def queue(seeded, friday):
    """Two registrations for the same team on Friday 27 November 2026: one to call
    by Monday, one 'in 12 months' (Monday 29 November 2027)."""
    return {"now": registered(), "later": registered(contact_timing="12")}


@pytest.fixture
def desk_user(client, db):
    user = staff_member(access.AANMELDPUNT)
    login_staff(client, user)
    return user


def references(response) -> set[str]:
    page = parse(response)
    return {link.get_text(strip=True) for link in page.select("tbody td.title a")}


def test_the_dashboard_counts_later_contact_apart(client, queue, desk_user):
    buckets = callback_buckets(desk_user)
    assert [c.registration for c in buckets["upcoming"]] == [queue["now"]]
    assert [c.registration for c in buckets["later"]] == [queue["later"]]

    page = parse(client.get("/admin/"))
    panel = page.select_one("#callbacks-content") or page
    assert queue["now"].reference in panel.get_text()
    assert queue["later"].reference not in panel.get_text()
    later_link = panel.select_one(f'a[href="{LISTING}?later=only"]')
    assert later_link.get_text(" ", strip=True) == (
        "1 later contact opnemen (over meer dan een week)"
    )


def test_the_default_listing_is_the_due_queue(client, queue, desk_user):
    assert references(client.get(LISTING)) == {queue["now"].reference}
    assert references(client.get(LISTING + "?later=also")) == {
        queue["now"].reference,
        queue["later"].reference,
    }
    # A reference from a phone call is found, later contact or not.
    found = client.get(LISTING + f"?q={queue['later'].reference}")
    assert references(found) == {queue["later"].reference}


def test_the_later_contact_filter_shows_due_date_reminder_and_postponement(
    client, queue, desk_user
):
    response = client.get(LISTING + "?later=only")

    assert references(response) == {queue["later"].reference}
    page = parse(response)
    headers = [th.get_text(" ", strip=True) for th in page.select("thead th")]
    assert "Later contact opnemen" in headers
    row = page.select_one("tbody tr").get_text(" ", strip=True)
    assert "29 november 2027" in row
    assert "nog geen herinnering verstuurd" in row

    callback = queue["later"].callback
    CallbackTask.objects.filter(pk=callback.pk).update(
        due_at=timezone.now() + timedelta(days=6)
    )
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        CallbackTask.objects.filter(pk=callback.pk).update(
            reminder_sent_at=timezone.now()
        )
        actions.postpone(callback.pk, 3)

    row = parse(client.get(LISTING + "?later=only")).select_one("tbody tr")
    text = row.get_text(" ", strip=True)
    assert "nog geen herinnering verstuurd" in text, "a new reminder is to come"
    assert "uitgesteld door de persoon" in text
    assert "Later contact opnemen" in text, "the callback column says it too"


def test_a_week_before_it_is_due_it_joins_the_queue(client, queue, desk_user):
    callback = queue["later"].callback
    CallbackTask.objects.filter(pk=callback.pk).update(
        due_at=timezone.now() + timedelta(days=6, hours=23),
        reminder_sent_at=timezone.now(),
    )

    assert queue["later"].reference in references(client.get(LISTING))
    assert references(client.get(LISTING + "?later=only")) == set()
    buckets = callback_buckets(desk_user)
    assert queue["later"].callback in buckets["upcoming"]
    assert buckets["later"] == []
    detail = client.get(f"/admin/registration/{queue['later'].pk}/")
    text = parse(detail).select_one(".desk__callback").get_text(" ", strip=True)
    assert "Later contact opnemen: de persoon koos wanneer we bellen." in text
    assert "Herinnering verstuurd op" in text


def test_later_contact_is_not_escalated_before_it_is_due(queue, friday):
    tuesday = friday + timedelta(days=4)
    assert escalate(tuesday) == 1  # the callback due on Monday: overdue
    assert escalate(tuesday + timedelta(days=300)) == 0
    due = queue["later"].callback.due_at
    assert escalate(due - timedelta(hours=12)) == 1


def test_the_desk_sees_a_withdrawal(client, queue, desk_user):
    deferred = queue["later"]
    actions.withdraw(deferred.callback.pk)

    detail = client.get(f"/admin/registration/{deferred.pk}/").content.decode()
    assert "Ingetrokken door de persoon" in detail
    # Closed, so out of the work queue and one filter away.
    assert deferred.reference not in client.get(LISTING).content.decode()
    listing = client.get(LISTING, {"status": "closed"}).content.decode()
    assert deferred.reference in listing
    assert "Ingetrokken door de persoon" in listing
    history = client.get(f"/admin/registration/{deferred.pk}/history/")
    assert "Aanmelding ingetrokken door de persoon" in history.content.decode()
