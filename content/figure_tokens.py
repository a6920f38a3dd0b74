"""Figures in running text: ``[cijfer:key]`` and ``[jaar:key]``.

Editors never type a statistic. In rich text (paragraphs, accordion sections, FAQ
answers, rich-text fields) and in page introductions they write ``[cijfer:key]``
for the number of a figure in the register (``content.models.Figure``) and
``[jaar:key]`` for its year or period. At render time:

- ``[cijfer:key]`` becomes ``<data class="figure" value="1651" data-figure="key">
  1.651</data>`` in the page's language (nl "1.651", "minder dan 1%"; en "1,651",
  "less than 1%"), so tests and scripts can find every number that came from the
  register;
- ``[jaar:key]`` becomes ``<span class="figure-period" data-figure="key">2024
  </span>`` (or "2017–2019", "sinds 2022");
- an unknown key renders nothing visible and logs a warning with the key only
  (never text of the page). Saving a page with an unknown key is refused:
  ``unknown_keys`` is what the blocks and ``BasePage.clean`` ask.

All figures are read in one query per content generation (``freshness.cached``);
saving or deleting a figure bumps the generation (``content.signals``), so the page
cache and every page show the new value at once. Tokens inside HTML tags (an
attribute, say) are left alone: only text between tags is replaced.
"""

import logging
import re

from django.apps import apps
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language

from content import freshness

logger = logging.getLogger(__name__)

TOKEN = re.compile(r"\[(cijfer|jaar):([a-z0-9]+(?:-[a-z0-9]+)*)\]")
# Also the loose forms an editor may type ("[cijfer: Key ]"), so that validation
# catches them instead of showing them as they are.
LOOSE_TOKEN = re.compile(r"\[\s*(cijfer|jaar)\s*:\s*([^\]\s]*)\s*\]", re.IGNORECASE)
_TAG = re.compile(r"(<[^>]*>)")


def figures() -> dict:
    """Every figure by key, read once per content generation."""

    def load() -> dict:
        model = apps.get_model("content", "Figure")
        return {figure.key: figure for figure in model.objects.all()}

    return freshness.cached("figures-register", load)


def unknown_keys(text: str) -> list[str]:
    """The keys in ``text`` that the register does not hold, in order, once each;
    also tokens written wrongly (capitals, spaces), as written."""
    known = figures()
    found: list[str] = []
    for match in LOOSE_TOKEN.finditer(text or ""):
        exact = TOKEN.fullmatch(match.group(0))
        key = match.group(2) if exact else match.group(0)
        if (not exact or key not in known) and key not in found:
            found.append(key)
    return found


def _language(language: str | None) -> str:
    return "en" if (language or get_language() or "nl")[:2] == "en" else "nl"


def figure_html(figure, language: str | None = None) -> str:
    """The number as a ``<data class="figure">`` element (escaped). A qualifier
    ("minder dan") is in its own ``figure__qualifier`` span, so the figures cards
    can show it smaller than the number."""
    text = figure.formatted_value(language)
    number = figure.formatted_number(language)
    if text != number and number in text:
        before, after = text.split(number, 1)
        inner = "".join(
            [
                f'<span class="figure__qualifier">{escape(before)}</span>'
                if before
                else "",
                escape(number),
                f'<span class="figure__qualifier">{escape(after)}</span>'
                if after
                else "",
            ]
        )
    else:
        inner = escape(text)
    return mark_safe(
        f'<data class="figure" value="{escape(figure.machine_value)}" '
        f'data-figure="{escape(figure.key)}">{inner}</data>'
    )


def period_html(figure, language: str | None = None) -> str:
    """The year or period as a ``<span class="figure-period">`` (escaped)."""
    return mark_safe(
        f'<span class="figure-period" data-figure="{escape(figure.key)}">'
        f"{escape(figure.period(language))}</span>"
    )


def _replace(text: str, render) -> str:
    known = figures()

    def one(match: re.Match) -> str:
        kind, key = match.groups()
        figure = known.get(key)
        if figure is None:
            logger.warning("Unknown figure key in a published text: %s", key)
            return ""
        return render(kind, figure)

    return TOKEN.sub(one, text)


def substitute_html(html, language: str | None = None) -> str:
    """HTML with every token replaced by its marked-up value. Plain (unsafe)
    strings are escaped first; the result is safe."""
    if html is None:
        return ""
    if not isinstance(html, SafeData) and not hasattr(html, "__html__"):
        html = escape(html)
    html = str(html)
    if "[" not in html:
        return mark_safe(html)
    language = _language(language)

    def render(kind, figure):
        if kind == "cijfer":
            return figure_html(figure, language)
        return period_html(figure, language)

    parts = _TAG.split(html)
    # Odd parts are tags; only the text between them holds tokens.
    for index in range(0, len(parts), 2):
        parts[index] = _replace(parts[index], render)
    return mark_safe("".join(parts))


def substitute_text(text, language: str | None = None) -> str:
    """Plain text with every token replaced by its value, no markup (for meta
    descriptions and structured data)."""
    text = "" if text is None else str(text)
    if "[" not in text:
        return text
    language = _language(language)

    def render(kind, figure):
        if kind == "cijfer":
            return figure.formatted_value(language)
        return figure.period(language)

    return _replace(text, render)


def plain_text(html: str, language: str | None = None) -> str:
    """Rich text as plain text with its figures filled in."""
    return substitute_text(strip_tags(html or ""), language)
