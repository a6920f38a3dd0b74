"""Absolute addresses (canonical, og:url, hreflang, sitemap.xml) name the
configured public site after a deploy's ``migrate``, not the seeded localhost."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.sql import emit_post_migrate_signal

from wagtail.models import Site

import pytest

from content.public_address import site_address
from tests.conftest import parse

BASE = "https://herstelwijzer.example"


def deploy(settings, base_url: str = BASE) -> None:
    """What ``migrate`` does at its end, with the production variable set."""
    settings.PUBLIC_BASE_URL = base_url
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")


def test_pages_link_to_the_public_address(client, seeded, settings):
    before = parse(client.get("/nl/"))
    assert before.select_one("link[rel=canonical]")["href"].startswith(
        "http://localhost"
    )

    deploy(settings)

    page = parse(client.get("/nl/"))
    addresses = [
        page.select_one("link[rel=canonical]")["href"],
        page.select_one("meta[property='og:url']")["content"],
        *(link["href"] for link in page.select("link[rel=alternate][hreflang]")),
    ]
    assert addresses and all(a.startswith(f"{BASE}/") for a in addresses), addresses
    assert page.select_one("link[rel=canonical]")["href"] == f"{BASE}/nl/"


def test_the_sitemap_lists_the_public_address(client, seeded, settings):
    deploy(settings)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{BASE}/nl/</loc>" in sitemap
    assert "localhost" not in sitemap


def test_robots_txt_names_the_public_sitemap(client, db, settings):
    settings.PUBLIC_BASE_URL = BASE
    assert f"Sitemap: {BASE}/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_no_setting_leaves_the_site_alone(seeded, settings):
    deploy(settings, base_url="")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)


@pytest.mark.parametrize(
    "wrong",
    [
        "herstelwijzer.nl",
        "https://herstelwijzer.nl:8443",
        "https://x.nl/portal",
        "ftp://x.nl",
    ],
)
def test_an_address_wagtail_cannot_write_is_refused(wrong):
    with pytest.raises(ImproperlyConfigured):
        site_address(wrong)


def test_an_http_address_keeps_its_port():
    assert site_address("http://127.0.0.1:8000") == ("127.0.0.1", 8000)
    assert site_address("https://herstelwijzer.nl/") == ("herstelwijzer.nl", 443)
