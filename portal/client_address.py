"""The client's address, behind a proxy too, in one place for every part that
counts by address (the sign-up rate limit, django-axes for staff logins).

Behind a reverse proxy ``REMOTE_ADDR`` is the proxy's address. ``CLIENT_IP_HEADER``
names the request header in which the proxy passes the client's address (e.g.
``HTTP_X_REAL_IP``); the middleware puts that address in ``REMOTE_ADDR`` before any
view sees the request, so the apps read ``REMOTE_ADDR`` and need not know the
deployment. Only set the header name when a proxy you run sets it: a client can
send any header itself.
"""

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """``REMOTE_ADDR``, or the first address of the ``CLIENT_IP_HEADER`` header.
    Also django-axes' ``AXES_CLIENT_IP_CALLABLE``."""
    address = request.META.get(settings.CLIENT_IP_HEADER, "") or ""
    return address.split(",")[0].strip()


class ClientAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.CLIENT_IP_HEADER != "REMOTE_ADDR":
            request.META["REMOTE_ADDR"] = client_address(request)
        return self.get_response(request)
