"""The figures register: formatting in both languages, ``[cijfer:key]`` and
``[jaar:key]`` in rendered text, the error for an unknown key, and one edit of a
figure showing on every page at once, also from the page cache."""

import datetime
import logging
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from content import figure_tokens
from content.blocks import ParagraphBlock
from content.models import FaqPage, Figure, StandardPage
from content.page_cache import HEADER
from tests.conftest import parse
from tests.staff import login_staff

NBSP = "\N{NO-BREAK SPACE}"


def figure(**fields) -> Figure:
    values = {
        "key": "test-figuur",
        "value": Decimal("1651"),
        "kind": Figure.Kind.COUNT,
        "label_nl": "aanmeldingen",
        "label_en": "registrations",
        "year": 2024,
        "source_nl": "Jaarverslag 2024 Perspectief Herstelbemiddeling",
        "checked_on": datetime.date(2026, 12, 1),
    }
    values.update(fields)
    return Figure(**values)


@pytest.mark.parametrize(
    ("value", "kind", "qualifier", "nl", "en"),
    [
        ("1651", "count", "", "1.651", "1,651"),
        ("23000", "count", "", "23.000", "23,000"),
        ("801500", "count", "", "801.500", "801,500"),
        ("41", "count", "", "41", "41"),
        ("40", "percentage", "", "40%", "40%"),
        ("1", "percentage", "less_than", "minder dan 1%", "less than 1%"),
        ("95", "percentage", "about", "ongeveer 95%", "about 95%"),
        ("0.5", "percentage", "", "0,5%", "0.5%"),
        ("1350", "euro", "", f"€{NBSP}1.350", "€1,350"),
        ("1350.50", "euro", "", f"€{NBSP}1.350,50", "€1,350.50"),
    ],
)
def test_a_figure_is_written_as_each_language_writes_numbers(
    value, kind, qualifier, nl, en
):
    shown = figure(value=Decimal(value), kind=kind, qualifier=qualifier)

    assert shown.formatted_value("nl") == nl
    assert shown.formatted_value("en") == en


def test_the_period_is_a_year_a_range_or_since_and_never_invented():
    assert figure(year=2024).period("nl") == "2024"
    assert figure(year=2017, year_end=2019).period("en") == "2017–2019"
    assert figure(year=2022, since=True).period("nl") == "sinds 2022"
    assert figure(year=2022, since=True).period("en") == "since 2022"
    no_year = figure(
        year=None,
        period_note_nl="in het onderzoek van het NSCR",
        period_note_en="in the NSCR study",
    )
    assert no_year.period("nl") == "in het onderzoek van het NSCR"
    assert no_year.period("en") == "in the NSCR study"


def test_the_source_names_its_page_when_known():
    shown = figure(source_en="Annual report 2024", source_page="12")

    assert shown.source("nl").endswith(", p. 12")
    assert shown.source("en") == "Annual report 2024, p. 12"
    assert figure(source_en="").source("en") == shown.source_nl


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"key": "Met Hoofdletters"}, "key"),
        ({"kind": "percentage", "value": Decimal("140")}, "value"),
        ({"kind": "count", "value": Decimal("12.5")}, "value"),
        ({"year": None}, "year"),
        ({"year": 2019, "year_end": 2017}, "year_end"),
        ({"year": None, "year_end": 2019, "period_note_nl": "x"}, "year"),
        ({"year": None, "since": True}, "year"),
        ({"period_note_nl": "tot november"}, "period_note_en"),
        ({"label_en": ""}, "label_en"),
        ({"source_nl": ""}, "source_nl"),
    ],
)
def test_the_form_refuses_a_figure_that_cannot_be_shown_right(db, fields, field):
    with pytest.raises(ValidationError) as error:
        figure(**fields).full_clean()

    assert field in error.value.message_dict


def test_a_complete_figure_is_valid(db):
    figure().full_clean()
    figure(
        year=None, period_note_nl="volgens de bron", period_note_en="per the source"
    ).full_clean()


