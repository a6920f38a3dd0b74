"""The desk's work queue (issue 15): by default the open callbacks of the
worker's teams, due first, with the name, a phone link, when to call, attempts,
assignee, due moment and the flags that change how to call; closed ones and
"assigned to me" or "unassigned" one filter away."""

from datetime import timedelta

import pytest

from signup.desk import access
from signup.desk.queue import due_text
from tests.conftest import parse
from tests.signup.factories import registered
from tests.staff import login_staff, staff_member

LISTING = "/admin/registration/"


@pytest.fixture
def worker(client, seeded, friday):
    user = staff_member(access.AANMELDPUNT)
    login_staff(client, user)
    return user


def rows(client, **params) -> list[list[str]]:
    page = parse(client.get(LISTING, params))
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in page.select("tbody tr")
    ]


def test_the_queue_shows_what_is_needed_to_call(client, worker):
    anna = registered(name="Anna de Vries")
    page = parse(client.get(LISTING))

    row = page.select_one("tbody tr")
    assert anna.reference in row.get_text()
    assert "Anna de Vries" in row.get_text()
    assert row.select_one('a[href="tel:+31612345678"]').get_text() == "06 12345678"
    headers = [th.get_text(" ", strip=True) for th in page.select("thead th")]
    for header in ("Naam", "Telefoon", "Pogingen", "Toegewezen aan", "Signalen"):
        assert header in headers


def test_closed_and_done_are_one_filter_away(client, worker):
    open_one = registered()
    closed = registered()
    closed.status = "closed"
    closed.save()

    listed = " ".join(" ".join(r) for r in rows(client))
    assert open_one.reference in listed and closed.reference not in listed
    listed = " ".join(" ".join(r) for r in rows(client, status="closed"))
    assert closed.reference in listed and open_one.reference not in listed


def test_assigned_to_me_and_unassigned(client, worker):
    mine, free = registered(), registered()
    mine.callback.assigned_to = worker
    mine.callback.save()

    me = " ".join(" ".join(r) for r in rows(client, assigned="me"))
    nobody = " ".join(" ".join(r) for r in rows(client, assigned="nobody"))
    assert mine.reference in me and free.reference not in me
    assert free.reference in nobody and mine.reference not in nobody


def test_the_due_moment_says_how_late(seeded, friday):
    registration = registered()
    due = registration.callback.due_at

    assert "dagen te laat" not in due_text(registration, due - timedelta(hours=1))
    assert due_text(registration, due + timedelta(days=2, hours=1)).endswith(
        "(2 dagen te laat)"
    )
