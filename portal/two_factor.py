"""A second factor for every staff account: a time-based code (TOTP) from an
authenticator app, asked after the password before any admin page opens.

Built on django-otp. wagtail-2fa, the usual Wagtail package, does not import on
Wagtail 8 (labd/wagtail-2fa#283), so the few parts we need live here:

- ``RequireSecondFactorMiddleware``: an admin user who has not passed the second
  factor in this session is sent to set up an app (no device yet) or to enter a
  code; the admin's own login and logout stay reachable;
- ``SetupView``: shows a QR code and the key to type in, and confirms the device
  with a first code;
- ``VerifyView``: asks for the code after each login.

django-otp's TOTP device refuses a code used before and slows down guessing
(growing delays after wrong codes). A lost phone: ``manage.py reset_2fa USER``.
"""

import base64
from io import BytesIO

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, resolve_url
from django.urls import Resolver404, path, resolve, reverse
from django.utils.decorators import method_decorator
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

import django_otp
import qrcode
import qrcode.image.svg
from django_otp.plugins.otp_totp.models import TOTPDevice

# Reachable before the second factor: logging in and out, and the 2FA pages.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_setup",
    "two_factor_verify",
}


def needs_second_factor(user) -> bool:
    return bool(
        settings.STAFF_2FA_REQUIRED
        and user.is_authenticated
        and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))
        and not user.is_verified()
    )


class RequireSecondFactorMiddleware:
    """After django-otp's ``OTPMiddleware``, which adds ``user.is_verified()``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(settings.ADMIN_URL_PREFIX) and needs_second_factor(
            request.user
        ):
            try:
                url_name = resolve(request.path_info).url_name
            except Resolver404:
                url_name = None
            if url_name not in OPEN_URL_NAMES:
                target = (
                    "two_factor_verify"
                    if django_otp.user_has_device(request.user, confirmed=True)
                    else "two_factor_setup"
                )
                return redirect_to_login(request.get_full_path(), reverse(target))
        return self.get_response(request)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("Six digits. A new code appears every 30 seconds."),
        max_length=8,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
            }
        ),
    )

    def __init__(self, *args, device: TOTPDevice, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes. Wait a moment and try again."),
                code="throttled",
            )
        if not code.isdigit() or not self.device.verify_token(code):
            raise forms.ValidationError(
                _("This code is not right. Enter the code your app shows now."),
                code="invalid",
            )
        return code


def readable_key(device: TOTPDevice) -> str:
    """The key to type into an app that cannot scan, in groups of four."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class SecondFactorView(WagtailAdminTemplateMixin, FormView):
    form_class = CodeForm
    header_icon = "key"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def form_valid(self, form):
        django_otp.login(self.request, self.device)
        return redirect(self.get_success_url())

    def requested_next(self) -> str:
        """Where the login was headed: the form's hidden field, else the query."""
        return self.request.POST.get("next", self.request.GET.get("next", ""))

    def get_success_url(self):
        next_url = self.requested_next()
        if url_has_allowed_host_and_scheme(
            next_url,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return next_url
        return resolve_url("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.requested_next(), **kwargs)


class VerifyView(SecondFactorView):
    template_name = "portal/two_factor/verify.html"
    page_title = _("Second step: your code")

    def dispatch(self, request, *args, **kwargs):
        self.device = TOTPDevice.objects.filter(
            user=request.user, confirmed=True
        ).first()
        if self.device is None:
            return redirect("two_factor_setup")
        return super().dispatch(request, *args, **kwargs)


class SetupView(SecondFactorView):
    template_name = "portal/two_factor/setup.html"
    page_title = _("Set up your second step")

    def dispatch(self, request, *args, **kwargs):
        if django_otp.user_has_device(request.user, confirmed=True):
            # Adding a device needs the existing one first.
            return redirect("two_factor_verify")
        self.device = TOTPDevice.objects.filter(
            user=request.user, confirmed=False
        ).first() or TOTPDevice.objects.create(
            user=request.user, name=str(_("Authenticator app")), confirmed=False
        )
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        self.device.confirmed = True
        self.device.save(update_fields=["confirmed"])
        return super().form_valid(form)

    def get_context_data(self, **kwargs):
        image = qrcode.make(
            self.device.config_url, image_factory=qrcode.image.svg.SvgPathImage
        )
        buffer = BytesIO()
        image.save(buffer)
        svg = buffer.getvalue().decode().split("?>", 1)[-1]
        label = escape(_("QR code with the key below"))
        svg = svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
        return super().get_context_data(
            qr_code=mark_safe(svg),  # generated here from our own key, no user input
            secret=readable_key(self.device),
            **kwargs,
        )


# Wagtail's own guard: logged-in admin users only, in their admin language.
urlpatterns = [
    path(
        "2fa/setup/",
        require_admin_access(SetupView.as_view()),
        name="two_factor_setup",
    ),
    path(
        "2fa/verify/",
        require_admin_access(VerifyView.as_view()),
        name="two_factor_verify",
    ),
]
