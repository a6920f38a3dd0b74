"""The provisions (herstelbemiddeling, MiS, Samenspraak) and the page that compares
them ("Which one fits me?")."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from content.blocks import BodyBlock, StepsBlock
from content.blocks.text import RICH_TEXT_FEATURES
from content.choices import Provision
from content.models.base import BasePage


class ContactFormBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        max_length=80, label=_("Form"), help_text=_("e.g. 'Letters'.")
    )
    description = blocks.TextBlock(
        max_length=400,
        label=_("Description"),
        help_text=_("What it is and for whom it suits, in one or two sentences."),
    )

    class Meta:
        icon = "group"
        label = _("Form of contact")
        template = "content/blocks/contact_form_block.html"


class LinkBlock(blocks.StructBlock):
    """A link to a page on this site or to another website."""

    label = blocks.CharBlock(max_length=100, label=_("Link text"))
    page = blocks.PageChooserBlock(
        required=False,
        label=_("Page on this site"),
        help_text=_("Choose a page, or fill in a web address below."),
    )
    url = blocks.URLBlock(required=False, label=_("Web address"))

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": _("Choose a page or fill in a web address, not both.")
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        template = "content/blocks/link_block.html"


class ProvisionIndexPage(BasePage):
    """ "Which one fits me?": compares the provisions below it side by side, from
    their own short answers, and leads to the sign-up wizard to find out."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Shown below the comparison table."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ProvisionPage", "content.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("provision overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["provisions"] = ProvisionPage.objects.child_of(self).live()
        return context


class ProvisionPage(BasePage):
    """One provision, with structured fields so every provision page answers the same
    questions in the same order."""

    provision = models.CharField(
        max_length=30,
        choices=Provision.choices,
        verbose_name=_("provision"),
        help_text=_(
            "Which provision this page is about. The confirmation of a "
            "registration routed to it links here."
        ),
    )
    in_short_for_whom = models.CharField(
        max_length=200,
        verbose_name=_("for whom, in short"),
        help_text=_("One line for the comparison table, e.g. 'Victims and offenders'."),
    )
    in_short_when = models.CharField(
        max_length=200,
        verbose_name=_("when, in short"),
        help_text=_("One line for the comparison table, e.g. 'At any moment'."),
    )
    in_short_outcome = models.CharField(
        max_length=200,
        verbose_name=_("outcome, in short"),
        help_text=_("One line for the comparison table: what it can lead to."),
    )
    for_whom = RichTextField(
        features=RICH_TEXT_FEATURES,
        verbose_name=_("for whom"),
        help_text=_("Who can take part, and who can register."),
    )
    when_it_applies = RichTextField(
        features=RICH_TEXT_FEATURES,
        verbose_name=_("when it applies"),
        help_text=_("At which moment it is possible, and when it is not."),
    )
    forms_of_contact = StreamField(
        [("form", ContactFormBlock())],
        blank=True,
        verbose_name=_("forms of contact"),
        help_text=_("The ways people can be in contact, one block per form."),
    )
    steps = StreamField(
        [("steps", StepsBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("steps"),
        help_text=_("From registering to closing, in order."),
    )
    costs = models.CharField(
        max_length=300,
        verbose_name=_("costs"),
        help_text=_("What it costs participants, e.g. 'Free for participants'."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("more information"),
        help_text=_("Anything else: privacy, videos, questions."),
    )
    links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("links"),
        help_text=_("Where to read more, on this site or elsewhere."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("provision"),
        MultiFieldPanel(
            [
                FieldPanel("in_short_for_whom"),
                FieldPanel("in_short_when"),
                FieldPanel("in_short_outcome"),
            ],
            heading=_("In short (comparison table)"),
        ),
        FieldPanel("for_whom"),
        FieldPanel("when_it_applies"),
        FieldPanel("forms_of_contact"),
        FieldPanel("steps"),
        FieldPanel("costs"),
        FieldPanel("body"),
        FieldPanel("links"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("for_whom"),
        index.SearchField("when_it_applies"),
        index.SearchField("forms_of_contact"),
        index.SearchField("body"),
    ]

    parent_page_types = ["content.ProvisionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("provision page")
