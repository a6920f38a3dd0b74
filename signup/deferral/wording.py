"""The sentences of the reminder e-mail and the link page, in two voices.

Dutch speaks to adults with "u" and to young people with "je" (B1, as the whole
portal). English says "you" to both, so each sentence has one English text, and
the youth sentence the same text under the gettext context ``youth``: the Dutch
catalog gives it its "je" translation. Kept together here, so that the two
voices are read and changed side by side; templates show them as ``words.key``.
In ``COMMON``: sentences without "u" or "je", those to a professional, and
those of a link that does not work (then we do not know who reads it).
"""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COMMON = {
    "link_until": _("This link works until %(until)s."),
    "choose_here": _("Choose here:"),
    "open_choices": _("Postpone or withdraw"),
    "neutral_subject": _("Reminder of our appointment (%(reference)s)"),
    "postpone_legend": _("How much later?"),
    "postpone_hint": _("You can postpone only once."),
    "postpone_button": _("Postpone the call"),
    "withdraw_link": _("Withdraw my registration"),
    "withdraw_button": _("Yes, withdraw my registration"),
    "go_back": _("No, go back"),
    "postponed_title": _("The call is postponed"),
    "closed_title": _("This registration is closed"),
    "bad_link_title": _("This link does not work"),
    "bad_link": _(
        "Did you copy the whole link from the e-mail? Or wait for our call: we "
        "will call you as planned."
    ),
    "expired_title": _("This link no longer works"),
    "expired": _(
        "The link in the reminder works until two weeks after the day we would "
        "call you. Wait for our call, or call us if you want to change something."
    ),
    "referral_will_call": _(
        "As agreed, we will call you by %(day)s about the registration of your client."
    ),
}

ADULT = {
    "reference_label": _("Your reference"),
    "subject": _("Reminder: we will contact you soon (%(reference)s)"),
    "asked_later": _("You asked us to contact you later. We will call you by %(day)s."),
    "will_call": _("We will call you by %(day)s."),
    "choose": _(
        "Is that still a good time? If not, you can postpone the call once, by "
        "3, 6 or 12 months. You can also withdraw your registration."
    ),
    "postponed_once": _(
        "You have already postponed the call once. It cannot be moved again. "
        "If you no longer want contact, you can withdraw your registration."
    ),
    "nothing_to_do": _(
        "Nothing to change? Then you do not have to do anything. We will call "
        "you as planned."
    ),
    "voluntary": _("Taking part is voluntary. You can stop at any moment."),
    "neutral_will_contact": _("As agreed, we will contact you by %(day)s."),
    "neutral_change": _(
        "Do you want to move this to a later time, or cancel it? You can do that here:"
    ),
    "neutral_cancel": _("Do you want to cancel this? You can do that here:"),
    "neutral_no_link": _("Do you want to change this? You can tell us then."),
    "neutral_nothing_to_do": _(
        "Nothing to change? Then you do not have to do anything."
    ),
    "page_title": _("When may we contact you?"),
    "still_good": _(
        "Is that still a good time? If not, you can postpone the call once more."
    ),
    "no_contact_title": _("No contact any more?"),
    "no_contact": _(
        "Then you can withdraw your registration. We will not call you then."
    ),
    "already_postponed_title": _("You have already postponed once"),
    "cannot_again": _(
        "The call cannot be postponed again. Wait for our call, or withdraw "
        "your registration."
    ),
    "reminder_again": _("A week before, we will send you a reminder by e-mail."),
    "withdraw_title": _("Withdraw your registration?"),
    "withdraw_text": _(
        "We will not call you then. You can always register again later."
    ),
    "withdrawn_title": _("Your registration is withdrawn"),
    "withdrawn_text": _("We will not contact you about it any more."),
    "kept_for": _(
        "We keep your details until %(months)d months after you withdrew. Then "
        "we erase them."
    ),
    "register_again": _(
        "Do you want to register after all, later? That is always possible."
    ),
    "contacted_title": _("We have already been in touch with you"),
    "call_us": _("Do you want to change something? Please call us."),
    "choose_months": _("Choose how much later we may call you."),
}

