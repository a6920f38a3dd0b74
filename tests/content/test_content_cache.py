"""Rendered page content kept until content changes (``content.fragment_cache``):
a page's blocks are rendered once per content generation, so what a visitor the
page cache cannot serve costs does not grow with the number of questions; a
publish shows at once; a draft in preview is never kept nor shown to visitors; the
glossary still links each term once per page."""

import copy
import json
import uuid

from django.template import Context, Template
from django.test import RequestFactory
from django.test.signals import template_rendered

import pytest

from content.models import SiteSettings
from tests.conftest import parse
from tests.content.test_glossary import OM, linker_with
from tests.signup.wizard import WizardRun
from tests.staff import login_staff

FAQ_BLOCK = "content/blocks/faq_list_block.html"


@pytest.fixture
def visitor_with_session(client, settings):
    """Someone half-way through the wizard reading the FAQ: the page cache does not
    serve them (their page could be personal)."""
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-session"
    return client


class Renders:
    """Which templates a request rendered (Django's test instrumentation)."""

    def __init__(self):
        self.names: list[str] = []

    def __enter__(self):
        template_rendered.connect(self._record)
        return self

    def __exit__(self, *exc):
        template_rendered.disconnect(self._record)

    def _record(self, sender, template, **kwargs):
        self.names.append(template.name)

    def count(self, name: str) -> int:
        return self.names.count(name)


def faq_with_questions(page, count: int):
    """The FAQ page with ``count`` questions (the demo's, repeated), published."""
    groups = list(page.groups.raw_data)
    items = [item for group in groups for item in group["value"]["items"]]
    questions = []
    while len(questions) < count:
        for item in items[: count - len(questions)]:
            question = copy.deepcopy(item)
            question["id"] = str(uuid.uuid4())  # without one, read as the old format
            question["value"]["question"] += f" ({len(questions) + 1})"
            questions.append(question)
    group = copy.deepcopy(groups[0])
    group.pop("id", None)
    group["value"]["items"] = questions
    # As JSON: the stream's stored form (a list would be read as block values).
    page.groups = json.dumps([{"type": group["type"], "value": group["value"]}])
    page.save_revision().publish()
    return page


def test_the_questions_are_rendered_once_until_content_changes(
    visitor_with_session, full_site
):
    url = full_site.pages["faq"]["nl"].url
    with Renders() as first:
        visitor_with_session.get(url)
    with Renders() as second:
        response = visitor_with_session.get(url)

    assert first.count(FAQ_BLOCK) > 0
    assert second.count(FAQ_BLOCK) == 0
    assert response.status_code == 200
    assert parse(response).select(".faq__item")


def test_what_a_warm_page_renders_does_not_grow_with_its_questions(
    visitor_with_session, full_site
):
    page = full_site.pages["faq"]["nl"].specific
    warm = {}
    for count in (21, 100):
        faq_with_questions(page, count)
        visitor_with_session.get(page.url)
        with Renders() as renders:
            response = visitor_with_session.get(page.url)
        assert len(parse(response).select(".faq__item")) == count
        warm[count] = renders.names

    assert warm[100] == warm[21]


def test_a_published_question_shows_at_once(visitor_with_session, full_site):
    page = full_site.pages["faq"]["nl"].specific
    visitor_with_session.get(page.url)

    faq_with_questions(page, 3)

    questions = parse(visitor_with_session.get(page.url)).select(".faq__question")
    assert len(questions) == 3
    assert "(3)" in questions[2].get_text()


def test_a_draft_in_preview_is_never_kept_nor_shown_to_visitors(
    client, visitor_with_session, full_site, django_user_model
):
    page = full_site.pages["faq"]["nl"].specific
    live_text = parse(visitor_with_session.get(page.url)).select_one(".faq__question")
    draft = page.get_latest_revision_as_object()
    draft.groups[0].value["items"][0]["question"] = "Een vraag in een concept"
    draft.save_revision()
    editor = django_user_model.objects.create_superuser("redactie", "r@x.nl", "x")
    login_staff(client, editor)

    for _ in range(2):
        preview = parse(client.get(f"/admin/pages/{page.pk}/view_draft/"))
        assert "Een vraag in een concept" in preview.get_text()
        public = parse(visitor_with_session.get(page.url))
        assert "Een vraag in een concept" not in public.get_text()
        assert public.select_one(".faq__question").get_text() == live_text.get_text()


TWO_FRAGMENTS = Template(
    "{% load content_tags %}"
    '{% content_cache "first" %}{{ text|glossary_links:glossary }}'
    "{% endcontent_cache %}"
    "|{{ text|glossary_links:glossary }}"
)


def render_with_a_fresh_linker(page) -> str:
    linker = linker_with(OM)
    request = RequestFactory().get("/nl/", HTTP_HOST="localhost")
    context = {"request": request, "page": page, "glossary": linker, "text": "Het OM"}
    return TWO_FRAGMENTS.render(Context(context))


def test_a_term_linked_in_a_kept_fragment_is_not_linked_again_below_it(full_site):
    page = full_site.homes["nl"]

    rendered = render_with_a_fresh_linker(page)
    from_the_cache = render_with_a_fresh_linker(page)

    assert rendered == from_the_cache
    kept, below = from_the_cache.split("|")
    assert kept.count("glossary-link") == 1
    assert below.count("glossary-link") == 0


def test_a_request_less_render_is_not_kept(full_site):
    template = Template(
        '{% load content_tags %}{% content_cache "x" %}{{ text }}{% endcontent_cache %}'
    )
    page = full_site.homes["nl"]
    first = template.render(Context({"page": page, "text": "een", "glossary": None}))
    second = template.render(Context({"page": page, "text": "twee", "glossary": None}))

    assert (first, second) == ("een", "twee")


SITEWIDE = ("includes/footer.html", "includes/quick_exit.html")


def test_the_footer_and_quick_exit_are_rendered_once_for_every_page(
    visitor_with_session, full_site
):
    with Renders() as first:
        visitor_with_session.get(full_site.homes["nl"].url)
    with Renders() as other_page:
        response = visitor_with_session.get(full_site.pages["faq"]["nl"].url)
    with Renders() as other_language:
        visitor_with_session.get(full_site.homes["en"].url)

    assert all(first.count(name) == 1 for name in SITEWIDE)
    assert not any(other_page.count(name) for name in SITEWIDE)
    assert all(other_language.count(name) == 1 for name in SITEWIDE)
    page = parse(response)
    assert page.select_one("footer") and page.select_one(".quick-exit__button")


def test_the_wizard_help_box_shows_a_new_phone_number_at_once(client, seeded):
    step = WizardRun(client, "nl").start()
    client.get(step)
    site_settings = SiteSettings.for_site(seeded.site)
    site_settings.contact_phone = "0800 123 45 67"
    site_settings.save()

    help_box = parse(client.get(step)).select_one(".help-box")

    assert "0800 123 45 67" in help_box.get_text()


def test_a_sitewide_fragment_varies_on_the_values_it_names(full_site):
    template = Template(
        "{% load content_tags %}"
        '{% sitewide_cache "x" youth %}{{ text }}{% endsitewide_cache %}'
    )
    request = RequestFactory().get("/nl/", HTTP_HOST="localhost")

    def render(youth: bool, text: str, page) -> str:
        context = {"request": request, "youth": youth, "text": text, "page": page}
        return template.render(Context(context))

    home, faq = full_site.homes["nl"], full_site.pages["faq"]["nl"]
    assert render(False, "volwassen", home) == "volwassen"
    assert render(True, "jong", home) == "jong"
    assert render(False, "anders", faq) == "volwassen", "the same on every page"
