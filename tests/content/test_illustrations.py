"""The site's own illustrations (issue 14): every drawing in the register is a
small, self-contained SVG file whose licence static/img/README.md records; a page
with a drawing says what it shows, and without those words it does not save."""

import xml.etree.ElementTree as ET
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError

import pytest

from content.illustrations import ILLUSTRATIONS
from content.models import StandardPage
from tests.conftest import parse

STATIC = Path(settings.BASE_DIR) / "static"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("key", ILLUSTRATIONS)
def test_each_drawing_is_a_small_self_contained_svg(key):
    illustration = ILLUSTRATIONS[key]
    path = STATIC / illustration.static_path(key)
    text = path.read_text()

    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == f"0 0 {illustration.width} {illustration.height}"
    assert len(text.encode()) < 10 * 1024
    assert [e for e in root.iter() if e.tag in (f"{SVG}script", f"{SVG}image")] == []
    assert "href" not in text and "<script" not in text
    assert (
        f"`{illustration.static_path(key).removeprefix('img/')}`"
        in (STATIC / "img" / "README.md").read_text()
    )


def test_a_page_with_a_drawing_must_say_what_it_shows(full_site):
    page = StandardPage(title="Met tekening", slug="met-tekening", illustration="youth")

    with pytest.raises(ValidationError) as refused:
        page.clean()
    assert "illustration_alt" in refused.value.error_dict

    page.illustration_alt = "Tekening: twee jongeren op een bank."
    page.clean()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_home_page_shows_its_drawing_with_words_for_screen_readers(
    client, full_site, lang
):
    img = parse(client.get(f"/{lang}/")).select_one("main .hero img.illustration")

    assert img["src"].endswith("/img/illustrations/conversation.svg")
    assert (img["width"], img["height"]) == ("320", "220")
    words = {"nl": "Tekening: twee mensen", "en": "Drawing: two people"}[lang]
    assert img["alt"].startswith(words)
