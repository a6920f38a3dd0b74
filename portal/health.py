"""``/health/``: whether this app server can answer, for the front cache's probe.

Varnish asks every second (deploy/varnish/default.vcl). An app server whose
database does not answer is no use to the public pages either: the probe marks
it sick, Varnish sends visitors to the other app server, and while none is
healthy it serves the pages it holds, a little past their lifetime (grace).
"""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def health(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse(
            "database unavailable\n", status=503, content_type="text/plain"
        )
    return HttpResponse("ok\n", content_type="text/plain")
