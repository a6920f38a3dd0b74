"""Registration statistics: per month, how many registrations by route, district,
role, what people hope for, offence type, case stage, who registered (also for an
organisation), age, language, how people heard of the portal, the referrer's
organisation, the flags for the callback and the outcome when the registration
was closed; and how well the callback promise is kept.

Hopes and flags take several answers per registration: their tables count the
registrations per answer, so a registration counts once in every row it gave and
the rows add up to more than the registrations.

Everything here counts categories; nothing personal is read. Erased registrations
keep these fields, so the figures of past months never change when personal data
is erased. The counting works on plain records (``Record``), so it is tested
without a database; ``records_between`` is the one query.

Months are calendar months in Amsterdam time.
"""

import statistics as stats
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from django.db.models import Min
from django.utils.translation import gettext_lazy as _

from signup.models import INVITED, Registration
from signup.rules import choices
from signup.rules.deadlines import AMSTERDAM
from signup.rules.routing import Flag, Route

NOT_ANSWERED = _("Not asked or not answered")
SEVERAL = _(
    "Several answers per registration: a registration counts once in every row it "
    "gave, so the rows add up to more than the registrations."
)


@dataclass(frozen=True)
class Dimension:
    key: str
    title: str
    choices: list[tuple[str, str]]
    # The field holds a list of codes (several answers per registration).
    several: bool = False
    # The row label of an empty code.
    empty: str = NOT_ANSWERED

    @property
    def note(self) -> str:
        return str(SEVERAL) if self.several else ""


DIMENSIONS = (
    Dimension("route", _("Route"), Route.choices),
    Dimension("district", _("Court district"), choices.District.choices),
    Dimension("role", _("Role"), choices.Role.choices),
    Dimension("hopes", _("What people hope for"), choices.Hope.choices, several=True),
    Dimension("offence", _("Offence type"), choices.Offence.choices),
    Dimension("case_stage", _("Stage of the criminal case"), choices.CaseStage.choices),
    Dimension(
        "registrant",
        _("Who registered"),
        [
            (choices.Registrant.SELF, _("The person themselves")),
            (choices.Registrant.PROFESSIONAL, _("A professional, for a client")),
            (
                choices.Registrant.ORGANISATION,
                _("Someone on behalf of a harmed organisation"),
            ),
        ],
    ),
    Dimension(
        "organisation_type",
        _("Referrer's organisation (registered by a professional)"),
        choices.OrganisationType.choices,
    ),
    Dimension("age_band", _("Age (youth: younger than 18)"), choices.AgeBand.choices),
    Dimension(
        "language",
        _("Language of the site"),
        [("nl", _("Dutch")), ("en", _("English"))],
    ),
    Dimension(
        "heard_from", _("How they heard of the portal"), choices.HeardFrom.choices
    ),
    Dimension("flags", _("Flags for the callback"), Flag.choices, several=True),
    Dimension(
        "outcome",
        _("Outcome"),
        Registration.Outcome.choices,
        empty=_("Not closed yet"),
    ),
    Dimension(
        "stop_reason",
        _("Why people who were reached did not go on"),
        Registration.StopReason.choices,
        empty=_("Not applicable (not closed, or another outcome)"),
    ),
)


class Record(NamedTuple):
    """What the statistics need of one registration: its codes per dimension (a
    list of codes for a dimension with several answers)."""

    created_at: datetime
    answers: dict[str, str | list[str]]
    due_at: datetime | None
    first_call_at: datetime | None
    # The team the callback lies with, and when the person was first reached.
    team: str = ""
    reached_at: datetime | None = None


# --- months -----------------------------------------------------------------


def month_of(moment: datetime) -> date:
    local = moment.astimezone(AMSTERDAM)
    return date(local.year, local.month, 1)


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """Every month from ``first`` to ``last``, both included."""
    months, month = [], date(first.year, first.month, 1)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


def start_of(month: date) -> datetime:
    return datetime(month.year, month.month, 1, tzinfo=AMSTERDAM)


# --- counting ----------------------------------------------------------------


@dataclass
class Row:
    code: str
    label: str
    per_month: list[int]

    @property
    def total(self) -> int:
        return sum(self.per_month)


@dataclass
class Table:
    dimension: Dimension
    rows: list[Row]

    @property
    def largest(self) -> int:
        return max((row.total for row in self.rows), default=0)


def _codes(value, dimension: Dimension) -> list[str]:
    """The codes one registration counts under: one, or for several answers each
    code once; "" for no answer."""
    if dimension.several:
        return list(dict.fromkeys(value or ())) or [""]
    return [value or ""]


def count_dimension(
    records: list[Record], dimension: Dimension, months: list[date]
) -> Table:
    """One row per answer, in the order the wizard offers them, then unknown
    codes and "not answered"; answers nobody gave in the period are left out.
    With several answers a registration counts once for each answer it gave (a
    code given twice counts once), and in "not answered" when it gave none."""
    index = {month: i for i, month in enumerate(months)}
    counts: dict[str, list[int]] = {}
    for record in records:
        for code in _codes(record.answers.get(dimension.key), dimension):
            counts.setdefault(code, [0] * len(months))[
                index[month_of(record.created_at)]
            ] += 1
    labels = dict(dimension.choices)
    order = [code for code, _label in dimension.choices]
    codes = sorted(
        counts,
        key=lambda c: (c == "", order.index(c) if c in order else len(order), c),
    )
    return Table(
        dimension,
        [
            Row(
                code,
                str(labels.get(code, dimension.empty if code == "" else code)),
                counts[code],
            )
            for code in codes
        ],
    )


