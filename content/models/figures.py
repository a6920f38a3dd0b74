"""The figures register and the figures page.

``Figure`` is a snippet: one record per number, with what it counts in Dutch and in
English, its year or period, its source and the day someone last checked it. Pages
never type a statistic: they write ``[cijfer:key]`` or ``[jaar:key]`` (see
``content.figure_tokens``) or pick figures in a figures block, so one edit of a
figure changes every page in both languages.
"""

import calendar
import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from babel import Locale
from babel.numbers import format_currency, format_decimal, format_percent

from content.blocks import FiguresBlock, HeadingBlock, ParagraphBlock
from content.models.base import BasePage

KEY_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
# A figure not checked for this long is listed in the "Figures to check" report.
CHECK_AFTER_MONTHS = 12


def _language(language: str | None) -> str:
    return (
        "en" if (language or translation.get_language() or "nl")[:2] == "en" else "nl"
    )


def months_ago(today: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` months earlier (the last day of a shorter month)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    return datetime.date(
        year, month, min(today.day, calendar.monthrange(year, month)[1])
    )


class Figure(index.Indexed, models.Model):
    """One number from a source document, with its year and source."""

    class Kind(models.TextChoices):
        COUNT = "count", _("Count")
        PERCENTAGE = "percentage", _("Percentage")
        EURO = "euro", _("Amount in euros")

    class Qualifier(models.TextChoices):
        NONE = "", _("None (exactly this number)")
        LESS_THAN = "less_than", _("Less than")
        ABOUT = "about", _("Approximately")

    key = models.CharField(
        max_length=80,
        unique=True,
        validators=[
            RegexValidator(
                f"^{KEY_PATTERN}$",
                _("Use lower-case letters, digits and single hyphens only."),
            )
        ],
        verbose_name=_("key"),
        help_text=_(
            "The name pages use: [cijfer:key] shows the number, [jaar:key] its "
            "year. Lower-case letters, digits and hyphens, e.g. "
            "'ph-aanmeldingen-2024'. Changing it breaks the pages that use it."
        ),
    )
    value = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0))],
        verbose_name=_("number"),
        help_text=_(
            "The number only, without dots or a percent sign: 1651 for 1.651, "
            "40 for 40 percent, 1350 for EUR 1,350."
        ),
    )
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.COUNT,
        verbose_name=_("kind of number"),
    )
    qualifier = models.CharField(
        max_length=20,
        choices=Qualifier.choices,
        default=Qualifier.NONE,
        blank=True,
        verbose_name=_("qualifier"),
        help_text=_("Only when the source says so: 'less than 1%', 'about 95%'."),
    )
    label_nl = models.CharField(
        max_length=250,
        verbose_name=_("what it counts (Dutch)"),
        help_text=_("e.g. 'aanmeldingen voor herstelbemiddeling'."),
    )
    label_en = models.CharField(
        max_length=250,
        verbose_name=_("what it counts (English)"),
        help_text=_("The same, in English: 'registrations for restorative mediation'."),
    )
    year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1990)],
        verbose_name=_("year"),
        help_text=_("The year the number is about, or the first year of a period."),
    )
    year_end = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("last year of the period"),
        help_text=_("For a period such as 2017-2019. Leave empty for one year."),
    )
    since = models.BooleanField(
        default=False,
        verbose_name=_("since that year"),
        help_text=_("Tick for 'since 2022': the number counts from that year on."),
    )
    period_note_nl = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("period note (Dutch)"),
        help_text=_(
            "Shown after the year, or instead of it when the source gives none: "
            "then say it as the source does, e.g. 'in het onderzoek van het NSCR'. "
            "Never guess a year."
        ),
    )
    period_note_en = models.CharField(
        max_length=120,
        blank=True,
        verbose_name=_("period note (English)"),
        help_text=_("The same note in English."),
    )
    source_nl = models.CharField(
        max_length=250,
        verbose_name=_("source document (Dutch)"),
        help_text=_("e.g. 'Jaarverslag 2024 Perspectief Herstelbemiddeling'."),
    )
    source_en = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("source document (English)"),
        help_text=_("Leave empty when the Dutch title serves English readers too."),
    )
    source_page = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("page in the source"),
        help_text=_("e.g. '12' or '12-13'. Leave empty if you do not know it."),
    )
    source_url = models.URLField(
        blank=True,
        verbose_name=_("link to the source"),
        help_text=_("Optional: the web address of the document."),
    )
    checked_on = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("checked on"),
        help_text=_(
            "The day someone compared the number with the source. After 12 months "
            "the figure appears in the report 'Figures to check'."
        ),
    )

    panels = [
        HelpPanel(
            content=_(
                "<p>Pages show this figure with <code>[cijfer:key]</code> (the "
                "number) and <code>[jaar:key]</code> (its year or period), in Dutch "
                "and in English. A change here shows on every page at once.</p>"
            )
        ),
        FieldPanel("key"),
        FieldRowPanel(
            [FieldPanel("value"), FieldPanel("kind"), FieldPanel("qualifier")]
        ),
        FieldPanel("label_nl"),
        FieldPanel("label_en"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("year"), FieldPanel("year_end"), FieldPanel("since")]
                ),
                FieldPanel("period_note_nl"),
                FieldPanel("period_note_en"),
            ],
            heading=_("Year or period"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("source_nl"),
                FieldPanel("source_en"),
                FieldPanel("source_page"),
                FieldPanel("source_url"),
            ],
            heading=_("Source"),
        ),
        FieldPanel("checked_on"),
    ]

    search_fields = [
        index.SearchField("key"),
        index.SearchField("label_nl"),
        index.SearchField("label_en"),
        index.AutocompleteField("key"),
        index.AutocompleteField("label_nl"),
        index.AutocompleteField("label_en"),
    ]

    class Meta:
        ordering = ["key"]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self) -> str:
        return f"{self.key}: {self.formatted_value('nl')} {self.label_nl}"

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        value = self.value
        if value is not None:
            if self.kind == self.Kind.COUNT and value != value.to_integral_value():
                errors.setdefault("value", []).append(
                    gettext("A count is a whole number.")
                )
            if self.kind == self.Kind.PERCENTAGE and value > 100:
                errors.setdefault("value", []).append(
                    gettext("A percentage is at most 100.")
                )
        if self.year_end is not None:
            if self.year is None:
                errors.setdefault("year", []).append(
                    gettext("A period needs its first year too.")
                )
            elif self.year_end <= self.year:
                errors.setdefault("year_end", []).append(
                    gettext("The last year comes after the first year.")
                )
            if self.since:
                errors.setdefault("since", []).append(
                    gettext("Either a period or 'since', not both.")
                )
        if self.since and self.year is None:
            errors.setdefault("year", []).append(
                gettext("'Since' needs the year it starts.")
            )
        if self.year is None and not self.period_note_nl:
            errors.setdefault("year", []).append(
                gettext(
                    "Every figure shows its year: give the year, or a period note "
                    "in the source's own words when the source gives no year."
                )
            )
        if bool(self.period_note_nl) != bool(self.period_note_en):
            field = "period_note_en" if self.period_note_nl else "period_note_nl"
            errors.setdefault(field, []).append(
                gettext("Write the period note in both languages.")
            )
        if errors:
            raise ValidationError(errors)

    # Shown in the reader's language: "nl" or "en" (default: the active language).

    def formatted_number(self, language: str | None = None) -> str:
        """The number alone, as the language writes it: 1.651, 40%, € 1.350."""
        language = _language(language)
        value = self.value.normalize() if self.value is not None else Decimal(0)
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        if self.kind == self.Kind.PERCENTAGE:
            return format_percent(
                value / 100, locale=language, decimal_quantization=False
            )
        if self.kind == self.Kind.EURO:
            return format_currency(
                value,
                "EUR",
                locale=language,
                format=_euro_pattern(language, whole=value == value.to_integral()),
                currency_digits=False,
            )
        return format_decimal(value, locale=language, decimal_quantization=False)

    def formatted_value(self, language: str | None = None) -> str:
        """The number with its qualifier: "minder dan 1%", "less than 1%"."""
        language = _language(language)
        number = self.formatted_number(language)
        with translation.override(language):
            if self.qualifier == self.Qualifier.LESS_THAN:
                return gettext("less than %(number)s") % {"number": number}
            if self.qualifier == self.Qualifier.ABOUT:
                return gettext("about %(number)s") % {"number": number}
        return number

    @property
    def machine_value(self) -> str:
        """The number for a ``<data value>`` attribute: 1651, 40, 1350."""
        value = self.value.normalize()
        return format(
            value.quantize(Decimal(1)) if value == value.to_integral() else value, "f"
        )

    def label(self, language: str | None = None) -> str:
        return self.label_en if _language(language) == "en" else self.label_nl

    def period(self, language: str | None = None) -> str:
        """2024, 2017–2019, "sinds 2022" / "since 2022", with the note if any."""
        language = _language(language)
        years = ""
        if self.year is not None:
            if self.year_end is not None:
                years = f"{self.year}–{self.year_end}"
            elif self.since:
                with translation.override(language):
                    years = gettext("since %(year)s") % {"year": self.year}
            else:
                years = str(self.year)
        note = self.period_note_en if language == "en" else self.period_note_nl
        if years and note:
            return f"{years}, {note}"
        return years or note

    def source(self, language: str | None = None) -> str:
        """The source document, with its page when known."""
        language = _language(language)
        title = (self.source_en if language == "en" else "") or self.source_nl
        if self.source_page:
            with translation.override(language):
                return gettext("%(title)s, p. %(page)s") % {
                    "title": title,
                    "page": self.source_page,
                }
        return title

    def is_due_for_check(self, today: datetime.date | None = None) -> bool:
        today = today or datetime.date.today()
        return self.checked_on is None or self.checked_on < months_ago(
            today, CHECK_AFTER_MONTHS
        )


def _euro_pattern(language: str, whole: bool) -> str:
    pattern = Locale.parse(language).currency_formats["standard"].pattern
    pattern = pattern.split(";")[0]
    # Pattern syntax always writes the decimal point as '.', whatever the locale.
    return pattern.replace(".00", "") if whole else pattern


class FiguresPage(BasePage):
    """Numbers about restorative justice, grouped under headings. Every number comes
    from the figures register and shows its year and source."""

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
