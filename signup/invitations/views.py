"""The public reply page for invited parties: /nl/brief-gekregen/ (the code),
then the answer, then thanks. Nothing of the initiator's registration is shown;
a wrong code and an answered one get the same words, so trying codes tells
nothing. Every try counts against ``INVITATION_RATE_LIMIT`` per address."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from signup.invitations.forms import CodeForm, ReplyForm
from signup.invitations.reply import AlreadyReplied, open_invitation, record_reply
from signup.wizard.throttle import counted_over_limit
from signup.wizard.views import privacy_statement_version

SESSION_KEY = "invitation"
DONE_KEY = "invitation_answer"
UNKNOWN = _(
    "We do not know this code, or it has been used already. Check the code in "
    "your letter, or call us."
)


@never_cache
@require_http_methods(["GET", "POST"])
def letter(request):
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if counted_over_limit(
            request, "invitation-code", settings.INVITATION_RATE_LIMIT
        ):
            return render(request, "signup/invitations/too_many.html", status=429)
        if form.is_valid():
            invitation = (
                None
                if form.cleaned_data["website"]
                else open_invitation(form.cleaned_data["code"])
            )
            if invitation is not None:
                request.session[SESSION_KEY] = invitation.pk
                return redirect("signup:invitation_reply")
            form.add_error("code", UNKNOWN)
    return render(request, "signup/invitations/letter.html", {"form": form})


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def reply(request):
    invitation_id = request.session.get(SESSION_KEY)
    if invitation_id is None:
        return redirect("signup:invitation")
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = record_reply(
                invitation_id,
                form.cleaned_data,
                get_language() or "nl",
                privacy_statement_version(request),
            )
        except AlreadyReplied:
            request.session.pop(SESSION_KEY, None)
            return redirect("signup:invitation")
        request.session.pop(SESSION_KEY, None)
        request.session[DONE_KEY] = invitation.answer
        return redirect("signup:invitation_done")
    return render(request, "signup/invitations/reply.html", {"form": form})


@never_cache
def done(request):
    """Shown once: on Back or a reload it no longer says what was answered."""
    answer = request.session.pop(DONE_KEY, "")
    if not answer:
        return redirect("signup:invitation")
    return render(request, "signup/invitations/done.html", {"answer": answer})
