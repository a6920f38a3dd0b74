"""Security headers: a strict Content-Security-Policy and the other protective
headers on public pages and on the wizard; the admin is left out of the CSP only."""

import pytest

from tests.signup.wizard import WizardRun, persona


def csp_directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    directives = {}
    for part in policy.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_protective_headers(response):
    directives = csp_directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"], "no inline or third-party script"
    assert directives["style-src"] == ["'self'"], "no inline styles"
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["frame-src"] == ["https://www.youtube-nocookie.com"]
    assert directives["form-action"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"]
    for directive in directives.values():
        assert "'unsafe-inline'" not in directive
        assert "'unsafe-eval'" not in directive
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


@pytest.mark.parametrize("path", ["/nl/", "/en/", "/nl/bestaat-niet/"])
def test_public_pages_send_the_protective_headers(client, seeded, path):
    response = client.get(path)

    assert response.status_code in (200, 404)
    assert_protective_headers(response)


def test_every_wizard_step_and_the_confirmation_send_them(client, seeded):
    run = WizardRun(client, "nl")
    first_step = client.get(run.start())
    assert_protective_headers(first_step)

    confirmation = run.complete(persona())

    assert confirmation.status_code == 200
    assert_protective_headers(confirmation)


def test_recaptcha_hosts_are_allowed_only_when_it_is_switched_on(client, seeded):
    directives = csp_directives(client.get("/nl/"))

    assert not any("google" in v for values in directives.values() for v in values)


def test_the_admin_has_frame_protection_but_no_strict_csp(client, seeded):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
