"""The performance budget as tests: few queries per page, independent of the
amount of content; a page cache that publishing invalidates, so a page is never
stale; the wizard and the admin never cached."""

import copy

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from content.models import SiteSettings, StandardPage
from content.page_cache import HEADER
from tests.signup.wizard import WizardRun
from tests.staff import login_staff

# Issue 16: at most 8 per page of any type, uncached (content/routing.py finds
# the page in one query; restrictions, site, figures and menus come from the
# content generation's cache).
MAX_QUERIES = 8


def queries_for(client, url: str) -> int:
    client.get(url)  # the first request after start fills the site lookup
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code in (200, 404)
    return len(context.captured_queries)


@pytest.fixture
def uncached(settings):
    settings.PAGE_CACHE_SECONDS = 0


def add_pages(parent, count: int) -> None:
    for number in range(count):
        slug = f"extra-{parent.pk}-{number}"
        parent.add_child(instance=StandardPage(title=f"Extra {number}", slug=slug))


@pytest.mark.parametrize("key", ["home", "herstelbemiddeling", "faq"])
def test_a_page_takes_few_queries_whatever_the_content(
    client, full_site, uncached, key
):
    page = (
        full_site.homes["nl"] if key == "home" else full_site.pages[key]["nl"]
    ).specific
    before = queries_for(client, page.url)
    assert before <= MAX_QUERIES

    add_pages(full_site.homes["nl"], 6)
    if key != "home":
        add_pages(page, 6)
    if key == "faq":
        groups = [
            {"type": g["type"], "value": g["value"]} for g in page.groups.raw_data
        ]
        page.groups = copy.deepcopy(groups) * 3
        page.save_revision().publish()

    assert queries_for(client, page.url) == before


def test_every_page_type_takes_at_most_the_budget(client, full_site, uncached):
    one_of_each = {}
    for page in Page.objects.live().filter(depth__gt=1).specific():
        one_of_each.setdefault(type(page).__name__, page)
    assert len(one_of_each) >= 10, "the demo site has every page type"

    over = {
        name: count
        for name, page in one_of_each.items()
        if (count := queries_for(client, page.url)) > MAX_QUERIES
    }

    assert over == {}


def test_a_missing_page_takes_at_most_three_queries(client, full_site, uncached):
    assert queries_for(client, "/nl/bestaat-niet/") <= 3


def test_a_page_is_served_from_the_cache_without_a_query(client, full_site):
    url = full_site.pages["faq"]["nl"].url
    first = client.get(url)
    assert first[HEADER] == "miss"

    with CaptureQueriesContext(connection) as context:
        second = client.get(url)

    assert second[HEADER] == "hit"
    assert len(context.captured_queries) == 0
    assert second.content == first.content
    for header in ("Content-Security-Policy", "X-Frame-Options", "Content-Language"):
        assert second[header] == first[header]


def test_publishing_invalidates_the_cache_at_once(client, full_site):
    home = full_site.homes["nl"].specific
    faq = full_site.pages["faq"]["nl"].specific
    client.get(home.url)
    client.get(faq.url)
    assert client.get(faq.url)[HEADER] == "hit"

    faq.title = "Vragen en antwoorden"
    faq.save_revision().publish()

    fresh = client.get(faq.url)
    assert fresh[HEADER] == "miss"
    assert "Vragen en antwoorden" in fresh.content.decode()
    assert client.get(home.url)[HEADER] == "miss", "every page, not only the edited"


def test_an_unpublished_page_is_gone_at_once(client, full_site):
    faq = full_site.pages["faq"]["nl"].specific
    client.get(faq.url)
    assert client.get(faq.url)[HEADER] == "hit"

    faq.unpublish()

    assert client.get(faq.url).status_code == 404


def test_a_settings_change_shows_at_once(client, full_site):
    home = full_site.homes["nl"]
    client.get(home.url)
    settings_ = SiteSettings.for_site(full_site.site)
    settings_.contact_phone = "0800 123 45 67"
    settings_.save()

    response = client.get(home.url)

    assert response[HEADER] == "miss"
    assert "0800 123 45 67" in response.content.decode()


def test_the_wizard_is_never_cached(client, seeded):
    run = WizardRun(client, "nl")
    step = run.start()

    for _attempt in range(2):
        response = client.get(step)
        assert HEADER not in response
        assert "no-store" in response["Cache-Control"]


def test_a_visitor_with_a_session_gets_a_fresh_page(client, seeded):
    url = seeded.homes["nl"].url
    client.get(url)
    assert client.get(url)[HEADER] == "hit"

    WizardRun(client, "nl").start()  # now there is a session

    assert HEADER not in client.get(url)


def test_query_strings_and_the_admin_are_never_cached(
    client, full_site, django_user_model
):
    url = full_site.homes["nl"].url + "?utm_source=x"
    client.get(url)
    assert HEADER not in client.get(url)

    admin = django_user_model.objects.create_superuser("editor", password="x")
    login_staff(client, admin)
    client.get("/admin/")
    assert HEADER not in client.get("/admin/")
