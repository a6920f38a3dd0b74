"""The search results page, one per language."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from content import search_terms
from content.models.base import BasePage

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 100
WORD = re.compile(r"[\w\u200c\u200d]+")


def searchable(typed: str) -> str:
    """What is searched for: the words typed, at most ``MAX_QUERY_LENGTH``
    characters. Punctuation, quotes and control characters are left out: the
    search backends read some as operators (SQLite's full-text search refuses
    ``>``, PostgreSQL a NUL), and a visitor means words. Joiners that belong to a
    word (Persian, Indic scripts) stay."""
    return " ".join(WORD.findall(typed[: MAX_QUERY_LENGTH * 4]))[:MAX_QUERY_LENGTH]


# Where a visitor who found nothing can go on: the overview of the provisions,
# the questions and the contact page, in this order.
SUGGESTED_PAGE_TYPES = ("provisionindexpage", "faqpage", "contactpage")


class SearchPage(BasePage):
    """Searches the live pages in the visitor's language (Wagtail's database search
    backend) and shows the results ten at a time. The visitor's words are stemmed
    as the pages' ``search_terms`` are, so Dutch compounds and inflections are
    found; a search without results suggests where to go on."""

    content_panels = BasePage.content_panels

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("search page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = searchable(request.GET.get("q", ""))
        results = Page.objects.none()
        terms = search_terms.query_terms(query, self.locale.language_code)
        if terms:
            results = (
                Page.objects.live()
                .public()
                .filter(locale=Locale.get_active())
                .exclude(pk=self.pk)
                .specific()
                .search(terms)
            )
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            page_of_results = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger):
            page_of_results = paginator.page(1)
        context.update(query=query, results=page_of_results)
        if query and not paginator.count:
            context["suggestions"] = self.suggestions()
        return context

    def suggestions(self) -> list[Page]:
        """The pages of ``SUGGESTED_PAGE_TYPES`` in this page's language."""
        pages = {
            page.content_type.model: page
            for page in Page.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                content_type__model__in=SUGGESTED_PAGE_TYPES,
            )
            .select_related("content_type")
        }
        return [pages[kind] for kind in SUGGESTED_PAGE_TYPES if kind in pages]
