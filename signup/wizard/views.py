"""The sign-up wizard (django-formtools, one URL per step), the start page before
it and its end pages.

Every POST answers with a redirect, so reloading never resubmits: valid answers go
on to the next step; invalid ones are kept in the session and shown with their
errors on the same step. Creating the registration happens once per wizard, keyed
by a submission key, so reloads and double clicks never store it twice.
"""

import logging
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponseRedirect, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext, pgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods, require_safe

from wagtail.models import Site

from formtools.wizard.forms import ManagementForm
from formtools.wizard.views import NamedUrlSessionWizardView, normalize_name

from content import freshness
from content.models import ProvisionPage, SiteSettings
from signup.models import Registration
from signup.privacy.retention import retention_months
from signup.rules import next_steps
from signup.rules.routing import Route
from signup.rules.signposts import SIGNPOSTS
from signup.tasks import confirmation_kind
from signup.wizard import throttle
from signup.wizard.addresses import step_named, step_slug
from signup.wizard.forms import PROFESSIONAL, SELF, YOUTH
from signup.wizard.registration import create_registration
from signup.wizard.sections import section_of
from signup.wizard.steps import CHECK_STEP, CONDITIONS, STEPS, earlier_answers
from signup.wizard.storage import EncryptedSessionStorage
from signup.wizard.summary import summary_sections

logger = logging.getLogger(__name__)

SESSION_REFERENCE = "signup_reference"
SESSION_SUBMITTED_AT = "signup_submitted_at"
# How long after sending "a registration was sent" is shown on a reload.
CONFIRMATION_MINUTES = 30
CAPTCHA_TOKEN = "g-recaptcha-response"  # posted by Google's widget, unprefixed
# How long before the answers are deleted the step page warns and offers more
# time (WCAG 2.2.1 Timing Adjustable; static/js/answers-timer.js).
ANSWERS_WARNING_MINUTES = 5
# About how long the wizard takes, said on the start page: 14 to 21 questions and
# the check page, most of them one click, a few with something to type. A round
# "about 10 minutes", not a precision nobody measured.
MINUTES_TO_COMPLETE = 10


def answers_kept_text(youth: bool = False) -> str:
    """How long the answers are kept, said on the start page and the first step
    (in Dutch with "je" for young people)."""
    minutes = settings.SIGNUP_ANSWERS_KEPT_MINUTES
    if minutes % 60 == 0:
        hours = minutes // 60
        duration = ngettext("%(count)d hour", "%(count)d hours", hours) % {
            "count": hours
        }
    else:
        duration = ngettext("%(count)d minute", "%(count)d minutes", minutes) % {
            "count": minutes
        }
    if youth:
        text = pgettext(
            "youth",
            "We keep your answers, encrypted, for %(duration)s after your last "
            "answer. Then they are deleted and you start again. On a shared "
            "device, choose 'Delete my answers' when you stop.",
        )
    else:
        text = gettext(
            "We keep your answers, encrypted, for %(duration)s after your last "
            "answer. Then they are deleted and you start again. On a shared "
            "device, choose 'Delete my answers' when you stop."
        )
    return text % {"duration": duration}


def retention_period_text() -> str:
    """How long a registration's personal data is kept after it is closed, as the
    retention purge enforces it (signup/privacy/retention.py): in years when the
    months make whole years."""
    months = retention_months()
    if months % 12 == 0:
        years = months // 12
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return ngettext("%(count)d month", "%(count)d months", months) % {"count": months}


def seconds_left(extra: dict) -> int:
    """How long the wizard's answers are still kept: ``SIGNUP_ANSWERS_KEPT_MINUTES``
    after the last answer (or the start, or "Keep my answers"); 0 when gone."""
    last = extra.get("answered_at") or extra.get("started_at")
    if not last:
        return 0
    kept_until = datetime.fromisoformat(last) + timedelta(
        minutes=settings.SIGNUP_ANSWERS_KEPT_MINUTES
    )
    return max(0, int((kept_until - timezone.now()).total_seconds()))


def _privacy_statement(request) -> tuple[str | None, str]:
    """The address and version of the privacy statement in the visitor's
    language: read once per site and language until content changes (a publish
    of the statement makes a new version)."""

    def read() -> tuple[str | None, str]:
        page = SiteSettings.for_request(request).privacy_page
        if page is None:
            return None, "none"
        page = page.localized
        return page.url, f"page-{page.pk}-rev-{page.live_revision_id}"

    site = Site.find_for_request(request)
    key = f"privacy-statement:{site.pk if site else ''}:{translation.get_language()}"
    return freshness.cached(key, read)


