"""The search results page, one per language."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from content.models.base import BasePage

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 100


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
        query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
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
