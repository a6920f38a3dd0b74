"""Registrations stored directly through ``create_registration`` (the wizard's own
storing function) at a chosen moment, for tests about what happens to them later.

The answers come from the wizard personas (``tests.signup.wizard.persona``), cleaned
by the wizard's own step forms, so a registration made here holds what the same
person registering through the wizard would leave."""

import uuid
from datetime import datetime

from django.http import QueryDict

from signup.models import Registration
from signup.wizard.forms import SELF, YOUTH
from signup.wizard.registration import create_registration
from signup.wizard.steps import CONDITIONS, STEPS, earlier_answers
from signup.wizard.views import RegistrationWizard
from tests.signup.wizard import persona


class _Answers:
    """Just enough of the wizard for its step conditions and audience: the answers
    as posted, one step after another."""

    def __init__(self, youth: bool):
        self.extra = {"youth": youth}
        self.storage = self
        self.posted: dict[str, QueryDict] = {}

    def get_step_data(self, step: str) -> QueryDict | None:
        return self.posted.get(step)

    def get_form_prefix(self, step: str) -> str:
        return step


def _as_posted(step: str, data: dict) -> QueryDict:
    """A step's answers as the test client posts them."""
    posted = QueryDict(mutable=True)
    for name, value in data.items():
        values = value if isinstance(value, list | tuple) else [value]
        posted.setlist(f"{step}-{name}", [str(item) for item in values])
    return posted


def _as_stored(answers: dict[str, dict], youth: bool) -> tuple[dict, str]:
    wizard = _Answers(youth)
    for step, _form_class in STEPS:
        condition = CONDITIONS.get(step)
        if condition is not None and not condition(wizard):
            continue
        assert step in answers, f"the wizard asks '{step}', not in the persona"
        wizard.posted[step] = _as_posted(step, answers[step])
    audience = RegistrationWizard.audience(wizard)
    data = {}
    for step, form_class in STEPS:
        if step in wizard.posted:
            form = form_class(
                wizard.posted[step],
                prefix=step,
                audience=audience,
                earlier=earlier_answers(wizard),
            )
            assert form.is_valid(), (step, form.errors)
            data.update(form.cleaned_data)
    return data, audience


def stored_answers(answers: dict[str, dict], youth: bool = False) -> dict:
    """What the wizard stores for a person giving ``answers``: the steps it asks
    (its own conditions), each cleaned by its form for the audience it shows."""
    return _as_stored(answers, youth)[0]


# The wizard's adult victim, with what the tests of erasure, export and encryption
# must see removed: a surname, voicemail allowed and details of the other party.
ADULT_VICTIM = {
    **stored_answers(persona()),
    "name": "Anna de Vries",
    "voicemail_allowed": True,
    "other_party_details": "Mijn buurman Piet, Dorpsstraat 1",
}


def registered(
    now: datetime | None = None,
    language: str = "nl",
    answers: dict[str, dict] | None = None,
    youth: bool = False,
    **changes,
) -> Registration:
    """A registration stored at ``now`` (default: the current time): of the adult
    victim, or of the person giving ``answers`` (a persona), with the stored fields
    in ``changes`` changed."""
    data, audience = (
        (ADULT_VICTIM, SELF) if answers is None else _as_stored(answers, youth)
    )
    return create_registration(
        {**data, **changes},
        language=language,
        youth_variant=audience == YOUTH,
        submission_key=uuid.uuid4(),
        privacy_statement_version="test",
        now=now,
    )
