"""A real PostgreSQL server stopped for 30 seconds under a running portal, while a
person sends their registration: they see the wizard's "not sent yet, your
answers are kept" page (never the generic 400 or 500), the rest of the site
answers with a clear page, the quick exit still leaves, and once the database is
back, "Try sending again" stores the registration, exactly once.

The portal runs as its own server process (``runserver``) on a database server
of this test's own (tests/postgres_server.py), driven over HTTP as a browser
without JavaScript would."""

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import requests
from bs4 import BeautifulSoup

from tests.ports import free_port
from tests.postgres_server import postgres_server
from tests.signup.wizard import PREFIX, persona

BASE_DIR = Path(__file__).resolve().parents[2]
OUTAGE_SECONDS = 30


def manage(env: dict, *args: str, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR, env=env, check=True, capture_output=True, **kwargs,
    )  # fmt: skip


@pytest.fixture(scope="module")
def portal_on_own_database():
    with postgres_server() as database:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": database.url,
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        manage(env, "migrate", "--no-input")
        manage(env, "seed_content")
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}",
             "--noreload"],
            cwd=BASE_DIR, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(base + "/nl/", timeout=5)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the portal did not start") from None
                time.sleep(0.2)
        try:
            yield base, database
        finally:
            server.terminate()
            server.wait(10)


def form_of(response) -> tuple[str, dict, str]:
    """The step's name, its hidden fields, and where the form posts."""
    doc = BeautifulSoup(response.text, "html.parser")
    form = doc.select_one("form[method=post]")
    hidden = {
        field["name"]: field.get("value", "")
        for field in form.select("input[type=hidden]")
        if field.get("name")
    }
    return hidden[f"{PREFIX}-current_step"], hidden, form.get("action") or response.url


def answer(browser, response, answers) -> requests.Response:
    step, hidden, action = form_of(response)
    payload = {**hidden, **{f"{step}-{k}": v for k, v in answers[step].items()}}
    return browser.post(
        requests.compat.urljoin(response.url, action), payload, timeout=10
    )


def registrations(database) -> int:
    with psycopg.connect(database.url.replace("postgres://", "postgresql://")) as conn:
        return conn.execute("select count(*) from signup_registration").fetchone()[0]


def test_sending_while_the_database_is_down_keeps_the_answers(portal_on_own_database):
    base, database = portal_on_own_database
    answers = persona()
    browser = requests.Session()
    page = browser.get(base + "/nl/aanmelden/?reset=1", timeout=10)
    while form_of(page)[0] != "check":
        page = answer(browser, page, answers)
        assert page.status_code == 200

    database.stop()
    stopped = time.monotonic()
    try:
        refused = answer(browser, page, answers)
        assert refused.status_code == 503
        assert "nog niet verstuurd" in refused.text
        assert "antwoorden zijn bewaard" in refused.text
        retry = BeautifulSoup(refused.text, "html.parser").find(
            "a", string="Probeer opnieuw te versturen"
        )
        assert retry is not None

        home = browser.get(base + "/nl/", timeout=10)
        assert home.status_code == 503
        assert "even niet beschikbaar" in home.text
        leaving = requests.get(base + "/exit/", allow_redirects=False, timeout=10)
        assert leaving.status_code == 302
        assert leaving.headers["Location"].startswith("https://")

        still_down = browser.get(
            requests.compat.urljoin(refused.url, retry["href"]), timeout=10
        )
        assert still_down.status_code == 503
        assert "nog niet verstuurd" in still_down.text
        time.sleep(max(0, OUTAGE_SECONDS - (time.monotonic() - stopped)))
    finally:
        database.start()

    sent = browser.get(requests.compat.urljoin(refused.url, retry["href"]), timeout=10)
    assert sent.status_code == 200
    assert "Aanmelding ontvangen" in sent.text
    assert registrations(database) == 1
    again = browser.get(requests.compat.urljoin(refused.url, retry["href"]), timeout=10)
    assert again.status_code == 200
    assert registrations(database) == 1, "sending again made no duplicate"
