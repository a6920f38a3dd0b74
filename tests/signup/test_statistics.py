"""Statistics for Beheer: counts per month and the callback promise, on a known
set of registrations; the page and its CSV show aggregates only."""

import csv
import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import translation

import pytest
import time_machine

from signup.desk import access, actions
from signup.statistics.counting import (
    DIMENSIONS,
    Record,
    count_dimension,
    month_of,
    months_between,
    records_between,
    tally,
)
from signup.statistics.views import TOP_ANSWERS, default_period, top_rows
from tests.conftest import parse
from tests.signup.factories import registered
from tests.staff import login_staff, staff_member

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=AMSTERDAM)
SEP, OCT, NOV = date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=AMSTERDAM)


def record(created_at, due_in=timedelta(days=3), called_after=None, **answers):
    return Record(
        created_at=created_at,
        answers={"route": "herstelbemiddeling", "role": "victim", **answers},
        due_at=created_at + due_in,
        first_call_at=created_at + called_after if called_after else None,
    )


# --- the counting, without a database -----------------------------------------


def test_months_are_calendar_months_in_amsterdam():
    # 31 October 23:30 UTC is already 1 November in Amsterdam.
    assert month_of(datetime(2026, 10, 31, 23, 30, tzinfo=ZoneInfo("UTC"))) == NOV
    assert months_between(date(2025, 11, 1), date(2026, 2, 1)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    # The last twelve full months: the month under way is left out.
    assert default_period(date(2026, 11, 23)) == (date(2025, 11, 1), OCT)
    assert default_period(date(2026, 1, 5)) == (date(2025, 1, 1), date(2025, 12, 1))
    assert default_period(date(2026, 12, 1)) == (date(2025, 12, 1), NOV)


def test_counts_per_month_and_answer():
    records = [
        record(at(9, 10), role="victim"),
        record(at(9, 20), role="offender"),
        record(at(10, 2), role="victim"),
        record(at(11, 1, hour=0), role=""),
    ]

    with translation.override("en"):
        statistics = tally(records, [SEP, OCT, NOV], NOW)

    assert statistics.per_month == [2, 1, 1]
    assert statistics.total == 4
    roles = next(t for t in statistics.tables if t.dimension.key == "role")
    assert [(row.code, row.per_month) for row in roles.rows] == [
        ("victim", [1, 1, 0]),
        ("offender", [1, 0, 0]),
        ("", [0, 0, 1]),
    ], "in the wizard's order, unanswered last, answers nobody gave left out"
    assert roles.rows[-1].label == "Not asked or not answered"
    assert roles.largest == 2
    assert [t.dimension.key for t in statistics.tables] == [d.key for d in DIMENSIONS]


def test_the_callback_promise():
    records = [
        record(at(9, 10), called_after=timedelta(hours=2)),  # on time
        record(at(9, 11), called_after=timedelta(days=5)),  # late
        record(at(10, 1)),  # never called, long overdue
        record(at(11, 22)),  # not yet due on the 23rd
    ]

    statistics = tally(records, [SEP, OCT, NOV], NOW)
    promise = statistics.promise

    assert (promise.on_time, promise.late, promise.not_called, promise.pending) == (
        1,
        1,
        1,
        1,
    )
    assert promise.decided == 3
    assert promise.percent_on_time == 33
    assert promise.median_hours == pytest.approx((2 + 120) / 2)
    september = statistics.promise_per_month[0]
    assert (september.on_time, september.late, september.percent_on_time) == (
        1,
        1,
        50,
    )
    assert statistics.promise_per_month[2].percent_on_time is None


def test_an_empty_period_has_no_share_and_no_median():
    statistics = tally([], [NOV], NOW)

    assert statistics.total == 0
    assert statistics.promise.percent_on_time is None
    assert statistics.promise.median_hours is None
    assert all(table.rows == [] for table in statistics.tables)


# --- on stored registrations ----------------------------------------------------


@pytest.fixture
def known_registrations(seeded):
    """Five registrations from September to November with known callbacks."""
    made = {}
    with time_machine.travel(at(9, 10), tick=False):
        made["on_time"] = registered(at(9, 10))
    with time_machine.travel(at(9, 10, hour=12), tick=False):
        actions.log_attempt(made["on_time"].callback, "no_answer", "", None)
    with time_machine.travel(at(9, 14), tick=False):
        made["late"] = registered(
            at(9, 14),
            registrant="professional",
            organisation_type="probation",
            client_consent=True,
            professional_name="Joost",
            professional_organisation="Reclassering",
            professional_phone="+31201234567",
            professional_email="joost@example.nl",
        )
    with time_machine.travel(at(9, 30), tick=False):
        actions.log_attempt(made["late"].callback, "reached", "Gesproken", None)
    with time_machine.travel(at(10, 5), tick=False):
        made["never"] = registered(
            at(10, 5), "en", offence="traffic", role="bereaved", heard_from="police"
        )
        made["also_october"] = registered(at(10, 6), age_band="16_17")
    with time_machine.travel(at(11, 22), tick=False):
        made["pending"] = registered(at(11, 22), offence="traffic")
    return made


def test_statistics_of_stored_registrations(known_registrations):
    statistics = tally(records_between(SEP, NOV), [SEP, OCT, NOV], NOW)

    assert statistics.per_month == [2, 2, 1]
    tables = {t.dimension.key: t for t in statistics.tables}
    assert {r.code: r.total for r in tables["offence"].rows} == {
        "violence": 3,
        "traffic": 2,
    }
    assert {r.code: r.per_month for r in tables["registrant"].rows} == {
        "self": [1, 2, 1],
        "professional": [1, 0, 0],
    }
    assert {r.code: r.total for r in tables["language"].rows} == {"nl": 4, "en": 1}
    assert {r.code: r.total for r in tables["age_band"].rows} == {
        "16_17": 1,
        "23_plus": 4,
    }
    promise = statistics.promise
    assert (promise.on_time, promise.late, promise.not_called, promise.pending) == (
        1,
        1,
        2,
        1,
    )
    assert promise.median_hours == pytest.approx((2 + 16 * 24) / 2)


def test_months_outside_the_period_are_not_counted(known_registrations):
    statistics = tally(records_between(OCT, OCT), [OCT], NOW)

    assert statistics.per_month == [2]


@time_machine.travel(NOW, tick=False)
def test_the_page_shows_tables_with_the_figures(client, known_registrations):
    login_staff(client, staff_member(access.BEHEER))

    response = client.get(
        "/admin/registration/statistics/", {"start": "2026-09", "end": "2026-11"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Aanmeldingen en de terugbelbelofte per maand" in html
    assert "Verkeersongeval" in html  # the offence label, in the admin's language
    assert "50%" in html  # the share called on time
    for registration in known_registrations.values():
        assert registration.reference not in html
    assert "Anna" not in html
    assert "statistics/csv/?start=2026-09&amp;end=2026-11" in html


@time_machine.travel(NOW, tick=False)
def test_without_a_period_the_page_shows_the_last_twelve_months(
    client, known_registrations
):
    login_staff(client, staff_member(access.BEHEER))

    html = client.get("/admin/registration/statistics/").content.decode()

    assert "nov 2025" in html and "okt 2026" in html
    assert "okt 2025" not in html and "nov 2026" not in html


def test_the_funnel_and_the_share_per_team(client, known_registrations):
    """Of five registrations two were called, one reached, and that one handed
    to a mediator when closed; four callbacks were due, one made on time."""
    actions.close(known_registrations["late"], None, "handed_over")
    statistics = tally(records_between(SEP, NOV), [SEP, OCT, NOV], NOW)

    assert [(value, percent) for _label, value, percent in statistics.funnel.steps] == [
        (5, 100),
        (2, 40),
        (1, 20),
        (1, 20),
    ]
    assert {
        team: (p.decided, p.percent_on_time)
        for team, p in statistics.promise_per_team.items()
    } == {"aanmeldpunt": (4, 25)}
    assert [p.percent_on_time for p in statistics.promise_per_month] == [50, 0, None]


@time_machine.travel(NOW, tick=False)
def test_the_page_answers_are_we_keeping_the_promise(
    client, known_registrations, settings
):
    settings.SIGNUP_CALLBACK_TARGET_PERCENT = 80
    login_staff(client, staff_member(access.BEHEER))

    page = parse(
        client.get(
            "/admin/registration/statistics/", {"start": "2026-09", "end": "2026-11"}
        )
    )

    figures = page.select_one(".stat-figures").get_text(" ", strip=True)
    assert "25%" in figures and "Doel: 80%" in figures and "niet gehaald" in figures
    chart = page.select_one("svg.stat-chart__svg")
    assert chart["role"] == "img" and chart.find("title").get_text()
    assert len(chart.select("rect.stat-chart__bar")) == 3
    # September 50%, October 0%, November nothing due yet: two points.
    assert len(chart.select("circle.stat-chart__point")) == 2
    target = chart.select_one("line.stat-chart__target")
    assert float(target["y1"]) == pytest.approx(16 + 208 * 0.2)
    funnel = [li.get_text(" ", strip=True) for li in page.select(".stat-funnel li")]
    assert funnel[0].startswith("Aangemeld 5") and funnel[1].endswith("2 (40%)")
    teams = page.find("caption", string="De terugbelbelofte per team").parent
    assert "25%" in teams.get_text() and "onder het doel" in teams.get_text()


def test_a_long_table_shows_the_largest_answers_and_the_rest_as_other():
    dimension = next(d for d in DIMENSIONS if d.key == "offence")
    records = [
        record(at(9, 1), offence=code)
        for i, (code, _label) in enumerate(dimension.choices)
        for _n in range(i + 1)
    ]
    table = count_dimension(records, dimension, [SEP])
    rows = top_rows(table, len(records))

    assert len(rows) == TOP_ANSWERS + 1
    assert rows[0][1] == len(dimension.choices)  # the largest first
    label, count, _bar, _percent = rows[-1]
    assert label in ("Other answers (4)", "Andere antwoorden (4)")
    assert sum(row[1] for row in rows) == len(records)


@pytest.mark.parametrize(
    "period, message",
    [
        ({"start": "2026-11", "end": "2026-09"}, "De eerste maand"),
        ({"start": "2020-01", "end": "2026-09"}, "ten hoogste 36"),
        ({"start": "november", "end": "2026-09"}, "jaar en een maand"),
    ],
)
def test_a_wrong_period_is_explained(client, seeded, period, message):
    login_staff(client, staff_member(access.BEHEER))

    response = client.get("/admin/registration/statistics/", period)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert client.get("/admin/registration/statistics/csv/", period).status_code == 400


@time_machine.travel(NOW, tick=False)
def test_the_csv_holds_aggregates_only(client, known_registrations):
    login_staff(client, staff_member(access.BEHEER))

    response = client.get(
        "/admin/registration/statistics/csv/", {"start": "2026-09", "end": "2026-11"}
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert list(rows[0]) == ["month", "dimension", "code", "label", "value"]
    value = {(r["month"], r["dimension"], r["code"]): r["value"] for r in rows}
    assert value[("2026-09", "registrations", "total")] == "2"
    assert value[("2026-10", "offence", "traffic")] == "1"
    assert value[("2026-09", "registrant", "professional")] == "1"
    assert value[("2026-09", "callback", "on_time")] == "1"
    assert value[("2026-10", "callback", "not_called")] == "2"
    assert value[("2026-09", "callback", "median_hours_to_first_call")] == "193.0"
    # The period's funnel and the promise per team.
    assert value[("2026-09/2026-11", "funnel", "registered")] == "5"
    assert value[("2026-09/2026-11", "funnel", "called")] == "2"
    assert value[("2026-09/2026-11", "team_due", "aanmeldpunt")] == "4"
    assert value[("2026-09/2026-11", "team_on_time", "aanmeldpunt")] == "1"
    for registration in known_registrations.values():
        assert registration.reference not in body
    for personal in ("Anna", "612345678", "Piet", "Joost"):
        assert personal not in body


# --- version 2: hopes, organisations, flags -----------------------------------------


def test_hopes_count_the_registrations_per_hope():
    records = [
        record(at(9, 10), hopes=["answers", "stop"]),
        record(at(9, 11), hopes=["answers"]),
        record(at(10, 2), hopes=["stop", "stop"]),  # a code given twice counts once
        record(at(10, 3), hopes=[]),
        record(at(11, 4)),  # registered before the question was asked
    ]

    with translation.override("en"):
        statistics = tally(records, [SEP, OCT, NOV], NOW)

    hopes = next(t for t in statistics.tables if t.dimension.key == "hopes")
    assert [(row.code, row.per_month) for row in hopes.rows] == [
        ("answers", [2, 0, 0]),
        ("stop", [1, 1, 0]),
        ("", [0, 1, 1]),
    ]
    assert hopes.rows[0].label == "Answers to my questions"
    assert sum(row.total for row in hopes.rows) == 6 > statistics.total == 5
    with translation.override("en"):
        assert hopes.dimension.note.startswith("Several answers per registration")
    role = next(t for t in statistics.tables if t.dimension.key == "role")
    assert role.dimension.note == ""


def test_registrations_for_an_organisation_are_counted():
    records = [
        record(at(9, 10), registrant="organisation"),
        record(at(9, 11), registrant="self"),
        record(at(10, 1), registrant="organisation"),
    ]

    with translation.override("nl"):
        statistics = tally(records, [SEP, OCT, NOV], NOW)

    registrant = next(t for t in statistics.tables if t.dimension.key == "registrant")
    assert [(row.code, row.label, row.total) for row in registrant.rows] == [
        ("self", "De persoon zelf", 1),
        ("organisation", "Iemand namens een getroffen organisatie", 2),
    ]


def test_the_flags_are_counted_with_the_new_ones():
    records = [
        record(at(9, 10), flags=["deferred", "safety"]),
        record(at(9, 11), flags=["by_post", "deferred"]),
        record(at(9, 12), flags=[]),
    ]

    statistics = tally(records, [SEP], NOW)

    flags = next(t for t in statistics.tables if t.dimension.key == "flags")
    totals = {row.code: row.total for row in flags.rows}
    assert totals == {"safety": 1, "by_post": 1, "deferred": 2, "": 1}
    assert [row.code for row in flags.rows] == ["safety", "by_post", "deferred", ""]


@pytest.fixture
def version_2_registrations(seeded):
    with time_machine.travel(at(11, 2), tick=False):
        return [
            registered(at(11, 2), hopes=["answers", "apology"], contact_timing="6"),
            registered(at(11, 3), hopes=["answers"]),
            # As registered before the question was asked.
            registered(
                at(11, 4),
                registrant="organisation",
                organisation_name="Voetbalclub De Zwaluwen",
                hopes=[],
            ),
        ]


def test_hopes_and_organisations_of_stored_registrations(version_2_registrations):
    statistics = tally(records_between(NOV, NOV), [NOV], NOW)

    tables = {t.dimension.key: t for t in statistics.tables}
    assert {r.code: r.total for r in tables["hopes"].rows} == {
        "answers": 2,
        "apology": 1,
        "": 1,
    }
    assert {r.code: r.total for r in tables["registrant"].rows} == {
        "self": 2,
        "organisation": 1,
    }
    flags = {r.code: r.total for r in tables["flags"].rows}
    assert flags["deferred"] == 1 and flags["organisation"] == 1


@time_machine.travel(NOW, tick=False)
def test_the_page_and_the_csv_show_the_new_dimensions(client, version_2_registrations):
    login_staff(client, staff_member(access.BEHEER))
    period = {"start": "2026-11", "end": "2026-11"}

    html = client.get("/admin/registration/statistics/", period).content.decode()
    body = client.get("/admin/registration/statistics/csv/", period).content.decode()

    assert "Waar mensen op hopen" in html
    assert "Meer antwoorden per aanmelding" in html
    assert "Iemand namens een getroffen organisatie" in html
    assert "Signalen voor het terugbellen" in html
    assert "Zwaluwen" not in html + body
    value = {
        (r["month"], r["dimension"], r["code"]): r["value"]
        for r in csv.DictReader(io.StringIO(body))
    }
    assert value[("2026-11", "hopes", "answers")] == "2"
    assert value[("2026-11", "registrant", "organisation")] == "1"
    assert value[("2026-11", "flags", "deferred")] == "1"
