"""Glossary links: the first time a glossary term appears in the rich text of a page,
it links to its entry on the glossary page of the page's language.

- The terms come from the live ``GlossaryPage`` of the page's locale: each entry's
  term and its other forms (plurals, inflections), and whether it matches case
  exactly: ticked in the entry (Halt, Samenspraak) or by itself for an abbreviation
  (a capital after the first letter: "OM" never links the Dutch word "om"). Read
  once per content generation (``freshness.cached``), so a page served after the
  first one asks the database nothing for them.
- A term matches as a whole word (no letter or digit right before or after it), not
  inside an existing link, a heading, a button or code, and only its first
  occurrence on the page links, wherever on the page that is: a ``Linker`` is made
  per render (``BasePage.get_context`` puts one in the context as ``glossary``) and
  remembers which terms it linked.
- The template filter ``glossary_links`` (``content_tags``) applies it to rendered
  rich text: ``{{ value|glossary_links:glossary }}``. Without a linker in the
  context (the wizard, e-mails, block previews) the text is returned unchanged, and
  the glossary page itself links nothing.
"""

import functools
import html
import re
from dataclasses import dataclass

from django.apps import apps
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from content import freshness

# Inside these elements nothing is linked.
SKIPPED_ELEMENTS = frozenset(
    {"a", "button", "code", "pre", "script", "style", "h1", "h2", "h3", "h4", "h5"}
    | {"h6", "summary", "label", "textarea", "select", "option"}
)
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")


def term_anchor(term: str) -> str:
    """The id of a term's entry on the glossary page."""
    return "term-" + (slugify(term)[:60].rstrip("-") or "term")


def entry_forms(entry) -> list[str]:
    """The term and its other forms (comma-separated), each once, in order."""
    forms = [entry["term"], *str(entry.get("other_forms") or "").split(",")]
    seen: list[str] = []
    for form in (" ".join(form.split()) for form in forms):
        if form and form not in seen:
            seen.append(form)
    return seen


@dataclass(frozen=True)
class Term:
    term: str
    forms: tuple[str, ...]
    anchor: str
    match_case: bool


@dataclass(frozen=True)
class Glossary:
    url: str  # of the glossary page; "" when the locale has none
    terms: tuple[Term, ...]


NO_GLOSSARY = Glossary(url="", terms=())


def _load(locale_id: int) -> Glossary:
    # By name, not imported: the page models import this module.
    model = apps.get_model("content", "GlossaryPage")
    page = model.objects.live().filter(locale_id=locale_id).first()
    if page is None or not page.url:
        return NO_GLOSSARY
    terms = tuple(
        Term(
            term=block.value["term"],
            forms=tuple(entry_forms(block.value)),
            anchor=term_anchor(block.value["term"]),
            match_case=bool(block.value.get("match_case")),
        )
        for block in page.entries
        if block.block_type == "entry" and block.value["term"].strip()
    )
    return Glossary(url=page.url, terms=terms)


def glossary_for(locale_id: int) -> Glossary:
    """The glossary of a locale, cached until content changes."""
    return freshness.cached(f"glossary:{locale_id}", lambda: _load(locale_id))


# Names of organisations that contain a glossary term: inside them the term is part
# of a name, not the word the glossary explains ("Perspectief Herstelbemiddeling"
# is not a link to "herstelbemiddeling"). Matched like terms, never linked.
NAMES = ("Stichting Perspectief Herstelbemiddeling", "Perspectief Herstelbemiddeling")
_NAME = -1


@functools.lru_cache(maxsize=16)
def _pattern(terms: tuple[Term, ...]) -> tuple[re.Pattern | None, tuple[int, ...]]:
    """One expression for every form of every term, longest form first (so "officier
    van justitie" wins over a shorter term at the same place), and for each group
    the index of its term."""
    if not terms:
        return None, ()
    forms = sorted(
        [
            *(
                (form, index, term.match_case)
                for index, term in enumerate(terms)
                for form in term.forms
            ),
            *((name, _NAME, True) for name in NAMES),
        ],
        key=lambda item: -len(item[0]),
    )
    alternatives = []
    for form, _index, match_case in forms:
        words = r"\s+".join(re.escape(html.escape(word)) for word in form.split())
        exact = match_case or _is_abbreviation(form)
        alternatives.append(f"({words})" if exact else f"((?i:{words}))")
    expression = r"(?<![\w&#])(?:" + "|".join(alternatives) + r")(?!\w)"
    return re.compile(expression), tuple(index for _form, index, _case in forms)


class Linker:
    """Links the terms of one page's glossary, each once, in the order the page's
    rich text is rendered. Made per render: it remembers what it linked."""

    def __init__(self, page):
        self.locale_id = getattr(page, "locale_id", None)
        # The glossary page itself (``links_glossary = False``) links nothing.
        self.enabled = self.locale_id is not None and getattr(
            page, "links_glossary", True
        )
        self.linked: set[int] = set()
        self._glossary: Glossary | None = None

    @property
    def glossary(self) -> Glossary:
        if self._glossary is None:
            self._glossary = (
                glossary_for(self.locale_id) if self.enabled else NO_GLOSSARY
            )
        return self._glossary

    def link(self, rendered: str) -> str:
        """``rendered`` (HTML) with the first occurrence of each term not linked
        before on this page made a link to its glossary entry."""
        glossary = self.glossary
        if not glossary.terms or len(self.linked) == len(glossary.terms):
            return rendered
        pattern, term_of_group = _pattern(glossary.terms)
        if pattern is None:
            return rendered
        parts = _TAG.split(rendered)
        skipped = 0
        for position, part in enumerate(parts):
            if position % 2:  # a tag
                skipped = max(0, skipped + _skip_change(part))
            elif part and not skipped:
                parts[position] = self._link_text(part, pattern, term_of_group)
        return "".join(parts)

    def _link_text(self, text: str, pattern: re.Pattern, term_of_group) -> str:
        glossary = self.glossary

        def replace(match: re.Match) -> str:
            index = term_of_group[match.lastindex - 1]
            if index == _NAME or index in self.linked:
                return match.group(0)
            self.linked.add(index)
            term = glossary.terms[index]
            href = html.escape(f"{glossary.url}#{term.anchor}")
            return f'<a class="glossary-link" href="{href}">{match.group(0)}</a>'

        return pattern.sub(replace, text)


def _is_abbreviation(form: str) -> bool:
    """A capital after the first letter (OM, ZSM, MiS): it matches case exactly, so
    the Dutch word "om" never links to "OM"."""
    return any(character.isupper() for character in form[1:])


def _skip_change(tag: str) -> int:
    """+1 for an opening tag of a skipped element, -1 for its closing tag."""
    match = _TAG_NAME.match(tag)
    if match is None or tag.endswith("/>"):
        return 0
    closing, name = match.groups()
    if name.lower() not in SKIPPED_ELEMENTS:
        return 0
    return -1 if closing else 1


def link_terms(rendered, linker) -> str:
    """The filter's work: ``rendered`` (rich text, as HTML) with glossary links when
    ``linker`` is a ``Linker``, else unchanged."""
    if not isinstance(linker, Linker) or not linker.enabled:
        return rendered
    return mark_safe(linker.link(str(rendered)))
