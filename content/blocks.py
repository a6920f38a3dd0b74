"""StreamField blocks shared by the page types.

Headings start at level two: the page title is the only ``<h1>``.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


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


class BodyBlock(blocks.StreamBlock):
    """The body of content pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"],
        label=_("Text"),
        help_text=_("Plain language (B1): short sentences, one idea per paragraph."),
        icon="pilcrow",
    )
