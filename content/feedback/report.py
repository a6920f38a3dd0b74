"""Reports > Page feedback: the anonymous answers to "Was deze pagina nuttig?",
newest first, filterable by answer, subject and language, exportable as CSV or
Excel. For those who may view page feedback: Redactie (``content.groups``) and
superusers; desk staff see none of it."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry

import django_filters

from content.models.feedback import FeedbackSubject, PageFeedback


def _about(answer: PageFeedback) -> str:
    if answer.subject == FeedbackSubject.REGISTRATION:
        return str(FeedbackSubject.REGISTRATION.label)
    if answer.page is None:
        return gettext("The website in general")
    return answer.page.title


def _useful(answer: PageFeedback) -> str:
    return gettext("Yes") if answer.useful else gettext("No")


def _not_a_formula(text: str) -> str:
    """A comment as a spreadsheet cell that cannot run: a visitor's text that
    starts like a formula (=, +, -, @) gets a leading apostrophe in the CSV
    (Wagtail's Excel export already stores every cell as text)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class PageFeedbackFilterSet(WagtailFilterSet):
    useful = django_filters.BooleanFilter(label=_("Useful"))
    subject = django_filters.ChoiceFilter(
        label=_("About"), choices=FeedbackSubject.choices, empty_label=_("Anything")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=[("nl", _("Dutch")), ("en", _("English"))],
        empty_label=_("Any language"),
    )

    class Meta:
        model = PageFeedback
        fields = ["useful", "subject", "language"]


class PageFeedbackView(ReportView):
    page_title = _("Page feedback")
    header_icon = "comment"
    model = PageFeedback
    filterset_class = PageFeedbackFilterSet
    index_url_name = "page_feedback"
    index_results_url_name = "page_feedback_results"
    permission_required = "view"
    list_export = ["received_on", "about", "useful_text", "comment", "language"]
    export_headings = {
        "received_on": _("Received on"),
        "about": _("About"),
        "useful_text": _("Useful"),
        "comment": _("Comment"),
        "language": _("Language"),
    }
    default_ordering = None

    @property
    def columns(self):
        return [
            DateColumn("received_on", label=_("Received on")),
            Column("about", label=_("About"), accessor=_about),
            Column("useful", label=_("Useful"), accessor=_useful),
            Column("comment", label=_("Comment")),
            Column("language", label=_("Language")),
        ]

    def get_queryset(self):
        return PageFeedback.objects.select_related("page").order_by(
            "-received_on", "-pk"
        )

    def to_row_dict(self, item):
        """The export's values: the same words as the table shows."""
        return {
            "received_on": item.received_on,
            "about": _about(item),
            "useful_text": _useful(item),
            "comment": item.comment,
            "language": item.language,
        }

    def get_preprocess_function(self, field, value, export_format):
        if field == "comment" and export_format == self.FORMAT_CSV:
            return _not_a_formula
        return super().get_preprocess_function(field, value, export_format)

    def get_filename(self) -> str:
        return "page-feedback"


class PageFeedbackMenuItem(MenuItem):
    """Shown only to people who may view page feedback."""

    def is_shown(self, request):
        return policy_registry.get_by_type(PageFeedback).user_has_permission(
            request.user, "view"
        )
