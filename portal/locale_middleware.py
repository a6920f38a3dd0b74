"""Django's LocaleMiddleware, except for the admin and document downloads.

Django answers a 404 outside the language prefixes by redirecting to the same path
under ``/nl/`` when that path exists; with Wagtail's catch-all page route it always
"exists". So a missing registration in the admin (``/admin/registration/9/``)
would turn into a redirect to a public page. Paths outside the public site keep
their 404.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class PortalLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            (settings.ADMIN_URL_PREFIX, "/documents/")
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
