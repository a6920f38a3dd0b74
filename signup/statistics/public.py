"""Open statistics for the public: registrations per month by route, offence
type, stage of the criminal case and who registered, and how often the callback
promise was kept, for the last twelve full months.

Nothing about a person can reach this page:

- it reads category codes only (``counting.records_between``), never a name, a
  free text or a reference;
- every table is one dimension by month: no combination of dimensions;
- every count under ``THRESHOLD`` (also 0) is shown as "<10" (primary
  suppression), and where a row or column would then have one such cell that
  its total gives away, a second cell is hidden too, with its own mark
  (complementary suppression), until no left-out cell can be worked out;
- the share called back on time is shown only for a month with at least
  ``THRESHOLD`` callbacks that were due.
"""

from dataclasses import dataclass
from datetime import date

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from signup.rules import choices
from signup.rules.routing import Route
from signup.statistics.counting import (
    DIMENSIONS,
    count_dimension,
    month_of,
    months_between,
    records_between,
    tally,
)
from signup.statistics.views import default_period, month_label

THRESHOLD = 10

# The dimensions the public page shows, with the words it uses for them.
PUBLIC_DIMENSIONS = {
    "route": _("By provision"),
    "offence": _("By type of offence"),
    "case_stage": _("By stage of the criminal case"),
    "registrant": _("By who registered"),
}

# The rows of "who registered" in public words (the wizard speaks to "me").
REGISTRANT_LABELS = {
    choices.Registrant.SELF: _("The person themselves"),
    choices.Registrant.PROFESSIONAL: _("A professional, for a client"),
    choices.Registrant.ORGANISATION: _("On behalf of an organisation"),
}
ROUTE_LABELS = dict(Route.choices)


SHOWN, SMALL, HIDDEN = "shown", "small", "hidden"


@dataclass(frozen=True)
class Cell:
    """A published count: the number; or "small" (under ``THRESHOLD``, shown as
    "<10"); or "hidden" (a larger number hidden so that a small one cannot be
    worked out from the total: shown as a mark, never as "<10", which would be
    untrue)."""

    value: int | None
    state: str = SHOWN


@dataclass(frozen=True)
class PublicTable:
    """One dimension by month: a row per category (long labels read best as
    row headings), a column per month, with the totals of both."""

    key: str
    title: str
    rows: list[tuple[str, list[Cell]]]  # category, a cell per month then its total
    totals: list[Cell]  # per month, then the grand total


def suppress(matrix: list[list[int]]) -> list[list[str]]:
    """The state of each cell of ``matrix``, whose last row and last column are
    the totals of the others. A cell under ``THRESHOLD`` is ``SMALL``; then, as
    long as a row or column has exactly one cell left out (which its total would
    give away), its smallest shown cell is ``HIDDEN`` as well."""
    rows, columns = len(matrix), len(matrix[0]) if matrix else 0
    state = [[SMALL if value < THRESHOLD else SHOWN for value in row] for row in matrix]
    lines = [[(r, c) for c in range(columns)] for r in range(rows)] + [
        [(r, c) for r in range(rows)] for c in range(columns)
    ]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(state[r][c] != SHOWN for r, c in line) != 1:
                continue
            shown = [(matrix[r][c], r, c) for r, c in line if state[r][c] == SHOWN]
            if shown:
                _value, r, c = min(shown)
                state[r][c] = HIDDEN
                changed = True
    return state


def public_table(key, title, labelled_rows, per_month: list[int]) -> PublicTable:
    """``labelled_rows``: (category label, counts per month). The totals are
    added and the whole table is suppressed as one."""
    matrix = [[*counts, sum(counts)] for _label, counts in labelled_rows]
    matrix.append([*per_month, sum(per_month)])
    states = suppress(matrix)
    cells = [
        [
            Cell(value if state == SHOWN else None, state)
            for value, state in zip(row, row_states, strict=True)
        ]
        for row, row_states in zip(matrix, states, strict=True)
    ]
    *categories, totals = cells
    return PublicTable(
        key=key,
        title=str(title),
        rows=[
            (label, row)
            for (label, _counts), row in zip(labelled_rows, categories, strict=True)
        ],
        totals=totals,
    )


def _label(key: str, row) -> str:
    if key == "registrant" and row.code in REGISTRANT_LABELS:
        return str(REGISTRANT_LABELS[row.code])
    return row.label


def open_statistics(first: date, last: date, now):
    """The tables and the callback promise of the months ``first`` to ``last``."""
    months = months_between(first, last)
    records = records_between(first, last)
    statistics = tally(records, months, now)
    dimensions = {d.key: d for d in DIMENSIONS}
    labels = [month_label(m) for m in months]
    tables = []
    for key, title in PUBLIC_DIMENSIONS.items():
        table = count_dimension(records, dimensions[key], months)
        tables.append(
            public_table(
                key,
                title,
                [(_label(key, row), row.per_month) for row in table.rows],
                statistics.per_month,
            )
        )
    promise = [
        (p.percent_on_time if p.decided >= THRESHOLD else None)
        for p in statistics.promise_per_month
    ]
    total = statistics.promise
    return {
        "months": labels,
        "tables": tables,
        "promise_rows": list(zip(labels, promise, strict=True)),
        "promise_total": total.percent_on_time if total.decided >= THRESHOLD else None,
    }


def public_statistics(request):
    first, last = default_period(month_of(timezone.now()))
    context = open_statistics(first, last, timezone.now())
    context.update(
        first=month_label(first), last=month_label(last), threshold=THRESHOLD
    )
    return render(request, "signup/public_statistics.html", context)
