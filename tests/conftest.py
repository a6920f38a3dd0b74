"""Fixtures shared by the whole suite. The demo site is built with the same builders
as the ``seed_content`` command, so the tests see what a fresh install shows.

Building the demo site takes seconds, and most tests need one, so each test process
builds it once rather than once per test. A test asks for the site it needs:

* ``seeded``: the home pages and the privacy statement,
* ``full_site``: the whole demo site,
* neither: the database as the migrations leave it (for tests of seeding itself).

Before a database test that is not transactional starts, ``_prebuilt_site`` makes
sure the site it asks for is there: built with ``seed_site`` inside a transaction
that is held open across tests, so the test's own transaction nests inside it and
its changes are rolled back as before. The site is rolled back in turn when a test
needs another site or none. ``seeded`` and ``full_site`` still call ``seed_site``,
which finds every page already there and returns it, changing nothing (this is what
tests/content/test_seed.py proves). The tests run grouped by the site they ask for
(``pytest_collection_modifyitems``), so each site is built once per process.

Transactional tests (``transactional_db``, ``live_server``,
``django_db(transaction=True)``) see committed data only and leave an empty
database behind, so no site is held for them; they run after all the others, as
pytest-django orders them. Their fixtures seed for real (``seeded``, ``portal``),
or load a copy of the whole database made when the site was built (``live_site``:
the whole site takes seconds to seed, a tenth of that to load).
"""

import pytest
from bs4 import BeautifulSoup
from pytest_django.fixtures import validate_django_db

from content import demo
from content.seed import SeededSite, seed_site

# The site each fixture stands for (None: the whole demo site map).
SITE_MAPS = {"seeded": demo.MINIMAL_SITE_MAP, "full_site": None}
# The order in which the tests run: no site first, the whole site last.
SITE_ORDER = [None, "seeded", "full_site"]


def _transactional(item) -> bool:
    names = set(getattr(item, "fixturenames", ()))
    if names & {"transactional_db", "live_server", "django_db_reset_sequences"}:
        return True
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return False
    transaction, reset_sequences, *_ = validate_django_db(marker)
    return transaction or reset_sequences


def _uses_db(item) -> bool:
    names = set(getattr(item, "fixturenames", ()))
    return "db" in names or item.get_closest_marker("django_db") is not None


def _site_wanted(item) -> str | None:
    wanted = [name for name in SITE_MAPS if name in getattr(item, "fixturenames", ())]
    if len(wanted) > 1:
        raise pytest.UsageError(f"{item.nodeid} asks for more than one site: {wanted}")
    return wanted[0] if wanted else None


def _run_order(item) -> tuple[int, int]:
    """pytest-django's order (database tests, transactional ones, the rest), and
    within the database tests the site they ask for."""
    if _transactional(item):
        return (1, 0)
    if _uses_db(item):
        return (0, SITE_ORDER.index(_site_wanted(item)))
    return (2, 0)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # After pytest-django's own sort; stable, and the same in every xdist worker.
    items.sort(key=_run_order)


class Sites:
    """The demo sites of one test process: the one held in a transaction that
    stays open across tests, and a copy of the whole database for each site built
    (and as migrated), which transactional tests load instead of seeding again."""

    def __init__(self, blocker):
        from django.contrib.contenttypes.models import ContentType
        from django.core import serializers
        from django.db import connection

        self.blocker = blocker
        self.held: str | None = None
        self.atomic = None
        with blocker.unblock():
            # Made before the first database test, on the database as migrated.
            self.content_types = serializers.serialize(
                "json", ContentType.objects.order_by("pk")
            )
            self.copies = {None: connection.creation.serialize_db_to_string()}

    def hold(self, name: str | None) -> None:
        from django.db import connection, transaction
        from django.utils import translation

        if name == self.held:
            return
        self.release()
        if name is None:
            return
        if connection.in_atomic_block:
            raise RuntimeError(
                "The demo site must be built before the test's own transaction "
                "begins: is the test marked django_db without transaction=True?"
            )
        with self.blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            try:
                with translation.override("nl"):
                    seed_site(SITE_MAPS[name])
                if name not in self.copies:
                    self.copies[name] = connection.creation.serialize_db_to_string()
            except BaseException:
                self.release()
                raise
        self.held = name

    def release(self) -> None:
        from django.db import transaction

        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None
        self.held = None

    def load(self, name: str | None) -> None:
        """For a transactional test: the database emptied and loaded with the copy
        of the site ``name``, in a tenth of the time that seeding it takes."""
        if self.atomic is not None:
            raise RuntimeError("a transactional test runs while a site is held")
        if name not in self.copies:
            self._load(None)
            self.hold(name)
            self.release()
        self._load(name)

    def _load(self, name: str | None) -> None:
        from django.contrib.contenttypes.models import ContentType
        from django.core.management import call_command
        from django.db import connection

        # As TransactionTestCase flushes: sequences go on from where they were, so
        # no new row takes an id the copy holds (PostgreSQL).
        call_command(
            "flush",
            verbosity=0,
            interactive=False,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )
        # Content types first: building a page asks for its content type, which
        # must be found (with the copy's id), not made anew.
        connection.creation.deserialize_db_from_string(self.content_types)
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(self.copies[name])


_sites: Sites | None = None


@pytest.fixture(scope="session")
def _demo_sites(django_db_setup, django_db_blocker):
    global _sites
    _sites = Sites(django_db_blocker)
    yield _sites
    _sites.release()
    _sites = None


@pytest.fixture(autouse=True)
def _prebuilt_site(request):
    """The site this test asks for, built before its transaction begins."""
    item = request.node
    if _transactional(item):
        request.getfixturevalue("_demo_sites")
    elif _uses_db(item):
        request.getfixturevalue("_demo_sites").hold(_site_wanted(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test must find no transaction open: roll the site back
    before it starts (and at the end)."""
    try:
        return (yield)
    finally:
        if _sites is not None and (nextitem is None or _transactional(nextitem)):
            _sites.release()


@pytest.fixture(autouse=True)
def _empty_cache(_prebuilt_site):
    """Each test starts with an empty cache, as its database starts from scratch:
    cached sites, fragments and rate-limit counts must not leak between tests."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in Dutch, the site's default, whatever a test before it
    activated."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.activate("nl")


@pytest.fixture
def seeded(db) -> SeededSite:
    """The home pages and the privacy statement: enough for most tests."""
    return seed_site(demo.MINIMAL_SITE_MAP)


@pytest.fixture
def full_site(db) -> SeededSite:
    """The whole demo site, as a fresh install shows it."""
    return seed_site()


def parse(response) -> BeautifulSoup:
    """The response body as a document, for assertions on structure, not strings."""
    return BeautifulSoup(response.content, "html.parser")
