"""The open registration figures (issue 15): a public page in both languages,
counts per month by provision, offence type, case stage and who registered, and
the callback promise; every count under 10 shown as "<10", a second cell hidden
where a total would give a small one away, nothing about a person."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from signup.statistics.public import HIDDEN, SHOWN, SMALL, suppress
from tests.conftest import parse
from tests.signup.factories import registered

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# Registrations in October 2026, the page read in November: October is the last
# full month.
OCTOBER = datetime(2026, 10, 12, 10, 0, tzinfo=AMSTERDAM)
READ_ON = datetime(2026, 11, 20, 10, 0, tzinfo=AMSTERDAM)

# --- the suppression, without a database -------------------------------------


def test_a_small_count_is_small_and_its_partner_hidden():
    # Two categories and their total; the last row is the per-month total.
    matrix = [
        [25, 3, 28],
        [40, 30, 70],
        [65, 33, 98],
    ]
    states = suppress(matrix)

    assert states[0][1] == SMALL
    # Row 0 and column 1 each had one left-out cell: their smallest shown
    # cells are hidden too, and so on until nothing can be worked out.
    for line in [*states, *zip(*states, strict=True)]:
        assert sum(state != SHOWN for state in line) != 1
    assert HIDDEN in {state for row in states for state in row}


def test_a_table_without_small_counts_is_shown_whole():
    assert suppress([[10, 12, 22], [10, 12, 22]]) == [[SHOWN] * 3, [SHOWN] * 3]


def test_zero_is_small_too():
    assert suppress([[0, 15, 15], [0, 15, 15]])[0][0] == SMALL


# --- the page -----------------------------------------------------------------


@pytest.fixture
def october(seeded):
    """Twelve alike registrations and one rare one: honour-related violence,
    on appeal, for an organisation."""
    made = [registered(OCTOBER + timedelta(minutes=i)) for i in range(12)]
    rare = registered(
        OCTOBER + timedelta(hours=3),
        offence="honour",
        case_stage="appeal",
        registrant="organisation",
        organisation_name="Sportclub De Zwaluw",
    )
    return made, rare


def cells(page) -> list[str]:
    return [td.get_text(" ", strip=True) for td in page.select("main td")]


@pytest.mark.parametrize(
    "url, heading",
    [("/nl/aanmeldcijfers/", "Aanmeldcijfers"), ("/en/registration-figures/", None)],
)
def test_the_page_is_public_in_both_languages(client, october, url, heading):
    with time_machine.travel(READ_ON, tick=False):
        response = client.get(url)

    assert response.status_code == 200
    page = parse(response)
    assert page.html["lang"] == url[1:3]
    if heading:
        assert page.h1.get_text(strip=True) == heading
    assert len(page.select("main table")) == 5
    assert "okt 2026" in page.get_text() or "Oct 2026" in page.get_text()


def test_a_rare_combination_is_suppressed(client, october):
    made, rare = october
    with time_machine.travel(READ_ON, tick=False):
        page = parse(client.get("/nl/aanmeldcijfers/"))

    shown = cells(page)
    numbers = [int(text) for text in shown if re.fullmatch(r"\d+", text)]
    assert numbers, "some counts are shown"
    assert min(numbers) >= 10, "no count under 10 on the page"
    assert "<10" in shown
    # The rare registration's categories are there, its count is not.
    table = page.find(id="table-offence").find_next("table")
    headers = [th.get_text(strip=True) for th in table.select("thead th")]
    column = headers.index("okt 2026")
    honour = next(
        row
        for row in table.select("tbody tr")
        if row.th.get_text(strip=True) == "Eergerelateerd geweld"
    )
    assert honour.select("td")[column - 1].get_text(strip=True) == "<10"
    # The twelve violence registrations are shown, the total of thirteen too.
    html = str(page)
    for registration in [*made, rare]:
        assert registration.reference not in html
    assert "Anna" not in html and "Zwaluw" not in html


def test_the_callback_promise_needs_ten_callbacks(client, seeded):
    for i in range(3):
        registered(OCTOBER + timedelta(minutes=i))

    with time_machine.travel(READ_ON, tick=False):
        page = parse(client.get("/nl/aanmeldcijfers/"))

    assert "Nog te weinig terugbelverzoeken" in page.get_text()
    assert not re.search(r"\d+% op tijd teruggebeld", page.get_text())


def test_the_footer_links_to_the_figures(client, seeded):
    page = parse(client.get("/nl/"))
    link = page.select_one('footer a[href="/nl/aanmeldcijfers/"]')
    assert link.get_text(strip=True) == "Aanmeldcijfers"
