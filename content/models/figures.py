"""The figures page: key numbers, each with its year and source."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from content.blocks import FiguresBlock, HeadingBlock, ParagraphBlock
from content.models.base import BasePage


class FiguresPage(BasePage):
    """Numbers about restorative justice, grouped under headings. Every number shows
    its year, so old figures are never mistaken for new ones."""

    body = StreamField(
        [
            ("heading", HeadingBlock()),
            ("paragraph", ParagraphBlock()),
            ("figures", FiguresBlock()),
        ],
        verbose_name=_("figures"),
        help_text=_("Headings, short explanations and blocks of figures."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    template = "content/standard_page.html"
    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("figures page")
