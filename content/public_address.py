"""The site's public address, from ``PUBLIC_BASE_URL``.

Wagtail makes every absolute address (canonical links, ``og:url``, sitemap.xml,
``hreflang`` alternates) from the default ``Site``'s hostname and port. Seeded,
that is ``localhost:80``, so a deployed portal would tell search engines and
link previews ``http://localhost/…``. After every ``migrate`` (part of each
deploy) and every seed, the default site takes the configured address instead.
Wagtail writes port 443 as ``https://`` and 80 as ``http://``; any other port as
``http://host:port``, so an HTTPS address must use the standard port.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from wagtail.models import Site

DEFAULT_PORTS = {"https": 443, "http": 80}


def site_address(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"PUBLIC_BASE_URL must be like https://herstelwijzer.nl, not {base_url!r}"
        )
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured("PUBLIC_BASE_URL: HTTPS on port 443 only")
    if parts.path not in ("", "/"):
        raise ImproperlyConfigured("PUBLIC_BASE_URL: the site lives at the root")
    return parts.hostname, port


def use_public_base_url(**_kwargs) -> None:
    """Give the default site the configured address (nothing when unset)."""
    base_url = getattr(settings, "PUBLIC_BASE_URL", "")
    if not base_url:
        return
    hostname, port = site_address(base_url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