YOUTH = {
    "reference_label": pgettext_lazy("youth", "Your reference"),
    "subject": pgettext_lazy(
        "youth", "Reminder: we will contact you soon (%(reference)s)"
    ),
    "asked_later": pgettext_lazy(
        "youth", "You asked us to contact you later. We will call you by %(day)s."
    ),
    "will_call": pgettext_lazy("youth", "We will call you by %(day)s."),
    "choose": pgettext_lazy(
        "youth",
        "Is that still a good time? If not, you can postpone the call once, by "
        "3, 6 or 12 months. You can also withdraw your registration.",
    ),
    "postponed_once": pgettext_lazy(
        "youth",
        "You have already postponed the call once. It cannot be moved again. "
        "If you no longer want contact, you can withdraw your registration.",
    ),
    "nothing_to_do": pgettext_lazy(
        "youth",
        "Nothing to change? Then you do not have to do anything. We will call "
        "you as planned.",
    ),
    "voluntary": pgettext_lazy(
        "youth", "Taking part is voluntary. You can stop at any moment."
    ),
    "neutral_will_contact": pgettext_lazy(
        "youth", "As agreed, we will contact you by %(day)s."
    ),
    "neutral_change": pgettext_lazy(
        "youth",
        "Do you want to move this to a later time, or cancel it? You can do that here:",
    ),
    "neutral_cancel": pgettext_lazy(
        "youth", "Do you want to cancel this? You can do that here:"
    ),
    "neutral_no_link": pgettext_lazy(
        "youth", "Do you want to change this? You can tell us then."
    ),
    "neutral_nothing_to_do": pgettext_lazy(
        "youth", "Nothing to change? Then you do not have to do anything."
    ),
    "page_title": pgettext_lazy("youth", "When may we contact you?"),
    "still_good": pgettext_lazy(
        "youth",
        "Is that still a good time? If not, you can postpone the call once more.",
    ),
    "no_contact_title": pgettext_lazy("youth", "No contact any more?"),
    "no_contact": pgettext_lazy(
        "youth",
        "Then you can withdraw your registration. We will not call you then.",
    ),
    "already_postponed_title": pgettext_lazy(
        "youth", "You have already postponed once"
    ),
    "cannot_again": pgettext_lazy(
        "youth",
        "The call cannot be postponed again. Wait for our call, or withdraw "
        "your registration.",
    ),
    "reminder_again": pgettext_lazy(
        "youth", "A week before, we will send you a reminder by e-mail."
    ),
    "withdraw_title": pgettext_lazy("youth", "Withdraw your registration?"),
    "withdraw_text": pgettext_lazy(
        "youth", "We will not call you then. You can always register again later."
    ),
    "withdrawn_title": pgettext_lazy("youth", "Your registration is withdrawn"),
    "withdrawn_text": pgettext_lazy(
        "youth", "We will not contact you about it any more."
    ),
    "kept_for": pgettext_lazy(
        "youth",
        "We keep your details until %(months)d months after you withdrew. Then "
        "we erase them.",
    ),
    "register_again": pgettext_lazy(
        "youth", "Do you want to register after all, later? That is always possible."
    ),
    "contacted_title": pgettext_lazy("youth", "We have already been in touch with you"),
    "call_us": pgettext_lazy(
        "youth", "Do you want to change something? Please call us."
    ),
    "choose_months": pgettext_lazy("youth", "Choose how much later we may call you."),
}


def words(youth: bool, **values) -> dict[str, str]:
    """Every sentence in the voice for this person, in the active language, with
    ``values`` (``day``, ``until``, ``reference``, ``months``) filled in; one that
    needs a value not given is left out (a page that shows no date has none)."""
    chosen: dict[str, Promise] = {**COMMON, **(YOUTH if youth else ADULT)}
    filled = {}
    for key, text in chosen.items():
        try:
            filled[key] = str(text) % values
        except KeyError:
            continue
    return filled