def privacy_url(request) -> str | None:
    """The privacy statement in the visitor's language, if the site has one."""
    return _privacy_statement(request)[0]


def privacy_statement_version(request) -> str:
    """Which privacy statement the person saw: the live revision of the page."""
    return _privacy_statement(request)[1]


@method_decorator([never_cache, sensitive_post_parameters()], name="dispatch")
class RegistrationWizard(NamedUrlSessionWizardView):
    form_list = STEPS
    condition_dict = CONDITIONS
    template_name = "signup/step.html"
    storage_name = "signup.wizard.storage.EncryptedSessionStorage"

    # --- wizard state kept beside the answers -------------------------------
    @property
    def extra(self) -> dict:
        return self.storage.extra_data

    def start(self, youth: bool = False) -> None:
        self.storage.reset()
        self.storage.current_step = self.steps.first
        self.storage.extra_data = {
            "started_at": timezone.now().isoformat(),
            "submission_key": str(uuid.uuid4()),
            "youth": youth,
        }

    def has_expired(self) -> bool:
        """No answers, or none given for ``SIGNUP_ANSWERS_KEPT_MINUTES``."""
        return seconds_left(self.extra) <= 0

    def audience(self) -> str:
        if CONDITIONS["professional"](self):
            return PROFESSIONAL
        if self.extra.get("youth") or CONDITIONS["guardian"](self):
            return YOUTH
        return SELF

    # --- step addresses (signup/wizard/addresses.py) --------------------------
    def get_step_url(self, step):
        if step != self.done_step_name:
            step = step_slug(self.extra.get("submission_key", ""), step)
        return super().get_step_url(step)

    def _named(self, kwargs: dict) -> dict:
        """The request's step address turned into the step's name (an address of
        no step of this wizard becomes one that matches none)."""
        slug = kwargs.get("step")
        if slug is None or slug == self.done_step_name:
            return kwargs
        name = step_named(self.extra.get("submission_key"), slug, self.form_list)
        return {**kwargs, "step": name or "-"}

    # --- requests -------------------------------------------------------------
    def get(self, request, *args, **kwargs):
        kwargs = self._named(kwargs)
        step = kwargs.get("step")
        if step is None:
            youth = request.GET.get("youth") == "1"
            if "reset" in request.GET or self.has_expired():
                self.start(youth=youth)
            elif youth:
                self.extra["youth"] = True
            return redirect(self.get_step_url(self.steps.current))
        if self.has_expired():
            if step == self.steps.first:
                self.start()
                return redirect(self.get_step_url(self.steps.first))
            return self.render_expired()
        if request.GET.get("change") and step in self.get_form_list():
            self.extra["changing"] = True
        pending = self.extra.get("pending", {}).pop(step, None)
        if pending is not None and step in self.get_form_list():
            self.storage.current_step = step
            form = self.get_form(step, data=self._querydict(pending))
            form.is_valid()
            captcha_error = self.extra.pop("captcha_error", None)
            if captcha_error and "captcha" in form.fields:
                message = form.fields["captcha"].error_messages[captcha_error]
                form.errors["captcha"] = form.error_class([message])
            return self.render(form)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        kwargs = self._named(kwargs)
        if self.has_expired():
            return self.render_expired()
        management = ManagementForm(request.POST, prefix=self.prefix)
        step = kwargs.get("step")
        if (
            not management.is_valid()
            or management.cleaned_data["current_step"] != step
            or step not in self.get_form_list()
        ):
            return self.render_expired(tampered=True)
        self.storage.current_step = step
        # Every answer, valid or not, keeps the answers for another while.
        self.extra["answered_at"] = timezone.now().isoformat()
        response = super().post(request, *args, **kwargs)
        if isinstance(response, HttpResponseRedirect):
            return response
        # Invalid: keep exactly what was typed and show it, with the errors,
        # after a redirect; not the token or solution of the anti-bot check.
        not_kept = ("csrfmiddlewaretoken", CAPTCHA_TOKEN, f"{CHECK_STEP}-captcha")
        pending = self.extra.setdefault("pending", {})
        pending[step] = {
            key: values for key, values in request.POST.lists() if key not in not_kept
        }
        form = response.context_data["form"]
        captcha_errors = form.errors.as_data().get("captcha", [])
        if captcha_errors:
            # A reCAPTCHA token or an ALTCHA solution counts only once, so the
            # redirected page shows the verdict instead of checking again.
            self.extra["captcha_error"] = captcha_errors[0].code
        return redirect(self.get_step_url(step))

    @staticmethod
    def _querydict(data: dict) -> QueryDict:
        query = QueryDict(mutable=True)
        for key, values in data.items():
            query.setlist(key, values)
        return query

    def render(self, form=None, **kwargs):
        response = super().render(form, **kwargs)
        if form is not None and getattr(form, "challenge", None) == "recaptcha":
            # Google's sources are allowed on this page only (django-csp). ALTCHA
            # needs nothing beyond 'self': its script, styles, worker and challenge
            # all come from this site.
            response._csp_update = settings.RECAPTCHA_CONTENT_SECURITY_POLICY
        return response

    # --- forms and navigation -------------------------------------------------
    def get_form_kwargs(self, step=None):
        kwargs = {"audience": self.audience(), "earlier": earlier_answers(self)}
        if step == CHECK_STEP:
            passed = self.extra.get("captcha_passed")
            kwargs["challenge"] = "none" if passed else settings.SIGNUP_CHALLENGE
        return kwargs

    def process_step(self, form):
        if self.steps.current == CHECK_STEP and not self.extra.get("captcha_passed"):
            # A reCAPTCHA token or an ALTCHA solution counts once; revalidation
            # must not check it again. What the check found stays with this
            # wizard: sent without a solved ALTCHA challenge, the stricter limit
            # applies, also when the check page is sent again.
            self.extra["captcha_passed"] = True
            self.extra["unsolved"] = form.challenge == "altcha" and not (
                form.cleaned_data.get("captcha")
            )
        return super().process_step(form)

    def first_unanswered_step(self) -> str | None:
        for step in self.get_form_list():
            if step == CHECK_STEP:
                return None
            form_class = self.get_form_list()[step]
            if self.storage.get_step_data(step) is None and not form_class.optional:
                return step
        return None

    def render_next_step(self, form, **kwargs):
        if self.extra.get("changing"):
            target = self.first_unanswered_step() or CHECK_STEP
            if target == CHECK_STEP:
                self.extra["changing"] = False
            self.storage.current_step = target
            return redirect(self.get_step_url(target))
        return super().render_next_step(form, **kwargs)

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        step = self.steps.current
        steps = list(self.get_form_list())
        index = steps.index(step)
        if self.extra.get("changing") and step != CHECK_STEP:
            back_url = self.get_step_url(CHECK_STEP)
        elif index > 0:
            back_url = self.get_step_url(steps[index - 1])
        else:
            back_url = None
        audience = self.audience()
        context.update(
            section=section_of(step, audience),
            back_url=back_url,
            audience=audience,
            youth=audience == YOUTH,
        )
        if index == 0:
            context["answers_kept"] = answers_kept_text(youth=context["youth"])
        context["answers_seconds_left"] = seconds_left(self.extra)
        context["answers_warning_minutes"] = ANSWERS_WARNING_MINUTES
        context["answers_warning_seconds"] = ANSWERS_WARNING_MINUTES * 60
        if step == CHECK_STEP:
            context["summary"] = summary_sections(self)
            context["privacy_url"] = privacy_url(self.request)
        return context

    # --- submitting -----------------------------------------------------------
    def render_done(self, form, **kwargs):
        """Revalidate every step, then store. Unlike formtools' own version, the
        answers are only cleared after the registration was stored."""
        if kwargs.get("step") != self.done_step_name:
            return redirect(self.get_step_url(self.done_step_name))
        if self.has_expired():
            return self.render_expired()
        final_forms = {}
        for step in self.get_form_list():
            step_form = self.get_form(
                step=step,
                data=self.storage.get_step_data(step),
                files=self.storage.get_step_files(step),
            )
            if not step_form.is_valid():
                return self.render_revalidation_failure(step, step_form, **kwargs)
            final_forms[step] = step_form
        return self.done(list(final_forms.values()), form_dict=final_forms, **kwargs)

    @sensitive_variables("data")
    def done(self, form_list, form_dict=None, **kwargs):
        submission_key = uuid.UUID(self.extra["submission_key"])
        data = {}
        for step_form in form_list:
            data.update(step_form.cleaned_data)
        unsolved = self.extra.get("unsolved", False)
        try:
            already = Registration.objects.filter(submission_key=submission_key).first()
            if already is None and throttle.over_limit(self.request, unsolved=unsolved):
                return render(self.request, "signup/too_many.html", status=429)
            registration = already or create_registration(
                data,
                language=translation.get_language(),
                youth_variant=self.audience() == YOUTH,
                submission_key=submission_key,
                privacy_statement_version=privacy_statement_version(self.request),
            )
        except DatabaseError:
            logger.exception("Storing a registration failed; the answers are kept")
            return self.render_not_sent()
        if already is None:
            throttle.count_submission(self.request, unsolved=unsolved)
        self.storage.reset()
        self.request.session[SESSION_REFERENCE] = registration.reference
        self.request.session[SESSION_SUBMITTED_AT] = timezone.now().isoformat()
        return redirect("signup:confirmation")

    def render_not_sent(self):
        """ "Not sent yet, your answers are kept" (the session outlives the
        outage: portal/session_store.py). With the site's header and footer when
        the database can still be read, else on the plain layout that needs none."""
        context = {
            "retry_url": self.get_step_url(self.done_step_name),
            "check_url": self.get_step_url("check"),
        }
        try:
            return render(self.request, "signup/failed.html", context, status=503)
        except DatabaseError:
            context["layout"] = "standalone.html"
            return render(self.request, "signup/failed.html", context, status=503)

    def render_expired(self, tampered: bool = False):
        submitted = not self.extra.get("started_at") and (
            _submitted_at(self.request.session) is not None
        )
        if submitted and not tampered:
            # Reloading or going back after submitting: the answers are gone on
            # purpose, so show the confirmation again instead of "expired".
            return redirect("signup:confirmation")
        youth = self.audience() == YOUTH
        self.storage.reset()
        return render(
            self.request,
            "signup/expired.html",
            {"tampered": tampered, "youth": youth},
            status=400 if tampered else 200,
        )


