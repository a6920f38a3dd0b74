"""The feedback pages: the form (``feedback``) and the thank-you page it
redirects to (``feedback_sent``, so that reloading sends nothing twice).

Links carry what the answer is about: ``?page=<id>`` (a live, public page),
``?about=registration`` (the confirmation page: the wizard's own addresses are
never named) and ``?useful=yes|no`` to preselect the answer when a visitor chose
"Ja" or "Nee" at the end of a page, and ``?youth=1`` from a youth page (the
form then says "je"). Anything else in the address is ignored.
The pages are never cached: they carry a CSRF token, and the published pages
that link here stay cacheable because a link needs none."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from content.feedback.forms import FeedbackForm
from content.models.feedback import FeedbackSubject, PageFeedback

LIMIT_WINDOW_SECONDS = 3600


def _page(value) -> Page | None:
    """The live, public page with the id ``value``, or None."""
    try:
        pk = int(value)
    except (TypeError, ValueError):
        return None
    if not 0 < pk < 2**31:  # beyond PostgreSQL's integer: a DataError, not None
        return None
    return Page.objects.live().public().filter(pk=pk).specific().first()


def _what(subject, page) -> tuple[str, Page | None]:
    """What an answer is about, from the address or the hidden inputs: the
    subject, and for a page the live public page (else None)."""
    if subject == FeedbackSubject.REGISTRATION:
        return FeedbackSubject.REGISTRATION, None
    return FeedbackSubject.PAGE, _page(page)


def _over_the_limit(request: HttpRequest) -> bool:
    """More than ``FEEDBACK_RATE_LIMIT`` answers from this address in the last
    hour. The address is hashed for the cache key and never stored with an
    answer."""
    address = request.META.get("REMOTE_ADDR", "")
    key = "feedback-count:" + hashlib.sha256(address.encode()).hexdigest()[:32]
    cache.add(key, 0, LIMIT_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # the cache lost the key (or is down): count this one
        cache.set(key, 1, LIMIT_WINDOW_SECONDS)
        count = 1
    return count > settings.FEEDBACK_RATE_LIMIT


def _about(subject: str, page: Page | None, youth: bool) -> dict:
    return {"subject": subject, "about_page": page, "youth": youth}


def _youth(params) -> bool:
    """Opened from a youth page (``?youth=1``): the form speaks as they do."""
    return params.get("youth") == "1"


def _question(subject: str, page: Page | None) -> str:
    """Which of ``forms.QUESTIONS`` to ask."""
    if subject == FeedbackSubject.REGISTRATION:
        return "registration"
    return "page" if page is not None else "site"


@never_cache
@require_http_methods(["GET", "POST"])
def feedback(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        subject, page = _what(request.POST.get("subject"), request.POST.get("page"))
        youth = _youth(request.POST)
        form = FeedbackForm(
            request.POST, question=_question(subject, page), youth=youth
        )
        if form.is_valid():
            data = form.cleaned_data
            if data["website"]:
                pass  # a bot filled in the honeypot: thank it, store nothing
            elif _over_the_limit(request):
                return render(
                    request,
                    "content/feedback/too_many.html",
                    _about(subject, page, youth),
                    status=429,
                )
            else:
                PageFeedback.objects.create(
                    subject=subject,
                    page=page,
                    useful=data["useful"],
                    comment=data["comment"],
                    language=get_language()[:2],
                )
            query = {"about": subject} if page is None else {"page": page.pk}
            if youth:
                query["youth"] = "1"
            return redirect(f"{reverse('content:feedback_sent')}?{urlencode(query)}")
    else:
        subject, page = _what(request.GET.get("about"), request.GET.get("page"))
        youth = _youth(request.GET)
        useful = request.GET.get("useful")
        form = FeedbackForm(
            initial={"useful": useful if useful in ("yes", "no") else None},
            question=_question(subject, page),
            youth=youth,
        )
    context = {"form": form, **_about(subject, page, youth)}
    return render(request, "content/feedback/form.html", context)


@never_cache
@require_http_methods(["GET"])
def feedback_sent(request: HttpRequest) -> HttpResponse:
    subject, page = _what(request.GET.get("about"), request.GET.get("page"))
    context = _about(subject, page, _youth(request.GET))
    return render(request, "content/feedback/sent.html", context)
