"""The content pages in Chromium: an axe-core scan of one page of every type in both
languages, and videos that contact nobody before the visitor presses play."""

import io
import re
from urllib.parse import urlsplit

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from content.models import VideoPage
from tests.browser.axe import assert_no_axe_violations
from tests.content.test_page_types import ONE_PER_TYPE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_one_page_of_every_type_has_no_axe_violations(
    page: Page, full_portal, live_site, lang
):
    urls = [live_site.homes[lang].url] + [
        live_site.pages[key][lang].url for key in ONE_PER_TYPE.values()
    ]
    for url in urls:
        page.goto(f"{full_portal}{url}")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        assert_no_axe_violations(page)


def requests_by_host(page: Page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


def other_hosts(urls: list[str], portal: str) -> list[str]:
    own = urlsplit(portal).netloc
    return [url for url in urls if urlsplit(url).netloc not in (own, "")]


def test_a_self_hosted_video_loads_nothing_until_play_then_plays(
    page: Page, full_portal
):
    video_page = VideoPage.objects.get(
        slug="wat-herstelbemiddeling-kan-bieden", locale__language_code="nl"
    )
    seen = requests_by_host(page)

    page.goto(f"{full_portal}{video_page.url}")
    page.wait_for_load_state("networkidle")

    assert other_hosts(seen, full_portal) == []
    assert not [url for url in seen if url.endswith(".webm")], "preload=none"
    video = page.locator("video")
    expect(video.locator('track[srclang="nl"]')).to_have_attribute("default", "")

    video.focus()
    page.keyboard.press("Space")  # how a keyboard user starts the native player

    page.wait_for_function(
        "() => { const v = document.querySelector('video');"
        " return v && !v.paused && v.currentTime > 0.5; }",
        timeout=15000,
    )
    assert [url for url in seen if ".webm" in url], "the clip came from this site"
    assert other_hosts(seen, full_portal) == []
    assert page.evaluate("document.querySelector('video').textTracks[0].mode") == (
        "showing"
    )


@pytest.fixture
def youtube_video(full_portal):
    """A video page that plays from YouTube, published the way an editor would."""
    page = VideoPage.objects.get(
        slug="wat-herstelbemiddeling-kan-bieden", locale__language_code="nl"
    )
    page.video_file = None
    page.youtube_id = "abcdefghijk"
    page.save_revision().publish()
    return page


def test_a_youtube_video_contacts_youtube_only_after_play(
    page: Page, full_portal, youtube_video
):
    seen = requests_by_host(page)
    page.route(
        re.compile(r"^https://www\.youtube-nocookie\.com/.*"),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>player</title>"
        ),
    )

    page.goto(f"{full_portal}{youtube_video.url}")
    page.wait_for_load_state("networkidle")

    assert other_hosts(seen, full_portal) == []
    button = page.get_by_role("link", name=re.compile("Speel de video af"))
    button.focus()
    page.keyboard.press("Enter")

    frame = page.locator("iframe.video__frame")
    expect(frame).to_have_attribute(
        "src", re.compile(r"^https://www\.youtube-nocookie\.com/embed/abcdefghijk\?")
    )
    expect(frame).to_have_attribute("title", youtube_video.title)
    page.wait_for_timeout(300)
    assert {urlsplit(url).netloc for url in other_hosts(seen, full_portal)} == {
        "www.youtube-nocookie.com"
    }


def test_the_youth_pages_green_reaches_the_edges_of_a_wide_window(
    page: Page, full_portal, live_site
):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{full_portal}{live_site.pages['youth']['nl'].url}")
    main = page.locator("main").bounding_box()
    y = main["y"] + 40

    shot = Image.open(
        io.BytesIO(page.screenshot(clip={"x": 0, "y": y, "width": 1280, "height": 1}))
    )
    edge, middle = shot.getpixel((4, 0))[:3], shot.getpixel((640, 0))[:3]

    assert edge == middle, f"white band beside the youth page: {edge} vs {middle}"
