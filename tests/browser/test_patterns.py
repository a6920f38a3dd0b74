"""The patterns of issue 14 as people see them, in Chromium: where things stand on
the screen and what is drawn, which the test client cannot see. Check answers
with its change links in one column; the confirmation's numbered steps; the
comparison as cards on a phone; a video before play; stories and youth pages that
do not end in a dead end, the story's notice apart from its quote; one source line
under the figures; a 404 page and an empty search that offer a way on."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_challenge import walk_to_the_check_page
from tests.browser.test_wizard import answer_by_keyboard, tab_to

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}


def test_the_change_links_of_check_answers_stand_in_one_column(
    page: Page, portal, settings
):
    settings.SIGNUP_CHALLENGE = "none"
    page.set_viewport_size({"width": 1280, "height": 900})
    walk_to_the_check_page(page, portal, "nl")

    links = page.locator(".summary-list__actions a")
    assert links.count() >= 10
    rights = {round(box["x"] + box["width"]) for box in _boxes(links)}
    assert len(rights) == 1, f"the change links end at {sorted(rights)}"
    keys = {round(box["x"]) for box in _boxes(page.locator(".summary-list__key"))}
    assert len(keys) == 1


def _boxes(locator) -> list[dict]:
    return [locator.nth(i).bounding_box() for i in range(locator.count())]


def test_the_confirmation_numbers_what_happens_next(page: Page, portal, settings):
    settings.SIGNUP_CHALLENGE = "none"
    page.set_viewport_size(PHONE)
    walk_to_the_check_page(page, portal, "nl")
    answer_by_keyboard(page, "check", {})

    items = page.locator(".next-steps__item")
    assert items.count() >= 3
    numbers = items.evaluate_all(
        """items => items.map(item => {
            const mark = getComputedStyle(item, '::before');
            return [mark.content, parseFloat(mark.width)];
        })"""
    )
    assert all(
        content.startswith("counter(") and width > 0 for content, width in numbers
    )
    feedback = page.locator(".confirmation__feedback a")
    expect(feedback).to_have_attribute("href", "/nl/reactie/?about=registration")


def test_on_a_phone_the_comparison_shows_every_provision_as_a_card(
    page: Page, full_portal, live_site
):
    page.set_viewport_size(PHONE)
    page.goto(full_portal + live_site.pages["which-fits"]["nl"].url)

    expect(page.locator("table.comparison")).to_be_hidden()
    cards = page.locator(".comparison-card")
    assert cards.count() == 3
    for box in _boxes(cards):
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_video_before_play_shows_a_frame_its_title_and_its_length(
    page: Page, full_portal, live_site
):
    page.goto(full_portal + live_site.pages["video-why"]["nl"].url)

    video = page.locator("video.video__player")
    poster = video.get_attribute("poster")
    assert poster
    assert page.request.get(full_portal + poster).ok
    caption = page.locator(".video__caption")
    expect(caption).to_be_visible()
    expect(caption.locator(".video__duration")).to_have_text("(0:09)")


def test_a_story_says_it_is_invented_apart_from_the_quote_and_leads_on(
    page: Page, full_portal, live_site
):
    page.goto(full_portal + live_site.pages["story-sexual-violence"]["nl"].url)

    notice = page.locator(".composite-notice").bounding_box()
    first_quote = page.locator("main blockquote").first.bounding_box()
    assert notice["y"] + notice["height"] < first_quote["y"], "above, not inside"
    expect(page.locator("main blockquote .composite-notice")).to_have_count(0)
    more = page.locator(".story__more a")
    assert more.count() >= 1


def test_a_youth_page_ends_with_a_way_on(page: Page, full_portal, live_site):
    page.set_viewport_size(PHONE)
    page.goto(full_portal + live_site.pages["youth-halt"]["nl"].url)

    expect(page.locator(".youth__more a").first).to_be_visible()
    expect(page.locator("main a.button[href$='?youth=1']")).to_have_count(1)


def test_the_figures_name_their_sources_once(page: Page, full_portal):
    page.goto(f"{full_portal}/nl/cijfers/")

    blocks = page.locator(".figures")
    sources = page.locator(".figures__sources")
    assert blocks.count() >= 1
    assert sources.count() <= blocks.count()
    expect(page.locator(".figures__item .figures__sources")).to_have_count(0)


def test_a_404_page_searches_and_an_empty_search_helps(page: Page, full_portal):
    page.goto(f"{full_portal}/nl/bestaat-niet/")
    tab_to(page, "main input[type=search]")
    page.keyboard.type("qqqzzz")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    expect(page.locator("main h2[aria-live]")).to_have_text("0 resultaten")
    help_box = page.locator(".search-empty")
    expect(help_box).to_be_visible()
    expect(help_box.get_by_role("link").last).to_have_attribute(
        "href", "/nl/aanmelden/"
    )
