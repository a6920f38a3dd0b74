"""The page of frequently asked questions, grouped by topic."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import FaqListBlock
from content.models.base import BasePage


class FaqPage(BasePage):
    """Questions grouped by topic, each with its own link. The same questions go into
    schema.org FAQPage structured data, so the two can never disagree."""

    groups = StreamField(
        [("topic", FaqListBlock())],
        verbose_name=_("questions by topic"),
        help_text=_(
            "One block per topic (registering, privacy, the criminal case, costs, "
            "young people, if the other party says no, stopping)."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("groups")]
    search_fields = [*BasePage.search_fields, index.SearchField("groups")]

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("FAQ page")
