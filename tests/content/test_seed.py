"""The demo set-up is idempotent and creates a superuser in development only."""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Locale, Page, Site

from content.models import HomePage, SiteSettings


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("pk", "title", "locale__language_code", "live")
        ),
        "revisions": sorted(Page.objects.values_list("pk", "latest_revision_id")),
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "sites": list(Site.objects.values_list("root_page_id", "is_default_site")),
        "settings": list(SiteSettings.objects.values()),
    }


def test_seed_creates_both_home_pages_as_translations(db):
    call_command("seed_content", stdout=io.StringIO())

    nl = HomePage.objects.get(locale__language_code="nl")
    en = HomePage.objects.get(locale__language_code="en")
    assert nl.translation_key == en.translation_key
    assert nl.live and en.live
    assert Site.objects.get(is_default_site=True).root_page_id == nl.pk
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_seed_twice_changes_nothing(db):
    call_command("seed_content", stdout=io.StringIO())
    first = snapshot()

    call_command("seed_content", stdout=io.StringIO())

    assert snapshot() == first


def test_seed_keeps_an_editors_changes(db):
    call_command("seed_content", stdout=io.StringIO())
    home = HomePage.objects.get(locale__language_code="nl")
    home.intro = "Door de redactie aangepast."
    home.save_revision().publish()

    call_command("seed_content", stdout=io.StringIO())

    home.refresh_from_db()
    assert home.intro == "Door de redactie aangepast."


def test_setup_demo_creates_a_superuser_only_in_development(db, settings):
    out = io.StringIO()
    call_command("setup_demo", stdout=out)
    assert not get_user_model().objects.exists()
    assert "no local superuser" in out.getvalue()

    settings.PORTAL_ENVIRONMENT = "development"
    out = io.StringIO()
    call_command("setup_demo", stdout=out)

    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    password = out.getvalue().split("admin / ")[1].split()[0]
    assert user.check_password(password)

    out = io.StringIO()
    call_command("setup_demo", stdout=out)
    assert get_user_model().objects.count() == 5, "admin and four desk accounts"
    assert "admin / " not in out.getvalue()
    assert user.check_password(password)
