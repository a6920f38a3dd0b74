"""The registration desk in the Wagtail admin: menu, views, dashboard panel, the
names of its audit actions and the log they are written to."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from signup.desk import access
from signup.desk import views as desk_views
from signup.desk.dashboard import CallbacksPanel
from signup.desk.permissions import registration_policy
from signup.models import LOGGED_MODELS, Registration, RegistrationLogEntry
from signup.privacy import views as data_request_views
from signup.statistics import views as statistics_views

# Before the viewset is built: every Wagtail view asks this policy.
register_permission_policy(Registration, registration_policy)


class RegistrationViewSet(ModelViewSet):
    """List, inspect and work registrations. No add, edit, copy or delete: the
    permission policy refuses those, and the desk actions change a registration."""

    model = Registration
    icon = "form"
    menu_label = _("Registrations")
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = desk_views.RegistrationIndexView
    inspect_view_class = desk_views.RegistrationDetailView
    history_view_class = desk_views.RegistrationHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    # The reference, and through the blind index the name, phone and e-mail
    # (RegistrationIndexView.search_queryset).
    search_fields = ["reference"]
    search_backend_name = None
    list_per_page = 50

    def get_urlpatterns(self):
        """Only the views the desk uses: no add, edit, copy, delete or usage
        views exist for registrations at all."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            # Wagtail's history and breadcrumbs link to "edit": here, the detail.
            path("<int:pk>/", self.inspect_view, name="edit"),
            path("<int:pk>/history/", self.history_view, name="history"),
            path(
                "<int:pk>/history/results/",
                self.history_results_view,
                name="history_results",
            ),
            path("<int:pk>/attempt/", desk_views.log_attempt, name="log_attempt"),
            path("<int:pk>/assign/", desk_views.assign, name="assign"),
            path("<int:pk>/done/", desk_views.mark_done, name="mark_done"),
            path("<int:pk>/reroute/", desk_views.reroute, name="reroute"),
            path("<int:pk>/close/", desk_views.close, name="close"),
            path("<int:pk>/invite/", desk_views.invite, name="invite"),
            path("<int:pk>/export/", data_request_views.export, name="export"),
            path(
                "<int:pk>/erase/",
                data_request_views.EraseView.as_view(),
                name="erase",
            ),
            path(
                "statistics/",
                statistics_views.StatisticsView.as_view(),
                name="statistics",
            ),
            path(
                "statistics/csv/",
                statistics_views.StatisticsCSVView.as_view(),
                name="statistics_csv",
            ),
        ]


registration_viewset = RegistrationViewSet("registration")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


@hooks.register("construct_homepage_panels")
def add_callbacks_panel(request, panels):
    if access.can_use_desk(request.user):
        panels.append(CallbacksPanel(request.user))


@hooks.register("register_log_actions")
def register_desk_log_actions(actions):
    # Registrations and what belongs to them are logged in their own log, which
    # shows an entry only to those who may see the registration; Wagtail's
    # ModelLogEntry, where everything else goes, shows it to every desk team.
    for model in LOGGED_MODELS:
        actions.register_model(model, RegistrationLogEntry)
    actions.register_action("signup.view", _("Viewed"), _("Viewed the registration"))
    actions.register_action(
        "signup.call_attempt", _("Call attempt"), _("Logged a call attempt")
    )
    actions.register_action("signup.assign", _("Assigned"), _("Assigned the callback"))
    actions.register_action(
        "signup.callback_done", _("Callback done"), _("Marked the callback done")
    )
    actions.register_action("signup.reroute", _("Re-routed"), _("Re-routed"))
    actions.register_action("signup.close", _("Closed"), _("Closed the registration"))
    actions.register_action(
        "signup.invite",
        _("Invitation made"),
        _("Made an invitation code for the other party"),
    )
    actions.register_action(
        "signup.invitation_reply",
        _("Invitation answered"),
        _("The other party answered the invitation"),
    )
    # The person's own acts, with the link in the reminder (signup/deferral/).
    actions.register_action(
        "signup.reminder", _("Reminder sent"), _("Sent the later-contact reminder")
    )
    actions.register_action(
        "signup.postpone",
        _("Postponed by the person"),
        _("The person postponed the callback"),
    )
    actions.register_action(
        "signup.withdraw",
        _("Withdrawn by the person"),
        _("The person withdrew the registration"),
    )
    actions.register_action(
        "signup.export", _("Exported"), _("Exported the registration (data request)")
    )
    actions.register_action(
        "signup.erase", _("Personal data erased"), _("Erased the personal data")
    )


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return registration_policy.user_has_permission(request.user, "statistics")


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Registration statistics"),
        reverse_lazy("registration:statistics"),
        icon_name="table",
        order=900,
    )
