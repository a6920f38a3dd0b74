"""The feedback form and ``scrub``, which blanks e-mail addresses and phone
numbers in a comment before it is stored: the form asks for none, and some people
type them anyway ("call me on ..."), which would make an anonymous answer
personal."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COMMENT_MAX_LENGTH = 1000
BLANKED = "[…]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Eight or more digits, with the spaces, dots, dashes, brackets or leading +
# that people write phone numbers with (06-12345678, +31 (0)30 123 45 67).
_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{6,}\d")


def scrub(text: str) -> str:
    """``text`` with e-mail addresses and phone-like runs of 8+ digits blanked."""
    text = _EMAIL.sub(BLANKED, text)
    return _PHONE.sub(
        lambda m: BLANKED if sum(c.isdigit() for c in m.group()) >= 8 else m.group(),
        text,
    )


# The yes/no question, by what the answer is about: a page, registering (from
# the confirmation page), or the website in general (the phase banner on a page
# that is not a Wagtail page).
QUESTIONS = {
    "page": _("Was this page useful?"),
    "registration": _("Did registering go well?"),
    "site": _("Did you find what you were looking for?"),
}


class FeedbackForm(forms.Form):
    """The answer and an optional comment. What it is about (``subject`` and
    ``page``) travels in hidden inputs that the view reads itself, so a
    tampered value is ignored instead of failing a field nobody sees."""

    useful = forms.TypedChoiceField(
        label=_("Was this page useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no")},
    )
    comment = forms.CharField(
        label=_("What could we do better? (optional)"),
        help_text=_(
            "Do not write your name, phone number or e-mail address: we cannot "
            "answer you here."
        ),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": _("Write at most %(limit_value)d characters")},
    )
    # A honeypot, as on the wizard's check page: hidden from people.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, question: str = "page", youth: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["useful"].label = QUESTIONS[question]
        if youth:  # opened from a youth page: "je" instead of "u" in Dutch
            self.fields["comment"].label = pgettext_lazy(
                "youth", "What could we do better? (you can skip this)"
            )
            self.fields["comment"].help_text = pgettext_lazy(
                "youth",
                "Do not write your name, phone number or e-mail address: we cannot "
                "answer you here.",
            )

    def clean_comment(self) -> str:
        return scrub(self.cleaned_data["comment"].strip())
