"""The statistics page for Beheer and its CSV of aggregates. Only counts leave
these views: no reference, no answer of a single person."""

import csv
from datetime import date

from django import forms
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
    """The last twelve months, this one included."""
    end = date(today.year, today.month, 1)
    year, month = divmod(end.year * 12 + end.month - DEFAULT_MONTHS, 12)
    return date(year, month + 1, 1), end


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
        return {
            "statistics": statistics,
            "months": months,
            "month_bars": [
                (label, count, _bar_step(count, statistics.largest_month))
                for label, count in zip(months, statistics.per_month, strict=True)
            ],
            "tables": [
                (
                    table,
                    [(row, _bar_step(row.total, table.largest)) for row in table.rows],
                )
                for table in statistics.tables
            ],
            "promise_rows": list(
                zip(months, statistics.promise_per_month, strict=True)
            ),
            "csv_url": reverse("registration:statistics_csv") + "?" + urlencode(period),
        }


CSV_HEADER = ["month", "dimension", "code", "label", "value"]


def csv_rows(statistics: Statistics):
    """Aggregates only: one row per month and category, and the callback figures."""
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
