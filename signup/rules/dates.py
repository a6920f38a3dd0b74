"""Dates as people read them, in their own language, through Babel."""

from datetime import date, datetime

from babel.dates import format_date

from signup.rules.deadlines import NETHERLANDS, Territory

BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def callback_day(
    due_at: datetime, language: str, territory: Territory = NETHERLANDS
) -> str:
    """'maandag 30 november' / 'Monday 30 November', on the person's calendar."""
    local = due_at.astimezone(territory.zone).date()
    return format_date(
        local, "EEEE d MMMM", locale=BABEL_LOCALES.get(language, "nl_NL")
    )


def long_date(day: date, language: str) -> str:
    """'15 maart 2027' / '15 March 2027'."""
    return format_date(day, "d MMMM y", locale=BABEL_LOCALES.get(language, "nl_NL"))


def callback_day_with_year(
    due_at: datetime, language: str, territory: Territory = NETHERLANDS
) -> str:
    """'maandag 1 maart 2027' / 'Monday 1 March 2027': for a day months away (a
    deferred callback), where the day and month alone could be read as this year."""
    local = due_at.astimezone(territory.zone).date()
    return format_date(
        local, "EEEE d MMMM y", locale=BABEL_LOCALES.get(language, "nl_NL")
    )
