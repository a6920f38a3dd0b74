"""Experiences of people who took part, told anonymously."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import BodyBlock
from content.models.base import BasePage


class StoryIndexPage(BasePage):
    """Lists the stories below it."""

    content_panels = BasePage.content_panels

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = StoryPage.objects.child_of(self).live()
        return context


class StoryPage(BasePage):
    """One story. Names and details are invented: a composite of situations that
    often occur, and the page says so above the story, apart from it."""

    told_by = models.CharField(
        max_length=100,
        verbose_name=_("told by"),
        help_text=_("An invented first name and role, e.g. 'Sanne (34), victim'."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("story"),
        help_text=_(
            "The story in the teller's words. Change names and details so nobody "
            "can be recognised."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("told_by"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["content.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["others"] = StoryPage.objects.sibling_of(self, inclusive=False).live()
        return context
