"""Losing Redis costs speed, never service (docs/production.md): with a real
Redis server stopped, or frozen so that it never answers, the public pages, the
wizard half-way, the admin login and the desk keep working, and the wizard's
answers come from the database copy of the session."""

import time

from django.contrib.sessions.models import Session

import pytest

from portal import cache_config
from portal.cache_config import cache_from_url
from signup.desk import access
from signup.models import Registration
from tests.redis_server import redis_server
from tests.signup.factories import registered
from tests.signup.test_wizard_flow import fill_until
from tests.signup.wizard import WizardRun, persona
from tests.staff import login_staff, staff_member


@pytest.fixture
def redis(settings):
    with redis_server() as server:
        settings.CACHES = {"default": cache_from_url(server.url, timeout=0.25)}
        yield server


def pages_that_must_answer(client) -> dict[str, int]:
    return {
        path: client.get(path).status_code
        for path in ("/nl/", "/nl/privacy/", "/en/", "/admin/login/")
    }


def test_the_session_is_in_redis_while_it_runs(client, seeded, redis):
    from django.core.cache import cache

    run = WizardRun(client, "nl")
    fill_until(run, "role")
    session_key = client.session.session_key
    assert cache.get(f"django.contrib.sessions.cached_db{session_key}")


@pytest.mark.parametrize("outage", ["stopped", "frozen"])
def test_the_wizard_goes_on_and_submits_without_redis(
    client, seeded, friday, redis, outage
):
    run = WizardRun(client, "nl")
    answers = persona()
    fill_until(run, "case", answers)
    if outage == "stopped":
        redis.stop()
    else:
        redis.freeze()

    started = time.monotonic()
    assert set(pages_that_must_answer(client).values()) == {200}
    # The steps answered before the outage come from the database copy.
    assert Session.objects.filter(session_key=client.session.session_key).exists()
    location = run.step_url("other-party")
    for _ in range(20):
        step = run.step_of(location)
        if step == "done":
            break
        location = run.answer(step, answers[step])
    confirmation = client.get(client.get(location)["Location"])
    assert confirmation.status_code == 200
    assert Registration.objects.get().case_stage == "police"
    # A frozen server costs one timeout now and then (the breaker), not one per
    # call: a few dozen calls a page would make each page take seconds.
    assert time.monotonic() - started < 10


def test_a_failed_call_stops_this_process_asking_redis_for_a_while(redis, monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache_config, "BREAK_SECONDS", 1.0)
    cache.set("probe", 1)
    redis.freeze()
    started = time.monotonic()
    assert cache.get("probe") is None  # waits for the timeout, once
    assert time.monotonic() - started >= 0.2
    started = time.monotonic()
    for _ in range(50):
        assert cache.get("probe") is None
    assert time.monotonic() - started < 0.2
    redis.thaw()
    time.sleep(1.1)
    assert cache.get("probe") == 1  # asked again after the break


def test_the_sign_up_limit_lets_people_through_without_redis(
    client, seeded, friday, redis, settings
):
    settings.SIGNUP_RATE_LIMIT = 1
    redis.stop()
    for name in ("Anna", "Bea"):
        WizardRun(client, "nl").complete(
            persona(contact={"name": name, "phone": "06 12345678", "email": ""})
        )
    assert Registration.objects.count() == 2


def test_the_desk_works_without_redis(client, seeded, friday, redis):
    registration = registered(answers=persona())
    user = staff_member(access.AANMELDPUNT)
    login_staff(client, user)
    redis.stop()
    assert client.get("/admin/").status_code == 200
    detail = client.get(f"/admin/registration/{registration.pk}/")
    assert detail.status_code == 200
    assert registration.reference in detail.content.decode()
