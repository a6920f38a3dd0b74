"""Dates as people read them, in their own language, through Babel."""

from datetime import datetime

from babel.dates import format_date

from signup.rules.deadlines import AMSTERDAM

BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def callback_day(due_at: datetime, language: str) -> str:
    """'maandag 30 november' / 'Monday 30 November'."""
    local = due_at.astimezone(AMSTERDAM).date()
    return format_date(
        local, "EEEE d MMMM", locale=BABEL_LOCALES.get(language, "nl_NL")
    )
