"""The home and standard pages render in both languages with correct language data."""

import pytest

from content.models import HomePage, StandardPage
from tests.conftest import parse
from tests.staff import login_staff, staff_member

TEXTS = {
    "nl": {
        "skip": "Direct naar de inhoud",
        "exit": "Snel weg",
        "privacy": "Privacyverklaring",
    },
    "en": {
        "skip": "Skip to main content",
        "exit": "Leave this site",
        "privacy": "Privacy statement",
    },
}


# The home page's only h1 says what the site does (issue 13), not just its name.
H1 = {
    "nl": "Herstelrecht na een misdrijf of ongeval: uitleg en aanmelden",
    "en": "Restorative justice after a crime or accident: information and registration",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_home_page_renders_in_its_language(client, seeded, lang):
    response = client.get(f"/{lang}/")

    assert response.status_code == 200
    doc = parse(response)
    assert doc.html["lang"] == lang
    assert doc.h1.get_text(strip=True) == H1[lang]
    assert doc.select_one("a.skip-link").get_text(strip=True) == TEXTS[lang]["skip"]
    assert doc.select_one("a.skip-link")["href"] == "#main"
    assert doc.select_one("main#main") is not None
    exit_link = doc.select_one("[data-quick-exit]")
    assert TEXTS[lang]["exit"] in exit_link.get_text()
    # Through the portal's exit, which ends the session, to the neutral site.
    assert exit_link["href"] == "/exit/"
    assert client.get(exit_link["href"])["Location"] == "https://www.buienradar.nl/"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_home_page_announces_both_languages_with_hreflang(client, seeded, lang):
    doc = parse(client.get(f"/{lang}/"))

    alternates = {
        link["hreflang"]: link["href"] for link in doc.select('link[rel="alternate"]')
    }
    assert alternates == {
        # The site's address (content/public_address.py), not the request's host.
        "nl": "http://localhost/nl/",
        "en": "http://localhost/en/",
        "x-default": "http://localhost/nl/",
    }


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_footer_shows_contact_settings_and_the_localised_privacy_link(
    client, seeded, lang
):
    doc = parse(client.get(f"/{lang}/"))
    footer = doc.select_one("footer")

    assert "030 000 0000" in footer.get_text()
    assert footer.select_one('a[href^="mailto:"]')["href"] == (
        "mailto:aanmelden@herstelwijzer.example"
    )
    privacy = footer.find("a", string=TEXTS[lang]["privacy"])
    assert privacy["href"] == f"/{lang}/privacy/"
    opening = {"nl": "Maandag tot en met vrijdag", "en": "Monday to Friday"}[lang]
    assert opening in footer.get_text()


def test_standard_page_renders_its_body(client, seeded):
    doc = parse(client.get("/en/privacy/"))

    assert doc.html["lang"] == "en"
    assert doc.h1.get_text(strip=True) == "Privacy statement"
    assert doc.find("h2", string="Leaving this website quickly") is not None
    assert doc.find("meta", attrs={"name": "description"})["content"].startswith(
        "What we do with your data"
    )


def test_editing_site_settings_changes_the_quick_exit_target(client, seeded):
    from content.models import SiteSettings

    site_settings = SiteSettings.for_site(seeded.site)
    site_settings.quick_exit_url = "https://weather.example/"
    site_settings.save()

    doc = parse(client.get("/nl/"))

    response = client.get(doc.select_one("[data-quick-exit]")["href"])
    assert response["Location"] == "https://weather.example/"


def test_page_types_only_go_where_they_belong(seeded):
    root = seeded.homes["nl"].get_parent()

    assert HomePage.can_exist_under(root)
    assert not StandardPage.can_exist_under(root)
    assert StandardPage.can_exist_under(seeded.homes["nl"])
    assert StandardPage.can_exist_under(seeded.privacy["nl"])
    assert not HomePage.can_exist_under(seeded.homes["nl"])


def test_only_staff_see_wagtails_userbar_on_a_page(client, seeded):
    """The userbar (edit this page) is for logged-in staff; visitors never get it."""
    assert parse(client.get("/nl/")).select_one("wagtail-userbar") is None

    login_staff(client, staff_member("Redactie"))
    assert parse(client.get("/nl/")).select_one("wagtail-userbar") is not None


def test_the_assets_have_the_addresses_of_the_static_files(client, seeded):
    """Kept with the page's frame (``sitewide_cache``): the same files linked on
    every page, in both languages."""
    heads = [parse(client.get(f"/{lang}/")).head for lang in ("nl", "en")]

    for head in heads:
        assert head.select_one('link[rel="stylesheet"]')["href"].startswith(
            "/static/css/portal"
        )
        assert [s["src"] for s in head.select("script[src]")][:2] == [
            s["src"] for s in heads[0].select("script[src]")
        ][:2]
