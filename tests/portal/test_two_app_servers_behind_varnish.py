"""The deployment of docs/production.md, for real: two gunicorn app servers on
one database and one Redis, Debian's Varnish in front with the repository's VCL
(deploy/varnish/default.vcl), the app servers purging it on every change.

A registration whose steps go to both servers completes once; the rate limit
counts across servers; a publish shows through Varnish within a second; a page
made private is never served from Varnish; with one app server stopped the site
keeps serving, and with none Varnish serves the public pages it holds."""

import http.client
import importlib.util
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

import pytest

from signup.models import Registration
from tests.app_servers import BASE_DIR, AppServer, Varnish, wait_until, workdir
from tests.redis_server import RedisServer
from tests.signup.test_faults import worker_database_url

pytestmark = pytest.mark.django_db(transaction=True)

_spec = importlib.util.spec_from_file_location(
    "benchmark", BASE_DIR / "scripts" / "benchmark.py"
)
benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(benchmark)

HOST = "localhost"  # the seeded site's host name, which the purges name


class Deployment:
    def __init__(self, folder: Path):
        self.dir = folder
        self.redis = RedisServer()
        self.redis.start()
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.app_server_settings",
            "DATABASE_URL": worker_database_url(),
            "CACHE_URL": self.redis.url,
            # Short lifetimes, so the test can see a page outlive them.
            "PUBLIC_PAGE_SHARED_SECONDS": "2",
            "SIGNUP_RATE_LIMIT_UNSOLVED": "2",
        }
        self.env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        self.apps = [AppServer(self.env, self.dir, f"app{n}") for n in (1, 2)]
        self.varnish = Varnish([app.port for app in self.apps], self.dir)
        self.env["FRONT_CACHE_URLS"] = self.varnish.url
        for server in (*self.apps, self.varnish):
            server.start()
        self.wait_for_probes(dict.fromkeys(self.apps, 0))

    def stop(self):
        for server in (self.varnish, *self.apps):
            server.stop()
        self.redis.stop()

    def reset(self):
        """Between tests: the database was emptied, so is everything kept."""
        restarted = {}
        for app in self.apps:
            if app.process is None:
                app.start()
                restarted[app] = app.health_probes()
        with socket.create_connection(("127.0.0.1", self.redis.port)) as conn:
            conn.sendall(b"FLUSHALL\r\n")
            conn.recv(16)
        assert get(self.varnish.url, "/", method="BAN").status == 200
        self.wait_for_probes(restarted)

    def wait_for_probes(self, probes_before: dict) -> None:
        """Healthy for Varnish: its probe (2 of 3) answered since (re)start."""
        for app, before in probes_before.items():
            wait_until(
                lambda app=app, before=before: app.health_probes() >= before + 3,
                what=f"Varnish's probe answered by {app.access_log.name}",
            )

    def run(self, code: str) -> None:
        """Python on one of the app servers' settings, as an editor's change there."""
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=BASE_DIR,
            env=self.env,
            check=True,
            capture_output=True,
        )


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def get(base_url: str, path: str, method: str = "GET", headers=None) -> Answer:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, path, headers={"Host": HOST, **(headers or {})})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def deployment(django_db_setup, django_db_blocker):
    with workdir() as folder:
        with django_db_blocker.unblock():
            running = Deployment(folder)
        yield running
        running.stop()


@pytest.fixture
def site(deployment, seeded):
    deployment.reset()
    return deployment


def test_a_registration_alternating_between_the_servers_is_stored_once(site):
    visitor = benchmark.register(site.varnish.url, "/nl/aanmelden/")

    assert Registration.objects.count() == 1
    for app in site.apps:
        wizard = [line for line in app.requests_seen() if "/nl/aanmelden/" in line]
        assert len(wizard) >= 5, f"{app.access_log.name} served few steps: {wizard}"
    assert benchmark.REFERENCE.fullmatch(visitor.reference)


def test_the_rate_limit_counts_across_servers(site):
    first, second = (f"http://127.0.0.1:{app.port}" for app in site.apps)
    benchmark.register(first, "/nl/aanmelden/")
    benchmark.register(second, "/nl/aanmelden/")

    with pytest.raises(benchmark.BenchmarkError, match="submitting answered"):
        benchmark.register(first, "/nl/aanmelden/")
    assert Registration.objects.count() == 2


