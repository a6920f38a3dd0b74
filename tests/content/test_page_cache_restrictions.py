"""A page made private is never served from the page cache."""

from wagtail.models import Page, PageViewRestriction


def privacy_page(seeded) -> Page:
    return Page.objects.get(slug="privacy", locale__language_code="nl")


def test_a_restriction_added_to_a_cached_page_applies_at_once(client, seeded):
    page = privacy_page(seeded)
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(page.url)

    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert b'name="password"' in response.content


def test_a_restricted_page_is_never_stored(client, seeded):
    page = privacy_page(seeded)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )

    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 302
        assert "X-Page-Cache" not in response
