"""Pages found by address from the content generation's cache
(content/routing.py): the same answers as Wagtail's tree walk, in one query."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from content.models import StandardPage


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGE_CACHE_SECONDS = 0


def test_a_deep_page_is_found_with_one_query_for_the_route(client, full_site):
    page = full_site.pages["herstelbemiddeling"]["nl"]
    client.get(page.url)

    with CaptureQueriesContext(connection) as context:
        response = client.get(page.url)

    assert response.status_code == 200
    assert response.context["page"].pk == page.pk
    assert len(context.captured_queries) == 1


def test_each_language_finds_its_own_page(client, full_site):
    for language in ("nl", "en"):
        page = full_site.pages["herstelbemiddeling"][language]
        response = client.get(page.url)
        assert response.context["page"].pk == page.pk
        assert response.context["page"].locale.language_code == language


def test_a_moved_page_answers_at_its_new_address_only(client, seeded):
    home = Page.objects.get(pk=seeded.homes["nl"].pk)
    parent = home.add_child(instance=StandardPage(title="Over ons", slug="over-ons"))
    page = home.add_child(instance=StandardPage(title="Team", slug="team"))
    old_url = page.url
    assert client.get(old_url).status_code == 200

    page.move(parent, pos="last-child")
    page.refresh_from_db()

    assert client.get(old_url).status_code == 404
    assert client.get(page.url).status_code == 200


def test_an_unpublished_page_and_a_missing_one_are_not_found(client, seeded):
    page = Page.objects.get(slug="privacy", locale__language_code="nl")
    url = page.url
    page.unpublish()

    assert client.get(url).status_code == 404
    assert client.get("/nl/privacy/bestaat-niet/").status_code == 404
