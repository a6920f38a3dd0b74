"""A second factor for every staff account: a time-based code (TOTP) from an
authenticator app, asked after the password before any admin page opens, and
single-use recovery codes for a day without the phone.

Built on django-otp. wagtail-2fa, the usual Wagtail package, does not import on
Wagtail 8 (labd/wagtail-2fa#283), so the few parts we need live here:

- ``RequireSecondFactorMiddleware``: an admin user who has not passed the second
  factor in this session is sent to set up an app (no app linked yet) or to enter
  a code; the admin's own login and logout stay reachable;
- ``SetupView``: shows a QR code and the key to type in, and links the app when
  the account password and a first code confirm it. The key is made anew on every
  visit and kept only in this session (encrypted, as the wizard's answers are)
  until then; the device is written to the database only when it is confirmed,
  with the key of the session that confirmed it. So a key someone else saw on
  this page (with the password) is worth nothing once the real user has linked
  an app, and a device exists only once it is confirmed. The password goes
  through ``authenticate``, so django-axes counts a wrong one as a failed login
  and locks the user name at that address, as at the login form;
- ``RecoveryCodesView``: after the setup, ten recovery codes (django-otp's static
  device), shown this once; later the same page makes a new set in place of the
  old (Account > More actions, ``portal/wagtail_hooks.py``);
- ``VerifyView``: asks for the app's code after each login;
  ``RecoveryVerifyView`` takes a recovery code instead.

django-otp refuses a code used before (a recovery code is deleted when used) and
slows down guessing (growing delays after wrong codes). A lost phone:
``manage.py reset_2fa USER`` removes the app and the recovery codes.
"""

import base64
import time
from io import BytesIO
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model, logout
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect, resolve_url
from django.urls import Resolver404, path, resolve, reverse
from django.utils.decorators import method_decorator
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

import django_otp
import qrcode
import qrcode.image.svg
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from signup.wizard.storage import opened, sealed

# Reachable before the second factor: logging in and out, and the 2FA pages.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_setup",
    "two_factor_verify",
    "two_factor_verify_recovery",
}

# Session entries, each one Fernet token: the key shown on the setup page, and a
# new set of recovery codes until the page that shows them once.
SETUP_KEY = "two_factor_setup_key"
NEW_CODES = "two_factor_new_recovery_codes"
RECOVERY_CODE_COUNT = 10


def authenticator_of(user) -> TOTPDevice | None:
    """The user's linked authenticator app. With one, the second step is its code
    (or a recovery code); without one, it is linking an app."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


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
                    if authenticator_of(request.user)
                    else "two_factor_setup"
                )
                return redirect_to_login(request.get_full_path(), reverse(target))
        return self.get_response(request)


def new_setup_key(request) -> str:
    """A new random key for the setup page, kept in this session only."""
    key = default_key()
    request.session[SETUP_KEY] = sealed({"key": key})
    return key


def setup_key(request) -> str | None:
    """The key this session's setup page showed, if any."""
    stored = opened(request.session.get(SETUP_KEY))
    return stored.get("key") if stored else None


def show_once(request, codes: list[str]) -> None:
    """Keeps a new set of recovery codes for the page that shows them once."""
    request.session[NEW_CODES] = sealed({"codes": codes})


def codes_to_show(request) -> list[str]:
    """That set, taken out of the session: a second visit shows none."""
    stored = opened(request.session.pop(NEW_CODES, None))
    return stored.get("codes", []) if stored else []


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """A new set of single-use codes; every code of the old set stops working.
    The device itself stays, so a session that a recovery code verified stays
    verified."""
    device = StaticDevice.objects.filter(user=user).first()
    if device is None:
        device = StaticDevice.objects.create(user=user, name=str(_("Recovery codes")))
    StaticToken.objects.filter(device__user=user).delete()
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


