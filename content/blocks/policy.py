"""Blocks of the privacy statement that show what the code enforces, read from the
settings when the page is rendered: how long each kind of data is kept, and which
cookies the site sets. Changing a setting changes the statement; nobody has to
remember to retype a number."""

from django.conf import settings
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks


def _minutes(minutes: int) -> str:
    if minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}
    return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}


def _months(months: int) -> str:
    return ngettext("%(n)d month", "%(n)d months", months) % {"n": months}


def retention_periods() -> list[dict]:
    """What is kept, and how long, as the code enforces it."""
    return [
        {
            "what": _("Answers you have not sent yet"),
            "period": _minutes(settings.SIGNUP_ANSWERS_KEPT_MINUTES),
            "how": _(
                "after your last step in the form. Encrypted while you fill it in. "
                "Then deleted, also when you do not send the registration."
            ),
        },
        {
            "what": _("Your registration"),
            "period": _months(settings.SIGNUP_RETENTION_MONTHS),
            "how": _(
                "after your registration is closed. Then everything that says who "
                "you are, or that you or the staff wrote, is erased. What is left "
                "are codes without your name (such as the type of offence) for the "
                "statistics."
            ),
        },
        {
            "what": _("How often a registration was sent from your internet address"),
            "period": _minutes(settings.SIGNUP_RATE_WINDOW_SECONDS // 60),
            "how": _(
                "to stop misuse of the form. Only a scrambled code of the address "
                "is kept, never the address itself."
            ),
        },
    ]


def cookies() -> list[dict]:
    """The cookies the site sets: only functional ones."""
    return [
        {
            "name": settings.SESSION_COOKIE_NAME,
            "purpose": _(
                "Remembers your answers while you fill in the registration form. "
                "Only set when you start the form."
            ),
            "lifetime": _minutes(settings.SESSION_COOKIE_AGE // 60),
        },
        {
            "name": settings.CSRF_COOKIE_NAME,
            "purpose": _(
                "Security: checks that a form you send really comes from this site."
            ),
            "lifetime": (
                _("Until you close your browser")
                if settings.CSRF_COOKIE_AGE is None
                else _minutes(settings.CSRF_COOKIE_AGE // 60)
            ),
        },
    ]


def challenge_note() -> str:
    """What the anti-bot check on the form's last step (``SIGNUP_CHALLENGE``)
    involves for the visitor's privacy: reCAPTCHA is Google's, with its cookies."""
    if settings.SIGNUP_CHALLENGE == "recaptcha":
        return gettext(
            "On the last page of the form, Google's reCAPTCHA checks that you are "
            "a person. Your browser then contacts Google, which can place its own "
            "cookies."
        )
    if settings.SIGNUP_CHALLENGE == "altcha":
        return gettext(
            "On the last page of the form, your own device does a short "
            "calculation to show that you are a person. No other company is "
            "involved, and no cookie is placed for it."
        )
    return ""


class _SettingsListBlock(blocks.StaticBlock):
    """A block without fields whose template lists ``items``: what ``list_items``
    reads from the settings at render time."""

    list_items = staticmethod(list)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["items"] = self.list_items()
        return context


class RetentionPeriodsBlock(_SettingsListBlock):
    list_items = staticmethod(retention_periods)

    class Meta:
        icon = "time"
        label = _("Retention periods")
        admin_text = _(
            "Shows how long each kind of data is kept. The periods come from the "
            "configuration, so they are always the ones the portal enforces."
        )
        template = "content/blocks/retention_periods_block.html"


class CookiesBlock(_SettingsListBlock):
    list_items = staticmethod(cookies)

    class Meta:
        icon = "list-ul"
        label = _("Cookies")
        admin_text = _(
            "Lists the cookies the site sets, with their names and lifetimes from "
            "the configuration."
        )
        template = "content/blocks/cookies_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["challenge"] = challenge_note()
        return context
