from django.apps import AppConfig


class SignupConfig(AppConfig):
    """The sign-up wizard, routing, registrations and callback tasks."""

    name = "signup"
    verbose_name = "Sign-up"
