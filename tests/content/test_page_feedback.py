"""'Was deze pagina nuttig?' (issue 14): the two links at the end of every page,
the phase banner and the header's organisation line, the anonymous form (nothing
that identifies a visitor is stored, contact details typed into a comment are
blanked, junk never gives a 500), its limit, and the report Redactie reads."""

import datetime

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

import pytest

from content.feedback.forms import scrub
from content.groups import REDACTIE
from content.models import PageFeedback, SiteSettings
from signup.desk import access
from tests.conftest import parse
from tests.staff import login_staff, staff_member

FEEDBACK = {"nl": "/nl/reactie/", "en": "/en/feedback/"}


def test_the_feedback_addresses_are_translated():
    for lang, address in FEEDBACK.items():
        with translation.override(lang):
            assert reverse("content:feedback") == address


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_ends_with_yes_and_no_links_and_stays_cacheable(
    client, full_site, lang
):
    page = full_site.pages["about"][lang]
    response = client.get(page.url)
    soup = parse(response)

    block = soup.select_one("main .page-feedback")
    links = [a["href"] for a in block.select("a")]
    assert links == [
        f"{FEEDBACK[lang]}?page={page.pk}&useful=yes",
        f"{FEEDBACK[lang]}?page={page.pk}&useful=no",
    ]
    assert not soup.select("main .page-feedback form"), "links, not a form"
    assert "Set-Cookie" not in response.headers
    assert "csrfmiddlewaretoken" not in response.content.decode()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_header_names_who_runs_the_portal_and_the_banner_links_feedback(
    client, full_site, lang
):
    page = full_site.pages["about"][lang]
    soup = parse(client.get(page.url))

    line = soup.select_one("header .site-header__organisation a")
    expected = {
        "nl": "In opdracht van het Ministerie van Justitie en Veiligheid",
        "en": "On behalf of the Ministry of Justice and Security",
    }
    assert line.get_text(strip=True) == expected[lang]
    assert line["href"] == page.url
    banner = soup.select_one("header .phase-banner")
    assert banner.select_one("a")["href"] == f"{FEEDBACK[lang]}?page={page.pk}"


def test_the_banner_goes_when_the_editor_switches_it_off(client, full_site):
    settings = SiteSettings.for_site(full_site.site)
    settings.show_phase_banner = False
    settings.save()
    cache.clear()

    soup = parse(client.get("/nl/"))
    assert soup.select(".phase-banner") == []
    assert soup.select(".page-feedback"), "the end-of-page question stays"


def test_the_form_asks_about_the_page_with_the_answer_chosen(client, full_site):
    page = full_site.pages["about"]["nl"]
    response = client.get(f"/nl/reactie/?page={page.pk}&useful=no")
    soup = parse(response)

    assert response.status_code == 200
    assert "no-store" in response.headers["Cache-Control"]
    assert soup.select_one("h1").get_text(strip=True) == "Was deze pagina nuttig?"
    assert page.title in soup.select_one(".feedback__about").get_text()
    assert soup.select_one("#id_useful_1").has_attr("checked")  # "Nee"
    assert not soup.select_one("#id_useful_0").has_attr("checked")
    assert soup.select_one('input[name="page"]')["value"] == str(page.pk)


def test_an_answer_is_stored_with_nothing_that_identifies_the_visitor(
    client, full_site
):
    page = full_site.pages["about"]["en"]
    response = client.post(
        "/en/feedback/",
        {
            "subject": "page",
            "page": page.pk,
            "useful": "no",
            "comment": "Call me on 06-12345678 or mail anna@example.nl. Since 2024.",
        },
        REMOTE_ADDR="192.0.2.7",
        HTTP_USER_AGENT="Testbrowser/1.0",
    )

    assert response.status_code == 302
    assert response["Location"] == f"/en/feedback/sent/?page={page.pk}"
    answer = PageFeedback.objects.get()
    assert (answer.page_id, answer.useful, answer.language) == (page.pk, False, "en")
    assert answer.comment == "Call me on […] or mail […]. Since 2024."
    assert answer.received_on == datetime.date.today()
    # What is stored at all: no address, agent, session, user or time of day.
    stored = {field.attname for field in PageFeedback._meta.concrete_fields}
    assert stored == {
        "id",
        "subject",
        "page_id",
        "useful",
        "comment",
        "language",
        "received_on",
    }
    thanks = parse(client.get(response["Location"]))
    assert thanks.select_one("h1").get_text(strip=True) == "Thank you for your feedback"
    assert thanks.select_one(f'main a[href="{page.url}"]')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bel 0612345678", "bel […]"),
        ("+31 (0)30 123 45 67 graag", "[…] graag"),
        ("030-1234567", "[…]"),
        ("mail a.b+c@mail.example.org", "mail […]"),
        ("in 2024 en 2025, 93% van 1.651", "in 2024 en 2025, 93% van 1.651"),
        ("pagina 12 van 40", "pagina 12 van 40"),
    ],
)
def test_contact_details_in_a_comment_are_blanked(text, expected):
    assert scrub(text) == expected


