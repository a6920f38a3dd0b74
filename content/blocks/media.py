"""Blocks for images and videos."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    """An image with the text a screen reader reads instead of it."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=200,
        label=_("Alternative text"),
        help_text=_(
            "Required. Describe what the image shows for people who cannot see it, "
            "e.g. 'Two people talking at a table with a mediator'."
        ),
    )
    caption = blocks.CharBlock(
        max_length=200,
        required=False,
        label=_("Caption"),
        help_text=_("Optional text shown under the image."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "content/blocks/image_block.html"
        description = _("An image with alternative text")


class VideoBlock(blocks.StructBlock):
    """Shows the player of a video page, with a link to its full transcript."""

    video = blocks.PageChooserBlock(
        page_type="content.VideoPage",
        label=_("Video page"),
        help_text=_(
            "Choose a published video page in the same language; its captions and "
            "transcript come along."
        ),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "content/blocks/video_block.html"
        description = _("A video from the video pages, with its transcript")
