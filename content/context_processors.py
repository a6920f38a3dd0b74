from wagtail.models import Site

from content import freshness


def content_version(request):
    """``content_version`` changes with the site and with any content change; cached
    template fragments that show site settings (the footer, the quick exit) use it
    in their key."""
    site = Site.find_for_request(request)
    return {"content_version": f"{freshness.generation()}-{site.pk if site else 0}"}
