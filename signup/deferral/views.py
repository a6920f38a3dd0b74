"""The page the reminder's link opens: postpone once more, or withdraw.

Mail scanners and link previews open links in e-mails, so a GET only shows; only
a POST (with CSRF) changes anything, and answers with a redirect to the result.
A changed or expired link gets a page of its own (400, 410) that says what to do
instead, never a server error. Every answer is never cached and sends no
Referer: the link is the key to the page, and must not travel further.
"""

from functools import wraps

from django import forms
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.decorators import decorator_from_middleware
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_variables
from django.views.decorators.http import require_http_methods

from signup.deferral import actions
from signup.deferral.actions import POSTPONE_MONTHS, State
from signup.deferral.links import BadLink, ExpiredLink, read_token
from signup.deferral.wording import words
from signup.models import CallbackTask
from signup.privacy.retention import retention_months
from signup.rules.dates import callback_day_with_year
from signup.rules.deadlines import postponed_due_at


class _NoReferrerCsrf(CsrfViewMiddleware):
    """Django's CSRF check for pages that send no Referer. Under
    ``Referrer-Policy: no-referrer`` a browser posts the page's form with
    ``Origin: null`` (and, over HTTPS, without the Referer that Django would
    check instead), which Django refuses. Here, and only here, that origin is
    accepted; the CSRF token is still checked, and a forged form would also need
    the signed link in the address it posts to."""

    def _origin_verified(self, request):
        if request.META.get("HTTP_ORIGIN") == "null":
            return True
        return super()._origin_verified(request)


def _link_page(*methods):
    """A page of the link: only ``methods``, the link read first (``_with_link``),
    the CSRF check above instead of the site-wide one, no Referer, never cached."""

    def decorate(view):
        checked = decorator_from_middleware(_NoReferrerCsrf)(
            require_http_methods(methods)(_with_link(view))
        )

        @wraps(view)
        def private(request, *args, **kwargs):
            response = checked(request, *args, **kwargs)
            response["Referrer-Policy"] = "no-referrer"
            return response

        return csrf_exempt(never_cache(private))

    return decorate


class PostponeForm(forms.Form):
    months = forms.TypedChoiceField(coerce=int, widget=forms.RadioSelect)

    def __init__(self, *args, callback: CallbackTask, texts: dict, **kwargs):
        super().__init__(*args, **kwargs)
        language = translation.get_language()
        territory = callback.registration.territory
        field = self.fields["months"]
        field.label = texts["postpone_legend"]
        field.help_text = texts["postpone_hint"]
        field.error_messages = {
            "required": texts["choose_months"],
            "invalid_choice": texts["choose_months"],
        }
        field.choices = [
            (
                timing.months,
                translation.gettext("%(months)d months later: by %(day)s")
                % {
                    "months": timing.months,
                    "day": callback_day_with_year(
                        postponed_due_at(callback.due_at, timing.months, territory),
                        language,
                        territory,
                    ),
                },
            )
            for timing in POSTPONE_MONTHS
        ]


# The page's heading in each state.
TITLES = {
    State.CAN_POSTPONE: "page_title",
    State.POSTPONED: "already_postponed_title",
    State.CONTACTED: "contacted_title",
    State.WITHDRAWN: "withdrawn_title",
    State.CLOSED: "closed_title",
}


def _page(request, template: str, callback, title: str = "", status=200, **extra):
    """A page of the link in the person's voice: ``title`` names its heading in
    ``signup.deferral.wording`` (by default the one of the callback's state)."""
    language = translation.get_language()
    values = {"months": retention_months()}
    youth = False
    if callback is not None:
        registration = callback.registration
        youth = registration.youth_variant
        values["day"] = callback_day_with_year(
            callback.due_at, language, registration.territory
        )
        state = actions.state_of(callback)
        extra["state"] = state.value
        title = title or TITLES[state]
    texts = words(youth, **values)
    context = {
        "words": texts,
        "title": texts[title],
        "callback": callback,
        "youth": youth,  # the youth look (signup/base_signup.html)
        **extra,
    }
    return render(request, f"signup/later/{template}", context, status=status)


def _with_link(view):
    """The link's callback for the view, or the page for a link that does not
    work: 400 for one we did not make, 410 for one that ran out (or whose
    callback is gone)."""

    @wraps(view)
    @sensitive_variables("token")
    def wrapped(request, token: str):
        try:
            link = read_token(token)
            callback = CallbackTask.objects.select_related("registration").get(
                pk=link.callback_id
            )
        except BadLink:
            return _page(request, "bad_link.html", None, "bad_link_title", 400)
        except (ExpiredLink, CallbackTask.DoesNotExist):
            return _page(
                request, "bad_link.html", None, "expired_title", 410, expired=True
            )
        return view(request, token, callback)

    return wrapped


@_link_page("GET", "POST")
def choices(request, token: str, callback: CallbackTask):
    """What the person may do now: postpone (once), withdraw, or nothing."""
    state = actions.state_of(callback)
    form = None
    if state == State.CAN_POSTPONE:
        form = PostponeForm(
            request.POST if request.method == "POST" else None,
            callback=callback,
            texts=words(callback.registration.youth_variant),
        )
        if request.method == "POST" and form.is_valid():
            try:
                actions.postpone(callback.pk, form.cleaned_data["months"])
            except actions.NotPossible:
                return redirect("signup:later", token=token)
            return redirect("signup:later_done", token=token)
    elif request.method == "POST":
        return redirect("signup:later", token=token)
    return _page(request, "choices.html", callback, form=form, token=token)


@_link_page("GET", "POST")
def withdraw(request, token: str, callback: CallbackTask):
    """Ask, then withdraw: the registration is closed, so a click by accident
    must not do it."""
    if actions.state_of(callback) not in {State.CAN_POSTPONE, State.POSTPONED}:
        return redirect("signup:later", token=token)
    if request.method == "POST":
        try:
            actions.withdraw(callback.pk)
        except actions.NotPossible:
            return redirect("signup:later", token=token)
        return redirect("signup:later_done", token=token)
    return _page(request, "withdraw.html", callback, "withdraw_title", token=token)


@_link_page("GET")
def done(request, token: str, callback: CallbackTask):
    """The result of a postponement or a withdrawal. Nothing done yet: the
    choices."""
    state = actions.state_of(callback)
    if state == State.CAN_POSTPONE:
        return redirect("signup:later", token=token)
    title = "postponed_title" if state == State.POSTPONED else ""
    return _page(request, "done.html", callback, title, token=token)
