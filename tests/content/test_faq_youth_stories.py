"""The FAQ, the youth pages and the stories of the demo site (issue 13): the FAQ
answers the questions the issue lists in both languages; the youth pages speak
with "je", never "u", and lead to the wizard's youth entry; every story says it is
an invented example, apart from the story; the errors the issue names are gone."""

import re

from django.urls import reverse
from django.utils import translation

import pytest

from content.demo import SITE_MAP
from tests.conftest import parse

# "u" or "uw" as a word, as tests/signup/test_youth_wording.py checks the wizard.
FORMAL_YOU = re.compile(r"\b[Uu]w?\b")
INFORMAL_YOU = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)

FAQ_QUESTIONS = {
    "nl": [
        "Ik weet niet wie het heeft gedaan. Kan ik me toch aanmelden?",
        "De andere partij is overleden. Kan er dan nog iets?",
        "De dader zit in de gevangenis. Kan het dan?",
        "Het gaat om een ruzie met de buren. Is dit iets voor mij?",
        "Ik spreek weinig Nederlands. Kan ik toch meedoen?",
        "Hoe lang moet ik wachten?",
        "Hoe komen jullie aan de gegevens van de andere partij?",
        "Mag ik iemand meenemen?",
        "Wat hoort de rechter of de officier van justitie?",
        "Kan ik van gedachten veranderen?",
        "Wat als de andere partij geen contact wil?",
        "Kost herstelbemiddeling geld?",
        "Moeten mijn ouders het weten?",
    ],
    "en": [
        "I do not know who did it. Can I still register?",
        "The other party has died. Is anything still possible?",
        "The offender is in prison. Is it still possible?",
        "It is about a dispute with my neighbours. Is this for me?",
        "I speak little Dutch. Can I still take part?",
        "How long will I have to wait?",
        "How do you get the other party's contact details?",
        "Can I bring someone with me?",
        "What does the judge or the public prosecutor hear?",
        "Can I change my mind?",
        "What if the other party does not want contact?",
        "Does restorative mediation cost money?",
        "Do my parents need to know?",
    ],
}

YOUTH_PAGES = [
    "youth-done-to-you",
    "youth-i-did-it",
    "youth-online",
    "youth-school",
    "youth-parents",
    "youth-halt",
]
STORIES = ["story-prison", "story-traffic", "story-sexual-violence"]


