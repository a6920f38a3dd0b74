"""Fixtures shared by the whole suite. The demo site is built with the same builders
as the ``seed_content`` command, so the tests see what a fresh install shows."""

import pytest
from bs4 import BeautifulSoup

from content import demo
from content.seed import SeededSite, seed_site


@pytest.fixture(autouse=True)
def _empty_cache():
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
