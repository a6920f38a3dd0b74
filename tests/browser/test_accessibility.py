"""Automated accessibility scan (axe-core) of every page kind, in both languages."""

import pytest
from playwright.sync_api import Page

from signup.demo import seed_demo_registrations
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


# The glossary, a youth page, a story and the organisation's pages (issue 13), in
# both languages and on a small screen: the glossary links they carry and the
# story's label included.
ISSUE_13_PAGES = [
    "glossary",
    "youth-halt",
    "story-sexual-violence",
    "about",
    "accessibility",
    "contact",
]


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", ISSUE_13_PAGES)
def test_glossary_youth_and_story_pages_have_no_axe_violations(
    page: Page, full_portal, live_site, key, lang, width
):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{full_portal}{live_site.pages[key][lang].url}")

    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("path", ["/nl/cijfers/", "/en/figures/"])
def test_the_figures_page_has_no_axe_violations(page: Page, full_portal, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{full_portal}{path}")

    assert page.locator("data.figure").count() >= 40
    assert_no_axe_violations(page)
    overflow = page.evaluate(
        "(e => e.scrollWidth - e.clientWidth)(document.documentElement)"
    )
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"


# Pages of issue 13 (content true to the sources), by their key in the demo site map:
# the MiS page with its list of mediation offices, the police-phase page, and a video
# page in the page's language and one spoken in the other language.
PROVISION_PAGES = ["mis", "police-phase", "video-why", "video-english"]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("width", [1280, 320])
def test_mis_police_phase_and_video_pages_have_no_axe_violations(
    page: Page, full_portal, live_site, lang, width
):
    page.set_viewport_size({"width": width, "height": 900})
    for key in PROVISION_PAGES:
        page.goto(f"{full_portal}{live_site.pages[key][lang].url}")

        assert_no_axe_violations(page)
        # Nothing wider than the screen: long Dutch words and e-mail addresses wrap.
        root = "document.documentElement"
        overflow = page.evaluate(f"{root}.scrollWidth - {root}.clientWidth")
        assert overflow <= 0, (key, lang, width, overflow)


# The step-by-step overview (issue 14): its numbered circles and the line joining
# them fit a 320 px screen, and the steps read as headings.
@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_step_by_step_overview_has_no_axe_violations(
    page: Page, full_portal, live_site, lang, width
):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{full_portal}{live_site.pages['step-by-step'][lang].url}")

    steps = page.locator(".step-by-step__step")
    assert steps.count() == 6
    assert page.get_by_role("heading", level=2).count() >= 6
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("path", ["/nl/aanmeldcijfers/", "/en/registration-figures/"])
def test_the_open_registration_figures_have_no_axe_violations(
    page: Page, full_portal, path, width
):
    """With enough registrations for shown, small and hidden cells."""
    seed_demo_registrations(200, 12)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{full_portal}{path}")

    assert page.locator("main table").count() == 5
    assert_no_axe_violations(page)
    overflow = page.evaluate(
        "(e => e.scrollWidth - e.clientWidth)(document.documentElement)"
    )
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
    # Each wide table scrolls in its own region, which takes keyboard focus.
    for region in page.locator("main .table-scroll").all():
        assert region.get_attribute("tabindex") == "0"
        assert region.get_attribute("aria-labelledby")
