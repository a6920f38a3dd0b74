"""Signal wiring for content: every change to published content, the site
configuration or a figure of the register bumps the content generation
(``content.freshness``), which the page cache and every ``freshness.cached`` value
carry in their keys, and purges the shared front cache (``content.front_cache``)."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.frontend_cache import signal_handlers as wagtail_purge
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from content import freshness, front_cache
from content.models import Figure, SiteSettings


def _changed(**kwargs) -> None:
    freshness.bump()
    front_cache.purge_after_commit()


def _page_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        _changed()


def _without_wagtails_page_purge() -> None:
    """Wagtail purges the published page through the task worker; the whole-site
    purge (content/front_cache.py) covers it, at once."""
    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.disconnect(
                wagtail_purge.page_published_signal_handler, sender=model
            )
            page_unpublished.disconnect(
                wagtail_purge.page_unpublished_signal_handler, sender=model
            )


def connect() -> None:
    """Called once, from ``ContentConfig.ready``."""
    _without_wagtails_page_purge()
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_changed, dispatch_uid=f"content-freshness-{signal!r}")
    # A view restriction added or lifted changes who may see a page; a figure is
    # shown on every page that writes its token.
    for model in (Site, SiteSettings, PageViewRestriction, Figure):
        post_save.connect(
            _changed, sender=model, dispatch_uid=f"freshness-save-{model}"
        )
        post_delete.connect(
            _changed, sender=model, dispatch_uid=f"freshness-del-{model}"
        )
    # Page subclasses send their own signals: listen to all and filter.
    post_save.connect(_page_changed, dispatch_uid="content-freshness-page-save")
    post_delete.connect(_page_changed, dispatch_uid="content-freshness-page-delete")
