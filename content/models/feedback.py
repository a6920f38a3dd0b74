"""Answers to "Was deze pagina nuttig?": anonymous by construction. No name, no
address, no session, no IP address and no time of day are stored (the day only),
so an answer cannot be tied to a visit or a registration; e-mail addresses and
phone numbers typed into the comment are blanked before it is saved
(``content.feedback.scrub``). Redactie reads them under Reports > Page feedback."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedbackSubject(models.TextChoices):
    PAGE = "page", _("A page of the site")
    # The wizard's pages have addresses that are part of one person's session:
    # feedback names "registering" as a whole, never a step's address.
    REGISTRATION = "registration", _("Registering")


class PageFeedback(models.Model):
    subject = models.CharField(
        max_length=16, choices=FeedbackSubject.choices, default=FeedbackSubject.PAGE
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page"),
    )
    useful = models.BooleanField(verbose_name=_("useful"))
    comment = models.TextField(blank=True, max_length=1000, verbose_name=_("comment"))
    language = models.CharField(max_length=2, verbose_name=_("language"))
    received_on = models.DateField(auto_now_add=True, verbose_name=_("received on"))

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_subject_display()} {self.received_on:%Y-%m-%d}"
