"""Fixtures shared by the whole suite. The demo site is built with the same builders
as the ``seed_content`` command, so the tests see what a fresh install shows."""

import pytest
from bs4 import BeautifulSoup

from content.seed import SeededSite, seed_site


@pytest.fixture
def seeded(db) -> SeededSite:
    return seed_site()


def parse(response) -> BeautifulSoup:
    """The response body as a document, for assertions on structure, not strings."""
    return BeautifulSoup(response.content, "html.parser")
