"""The suite's site fixtures (tests/conftest.py): each process builds a site once, and
still every test sees exactly the site it asks for, whatever ran before it."""

from wagtail.models import Page

from content.models import HomePage


def pages() -> set[tuple[str, str]]:
    return set(
        Page.objects.filter(depth__gt=1).values_list("slug", "locale__language_code")
    )


def test_a_database_test_sees_the_database_as_migrated(db):
    assert not HomePage.objects.exists()
    assert pages() == {("home", "nl")}, "only Wagtail's welcome page"


def test_seeded_is_the_home_pages_and_the_privacy_statement_only(seeded):
    expected = {
        (page.slug, lang)
        for group in (seeded.homes, seeded.privacy)
        for lang, page in group.items()
    }

    assert pages() == expected
    assert len(expected) == 4


def test_full_site_is_the_whole_demo_site(full_site):
    expected = {(page.slug, lang) for lang, page in full_site.homes.items()} | {
        (page.slug, lang)
        for translations in full_site.pages.values()
        for lang, page in translations.items()
    }

    assert pages() == expected
    assert len(full_site.pages) > 30
