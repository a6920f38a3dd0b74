from django.apps import AppConfig


class SignupConfig(AppConfig):
    """The sign-up wizard, routing, registrations and callback tasks."""

    name = "signup"
    verbose_name = "Sign-up"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from signup import checks  # noqa: F401  (registers the system checks)
        from signup.desk.groups import ensure_groups_after_migrate

        post_migrate.connect(ensure_groups_after_migrate, sender=self)
