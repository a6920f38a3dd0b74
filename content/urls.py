"""The public addresses of ``content`` that are not Wagtail pages: the feedback
form (/nl/reactie/, /en/feedback/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from content.feedback import views

app_name = "content"

urlpatterns = [
    path(_("feedback/"), views.feedback, name="feedback"),
    path(_("feedback/sent/"), views.feedback_sent, name="feedback_sent"),
]
