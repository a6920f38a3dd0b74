from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from django_otp import device_classes


class Command(BaseCommand):
    """For a lost or replaced phone: remove the user's second-factor devices (the
    authenticator app and the recovery codes), so the next login asks to link a
    new app. The password stays."""

    help = "Remove a staff account's second-factor devices and recovery codes."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        removed = 0
        for model in device_classes():
            _total, per_model = model.objects.filter(user=user).delete()
            removed += per_model.get(model._meta.label, 0)
        self.stdout.write(
            f"Removed {removed} device(s) of {username}, recovery codes included; "
            "the next login sets up a new authenticator app."
        )
