"""The registration desk in the Wagtail admin: the list, the detail page with the
actions, and the history. Every view finds registrations through
``access.visible_registrations``, so a registration of another team is a 404, not
a 403 that would confirm it exists."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import HistoryView, IndexView, InspectView

import django_filters

from signup import blind_index
from signup.desk import access, actions, queue
from signup.desk import delivery as email_delivery
from signup.desk.answers import registration_sections, safe_contact
from signup.desk.later import later_contact_state, waiting_later
from signup.desk.permissions import registration_for, registration_policy
from signup.models import CallAttempt, CallbackTask, Registration
from signup.rules.choices import District
from signup.rules.routing import Flag, Route
from signup.rules.signposts import SIGNPOSTS
from signup.rules.teams import team_for

# --- the list ---------------------------------------------------------------


ONLY_LATER, ALSO_LATER = "only", "also"
DONE, ALL = "done", "all"
MINE, NOBODY = "me", "nobody"


class RegistrationFilterSet(WagtailFilterSet):
    route = django_filters.ChoiceFilter(label=_("Route"), choices=Route.choices)
    route_district = django_filters.ChoiceFilter(
        label=_("District"), choices=District.choices
    )
    # Left empty, the list is the work queue: open callbacks of open
    # registrations (RegistrationIndexView.filter_queryset).
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            (DONE, _("Callback done, registration open")),
            (Registration.Status.CLOSED, _("Closed")),
            (ALL, _("All")),
        ],
        empty_label=_("Open callbacks (work queue)"),
        method="filter_status",
    )
    assigned = django_filters.ChoiceFilter(
        label=_("Assigned"),
        choices=[(MINE, _("Assigned to me")), (NOBODY, _("Unassigned"))],
        empty_label=_("Anyone"),
        method="filter_assigned",
    )
    overdue = django_filters.BooleanFilter(
        label=_("Callback overdue"), method="filter_overdue"
    )
    delivery = django_filters.ChoiceFilter(
        label=_("E-mail delivery"),
        choices=email_delivery.FILTER_CHOICES,
        empty_label=_("Any"),
        method="filter_delivery",
    )
    flag = django_filters.ChoiceFilter(
        label=_("Flag"), choices=Flag.choices, method="filter_flag"
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=[("nl", "Nederlands"), ("en", "English")]
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Registered"), widget=DateRangePickerWidget
    )
    # Left empty, the list is the due queue: later contact is left out
    # (RegistrationIndexView.filter_queryset; signup/desk/later.py).
    later = django_filters.ChoiceFilter(
        label=_("Later contact"),
        choices=[
            (ONLY_LATER, _("Only later contact")),
            (ALSO_LATER, _("Also later contact")),
        ],
        empty_label=_("Not shown (due queue)"),
        method="filter_later",
    )

    class Meta:
        model = Registration
        fields = []

    def filter_status(self, queryset, name, value):
        if value == DONE:
            return queryset.filter(
                status=Registration.Status.OPEN,
                callback__status=CallbackTask.Status.DONE,
            )
        if value == Registration.Status.CLOSED:
            return queryset.filter(status=Registration.Status.CLOSED)
        return queryset

    def filter_assigned(self, queryset, name, value):
        if value == MINE:
            return queryset.filter(callback__assigned_to=self.request.user)
        return queryset.filter(callback__assigned_to__isnull=True)

    def filter_later(self, queryset, name, value):
        if value == ONLY_LATER:
            return queryset.filter(waiting_later(prefix="callback__"))
        return queryset

    def filter_overdue(self, queryset, name, value):
        overdue = Q(callback__status="open", callback__due_at__lt=timezone.now())
        return queryset.filter(overdue) if value else queryset.exclude(overdue)

    def filter_delivery(self, queryset, name, value):
        return queryset.filter(email_delivery.filter_condition(value))

    def filter_flag(self, queryset, name, value):
        # Matches the quoted code in the JSON list; works on SQLite and PostgreSQL.
        return queryset.filter(flags__icontains=f'"{value}"')


class RegistrationIndexView(IndexView):
    filterset_class = RegistrationFilterSet
    default_ordering = "callback__due_at"

    def get_base_queryset(self):
        return access.visible_registrations(self.request.user).select_related(
            "callback", "callback__assigned_to"
        )

    @property
    def later_shown(self) -> str:
        """Whether later contact is listed: ``ONLY_LATER``, ``ALSO_LATER`` or
        empty (the due queue)."""
        return self.chosen("later")

    def get_search_form(self):
        """Says what can be searched: a placeholder, the only hint Wagtail's
        search box has room for."""
        if not self.is_searchable:
            return None
        placeholder = _("Reference, or the whole name, phone or e-mail")
        if self.search_kwarg in self.request.GET:
            return SearchForm(self.request.GET, placeholder=placeholder)
        return SearchForm(placeholder=placeholder)

    def search_queryset(self, queryset):
        """A reference (or part of one), or exactly the name, phone number (in
        any notation) or e-mail address of the person: those are encrypted, so
        they are found through their blind index (``signup.blind_index``)."""
        if not self.is_searching:
            return queryset
        typed = self.search_query.strip()
        return queryset.filter(
            Q(reference__icontains=typed) | blind_index.matching(typed)
        )

    def filter_queryset(self, queryset):
        """The due queue by default: without callbacks that wait for a later
        moment, and only open callbacks of open registrations (the work queue),
        unless the filters ask for more or a caller is searched (a person on the
        phone must be found, whatever the state of their registration)."""
        queryset = super().filter_queryset(queryset)
        if self.is_searching:
            return queryset
        if not self.later_shown:
            queryset = queryset.exclude(waiting_later(prefix="callback__"))
        if not self.chosen("status"):
            queryset = queryset.filter(queue.OPEN_WORK)
        return queryset

    def chosen(self, name: str) -> str:
        """The value of filter ``name``, or "" when it is left empty."""
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or ""
        return ""

    @property
    def columns(self):
        later = (
            [
                Column(
                    "later",
                    label=_("Later contact"),
                    accessor=lambda registration: later_contact_state(
                        registration.callback
                    ),
                )
            ]
            if self.later_shown
            else []
        )
        return [
            TitleColumn(
                "reference",
                label=_("Reference"),
                url_name=self.inspect_url_name,
                sort_key="reference",
                # Wagtail's own utility class: HW-XXXX-XXXX on one line.
                classname="w-whitespace-nowrap",
            ),
            Column("name", label=_("Name"), accessor="name"),
            Column("phone", label=_("Phone"), accessor=queue.phone_link),
            Column("call_times", label=_("When to call"), accessor=queue.call_times),
            Column("language", label=_("Language"), accessor="language"),
            Column("attempts", label=_("Attempts"), accessor="callback.attempts"),
            Column("assignee", label=_("Assigned to"), accessor=queue.assignee),
            # The date itself: Wagtail's DateColumn says "just now" of any
            # moment in the future, so of every callback not yet due.
            Column(
                "due",
                label=_("Call by"),
                accessor=queue.due_text,
                sort_key="callback__due_at",
            ),
            Column("flags", label=_("Flags"), accessor=queue.flag_badges),
            Column("team", label=_("Team"), accessor="callback.get_team_display"),
            Column("callback", label=_("Callback"), accessor="callback_label"),
            Column(
                "kind", label=_("Call or letter"), accessor="callback.get_kind_display"
            ),
            *later,
            Column("status", label=_("Status"), accessor="status_label"),
        ]


# --- the detail page and its actions ------------------------------------------


Outcome = CallAttempt.Outcome
# The outcomes a callback can have, by its kind: a call may end in a letter (after
# calls that reached no one); for a letter (flag ``by_post``) only sending it and
# reaching the person (who answers it) make sense.
OUTCOMES = {
    CallbackTask.Kind.CALL: [
        Outcome.REACHED,
        Outcome.NO_ANSWER,
        Outcome.VOICEMAIL,
        Outcome.WRONG_NUMBER,
        Outcome.LETTER_SENT,
    ],
    CallbackTask.Kind.LETTER: [Outcome.LETTER_SENT, Outcome.REACHED],
}


class AttemptForm(forms.Form):
    """One click per outcome: the template shows each outcome as its own
    button (``name="outcome"``), with the note above them."""

    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    then = forms.BooleanField(
        label=_("Then open the next callback in the queue"),
        required=False,
        initial=True,
    )

    def __init__(self, *args, kind: str = CallbackTask.Kind.CALL, **kwargs):
        super().__init__(*args, **kwargs)
        outcomes = OUTCOMES.get(kind, OUTCOMES[CallbackTask.Kind.CALL])
        self.fields["outcome"].choices = [(o.value, o.label) for o in outcomes]


class AssignForm(forms.Form):
    colleague = forms.ModelChoiceField(
        label=_("Assign to"), queryset=get_user_model().objects.none(), required=False
    )

    def __init__(self, *args, team: str, **kwargs):
        super().__init__(*args, **kwargs)
        groups = [name for name, teams in access.GROUP_TEAMS.items() if team in teams]
        self.fields["colleague"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=groups)
            .distinct()
            .order_by("first_name", "username")
        )


class RerouteForm(forms.Form):
    route = forms.ChoiceField(label=_("New route"), choices=Route.choices)
    district = forms.ChoiceField(
        label=_("Court district (only for MiS)"),
        choices=[("", "—"), *District.choices],
        required=False,
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required. Kept with the registration, not in the audit log."),
    )


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=Registration.Outcome.choices,
        widget=forms.RadioSelect,
    )
    stop_reason = forms.ChoiceField(
        label=_("Why not going on (only when reached, not going on)"),
        choices=Registration.StopReason.choices,
        widget=forms.RadioSelect,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == Registration.Outcome.NOT_GOING_ON and not (
            cleaned.get("stop_reason")
        ):
            self.add_error("stop_reason", _("Choose why the person does not go on."))
        return cleaned


def reply_address(language: str) -> str:
    """The reply page's address as the letter gives it: on the public site."""
    with translation.override(language):
        path = reverse("signup:invitation")
    base = settings.PUBLIC_BASE_URL or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + path


