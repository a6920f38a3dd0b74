"""The demo videos (issue 13): the portal's own explainers under its own titles, each
transcript saying exactly what the captions the seed attached say, and the page
telling when the video is spoken in another language than the page's."""

import pytest

from content.models import VideoPage
from tests.conftest import parse

# The titles of Perspectief Herstelbemiddeling's own videos: never reused here.
PH_TITLES = {
    "waarom herstelbemiddeling?",
    "hoe werkt herstelbemiddeling?",
    "herstelbemiddeling na seksueel geweld",
    "restorative mediation",
    "contact na een verkeersongeval: zo werkt herstelbemiddeling",
}


def cue_texts(document) -> list[str]:
    """The text of every cue of a WebVTT file, in order, one string per cue."""
    with document.file.open("rb") as handle:
        content = handle.read().decode("utf-8")
    blocks = content.replace("\r\n", "\n").strip().split("\n\n")
    assert blocks[0].startswith("WEBVTT"), document.filename
    cues = []
    for block in blocks[1:]:
        lines = block.split("\n")
        timing = next(i for i, line in enumerate(lines) if "-->" in line)
        cues.append(" ".join(lines[timing + 1 :]).strip())
    return cues


def video_pages():
    return VideoPage.objects.live().select_related(
        "captions_nl", "captions_en", "locale"
    )


def test_there_are_five_videos_in_each_language_none_under_a_title_of_ph(full_site):
    pages = list(video_pages())

    for lang in ("nl", "en"):
        assert len([p for p in pages if p.locale.language_code == lang]) == 5
    assert not {page.title.lower() for page in pages} & PH_TITLES


def test_every_transcript_says_exactly_what_its_captions_say(client, full_site):
    pages = list(video_pages())
    assert pages
    for page in pages:
        lang = page.locale.language_code
        captions = getattr(page, f"captions_{lang}")
        assert captions is not None, page.url
        cues = cue_texts(captions)
        assert len(cues) >= 2, captions.filename

        doc = parse(client.get(page.url))
        section = doc.select_one('section[aria-labelledby="transcript"] .rich-text')
        paragraphs = [p.get_text(" ", strip=True) for p in section.select("p")]
        assert paragraphs == cues, page.url
        # The player offers the same file as the page's own (default) track.
        track = doc.select_one("video track[default]")
        assert track["srclang"] == lang and track["src"] == captions.url


def test_the_captions_fit_the_sample_clip(full_site):
    """Every cue ends within the 9 seconds of the clip all demo pages play."""
    for page in video_pages():
        for captions in (page.captions_nl, page.captions_en):
            with captions.file.open("rb") as handle:
                content = handle.read().decode("utf-8")
            ends = [
                line.split("-->")[1].strip()
                for line in content.splitlines()
                if "-->" in line
            ]
            assert ends and all(end <= "00:09.000" for end in ends), captions.filename


@pytest.mark.parametrize(
    ("key", "lang", "notice"),
    [
        ("video-why", "en", "This video is in Dutch, with English subtitles."),
        ("video-english", "nl", "Deze video is in het Engels, met Nederlandse"),
    ],
)
def test_a_video_in_another_language_says_so(client, full_site, key, lang, notice):
    page = full_site.pages[key][lang]

    doc = parse(client.get(page.url))

    assert notice in doc.select_one("p.video__language").get_text()


@pytest.mark.parametrize(
    ("key", "lang"), [("video-why", "nl"), ("video-english", "en")]
)
def test_a_video_in_the_page_language_says_nothing_about_language(
    client, full_site, key, lang
):
    doc = parse(client.get(full_site.pages[key][lang].url))

    assert doc.select_one("p.video__language") is None


def test_an_english_title_on_the_dutch_site_carries_its_language(client, full_site):
    page = full_site.pages["video-english"]["nl"]

    doc = parse(client.get(page.url))

    assert doc.h1["lang"] == "en"
    assert doc.select_one("figcaption.video__caption span")["lang"] == "en"
    index = parse(client.get(full_site.pages["videos"]["nl"].url))
    link = index.find("a", string=page.title)
    assert link["lang"] == "en"
    # A Dutch title on the Dutch site has no language of its own.
    dutch = parse(client.get(full_site.pages["video-why"]["nl"].url))
    assert not dutch.h1.has_attr("lang")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_before_play_a_video_shows_a_still_its_title_and_its_length(
    client, full_site, lang
):
    """Not a dark box at 0:00 (issue 14): the clip's first frame as the poster, and
    the title and length under it."""
    for video in video_pages().filter(locale__language_code=lang):
        soup = parse(client.get(video.url))
        player = soup.select_one("video.video__player")
        assert player.get("poster"), video.url
        name = player["poster"].split("/media/")[-1]
        rendition = video.poster.renditions.get(file=name)
        assert rendition.file.storage.exists(rendition.file.name)
        caption = soup.select_one(".video__caption").get_text(" ", strip=True)
        assert video.title in caption
        assert f"({video.duration})" in caption
