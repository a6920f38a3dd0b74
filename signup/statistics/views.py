"""The statistics page for Beheer and its CSV of aggregates. Only counts leave
these views: no reference, no answer of a single person."""

import csv
from datetime import date

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from babel.dates import format_date

from signup.desk.permissions import registration_policy
from signup.rules.dates import BABEL_LOCALES
from signup.rules.teams import Team
from signup.statistics.chart import trend_chart
from signup.statistics.counting import (
    Statistics,
    month_of,
    months_between,
    records_between,
    tally,
)

MAX_MONTHS = 36
# Long before the first registration; bounds the period so that no date
# arithmetic runs past the calendar (9999-12 has no next month).
FIRST_MONTH = date(2000, 1, 1)
DEFAULT_MONTHS = 12
# A dimension's table shows its largest answers; the rest as one row "other"
# (every answer, per month, is in the CSV).
TOP_ANSWERS = 6


def _month_field(label):
    return forms.DateField(
        label=label,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(format="%Y-%m", attrs={"type": "month"}),
        help_text=_("Year and month, for example 2026-01."),
        error_messages={"invalid": _("Enter a year and month, for example 2026-01.")},
    )


class PeriodForm(forms.Form):
    start = _month_field(_("From"))
    end = _month_field(_("Up to and including"))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if start < FIRST_MONTH or end > month_of(timezone.now()):
                raise forms.ValidationError(
                    _("Choose months from %(first)s up to this month.")
                    % {"first": f"{FIRST_MONTH:%Y-%m}"}
                )
            if start > end:
                raise forms.ValidationError(
                    _("The first month must come before the last.")
                )
            if len(months_between(start, end)) > MAX_MONTHS:
                raise forms.ValidationError(
                    _("Choose at most %(months)d months.") % {"months": MAX_MONTHS}
                )
        return cleaned


