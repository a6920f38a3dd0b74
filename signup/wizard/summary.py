"""The rows of the "check your answers" page, built from the stored steps."""

from dataclasses import dataclass
from datetime import date

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from signup.rules.dates import long_date
from signup.rules.validators import display_phone
from signup.wizard.steps import CHECK_STEP

PHONE_FIELDS = {"phone", "professional_phone", "guardian_phone"}


@dataclass(frozen=True)
class SummaryRow:
    label: str
    value: str
    change_url: str


def display_value(name: str, field: forms.Field, value) -> str:
    if value in (None, "", []):
        return _("Not given")
    if name in PHONE_FIELDS:
        return display_phone(value)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, date):
        return long_date(value, get_language())
    if isinstance(field, forms.MultipleChoiceField):
        labels = dict(field.choices)
        return ", ".join(str(labels.get(item, item)) for item in value)
    if isinstance(field, forms.ChoiceField):
        return str(dict(field.choices).get(value, value))
    return str(value)


def summary_rows(wizard) -> list[SummaryRow]:
    rows = []
    for step in wizard.get_form_list():
        if step == CHECK_STEP:
            continue
        form = wizard.get_form(step)
        cleaned = wizard.get_cleaned_data_for_step(step) or {}
        change_url = f"{wizard.get_step_url(step)}?change=1"
        for name, field in form.fields.items():
            label = form.question_text if form.single_question else field.label
            rows.append(
                SummaryRow(
                    label=str(label),
                    value=display_value(name, field, cleaned.get(name)),
                    change_url=change_url,
                )
            )
    return rows