def test_feedback_about_registering_names_no_step(client, full_site):
    response = client.post(
        "/nl/reactie/", {"subject": "registration", "page": "5", "useful": "yes"}
    )

    answer = PageFeedback.objects.get()
    assert (answer.subject, answer.page, answer.useful) == ("registration", None, True)
    thanks = client.get(response["Location"])
    assert "aanmelden" in parse(client.get("/nl/reactie/?about=registration")).h1.text
    assert thanks.status_code == 200


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"useful": "maybe"},
        {"useful": "yes", "page": "abc", "subject": "<script>"},
        {"useful": "yes", "page": "-1"},
        {"useful": "yes", "page": "99999999999999999999"},
        {"useful": "no", "comment": "x" * 1001},
        {"useful": ["yes", "no"], "comment": ["a", "b"]},
    ],
)
def test_junk_is_refused_or_ignored_never_an_error(client, full_site, data):
    response = client.post("/nl/reactie/", data)

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert parse(response).select_one("[data-error-summary]")
        assert PageFeedback.objects.count() == 0
    else:
        assert PageFeedback.objects.get().page is None


def test_a_page_that_is_not_public_is_not_named(client, full_site):
    page = full_site.pages["about"]["nl"]
    page.unpublish()

    client.post("/nl/reactie/", {"page": page.pk, "useful": "yes"})
    assert PageFeedback.objects.get().page is None
    form = parse(client.get(f"/nl/reactie/?page={page.pk}"))
    assert form.select(".feedback__about") == []
    assert form.h1.get_text(strip=True) == "Hebt u gevonden wat u zocht?"


def test_a_bot_filling_the_honeypot_stores_nothing(client, full_site):
    response = client.post("/nl/reactie/", {"useful": "yes", "website": "spam"})

    assert response.status_code == 302
    assert PageFeedback.objects.count() == 0


def test_more_answers_than_the_limit_get_a_friendly_page(client, full_site, settings):
    settings.FEEDBACK_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post("/nl/reactie/", {"useful": "yes"}).status_code == 302

    response = client.post("/nl/reactie/", {"useful": "yes"})

    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert PageFeedback.objects.count() == 2


@pytest.fixture
def answers(full_site):
    about = full_site.pages["about"]["nl"]
    PageFeedback.objects.create(page=about, useful=False, comment="=1+2", language="nl")
    PageFeedback.objects.create(subject="registration", useful=True, language="en")
    return about


def test_redactie_reads_the_answers_and_exports_them_safely(client, answers):
    login_staff(client, staff_member(REDACTIE))

    response = client.get(reverse("page_feedback"))
    assert response.status_code == 200
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in parse(response).select("tbody tr")
    ]
    assert [row[1:4] for row in rows] == [
        ["Aanmelden", "Ja", ""],
        [answers.title, "Nee", "=1+2"],
    ]
    only_no = parse(client.get(reverse("page_feedback"), {"useful": "false"}))
    assert len(only_no.select("tbody tr")) == 1
    csv = b"".join(
        client.get(reverse("page_feedback"), {"export": "csv"}).streaming_content
    ).decode()
    assert "'=1+2" in csv
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("page_feedback") in menu


@pytest.mark.parametrize("group", [access.BEHEER, *access.DESK_GROUPS])
def test_other_staff_do_not_see_the_answers(client, answers, group):
    login_staff(client, staff_member(group))

    assert client.get(reverse("page_feedback")).status_code in (302, 403)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("page_feedback") not in menu


def test_from_a_youth_page_the_form_says_je(client, full_site):
    page = full_site.pages["youth-halt"]["nl"]
    soup = parse(client.get(page.url))
    no = soup.select_one(".page-feedback a[href*='useful=no']")["href"]
    assert no == f"/nl/reactie/?page={page.pk}&useful=no&youth=1"

    form = parse(client.get(no))
    text = form.select_one("main").get_text(" ", strip=True)
    assert "Schrijf hier niet je naam" in text
    assert "We bewaren niet je naam" in text
    assert " uw " not in f" {text} "
    assert form.select_one('input[name="youth"]')["value"] == "1"

    sent = client.post("/nl/reactie/", {"page": page.pk, "useful": "no", "youth": "1"})
    assert sent["Location"] == f"/nl/reactie/verstuurd/?page={page.pk}&youth=1"
    thanks = parse(client.get(sent["Location"]))
    assert thanks.h1.get_text(strip=True) == "Bedankt voor je reactie"