def default_period(today: date) -> tuple[date, date]:
    """The last twelve full months: a month still under way would read as a dip."""
    last = today.year * 12 + today.month - 2  # the month before, counted from 0
    end = date(last // 12, last % 12 + 1, 1)
    first = last - DEFAULT_MONTHS + 1
    return date(first // 12, first % 12 + 1, 1), end


def _period_form(request) -> PeriodForm:
    if "start" in request.GET or "end" in request.GET:
        return PeriodForm(request.GET)
    start, end = default_period(month_of(timezone.now()))
    return PeriodForm({"start": start.strftime("%Y-%m"), "end": end.strftime("%Y-%m")})


def statistics_for(form: PeriodForm) -> Statistics:
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    return tally(
        records_between(start, end), months_between(start, end), timezone.now()
    )


def month_label(month: date) -> str:
    locale = BABEL_LOCALES.get(translation.get_language() or "nl", "nl_NL")
    return format_date(month, "LLL yyyy", locale=locale)


def _bar_step(value: int | float, largest: int | float) -> int:
    """The bar's length in steps of 5%, for the CSS classes ``stat-bar--N``."""
    if not largest or not value:
        return 0
    return max(5, round(value / largest * 20) * 5)


class StatisticsAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not registration_policy.user_has_permission(request.user, "statistics"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StatisticsView(StatisticsAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "signup/desk/statistics.html"
    page_title = _("Registration statistics")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = _period_form(self.request)
        context["form"] = form
        if form.is_valid():
            context.update(self.statistics_context(form))
        return context

    def statistics_context(self, form: PeriodForm) -> dict:
        statistics = statistics_for(form)
        months = [month_label(m) for m in statistics.months]
        period = {key: f"{form.cleaned_data[key]:%Y-%m}" for key in ("start", "end")}
        target = settings.SIGNUP_CALLBACK_TARGET_PERCENT
        return {
            "statistics": statistics,
            "months": months,
            "target": target,
            "chart": trend_chart(
                [format_short_month(m) for m in statistics.months],
                statistics.per_month,
                [p.percent_on_time for p in statistics.promise_per_month],
                target,
            ),
            "month_rows": list(
                zip(
                    months,
                    statistics.per_month,
                    statistics.promise_per_month,
                    strict=True,
                )
            ),
            "team_rows": [
                (team_label(code), promise)
                for code, promise in sorted(statistics.promise_per_team.items())
            ],
            "tables": [
                (table, top_rows(table, statistics.total))
                for table in statistics.tables
            ],
            "csv_url": reverse("registration:statistics_csv") + "?" + urlencode(period),
        }


def team_label(code: str) -> str:
    """A team's name; a code this version no longer knows, as it is."""
    return str(Team(code).label) if code in Team.values else code


def format_short_month(month: date) -> str:
    """ "jan" above the bar; with the year in January, so a period that crosses a
    new year reads right."""
    locale = BABEL_LOCALES.get(translation.get_language() or "nl", "nl_NL")
    pattern = "LLL yy" if month.month == 1 else "LLL"
    return format_date(month, pattern, locale=locale).rstrip(".")


def top_rows(table, total: int) -> list[tuple[str, int, int, int | None]]:
    """The table's largest answers (label, count, bar step, percent of the
    registrations), the rest summed as "other"."""
    rows = sorted(table.rows, key=lambda row: -row.total)
    shown, rest = rows[:TOP_ANSWERS], rows[TOP_ANSWERS:]
    items = [(row.label, row.total) for row in shown]
    if rest:
        items.append(
            (
                str(_("Other answers (%(count)d)") % {"count": len(rest)}),
                sum(row.total for row in rest),
            )
        )
    largest = max((count for _label, count in items), default=0)
    return [
        (
            label,
            count,
            _bar_step(count, largest),
            round(count / total * 100) if total else None,
        )
        for label, count in items
    ]


CSV_HEADER = ["month", "dimension", "code", "label", "value"]


def csv_rows(statistics: Statistics):
    """Aggregates only: one row per month and category, and the callback
    figures; then for the whole period (month ``YYYY-MM/YYYY-MM``) the funnel
    and per team the callbacks that were due and those made on time."""
    for i, month in enumerate(statistics.months):
        key = month.strftime("%Y-%m")
        yield [
            key,
            "registrations",
            "total",
            str(_("Registrations")),
            statistics.per_month[i],
        ]
        for table in statistics.tables:
            for row in table.rows:
                if row.per_month[i]:
                    yield [
                        key,
                        table.dimension.key,
                        row.code,
                        row.label,
                        row.per_month[i],
                    ]
        promise = statistics.promise_per_month[i]
        yield [
            key,
            "callback",
            "on_time",
            str(_("Called by the due time")),
            promise.on_time,
        ]
        yield [
            key,
            "callback",
            "late",
            str(_("Called after the due time")),
            promise.late,
        ]
        yield [
            key,
            "callback",
            "not_called",
            str(_("Not called, overdue")),
            promise.not_called,
        ]
        yield [key, "callback", "pending", str(_("Not yet due")), promise.pending]
        median = promise.median_hours
        yield [
            key,
            "callback",
            "median_hours_to_first_call",
            str(_("Median hours to the first call")),
            "" if median is None else round(median, 1),
        ]
    # The whole period: the funnel and the promise per team.
    period = (
        f"{statistics.months[0]:%Y-%m}/{statistics.months[-1]:%Y-%m}"
        if statistics.months
        else ""
    )
    funnel = statistics.funnel
    for code, value in (
        ("registered", funnel.registered),
        ("called", funnel.called),
        ("reached", funnel.reached),
        ("handed_over", funnel.handed_over),
    ):
        yield [period, "funnel", code, "", value]
    for team, promise in sorted(statistics.promise_per_team.items()):
        label = team_label(team)
        yield [period, "team_due", team, label, promise.decided]
        yield [period, "team_on_time", team, label, promise.on_time]


class StatisticsCSVView(StatisticsAccessMixin, View):
    def get(self, request, *args, **kwargs):
        form = _period_form(request)
        if not form.is_valid():
            return HttpResponse(
                "; ".join(str(e) for errors in form.errors.values() for e in errors),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        statistics = statistics_for(form)
        filename = f"herstelwijzer-statistics-{start:%Y-%m}-{end:%Y-%m}.csv"
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv.writer(response)
        writer.writerow(CSV_HEADER)
        writer.writerows(csv_rows(statistics))
        return response
