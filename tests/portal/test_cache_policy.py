"""Every answer says how it may be cached (portal/cache_policy.py): a shared
front cache keeps published pages for anonymous visitors and nothing else."""

from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

import pytest

from content.models import SearchPage
from portal.cache_policy import PRIVATE, policy_for
from tests.signup.wizard import WizardRun, persona
from tests.staff import login_staff

PUBLIC = (
    f"public, max-age={settings.PUBLIC_PAGE_BROWSER_SECONDS}, "
    f"s-maxage={settings.PUBLIC_PAGE_SHARED_SECONDS}"
)


def privacy_url() -> str:
    return Page.objects.get(slug="privacy", locale__language_code="nl").url


def directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def is_private_no_store(response) -> bool:
    return {"private", "no-store"} <= directives(response)


def a_signed_in_editor(client, django_user_model):
    editor = django_user_model.objects.create_superuser("redactie", "r@example.nl", "x")
    login_staff(client, editor)
    return editor


# What to ask, and what must come back.
def public_page(client, **_):
    return client.get(privacy_url())


def public_page_from_the_page_cache(client, **_):
    client.get(privacy_url())
    response = client.get(privacy_url())
    assert response["X-Page-Cache"] == "hit"
    return response


def public_page_with_a_query(client, **_):
    return client.get(privacy_url() + "?benchmark=uncached")


def public_page_for_a_visitor_with_a_session(client, **_):
    session = client.session  # as half-way through the wizard
    session["answered"] = True
    session.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    return client.get(privacy_url())


def not_found(client, **_):
    return client.get("/nl/bestaat-niet/")


def wizard_step(client, **_):
    with translation.override("nl"):
        return client.get(reverse("signup:start"), follow=True)


def confirmation(client, **_):
    return WizardRun(client).complete(persona())


def admin_login(client, **_):
    return client.get("/admin/login/")


def admin_dashboard(client, django_user_model, **_):
    a_signed_in_editor(client, django_user_model)
    return client.get("/admin/")


def preview(client, django_user_model, **_):
    a_signed_in_editor(client, django_user_model)
    page = Page.objects.get(slug="privacy", locale__language_code="nl")
    return client.get(f"/admin/pages/{page.pk}/view_draft/")


def password_restricted_page(client, **_):
    page = Page.objects.get(slug="privacy", locale__language_code="nl")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    return client.get(page.url)


def login_restricted_page(client, **_):
    page = Page.objects.get(slug="privacy", locale__language_code="nl")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    return client.get(page.url)


def quick_exit(client, **_):
    return client.get(reverse("quick_exit"))


CASES = [
    (public_page, 200, lambda r: r["Cache-Control"] == PUBLIC),
    (public_page_from_the_page_cache, 200, lambda r: r["Cache-Control"] == PUBLIC),
    (public_page_with_a_query, 200, is_private_no_store),
    (public_page_for_a_visitor_with_a_session, 200, is_private_no_store),
    (not_found, 404, lambda r: r["Cache-Control"] == "private, no-cache"),
    (wizard_step, 200, is_private_no_store),
    (confirmation, 200, is_private_no_store),
    (admin_login, 200, is_private_no_store),
    (admin_dashboard, 200, is_private_no_store),
    (preview, 200, is_private_no_store),
    (password_restricted_page, 200, is_private_no_store),
    (login_restricted_page, 302, is_private_no_store),
    (quick_exit, 302, is_private_no_store),
]


@pytest.mark.parametrize(
    ("ask", "status", "expected"), CASES, ids=[case[0].__name__ for case in CASES]
)
def test_every_kind_of_answer_says_how_it_may_be_cached(
    client, seeded, django_user_model, ask, status, expected
):
    response = ask(client, django_user_model=django_user_model)

    assert response.status_code == status
    assert expected(response), response["Cache-Control"]
    if "public" in directives(response):
        assert not response.cookies, "a shared answer sets no cookie"


def test_search_results_are_never_shared(client, full_site):
    search = SearchPage.objects.get(locale__language_code="nl")

    response = client.get(search.url + "?q=bemiddeling")

    assert response.status_code == 200
    assert is_private_no_store(response)


def test_robots_txt_keeps_its_own_day(client, db):
    response = client.get("/robots.txt")

    assert directives(response) == {"public", "max-age=86400"}


def test_an_answer_that_sets_a_cookie_is_private_whatever_the_view_said():
    request = RequestFactory().get("/nl/")
    response = HttpResponse("x", headers={"Cache-Control": "public, max-age=60"})
    response.set_cookie("anything", "1")

    assert policy_for(request, response) == PRIVATE
