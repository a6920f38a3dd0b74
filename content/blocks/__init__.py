"""StreamField blocks shared by the page types, one module per purpose."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from content.blocks.actions import RegisterCallToActionBlock
from content.blocks.journey import StepByStepBlock
from content.blocks.lists import FaqItemBlock, FaqListBlock, FiguresBlock, StepsBlock
from content.blocks.media import ImageBlock, VideoBlock
from content.blocks.policy import CookiesBlock, RetentionPeriodsBlock
from content.blocks.text import (
    AccordionBlock,
    HeadingBlock,
    ParagraphBlock,
    QuoteBlock,
)

__all__ = [
    "AccordionBlock",
    "BodyBlock",
    "CookiesBlock",
    "FaqItemBlock",
    "FaqListBlock",
    "FiguresBlock",
    "HeadingBlock",
    "ImageBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "RegisterCallToActionBlock",
    "RetentionPeriodsBlock",
    "StepByStepBlock",
    "StepsBlock",
    "VideoBlock",
]

TEXT = _("Text")
MEDIA = _("Media")
LISTS = _("Lists")


class BodyBlock(blocks.StreamBlock):
    """The body of content pages. Child names are stored in the database: never
    rename one without a data migration."""

    heading = HeadingBlock(group=TEXT)
    paragraph = ParagraphBlock(group=TEXT)
    quote = QuoteBlock(group=TEXT)
    accordion = AccordionBlock(group=TEXT)
    image = ImageBlock(group=MEDIA)
    video = VideoBlock(group=MEDIA)
    register = RegisterCallToActionBlock(group=_("Actions"))
    faq = FaqListBlock(group=LISTS)
    steps = StepsBlock(group=LISTS)
    step_by_step = StepByStepBlock(group=LISTS)
    figures = FiguresBlock(group=LISTS)
    retention_periods = RetentionPeriodsBlock(group=_("Privacy"))
    cookies = CookiesBlock(group=_("Privacy"))
