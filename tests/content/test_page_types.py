"""Every page type of the content model, on the seeded demo site: rendering in both
languages, tree rules, the video publishing rule, FAQ structured data, search,
sitemap and the editors' translation report."""

import json

from django.apps import apps
from django.core.management import call_command

from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html, rich_text

import pytest

from content.models import (
    AudiencePage,
    FaqPage,
    HomePage,
    ProvisionIndexPage,
    ProvisionPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
    VideoIndexPage,
    VideoPage,
    YouthLandingPage,
    YouthPage,
)
from content.models.base import BasePage
from content.translation_report import untranslated_pages
from tests.conftest import parse
from tests.staff import login_staff

# One seeded page of every type (by its key in the demo site map).
ONE_PER_TYPE = {
    "ProvisionIndexPage": "which-fits",
    "ProvisionPage": "herstelbemiddeling",
    "AudiencePage": "victims",
    "ThemePage": "theme-traffic",
    "VideoIndexPage": "videos",
    "VideoPage": "video-why",
    "FaqPage": "faq",
    "StoryIndexPage": "stories",
    "StoryPage": "story-prison",
    "YouthLandingPage": "youth",
    "YouthPage": "youth-parents",
    "FiguresPage": "figures",
    "GlossaryPage": "glossary",
    "ContactPage": "contact",
    "StandardPage": "privacy",
    "AccessibilityStatementPage": "accessibility",
    "SearchPage": "search",
}


def content_page_models():
    return [
        model
        for model in apps.get_app_config("content").get_models()
        if issubclass(model, BasePage)
    ]


def test_the_demo_site_has_a_page_of_every_type_in_both_languages(full_site):
    names = {model.__name__ for model in content_page_models()}
    assert names == set(ONE_PER_TYPE) | {"HomePage"}
    for model in content_page_models():
        languages = set(
            model.objects.live().values_list("locale__language_code", flat=True)
        )
        assert languages == {"nl", "en"}, model.__name__


def test_every_page_type_renders_in_both_languages(client, full_site):
    for name, key in ONE_PER_TYPE.items():
        pages = full_site.pages[key]
        for lang, page in pages.items():
            other = "en" if lang == "nl" else "nl"
            response = client.get(page.url)
            assert response.status_code == 200, (name, lang)
            doc = parse(response)
            assert doc.html["lang"] == lang, (name, lang)
            assert doc.h1.get_text(strip=True) == page.title, (name, lang)

            alternates = {
                link["hreflang"]: link["href"]
                for link in doc.select('link[rel="alternate"][hreflang]')
            }
            assert alternates[lang] == page.full_url, (name, lang)
            assert alternates[other] == pages[other].full_url
            assert doc.select_one('link[rel="canonical"]')["href"] == page.full_url

            crumbs = doc.select("nav.breadcrumbs li")
            assert crumbs[0].a["href"] == f"/{lang}/", (name, lang)
            assert crumbs[-1].select_one('[aria-current="page"]').get_text() == (
                page.title
            )
            assert len(crumbs) == page.depth - 1, (name, lang)


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (ProvisionPage, ProvisionIndexPage, True),
        (ProvisionPage, HomePage, False),
        (VideoPage, VideoIndexPage, True),
        (VideoPage, HomePage, False),
        (StoryPage, StoryIndexPage, True),
        (StoryPage, HomePage, False),
        (YouthPage, YouthLandingPage, True),
        (YouthPage, HomePage, False),
        (AudiencePage, ProvisionIndexPage, False),
        (StandardPage, VideoPage, False),
        (HomePage, HomePage, False),
    ],
)
def test_page_types_only_fit_where_they_make_sense(child, parent, allowed):
    fits = (
        child in parent.allowed_subpage_models()
        and parent in child.allowed_parent_page_models()
    )
    assert fits is allowed


def test_singletons_cannot_be_added_twice_under_a_home_page(full_site):
    home = full_site.homes["nl"]
    for model in (FaqPage, VideoIndexPage, YouthLandingPage, ProvisionIndexPage):
        assert not model.can_create_at(home), model.__name__
    assert StandardPage.can_create_at(home)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "redactie", "redactie@example.nl", "not-used-here"
    )


def test_the_admin_refuses_a_disallowed_page_type(client, full_site, editor):
    login_staff(client, editor)
    home = full_site.homes["nl"]

    url = f"/admin/pages/add/content/videopage/{home.pk}/"

    form = client.get(url)
    client.post(url, {"title": "Verkeerde plek", "slug": "verkeerde-plek"})

    assert form.status_code in (302, 403), "no form for a page type that does not fit"
    assert not VideoPage.objects.filter(slug="verkeerde-plek").exists()


def add_video_form(client, parent) -> dict:
    html = client.get(f"/admin/pages/add/content/videopage/{parent.pk}/").content
    data = querydict_from_html(html.decode(), form_id="page-edit-form")
    seeded_video = VideoPage.objects.live().first()
    data.update(
        {
            "title": "Nieuwe video",
            "slug": "nieuwe-video",
            "intro": "Een video zonder ondertitels.",
            "video_file": str(seeded_video.video_file_id),
            "duration": "0:09",
            "transcript": rich_text(""),
        }
    )
    return data


def test_a_video_without_captions_or_transcript_cannot_be_published(
    client, full_site, editor
):
    login_staff(client, editor)
    index = full_site.pages["videos"]["nl"]
    data = add_video_form(client, index)
    data["action-publish"] = "action-publish"

    response = client.post(f"/admin/pages/add/content/videopage/{index.pk}/", data)

    assert response.status_code == 200, "the form comes back with errors"
    doc = parse(response)
    errors = doc.select(".error-message, .w-field__errors")
    assert errors, "the editor is told what is missing"
    assert not VideoPage.objects.filter(slug="nieuwe-video").exists()


