"""When the callback is due: a pure function of the submission time.

Default rule (from the brief): the window is the three calendar days after the day
of submission. The callback is due on the last working day inside that window
(Monday to Friday, not a public holiday); if the window holds no working day, on
the first working day after it. The alternative counting mode "working" counts
working days instead: due on the third working day after submission.

Two answers change that: a hearing within 14 days (flag ``hearing_soon``) makes
the callback due the next working day; "not now, later" (flag ``deferred``) makes
it due on the first working day on or after the chosen moment, some months on.

Due at the end of office hours on that day in the person's territory: Europe/
Amsterdam with Dutch public holidays, or, for the Caribbean Netherlands (court
district BES), America/Kralendijk with the public holidays of Bonaire, Sint
Eustatius and Saba; whatever the offset of that date (summer or winter time).
"""

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

CALENDAR = "calendar"
WORKING = "working"
# A reminder of a deferred callback goes out this long before it is due.
REMINDER_BEFORE = timedelta(days=7)


@dataclass(frozen=True)
class Territory:
    """Where the person lives, for office hours and public holidays."""

    code: str  # the ``holidays`` calendar: NL, or BQ (Caribbean Netherlands)
    zone: ZoneInfo


NETHERLANDS = Territory("NL", ZoneInfo("Europe/Amsterdam"))
CARIBBEAN_NETHERLANDS = Territory("BQ", ZoneInfo("America/Kralendijk"))
AMSTERDAM = NETHERLANDS.zone


def territory_for(district: str | None) -> Territory:
    """The Caribbean Netherlands for court district BES (``caribbean``), else the
    European Netherlands."""
    return CARIBBEAN_NETHERLANDS if district == "caribbean" else NETHERLANDS


@lru_cache(maxsize=32)
def _public_holidays(code: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(code, years=year, categories=("public",))


def is_working_day(day: date, territory: Territory = NETHERLANDS) -> bool:
    return day.weekday() < 5 and day not in _public_holidays(territory.code, day.year)


def next_working_day(day: date, territory: Territory = NETHERLANDS) -> date:
    """The first working day strictly after ``day``."""
    day += timedelta(days=1)
    while not is_working_day(day, territory):
        day += timedelta(days=1)
    return day


def first_working_day_from(day: date, territory: Territory = NETHERLANDS) -> date:
    """``day`` itself if it is a working day, else the next one."""
    return day if is_working_day(day, territory) else next_working_day(day, territory)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day where it is shorter
    (31 August + 6 months is 28 or 29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(
    submitted_on: date,
    window_days: int = 3,
    mode: str = CALENDAR,
    territory: Territory = NETHERLANDS,
) -> date:
    if window_days < 1:
        raise ValueError("The callback window must be at least one day.")
    if mode == WORKING:
        day = submitted_on
        for _ in range(window_days):
            day = next_working_day(day, territory)
        return day
    if mode != CALENDAR:
        raise ValueError(f"Unknown counting mode: {mode!r}")
    window_end = submitted_on + timedelta(days=window_days)
    day = window_end
    while day > submitted_on:
        if is_working_day(day, territory):
            return day
        day -= timedelta(days=1)
    return next_working_day(window_end, territory)


def callback_due_at(
    submitted_at: datetime,
    window_days: int = 3,
    mode: str = CALENDAR,
    end_of_day: time = time(17, 0),
    *,
    territory: Territory = NETHERLANDS,
    hearing_soon: bool = False,
    later_months: int = 0,
) -> datetime:
    """The aware moment by which the person must have been called (or written
    to). ``later_months`` > 0 is "not now, later"; it wins over ``hearing_soon``,
    which only the person's own choice to wait can outweigh."""
    if submitted_at.tzinfo is None:
        raise ValueError("submitted_at must be timezone-aware")
    local_day = submitted_at.astimezone(territory.zone).date()
    if later_months:
        day = first_working_day_from(add_months(local_day, later_months), territory)
    elif hearing_soon:
        day = next_working_day(local_day, territory)
    else:
        day = due_date(local_day, window_days, mode, territory)
    return datetime.combine(day, end_of_day, tzinfo=territory.zone)


def postponed_due_at(
    due_at: datetime, months: int, territory: Territory = NETHERLANDS
) -> datetime:
    """A deferred callback moved ``months`` later: the first working day on or
    after that date, at the same time of day."""
    local = due_at.astimezone(territory.zone)
    day = first_working_day_from(add_months(local.date(), months), territory)
    return datetime.combine(day, local.timetz().replace(tzinfo=None), territory.zone)


def reminder_due_at(due_at: datetime) -> datetime:
    """When the reminder of a deferred callback is sent: a week before."""
    return due_at - REMINDER_BEFORE
