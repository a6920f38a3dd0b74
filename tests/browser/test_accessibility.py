"""Automated accessibility scan (axe-core) of every page kind, in both languages."""

import pytest
from playwright.sync_api import Page

from tests.browser.axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    ["/nl/", "/en/", "/nl/privacy/", "/en/privacy/", "/nl/bestaat-niet/", "/en/nope/"],
)
def test_page_has_no_axe_violations(page: Page, portal, path):
    page.goto(f"{portal}{path}")

    assert_no_axe_violations(page)


def test_small_screen_has_no_axe_violations(page: Page, portal):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{portal}/nl/")

    assert_no_axe_violations(page)