def test_a_video_draft_may_wait_for_captions_and_transcript(client, full_site, editor):
    login_staff(client, editor)
    index = full_site.pages["videos"]["nl"]
    data = add_video_form(client, index)

    response = client.post(f"/admin/pages/add/content/videopage/{index.pk}/", data)

    assert response.status_code == 302
    draft = VideoPage.objects.get(slug="nieuwe-video")
    assert not draft.live


def test_a_video_with_captions_and_transcript_is_published(client, full_site, editor):
    login_staff(client, editor)
    index = full_site.pages["videos"]["nl"]
    existing = VideoPage.objects.live().filter(locale__language_code="nl").first()
    data = add_video_form(client, index)
    data.update(
        {
            "captions_nl": str(existing.captions_nl_id),
            "transcript": rich_text("<p>Alles wat er gezegd wordt.</p>"),
            "action-publish": "action-publish",
        }
    )

    response = client.post(f"/admin/pages/add/content/videopage/{index.pk}/", data)

    assert response.status_code == 302
    assert VideoPage.objects.get(slug="nieuwe-video").live


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_faq_json_ld_lists_every_question_on_the_page(client, full_site, lang):
    page = full_site.pages["faq"][lang]
    doc = parse(client.get(page.url))

    data = json.loads(doc.select_one('script[type="application/ld+json"]').string)

    visible = [
        item.find(string=True, recursive=False).strip()
        for item in doc.select(".faq__question")
    ]
    assert data["@type"] == "FAQPage"
    names = [question["name"] for question in data["mainEntity"]]
    assert names == visible
    assert len(names) >= 20
    for question in data["mainEntity"]:
        assert question["acceptedAnswer"]["text"]
        assert "<" not in question["acceptedAnswer"]["text"]


def test_every_faq_question_has_a_working_anchor(client, full_site):
    doc = parse(client.get(full_site.pages["faq"]["nl"].url))

    items = doc.select(".faq__item")
    anchors = [item["id"] for item in items]
    assert len(anchors) == len(set(anchors)), "anchors are unique"
    for item in items:
        assert item.select_one(".faq__anchor")["href"] == f"#{item['id']}"


def test_search_finds_a_dutch_faq_answer_only_on_the_dutch_site(client, full_site):
    call_command("wagtail_update_index", verbosity=0)
    nl_faq = full_site.pages["faq"]["nl"]

    dutch = parse(client.get("/nl/zoeken/", {"q": "reiskosten"}))
    english = parse(client.get("/en/search/", {"q": "reiskosten"}))

    dutch_results = [a["href"] for a in dutch.select(".search-results a")]
    assert nl_faq.url in dutch_results
    assert english.select(".search-results a") == []
    assert "0 results" in english.get_text()


def test_search_is_limited_to_the_visitors_language(client, full_site):
    call_command("wagtail_update_index", verbosity=0)

    doc = parse(client.get("/en/search/", {"q": "mediation"}))

    links = [a["href"] for a in doc.select(".search-results a")]
    assert links
    assert all(link.startswith("/en/") for link in links)


def test_sitemap_lists_both_languages_with_alternates(client, full_site):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    xml = response.content.decode()
    page = full_site.pages["herstelbemiddeling"]
    assert f"<loc>{page['nl'].full_url}</loc>" in xml
    assert f"<loc>{page['en'].full_url}</loc>" in xml
    assert f'hreflang="en" href="{page["en"].full_url}"' in xml, (
        "translations are announced as alternates"
    )
    assert xml.count("<url>") == Page.objects.live().filter(depth__gt=1).count()


def test_robots_txt_points_to_the_sitemap_and_keeps_the_form_out(client, db):
    text = client.get("/robots.txt").content.decode()

    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /nl/aanmelden/" in text
    assert "Disallow: /en/register/" in text


def test_youth_pages_open_the_wizard_in_youth_wording(client, full_site):
    doc = parse(client.get(full_site.pages["youth"]["nl"].url))

    doc.select_one(".page-feedback").decompose()  # "Was deze pagina nuttig?"
    hrefs = [a["href"] for a in doc.select("main a.button")]
    assert hrefs and all(href.endswith("?youth=1") for href in hrefs)


def test_the_report_lists_pages_without_a_translation(client, full_site, editor):
    lonely = StandardPage(title="Alleen in het Nederlands", slug="alleen-nl")
    full_site.homes["nl"].add_child(instance=lonely)

    assert list(untranslated_pages()) == [lonely.page_ptr]
    login_staff(client, editor)
    html = client.get("/admin/reports/missing-translations/").content.decode()
    assert "Alleen in het Nederlands" in html
    assert "Herstelbemiddeling" not in html


def test_every_content_field_explains_itself_to_editors():
    for model in content_page_models():
        own_fields = [
            field
            for field in model._meta.get_fields()
            if getattr(field, "model", None) is model
            and field.concrete
            and not field.auto_created
        ]
        for field in own_fields:
            assert field.help_text, f"{model.__name__}.{field.name} has no help text"


def test_editors_can_open_every_page_type_in_the_admin(client, full_site, editor):
    login_staff(client, editor)
    pages = [full_site.homes["nl"]] + [
        full_site.pages[key]["en"] for key in ONE_PER_TYPE.values()
    ]
    for page in pages:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__
