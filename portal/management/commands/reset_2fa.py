from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    """For a lost or replaced phone: remove the user's authenticator devices, so
    the next login asks to set up a new one. The password stays."""

    help = "Remove a staff account's second-factor devices (lost phone)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        removed, _details = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(
            f"Removed {removed} device(s) of {username}; the next login sets up "
            "a new authenticator app."
        )
