"""robots.txt: everything may be indexed except the admin, the quick exit and the
sign-up form."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control


@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {settings.ADMIN_URL_PREFIX}",
        f"Disallow: {reverse('quick_exit')}",
    ]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('signup:start')}")
    base_url = settings.PUBLIC_BASE_URL or request.build_absolute_uri("/").rstrip("/")
    lines += [f"Sitemap: {base_url}/sitemap.xml", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
