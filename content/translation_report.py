"""An admin report of the pages that lack a translation, so editors see at a glance
what still needs writing in the other language."""

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale, Page

import django_filters


def untranslated_pages():
    """Pages whose translation key is not present in every content language."""
    complete = (
        Page.objects.values("translation_key")
        .annotate(languages=Count("locale", distinct=True))
        .filter(languages__gte=len(settings.WAGTAIL_CONTENT_LANGUAGES))
        .values("translation_key")
    )
    return Page.objects.filter(depth__gt=1).exclude(translation_key__in=complete)


class MissingTranslationsFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Written in"),
        queryset=Locale.objects.all(),
        empty_label=_("Any language"),
    )

    class Meta:
        model = Page
        fields = ["locale", "live"]


class MissingTranslationsView(PageReportView):
    page_title = _("Pages without a translation")
    header_icon = "globe"
    filterset_class = MissingTranslationsFilterSet
    index_url_name = "missing_translations"
    index_results_url_name = "missing_translations_results"
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = (
            editable.filter(pk__in=untranslated_pages().values("pk"))
            .select_related("locale")
            .specific(defer=True)
        )
        return super().get_queryset()
