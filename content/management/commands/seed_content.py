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
