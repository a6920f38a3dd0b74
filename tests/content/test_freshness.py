"""Cached site lookups and footers must never outlive the content they show."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from content.models import SiteSettings
from tests.conftest import parse


def footer_phone(client) -> str:
    footer = parse(client.get("/nl/")).select_one("footer")
    return footer.select_one('a[href^="tel:"]').get_text(strip=True)


def test_footer_shows_a_changed_phone_number_at_once(client, seeded):
    settings = SiteSettings.for_site(seeded.site)
    assert footer_phone(client) == settings.contact_phone

    settings.contact_phone = "088 123 45 67"
    settings.save()

    assert footer_phone(client) == "088 123 45 67"


def test_footer_follows_a_renamed_privacy_page(client, seeded):
    privacy = seeded.privacy["en"]
    client.get("/en/")
    privacy.slug = "your-privacy"
    privacy.save_revision().publish()

    footer = parse(client.get("/en/")).select_one("footer")

    assert footer.find("a", href="/en/your-privacy/") is not None


def test_site_lookup_is_cached_until_a_site_changes(client, seeded):
    client.get("/nl/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/nl/")
    assert not [q for q in queries if "wagtailcore_site" in q["sql"]]

    site = Site.objects.get(pk=seeded.site.pk)
    site.site_name = "Herstelwijzer (renamed)"
    site.save()
    with CaptureQueriesContext(connection) as queries:
        client.get("/nl/")
    assert [q for q in queries if "wagtailcore_site" in q["sql"]]


def test_an_unknown_site_is_cached_as_none_and_not_an_error(client, db):
    """Without any site, pages answer 404 (not 500), also from the cache."""
    Site.objects.all().delete()

    assert client.get("/nl/").status_code == 404
    assert client.get("/nl/").status_code == 404
