from django.apps import AppConfig


class PortalConfig(AppConfig):
    """Project glue: base templates, error pages, the client address, worker
    housekeeping and the demo set-up command."""

    name = "portal"

    def ready(self) -> None:
        from portal import worker

        worker.connect_signals()
