"""The abstract page every public page type builds on."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from content import freshness, illustrations, search_terms
from content.blocks.text import unknown_figures_error
from content.glossary import Linker


def _restricted_or_alias_paths() -> tuple[str, ...]:
    def compute() -> tuple[str, ...]:
        restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
        aliases = Page.objects.filter(alias_of__isnull=False).values_list(
            "path", flat=True
        )
        return tuple(restricted) + tuple(aliases)

    return freshness.cached("restricted-or-alias-paths", compute)


def _on_path(path: str, paths: tuple[str, ...]) -> bool:
    """Whether one of ``paths`` is the page at ``path`` or one of its ancestors
    (treebeard paths: an ancestor's path is a prefix)."""
    return any(path.startswith(other) for other in paths)


class BasePage(Page):
    """Fields every public page has: a short introduction that doubles as the meta
    description, and an optional image for social media previews."""

    intro = models.TextField(
        blank=True,
        max_length=300,
        verbose_name=_("introduction"),
        help_text=_(
            "One or two sentences under the title. Search engines show it as the "
            "summary of the page unless the search description is filled in."
        ),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("social media image"),
        help_text=_(
            "Shown when the page is shared on social media (1200 x 630 pixels works "
            "best). Optional."
        ),
    )

    illustration = models.CharField(
        max_length=32,
        blank=True,
        choices=illustrations.CHOICES,
        verbose_name=_("illustration"),
        help_text=_(
            "Optional: one of the site's own drawings, beside the title on a wide "
            "screen and under it on a phone."
        ),
    )
    illustration_alt = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("what the illustration shows"),
        help_text=_(
            "Required with an illustration: what a screen reader reads instead, "
            "e.g. 'Drawing: two people talk at a table, a mediator sits with them'."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("illustration"), FieldPanel("illustration_alt")],
            heading=_("Illustration"),
        ),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("search_terms"),
    ]

    # Youth pages set this: their calls to action open the wizard's youth wording.
    youth_page = False
    # The glossary page sets this to False: its rich text links no glossary terms.
    links_glossary = True

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Per render: links each glossary term once on the page (content.glossary).
        context["glossary"] = Linker(self)
        return context

    def clean(self) -> None:
        """An unknown figure in the introduction or a rich-text field is an error
        on that field (blocks check their own, ``ParagraphBlock.clean``); so is an
        illustration without the words that say what it shows."""
        super().clean()
        errors = {}
        for field in self._meta.concrete_fields:
            if field.name == "intro" or isinstance(field, RichTextField):
                error = unknown_figures_error(getattr(self, field.attname) or "")
                if error is not None:
                    errors[field.name] = error
        if self.illustration and not self.illustration_alt.strip():
            errors["illustration_alt"] = ValidationError(
                _("Say what the illustration shows, for people who cannot see it.")
            )
        if errors:
            raise ValidationError(errors)

    @property
    def illustration_image(self) -> dict | None:
        """The chosen illustration as ``{"path", "width", "height", "alt"}``
        (``path`` for ``{% static %}``), or None."""
        found = illustrations.ILLUSTRATIONS.get(self.illustration)
        if found is None:
            return None
        return {
            "path": found.static_path(self.illustration),
            "width": found.width,
            "height": found.height,
            "alt": self.illustration_alt,
        }

    @property
    def meta_description(self) -> str:
        return self.search_description or self.intro

    def searchable_text(self) -> str:
        """The text of the page's own search fields, as the index reads them."""
        text = []
        for field in self.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name != (
                "search_terms"
            ):
                value = field.get_value(self)
                text.extend(value if isinstance(value, list) else [str(value or "")])
        return " ".join(text)

    def search_terms(self) -> str:
        """Stems and compound parts of the page's searchable text, so that Dutch
        compounds and inflections are found (``content.search_terms``)."""
        return search_terms.index_terms(
            self.searchable_text(), self.locale.language_code
        )

    def get_view_restrictions(self):
        """Wagtail's answer (the restrictions of this page and its ancestors,
        aliases resolved: 2 queries, asked twice per page served), without a
        query when no restriction and no alias lies on the way to this page, by
        the tree paths of both, kept until content changes (a restriction added
        or lifted changes the content generation: ``content.signals``)."""
        if self.pk is None or _on_path(self.path, _restricted_or_alias_paths()):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    def get_breadcrumbs(self) -> list[Page]:
        """The pages from the language's home page down to the parent of this one;
        cached until content changes."""

        def ancestors() -> list[Page]:
            return list(self.get_ancestors().filter(depth__gt=1).live())

        if self.pk is None:  # a preview of a page not saved yet
            return ancestors()
        return freshness.cached(f"breadcrumbs:{self.pk}", ancestors)
