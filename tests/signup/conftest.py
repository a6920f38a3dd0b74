from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

# Friday 27 November 2026, 10:00 in Amsterdam: the callback is due on Monday 30.
FRIDAY_MORNING = datetime(2026, 11, 27, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture
def friday():
    with time_machine.travel(FRIDAY_MORNING, tick=True):
        yield FRIDAY_MORNING
