from django.apps import AppConfig


class ContentConfig(AppConfig):
    """Everything Wagtail: page types, blocks, site settings and demo content."""

    name = "content"
    verbose_name = "Content"

    def ready(self) -> None:
        from content import freshness

        freshness.connect_signals()
