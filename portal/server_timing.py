"""An opt-in ``Server-Timing`` header with the time Django spent on a request.

Switched on with ``SERVER_TIMING=true`` for benchmarks (scripts/benchmark.py reads
it) and for looking at one page in the browser's developer tools. Off by default:
timings tell an outsider more about the server than they need to know.
"""

import time

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed


class ServerTimingMiddleware:
    def __init__(self, get_response):
        if not settings.SERVER_TIMING:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        response["Server-Timing"] = f"app;dur={elapsed_ms:.2f}"
        return response
