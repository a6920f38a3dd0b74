"""Page types. Every page is translatable through Wagtail's locales: the Dutch tree is
the source, the English pages are its translations."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import BodyBlock


class BasePage(Page):
    """Fields every public page has: a short introduction that doubles as the meta
    description."""

    intro = models.TextField(
        blank=True,
        max_length=300,
        verbose_name=_("introduction"),
        help_text=_(
            "One or two sentences under the title. Search engines show it as the "
            "summary of the page."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The front door in each language: what herstelrecht is, and where to start."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.StandardPage"]
    max_count_per_parent = 2  # one per language, as translations of each other

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A plain page of text: privacy statement, about us, and similar."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["content.HomePage", "content.StandardPage"]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
