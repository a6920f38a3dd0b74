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

``{% sitewide_cache "name" [value …] %}`` keeps a part that is the same on every
page of a language (the footer, the quick exit, the wizard's help box), varying
also on the values given. Kept in the process like the rest (``freshness.cached``):
a page with a session, a wizard step among them, reads none of it from Redis.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Site

from content import freshness


class FragmentCacheNode(template.Node):
    def __init__(self, name: str, nodelist, per_page: bool, vary=()):
        self.name = name
        self.nodelist = nodelist
        self.per_page = per_page
        self.vary = vary

    def render(self, context) -> str:
        request = context.get("request")
        page = context.get("page")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        if self.per_page and getattr(page, "pk", None) is None:
            return self.nodelist.render(context)
        linker = context.get("glossary") if self.per_page else None
        linked_before = sorted(linker.linked) if linker is not None else []
        site = Site.find_for_request(request)
        key = ":".join(
            (
                "fragment",
                str(page.pk) if self.per_page else "site",
                self.name,
                get_language() or "",
                str(site.pk if site else ""),
                ",".join(map(str, linked_before)),
                *(str(value.resolve(context)) for value in self.vary),
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


def _parse(parser, token, per_page: bool) -> FragmentCacheNode:
    bits = token.split_contents()
    tag = bits[0]
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(
            f'{tag} takes a quoted name first: {{% {tag} "body" %}}'
        )
    if per_page and len(bits) != 2:
        raise template.TemplateSyntaxError(f"{tag} takes only a name")
    vary = [parser.compile_filter(bit) for bit in bits[2:]]
    nodelist = parser.parse((f"end{tag}",))
    parser.delete_first_token()
    return FragmentCacheNode(bits[1][1:-1], nodelist, per_page, vary)


def content_cache(parser, token) -> FragmentCacheNode:
    """``{% content_cache "name" %}…{% endcontent_cache %}``: one page's part."""
    return _parse(parser, token, per_page=True)


def sitewide_cache(parser, token) -> FragmentCacheNode:
    """``{% sitewide_cache "name" [value …] %}…{% endsitewide_cache %}``: the same
    on every page of a language."""
    return _parse(parser, token, per_page=False)
