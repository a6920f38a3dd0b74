from django.apps import AppConfig


class PortalConfig(AppConfig):
    """Project glue: base templates, error pages and the demo set-up command."""

    name = "portal"
