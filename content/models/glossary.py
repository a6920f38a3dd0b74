"""The glossary: the words of the justice system and of restorative justice,
explained in plain language, one page per language. Other pages link to its entries
by themselves (``content.glossary``)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import ParagraphBlock
from content.glossary import entry_forms, term_anchor
from content.models.base import BasePage


class GlossaryEntryBlock(blocks.StructBlock):
    """One term and what it means."""

    term = blocks.CharBlock(
        max_length=80,
        label=_("Term"),
        help_text=_(
            "As it is written in running text, e.g. 'officier van justitie'. The "
            "first time it appears on another page, it links here."
        ),
    )
    other_forms = blocks.CharBlock(
        max_length=300,
        required=False,
        label=_("Other forms"),
        help_text=_(
            "Other ways the word is written that should link here too, separated by "
            "commas, e.g. the plural. Optional."
        ),
    )
    match_case = blocks.BooleanBlock(
        required=False,
        label=_("Match capitals exactly"),
        help_text=_(
            "Tick for abbreviations such as OM, so that an ordinary word written "
            "the same in small letters (om) does not link."
        ),
    )
    definition = ParagraphBlock(
        label=_("Meaning"),
        help_text=_("One to three short sentences in plain language."),
    )

    class Meta:
        icon = "help"
        label = _("Term")


class GlossaryPage(BasePage):
    """The terms in alphabetical order, each with an anchor other pages link to."""

    entries = StreamField(
        [("entry", GlossaryEntryBlock())],
        verbose_name=_("terms"),
        help_text=_("One block per term; the page shows them in alphabetical order."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("entries")]
    search_fields = [*BasePage.search_fields, index.SearchField("entries")]

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    links_glossary = False  # no links to itself

    class Meta:
        verbose_name = _("glossary page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = sorted(
            (
                {
                    "term": block.value["term"],
                    "anchor": term_anchor(block.value["term"]),
                    "other_forms": entry_forms(block.value)[1:],
                    "definition": block.value["definition"],
                }
                for block in self.entries
                if block.block_type == "entry"
            ),
            key=lambda entry: entry["term"].casefold(),
        )
        return context
