"""A call to action that leads to the sign-up wizard."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class RegisterCallToActionBlock(blocks.StructBlock):
    """A box with a short text and a button to the sign-up wizard. On youth pages the
    button opens the wizard in its youth wording."""

    heading = blocks.CharBlock(
        max_length=100,
        label=_("Heading"),
        help_text=_("An invitation, e.g. 'Do you want to register?'"),
    )
    text = blocks.TextBlock(
        max_length=300,
        required=False,
        label=_("Text"),
        help_text=_(
            "One or two sentences: what happens when someone registers. The "
            "promise to call back, with its number of days, follows by itself."
        ),
    )
    button_label = blocks.CharBlock(
        max_length=40,
        label=_("Button text"),
        help_text=_("A verb, e.g. 'Register'."),
    )
    youth = blocks.BooleanBlock(
        required=False,
        label=_("Youth wording"),
        help_text=_("Always on for youth pages; tick it to use it elsewhere."),
    )

    class Meta:
        icon = "arrow-right"
        label = _("Call to action: register")
        template = "content/blocks/register_call_to_action_block.html"
        description = _("A button to the sign-up form")
        preview_value = {
            "heading": "Wilt u zich aanmelden?",
            "text": "Aanmelden verplicht u tot niets.",
            "button_label": "Aanmelden",
        }