def flag_label(code: str) -> str:
    """A flag's label; a code this version no longer knows is shown as it is."""
    try:
        return Flag(code).label
    except ValueError:
        return code


class RegistrationDetailView(InspectView):
    template_name = "signup/desk/registration_detail.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            access.visible_registrations(self.request.user), pk=self.pk
        )

    def get_page_title(self):
        return _("Registration")

    def get(self, request, *args, **kwargs):
        actions.record_view(self.object, request.user)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registration = self.object
        callback = registration.callback
        context.update(
            registration=registration,
            callback=callback,
            now=timezone.now(),
            safe_contact=safe_contact(registration),
            sections=registration_sections(registration),
            flags=[flag_label(code) for code in registration.flags],
            signposts=[
                SIGNPOSTS[code] for code in registration.signposts if code in SIGNPOSTS
            ],
            attempts=callback.call_attempts.select_related("made_by"),
            route_changes=registration.route_changes.select_related("changed_by"),
            suggest_writing=actions.suggest_writing(callback),
            later_contact=later_contact_state(callback),
            attempt_form=AttemptForm(kind=callback.kind),
            close_form=CloseForm(),
            deliveries=email_delivery.deliveries(registration),
            invitations=list(registration.invitations.select_related("reply")),
            replied_to=getattr(registration, "invitation_replied", None),
            reply_address_nl=reply_address("nl"),
            reply_address_en=reply_address("en"),
            assign_form=AssignForm(
                team=callback.team, initial={"colleague": callback.assigned_to}
            ),
            reroute_form=RerouteForm(
                initial={
                    "route": registration.route,
                    "district": registration.route_district,
                }
            ),
            is_open=registration.status == Registration.Status.OPEN,
            history_url=self.history_url,
            can_export=registration_policy.user_has_permission(
                self.request.user, "export"
            ),
            can_erase=registration_policy.user_has_permission(
                self.request.user, "erase"
            ),
        )
        return context

    @property
    def history_url(self):
        return reverse("registration:history", args=[self.object.pk])


