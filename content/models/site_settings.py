"""Contact details and other site-wide values that communications staff edit in
Wagtail (Settings > Site settings), so nothing of the kind is hard-coded."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


class NavigationLinkBlock(blocks.StructBlock):
    """One item of the main navigation: a page, shown under its title in the
    visitor's language (the translation of the chosen page)."""

    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "doc-full"
        label = _("Menu item")


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.CharBlock(
        max_length=40,
        label=_("Name"),
        help_text=_("As visitors know it, e.g. 'LinkedIn' or 'Instagram'."),
    )
    url = blocks.URLBlock(label=_("Address"), help_text=_("The full web address."))

    class Meta:
        icon = "link-external"
        label = _("Social media link")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Shown in the footer of every page and used by the quick-exit button."""

    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("contact phone"),
        help_text=_("The number people can call, as it should be shown: 030 123 4567."),
    )
    contact_email = models.EmailField(
        blank=True,
        verbose_name=_("contact e-mail"),
        help_text=_("The address people can write to."),
    )
    opening_hours_nl = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("opening hours (Dutch)"),
        help_text=_("When the phone is answered, in Dutch: 'maandag tot en met ...'."),
    )
    opening_hours_en = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("opening hours (English)"),
        help_text=_("The same opening hours, written in English."),
    )
    organisation_line_nl = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("organisation line (Dutch)"),
        help_text=_(
            "Under the site's name in the header: who runs the portal, in Dutch, "
            "for instance 'In opdracht van ...'. It links to the About page."
        ),
    )
    organisation_line_en = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("organisation line (English)"),
        help_text=_("The same line, written in English."),
    )
    show_phase_banner = models.BooleanField(
        default=True,
        verbose_name=_("show the 'new website' banner"),
        help_text=_(
            "A line under the header of every page: this is a new website, and a "
            "link to the short feedback form. Untick when the site is no longer new."
        ),
    )
    contact_details_are_examples = models.BooleanField(
        default=False,
        verbose_name=_("contact details are examples"),
        help_text=_(
            "Tick on a demonstration or test site: every phone number and address "
            "is then marked '(example)' and the footer says the details are "
            "made up. Untick on the live site."
        ),
    )
    main_navigation = StreamField(
        [("link", NavigationLinkBlock())],
        blank=True,
        verbose_name=_("main navigation"),
        help_text=_(
            "The menu at the top of every page, in this order. Choose the Dutch "
            "page: English visitors see its English translation. Keep it short: "
            "five to seven items."
        ),
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        verbose_name=_("social media"),
        help_text=_("Links shown in the footer. Leave empty to show none."),
    )
    quick_exit_url = models.URLField(
        blank=True,
        verbose_name=_("quick-exit address"),
        help_text=_(
            "The neutral website the 'Leave this site' button opens, such as a "
            "weather site. Leave empty for the default."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy statement"),
        help_text=_("Linked from the footer of every page, in the visitor's language."),
    )

    about_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("about this site"),
        help_text=_(
            "Who runs the portal and who calls back. Linked from the footer of "
            "every page, in the visitor's language."
        ),
    )
    complaints_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("complaints procedure"),
        help_text=_("Linked from the footer of every page, in the visitor's language."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("opening_hours_nl"),
                FieldPanel("opening_hours_en"),
                FieldPanel("contact_details_are_examples"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation_line_nl"),
                FieldPanel("organisation_line_en"),
                FieldPanel("show_phase_banner"),
            ],
            heading=_("Header"),
        ),
        FieldPanel("main_navigation"),
        FieldPanel("social_links"),
        FieldPanel("quick_exit_url"),
        FieldPanel("about_page"),
        FieldPanel("privacy_page"),
        FieldPanel("complaints_page"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def _in_language(self, field: str) -> str:
        """``<field>_en`` for English visitors when it is filled in, else
        ``<field>_nl``: the fields written per language."""
        if get_language() == "en" and getattr(self, f"{field}_en"):
            return getattr(self, f"{field}_en")
        return getattr(self, f"{field}_nl")

    @property
    def opening_hours(self) -> str:
        """The opening hours in the active language, falling back to Dutch."""
        return self._in_language("opening_hours")

    @property
    def organisation_line(self) -> str:
        """The header's organisation line in the active language, falling back to
        Dutch."""
        return self._in_language("organisation_line")

    @property
    def example_mark(self) -> str:
        """' (example)' after a phone number or address while the contact details
        are made up (demo and test sites), else ''."""
        if not self.contact_details_are_examples:
            return ""
        return " " + gettext("(example)")

    @property
    def phone_shown(self) -> str:
        """The phone number as running text shows it, with the example mark."""
        return f"{self.contact_phone}{self.example_mark}" if self.contact_phone else ""

    @property
    def exit_url(self) -> str:
        return self.quick_exit_url or settings.QUICK_EXIT_DEFAULT_URL
