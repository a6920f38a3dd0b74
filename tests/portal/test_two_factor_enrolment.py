"""Linking an authenticator app, and the recovery codes (issue 11).

The setup key lives in the session that was shown it, is new on every visit and
reaches the database only when the account password and a first code confirm it:
someone who saw the setup page once (with the password) holds nothing once the
real user has linked an app. After the setup come ten single-use recovery codes,
shown once, which the second step takes instead of the app's code."""

import io
import json

from django.core.management import call_command
from django.test import Client

import pytest
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from signup.desk import access
from tests.conftest import parse
from tests.staff import app_with_key, authenticator, current_code, staff_member

PASSWORD = "correct-horse-battery-staple-41"
SETUP = "/admin/2fa/setup/"
VERIFY = "/admin/2fa/verify/"
RECOVERY = "/admin/2fa/verify/recovery-code/"
CODES = "/admin/2fa/recovery-codes/"


@pytest.fixture
def newcomer(db):
    """A staff account that has not linked an app yet."""
    return staff_member(access.AANMELDPUNT, "nieuw", password=PASSWORD)


def log_in(client, password=PASSWORD):
    return client.post("/admin/login/", {"username": "nieuw", "password": password})


def shown_app(response):
    """An app with the key the setup page shows."""
    assert response.status_code == 200
    return app_with_key(parse(response).select_one(".two-factor__key").get_text())


def confirm(client, app, password=PASSWORD, **fields):
    return client.post(
        SETUP, {"password": password, "code": current_code(app), **fields}
    )


def codes_on(response) -> list[str]:
    return [
        code.get_text() for code in parse(response).select(".two-factor__codes code")
    ]


def enrol(client) -> tuple[TOTPDevice, list[str]]:
    """Through the setup as a person goes: the app and the recovery codes shown."""
    app = shown_app(client.get(SETUP))
    done = confirm(client, app)
    assert done.status_code == 302
    return app, codes_on(client.get(done["Location"]))


def test_a_key_seen_by_someone_else_is_worthless_once_the_user_links_the_app(
    newcomer,
):
    attacker, user = Client(), Client()
    log_in(attacker)
    attackers_app = shown_app(attacker.get(SETUP))
    # Later the real user logs in and links their own app, in their own session.
    log_in(user)
    users_app = shown_app(user.get(SETUP))
    assert confirm(user, users_app).status_code == 302

    # A code of the next period: inside the device's tolerance, and not the time
    # step the user's first code used.
    stolen = current_code(attackers_app, offset_steps=1)
    refused = attacker.post(VERIFY, {"code": stolen})

    assert refused.status_code == 200
    assert "Deze code klopt niet" in refused.content.decode()
    assert attacker.get("/admin/").status_code == 302, "still no way in"
    # Nor can the attacker link their key now that the account has an app.
    assert confirm(attacker, attackers_app)["Location"] == VERIFY
    assert TOTPDevice.objects.get(user=newcomer).key == users_app.key


def test_every_visit_to_the_setup_page_shows_a_new_key(client, newcomer):
    log_in(client)
    first = shown_app(client.get(SETUP))
    second = shown_app(client.get(SETUP))
    assert first.key != second.key

    # The key shown before no longer links an app; a refused form keeps the key,
    # so the app that scanned it can try again.
    refused = confirm(client, first)
    assert refused.status_code == 200
    assert shown_app(refused).key == second.key
    assert confirm(client, second).status_code == 302
    assert TOTPDevice.objects.get(user=newcomer).key == second.key


def test_nothing_is_stored_before_the_app_is_confirmed(client, newcomer):
    log_in(client)
    for _visit in range(3):
        app = shown_app(client.get(SETUP))
    client.post(SETUP, {"password": PASSWORD, "code": "000000"})

    assert not TOTPDevice.objects.filter(user=newcomer).exists()
    session_text = json.dumps(dict(client.session))
    assert app.key not in session_text, "the key is encrypted in the session"
    shown = parse(client.get(SETUP)).select_one(".two-factor__key").get_text()
    assert "".join(shown.split()) not in session_text


def test_confirming_removes_unconfirmed_devices_an_earlier_version_left(
    client, newcomer
):
    left = TOTPDevice.objects.create(user=newcomer, name="Old page", confirmed=False)
    log_in(client)

    app, _codes = enrol(client)

    device = TOTPDevice.objects.get(user=newcomer)
    assert device.confirmed
    assert device.key == app.key != left.key


def test_a_wrong_password_refuses_the_confirmation(client, newcomer):
    log_in(client)
    app = shown_app(client.get(SETUP))

    refused = confirm(client, app, password="not-the-password")

    assert refused.status_code == 200
    assert "Dit wachtwoord klopt niet" in refused.content.decode()
    assert parse(refused).title.get_text().startswith("Fout:")
    assert not TOTPDevice.objects.filter(user=newcomer).exists()
    assert client.get("/admin/")["Location"].startswith(SETUP)
    # The right password with the same key links the app.
    assert confirm(client, app).status_code == 302


