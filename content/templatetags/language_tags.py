"""Template tags for the language switcher and the ``hreflang`` alternates."""

from django import template

from wagtail.models import Site

from content.language_links import language_links

register = template.Library()


def _links(context):
    request = context.get("request")
    if request is None:
        return []
    if "_language_links" not in context.render_context:
        context.render_context["_language_links"] = language_links(
            request, context.get("page")
        )
    return context.render_context["_language_links"]


@register.inclusion_tag("content/tags/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": _links(context)}


def _absolute(request, url: str) -> str:
    """On the site's public address (content/public_address.py), as Wagtail's own
    full URLs are, not on whatever host the request came in by."""
    site = Site.find_for_request(request)
    if site is None or not url.startswith("/"):
        return request.build_absolute_uri(url)
    return site.root_url + url


@register.inclusion_tag("content/tags/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    alternates = [link for link in _links(context) if link.is_translation]
    return {
        "alternates": [
            (link.code, _absolute(request, link.url)) for link in alternates
        ],
        "default_url": next(
            (_absolute(request, link.url) for link in alternates if link.code == "nl"),
            None,
        ),
    }
