import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    """Seed the demo content and, in development only, a local superuser.

    The superuser's password is generated and printed once, when the account is
    created; running the command again leaves the account alone.
    """

    help = "Seed demo content; in development also create a local superuser."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        call_command("seed_content", stdout=self.stdout, stderr=self.stderr)
        if settings.PORTAL_ENVIRONMENT != "development":
            self.stdout.write("Not in development: no local superuser created.")
            return
        self.ensure_superuser(username)

    def ensure_superuser(self, username: str) -> None:
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            self.stdout.write(
                f"Superuser '{username}' exists; to set a new password run "
                f"`manage.py changepassword {username}`."
            )
            return
        password = secrets.token_urlsafe(12)
        user_model.objects.create_superuser(
            username=username, email="", password=password
        )
        self.stdout.write(
            self.style.WARNING(
                f"Local superuser created: {username} / {password}\n"
                "Log in at http://127.0.0.1:8000/admin/ (shown only this once)."
            )
        )