def test_a_publish_shows_through_varnish_within_a_second(site):
    assert "Privacyverklaring" in get(site.varnish.url, "/nl/privacy/").text
    cached = get(site.varnish.url, "/nl/privacy/")
    assert cached.headers["X-Cache"] == "hit"
    assert cached.headers["Cache-Control"].startswith("public")

    site.run(
        "from wagtail.models import Page\n"
        "page = Page.objects.get(slug='privacy', locale__language_code='nl').specific\n"
        "page.title = 'Privacy, nieuw gepubliceerd'\n"
        "page.save_revision().publish()\n"
    )
    published = time.monotonic()
    wait_until(
        lambda: "nieuw gepubliceerd" in get(site.varnish.url, "/nl/privacy/").text,
        seconds=1,
        what="the new title through Varnish",
    )
    assert time.monotonic() - published < 1
    # The menu and footer of every other page show it too: the home page went.
    assert get(site.varnish.url, "/nl/").headers["X-Cache"] == "miss"


def test_a_page_made_private_is_never_served_from_varnish(site):
    for _ in range(2):
        get(site.varnish.url, "/nl/privacy/")
    assert get(site.varnish.url, "/nl/privacy/").headers["X-Cache"] == "hit"

    site.run(
        "from wagtail.models import Page, PageViewRestriction\n"
        "page = Page.objects.get(slug='privacy', locale__language_code='nl')\n"
        "PageViewRestriction.objects.create(page=page, restriction_type='login')\n"
    )
    for _ in range(4):
        answer = get(site.varnish.url, "/nl/privacy/")
        assert answer.status == 302, "to the login, never the page"
        assert "no-store" in answer.headers["Cache-Control"]


def test_the_wizard_admin_and_personal_answers_are_never_kept(site):
    for path in ("/nl/aanmelden/", "/admin/login/", "/nl/bestaat-niet/"):
        answers = [get(site.varnish.url, path) for _ in range(2)]
        assert [a.headers["X-Cache"] for a in answers] == ["miss", "miss"], path
    with_session = get(site.varnish.url, "/nl/", headers={"Cookie": "sessionid=x"})
    assert with_session.headers["X-Cache"] == "miss"


def test_campaign_tags_share_the_cached_page(site):
    get(site.varnish.url, "/nl/")
    tagged = get(site.varnish.url, "/nl/?utm_source=tv&utm_campaign=herstel")

    assert tagged.status == 200
    assert tagged.headers["X-Cache"] == "hit"


def test_pages_are_compressed_at_varnish(site):
    plain = get(site.varnish.url, "/nl/")
    compressed = get(site.varnish.url, "/nl/", headers={"Accept-Encoding": "gzip"})

    assert compressed.headers["Content-Encoding"] == "gzip"
    assert len(compressed.body) < len(plain.body) / 2
    assert "Content-Encoding" not in plain.headers


def test_one_app_server_stopped_and_the_site_keeps_serving(site):
    site.apps[0].stop()

    for _ in range(6):  # also the wizard, which Varnish never keeps
        assert get(site.varnish.url, "/nl/aanmelden/").status in (200, 302)
        assert get(site.varnish.url, "/nl/").status == 200


def test_with_no_app_server_varnish_serves_the_pages_it_holds(site):
    assert get(site.varnish.url, "/nl/privacy/").status == 200
    for app in site.apps:
        app.stop()
    time.sleep(3)  # past the page's lifetime (2 s), and the probes have noticed

    stale = get(site.varnish.url, "/nl/privacy/")
    assert stale.status == 200
    assert "Privacyverklaring" in stale.text
    never_fetched = get(site.varnish.url, "/en/")
    assert never_fetched.status == 503
    assert "even niet bereikbaar" in never_fetched.text
    exit_link = 'href="https://www.buienradar.nl/"'
    assert exit_link in never_fetched.text, "the quick exit, also when the app is down"
    assert settings.QUICK_EXIT_DEFAULT_URL in exit_link