@pytest.fixture
def registered(db) -> Figure:
    saved = figure(key="test-aanmeldingen")
    saved.save()
    figure(
        key="test-aandeel",
        value=Decimal("1"),
        kind=Figure.Kind.PERCENTAGE,
        qualifier=Figure.Qualifier.LESS_THAN,
        year=2022,
        since=True,
    ).save()
    return saved


def test_tokens_become_marked_up_values_in_the_language(registered):
    text = (
        "<p>[cijfer:test-aanmeldingen] in [jaar:test-aanmeldingen]; "
        "[cijfer:test-aandeel].</p>"
    )

    nl = parse_html(figure_tokens.substitute_html(text_safe(text), "nl"))
    en = parse_html(figure_tokens.substitute_html(text_safe(text), "en"))

    data = nl.select_one('data.figure[data-figure="test-aanmeldingen"]')
    assert data.get_text() == "1.651" and data["value"] == "1651"
    assert nl.select_one("span.figure-period").get_text() == "2024"
    assert nl.select("data.figure")[1].get_text() == "minder dan 1%"
    assert en.select_one("data.figure").get_text() == "1,651"
    assert en.select("data.figure")[1].get_text() == "less than 1%"
    assert "[" not in nl.get_text() and "[" not in en.get_text()


def test_plain_text_is_escaped_before_tokens_are_filled_in(registered):
    shown = figure_tokens.substitute_html("<b>[cijfer:test-aanmeldingen]</b>", "nl")

    assert shown.startswith("&lt;b&gt;<data")
    assert figure_tokens.substitute_text("[cijfer:test-aanmeldingen] x", "en") == (
        "1,651 x"
    )


def test_a_token_inside_a_tag_is_left_alone(registered):
    html = (
        '<p><a href="/x?[cijfer:test-aanmeldingen]">[cijfer:test-aanmeldingen]</a></p>'
    )

    shown = figure_tokens.substitute_html(text_safe(html), "nl")

    assert 'href="/x?[cijfer:test-aanmeldingen]"' in shown
    assert ">1.651</data></a>" in shown


def test_an_unknown_key_shows_nothing_and_logs_only_the_key(registered, caplog):
    text = "<p>Geheim verhaal [cijfer:bestaat-niet] en [cijfer:test-aanmeldingen].</p>"

    with caplog.at_level(logging.WARNING, logger="content.figure_tokens"):
        shown = figure_tokens.substitute_html(text_safe(text), "nl")

    assert parse_html(shown).get_text() == "Geheim verhaal  en 1.651."
    assert [record.getMessage() for record in caplog.records] == [
        "Unknown figure key in a published text: bestaat-niet"
    ]
    assert "Geheim" not in caplog.text


def test_the_register_is_read_once_per_content_generation(
    registered, django_assert_num_queries
):
    figure_tokens.figures()
    with django_assert_num_queries(0):
        figure_tokens.substitute_html(text_safe("<p>[cijfer:test-aanmeldingen]</p>"))

    registered.value = Decimal("1700")
    registered.save()

    with django_assert_num_queries(1):
        shown = figure_tokens.substitute_html(
            text_safe("<p>[cijfer:test-aanmeldingen]</p>")
        )
    assert "1.700" in shown


def test_an_unknown_key_is_a_validation_error_in_a_paragraph(registered):
    block = ParagraphBlock()
    block.clean(RichText("<p>[cijfer:test-aanmeldingen] en [jaar:test-aandeel]</p>"))

    for text in (
        "<p>[cijfer:bestaat-niet]</p>",
        "<p>[jaar:bestaat-niet]</p>",
        "<p>[cijfer: Test-Aanmeldingen]</p>",
    ):
        with pytest.raises(ValidationError) as error:
            block.clean(RichText(text))
        assert "bestaat-niet" in str(error.value) or "Test-Aanmeldingen" in str(
            error.value
        )


def test_an_unknown_key_in_the_intro_is_an_error_on_that_field(seeded, registered):
    page = StandardPage(title="Test", slug="test", intro="[cijfer:bestaat-niet]")

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "intro" in error.value.message_dict
    assert "bestaat-niet" in error.value.message_dict["intro"][0]


@pytest.fixture
def admin_client(client, seeded, django_user_model):
    user = django_user_model.objects.create_superuser("beheerder", password="x")
    login_staff(client, user)
    return client


