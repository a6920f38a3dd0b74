"""Filters that fill in figures from the register (``content.figure_tokens``)."""

from django import template

from content import figure_tokens

register = template.Library()


@register.filter(is_safe=True)
def figures(value) -> str:
    """Rich text (or plain text, escaped first) with ``[cijfer:key]`` and
    ``[jaar:key]`` replaced by the figure's marked-up value."""
    return figure_tokens.substitute_html(value)


@register.filter
def figures_text(value) -> str:
    """The same, as plain text without markup: for attributes and meta tags."""
    return figure_tokens.substitute_text(value)
