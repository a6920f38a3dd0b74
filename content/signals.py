"""Signal wiring for content: every change to published content, the site
configuration or a figure of the register bumps the content generation
(``content.freshness``), which the page cache and every ``freshness.cached`` value
carry in their keys."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from content import freshness
from content.models import Figure, SiteSettings


def _page_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        freshness.bump()


def connect() -> None:
    """Called once, from ``ContentConfig.ready``."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(freshness.bump, dispatch_uid=f"content-freshness-{signal!r}")
    # A view restriction added or lifted changes who may see a page; a figure is
    # shown on every page that writes its token.
    for model in (Site, SiteSettings, PageViewRestriction, Figure):
        post_save.connect(
            freshness.bump, sender=model, dispatch_uid=f"freshness-save-{model}"
        )
        post_delete.connect(
            freshness.bump, sender=model, dispatch_uid=f"freshness-del-{model}"
        )
    # Page subclasses send their own signals: listen to all and filter.
    post_save.connect(_page_changed, dispatch_uid="content-freshness-page-save")
    post_delete.connect(_page_changed, dispatch_uid="content-freshness-page-delete")
