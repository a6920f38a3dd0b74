"""sitemap.xml for every language, with each page's translations as ``hreflang``
alternates."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.db.models import Q

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap covers the site's root page only, which is the Dutch home
    page; this one also covers its translations (the English tree)."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        return (
            Page.objects.live()
            .public()
            .filter(reduce(or_, (Q(path__startswith=root.path) for root in roots)))
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for item in pages:
            translations[item.translation_key].append(
                {
                    "lang_code": item.locale.language_code,
                    "location": item.get_full_url(self.request),
                }
            )
        urls = []
        for item in pages:
            alternates = translations[item.translation_key]
            urls.append(
                {
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at
                    or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                    "item": item,
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
