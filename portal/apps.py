from django.apps import AppConfig

from wagtail.users.apps import WagtailUsersAppConfig


class PortalConfig(AppConfig):
    """Project glue: base templates, error pages, the client address, worker
    housekeeping and the demo set-up command."""

    name = "portal"
    default = True

    def ready(self) -> None:
        from portal import worker

        worker.connect_signals()


class StaffUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the staff accounts of ``portal.staff_users``
    (in INSTALLED_APPS in place of ``wagtail.users``)."""

    user_viewset = "portal.staff_users.StaffUserViewSet"
