"""``manage.py purge_front_cache``: every page out of the shared front caches.

Content changes purge by themselves (content/front_cache.py). Run this after a
deploy that changes templates, styles' addresses or interface translations,
which no signal announces."""

from django.core.management.base import BaseCommand

from content import front_cache


class Command(BaseCommand):
    help = "Purge every page address from the front caches in WAGTAILFRONTENDCACHE."

    def handle(self, *args, **options):
        count = front_cache.purge_site()
        self.stdout.write(f"{count} addresses purged")
