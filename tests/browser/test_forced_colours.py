"""What axe does not check: buttons stay buttons in a Windows contrast theme
(forced colours drop backgrounds, so a button needs a border of its own), and a
focused radio button's ring stands out from the white page (WCAG 1.4.11)."""

import re

import pytest
from playwright.sync_api import Page

from tests.browser.test_wizard import tab_to

pytestmark = pytest.mark.browser


def _border(page: Page, selector: str) -> tuple[str, float]:
    style = page.locator(selector).first.evaluate(
        "el => { const s = getComputedStyle(el);"
        " return [s.borderTopStyle, parseFloat(s.borderTopWidth)]; }"
    )
    return style[0], style[1]


def _luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", rgb)[:3]]
    linear = [
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast_with_white(rgb: str) -> float:
    return 1.05 / (_luminance(rgb) + 0.05)


@pytest.mark.parametrize(
    "path, selector",
    [
        ("/nl/", ".quick-exit__button"),
        ("/nl/", "main a.button"),
        ("/nl/aanmelden/?reset=1", "form button[type=submit].button"),
    ],
)
def test_buttons_keep_a_border_in_forced_colours(page: Page, portal, path, selector):
    page.emulate_media(forced_colors="active")
    page.goto(f"{portal}{path}")

    style, width = _border(page, selector)

    assert style == "solid" and width >= 1, f"{selector} on {path}: {style} {width}px"


def test_a_focused_radio_button_has_a_ring_that_stands_out(page: Page, portal):
    page.goto(f"{portal}/nl/aanmelden/?reset=1")
    tab_to(page, 'input[type="radio"]')

    ring = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; }"
    )

    assert ring[0] == "solid" and ring[1] >= 2
    assert _contrast_with_white(ring[2]) >= 3, ring[2]
