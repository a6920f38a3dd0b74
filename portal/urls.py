"""URL map. Everything a visitor reads sits under a language prefix (/nl/, /en/);
the admin and document downloads do not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from content.sitemap import TranslatedSitemap
from portal import staff_session, two_factor
from portal.health import health
from portal.quick_exit import quick_exit
from portal.robots import robots_txt

ADMIN = settings.ADMIN_URL_PREFIX.lstrip("/")

urlpatterns = [
    # The second login step for staff, before the rest of the admin.
    path(ADMIN, include(two_factor.urlpatterns)),
    path(
        f"{ADMIN}logout/",
        staff_session.StaffLogoutView.as_view(),
        name="wagtailadmin_logout",
    ),
    path(ADMIN, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}),
    path("robots.txt", robots_txt),
    # For the front cache's health probe (portal/health.py).
    path("health/", health, name="health"),
    # Outside the language prefixes: the address says nothing (portal/quick_exit.py).
    path("exit/", quick_exit, name="quick_exit"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("signup.urls")),
    path("", include("content.urls")),
    # Wagtail's catch-all page route comes last.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