class RegistrationHistoryView(HistoryView):
    any_permission_required = ["view"]

    def get_object(self):
        return get_object_or_404(
            access.visible_registrations(self.request.user), pk=self.pk
        )


def _back(registration: Registration):
    return redirect("registration:inspect", registration.pk)


def _then(request, registration: Registration):
    """Back to the registration, or on to the next callback in the queue when
    the worker asked for it ("save and next")."""
    if request.POST.get("then") != "next":
        return _back(registration)
    following = queue.next_in_queue(request.user, registration)
    if following is None:
        messages.info(request, gettext("That was the last callback in the queue."))
        return redirect("registration:index")
    return redirect("registration:inspect", following.pk)


def _perform(request, registration, action, success: str):
    """Run a desk action and say how it went; a closed registration refuses.

    Messages use gettext, not the lazy _: they are stored after Wagtail has
    switched back from the user's admin language."""
    try:
        result = action()
    except actions.DeskError:
        messages.error(request, gettext("This registration is closed."))
        return None
    messages.success(request, success)
    return result or True


@require_POST
def log_attempt(request, pk):
    registration = registration_for(request, pk, "work")
    form = AttemptForm(request.POST, kind=registration.callback.kind)
    if not form.is_valid():
        messages.error(request, gettext("Choose the outcome of the call."))
        return _back(registration)
    _perform(
        request,
        registration,
        lambda: actions.log_attempt(
            registration.callback,
            form.cleaned_data["outcome"],
            form.cleaned_data["note"],
            request.user,
        ),
        gettext("The call attempt is logged."),
    )
    return _then(request, registration)


