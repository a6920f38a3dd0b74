"""Public forms take little text: a request body larger than
``PUBLIC_MAX_BODY_BYTES`` is refused with a page that says so (413), before Django
reads it. The admin keeps Django's own, larger limit for page editing; uploads of
images and documents are files, which Django does not count.
"""

from django.conf import settings
from django.shortcuts import render


class PublicBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > settings.PUBLIC_MAX_BODY_BYTES:
                return render(request, "413.html", status=413)
        return self.get_response(request)