def confirms(device: TOTPDevice, code: str) -> bool:
    """Whether the code fits the key of a device not saved yet: django-otp's
    ``TOTPDevice.verify_token`` without its writes. Remembers the time step, so
    the same code does not pass the verify step afterwards."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if not totp.verify(int(code), device.tolerance, device.last_t + 1):
        return False
    device.last_t = totp.t()
    device.drift = totp.drift
    return True


class CodeForm(forms.Form):
    """A code checked against one device of the user. django-otp refuses it while
    the device is throttled, and a code that passed once does not pass again."""

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
    wrong_code = _("This code is not right. Enter the code your app shows now.")

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def token(self, code: str) -> str | None:
        """The code as the device checks it; None when it cannot be one."""
        code = "".join(code.split())
        return code if code.isdigit() else None

    def clean_code(self):
        token = self.token(self.cleaned_data["code"])
        if self.device is not None and not self.device.verify_is_allowed()[0]:
            raise forms.ValidationError(
                _("Too many wrong codes. Wait a moment and try again."),
                code="throttled",
            )
        # django_otp.verify_token locks the device row: two requests with the
        # same code cannot both pass.
        if (
            token is None
            or self.device is None
            or not django_otp.verify_token(
                self.device.user, self.device.persistent_id, token
            )
        ):
            raise forms.ValidationError(self.wrong_code, code="invalid")
        return token


class RecoveryCodeForm(CodeForm):
    code = forms.CharField(
        label=_("Recovery code"),
        help_text=_("Eight letters and digits, from the list of codes you stored."),
        max_length=32,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
    )
    wrong_code = _(
        "This recovery code is not right, or it was used before. Enter an unused "
        "code from your list."
    )

    def token(self, code: str) -> str | None:
        return "".join(char for char in code.lower() if char.isalnum()) or None


class SetupForm(CodeForm):
    """The account password again and the first code of the new app. The device
    is not saved yet, so the code is checked against its key alone."""

    password = forms.CharField(
        label=_("Your password"),
        help_text=_("The password you log in with: only you can link an app."),
        strip=False,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "current-password", "autofocus": True}
        ),
    )
    field_order = ["password", "code"]

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        del self.fields["code"].widget.attrs["autofocus"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        # django-axes sees this as a login: a locked-out user name fails, and a
        # wrong password counts towards the lock.
        checked = authenticate(
            self.request, username=user.get_username(), password=password
        )
        if checked is None or checked.pk != user.pk:
            raise forms.ValidationError(
                _("This password is not right. Enter the password you log in with."),
                code="invalid",
            )
        return password

    def clean_code(self):
        token = self.token(self.cleaned_data["code"])
        if token is None or not confirms(self.device, token):
            raise forms.ValidationError(self.wrong_code, code="invalid")
        return token


def requested_next(request) -> str:
    """Where the login was headed: the form's hidden field, else the query."""
    return request.POST.get("next", request.GET.get("next", ""))


def next_url(request) -> str:
    """That address when it is on this site; else the admin's home."""
    wanted = requested_next(request)
    if url_has_allowed_host_and_scheme(
        wanted,
        allowed_hosts={request.get_host()},
        require_https=request.is_secure(),
    ):
        return wanted
    return resolve_url("wagtailadmin_home")


