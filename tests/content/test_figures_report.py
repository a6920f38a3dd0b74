"""Reports > Figures to check: the figures nobody compared with their source in the
last 12 months (or never), oldest first, each with a link to edit it; only for
Redactie and superusers. And Snippets > Figures for Redactie."""

import datetime
from decimal import Decimal

from django.urls import reverse

import pytest

from content.figures_admin import figures_to_check
from content.groups import REDACTIE
from content.models import Figure
from content.models.figures import months_ago
from signup.desk import access
from tests.conftest import parse
from tests.staff import login_staff, staff_member

TODAY = datetime.date(2026, 12, 2)  # for the date arithmetic only


def make(key: str, checked_on: datetime.date | None) -> Figure:
    return Figure.objects.create(
        key=key,
        value=Decimal(1),
        label_nl="iets",
        label_en="something",
        year=2024,
        source_nl="Bron",
        checked_on=checked_on,
    )


@pytest.fixture
def dated(db) -> dict[str, Figure]:
    Figure.objects.all().delete()  # only these figures
    today = datetime.date.today()
    edge = months_ago(today, 12)
    return {
        "fresh": make("test-fresh", today),
        "edge": make("test-edge", edge),  # exactly 12 months ago: not yet due
        "day-over": make("test-day-over", edge - datetime.timedelta(days=1)),
        "old": make("test-old", months_ago(today, 43)),
        "never": make("test-never", None),
    }


def test_months_ago_keeps_the_day_or_takes_the_last_of_a_short_month():
    assert months_ago(TODAY, 12) == datetime.date(2025, 12, 2)
    assert months_ago(datetime.date(2024, 2, 29), 12) == datetime.date(2023, 2, 28)
    assert months_ago(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)


def test_older_than_twelve_months_or_never_checked_oldest_first(dated):
    today = datetime.date.today()
    listed = [figure.key for figure in figures_to_check(today)]

    assert listed == ["test-never", "test-old", "test-day-over"]
    assert not dated["edge"].is_due_for_check(today)
    assert dated["day-over"].is_due_for_check(today)
    assert not dated["fresh"].is_due_for_check(today)
    # A day later, the one checked exactly 12 months ago is due too.
    tomorrow = today + datetime.timedelta(days=1)
    assert "test-edge" in [figure.key for figure in figures_to_check(tomorrow)]


@pytest.fixture
def redactie_client(client, seeded):
    login_staff(client, staff_member(REDACTIE))
    return client


def test_redactie_sees_the_report_with_a_link_to_edit_each(redactie_client, dated):
    response = redactie_client.get(reverse("figures_to_check"))

    assert response.status_code == 200
    rows = parse(response).select("tbody tr")
    assert [row.select_one("a").get_text(strip=True) for row in rows] == [
        "test-never",
        "test-old",
        "test-day-over",
    ]
    edit = reverse(
        Figure.snippet_viewset.get_url_name("edit"), args=[dated["never"].pk]
    )
    assert rows[0].select_one("a")["href"] == edit
    assert redactie_client.get(edit).status_code == 200
    menu = redactie_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("figures_to_check") in menu


def test_a_superuser_sees_the_report(client, seeded, dated, django_user_model):
    login_staff(client, django_user_model.objects.create_superuser("su", password="x"))

    assert client.get(reverse("figures_to_check")).status_code == 200


@pytest.mark.parametrize("group", [access.BEHEER, *access.DESK_GROUPS])
def test_other_staff_neither_see_the_report_nor_the_register(client, seeded, group):
    login_staff(client, staff_member(group))

    assert client.get(reverse("figures_to_check")).status_code in (302, 403)
    listing = reverse(Figure.snippet_viewset.get_url_name("list"))
    assert client.get(listing).status_code in (302, 403)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("figures_to_check") not in menu


def test_redactie_adds_a_figure_in_the_register(redactie_client):
    add = reverse(Figure.snippet_viewset.get_url_name("add"))
    data = {
        "key": "test-nieuw",
        "value": "1651",
        "kind": "count",
        "qualifier": "",
        "label_nl": "aanmeldingen",
        "label_en": "registrations",
        "year": "2024",
        "year_end": "",
        "period_note_nl": "",
        "period_note_en": "",
        "source_nl": "Jaarverslag 2024 Perspectief Herstelbemiddeling",
        "source_en": "",
        "source_page": "",
        "source_url": "",
        "checked_on": "2026-12-02",
    }

    refused = redactie_client.post(add, {**data, "kind": "percentage", "value": "140"})
    assert refused.status_code == 200
    assert not Figure.objects.filter(key="test-nieuw").exists()

    response = redactie_client.post(add, data)
    assert response.status_code == 302
    assert Figure.objects.get(key="test-nieuw").formatted_value("en") == "1,651"