def faq_questions(page) -> list[str]:
    return [item["question"] for group in page.groups for item in group.value["items"]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_faq_answers_the_questions_of_the_issue(client, full_site, lang):
    page = full_site.pages["faq"][lang]
    questions = faq_questions(page)
    for question in FAQ_QUESTIONS[lang]:
        assert question in questions, question

    doc = parse(client.get(page.url))
    shown = [q.get_text(" ", strip=True) for q in doc.select(".faq__question")]
    for question in FAQ_QUESTIONS[lang]:
        assert any(text.startswith(question) for text in shown), question


def test_both_languages_of_the_faq_have_the_same_topics_and_questions(full_site):
    nl, en = (full_site.pages["faq"][lang] for lang in ("nl", "en"))
    assert len(nl.groups) == len(en.groups) >= 7
    for nl_group, en_group in zip(nl.groups, en.groups, strict=True):
        assert len(nl_group.value["items"]) == len(en_group.value["items"])


def test_every_faq_answer_starts_with_a_short_answer(full_site):
    """The first sentence of every answer is short: the answer, then the why."""
    for lang in ("nl", "en"):
        for group in full_site.pages["faq"][lang].groups:
            for item in group.value["items"]:
                text = parse(
                    type("R", (), {"content": item["answer"].source.encode()})
                ).get_text(" ", strip=True)
                first = re.split(r"(?<=[.?!])\s", text, maxsplit=1)[0]
                assert len(first.split()) <= 16, (item["question"], first)


def youth_article(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return parse(response).select_one("article.youth")


@pytest.mark.parametrize("key", YOUTH_PAGES)
def test_a_youth_page_speaks_with_je_and_leads_to_the_youth_wizard(
    client, full_site, key
):
    for lang in ("nl", "en"):
        with translation.override(lang):
            wizard = reverse("signup:start") + "?youth=1"
        article = youth_article(client, full_site.pages[key][lang])
        hrefs = [a["href"] for a in article.select("a[href]")]
        assert wizard in hrefs, (key, lang)
        # Onward: the other youth pages and help.
        others = [
            full_site.pages[other][lang].url for other in YOUTH_PAGES if other != key
        ]
        assert set(others) <= set(hrefs), (key, lang)
        assert any(href.startswith("https://") for href in hrefs), "help"

    article = youth_article(client, full_site.pages[key]["nl"])
    text = article.get_text(" ", strip=True)
    assert not FORMAL_YOU.findall(text), FORMAL_YOU.findall(text)
    assert INFORMAL_YOU.search(text)


@pytest.mark.parametrize("key", YOUTH_PAGES)
def test_a_youth_page_says_enough_in_few_words(full_site, key):
    for lang in ("nl", "en"):
        page = full_site.pages[key][lang]
        words = sum(
            len(
                parse(type("R", (), {"content": str(block).encode()}))
                .get_text(" ")
                .split()
            )
            for block in page.body
        )
        assert 150 <= words <= 300, (key, lang, words)


def test_the_youth_landing_page_lists_every_youth_page(client, full_site):
    for lang in ("nl", "en"):
        landing = full_site.pages["youth"][lang]
        doc = parse(client.get(landing.url))
        tiles = {a["href"] for a in doc.select(".tiles a")}
        for key in YOUTH_PAGES:
            assert full_site.pages[key][lang].url in tiles, (key, lang)
        intro = doc.select_one(".lead").get_text()
        assert "tussen jou en" not in intro and "between you and" not in intro


def test_the_youth_landing_page_has_one_sign_up_button(client, full_site):
    landing = full_site.pages["youth"]["nl"]
    youth_entry = f"{reverse('signup:start')}?youth=1"

    def buttons() -> list:
        doc = parse(client.get(landing.url))
        return [a for a in doc.select("main a.button") if a["href"] == youth_entry]

    assert len(buttons()) == 1
    # Without the editors' sign-up block, the page's own button is the way in.
    landing.body = [
        (b.block_type, b.value) for b in landing.body if b.block_type != "register"
    ]
    landing.save_revision().publish()
    assert len(buttons()) == 1


@pytest.mark.parametrize("key", STORIES)
def test_a_story_says_it_is_an_invented_example_apart_from_the_story(
    client, full_site, key
):
    labels = {"nl": "Verzonnen voorbeeld", "en": "Invented example"}
    for lang, label in labels.items():
        doc = parse(client.get(full_site.pages[key][lang].url))
        notice = doc.select_one("article .composite-notice")
        assert notice is not None and label in notice.get_text(), (key, lang)
        assert notice.find_parent("blockquote") is None
        assert notice.select("blockquote") == []
        # Above the story, so it is read first.
        quote = doc.select_one("article blockquote")
        assert notice.sourceline < quote.sourceline or (
            notice.sourceline == quote.sourceline and notice.sourcepos < quote.sourcepos
        )
        # Ends with a next step: registering and reading more.
        assert doc.select_one("article .register-cta a.button") is not None


def test_the_story_overview_labels_every_story(client, full_site):
    doc = parse(client.get(full_site.pages["stories"]["nl"].url))
    cards = doc.select(".card")
    assert len(cards) == len(STORIES)
    for card in cards:
        assert "Verzonnen voorbeeld" in card.get_text()


def all_text(specs) -> str:
    parts = []
    for spec in specs:
        parts.append(repr(spec.nl) + repr(spec.en))
        parts.append(all_text(spec.children))
    return " ".join(parts)


@pytest.mark.parametrize(
    "phrase",
    [
        "tussen jou en iemand anders",
        "between you and someone else",
        "domme keuze",
        "stupid choice",
        "verzonnen naam",
        "invented name",
        "40% van de aanmeldingen",
        "40% of registrations",
    ],
)
def test_the_errors_of_the_issue_are_gone_from_faq_youth_and_stories(phrase):
    mine = [spec for spec in SITE_MAP if spec.key in ("faq", "youth", "stories")]
    assert len(mine) == 3
    assert phrase.lower() not in all_text(mine).lower()
