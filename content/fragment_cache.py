"""Rendered page content kept until content changes: ``{% content_cache "name" %}``.

A page's StreamField (the FAQ's questions, a provision page's body) is the part of
its render that grows with what editors write: 100 questions cost twice as much
to render as 21. Wrapped in this tag, the HTML is rendered once per page, name,
language and site and kept under the content generation (``content.freshness``),
so any publish, a figure, the glossary or a video title changed makes it render
anew, and until then every visitor the page cache cannot serve (someone with a
session, a page with a query string) gets it without rendering it again.

What is inside the tag may depend only on the page, its language and content:
never on the visitor, the session or a form (no ``csrf_token``, no ``request``).

The glossary links each term once per page (``content.glossary.Linker``), in the
order the page renders: what the fragment linked is kept with it and handed to the
page's linker on a hit, so a term is not linked again further down, and the terms
linked above the fragment are part of its key.

Previews and renders without a request are never cached: an editor's draft has the
live page's id.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Site

from content import freshness


class ContentCacheNode(template.Node):
    def __init__(self, name: str, nodelist: template.NodeList):
        self.name = name
        self.nodelist = nodelist

    def render(self, context) -> str:
        request = context.get("request")
        page = context.get("page")
        if (
            request is None
            or getattr(request, "is_preview", False)
            or getattr(page, "pk", None) is None
        ):
            return self.nodelist.render(context)
        linker = context.get("glossary")
        linked_before = sorted(linker.linked) if linker is not None else []
        site = Site.find_for_request(request)
        key = ":".join(
            (
                "fragment",
                str(page.pk),
                self.name,
                get_language() or "",
                str(site.pk if site else ""),
                ",".join(map(str, linked_before)),
            )
        )

        def render() -> tuple[str, tuple[int, ...]]:
            html = self.nodelist.render(context)
            linked = tuple(sorted(linker.linked)) if linker is not None else ()
            return str(html), linked

        html, linked = freshness.cached(key, render)
        if linker is not None:
            linker.linked.update(linked)
        return mark_safe(html)


def content_cache(parser, token) -> ContentCacheNode:
    """``{% content_cache "name" %}…{% endcontent_cache %}``"""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(
            f'{bits[0]} takes one quoted name: {{% {bits[0]} "body" %}}'
        )
    nodelist = parser.parse(("endcontent_cache",))
    parser.delete_first_token()
    return ContentCacheNode(bits[1][1:-1], nodelist)
