"""Callback due dates: three calendar days, last working day inside the window; a
hearing soon, "not now, later", postponing, the reminder, and the calendar and
clock of the Caribbean Netherlands."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from signup.rules.deadlines import (
    CARIBBEAN_NETHERLANDS,
    NETHERLANDS,
    add_months,
    callback_due_at,
    due_date,
    is_working_day,
    next_working_day,
    postponed_due_at,
    reminder_due_at,
    territory_for,
)

AMS = ZoneInfo("Europe/Amsterdam")
KRALENDIJK = ZoneInfo("America/Kralendijk")


@pytest.mark.parametrize(
    ("submitted", "due"),
    [
        # An ordinary week (23-29 November 2026), every weekday.
        (date(2026, 11, 23), date(2026, 11, 26)),  # Monday -> Thursday
        (date(2026, 11, 24), date(2026, 11, 27)),  # Tuesday -> Friday
        (date(2026, 11, 25), date(2026, 11, 27)),  # Wednesday -> Friday (Sat, Sun)
        (date(2026, 11, 26), date(2026, 11, 27)),  # Thursday -> Friday
        (date(2026, 11, 27), date(2026, 11, 30)),  # Friday -> Monday
        (date(2026, 11, 28), date(2026, 12, 1)),  # Saturday -> Tuesday
        (date(2026, 11, 29), date(2026, 12, 2)),  # Sunday -> Wednesday
    ],
)
def test_every_weekday(submitted, due):
    assert due_date(submitted) == due


def test_kings_day_window_without_working_day_moves_to_the_day_after():
    # Friday 24 April 2026: Saturday, Sunday and King's Day (Monday 27 April).
    assert not is_working_day(date(2026, 4, 27))
    assert due_date(date(2026, 4, 24)) == date(2026, 4, 28)


def test_christmas():
    # Wednesday 23 December: Thursday 24 works, 25 and 26 are holidays.
    assert due_date(date(2026, 12, 23)) == date(2026, 12, 24)
    # Thursday 24 December: Christmas, Boxing Day, Sunday -> Monday 28.
    assert due_date(date(2026, 12, 24)) == date(2026, 12, 28)


def test_liberation_day_is_a_public_holiday_only_in_lustrum_years():
    assert not is_working_day(date(2025, 5, 5))
    assert is_working_day(date(2026, 5, 5))
    # Friday 2 May 2025: Sat, Sun, Liberation Day -> Tuesday 6 May.
    assert due_date(date(2025, 5, 2)) == date(2025, 5, 6)


def test_easter_weekend():
    # The holidays package counts Good Friday (3 April 2026) and Easter Monday
    # (6 April) as Dutch public holidays.
    assert not is_working_day(date(2026, 4, 3))
    assert not is_working_day(date(2026, 4, 6))
    # Thursday 2 April: Good Friday, Saturday, Easter Sunday; Easter Monday
    # too, so the first working day after the window is Tuesday 7 April.
    assert due_date(date(2026, 4, 2)) == date(2026, 4, 7)


def test_new_year_across_the_year_boundary():
    # Tuesday 29 Dec 2026: Wed 30, Thu 31, Fri 1 Jan (holiday) -> Thursday 31.
    assert due_date(date(2026, 12, 29)) == date(2026, 12, 31)


def test_working_day_counting_mode():
    assert due_date(date(2026, 11, 27), mode="working") == date(2026, 12, 2)
    assert due_date(date(2026, 12, 23), mode="working") == date(2026, 12, 29)


def test_window_length_is_a_setting():
    assert due_date(date(2026, 11, 23), window_days=1) == date(2026, 11, 24)
    assert due_date(date(2026, 11, 23), window_days=5) == date(2026, 11, 27)


@pytest.mark.parametrize("bad", [{"window_days": 0}, {"mode": "fortnightly"}])
def test_invalid_settings_are_refused(bad):
    with pytest.raises(ValueError):
        due_date(date(2026, 11, 23), **bad)


def test_due_moment_is_end_of_office_hours_in_amsterdam():
    due = callback_due_at(datetime(2026, 11, 27, 10, 0, tzinfo=AMS))

    assert due == datetime(2026, 11, 30, 17, 0, tzinfo=AMS)
    assert due.utcoffset().total_seconds() == 3600


def test_late_evening_submission_counts_from_the_local_date():
    # 23:30 UTC on Friday is 00:30 on Saturday in Amsterdam.
    submitted = datetime(2026, 11, 27, 23, 30, tzinfo=ZoneInfo("UTC"))

    assert callback_due_at(submitted).date() == date(2026, 12, 1)


def test_window_across_the_end_of_summer_time():
    # Summer time ends on Sunday 25 October 2026.
    due = callback_due_at(datetime(2026, 10, 23, 12, 0, tzinfo=AMS))

    assert due == datetime.combine(date(2026, 10, 26), time(17), tzinfo=AMS)
    assert due.utcoffset().total_seconds() == 3600


def test_window_across_the_start_of_summer_time():
    # Summer time starts on Sunday 29 March 2026.
    due = callback_due_at(datetime(2026, 3, 27, 12, 0, tzinfo=AMS))

    assert due.date() == date(2026, 3, 30)
    assert due.utcoffset().total_seconds() == 7200


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        callback_due_at(datetime(2026, 11, 27, 10, 0))


# --- a hearing soon: the next working day ---------------------------------------------
@pytest.mark.parametrize(
    ("submitted", "due"),
    [
        # Monday: Tuesday, not the usual Thursday.
        (date(2026, 11, 23), date(2026, 11, 24)),
        # Friday: over the weekend to Monday.
        (date(2026, 11, 27), date(2026, 11, 30)),
        # Saturday and Sunday: Monday.
        (date(2026, 11, 28), date(2026, 11, 30)),
        (date(2026, 11, 29), date(2026, 11, 30)),
        # Friday before King's Day (Monday 27 April 2026): Tuesday.
        (date(2026, 4, 24), date(2026, 4, 28)),
        # Wednesday before Ascension Day (Thursday 14 May 2026): Friday.
        (date(2026, 5, 13), date(2026, 5, 15)),
        # Christmas Eve: Christmas, Boxing Day, Sunday, so Monday 28 December.
        (date(2026, 12, 24), date(2026, 12, 28)),
        # New Year's Eve: New Year's Day is a holiday, so Monday 4 January.
        (date(2026, 12, 31), date(2027, 1, 4)),
    ],
)
def test_a_hearing_soon_makes_the_callback_due_the_next_working_day(submitted, due):
    submitted_at = datetime.combine(submitted, time(10), tzinfo=AMS)

    assert callback_due_at(submitted_at, hearing_soon=True) == datetime.combine(
        due, time(17), tzinfo=AMS
    )


def test_a_hearing_soon_is_never_later_than_the_usual_callback():
    for offset in range(366):
        submitted_at = datetime.combine(
            date(2026, 1, 1) + timedelta(days=offset), time(10), tzinfo=AMS
        )
        soon = callback_due_at(submitted_at, hearing_soon=True)
        usual = callback_due_at(submitted_at)
        assert submitted_at < soon <= usual, submitted_at


# --- "not now, later" -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "months", "later"),
    [
        (date(2026, 11, 15), 3, date(2027, 2, 15)),
        (date(2026, 11, 15), 12, date(2027, 11, 15)),
        # The month's last day where the month is shorter.
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # a leap year
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 3, 31), 6, date(2026, 9, 30)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 12, 31), 3, date(2027, 3, 31)),
        (date(2026, 10, 31), 12, date(2027, 10, 31)),
        (date(2026, 5, 5), 0, date(2026, 5, 5)),
    ],
)
def test_add_months(day, months, later):
    assert add_months(day, months) == later


@pytest.mark.parametrize(
    ("submitted", "months", "due"),
    [
        # Months from month ends: Sunday 28 February 2027, so Monday 1 March.
        (date(2026, 8, 31), 6, date(2027, 3, 1)),
        (date(2026, 11, 30), 3, date(2027, 3, 1)),
        # Tuesday 29 February 2028, a leap day and a working day.
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 12, 31), 3, date(2027, 3, 31)),
        # Sunday 31 January 2027: Monday 1 February.
        (date(2026, 1, 31), 12, date(2027, 2, 1)),
        # On a holiday: King's Day (Tuesday 27 April 2027), so Wednesday 28 April.
        (date(2026, 10, 27), 6, date(2027, 4, 28)),
        # Christmas Day, Boxing Day, Sunday: Monday 28 December.
        (date(2026, 6, 25), 6, date(2026, 12, 28)),
        # An ordinary working day stays as it is.
        (date(2026, 4, 29), 6, date(2026, 10, 29)),
    ],
)
def test_later_is_the_first_working_day_on_or_after_the_date_months_on(
    submitted, months, due
):
    submitted_at = datetime.combine(submitted, time(10), tzinfo=AMS)

    assert callback_due_at(submitted_at, later_months=months) == datetime.combine(
        due, time(17), tzinfo=AMS
    )


def test_later_is_due_at_17_00_on_the_clock_of_that_day():
    # Submitted in summer time, due in winter time: 17:00 CET is 16:00 UTC.
    due = callback_due_at(datetime(2026, 8, 31, 10, tzinfo=AMS), later_months=6)

    assert due.astimezone(UTC) == datetime(2027, 3, 1, 16, 0, tzinfo=UTC)


def test_later_counts_from_the_local_date_of_submission():
    # 22:30 UTC on 31 August is 00:30 on 1 September in Amsterdam.
    due = callback_due_at(datetime(2026, 8, 31, 22, 30, tzinfo=UTC), later_months=6)

    assert due == datetime(2027, 3, 1, 17, 0, tzinfo=AMS)
    due = callback_due_at(datetime(2026, 9, 30, 22, 30, tzinfo=UTC), later_months=6)
    assert due == datetime(2027, 4, 1, 17, 0, tzinfo=AMS)


def test_the_persons_choice_to_wait_wins_over_a_hearing_soon():
    submitted_at = datetime(2026, 4, 29, 10, tzinfo=AMS)

    due = callback_due_at(submitted_at, hearing_soon=True, later_months=3)

    assert due == datetime(2026, 7, 29, 17, 0, tzinfo=AMS)


@pytest.mark.parametrize(
    ("due", "months", "postponed"),
    [
        # Winter to summer time: still 17:00 on the clock.
        (datetime(2027, 3, 1, 17, tzinfo=AMS), 3, datetime(2027, 6, 1, 17, tzinfo=AMS)),
        # From a month end: Sunday 28 February 2027, so Monday 1 March.
        (
            datetime(2026, 8, 31, 17, tzinfo=AMS),
            6,
            datetime(2027, 3, 1, 17, tzinfo=AMS),
        ),
        # Onto King's Day 2027: the day after.
        (
            datetime(2026, 10, 27, 17, tzinfo=AMS),
            6,
            datetime(2027, 4, 28, 17, tzinfo=AMS),
        ),
        # Onto Christmas Day: Monday 28 December.
        (
            datetime(2026, 6, 25, 17, tzinfo=AMS),
            6,
            datetime(2026, 12, 28, 17, tzinfo=AMS),
        ),
    ],
)
def test_postponing_moves_the_due_date_months_on_to_a_working_day(
    due, months, postponed
):
    assert postponed_due_at(due, months) == postponed


def test_postponing_keeps_the_local_time_of_a_due_date_read_from_the_database():
    # The database gives UTC: 16:00 UTC is 17:00 in Amsterdam in winter, and it
    # stays 17:00 in Amsterdam (15:00 UTC) in summer.
    due = datetime(2027, 3, 1, 16, 0, tzinfo=UTC)

    postponed = postponed_due_at(due, 3)

    assert postponed == datetime(2027, 6, 1, 17, 0, tzinfo=AMS)
    assert postponed.astimezone(UTC).hour == 15


def test_postponing_in_the_caribbean_netherlands_keeps_its_calendar_and_clock():
    # Wednesday 1 April 2026 + 1 month is Friday 1 May, Labour Day on the islands
    # (not in the Netherlands): Monday 4 May, 17:00 in Kralendijk.
    due = datetime(2026, 4, 1, 17, 0, tzinfo=KRALENDIJK)

    postponed = postponed_due_at(due, 1, CARIBBEAN_NETHERLANDS)

    assert postponed == datetime(2026, 5, 4, 17, 0, tzinfo=KRALENDIJK)
    assert postponed_due_at(datetime(2026, 4, 1, 17, 0, tzinfo=AMS), 1) == datetime(
        2026, 5, 1, 17, 0, tzinfo=AMS
    )


@pytest.mark.parametrize(
    ("due", "reminder"),
    [
        (datetime(2027, 3, 1, 17, tzinfo=AMS), datetime(2027, 2, 22, 17, tzinfo=AMS)),
        (
            datetime(2026, 4, 30, 17, tzinfo=KRALENDIJK),
            datetime(2026, 4, 23, 17, tzinfo=KRALENDIJK),
        ),
        (datetime(2027, 1, 4, 16, tzinfo=UTC), datetime(2026, 12, 28, 16, tzinfo=UTC)),
    ],
)
def test_the_reminder_is_due_a_week_before(due, reminder):
    assert reminder_due_at(due) == reminder


# --- the Caribbean Netherlands --------------------------------------------------------
def test_the_territory_follows_the_court_district():
    assert territory_for("caribbean") is CARIBBEAN_NETHERLANDS
    assert CARIBBEAN_NETHERLANDS.zone == KRALENDIJK
    assert CARIBBEAN_NETHERLANDS.code == "BQ"
    for district in ("amsterdam", "unknown", "", None):
        assert territory_for(district) is NETHERLANDS


def test_labour_day_is_a_public_holiday_in_the_caribbean_netherlands_only():
    labour_day = date(2026, 5, 1)  # a Friday

    assert not is_working_day(labour_day, CARIBBEAN_NETHERLANDS)
    assert is_working_day(labour_day, NETHERLANDS)
    # Wednesday 29 April: the window is Thursday, Friday, Saturday.
    assert due_date(date(2026, 4, 29), territory=CARIBBEAN_NETHERLANDS) == date(
        2026, 4, 30
    )
    assert due_date(date(2026, 4, 29)) == date(2026, 5, 1)


def test_whit_monday_is_a_public_holiday_in_the_netherlands_only():
    whit_monday = date(2026, 5, 25)

    assert not is_working_day(whit_monday, NETHERLANDS)
    assert is_working_day(whit_monday, CARIBBEAN_NETHERLANDS)
    # Friday 22 May: Saturday, Sunday, Whit Monday.
    assert due_date(date(2026, 5, 22)) == date(2026, 5, 26)
    assert due_date(date(2026, 5, 22), territory=CARIBBEAN_NETHERLANDS) == date(
        2026, 5, 25
    )
    assert next_working_day(date(2026, 5, 22), CARIBBEAN_NETHERLANDS) == date(
        2026, 5, 25
    )
    assert next_working_day(date(2026, 5, 22)) == date(2026, 5, 26)


def test_the_holidays_the_two_calendars_share():
    for holiday in (date(2026, 4, 27), date(2026, 12, 25), date(2027, 1, 1)):
        assert not is_working_day(holiday, NETHERLANDS)
        assert not is_working_day(holiday, CARIBBEAN_NETHERLANDS)


@pytest.mark.parametrize(
    ("due_day", "amsterdam"),
    [
        # Kralendijk is UTC-4 all year: 23:00 in Amsterdam in summer time...
        (date(2026, 4, 30), datetime(2026, 4, 30, 23, 0, tzinfo=AMS)),
        # ... and 22:00 in winter time.
        (date(2026, 11, 30), datetime(2026, 11, 30, 22, 0, tzinfo=AMS)),
    ],
)
def test_caribbean_due_times_are_17_00_in_kralendijk(due_day, amsterdam):
    submitted_at = datetime.combine(
        due_day - timedelta(days=1), time(10), tzinfo=KRALENDIJK
    )

    due = callback_due_at(
        submitted_at, hearing_soon=True, territory=CARIBBEAN_NETHERLANDS
    )

    assert due == datetime.combine(due_day, time(17), tzinfo=KRALENDIJK)
    assert due == amsterdam
    assert due.utcoffset() == timedelta(hours=-4)


def test_caribbean_callbacks_count_from_the_local_date():
    # Friday 27 November 2026, 02:00 in Amsterdam, is Thursday 26 November,
    # 21:00 in Kralendijk: the window is Friday to Sunday, so Friday 27.
    submitted_at = datetime(2026, 11, 27, 2, 0, tzinfo=AMS)

    caribbean = callback_due_at(submitted_at, territory=CARIBBEAN_NETHERLANDS)

    assert caribbean == datetime(2026, 11, 27, 17, 0, tzinfo=KRALENDIJK)
    assert callback_due_at(submitted_at) == datetime(2026, 11, 30, 17, 0, tzinfo=AMS)


def test_caribbean_later_is_the_first_caribbean_working_day():
    # Wednesday 1 April 2026 + 1 month: Labour Day, so Monday 4 May.
    submitted_at = datetime(2026, 4, 1, 10, 0, tzinfo=KRALENDIJK)

    due = callback_due_at(submitted_at, later_months=1, territory=CARIBBEAN_NETHERLANDS)

    assert due == datetime(2026, 5, 4, 17, 0, tzinfo=KRALENDIJK)