def test_wrong_passwords_lock_the_user_name_as_at_the_login_form(
    client, newcomer, settings
):
    log_in(client)
    app = shown_app(client.get(SETUP))

    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert confirm(client, app, password="wrong").status_code == 200
    locked = confirm(client, app, password="wrong")

    assert locked.status_code == 429
    assert "tijdelijk geblokkeerd" in locked.content.decode()
    assert "_auth_user_id" not in client.session, "the session ended"
    assert log_in(client).status_code == 429, "the right password waits too"
    assert not TOTPDevice.objects.filter(user=newcomer).exists()


def test_setup_makes_ten_recovery_codes_shown_once(client, newcomer):
    log_in(client)
    app = shown_app(client.get(SETUP))
    done = confirm(client, app, next="/admin/registration/")
    assert done["Location"] == f"{CODES}?next=%2Fadmin%2Fregistration%2F"

    page = client.get(done["Location"])
    codes = codes_on(page)
    assert len(set(codes)) == 10
    assert sorted(codes) == sorted(
        StaticToken.objects.filter(device__user=newcomer).values_list(
            "token", flat=True
        )
    )
    assert "niet nog eens getoond" in page.content.decode()
    onward = parse(page).find("a", string="Ik heb de codes bewaard: doorgaan")
    assert onward["href"] == "/admin/registration/"

    again = client.get(done["Location"])
    assert codes_on(again) == []
    assert "U hebt nog 10 ongebruikte reservecodes" in again.content.decode()


@pytest.mark.parametrize("page", [SETUP, CODES])
def test_setup_and_recovery_code_pages_are_never_cached(client, newcomer, page):
    log_in(client)
    if page == CODES:
        enrol(client)

    response = client.get(page)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_a_recovery_code_works_once_instead_of_the_app(client, newcomer):
    log_in(client)
    _app, codes = enrol(client)
    client.logout()

    log_in(client)
    verify = client.get(f"{VERIFY}?next=/admin/registration/")
    link = parse(verify).find("a", string="Een reservecode gebruiken")
    assert link["href"] == f"{RECOVERY}?next=/admin/registration/"
    page = client.get(link["href"])
    assert page.status_code == 200
    assert "Reservecode" in page.content.decode()
    used = client.post(RECOVERY, {"code": codes[0], "next": "/admin/registration/"})
    assert used.status_code == 302
    assert used["Location"] == "/admin/registration/"
    assert client.get("/admin/").status_code == 200
    client.logout()

    # Typed in capitals with a space, another code works too.
    log_in(client)
    second = f"{codes[1][:4]} {codes[1][4:]}".upper()
    assert client.post(RECOVERY, {"code": second}).status_code == 302
    client.logout()

    log_in(client)
    replay = client.post(RECOVERY, {"code": codes[0]})
    assert replay.status_code == 200
    assert "al eens gebruikt" in replay.content.decode()
    assert client.get("/admin/").status_code == 302
    assert StaticToken.objects.filter(device__user=newcomer).count() == 8


def test_a_new_set_of_recovery_codes_replaces_the_old(client, newcomer):
    log_in(client)
    _app, old_codes = enrol(client)
    account = client.get("/admin/account/")
    assert parse(account).find("a", href=CODES) is not None, "Account, More actions"

    made = client.post(CODES)
    assert made.status_code == 302
    new_codes = codes_on(client.get(made["Location"]))

    assert len(new_codes) == 10
    assert not set(new_codes) & set(old_codes)
    assert StaticDevice.objects.filter(user=newcomer).count() == 1
    stored = StaticToken.objects.filter(device__user=newcomer)
    assert sorted(stored.values_list("token", flat=True)) == sorted(new_codes)
    client.logout()
    log_in(client)
    assert client.post(RECOVERY, {"code": old_codes[0]}).status_code == 200


def test_recovery_codes_are_not_made_before_the_second_step(client, newcomer):
    authenticator(newcomer)
    device = StaticDevice.objects.create(user=newcomer, name="Recovery codes")
    device.token_set.create(token="abcdefgh")
    before = set(StaticToken.objects.values_list("token", flat=True))
    log_in(client)

    assert client.get(CODES)["Location"].startswith(VERIFY)
    assert client.post(CODES)["Location"].startswith(VERIFY)
    assert set(StaticToken.objects.values_list("token", flat=True)) == before


def test_reset_2fa_removes_the_app_and_the_recovery_codes(client, newcomer):
    authenticator(newcomer)
    codes = StaticDevice.objects.create(user=newcomer, name="Recovery codes")
    codes.token_set.create(token="abcdefgh")

    call_command("reset_2fa", "nieuw", stdout=io.StringIO())

    assert not TOTPDevice.objects.filter(user=newcomer).exists()
    assert not StaticDevice.objects.filter(user=newcomer).exists()
    assert not StaticToken.objects.exists()
    # The next login links a new app.
    log_in(client)
    assert client.get("/admin/")["Location"].startswith(SETUP)