wizard_view = RegistrationWizard.as_view(url_name="signup:step", done_step_name="done")


def wizard_state(request) -> EncryptedSessionStorage:
    """The wizard's answers in this session, read without running the wizard."""
    return EncryptedSessionStorage(normalize_name(RegistrationWizard.__name__), request)


def has_answers_in_progress(storage: EncryptedSessionStorage) -> bool:
    """Answers given and still kept: then the start page offers to continue. A
    wizard started but not answered has nothing to lose by starting again."""
    data = storage.data
    answered = data.get("step_data") or storage.extra_data.get("pending")
    return bool(answered) and seconds_left(storage.extra_data) > 0


@never_cache
@require_safe
def start(request):
    """The start page (GOV.UK pattern): what is asked, about how long it takes,
    who sees the answers and how long they are kept, before the first question.

    ``?reset=1`` (Start now, Start again) starts the wizard at its first step and
    ``?continue=1`` goes back to the step the person was on; both, and
    ``?youth=1`` with them, are the wizard's own. Reading the session here
    writes nothing, so a visitor who only reads this page gets no cookie."""
    if "reset" in request.GET or "continue" in request.GET:
        return wizard_view(request)
    storage = wizard_state(request)
    in_progress = has_answers_in_progress(storage)
    youth = request.GET.get("youth") == "1" or (
        in_progress and bool(storage.extra_data.get("youth"))
    )
    return render(
        request,
        "signup/start.html",
        {
            "youth": youth,
            "in_progress": in_progress,
            "youth_query": "&youth=1" if youth else "",
            "minutes": MINUTES_TO_COMPLETE,
            "answers_kept": answers_kept_text(youth=youth),
            "retention_period": retention_period_text(),
            "privacy_url": privacy_url(request),
        },
    )


