"""The staff's own account page (Account > More actions): a new set of recovery
codes for the second step (portal/two_factor.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks


@hooks.register("register_account_menu_item")
def recovery_codes_item(request):
    return {
        "url": reverse("two_factor_recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _(
            "Make a new set of codes for logging in without your phone; the old "
            "codes stop working."
        ),
    }
