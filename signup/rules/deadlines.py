"""When the callback is due: a pure function of the submission time.

Default rule (from the brief): the window is the three calendar days after the day
of submission. The callback is due on the last working day inside that window
(Monday to Friday, not a Dutch public holiday); if the window holds no working day,
on the first working day after it. The alternative counting mode "working" counts
working days instead: due on the third working day after submission.

Due at the end of office hours on that day, Europe/Amsterdam, whatever the offset
of that date (summer or winter time).
"""

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
CALENDAR = "calendar"
WORKING = "working"


@lru_cache(maxsize=16)
def _dutch_public_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=year, categories=("public",))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _dutch_public_holidays(day.year)


def next_working_day(day: date) -> date:
    """The first working day strictly after ``day``."""
    day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def due_date(submitted_on: date, window_days: int = 3, mode: str = CALENDAR) -> date:
    if window_days < 1:
        raise ValueError("The callback window must be at least one day.")
    if mode == WORKING:
        day = submitted_on
        for _ in range(window_days):
            day = next_working_day(day)
        return day
    if mode != CALENDAR:
        raise ValueError(f"Unknown counting mode: {mode!r}")
    window_end = submitted_on + timedelta(days=window_days)
    day = window_end
    while day > submitted_on:
        if is_working_day(day):
            return day
        day -= timedelta(days=1)
    return next_working_day(window_end)


def callback_due_at(
    submitted_at: datetime,
    window_days: int = 3,
    mode: str = CALENDAR,
    end_of_day: time = time(17, 0),
) -> datetime:
    """The aware moment by which the person must have been called."""
    if submitted_at.tzinfo is None:
        raise ValueError("submitted_at must be timezone-aware")
    local_day = submitted_at.astimezone(AMSTERDAM).date()
    return datetime.combine(
        due_date(local_day, window_days, mode), end_of_day, tzinfo=AMSTERDAM
    )
