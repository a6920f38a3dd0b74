"""Blocks for text: headings, paragraphs, quotes and accordions.

Headings start at level two: the page title is the only ``<h1>``.
"""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import blocks

from content import figure_tokens

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
FIGURE_HELP = _(
    "Numbers come from the figures register: write [cijfer:key] for the number "
    "and [jaar:key] for its year, e.g. [cijfer:ph-aanmeldingen-2024] "
    "aanmeldingen in [jaar:ph-aanmeldingen-2024]. Never type a statistic."
)


def unknown_figures_error(text: str) -> ValidationError | None:
    """The error for tokens whose key is not in the figures register."""
    keys = figure_tokens.unknown_keys(text)
    if not keys:
        return None
    return ValidationError(
        ngettext(
            "Unknown figure: %(keys)s. Check the key in Snippets > Figures.",
            "Unknown figures: %(keys)s. Check the keys in Snippets > Figures.",
            len(keys),
        )
        % {"keys": ", ".join(keys)}
    )


class LinksGlossaryTerms:
    """For blocks whose template links glossary terms in rich text
    (``{{ value|glossary_links:glossary }}``, ``content.glossary``): rendered
    without a page's context (a preview, ``str(block)``), ``glossary`` is None, so
    the text shows unchanged instead of the missing variable failing the render."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.setdefault("glossary", None)
        return context


class HeadingBlock(blocks.StructBlock):
    """A section heading; editors choose the level so the outline stays logical."""

    text = blocks.CharBlock(
        max_length=120,
        label=_("Heading"),
        help_text=_(
            "Short and descriptive: screen reader users jump from heading to heading."
        ),
    )
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use level 3 only below a level 2 heading."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "content/blocks/heading_block.html"
        description = _("A section heading")
        preview_value = {"text": "Wat is herstelbemiddeling?", "level": "h2"}


class ParagraphBlock(LinksGlossaryTerms, blocks.RichTextBlock):
    """Running text with links and lists; figures as tokens (``figure_tokens``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault(
            "help_text",
            format_lazy(
                "{} {}",
                _("Plain language (B1): short sentences, one idea per paragraph."),
                FIGURE_HELP,
            ),
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        error = unknown_figures_error(value.source if value else "")
        if error is not None:
            raise error
        return value

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "content/blocks/paragraph_block.html"
        description = _("Paragraphs, links and lists")
        preview_value = "<p>Herstelbemiddeling is gratis en vrijwillig.</p>"


class QuoteBlock(blocks.StructBlock):
    """A short quote from someone who took part, with who said it."""

    text = blocks.TextBlock(
        max_length=400,
        label=_("Quote"),
        help_text=_("The words themselves, without quotation marks."),
    )
    attribution = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("Who said it"),
        help_text=_("An invented first name and role, e.g. 'Sanne, victim'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "content/blocks/quote_block.html"
        description = _("A quote with who said it")
        preview_value = {
            "text": "Ik kon eindelijk vragen stellen.",
            "attribution": "Sanne, slachtoffer",
        }


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=150,
        label=_("Title"),
        help_text=_("Visible while the section is closed; say what is inside."),
    )
    content = ParagraphBlock(label=_("Content"))

    class Meta:
        icon = "collapse-down"
        label = _("Section")


class AccordionBlock(LinksGlossaryTerms, blocks.StructBlock):
    """Sections that open and close (HTML ``details``: works without JavaScript)."""

    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("Sections"))

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        template = "content/blocks/accordion_block.html"
        description = _("Sections that visitors open one by one")
        preview_value = {
            "items": [{"title": "Kost het geld?", "content": "<p>Nee.</p>"}]
        }
