"""Working a callback from its detail page (issue 15): the outcome in one click,
"save and next" through the queue, and a required outcome when closing, which
the statistics count."""

from datetime import date, timedelta

from django.utils import translation

import pytest

from signup.desk import access
from signup.models import CallAttempt
from signup.statistics.counting import DIMENSIONS, count_dimension, records_between
from tests.conftest import parse
from tests.signup.factories import registered
from tests.signup.test_desk import CASES
from tests.staff import login_staff, staff_member


@pytest.fixture
def worker(client, seeded, friday):
    user = staff_member(access.AANMELDPUNT)
    login_staff(client, user)
    return user


def three_due_in_order(friday):
    """Three callbacks, due one hour apart, made in another order."""
    later, first, middle = registered(), registered(), registered()
    for hours, registration in enumerate((first, middle, later)):
        registration.callback.due_at = friday + timedelta(days=1, hours=hours)
        registration.callback.save()
    return first, middle, later


def url(registration, action=""):
    return f"/admin/registration/{registration.pk}/{action}"


def test_the_outcome_is_one_click_and_then_the_next_opens(client, worker, friday):
    first, middle, later = three_due_in_order(friday)

    page = parse(client.get(url(first)))
    form = page.select_one("form[action$='/attempt/']")
    assert form.select_one("input[name=then][value=next]").has_attr("checked")
    assert [b.get_text(strip=True) for b in form.select("button[name=outcome]")][
        :2
    ] == ["Bereikt", "Geen gehoor"]

    response = client.post(
        url(first, "attempt/"), {"outcome": "no_answer", "note": "", "then": "next"}
    )
    assert response.status_code == 302 and response.url == url(middle)
    assert CallAttempt.objects.get().callback == first.callback

    # Marked done, it leaves the queue; the next is still the one after it.
    response = client.post(url(middle, "done/"), {"then": "next"})
    assert response.url == url(later)

    # The last one: back to the list, with a word.
    response = client.post(url(later, "done/"), {"then": "next"}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/registration/"
    assert "Dat was de laatste terugbelactie in de rij." in response.content.decode()
    # The first one, not reached, is still in the queue.
    listed = parse(response).select("tbody td.title a")
    assert [a.get_text(strip=True) for a in listed] == [first.reference]


def test_without_next_the_worker_stays(client, worker, friday):
    first, middle, _later = three_due_in_order(friday)

    response = client.post(url(first, "attempt/"), {"outcome": "voicemail"})
    assert response.url == url(first)


def test_the_next_stays_within_the_workers_teams(client, worker, friday):
    mine = registered()
    other_team = registered(answers=CASES["mis_rotterdam"])
    assert other_team.callback.team == "mis_rotterdam"
    other_team.callback.due_at = mine.callback.due_at + timedelta(minutes=5)
    other_team.callback.save()

    response = client.post(url(mine, "done/"), {"then": "next"})
    assert response.url == "/admin/registration/"


def test_closing_needs_an_outcome_and_a_reason_for_not_going_on(client, worker):
    registration = registered()

    client.post(url(registration, "close/"), {})
    client.post(url(registration, "close/"), {"outcome": "not_going_on"})
    registration.refresh_from_db()
    assert registration.status == "open"

    client.post(
        url(registration, "close/"),
        {"outcome": "not_going_on", "stop_reason": "not_now"},
    )
    registration.refresh_from_db()
    assert registration.status == "closed"
    assert (registration.outcome, registration.stop_reason) == (
        "not_going_on",
        "not_now",
    )
    page = parse(client.get(url(registration)))
    outcome = page.select_one("#outcome-title").parent.get_text(" ", strip=True)
    assert "Bereikt, gaat niet verder: Nu niet, misschien later" in outcome


def test_a_reason_is_kept_only_with_not_going_on(client, worker):
    registration = registered()

    client.post(
        url(registration, "close/"), {"outcome": "duplicate", "stop_reason": "not_now"}
    )
    registration.refresh_from_db()
    assert (registration.outcome, registration.stop_reason) == ("duplicate", "")


def test_outcomes_are_counted(client, worker, friday):
    handed, not_going_on, still_open = registered(), registered(), registered()
    client.post(url(handed, "close/"), {"outcome": "handed_over"})
    client.post(
        url(not_going_on, "close/"),
        {"outcome": "not_going_on", "stop_reason": "other_help"},
    )
    month = date(friday.year, friday.month, 1)
    records = records_between(month, month)
    dimensions = {d.key: d for d in DIMENSIONS}
    translation.activate("nl")

    outcomes = count_dimension(records, dimensions["outcome"], [month])
    assert {row.label: row.total for row in outcomes.rows} == {
        "Bereikt en overgedragen aan een bemiddelaar": 1,
        "Bereikt, gaat niet verder": 1,
        "Nog niet afgesloten": 1,
    }
    reasons = count_dimension(records, dimensions["stop_reason"], [month])
    assert {row.label: row.total for row in reasons.rows}[
        "Heeft voor andere hulp gekozen"
    ] == 1
    assert still_open.outcome == ""


def test_the_phone_number_dials_from_the_detail_page(client, worker):
    registration = registered()

    page = parse(client.get(url(registration)))

    link = page.select_one('.desk__safe a[href="tel:+31612345678"]')
    assert link.get_text() == "06 12345678"
