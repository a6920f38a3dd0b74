"""Admin additions for communications staff: the page cache mark, the
missing-translations report, the figures register and its report, and the page
feedback report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet

from content import page_cache
from content.feedback.report import PageFeedbackMenuItem, PageFeedbackView
from content.figures_admin import (
    FiguresToCheckMenuItem,
    FiguresToCheckView,
    FigureViewSet,
)
from content.models.base import BasePage
from content.translation_report import MissingTranslationsView


@hooks.register("before_serve_page")
def mark_published_page_cacheable(page, request, serve_args, serve_kwargs):
    """A published page of ours, the same for every visitor without a session:
    the page cache may keep it (content/page_cache.py decides). Never a page with
    a view restriction (password, login, groups), nor one below such a page."""
    if isinstance(page, BasePage) and not page.get_view_restrictions().exists():
        page_cache.mark_cacheable(request)


def _report_urls(slug: str, view, name: str) -> list:
    """A report's page and the results-only address its filters refresh."""
    return [
        path(f"reports/{slug}/", view.as_view(), name=name),
        path(
            f"reports/{slug}/results/",
            view.as_view(results_only=True),
            name=f"{name}_results",
        ),
    ]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        *_report_urls(
            "missing-translations", MissingTranslationsView, "missing_translations"
        ),
        *_report_urls("figures-to-check", FiguresToCheckView, "figures_to_check"),
        *_report_urls("page-feedback", PageFeedbackView, "page_feedback"),
    ]


class PageEditorsMenuItem(MenuItem):
    """Shown only to people who may edit pages."""

    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_missing_translations_menu_item():
    return PageEditorsMenuItem(
        _("Missing translations"),
        reverse("missing_translations"),
        name="missing-translations",
        icon_name="globe",
        order=650,
    )


register_snippet(FigureViewSet)


@hooks.register("register_reports_menu_item")
def register_figures_to_check_menu_item():
    return FiguresToCheckMenuItem(
        _("Figures to check"),
        reverse("figures_to_check"),
        name="figures-to-check",
        icon_name="table",
        order=660,
    )


@hooks.register("register_reports_menu_item")
def register_page_feedback_menu_item():
    return PageFeedbackMenuItem(
        _("Page feedback"),
        reverse("page_feedback"),
        name="page-feedback",
        icon_name="comment",
        order=670,
    )
