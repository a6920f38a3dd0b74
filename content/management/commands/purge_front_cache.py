"""``manage.py purge_front_cache``: every page out of the shared front caches.

Content changes purge by themselves (content/front_cache.py). Run this after a
deploy that changes templates, styles' addresses or interface translations,
which no signal announces. It also moves the content generation, so the app's own
page cache and rendered content (content/fragment_cache.py) render anew."""

from django.core.management.base import BaseCommand

from content import freshness, front_cache


class Command(BaseCommand):
    help = (
        "Render every page anew and purge every page address from the front "
        "caches in WAGTAILFRONTENDCACHE."
    )

    def handle(self, *args, **options):
        freshness.bump()
        count = front_cache.purge_site()
        self.stdout.write(f"{count} addresses purged")
