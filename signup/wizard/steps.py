"""The wizard's steps, in order, and when the conditional ones are asked.

Conditions only read earlier steps."""

from signup.rules.choices import (
    CONTACT_POSSIBLE,
    CRIMINAL_CASE_RUNNING,
    MINOR_AGES,
    MIS_ROLES,
    SAFETY_SCREEN_OFFENCES,
    AgeBand,
    Hope,
    Registrant,
    Role,
)
from signup.wizard import forms

STEPS = [
    ("who", forms.WhoForm),
    ("professional", forms.ProfessionalForm),
    ("organisation", forms.OrganisationForm),
    ("role", forms.RoleForm),
    ("age", forms.AgeForm),
    ("hopes", forms.HopesForm),
    ("offence", forms.OffenceForm),
    ("safety", forms.SafetyForm),
    ("case", forms.CaseStageForm),
    ("district", forms.DistrictForm),
    ("other-party", forms.OtherPartyForm),
    ("hearing", forms.HearingForm),
    ("counts", forms.CountsInCaseForm),
    ("acknowledges", forms.AcknowledgesForm),
    ("contact-form", forms.ContactFormForm),
    ("language", forms.LanguageForm),
    ("contact", forms.ContactDetailsForm),
    ("timing", forms.ContactTimingForm),
    ("safe-contact", forms.SafeContactForm),
    ("guardian", forms.GuardianForm),
    ("other-party-details", forms.OtherPartyDetailsForm),
    ("heard-from", forms.HeardFromForm),
    ("check", forms.CheckForm),
]
CHECK_STEP = "check"
# Earlier answers that later steps' wording or checks read (StepForm.earlier).
EARLIER_ANSWERS = {"case_stage": "case", "district": "district"}


def _stored(wizard, step: str):
    """A step's answers as stored, or None while the step is not asked. The wizard
    stores a step's data only after its form validated, so reading it raw is
    safe, and it avoids validating every earlier form again for each condition.
    A step that is no longer asked (the role and age after a change to "for an
    organisation", the court after a change to a stage without one) keeps its
    old data in the storage: that must not count, as formtools leaves it out of
    the answers sent. Conditions only read earlier steps, so this ends."""
    condition = CONDITIONS.get(step)
    if condition is not None and not condition(wizard):
        return None
    return wizard.storage.get_step_data(step)


def answer(wizard, step: str, field: str):
    data = _stored(wizard, step)
    if not data:
        return None
    return data.get(f"{wizard.get_form_prefix(step)}-{field}")


def answers(wizard, step: str, field: str) -> list:
    """All answers of a question with several (checkboxes)."""
    data = _stored(wizard, step)
    if not data:
        return []
    return data.getlist(f"{wizard.get_form_prefix(step)}-{field}")


def earlier_answers(wizard) -> dict:
    return {name: answer(wizard, step, name) for name, step in EARLIER_ANSWERS.items()}


def is_professional(wizard) -> bool:
    return answer(wizard, "who", "registrant") == Registrant.PROFESSIONAL


def is_organisation(wizard) -> bool:
    return answer(wizard, "who", "registrant") == Registrant.ORGANISATION


def is_person(wizard) -> bool:
    return not is_organisation(wizard)


def safety_screen(wizard) -> bool:
    """Asked for domestic or honour-related violence, threats or stalking, sexual
    violence, or the hope "that it stops" (routing.md v2)."""
    return answer(wizard, "offence", "offence") in SAFETY_SCREEN_OFFENCES or (
        Hope.STOP in answers(wizard, "hopes", "hopes")
    )


def case_running(wizard) -> bool:
    return answer(wizard, "case", "case_stage") in CRIMINAL_CASE_RUNNING


def mis_role(wizard) -> bool:
    """The role MiS is for: victims, bereaved relatives, suspects (rule 6)."""
    return answer(wizard, "role", "role") in MIS_ROLES


def is_suspect_under_12(wizard) -> bool:
    """A child under 12 cannot be prosecuted: MiS never applies (rule 5)."""
    return is_offender(wizard) and answer(wizard, "age", "age_band") == (
        AgeBand.UNDER_12
    )


def hearing_matters(wizard) -> bool:
    return case_running(wizard) and mis_role(wizard) and not is_suspect_under_12(wizard)


def counts_matters(wizard) -> bool:
    """Only where MiS is possible: a running case, a MiS role (not a suspect under
    12) and contact with the other party possible."""
    return hearing_matters(wizard) and (
        answer(wizard, "other-party", "other_party") in CONTACT_POSSIBLE
    )


def is_offender(wizard) -> bool:
    return answer(wizard, "role", "role") == Role.OFFENDER


def is_minor(wizard) -> bool:
    return answer(wizard, "age", "age_band") in MINOR_AGES


CONDITIONS = {
    "professional": is_professional,
    "organisation": is_organisation,
    "role": is_person,
    "age": is_person,
    "safety": safety_screen,
    "district": case_running,
    "hearing": hearing_matters,
    "counts": counts_matters,
    "acknowledges": is_offender,
    "guardian": is_minor,
}
