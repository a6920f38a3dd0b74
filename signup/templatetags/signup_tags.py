"""Rendering helpers for the wizard's GOV.UK-style form fields."""

from django import template
from django.utils.html import format_html_join

register = template.Library()

GROUP_WIDGETS = {"radioselect", "checkboxselectmultiple"}


@register.filter
def is_group(field) -> bool:
    return field.widget_type in GROUP_WIDGETS


@register.filter
def error_target(field) -> str:
    """The id the error summary links to: the first option of a group."""
    return f"{field.auto_id}_0" if field.widget_type in GROUP_WIDGETS else field.auto_id


@register.filter
def described_input(field, hint=""):
    """The field's input with its hint and error announced by screen readers."""
    described_by = []
    if field.help_text or hint:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    if field.widget_type in ("text", "email"):
        attrs["spellcheck"] = "false" if field.widget_type == "email" else None
    attrs = {key: value for key, value in attrs.items() if value is not None}
    return field.as_widget(attrs=attrs)


CHOICE = (
    '<div class="choice">'
    '<input type="{}" name="{}" id="{}" value="{}"{}>'
    ' <label for="{}">{}</label>'
    "</div>"
)


@register.filter
def choice_options(field):
    """A group's options, each an input with its label. Written here rather than
    with Django's option templates or a loop in the template: for the wizard's
    80 options per registration both cost more than the rest of the form."""
    options = (
        (
            option.data["type"],
            option.data["name"],
            option.data["attrs"]["id"],
            option.data["value"],
            " checked" if option.data["selected"] else "",
            option.data["attrs"]["id"],
            option.data["label"],
        )
        for option in field.subwidgets
    )
    return format_html_join("\n", CHOICE, options)
