"""WCAG 2.4.11 Focus Not Obscured, which axe cannot see: the sticky quick-exit bar
never covers the element that has keyboard focus, also when tabbing backwards,
and an error-summary link on a phone shows the question, not only its radio
button under the bar. At 400% zoom the bar takes little of the screen."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_wizard import submit

pytestmark = pytest.mark.browser

BAR = ".quick-exit"


def _covered(page: Page) -> dict | None:
    """The focused element's box when the bar covers part of it, else None."""
    return page.evaluate(
        """bar => {
            const el = document.activeElement;
            if (!el || el === document.body || el.closest(bar)) return null;
            const box = el.getBoundingClientRect();
            if (!box.height || !box.width) return null;
            // What is drawn at the focused element's top edge and its middle:
            // the bar there means the bar covers (part of) the focus.
            const x = box.left + Math.min(4, box.width / 2);
            const points = [[x, box.top + 1], [x, box.top + box.height / 2]];
            const hidden = points.some(([px, py]) => {
                const top = document.elementFromPoint(px, py);
                return top && top.closest(bar);
            });
            return hidden
                ? {tag: el.tagName, text: el.textContent.trim().slice(0, 40),
                   top: box.top}
                : null;
        }""",
        BAR,
    )


@pytest.mark.parametrize("width, height", [(1280, 720), (320, 640)])
@pytest.mark.parametrize("path", ["/nl/", "/nl/veelgestelde-vragen/"])
def test_tabbing_backwards_never_hides_focus_under_the_bar(
    page: Page, portal, path, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{portal}{path}")
    page.locator("footer a").last.focus()

    covered = []
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        if box := _covered(page):
            covered.append(box)

    assert covered == []


def test_an_error_link_on_a_phone_shows_the_question(page: Page, portal):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{portal}/nl/aanmelden/?reset=1")
    page.mouse.wheel(0, 2000)
    submit(page)

    link = page.locator("[data-error-summary] a").first
    target = link.get_attribute("href")
    link.click()

    expect(page.locator(target)).to_be_focused()
    legend = page.locator(f"fieldset:has({target}) legend").first
    box = legend.bounding_box()
    bar = page.locator(BAR).bounding_box()
    assert box["y"] >= bar["y"] + bar["height"] - 0.5, "the question is under the bar"
    assert box["y"] < 640, "the question is on screen"


def test_at_400_percent_zoom_the_bar_takes_little_of_the_screen(page: Page, portal):
    # 1280 x 900 at 400%: 320 x 225 CSS pixels.
    page.set_viewport_size({"width": 320, "height": 225})
    page.goto(f"{portal}/nl/")

    bar = page.locator(BAR).bounding_box()

    assert bar["height"] / 225 <= 0.25
    expect(page.get_by_role("link", name="Snel weg")).to_be_visible()
