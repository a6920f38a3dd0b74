"""The home page and plain text pages (privacy, complaints, contact, accessibility)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from content import freshness
from content.blocks import BodyBlock
from content.blocks.accessibility import KnownProblemBlock
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
    the Dutch government's model statement: status, how the site was tested, the
    known problems one by one, how to report a problem, and the statement's dates.
    The contact details come from the site settings."""

    status = models.CharField(
        max_length=11,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.FIRST_STEPS,
        verbose_name=_("compliance status"),
        help_text=_(
            "A or B only with a full audit (WCAG-EM, all 50 requirements) of at "
            "most three years old; C when an audit is planned within six months."
        ),
    )
    evaluation = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        verbose_name=_("how the site was tested"),
        help_text=_("What was tested, how, with which tools and by whom."),
    )
    audit_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("date of the last audit"),
        help_text=_(
            "When an independent party last checked the site. Re-test within 36 months."
        ),
    )
    audit_by = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("audited by"),
        help_text=_("The organisation that carried out the audit."),
    )
    audit_planned = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("next audit planned"),
        help_text=_("When the next independent audit is planned, if it is."),
    )
    known_problems = StreamField(
        [("problem", KnownProblemBlock())],
        blank=True,
        verbose_name=_("known problems"),
        help_text=_("Every problem you know of, one by one. Be honest."),
    )
    response_working_days = models.PositiveSmallIntegerField(
        default=5,
        verbose_name=_("answer within (working days)"),
        help_text=_("How soon someone who reports a problem gets an answer."),
    )
    statement_date = models.DateField(
        verbose_name=_("date of this statement"),
        help_text=_("When the statement was last reviewed."),
    )
    approved_by = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("approved by"),
        help_text=_("The function of the person who signed the statement."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Anything else visitors should know."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("statement_date"),
                FieldPanel("approved_by"),
            ],
            heading=_("Status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("evaluation"),
                FieldPanel("audit_date"),
                FieldPanel("audit_by"),
                FieldPanel("audit_planned"),
            ],
            heading=_("Testing"),
        ),
        FieldPanel("known_problems"),
        FieldPanel("response_working_days"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("evaluation"),
        index.SearchField("known_problems"),
        index.SearchField("body"),
    ]

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    STATUS_EXPLANATIONS = {
        AccessibilityStatus.FULL: _(
            "An independent audit showed that the website meets all requirements."
        ),
        AccessibilityStatus.PARTIAL: _(
            "An independent audit showed that the website does not yet meet all "
            "requirements. Below you can read what does not work yet and what we "
            "do about it."
        ),
        AccessibilityStatus.FIRST_STEPS: _(
            "We have taken the first measures to make the website meet all "
            "requirements. A full independent audit is planned within six months."
        ),
        AccessibilityStatus.NO_STEPS: _(
            "In the government's model, a website has this status as long as no "
            "full independent audit has been done or planned. What we test "
            "ourselves is described below."
        ),
    }

    @property
    def status_explanation(self) -> str:
        return self.STATUS_EXPLANATIONS.get(self.status, "")

    class Meta:
        verbose_name = _("accessibility statement")
