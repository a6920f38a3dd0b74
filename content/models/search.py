"""The search results page, one per language."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

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


class SearchPage(BasePage):
    """Searches the live pages in the visitor's language (Wagtail's database search
    backend) and shows the results ten at a time."""

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
        if query:
            results = (
                Page.objects.live()
                .public()
                .filter(locale=Locale.get_active())
                .exclude(pk=self.pk)
                .specific()
                .search(query)
            )
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            page_of_results = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger):
            page_of_results = paginator.page(1)
        context.update(query=query, results=page_of_results)
        return context
