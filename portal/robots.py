"""robots.txt: everything may be indexed except the admin and the sign-up form."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control


@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    """Everything may be indexed except the sign-up form and the admin."""
    lines = ["User-agent: *", f"Disallow: {settings.ADMIN_URL_PREFIX}"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('signup:start')}")
    lines += [f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
