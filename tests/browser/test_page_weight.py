"""Page weight and the illustrations (issue 14): the pages with a drawing show it
with its words for screen readers, and every byte a page loads (HTML, CSS,
scripts, images, fonts; uncompressed, no video) stays under 100 KB."""

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

BUDGET = 100 * 1024
ILLUSTRATED = {
    "home": "conversation",
    "youth": "youth",
    "herstelbemiddeling": "letters",
    "mis": "agreement",
}


def bytes_loaded(page: Page, url: str) -> tuple[int, list[str]]:
    sizes = {}

    def count(response):
        if response.request.resource_type != "media":
            sizes[response.url] = len(response.body())

    page.on("response", count)
    page.goto(url, wait_until="networkidle")
    page.remove_listener("response", count)
    return sum(sizes.values()), sorted(sizes)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", [*ILLUSTRATED, "step-by-step", "which-fits", "faq"])
def test_a_page_loads_under_100_kb_without_video(
    page: Page, full_portal, live_site, key, lang
):
    path = f"/{lang}/" if key == "home" else live_site.pages[key][lang].url
    url = full_portal + path
    total, loaded = bytes_loaded(page, url)

    assert total < BUDGET, f"{key} ({lang}) loads {total} bytes: {loaded}"
    if key in ILLUSTRATED:
        drawing = page.locator("main img.illustration")
        assert drawing.get_attribute("src").endswith(f"/{ILLUSTRATED[key]}.svg")
        assert len(drawing.get_attribute("alt")) > 20
        assert drawing.evaluate("img => img.complete && img.naturalWidth > 0")
        assert any(u.endswith(f"{ILLUSTRATED[key]}.svg") for u in loaded)
