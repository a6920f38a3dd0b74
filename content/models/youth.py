"""Pages for young people: short sentences, "je/you", their own lighter template.
Calls to action on these pages open the sign-up wizard in its youth wording."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import BodyBlock
from content.models.base import BasePage


class YouthLandingPage(BasePage):
    """The entry for young people, with its questions as tiles."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Short sentences and 'je'. Shown below the questions; sign-up buttons "
            "here open the form in its youth wording."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    youth_page = True
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.YouthPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("youth landing page")

    @property
    def has_register_block(self) -> bool:
        """Whether the editors placed a sign-up block in the body: then the
        template's own sign-up button would be a second, identical one."""
        return any(block.block_type == "register" for block in self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["questions"] = YouthPage.objects.child_of(self).live()
        return context


class YouthPage(BasePage):
    """One question of young people, answered simply; it ends with links to the
    other youth pages and the youth entry to the sign-up form."""

    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        help_text=_("The answer to the question in the title, in short sentences."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    youth_page = True
    parent_page_types = ["content.YouthLandingPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("youth page")

    def get_context(self, request, *args, **kwargs):
        """The other youth pages and the landing page, as onward links."""
        context = super().get_context(request, *args, **kwargs)
        context["others"] = YouthPage.objects.sibling_of(self, inclusive=False).live()
        context["landing"] = self.get_parent()
        return context
