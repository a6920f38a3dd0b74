"""A data subject request handled by Beheer: export one registration as JSON, or
erase its personal data. Both are audited and shown in the registration's
history."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from signup.desk.permissions import registration_for
from signup.privacy import retention
from signup.privacy.data_request import export_data


def export(request, pk):
    """Download everything held about one registration (GDPR art. 15 and 20)."""
    registration = registration_for(request, pk, "export")
    data = export_data(registration)
    log(registration, "signup.export", user=request.user)
    response = JsonResponse(
        data, json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = (
        f'attachment; filename="registration-{registration.reference}.json"'
    )
    return response


class EraseView(WagtailAdminTemplateMixin, TemplateView):
    """Ask once, then erase the personal data (GDPR art. 17)."""

    template_name = "signup/desk/erase_confirm.html"
    page_title = _("Erase personal data")
    header_icon = "bin"

    def dispatch(self, request, pk):
        self.registration = registration_for(request, pk, "erase")
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.registration.reference

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("registration:index"), "label": _("Registrations")},
            {
                "url": reverse("registration:inspect", args=[self.registration.pk]),
                "label": self.registration.reference,
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            registration=self.registration,
            detail_url=reverse("registration:inspect", args=[self.registration.pk]),
        )
        return context

    def post(self, request, pk):
        retention.erase(self.registration, retention.Reason.REQUEST, user=request.user)
        messages.success(
            request, gettext("The personal data of this registration is erased.")
        )
        return redirect("registration:inspect", self.registration.pk)
