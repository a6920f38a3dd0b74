"""WCAG 1.4.10 Reflow and 1.4.12 Text Spacing, which axe cannot see: at 320 CSS
pixels wide no page of the demo site scrolls sideways, also not with the text
spacing of WCAG 1.4.12 applied. Long Dutch compounds ("Toegankelijkheidsverklaring")
and e-mail addresses must wrap."""

from wagtail.models import Page as WagtailPage

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

# The WCAG 1.4.12 text-spacing override (as in the W3C's own test bookmarklet).
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""

OVERFLOW = """() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const wide = [...document.querySelectorAll('body *')].find(
        el => el.getBoundingClientRect().right > root.clientWidth + 0.5
              && !el.closest('.visually-hidden'));
    return {by: root.scrollWidth - root.clientWidth,
            element: wide ? wide.tagName + ' ' + wide.className + ': '
                            + wide.textContent.trim().slice(0, 40) : ''};
}"""


def _paths() -> list[str]:
    return [
        page.url
        for page in WagtailPage.objects.live().public().filter(depth__gt=1)
        if page.url
    ]


@pytest.mark.parametrize("spacing", [False, True], ids=["plain", "text-spacing"])
def test_no_page_scrolls_sideways_at_320_pixels(browser: Browser, full_portal, spacing):
    # The override is a style sheet of the tester's own, as a user style sheet or
    # bookmarklet would add it: the site's Content-Security-Policy does not apply.
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, bypass_csp=spacing
    )
    page = context.new_page()
    paths = _paths()
    assert len(paths) > 60

    wide = {}
    for path in paths:
        page.goto(f"{full_portal}{path}")
        if spacing:
            page.add_style_tag(content=TEXT_SPACING)
        if overflow := page.evaluate(OVERFLOW):
            wide[path] = overflow
    context.close()

    assert wide == {}


@pytest.mark.parametrize("spacing", [False, True], ids=["plain", "text-spacing"])
def test_the_widest_reference_stays_on_one_line_inside_its_panel(
    browser: Browser, portal, settings, spacing
):
    """The confirmation's reference at 320 px: one line (a reference broken at a
    hyphen reads as two), inside the green panel, for the widest the alphabet
    makes (signup/wizard/references.py)."""
    from tests.browser.test_challenge import walk_to_the_check_page
    from tests.browser.test_wizard import answer_by_keyboard

    settings.SIGNUP_CHALLENGE = "none"
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, bypass_csp=spacing
    )
    page = context.new_page()
    walk_to_the_check_page(page, portal, "nl")
    answer_by_keyboard(page, "check", {})
    if spacing:
        page.add_style_tag(content=TEXT_SPACING)

    reference = page.locator(".panel .reference")
    for widest in ("HW-WWWW-WWWW", "HW-MMMM-MMMM"):
        reference.evaluate("(el, text) => { el.textContent = text; }", widest)
        box = reference.bounding_box()
        panel = page.locator(".panel").bounding_box()
        assert box["height"] < 60, f"{widest} wraps"
        assert panel["x"] <= box["x"] and box["x"] + box["width"] <= (
            panel["x"] + panel["width"]
        ), (widest, box, panel)
        assert page.evaluate(OVERFLOW) is None
    context.close()