CONFIRMATION_KEYS = (SESSION_REFERENCE, SESSION_SUBMITTED_AT)


def _submitted_at(session) -> datetime | None:
    try:
        return datetime.fromisoformat(session[SESSION_SUBMITTED_AT])
    except (KeyError, TypeError, ValueError):
        return None


@never_cache
def confirmation(request):
    """The confirmation, with the route, the callback day and the signposts, is
    shown once: on a shared device the next person must not find it. A reload or
    Back shows only that a registration was sent, and after
    ``CONFIRMATION_MINUTES`` (or "Delete my answers", or the quick exit) not even
    that."""
    submitted_at = _submitted_at(request.session)
    if submitted_at is None or timezone.now() - submitted_at > timedelta(
        minutes=CONFIRMATION_MINUTES
    ):
        for key in CONFIRMATION_KEYS:
            request.session.pop(key, None)
        return render(request, "signup/no_registration.html", status=404)
    reference = request.session.pop(SESSION_REFERENCE, None)
    registration = (
        Registration.objects.select_related("callback")
        .filter(reference=reference)
        .first()
        if reference
        else None
    )
    if registration is None:
        return render(request, "signup/confirmation_shown.html")
    language = translation.get_language()
    youth = registration.youth_variant and not registration.is_referral
    return render(
        request,
        "signup/confirmation.html",
        {
            "registration": registration,
            "youth": youth,
            "next_steps": next_steps.for_registration(registration, language),
            "route_label": Route(registration.route).label,
            "provision_page": provision_page(registration.route, language),
            "email_confirmation": confirmation_kind(registration),
            "signposts": [
                (SIGNPOSTS[code], SIGNPOSTS[code].text_for(youth))
                for code in registration.signposts
                if code in SIGNPOSTS
            ],
        },
    )


