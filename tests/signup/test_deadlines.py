"""Callback due dates: three calendar days, last working day inside the window."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from signup.rules.deadlines import callback_due_at, due_date, is_working_day

AMS = ZoneInfo("Europe/Amsterdam")


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
