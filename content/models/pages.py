"""The home page and plain text pages (privacy, complaints, contact, accessibility)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from content import freshness
from content.blocks import BodyBlock
from content.blocks.text import RICH_TEXT_FEATURES
from content.choices import AccessibilityStatus
from content.models.audiences import AudiencePage
from content.models.base import BasePage
from content.models.youth import YouthLandingPage

# Page types that live directly under a home page.
HOME_CHILDREN = [
    "content.ProvisionIndexPage",
    "content.AudiencePage",
    "content.ThemePage",
    "content.VideoIndexPage",
    "content.FaqPage",
    "content.StoryIndexPage",
    "content.YouthLandingPage",
    "content.FiguresPage",
    "content.GlossaryPage",
    "content.StandardPage",
    "content.ContactPage",
    "content.AccessibilityStatementPage",
    "content.SearchPage",
]


class HomePage(BasePage):
    """The front door in each language: what herstelrecht is, the way in by role,
    the call to register and the entry for young people."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Shown below the entry points by role."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = HOME_CHILDREN
    max_count_per_parent = 2  # one per language, as translations of each other

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(freshness.cached(f"home-links:{self.pk}", self._links))
        return context

    def _links(self) -> dict:
        """The pages the home page links to (without their bodies): the same until
        content changes, so kept in the cache."""
        return {
            "audiences": {
                page.audience: page
                for page in AudiencePage.objects.child_of(self)
                .live()
                .defer_streamfields()
            },
            "youth_landing": YouthLandingPage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .first(),
            "sections": list(
                self.get_children()
                .live()
                .exclude(
                    content_type__model__in=[
                        "audiencepage",
                        "youthlandingpage",
                        "searchpage",
                    ]
                )
            ),
        }


class StandardPage(BasePage):
    """A plain page of text: the privacy statement, the complaints procedure, other
    forms of contact, and similar."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The text of the page, in headings, paragraphs and other blocks."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = [
        "content.HomePage",
        "content.StandardPage",
        "content.ProvisionIndexPage",
    ]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class ContactPage(BasePage):
    """How to reach us. Phone, e-mail and opening hours come from the site settings,
    so they are the same here, in the footer and in the sign-up form."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Shown below the contact details, e.g. how to reach us by post."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")


class AccessibilityStatementPage(BasePage):
    """The accessibility statement (toegankelijkheidsverklaring) in the structure of
    the Dutch government's model statement."""

    status = models.CharField(
        max_length=10,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.PARTIAL,
        verbose_name=_("compliance status"),
        help_text=_("How far the site meets WCAG 2.1 AA, according to the last audit."),
    )
    statement_date = models.DateField(
        verbose_name=_("date of this statement"),
        help_text=_("When the statement was last reviewed."),
    )
    audit_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("date of the last audit"),
        help_text=_(
            "When an independent party last checked the site. Re-test within 36 months."
        ),
    )
    known_issues = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        verbose_name=_("known problems"),
        help_text=_("What does not work yet, and when it will be fixed."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("How to report a problem and what else visitors should know."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("statement_date"),
                FieldPanel("audit_date"),
            ],
            heading=_("Status"),
        ),
        FieldPanel("known_issues"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
