"""The registration desk in the Wagtail admin: who sees what (a permission matrix
over every view and action), and what each action does."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from content.groups import REDACTIE
from signup.desk import access
from signup.models import (
    CallAttempt,
    CallbackTask,
    Registration,
    RegistrationLogEntry,
    RouteChange,
)
from tests.signup.factories import registered
from tests.signup.wizard import persona
from tests.staff import login_staff, staff_member

PASSWORD = "not-used-anywhere"

# Registrations of four teams, of people answering the wizard like this (the wizard
# itself is tested in test_personas and test_wizard_flow).
CASES = {
    "aanmeldpunt": persona(),
    "triage": persona(offence={"offence": "stalking"}),
    "mis_rotterdam": persona(
        case={"case_stage": "prosecutor"},
        district={"district": "rotterdam"},
        counts={"counts_in_case": "yes"},
    ),
    "mis_amsterdam": persona(
        case={"case_stage": "prosecutor"},
        district={"district": "amsterdam"},
        counts={"counts_in_case": "yes"},
    ),
}

# Which of those each group may see.
MATRIX = {
    access.BEHEER: {"aanmeldpunt", "triage", "mis_rotterdam", "mis_amsterdam"},
    access.AANMELDPUNT: {"aanmeldpunt", "triage"},
    "Mediationbureau Rotterdam": {"mis_rotterdam"},
    "Mediationbureau Amsterdam": {"mis_amsterdam"},
    access.MIS_TRIAGE: set(),
    REDACTIE: set(),
}


@pytest.fixture
def registrations(seeded, friday) -> dict[str, Registration]:
    for answers in CASES.values():
        registered(answers=answers)
    return {team: Registration.objects.get(callback__team=team) for team in CASES}


def views_of(registration: Registration) -> dict[str, tuple[str, str, dict]]:
    pk = registration.pk
    return {
        "detail": ("get", f"/admin/registration/{pk}/", {}),
        "history": ("get", f"/admin/registration/{pk}/history/", {}),
        "attempt": (
            "post",
            f"/admin/registration/{pk}/attempt/",
            {"outcome": "no_answer", "note": ""},
        ),
        "assign": ("post", f"/admin/registration/{pk}/assign/", {"colleague": ""}),
        "done": ("post", f"/admin/registration/{pk}/done/", {}),
        "invite": ("post", f"/admin/registration/{pk}/invite/", {}),
        "reroute": (
            "post",
            f"/admin/registration/{pk}/reroute/",
            {"route": "triage", "district": "", "reason": "Test"},
        ),
        "close": (
            "post",
            f"/admin/registration/{pk}/close/",
            {"outcome": "duplicate", "stop_reason": ""},
        ),
    }


@pytest.mark.parametrize("group_name", list(MATRIX))
def test_permission_matrix(client, registrations, group_name):
    user = staff_member(group_name)
    login_staff(client, user)
    allowed = MATRIX[group_name]

    listing = client.get("/admin/registration/")
    if allowed:
        assert listing.status_code == 200
        html = listing.content.decode()
        for team, registration in registrations.items():
            assert (registration.reference in html) is (team in allowed), team
    else:
        assert listing.status_code != 200 or not any(
            r.reference in listing.content.decode() for r in registrations.values()
        )

    for team, registration in registrations.items():
        for name, (method, url, data) in views_of(registration).items():
            if name in ("reroute", "close"):
                continue  # changes the set up; covered separately below
            response = getattr(client, method)(url, data)
            if team in allowed:
                assert response.status_code in (200, 302), (team, name)
                if method == "get":
                    assert registration.reference in response.content.decode()
            else:
                assert response.status_code in (302, 403, 404), (team, name)
                assert registration.reference not in response.content.decode()
    if not allowed:
        assert not CallAttempt.objects.exists(), "a refused user changed nothing"


def beheer_views_of(registration: Registration) -> dict[str, tuple[str, str]]:
    pk = registration.pk
    return {
        "statistics": ("get", "/admin/registration/statistics/"),
        "statistics csv": ("get", "/admin/registration/statistics/csv/"),
        "export": ("get", f"/admin/registration/{pk}/export/"),
        "erase (ask)": ("get", f"/admin/registration/{pk}/erase/"),
        "erase": ("post", f"/admin/registration/{pk}/erase/"),
    }


@pytest.mark.parametrize("group_name", list(MATRIX))
def test_statistics_export_and_erase_are_for_beheer_only(
    client, registrations, group_name
):
    login_staff(client, staff_member(group_name))
    registration = registrations["mis_rotterdam"]

    for name, (method, url) in beheer_views_of(registration).items():
        response = getattr(client, method)(url)
        if group_name == access.BEHEER:
            assert response.status_code in (200, 302), name
        else:
            assert response.status_code in (302, 403, 404), (group_name, name)
            assert registration.reference not in response.content.decode()
            assert b"Aanmeldingen per maand" not in response.content

    registration.refresh_from_db()
    erased = registration.erased_at is not None
    assert erased is (group_name == access.BEHEER)
    exported = RegistrationLogEntry.objects.filter(action="signup.export").exists()
    assert exported is (group_name == access.BEHEER)


def test_the_statistics_menu_item_is_shown_to_beheer_only(client, registrations):
    for group_name in MATRIX:
        login_staff(client, staff_member(group_name))
        home = client.get("/admin/").content.decode()
        shown = "/admin/registration/statistics/" in home
        assert shown is (group_name == access.BEHEER), group_name


@pytest.mark.parametrize("group_name", [REDACTIE, access.MIS_TRIAGE])
def test_refused_users_cannot_reroute_or_close(client, registrations, group_name):
    login_staff(client, staff_member(group_name))

    for registration in registrations.values():
        for name in ("reroute", "close"):
            _, url, data = views_of(registration)[name]
            assert client.post(url, data).status_code in (302, 403, 404)

    assert not RouteChange.objects.exists()
    assert not Registration.objects.filter(status="closed").exists()


def test_redactie_sees_no_trace_of_registrations(client, registrations):
    login_staff(client, staff_member(REDACTIE))

    home = client.get("/admin/").content.decode()

    assert "Terugbellen voor uw teams" not in home
    assert "/admin/registration/" not in home
    for registration in registrations.values():
        assert registration.reference not in home


def test_the_anonymous_visitor_is_sent_to_the_login(client, registrations):
    registration = registrations["aanmeldpunt"]

    response = client.get(f"/admin/registration/{registration.pk}/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_viewing_a_registration_is_audited(client, registrations):
    user = staff_member(access.AANMELDPUNT)
    login_staff(client, user)
    registration = registrations["aanmeldpunt"]

    client.get(f"/admin/registration/{registration.pk}/")

    entry = RegistrationLogEntry.objects.get(action="signup.view")
    assert entry.user == user
    assert entry.object_id == str(registration.pk)
    history = client.get(f"/admin/registration/{registration.pk}/history/")
    assert "Aanmelding bekeken" in history.content.decode()


def test_the_detail_puts_safe_contact_first(client, registrations):
    login_staff(client, staff_member(access.AANMELDPUNT))
    registration = registrations["aanmeldpunt"]

    html = client.get(f"/admin/registration/{registration.pk}/").content.decode()

    assert html.index("Veilig contact") < html.index("Wie we bellen")
    assert "Anna" in html and "06 12345678" in html


@pytest.fixture
def desk_user(client, db):
    user = staff_member(access.AANMELDPUNT)
    login_staff(client, user)
    return user


def post(client, registration, action, data=None):
    _, url, default = views_of(registration)[action]
    return client.post(url, default if data is None else data)


def test_three_unanswered_attempts_suggest_writing(client, registrations, desk_user):
    registration = registrations["aanmeldpunt"]

    for outcome in ("no_answer", "voicemail", "no_answer"):
        post(client, registration, "attempt", {"outcome": outcome, "note": ""})

    callback = CallbackTask.objects.get(registration=registration)
    assert callback.attempts == 3
    assert callback.first_contact_at is None
    html = client.get(f"/admin/registration/{registration.pk}/").content.decode()
    assert "Overweeg te schrijven of te mailen" in html


def test_a_reached_call_records_the_first_contact(client, registrations, desk_user):
    registration = registrations["aanmeldpunt"]

    post(
        client, registration, "attempt", {"outcome": "reached", "note": "Goed gesprek"}
    )
    post(client, registration, "done")

    callback = CallbackTask.objects.get(registration=registration)
    assert callback.first_contact_at is not None
    assert callback.status == "done" and callback.done_at is not None
    actions = list(
        RegistrationLogEntry.objects.filter(object_id=str(registration.pk))
        .exclude(action="signup.view")
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )
    assert actions == ["signup.call_attempt", "signup.callback_done"]
    for entry in RegistrationLogEntry.objects.all():
        assert "Fijn" not in str(entry.data), "notes stay out of the log"


def test_rerouting_moves_the_callback_and_keeps_its_due_time(
    client, registrations, desk_user
):
    registration = registrations["aanmeldpunt"]
    due = registration.callback.due_at

    response = post(
        client,
        registration,
        "reroute",
        {"route": "mis", "district": "rotterdam", "reason": "Zaak ligt bij het OM"},
    )

    registration.refresh_from_db()
    callback = registration.callback
    assert registration.route == "mis" and registration.route_district == "rotterdam"
    assert callback.team == "mis_rotterdam"
    assert callback.due_at == due
    change = RouteChange.objects.get()
    assert (change.from_team, change.to_team) == ("aanmeldpunt", "mis_rotterdam")
    assert change.reason == "Zaak ligt bij het OM"
    entry = RegistrationLogEntry.objects.get(action="signup.reroute")
    assert entry.data["from_team"] == "aanmeldpunt"
    assert "Zaak" not in str(entry.data)
    # The desk no longer sees it; the Rotterdam office now does.
    assert response["Location"] == "/admin/registration/"
    assert client.get(f"/admin/registration/{registration.pk}/").status_code == 404
    login_staff(client, staff_member("Mediationbureau Rotterdam"))
    assert client.get(f"/admin/registration/{registration.pk}/").status_code == 200


def test_rerouting_needs_a_reason(client, registrations, desk_user):
    registration = registrations["aanmeldpunt"]

    post(client, registration, "reroute", {"route": "triage", "reason": ""})

    registration.refresh_from_db()
    assert registration.route == "herstelbemiddeling"
    assert not RouteChange.objects.exists()


def test_closing_ends_the_work(client, registrations, desk_user):
    registration = registrations["aanmeldpunt"]

    post(client, registration, "close")
    post(client, registration, "attempt")

    registration.refresh_from_db()
    assert registration.status == "closed" and registration.closed_at
    assert registration.callback.status == "done"
    assert not CallAttempt.objects.exists(), "a closed registration takes no calls"


def test_assigning_to_a_colleague_of_the_team(
    client, registrations, desk_user, django_user_model
):
    colleague = django_user_model.objects.create_user("collega", password=PASSWORD)
    colleague.groups.add(Group.objects.get(name=access.AANMELDPUNT))
    outsider = staff_member("Mediationbureau Rotterdam")
    registration = registrations["aanmeldpunt"]

    post(client, registration, "assign", {"colleague": outsider.pk})
    assert CallbackTask.objects.get(registration=registration).assigned_to is None

    post(client, registration, "assign", {"colleague": colleague.pk})
    assert CallbackTask.objects.get(registration=registration).assigned_to == colleague


def test_the_dashboard_counts_the_users_own_callbacks(client, registrations, desk_user):
    overdue = registrations["aanmeldpunt"].callback
    overdue.due_at = timezone.now() - timedelta(hours=1)
    overdue.created_at = overdue.due_at - timedelta(days=3)
    overdue.save()

    html = client.get("/admin/").content.decode()

    assert "Terugbellen voor uw teams" in html
    assert registrations["aanmeldpunt"].reference in html
    assert registrations["mis_rotterdam"].reference not in html