@require_POST
def assign(request, pk):
    registration = registration_for(request, pk, "work")
    form = AssignForm(request.POST, team=registration.callback.team)
    if not form.is_valid():
        messages.error(request, gettext("Choose a colleague of this team."))
        return _back(registration)
    _perform(
        request,
        registration,
        lambda: actions.assign(
            registration.callback, form.cleaned_data["colleague"], request.user
        ),
        gettext("The callback is assigned."),
    )
    return _back(registration)


@require_POST
def mark_done(request, pk):
    registration = registration_for(request, pk, "work")
    _perform(
        request,
        registration,
        lambda: actions.mark_done(registration.callback, request.user),
        gettext("The callback is marked done."),
    )
    return _then(request, registration)


@require_POST
def reroute(request, pk):
    registration = registration_for(request, pk, "work")
    form = RerouteForm(request.POST)
    if not form.is_valid():
        messages.error(request, gettext("Choose a route and give a reason."))
        return _back(registration)
    route, district = form.cleaned_data["route"], form.cleaned_data["district"]
    if route == Route.MIS and not district:
        district = District.UNKNOWN
    new_team = team_for(route, district if route == Route.MIS else "")
    done = _perform(
        request,
        registration,
        lambda: actions.reroute(
            registration, route, district, form.cleaned_data["reason"], request.user
        ),
        gettext("The registration now goes to %(team)s.") % {"team": new_team.label},
    )
    if done and new_team not in access.teams_for(request.user):
        return redirect("registration:index")
    return _back(registration)


@require_POST
def invite(request, pk):
    registration = registration_for(request, pk, "work")
    _perform(
        request,
        registration,
        lambda: actions.invite(registration, request.user),
        gettext("An invitation code is made: put it in the letter."),
    )
    return _back(registration)


@require_POST
def close(request, pk):
    registration = registration_for(request, pk, "work")
    form = CloseForm(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            gettext(
                "Choose the outcome, and for a person who does not go on, the reason."
            ),
        )
        return _back(registration)
    _perform(
        request,
        registration,
        lambda: actions.close(
            registration,
            request.user,
            form.cleaned_data["outcome"],
            form.cleaned_data["stop_reason"],
        ),
        gettext("The registration is closed."),
    )
    return _back(registration)
