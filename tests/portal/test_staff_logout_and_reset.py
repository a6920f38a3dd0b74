"""Logging out ends the staff session on the server, whichever way it is asked;
there is no password reset by e-mail that would tell which staff addresses exist."""

from django.contrib.sessions.models import Session

import pytest

from signup.desk import access
from tests.staff import login_staff, staff_member


@pytest.mark.parametrize("method", ["get", "post"])
def test_logging_out_ends_the_session_on_the_server(client, db, method):
    login_staff(client, staff_member(access.AANMELDPUNT))
    session_key = client.session.session_key
    assert client.get("/admin/").status_code == 200

    response = getattr(client, method)("/admin/logout/")

    assert response.status_code == 302
    assert not Session.objects.filter(session_key=session_key).exists()
    # The old session key no longer opens the admin.
    client.cookies["sessionid"] = session_key
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_there_is_no_password_reset_by_e_mail_to_probe_for_staff(client, db):
    staff_member(access.AANMELDPUNT, "kees")

    assert client.get("/admin/password_reset/").status_code == 404
    assert (
        client.post(
            "/admin/password_reset/", {"email": "kees@herstelwijzer.example"}
        ).status_code
        == 404
    )
    assert b"password_reset" not in client.get("/admin/login/").content
