import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from signup.demo import ensure_demo_staff, seed_demo_registrations


class Command(BaseCommand):
    """Seed the demo content and, in development only, a local superuser, one
    account per kind of desk user and invented registrations for the desk.

    Passwords are generated and printed once, when an account is created; running
    the command again leaves accounts and registrations alone.
    """

    help = (
        "Seed demo content; in development also create a local superuser, desk "
        "accounts and demo registrations."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        call_command("seed_content", stdout=self.stdout, stderr=self.stderr)
        if settings.PORTAL_ENVIRONMENT != "development":
            self.stdout.write("Not in development: no local superuser created.")
            return
        self.ensure_superuser(username)
        self.seed_desk()

    def seed_desk(self) -> None:
        for name, password in ensure_demo_staff().items():
            self.stdout.write(self.style.WARNING(f"Desk account: {name} / {password}"))
        added = seed_demo_registrations()
        if added:
            self.stdout.write(f"Added {added} demo registrations for the desk.")

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
