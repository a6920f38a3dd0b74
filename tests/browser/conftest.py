"""Browser tests run in Debian's Chromium (``apt-get install chromium``), driven by
Playwright; Playwright's own browser downloads are not used."""

import os
from pathlib import Path

import pytest

from content import demo
from content.seed import seed_site

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))

# Playwright's sync API runs an event loop in this thread; Django would otherwise
# refuse database access from the test body.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.fail(
            f"Browser tests need Debian's Chromium at {CHROMIUM}: "
            "run `apt-get install chromium` (or set CHROMIUM_PATH)."
        )
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        # Keep Chromium from calling home: this machine has no network beyond
        # localhost, and a test must not depend on one.
        "args": [
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-gpu",
        ],
    }


@pytest.fixture
def portal(live_server, transactional_db):
    """Home pages and privacy statement served by a live server; its base URL."""
    seed_site(demo.MINIMAL_SITE_MAP)
    return live_server.url


@pytest.fixture
def live_site(live_server, transactional_db, _demo_sites):
    """The whole demo site, to be served by the live server: the database loaded
    with the site as built for the other tests of this process (seeding it again
    took seconds per test)."""
    _demo_sites.load("full_site")
    return seed_site()


@pytest.fixture
def full_portal(live_site, live_server):
    """The whole demo site served by a live server; its base URL."""
    return live_server.url


@pytest.fixture(autouse=True)
def no_content_security_policy_violations(request):
    """Every browser test also checks that our pages break no rule of the
    Content-Security-Policy: Chromium reports each refused script, style, frame or
    inline handler on the console of the page that broke it."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    live_server = request.getfixturevalue("live_server")
    violations: list[str] = []

    def on_console(message):
        url = (message.location or {}).get("url", "")
        if "Content Security Policy" in message.text and (
            not url or url.startswith(live_server.url)
        ):
            violations.append(f"{url}: {message.text}")

    page.on("console", on_console)
    yield
    assert violations == [], "\n".join(violations)
