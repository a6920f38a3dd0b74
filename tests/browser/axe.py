"""Run axe-core (bundled with axe-playwright-python) on the page a test has open."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

# WCAG 2.0-2.2 A and AA, plus axe's best practices (landmarks, headings, ...).
RULESETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

_axe = Axe()


def assert_no_axe_violations(page: Page) -> None:
    results = _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": RULESETS},
            "resultTypes": ["violations"],
        },
    )
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
