from django.apps import AppConfig


class ContentConfig(AppConfig):
    """Everything Wagtail: page types, blocks, site settings and demo content."""

    name = "content"
    verbose_name = "Content"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from content import signals
        from content.groups import ensure_group_after_migrate
        from content.public_address import use_public_base_url

        signals.connect()
        post_migrate.connect(ensure_group_after_migrate, sender=self)
        post_migrate.connect(use_public_base_url, sender=self)
