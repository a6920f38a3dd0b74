"""The wizard's steps, in order, and when the conditional ones are asked.

Conditions only read earlier steps."""

from signup.rules.choices import CRIMINAL_CASE_RUNNING, MINOR_AGES, Registrant, Role
from signup.wizard import forms

STEPS = [
    ("who", forms.WhoForm),
    ("professional", forms.ProfessionalForm),
    ("role", forms.RoleForm),
    ("age", forms.AgeForm),
    ("offence", forms.OffenceForm),
    ("case", forms.CaseStageForm),
    ("district", forms.DistrictForm),
    ("counts", forms.CountsInCaseForm),
    ("other-party", forms.OtherPartyForm),
    ("acknowledges", forms.AcknowledgesForm),
    ("contact-form", forms.ContactFormForm),
    ("language", forms.LanguageForm),
    ("contact", forms.ContactDetailsForm),
    ("safe-contact", forms.SafeContactForm),
    ("guardian", forms.GuardianForm),
    ("other-party-details", forms.OtherPartyDetailsForm),
    ("heard-from", forms.HeardFromForm),
    ("check", forms.CheckForm),
]
CHECK_STEP = "check"


def answer(wizard, step: str, field: str):
    """An earlier answer as stored. The wizard stores a step's data only after its
    form validated, so reading it raw is safe, and it avoids validating every
    earlier form again for each condition."""
    data = wizard.storage.get_step_data(step)
    if not data:
        return None
    return data.get(f"{wizard.get_form_prefix(step)}-{field}")


def is_professional(wizard) -> bool:
    return answer(wizard, "who", "registrant") == Registrant.PROFESSIONAL


def case_running(wizard) -> bool:
    return answer(wizard, "case", "case_stage") in CRIMINAL_CASE_RUNNING


def is_offender(wizard) -> bool:
    return answer(wizard, "role", "role") == Role.OFFENDER


def is_minor(wizard) -> bool:
    return answer(wizard, "age", "age_band") in MINOR_AGES


CONDITIONS = {
    "professional": is_professional,
    "district": case_running,
    "counts": case_running,
    "acknowledges": is_offender,
    "guardian": is_minor,
}
