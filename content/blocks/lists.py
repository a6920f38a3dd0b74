"""Blocks that hold a list of like items: questions, steps and figures."""

from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from content import figure_tokens
from content.blocks.text import FIGURE_HELP, LinksGlossaryTerms, ParagraphBlock


class FaqItemBlock(blocks.StructBlock):
    """One question with its answer; it gets an anchor so it can be linked to."""

    question = blocks.CharBlock(
        max_length=200,
        label=_("Question"),
        help_text=_("As a visitor would ask it, ending with a question mark."),
    )
    answer = ParagraphBlock(
        label=_("Answer"),
        help_text=format_lazy(
            "{} {}",
            _("Start with the short answer (yes, no, it depends), then explain."),
            FIGURE_HELP,
        ),
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FaqListBlock(LinksGlossaryTerms, blocks.StructBlock):
    """A group of questions under a heading. They also go into the page's FAQPage
    structured data for search engines."""

    heading = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("Heading"),
        help_text=_("The topic of these questions, e.g. 'Privacy'. Optional."),
    )
    items = blocks.ListBlock(FaqItemBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "content/blocks/faq_list_block.html"
        description = _("Frequently asked questions, each with its own link")
        preview_value = {
            "heading": "Kosten",
            "items": [{"question": "Kost het geld?", "answer": "<p>Nee.</p>"}],
        }


class StepItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Step"))
    text = blocks.TextBlock(
        max_length=500,
        required=False,
        label=_("Explanation"),
        help_text=_("What happens in this step, in one or two sentences."),
    )


class StepsBlock(blocks.StructBlock):
    """Numbered steps, e.g. from registering to closing."""

    items = blocks.ListBlock(StepItemBlock(), min_num=2, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Steps")
        template = "content/blocks/steps_block.html"
        description = _("Numbered steps in order")


class FiguresBlock(blocks.StructBlock):
    """Figures picked from the register, shown as cards (number, what it counts,
    year) with their sources listed once under the group.

    The stored block name stays "figures". Until December 2026 it held free-text
    figures under "items"; that child is gone, so such old data is ignored (the
    block shows nothing) instead of breaking the page: pick the figures again."""

    figures = blocks.ListBlock(
        SnippetChooserBlock("content.Figure"),
        min_num=1,
        label=_("Figures"),
        help_text=_(
            "Figures from Snippets > Figures. Each card shows the number, what it "
            "counts and its year; the sources appear once below the group."
        ),
    )

    class Meta:
        icon = "table"
        label = _("Figures")
        template = "content/blocks/figures_block.html"
        description = _("Numbers from the figures register, with year and source")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        chosen = [figure for figure in value.get("figures") or [] if figure]
        language = "en" if (get_language() or "nl")[:2] == "en" else "nl"
        sources = []
        for figure in chosen:
            source = figure.source(language)
            link = figure.source_url
            if (source, link) not in sources:
                sources.append((source, link))
        context["cards"] = [
            {
                "figure": figure,
                "value": figure_tokens.figure_html(figure, language),
                "label": figure.label(language),
                "period": figure.period(language),
            }
            for figure in chosen
        ]
        context["sources"] = [{"title": t, "url": u} for t, u in sources]
        return context
