"""Only a superuser makes, edits or unmakes a superuser (portal/staff_users.py):
Beheer manages desk accounts, but must not be able to take over the whole admin."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from signup.desk import access
from tests.conftest import parse
from tests.staff import login_staff, staff_member

User = get_user_model()


def new_account(username: str, **extra) -> dict:
    return {
        "username": username,
        "email": f"{username}@herstelwijzer.example",
        "first_name": "Nieuw",
        "last_name": "Account",
        "password1": "een-lang-wachtwoord-42",
        "password2": "een-lang-wachtwoord-42",
        "groups": [Group.objects.get(name=access.AANMELDPUNT).pk],
        **extra,
    }


@pytest.fixture
def beheer(client, db):
    user = staff_member(access.BEHEER)
    login_staff(client, user)
    return user


def test_beheer_is_not_offered_the_administrator_box(client, beheer):
    form = parse(client.get("/admin/users/new/"))

    assert form.select_one("input[name=username]") is not None
    assert form.select_one("input[name=is_superuser]") is None


def test_beheer_cannot_make_a_superuser_by_posting_the_box(client, beheer):
    response = client.post("/admin/users/new/", new_account("kees", is_superuser="on"))

    assert response.status_code == 302
    kees = User.objects.get(username="kees")
    assert not kees.is_superuser
    assert kees.groups.filter(name=access.AANMELDPUNT).exists()


def test_beheer_cannot_make_themselves_a_superuser(client, beheer):
    client.post(
        f"/admin/users/edit/{beheer.pk}/",
        {
            "username": beheer.username,
            "email": "beheer@herstelwijzer.example",
            "is_superuser": "on",
            "groups": [Group.objects.get(name=access.BEHEER).pk],
        },
    )

    beheer.refresh_from_db()
    assert not beheer.is_superuser


def test_beheer_cannot_edit_a_superuser_account(client, beheer):
    root = User.objects.create_superuser("root", "root@herstelwijzer.example", "x")

    # Wagtail answers a refused admin view by sending the user to the dashboard.
    refused = client.get(f"/admin/users/edit/{root.pk}/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    response = client.post(
        f"/admin/users/edit/{root.pk}/",
        {
            "username": "root",
            "email": "attacker@example.nl",
            "password1": "overgenomen-123456",
            "password2": "overgenomen-123456",
        },
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    root.refresh_from_db()
    assert root.email == "root@herstelwijzer.example"
    assert root.check_password("x")


def test_beheer_still_edits_a_desk_account(client, beheer):
    colleague = staff_member(access.AANMELDPUNT, "collega")

    response = client.get(f"/admin/users/edit/{colleague.pk}/")

    assert response.status_code == 200
    assert parse(response).select_one("input[name=is_superuser]") is None


def test_a_superuser_may_grant_superuser(client, db):
    root = User.objects.create_superuser("root", "root@herstelwijzer.example", "x")
    login_staff(client, root)

    assert parse(client.get("/admin/users/new/")).select_one("input[name=is_superuser]")
    client.post("/admin/users/new/", new_account("tweede", is_superuser="on"))
    assert User.objects.get(username="tweede").is_superuser
