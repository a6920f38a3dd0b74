"""Template tags and filters for content pages."""

from django import template
from django.utils.safestring import mark_safe

from content import faq

register = template.Library()


@register.filter
def faq_anchor(question: str) -> str:
    return faq.question_anchor(question)


@register.simple_tag
def faq_json_ld(stream) -> str:
    """A ``<script type="application/ld+json">`` with the FAQPage data."""
    # Safe: faq_json_ld escapes <, > and & inside the JSON.
    return mark_safe(
        f'<script type="application/ld+json">{faq.faq_json_ld(stream)}</script>'
    )
