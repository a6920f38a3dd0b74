"""When the database is down: a clear page, never a bare 500.

A view that cannot reach the database (stopped, failing over, read-only) raises a
``DatabaseError``; this middleware answers it with ``503.html``: a page without
the site's header and footer (which need the database themselves), in both
languages, with the quick exit, and ``Retry-After``. The wizard catches its own
failures first and shows its "not sent yet, your answers are kept" page
(signup/wizard/views.py); sessions outlive the outage in the cache
(``portal/session_store.py``).
"""

import logging

from django.db import DatabaseError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 60


def unavailable_response() -> HttpResponse:
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError):
            return None
        logger.error("Database unavailable: %s", type(exception).__name__)
        return unavailable_response()
