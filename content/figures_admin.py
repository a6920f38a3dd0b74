"""The figures register in the admin: the snippet viewset (Snippets > Figures) and
the report "Figures to check" (Reports), which lists the figures nobody compared
with their source in the last 12 months, oldest first. Both are for those who may
change figures: Redactie (``content.groups``) and superusers."""

import datetime

from django.db.models import F, Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import SnippetViewSet

from content.models import Figure
from content.models.figures import CHECK_AFTER_MONTHS, months_ago


def _value(figure: Figure) -> str:
    return figure.formatted_value("nl")


def _period(figure: Figure) -> str:
    return figure.period("nl")


def _checked_on(figure: Figure) -> str:
    if figure.checked_on is None:
        return gettext("Never checked")
    return date_format(figure.checked_on)


class FigureViewSet(SnippetViewSet):
    model = Figure
    icon = "table"
    menu_label = _("Figures")
    add_to_admin_menu = False
    list_display = [
        "key",
        Column("value", label=_("Number"), accessor=_value),
        "label_nl",
        Column("period", label=_("Year or period"), accessor=_period),
        "checked_on",
    ]
    search_fields = ["key", "label_nl", "label_en"]
    ordering = ["key"]
    copy_view_enabled = True


def figures_to_check(today: datetime.date | None = None):
    """Figures whose checked-on date is more than 12 months before ``today``, or
    empty: the empty ones first, then the oldest."""
    today = today or datetime.date.today()
    limit = months_ago(today, CHECK_AFTER_MONTHS)
    return Figure.objects.filter(
        Q(checked_on__isnull=True) | Q(checked_on__lt=limit)
    ).order_by(F("checked_on").asc(nulls_first=True), "key")


class FiguresToCheckView(ReportView):
    page_title = _("Figures to check")
    header_icon = "table"
    model = Figure
    index_url_name = "figures_to_check"
    index_results_url_name = "figures_to_check_results"
    permission_required = "change"
    list_export = ["key", "value", "kind", "label_nl", "source_nl", "checked_on"]
    default_ordering = None

    @property
    def columns(self):
        return [
            TitleColumn(
                "key",
                label=_("Figure"),
                get_url=lambda figure: reverse(
                    Figure.snippet_viewset.get_url_name("edit"), args=[figure.pk]
                ),
            ),
            Column("value", label=_("Number"), accessor=_value),
            Column("label_nl", label=_("What it counts")),
            Column("source_nl", label=_("Source")),
            Column("checked_on", label=_("Checked on"), accessor=_checked_on),
        ]

    def get_queryset(self):
        return figures_to_check()

    def get_filename(self) -> str:
        return f"figures-to-check-{datetime.date.today():%Y-%m-%d}"


class FiguresToCheckMenuItem(MenuItem):
    """Shown only to people who may change figures."""

    def is_shown(self, request):
        return policy_registry.get_by_type(Figure).user_has_permission(
            request.user, "change"
        )
