"""Pages for a group of people (victims, offenders, ...) and for a theme (after
sexual violence, after a traffic accident, ...)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import BodyBlock
from content.choices import Audience
from content.models.base import BasePage


class AudiencePage(BasePage):
    """What restorative justice offers one group of people, in their own terms."""

    audience = models.CharField(
        max_length=20,
        choices=Audience.choices,
        verbose_name=_("audience"),
        help_text=_("The group this page speaks to; the home page links it by role."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Speak to this group directly: what it can give them, what they decide "
            "themselves, and end with a call to register."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("audience"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    template = "content/standard_page.html"
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = _("audience page")


class ThemePage(BasePage):
    """Restorative justice after one kind of event, such as sexual violence or a
    traffic accident: what is different, what helps."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "What is different after this kind of event, what helps, and a call to "
            "register."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    template = "content/standard_page.html"
    parent_page_types = ["content.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("theme page")
