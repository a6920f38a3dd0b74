"""Find the Wagtail site of a request from the cache instead of the database.

Wagtail looks the site up with a query on every request that needs it (page
serving, settings, the language switcher). The answer only changes when sites or
pages change, so it is cached under the content generation (see ``freshness``).
Wagtail's ``Site.find_for_request`` keeps its answer on ``request._wagtail_site``;
this middleware fills that in first, so all of Wagtail uses the cached site.
"""

from django.http import HttpRequest
from django.http.request import split_domain_port

from wagtail.models import Site

from content import freshness

_NO_SITE = "no-site"


def cached_site_for(request: HttpRequest) -> Site | None:
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    site = freshness.cached(
        f"site:{hostname}:{port}",
        lambda: Site._find_for_request(request) or _NO_SITE,
    )
    return None if site == _NO_SITE else site


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = cached_site_for(request)
        return self.get_response(request)
