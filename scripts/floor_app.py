"""The framework's floor for ``benchmark.py compare``: Django answering "ok" from
one view, with no middleware, database or templates."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="floor-app-benchmark-only",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def ok(request):
    return HttpResponse("ok")


urlpatterns = [path("", ok)]
application = get_wsgi_application()