@dataclass
class Promise:
    """How the callback promise was kept for registrations of one month (or all).

    A callback counts as called when a first call attempt was logged, whatever its
    outcome: the promise is that we phone, not that the person answers; for a
    letter (flag ``by_post``) the logged "letter sent" is that attempt. Callbacks
    whose due time has not come and that have not been called yet are pending and
    left out of the share; so are deferred callbacks ("not now, later") until the
    moment the person chose.
    """

    on_time: int = 0
    late: int = 0
    not_called: int = 0
    pending: int = 0
    hours_to_first_call: list[float] = field(default_factory=list)

    @property
    def decided(self) -> int:
        return self.on_time + self.late + self.not_called

    @property
    def share_on_time(self) -> float | None:
        return self.on_time / self.decided if self.decided else None

    @property
    def percent_on_time(self) -> int | None:
        share = self.share_on_time
        return None if share is None else round(share * 100)

    @property
    def median_hours(self) -> float | None:
        if not self.hours_to_first_call:
            return None
        return stats.median(self.hours_to_first_call)

    def add(self, record: Record, now: datetime) -> None:
        if record.due_at is None:
            return
        if record.first_call_at is not None:
            hours = (record.first_call_at - record.created_at) / timedelta(hours=1)
            self.hours_to_first_call.append(hours)
            if record.first_call_at <= record.due_at:
                self.on_time += 1
            else:
                self.late += 1
        elif record.due_at < now:
            self.not_called += 1
        else:
            self.pending += 1


# The outcomes that mean the registration went on to a provision.
HANDED_OVER = frozenset(
    {Registration.Outcome.HANDED_OVER, Registration.Outcome.MIS_SENT}
)


@dataclass
class Funnel:
    """What happens after registering: called (a first attempt logged), reached
    (an attempt that reached the person), handed to a mediator or the MiS
    request sent on (the outcome on closing)."""

    registered: int = 0
    called: int = 0
    reached: int = 0
    handed_over: int = 0

    def add(self, record: Record) -> None:
        self.registered += 1
        self.called += record.first_call_at is not None
        self.reached += record.reached_at is not None
        self.handed_over += record.answers.get("outcome") in HANDED_OVER

    @property
    def steps(self) -> list[tuple[str, int, int | None]]:
        """Each step: its label, its number and its share of the registered."""
        return [
            (str(label), value, round(value / self.registered * 100))
            if self.registered
            else (str(label), value, None)
            for label, value in (
                (_("Registered"), self.registered),
                (_("Called"), self.called),
                (_("Reached"), self.reached),
                (_("Handed to a mediator or MiS request sent on"), self.handed_over),
            )
        ]


@dataclass
class Statistics:
    months: list[date]
    per_month: list[int]
    tables: list[Table]
    promise: Promise
    promise_per_month: list[Promise]
    funnel: Funnel = field(default_factory=Funnel)
    # Team code to its Promise, for the teams that had registrations.
    promise_per_team: dict[str, Promise] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.per_month)

    @property
    def largest_month(self) -> int:
        return max(self.per_month, default=0)


def tally(records: list[Record], months: list[date], now: datetime) -> Statistics:
    """The statistics of ``records``, which all fall within ``months``."""
    index = {month: i for i, month in enumerate(months)}
    per_month = Counter(index[month_of(r.created_at)] for r in records)
    promise = Promise()
    promise_per_month = [Promise() for _month in months]
    promise_per_team: dict[str, Promise] = {}
    funnel = Funnel()
    for record in records:
        promise.add(record, now)
        promise_per_month[index[month_of(record.created_at)]].add(record, now)
        if record.team:
            promise_per_team.setdefault(record.team, Promise()).add(record, now)
        funnel.add(record)
    return Statistics(
        months=months,
        per_month=[per_month[i] for i in range(len(months))],
        tables=[count_dimension(records, d, months) for d in DIMENSIONS],
        promise=promise,
        promise_per_month=promise_per_month,
        funnel=funnel,
        promise_per_team=promise_per_team,
    )


def records_between(first: date, last: date) -> list[Record]:
    """The registrations made in the months ``first`` to ``last``, in one query."""
    fields = [d.key for d in DIMENSIONS]
    rows = (
        Registration.objects.filter(
            created_at__gte=start_of(first), created_at__lt=start_of(next_month(last))
        )
        # Replies to invitations are the other party's, not registrations.
        .exclude(registrant=INVITED)
        .annotate(first_call_at=Min("callback__call_attempts__made_at"))
        .values_list(
            "created_at",
            "callback__due_at",
            "first_call_at",
            "callback__team",
            "callback__first_contact_at",
            *fields,
        )
        .order_by()
    )
    return [
        Record(
            created_at,
            dict(zip(fields, answers, strict=True)),
            due_at,
            first_call_at,
            team or "",
            reached_at,
        )
        for created_at, due_at, first_call_at, team, reached_at, *answers in rows
    ]
