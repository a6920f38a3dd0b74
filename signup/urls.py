from django.urls import path
from django.utils.translation import gettext_lazy as _

from signup.deferral import views as later
from signup.invitations import views as invitations
from signup.statistics.public import public_statistics
from signup.wizard import challenge, views

app_name = "signup"

# Translated paths: /nl/aanmelden/... and /en/register/...; the reminder's link
# (signup/deferral/): /nl/later-contact/<token>/ and /en/contact-later/<token>/.
urlpatterns = [
    path(_("contact-later/<str:token>/"), later.choices, name="later"),
    path(
        _("contact-later/<str:token>/withdraw/"),
        later.withdraw,
        name="later_withdraw",
    ),
    path(_("contact-later/<str:token>/done/"), later.done, name="later_done"),
    path(_("register/confirmation/"), views.confirmation, name="confirmation"),
    path(_("register/delete-answers/"), views.delete_answers, name="delete"),
    path(_("register/answers-deleted/"), views.answers_deleted, name="deleted"),
    path(_("register/keep-answers/"), views.keep_answers, name="keep"),
    path(_("register/challenge/"), challenge.challenge_view, name="challenge"),
    path(_("registration-figures/"), public_statistics, name="public_statistics"),
    path(_("received-a-letter/"), invitations.letter, name="invitation"),
    path(_("received-a-letter/reply/"), invitations.reply, name="invitation_reply"),
    path(_("received-a-letter/thank-you/"), invitations.done, name="invitation_done"),
    path(_("register/"), views.start, name="start"),
    path(_("register/<str:step>/"), views.wizard_view, name="step"),
]
