"""No registration data in any of Wagtail's generic admin reports, nor in their
exports, for anyone outside the registration's team (issue 11): a permission
matrix over every report in the Reports menu (with its results view and its CSV
and XLSX export), Site history filtered to registrations, a page's history and the
dashboard. Beheer and superusers see every registration's history; a desk team
sees only its own teams' registrations, as in the desk itself."""

import contextlib
import csv
import io

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, resolve, reverse
from django.utils import translation

from wagtail import hooks
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page

import openpyxl
import pytest

from signup.desk import access, actions
from signup.models import CallAttempt, Registration
from tests.signup.factories import registered
from tests.signup.test_desk import CASES, MATRIX
from tests.staff import login_staff, staff_member

SUPERUSER = "superuser"
# Who sees the history of which team's registration: the desk's own matrix, and a
# superuser sees everything.
SEES = {**MATRIX, SUPERUSER: set(CASES)}


@pytest.fixture
def worked(seeded, friday, django_user_model) -> dict[str, Registration]:
    """A registration of each team of ``CASES``, opened, called, assigned and
    marked done by a colleague of that team whose name appears nowhere else, so
    every kind of audit entry exists for it."""
    worked = {}
    for team, answers in CASES.items():
        registration = registered(answers=answers)
        assert registration.callback.team == team
        group = next(g for g, teams in access.GROUP_TEAMS.items() if team in teams)
        colleague = staff_member(group, username=f"collega-{team}")
        colleague.first_name, colleague.last_name = "Collega", f"Van{team.title()}"
        colleague.save()
        actions.record_view(registration, colleague)
        actions.log_attempt(
            registration.callback, CallAttempt.Outcome.NO_ANSWER, "", colleague
        )
        actions.assign(registration.callback, colleague, colleague)
        actions.mark_done(registration.callback, colleague)
        worked[team] = registration
    return worked


def report_urls() -> dict[str, str]:
    """Every report in the admin's Reports menu (Wagtail's own and ours), with its
    results view where it has one, and each with its CSV and XLSX export."""
    urls = {}
    for register in hooks.get_hooks("register_reports_menu_item"):
        url = str(register().url)
        name = resolve(url).view_name
        urls[name] = url
        with contextlib.suppress(NoReverseMatch):
            urls[f"{name}_results"] = reverse(f"{name}_results")
    exports = [("", ""), (" CSV", "?export=csv"), (" XLSX", "?export=xlsx")]
    return {
        f"{name}{suffix}": f"{url}{query}"
        for name, url in urls.items()
        for suffix, query in exports
    }


def all_urls() -> dict[str, str]:
    registrations = ContentType.objects.get_for_model(Registration).pk
    site_history = reverse("wagtailadmin_reports:site_history")
    home_page = Page.objects.filter(depth=2).first()
    return {
        **report_urls(),
        "Site history of registrations": f"{site_history}?object_type={registrations}",
        "Site history of registrations CSV": (
            f"{site_history}?object_type={registrations}&export=csv"
        ),
        "Page history": reverse("wagtailadmin_pages:history", args=[home_page.pk]),
        "Dashboard": reverse("wagtailadmin_home"),
    }


def text_of(response) -> str:
    """What the response shows, as text: the page, the CSV, or every cell of the
    XLSX workbook."""
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    if response.get("Content-Type", "").startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    ):
        workbook = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
        return "\n".join(
            "\t".join("" if cell is None else str(cell) for cell in row)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    return body.decode()


def registration_type() -> set[str]:
    """How a Site history export names the type of a registration's entry, in
    either admin language."""
    content_type = ContentType.objects.get_for_model(Registration)
    names = set()
    for language in ("nl", "en"):
        with translation.override(language):
            names.add(str(get_content_type_label(content_type)))
    return names


def exported_ids(text: str) -> set[str]:
    """The ids of the registrations in the rows of a Site history export (CSV, or
    the XLSX as ``text_of`` reads it); nothing for any other response."""
    columns = LogEntriesView.list_export
    id_column, type_column = columns.index("object_id"), columns.index("content_type")
    delimiter = "\t" if "\t" in text.partition("\n")[0] else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows or len(rows[0]) != len(columns) or rows[0][id_column] != "ID":
        return set()
    names = registration_type()
    return {
        row[id_column]
        for row in rows[1:]
        if len(row) == len(columns) and row[type_column] in names
    }


def staff_user(name: str, django_user_model):
    if name == SUPERUSER:
        return django_user_model.objects.create_superuser("super", password="x")
    return staff_member(name)


def test_every_report_is_in_the_matrix(worked):
    """The reports the matrix covers: Wagtail's, and the ones this project adds.
    A new report is covered by itself (``report_urls`` reads the menu); this only
    shows that the menu was read."""
    names = set(report_urls())
    for report in [
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:site_history_results",
        "wagtailadmin_reports:site_history CSV",
        "wagtailadmin_reports:site_history XLSX",
        "wagtailadmin_reports:aging_pages",
        "wagtailadmin_reports:locked_pages",
        "wagtailadmin_reports:workflow",
        "wagtailadmin_reports:workflow_tasks",
        "wagtailadmin_reports:page_types_usage",
        "missing_translations",
        "registration:statistics",
    ]:
        assert report in names


@pytest.mark.parametrize("user_name", list(SEES))
def test_no_report_shows_a_registration_outside_the_users_teams(
    client, worked, django_user_model, user_name
):
    login_staff(client, staff_user(user_name, django_user_model))
    sees = SEES[user_name]

    for name, url in all_urls().items():
        response = client.get(url)
        assert response.status_code in (200, 302, 403), (name, response.status_code)
        text = text_of(response)
        for team, registration in worked.items():
            shown = (
                registration.reference in text
                or f"Van{team.title()}" in text
                or f"collega-{team}" in text
                or reverse("registration:inspect", args=[registration.pk]) in text
                or str(registration.pk) in exported_ids(text)
            )
            if team not in sees:
                assert not shown, (user_name, name, team)


@pytest.mark.parametrize("user_name", list(SEES))
def test_site_history_shows_the_users_own_registrations(
    client, worked, django_user_model, user_name
):
    login_staff(client, staff_user(user_name, django_user_model))
    site_history = reverse("wagtailadmin_reports:site_history")

    page = client.get(site_history)
    exports = {
        kind: text_of(client.get(f"{site_history}?export={kind}"))
        for kind in ("csv", "xlsx")
    }

    assert page.status_code == 200
    for team, registration in worked.items():
        seen = team in SEES[user_name]
        assert (registration.reference in page.content.decode()) is seen, team
        for kind, text in exports.items():
            assert (registration.reference in text) is seen, (team, kind)
            assert (str(registration.pk) in exported_ids(text)) is seen, (team, kind)