def readable_key(device: TOTPDevice) -> str:
    """The key to type into an app that cannot scan, in groups of four."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@method_decorator(
    [never_cache, sensitive_post_parameters("code", "password")], name="dispatch"
)
class SecondFactorView(WagtailAdminTemplateMixin, FormView):
    form_class = CodeForm
    header_icon = "key"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def form_valid(self, form):
        django_otp.login(self.request, self.device)
        return redirect(self.get_success_url())

    def get_success_url(self):
        return next_url(self.request)

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=requested_next(self.request), **kwargs)


class VerifyView(SecondFactorView):
    """The second step after each login: the code from the app, or (the other
    way: its URL name, a question that leads to it, the link) a recovery code."""

    template_name = "portal/two_factor/verify.html"
    page_title = _("Second step: your code")
    intro = _(
        "Open the authenticator app on your phone and enter the code it shows for "
        "Herstelwijzer."
    )
    other_way = (
        "two_factor_verify_recovery",
        _("Cannot use your phone?"),
        _("Use a recovery code"),
    )

    def dispatch(self, request, *args, **kwargs):
        app = authenticator_of(request.user)
        if app is None:
            return redirect("two_factor_setup")
        self.device = self.device_beside(app)
        return super().dispatch(request, *args, **kwargs)

    def device_beside(self, app: TOTPDevice):
        """The device this page checks codes against."""
        return app

    def get_context_data(self, **kwargs):
        url_name, question, label = self.other_way
        return super().get_context_data(
            intro=self.intro,
            other_way={"url": reverse(url_name), "question": question, "label": label},
            **kwargs,
        )


class RecoveryVerifyView(VerifyView):
    form_class = RecoveryCodeForm
    page_title = _("Second step: a recovery code")
    intro = _(
        "Enter one of the recovery codes you stored when you linked your app. "
        "Each code works once."
    )
    other_way = (
        "two_factor_verify",
        _("Have your phone at hand?"),
        _("Use the code from your app"),
    )

    def device_beside(self, app: TOTPDevice):
        return StaticDevice.objects.filter(user_id=app.user_id).first()

    def form_valid(self, form):
        left = StaticToken.objects.filter(device=self.device).count()
        messages.warning(
            self.request,
            ngettext(
                "You logged in with a recovery code; %(count)d code is left. Make "
                "a new set under Account, More actions.",
                "You logged in with a recovery code; %(count)d codes are left. "
                "Make a new set under Account, More actions.",
                left,
            )
            % {"count": left},
        )
        return super().form_valid(form)


class SetupView(SecondFactorView):
    form_class = SetupForm
    template_name = "portal/two_factor/setup.html"
    page_title = _("Set up your second step")

    def dispatch(self, request, *args, **kwargs):
        if authenticator_of(request.user) is not None:
            # Adding a device needs the existing one first.
            return redirect("two_factor_verify")
        # A POST confirms the key this session was shown; every other visit gets
        # a new one.
        key = (request.method == "POST" and setup_key(request)) or new_setup_key(
            request
        )
        self.device = TOTPDevice(
            user=request.user, key=key, name=str(_("Authenticator app"))
        )
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def form_invalid(self, form):
        if getattr(self.request, "axes_locked_out", False):
            # Too many wrong passwords: the session ends too, and django-axes
            # answers with its lockout page.
            logout(self.request)
        return super().form_invalid(form)

    def form_valid(self, form):
        user = self.request.user
        with transaction.atomic():
            # One app per account, also when two sessions confirm at once.
            get_user_model().objects.select_for_update().get(pk=user.pk)
            if authenticator_of(user) is not None:
                return redirect("two_factor_verify")
            # No app is linked, so any device left is an unconfirmed one, as an
            # earlier version of this page made them.
            TOTPDevice.objects.filter(user=user).delete()
            self.device.confirmed = True
            self.device.save()
            codes = new_recovery_codes(user)
        del self.request.session[SETUP_KEY]
        show_once(self.request, codes)
        django_otp.login(self.request, self.device)
        query = urlencode({"next": self.get_success_url()})
        return redirect(f"{reverse('two_factor_recovery_codes')}?{query}")

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


@method_decorator(never_cache, name="dispatch")
class RecoveryCodesView(WagtailAdminTemplateMixin, TemplateView):
    """A new set of recovery codes, shown once: after the setup, and after a POST
    here, which replaces the old set. Any other visit says how many are left."""

    template_name = "portal/two_factor/recovery_codes.html"
    page_title = _("Recovery codes")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        if authenticator_of(request.user) is None:
            return redirect("two_factor_setup")
        if not request.user.is_verified():
            return redirect_to_login(
                request.get_full_path(), reverse("two_factor_verify")
            )
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        show_once(request, new_recovery_codes(request.user))
        return redirect(request.get_full_path())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            codes=codes_to_show(self.request),
            codes_left=StaticToken.objects.filter(
                device__user=self.request.user
            ).count(),
            next=next_url(self.request),
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
    path(
        "2fa/verify/recovery-code/",
        require_admin_access(RecoveryVerifyView.as_view()),
        name="two_factor_verify_recovery",
    ),
    path(
        "2fa/recovery-codes/",
        require_admin_access(RecoveryCodesView.as_view()),
        name="two_factor_recovery_codes",
    ),
]
