"""Every change purges the whole site from the shared front cache, after the
commit, through Wagtail's frontend cache (content/front_cache.py). A small HTTP
server stands in for Varnish here and records what it is asked; the real Varnish
is in tests/portal/test_two_app_servers_behind_varnish.py."""

import io
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Page, Site

import pytest

from content import freshness, front_cache
from content.models import Figure, SiteSettings


class Recorder(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Varnish

    def do_PURGE(self):
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    with override_settings(WAGTAILFRONTENDCACHE=config(location)):
        yield server
    server.shutdown()
    server.server_close()


def config(location: str, timeout: float = 2) -> dict:
    return {
        "varnish": {
            "BACKEND": "content.front_cache.HTTPBackend",
            "LOCATION": location,
            "TIMEOUT": timeout,
        }
    }


def paths(server) -> set[str]:
    return {path for _host, path in server.purged}


def privacy(language: str = "nl") -> Page:
    return Page.objects.get(slug="privacy", locale__language_code=language).specific


def every_live_page_path() -> set[str]:
    return {page.url for page in Page.objects.live().filter(depth__gt=1)}


def test_publishing_purges_every_page_in_both_languages(
    seeded, front_cache_server, django_capture_on_commit_callbacks
):
    page = privacy()
    page.title = "Privacy (bijgewerkt)"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    purged = paths(front_cache_server)
    assert {"/nl/", "/en/", privacy("nl").url, privacy("en").url} <= purged
    assert purged == every_live_page_path()
    hosts = {host for host, _path in front_cache_server.purged}
    assert hosts == {seeded.site.hostname + _port(seeded.site)}
    assert len(front_cache_server.purged) == len(purged), "each address once"


def _port(site) -> str:
    return "" if site.port in (80, 443) else f":{site.port}"


def test_an_unpublished_page_is_purged_too(
    seeded, front_cache_server, django_capture_on_commit_callbacks
):
    page = privacy()
    old_url = page.url
    with django_capture_on_commit_callbacks(execute=True):
        front_cache.purge_site()
    front_cache_server.purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert old_url not in every_live_page_path()
    assert old_url in paths(front_cache_server)


def test_a_moved_page_is_purged_at_its_old_address(
    seeded, front_cache_server, django_capture_on_commit_callbacks
):
    page = privacy()
    old_url = page.url
    front_cache.purge_site()
    front_cache_server.purged.clear()
    new_parent = Page.objects.get(pk=seeded.homes["nl"].pk)
    sibling = new_parent.add_child(instance=Page(title="Over ons", slug="over-ons"))

    with django_capture_on_commit_callbacks(execute=True):
        page.move(sibling, pos="last-child")

    page.refresh_from_db()
    assert page.url != old_url
    assert {old_url, page.url} <= paths(front_cache_server)


def test_site_settings_and_figures_purge_the_whole_site(
    seeded, front_cache_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        settings = SiteSettings.for_site(seeded.site)
        settings.save()
    assert paths(front_cache_server) == every_live_page_path()

    front_cache_server.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Figure.objects.create(
            key="test-figure", value=12, label_nl="iets", year=2024, source_nl="Bron"
        )
    assert paths(front_cache_server) == every_live_page_path()


def test_one_change_purges_once(
    seeded, front_cache_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        privacy().save_revision().publish()

    assert len(callbacks) > 1, "several signals for one publish"
    assert len(front_cache_server.purged) == len(every_live_page_path())


def test_without_a_front_cache_nothing_is_sent(
    seeded, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        privacy().save_revision().publish()

    assert callbacks == [], "no front cache configured, nothing scheduled"


def test_a_front_cache_that_does_not_answer_does_not_hold_up_a_publish(
    seeded, django_capture_on_commit_callbacks
):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts, never answers
    location = f"http://127.0.0.1:{silent.getsockname()[1]}"
    try:
        with override_settings(WAGTAILFRONTENDCACHE=config(location, timeout=0.3)):
            started = time.monotonic()
            with django_capture_on_commit_callbacks(execute=True):
                privacy().save_revision().publish()
            assert time.monotonic() - started < 2
    finally:
        silent.close()


def test_the_command_purges_every_page_after_a_deploy(seeded, front_cache_server):
    out = io.StringIO()
    before = freshness.generation()
    call_command("purge_front_cache", stdout=out)

    assert freshness.generation() > before  # the app's own caches render anew too
    assert paths(front_cache_server) == every_live_page_path()
    assert out.getvalue().strip() == f"{len(every_live_page_path())} addresses purged"


def test_every_address_is_built_from_one_reading_of_the_sites(seeded, monkeypatch):
    readings = []
    read = Site.get_site_root_paths

    def counted():
        readings.append(1)
        return read()

    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counted))
    urls = front_cache.live_page_urls()

    assert len(urls) == Page.objects.live().filter(depth__gt=1).count() > 1
    assert len(readings) == 1
