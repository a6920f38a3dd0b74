from django.core.management import call_command
from django.core.management.base import BaseCommand

from content.seed import seed_site


class Command(BaseCommand):
    """Create the demo site in Dutch and English; safe to run again."""

    help = "Create the site, both locales and the demo pages (idempotent)."

    def handle(self, *args, **options):
        seeded = seed_site()
        for code, home in seeded.homes.items():
            self.stdout.write(self.style.SUCCESS(f"Home page ({code}): {home.url}"))
        self.stdout.write(self.style.SUCCESS(f"Site: {seeded.site}"))
        # Search works at once, before the worker has run the index tasks.
        call_command("wagtail_update_index", stdout=self.stdout, verbosity=0)
        self.stdout.write(self.style.SUCCESS("Search index up to date"))
