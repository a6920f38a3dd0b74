"""Staff logins: a second factor for every account that can open the admin,
brute-force locking per user name and address, and an idle timeout."""

import io
import time

from django.contrib.auth.models import Group
from django.core.management import call_command

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.groups import REDACTIE
from portal.staff_session import SESSION_KEY
from signup.desk import access
from tests.conftest import parse
from tests.staff import app_with_key, authenticator, current_code, login_staff

PASSWORD = "correct-horse-battery-staple-41"


@pytest.fixture
def desk_user(django_user_model, seeded):
    user = django_user_model.objects.create_user("balie", password=PASSWORD)
    user.groups.add(Group.objects.get(name=access.AANMELDPUNT))
    return user


def log_in(client, username="balie", password=PASSWORD, address="10.1.1.1"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/registration/"},
        REMOTE_ADDR=address,
    )


@pytest.mark.parametrize("group", [access.AANMELDPUNT, REDACTIE, access.BEHEER])
def test_a_first_login_must_set_up_an_authenticator(
    client, django_user_model, seeded, group
):
    user = django_user_model.objects.create_user("nieuw", password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))

    assert log_in(client, "nieuw").status_code == 302
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/setup/")
    setup = client.get(response["Location"])
    assert setup.status_code == 200
    html = setup.content.decode()
    assert '<svg role="img"' in html, "a QR code to scan"
    assert "Lukt scannen niet" in html
    app = app_with_key(parse(setup).select_one(".two-factor__key").get_text())

    wrong = client.post(
        "/admin/2fa/setup/?next=/admin/", {"password": PASSWORD, "code": "000000"}
    )
    assert wrong.status_code == 200
    assert "code" in wrong.content.decode().lower()
    assert not TOTPDevice.objects.filter(user=user).exists()

    right = client.post(
        "/admin/2fa/setup/",
        {"password": PASSWORD, "code": current_code(app), "next": "/admin/"},
    )
    assert right.status_code == 302
    assert right["Location"] == "/admin/2fa/recovery-codes/?next=%2Fadmin%2F"
    device = TOTPDevice.objects.get(user=user)
    assert device.confirmed
    assert device.key == app.key
    assert client.get("/admin/").status_code == 200


def test_a_password_alone_does_not_open_the_desk(client, desk_user):
    device = authenticator(desk_user)

    log_in(client)
    response = client.get("/admin/registration/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/verify/")
    assert client.get("/admin/registration/statistics/").status_code == 302
    assert client.get("/admin/pages/").status_code == 302

    verify = client.get(response["Location"])
    assert verify.status_code == 200
    assert client.post(response["Location"], {"code": "12345x"}).status_code == 200
    assert client.get("/admin/registration/").status_code == 302, "still locked"

    done = client.post(
        "/admin/2fa/verify/",
        {"code": current_code(device), "next": "/admin/registration/"},
    )
    assert done.status_code == 302
    assert done["Location"] == "/admin/registration/"
    assert client.get("/admin/registration/").status_code == 200


def test_a_code_cannot_be_used_twice(client, desk_user):
    device = authenticator(desk_user)
    code = current_code(device)
    log_in(client)
    assert client.post("/admin/2fa/verify/", {"code": code}).status_code == 302

    client.logout()
    log_in(client)
    replay = client.post("/admin/2fa/verify/", {"code": code})

    assert replay.status_code == 200
    assert client.get("/admin/registration/").status_code == 302


def test_an_unsafe_next_address_is_not_followed(client, desk_user):
    device = authenticator(desk_user)
    log_in(client)

    response = client.post(
        "/admin/2fa/verify/",
        {"code": current_code(device), "next": "https://evil.example/"},
    )

    assert response["Location"] == "/admin/"


def test_public_pages_do_not_ask_for_the_second_factor(client, desk_user):
    authenticator(desk_user)
    log_in(client)

    assert client.get("/nl/").status_code == 200


def test_reset_2fa_removes_the_devices(desk_user):
    authenticator(desk_user)

    call_command("reset_2fa", "balie", stdout=io.StringIO())

    assert not TOTPDevice.objects.filter(user=desk_user).exists()


def test_failed_logins_lock_the_user_name_at_that_address_only(
    client, desk_user, django_user_model, settings
):
    colleague = django_user_model.objects.create_user("collega", password=PASSWORD)
    colleague.groups.add(Group.objects.get(name=access.AANMELDPUNT))

    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, password="wrong").status_code == 200
    assert log_in(client, password="wrong").status_code == 429

    locked = log_in(client)  # even the right password, from that address
    assert locked.status_code == 429
    assert "tijdelijk geblokkeerd" in locked.content.decode()
    assert "_auth_user_id" not in client.session

    other_address = log_in(client, address="10.9.9.9")
    assert other_address.status_code == 302, "the user elsewhere is not locked"
    client.logout()
    same_office = log_in(client, username="collega")
    assert same_office.status_code == 302, "a colleague at the office is not locked"


def test_an_idle_admin_session_ends(client, desk_user, settings):
    login_staff(client, desk_user)
    assert client.get("/admin/").status_code == 200

    session = client.session
    session[SESSION_KEY] = int(time.time()) - settings.STAFF_IDLE_MINUTES * 60 - 5
    session.save()
    response = client.get("/admin/registration/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_an_active_admin_session_stays(client, desk_user, settings):
    login_staff(client, desk_user)
    client.get("/admin/")
    session = client.session
    session[SESSION_KEY] = int(time.time()) - settings.STAFF_IDLE_MINUTES * 60 + 60
    session.save()

    assert client.get("/admin/registration/").status_code == 200
