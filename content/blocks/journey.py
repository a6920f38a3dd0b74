"""The step-by-step overview of the whole journey (GOV.UK's "step by step"
navigation): from reading about the provisions to closing, each step with its
number, a title, what happens and links to the pages that tell more."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from content.blocks.text import LinksGlossaryTerms, ParagraphBlock


class JourneyStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Step"))
    text = ParagraphBlock(label=_("What happens"))
    shows_callback_promise = blocks.BooleanBlock(
        required=False,
        label=_("Add the callback promise"),
        help_text=_(
            "After the text: the promise to call back, with the number of days the "
            "registration desk works with (never type the number yourself)."
        ),
    )


class StepByStepBlock(LinksGlossaryTerms, blocks.StructBlock):
    """Numbered steps joined by a line, each a heading of its own so that screen
    reader users can jump between them; everything shown, nothing to unfold (the
    overview is short and people print it)."""

    heading = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("Heading"),
        help_text=_("Optional. Without it, each step is a main heading (h2)."),
    )
    steps = blocks.ListBlock(JourneyStepBlock(), min_num=2, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Step by step")
        template = "content/blocks/step_by_step_block.html"
        description = _("The whole journey in numbered steps, with links")