def edit_post(admin_client, page, intro: str, paragraph: str):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": intro,
            "body": streamfield([("paragraph", rich_text(paragraph))]),
        }
    )
    return admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_the_editor_sees_the_error_when_saving(admin_client, seeded, registered):
    page = seeded.privacy["nl"]

    response = edit_post(
        admin_client, page, "[cijfer:bestaat-niet]", "<p>[jaar:ook-niet]</p>"
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "bestaat-niet" in content and "ook-niet" in content
    page.refresh_from_db()
    assert "bestaat-niet" not in page.intro

    response = edit_post(
        admin_client, page, "[cijfer:test-aanmeldingen]", "<p>[jaar:test-aandeel]</p>"
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro == "[cijfer:test-aanmeldingen]"


def token_page(seeded) -> dict:
    """A page in both languages with the figure in its intro, a paragraph, an
    accordion and (on an FAQ page) an answer."""
    home = seeded.homes["nl"]
    page = StandardPage(
        title="Tokens",
        slug="tokens",
        intro="Er waren [cijfer:test-aanmeldingen] aanmeldingen.",
        body=[
            (
                "paragraph",
                RichText(
                    "<p>In [jaar:test-aanmeldingen]: [cijfer:test-aanmeldingen].</p>"
                ),
            ),
            (
                "accordion",
                {
                    "items": [
                        {
                            "title": "Hoeveel?",
                            "content": RichText("<p>[cijfer:test-aanmeldingen]</p>"),
                        }
                    ]
                },
            ),
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    faq = FaqPage(
        title="Vragen",
        slug="vragen-tokens",
        intro="",
        groups=[
            (
                "topic",
                {
                    "heading": "Cijfers",
                    "items": [
                        {
                            "question": "Hoeveel aanmeldingen?",
                            "answer": RichText(
                                "<p>[cijfer:test-aanmeldingen] in "
                                "[jaar:test-aanmeldingen].</p>"
                            ),
                        }
                    ],
                },
            )
        ],
    )
    home.add_child(instance=faq)
    faq.save_revision().publish()
    english = page.copy_for_translation(seeded.homes["en"].locale)
    english.save_revision().publish()
    return {"nl": page, "faq": faq, "en": english.specific}


def figures_in(response) -> list[str]:
    main = parse(response).select_one("main")
    return [
        data.get_text()
        for data in main.select('data.figure[data-figure="test-aanmeldingen"]')
    ]


def test_intro_paragraph_accordion_and_faq_answer_show_the_figure(
    client, seeded, registered
):
    pages = token_page(seeded)

    assert figures_in(client.get(pages["nl"].url)) == ["1.651", "1.651", "1.651"]
    assert figures_in(client.get(pages["en"].url)) == ["1,651", "1,651", "1,651"]
    faq = client.get(pages["faq"].url)
    assert figures_in(faq) == ["1.651"]
    assert (
        "1.651 in 2024."
        in parse(faq).select_one('script[type="application/ld+json"]').string
    )
    page = parse(client.get(pages["nl"].url))
    assert page.select_one('meta[name="description"]')["content"] == (
        "Er waren 1.651 aanmeldingen."
    )
    assert "[cijfer:" not in client.get(pages["nl"].url).content.decode()


def test_one_edit_of_a_figure_changes_every_page_also_in_the_page_cache(
    client, seeded, registered
):
    pages = token_page(seeded)
    for page in pages.values():
        client.get(page.url)
        assert client.get(page.url)[HEADER] == "hit"

    registered.value = Decimal("1700")
    registered.year = 2025
    registered.save()

    for name, page in pages.items():
        response = client.get(page.url)
        assert response[HEADER] == "miss", name
        expected = "1,700" if name == "en" else "1.700"
        assert set(figures_in(response)) == {expected}, name
        assert "1.651" not in response.content.decode(), name
    assert (
        "2025"
        in parse(client.get(pages["faq"].url))
        .select_one("span.figure-period")
        .get_text()
    )


def parse_html(html: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(str(html), "html.parser")


def text_safe(html: str):
    from django.utils.safestring import mark_safe

    return mark_safe(html)
