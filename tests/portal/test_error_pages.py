"""Error pages speak the visitor's language and offer a way on."""

import pytest

from tests.conftest import parse
from tests.staff import login_staff


@pytest.mark.parametrize(
    ("path", "lang", "heading", "home"),
    [
        ("/nl/bestaat-niet/", "nl", "Pagina niet gevonden", "/nl/"),
        ("/en/does-not-exist/", "en", "Page not found", "/en/"),
        ("/en/privacy/no/such/page/", "en", "Page not found", "/en/"),
    ],
)
def test_404_in_the_language_of_the_url(client, seeded, path, lang, heading, home):
    response = client.get(path)

    assert response.status_code == 404
    doc = parse(response)
    assert doc.html["lang"] == lang
    assert doc.h1.get_text(strip=True) == heading
    assert doc.select_one("main").find("a")["href"] == home
    other = "en" if lang == "nl" else "nl"
    switcher = doc.select_one("nav.language-switcher")
    assert switcher.select_one(f'a[hreflang="{other}"]')["href"] == f"/{other}/"
    assert not doc.select('link[rel="alternate"]')


@pytest.mark.parametrize(
    ("path", "search"), [("/nl/weg/", "/nl/zoeken/"), ("/en/gone/", "/en/search/")]
)
def test_404_offers_a_search_of_its_language(client, full_site, path, search):
    doc = parse(client.get(path))

    form = doc.select_one("main form[role=search]")
    assert form is not None
    assert form["action"] == search
    assert form.select_one('input[type="search"][name="q"]') is not None


def test_admin_login_page_renders(client, seeded):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    doc = parse(response)
    assert doc.select_one('input[name="username"]') is not None
    assert doc.select_one('input[name="password"]') is not None


def test_admin_dashboard_for_a_superuser(client, seeded, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", "", "x")
    login_staff(client, user)

    assert client.get("/admin/").status_code == 200


def test_a_request_we_cannot_understand_gets_a_bilingual_page(client, seeded):
    response = client.get("/nl/", HTTP_HOST="not-our-site.example")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Verzoek niet begrepen" in html
    assert 'lang="en"' in html and "Request not understood" in html


def test_a_404_writes_no_log_line_and_other_warnings_still_do(client, seeded, caplog):
    with caplog.at_level("INFO", logger="django.request"):
        client.get("/nl/bestaat-niet/?naam=iemand")
        client.post("/health/")  # 405: a method this address does not take

    messages = [record.getMessage() for record in caplog.records]
    assert not any("bestaat-niet" in message for message in messages)
    assert any("Method Not Allowed" in message for message in messages), messages


def test_health_says_ok_while_the_database_answers(client, db):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]