def provision_page(route: str, language: str):
    """The live page about the provision the registration went to, in the
    person's language; None for triage or when there is none. Looked up once per
    route and language until content changes."""

    def find():
        page = (
            ProvisionPage.objects.live()
            .public()
            .filter(provision=route, locale__language_code=language)
            .first()
        )
        return (page,)  # a tuple: freshness.cached takes None as "not kept"

    return freshness.cached(f"provision-page:{route}:{language}", find)[0]


def wizard_storage_key() -> str:
    """Where formtools keeps the wizard's answers in the session."""
    return f"wizard_{normalize_name(RegistrationWizard.__name__)}"


class _StoredWizard:
    """Just enough of the wizard for its audience, read from the answers in the
    session: for the pages about them outside the wizard."""

    def __init__(self, request):
        self.storage = wizard_state(request)
        self.extra = self.storage.extra_data

    @staticmethod
    def get_form_prefix(step=None, form=None) -> str:
        return str(step)


def youth_answers(request) -> bool:
    """Whether the answers in the session are worded for young people."""
    return RegistrationWizard.audience(_StoredWizard(request)) == YOUTH


# Set when the answers deleted were in youth wording, for the page that says
# they are gone (and read once, there).
SESSION_DELETED_YOUTH = "signup_deleted_youth"


@never_cache
@require_http_methods(["GET", "POST"])
def delete_answers(request):
    """Ask, then delete the answers typed so far: for someone on a shared device,
    or someone who changed their mind. A registration already sent is not touched;
    that is for the registration desk."""
    youth = youth_answers(request)
    if request.method == "POST":
        for key in (wizard_storage_key(), *CONFIRMATION_KEYS):
            request.session.pop(key, None)
        if youth:
            request.session[SESSION_DELETED_YOUTH] = True
        return redirect("signup:deleted")
    return render(request, "signup/delete_answers.html", {"youth": youth})


@never_cache
def answers_deleted(request):
    youth = bool(request.session.pop(SESSION_DELETED_YOUTH, False))
    return render(request, "signup/answers_deleted.html", {"youth": youth})


@never_cache
@require_http_methods(["POST"])
def keep_answers(request):
    """ "Keep my answers": the answers are kept another
    ``SIGNUP_ANSWERS_KEPT_MINUTES`` from now. Asked by the warning on every step
    (fetch, answered in JSON) or, without JavaScript, by its form (back to the
    step). Answers already deleted stay deleted."""
    storage = wizard_state(request)
    extra = storage.extra_data
    if seconds_left(extra) > 0:
        extra["answered_at"] = timezone.now().isoformat()
        storage.extra_data = extra
    left = seconds_left(storage.extra_data)
    if request.headers.get("accept", "").startswith("application/json"):
        response = JsonResponse({"seconds_left": left})
    else:
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            back = reverse("signup:start")
        response = redirect(back)
    storage.update_response(response)
    return response
