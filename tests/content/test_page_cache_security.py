"""A page from the page cache gets the same security as a fresh one: the HTTPS
redirect and the security headers apply before the cache answers."""

from django.test import override_settings


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=3600)
def test_a_cached_page_over_plain_http_is_redirected_to_https(client, seeded):
    first = client.get("/nl/", secure=True)
    assert first.status_code == 200
    hit = client.get("/nl/", secure=True)
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Strict-Transport-Security"].startswith("max-age=3600")
    assert hit["X-Content-Type-Options"] == "nosniff"

    plain = client.get("/nl/")

    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/nl/"
