"""Blocks of the accessibility statement."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class KnownProblemBlock(blocks.StructBlock):
    """One known accessibility problem, as the government model lists it: what
    does not work, which success criterion, what is being done and by when."""

    problem = blocks.TextBlock(
        label=_("Problem"), help_text=_("What does not work, and for whom.")
    )
    criterion = blocks.CharBlock(
        max_length=80,
        label=_("WCAG success criterion"),
        help_text=_("Number and name, e.g. '1.2.5 Audio description'."),
    )
    measure = blocks.TextBlock(
        label=_("What we do about it"),
        help_text=_("Until it is fixed, and to fix it."),
    )
    planned = blocks.CharBlock(
        max_length=80,
        required=False,
        label=_("Fixed by"),
        help_text=_("When it will be fixed, e.g. 'June 2027'. Leave empty if unknown."),
    )

    class Meta:
        icon = "warning"
        label = _("Known problem")
        template = "content/blocks/known_problem.html"
