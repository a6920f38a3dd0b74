"""Blocks that hold a list of like items: questions, steps and figures."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from content.blocks.text import LinksGlossaryTerms, ParagraphBlock


class FaqItemBlock(blocks.StructBlock):
    """One question with its answer; it gets an anchor so it can be linked to."""

    question = blocks.CharBlock(
        max_length=200,
        label=_("Question"),
        help_text=_("As a visitor would ask it, ending with a question mark."),
    )
    answer = ParagraphBlock(
        label=_("Answer"),
        help_text=_("Start with the short answer (yes, no, it depends), then explain."),
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


class FigureItemBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        max_length=20,
        label=_("Number"),
        help_text=_("As it should be shown, e.g. '1.651' or '97%'."),
    )
    label = blocks.CharBlock(
        max_length=150,
        label=_("What it counts"),
        help_text=_("e.g. 'registrations for restorative mediation'."),
    )
    year = blocks.IntegerBlock(
        min_value=2000,
        max_value=2100,
        label=_("Year"),
        help_text=_("The year the number is about. Always shown with the number."),
    )
    source = blocks.CharBlock(
        max_length=150,
        required=False,
        label=_("Source"),
        help_text=_("Where the number comes from, e.g. 'Annual report 2024 of PH'."),
    )


class FiguresBlock(blocks.StructBlock):
    """Key numbers, each with its year and source."""

    items = blocks.ListBlock(FigureItemBlock(), min_num=1, label=_("Figures"))

    class Meta:
        icon = "table"
        label = _("Figures")
        template = "content/blocks/figures_block.html"
        description = _("Numbers with their year")
