"""The rows of the "check your answers" page, built from the stored steps and
grouped under the wizard's sections (``signup.wizard.sections``), as GOV.UK's
check-answers pattern groups them.

A step with several fields (contact details) shows only the fields answered:
"Not given" beside an e-mail address nobody asked for reads as a mistake. A
step of one question, or a step left empty altogether, still shows its row, so
that its "Change" link is there to add an answer.
"""

from dataclasses import dataclass
from datetime import date

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from signup.rules.dates import long_date
from signup.rules.validators import display_phone
from signup.wizard.sections import section_of
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


@dataclass(frozen=True)
class SummarySection:
    title: str
    rows: list[SummaryRow]


def _answered(value) -> bool:
    return value not in (None, "", [])


def summary_sections(wizard) -> list[SummarySection]:
    """The answers of every step asked, under the title of its section."""
    sections: list[SummarySection] = []
    audience = wizard.audience()
    for step in wizard.get_form_list():
        if step == CHECK_STEP:
            continue
        # One form per step, with its answers: formtools' get_cleaned_data_for_step
        # would make a second one beside the form the labels come from.
        form = wizard.get_form(
            step=step,
            data=wizard.storage.get_step_data(step),
            files=wizard.storage.get_step_files(step),
        )
        cleaned = form.cleaned_data if form.is_valid() else {}
        change_url = f"{wizard.get_step_url(step)}?change=1"
        fields = list(form.fields.items())
        if not form.single_question and any(
            _answered(cleaned.get(name)) for name, _field in fields
        ):
            fields = [(n, f) for n, f in fields if _answered(cleaned.get(n))]
        title = section_of(step, audience).title
        if not sections or sections[-1].title != title:
            sections.append(SummarySection(title, []))
        for name, field in fields:
            label = form.question_text if form.single_question else field.label
            sections[-1].rows.append(
                SummaryRow(
                    label=str(label),
                    value=display_value(name, field, cleaned.get(name)),
                    change_url=change_url,
                )
            )
    return sections
