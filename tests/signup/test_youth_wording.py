"""The youth path's words: every text a young person can read on a step (question,
hint, field labels, help texts, error messages, answer labels) is in youth wording,
so in Dutch it never says "u" or "uw". The forms are found by going over every step
of the wizard (``STEPS``), so a new step without youth wording fails here. Adults
and professionals keep the words they had."""

import re
from itertools import product

from django.db import models
from django.utils import translation

import pytest

from signup.rules import choices
from signup.wizard import forms as step_forms
from signup.wizard.forms import PROFESSIONAL, SELF, YOUTH, StepForm, Wording
from signup.wizard.steps import STEPS
from signup.wizard.views import RegistrationWizard
from tests.signup.factories import _Answers, _as_posted

# "u" or "uw" as a word: the formal "you" young people are not addressed with.
FORMAL_YOU = re.compile(r"\b[Uu]w?\b")

# Asked only when a professional registers a client; the audience is then always
# the professional one (checked below), never youth.
NEVER_YOUTH = {"professional"}
YOUTH_STEPS = [(step, form) for step, form in STEPS if step not in NEVER_YOUTH]
YOUTH_IDS = [step for step, _form in YOUTH_STEPS]
STEP_IDS = [step for step, _form in STEPS]

# The earlier answers a step's wording depends on (StepForm.earlier).
CASE_STAGES = [None, *choices.CaseStage.values]
DISTRICTS = [None, choices.District.AMSTERDAM, choices.District.CARIBBEAN]
CHALLENGES = ["none", "altcha", "recaptcha"]


def forms_of(step: str, form_class, audience: str, data=None) -> list[StepForm]:
    """Every version of a step's form: after each case stage and district, and the
    last step with each anti-bot check."""
    versions = []
    for case_stage, district in product(CASE_STAGES, DISTRICTS):
        kwargs = {
            "audience": audience,
            "earlier": {"case_stage": case_stage, "district": district},
            "prefix": step,
        }
        if form_class is step_forms.CheckForm:
            versions += [
                form_class(data, challenge=challenge, **kwargs)
                for challenge in CHALLENGES
            ]
        else:
            versions.append(form_class(data, **kwargs))
    return versions


def texts_of(form: StepForm):
    """(where, text) for everything the form can show."""
    yield "question", form.question_text
    yield "hint", form.hint_text
    for name, wording in form.messages.items():
        yield f"message {name}", wording.for_audience(form.audience)
    for name, field in form.fields.items():
        yield f"{name} label", field.label
        yield f"{name} help text", field.help_text
        for code, message in field.error_messages.items():
            yield f"{name} error '{code}'", message
        for value, label in getattr(field, "choices", []):
            if value != "":
                yield f"{name} answer '{value}'", label


def formal_words(texts) -> list[str]:
    found = []
    for where, text in texts:
        text = str(text or "")
        if FORMAL_YOU.search(text):
            found.append(f"{where}: {text}")
    return found


@pytest.mark.parametrize(("step", "form_class"), YOUTH_STEPS, ids=YOUTH_IDS)
def test_every_youth_text_of_a_step_says_je_in_dutch(step, form_class):
    with translation.override("nl"):
        found = {
            problem
            for form in forms_of(step, form_class, YOUTH)
            for problem in formal_words(texts_of(form))
        }

    assert not found, "\n".join(sorted(found))


JUNK = ["", "x" * 2000, "12", "bad@", "line\nbreak\x07", "01-01-2999", "no-such"]


@pytest.mark.parametrize(("step", "form_class"), YOUTH_STEPS, ids=YOUTH_IDS)
def test_every_youth_error_a_step_raises_says_je_in_dutch(step, form_class):
    """The messages the steps' own checks raise too (a phone number that cannot be
    called, a date far off, no way to reach someone, the honeypot), for every kind
    of wrong answer in every field."""
    names = {name for form in forms_of(step, form_class, YOUTH) for name in form.fields}
    found = set()
    with translation.override("nl"):
        for junk in JUNK:
            data = {f"{step}-{name}": junk for name in names}
            for form in forms_of(step, form_class, YOUTH, data):
                if getattr(form, "challenge", None) == "recaptcha":
                    continue  # its answer is checked with Google, not here
                errors = [
                    (f"{name} error", message)
                    for name, messages in form.errors.items()
                    for message in messages
                ]
                found.update(formal_words(errors))

    assert not found, "\n".join(sorted(found))


def test_a_step_is_only_exempt_when_a_young_person_never_sees_it():
    for step in NEVER_YOUTH:
        wizard = _Answers(youth=True)
        wizard.posted["who"] = _as_posted("who", {"registrant": "professional"})
        wizard.posted["age"] = _as_posted("age", {"age_band": "16_17"})

        assert RegistrationWizard.audience(wizard) == PROFESSIONAL, step


def test_the_youth_phone_messages_say_je_in_dutch():
    with translation.override("nl"):
        texts = [(region, m) for region, m in step_forms.YOUTH_PHONE_MESSAGES.items()]

        assert not formal_words(texts)


def test_youth_labels_name_real_answers():
    for choice_class, labels in choices.YOUTH_LABELS.items():
        assert issubclass(choice_class, models.TextChoices), choice_class
        unknown = set(labels) - set(choice_class.values)
        assert not unknown, (choice_class.__name__, unknown)


# Words young people should not have to know (issue 12): explained in plain words
# instead.
HARD_WORDS = re.compile(
    r"\bOM\b|(?i:geseponeerd|sepot|openbaar ministerie|\btbs\b|arrondissement"
    r"|slotovereenkomst|gerechtshof)"
)


@pytest.mark.parametrize(("step", "form_class"), YOUTH_STEPS, ids=YOUTH_IDS)
def test_youth_wording_explains_legal_words_instead_of_using_them(step, form_class):
    with translation.override("nl"):
        found = {
            f"{where}: {text}"
            for form in forms_of(step, form_class, YOUTH)
            for where, text in texts_of(form)
            if HARD_WORDS.search(str(text or ""))
        }

    assert not found, "\n".join(sorted(found))


def test_the_youth_case_stages_are_in_plain_words():
    with translation.override("nl"):
        form = step_forms.CaseStageForm(audience=YOUTH)
        labels = dict(form.fields["case_stage"].choices)

    assert labels["dropped"] == (
        "De politie of de officier van justitie is gestopt met de zaak, of de "
        "rechter zei: niet schuldig"
    )
    assert labels["no_report"] == "Niemand heeft het aan de politie verteld"


def test_the_first_step_asks_a_young_person_who_it_is_for_in_their_words():
    with translation.override("nl"):
        form = step_forms.WhoForm(audience=YOUTH)
        question = str(form.question_text)
        hint = str(form.hint_text)
        labels = [str(label) for _value, label in form.fields["registrant"].choices]

    assert question == "Meld je je aan voor jezelf, of voor iemand anders?"
    assert "Voor mezelf" in labels[0]
    # Not "something between you and someone else": for a young victim of abuse
    # it is not a conflict between two people.
    assert "tussen jou en" not in question + hint


# --- adults and professionals keep their words ------------------------------


@pytest.mark.parametrize("audience", [SELF, PROFESSIONAL])
@pytest.mark.parametrize(("step", "form_class"), STEPS, ids=STEP_IDS)
def test_adults_and_professionals_read_the_usual_answer_labels(
    step, form_class, audience
):
    """Where young people read other labels, everyone else reads the usual ones."""
    for form in forms_of(step, form_class, audience):
        for field in form.fields.values():
            choice_class = getattr(field, "choice_class", None)
            if choice_class is None:
                continue
            shown = dict(field.choices)
            usual = dict(choice_class.choices)
            for value in choices.YOUTH_LABELS.get(choice_class, {}):
                assert shown[value] == usual[value], (choice_class.__name__, value)


@pytest.mark.parametrize(("step", "form_class"), STEPS, ids=STEP_IDS)
def test_adults_read_the_standard_wording(step, form_class):
    """Every text given as a ``Wording`` shows its standard wording to an adult."""
    form = form_class(audience=SELF, prefix=step)
    for name, field in form_class.base_fields.items():
        if name not in form.fields:
            continue  # asked only after some earlier answers
        if isinstance(field.label, Wording) and not (
            form.single_question and name == next(iter(form.fields))
        ):
            assert form.fields[name].label == field.label.standard
        if isinstance(field.help_text, Wording):
            assert form.fields[name].help_text == field.help_text.standard
        for code, message in field.error_messages.items():
            if isinstance(message, Wording):
                assert form.fields[name].error_messages[code] == message.standard


ADULT_DUTCH = [
    (step_forms.WhoForm, "question", "Voor wie meldt u zich aan?"),
    (step_forms.AgeForm, "question", "Hoe oud bent u?"),
    (step_forms.ContactDetailsForm, "question", "Hoe kunnen wij u bereiken?"),
    (
        step_forms.CheckForm,
        "question",
        "Controleer uw antwoorden voordat u ze verstuurt",
    ),
    (step_forms.SafetyForm, "feels_safe", "Voelt u zich nu veilig?"),
    (step_forms.ContactDetailsForm, "name", "Naam"),
    (
        step_forms.CaseStageForm,
        "case_stage dropped",
        "De zaak is geseponeerd of geëindigd in vrijspraak",
    ),
    (
        step_forms.RoleForm,
        "role offender",
        "Verdachte, dader, of veroorzaker van een ongeval",
    ),
    (step_forms.WhoForm, "registrant required", "Kies voor wie u zich aanmeldt"),
]


@pytest.mark.parametrize(("form_class", "what", "dutch"), ADULT_DUTCH)
def test_adult_dutch_wording_is_unchanged(form_class, what, dutch):
    with translation.override("nl"):
        form = form_class(audience=SELF)
        name, _space, detail = what.partition(" ")
        if name == "question":
            text = form.question_text
        elif detail == "required":
            text = form.fields[name].error_messages["required"]
        elif detail:
            text = dict(form.fields[name].choices)[detail]
        else:
            text = form.fields[name].label

        assert str(text) == dutch


@pytest.mark.parametrize("step,form_class", STEPS, ids=STEP_IDS)
def test_a_form_s_answers_are_its_own_whoever_was_asked_before(step, form_class):
    """The answer fields share the class's choices until ``word_field`` replaces
    them (``_WordedChoices``): a young person's wording never shows up in an adult's
    form made after it, nor in the class."""
    adult_before = forms_of(step, form_class, SELF)[0]
    youth = forms_of(step, form_class, YOUTH)[0]
    adult_after = forms_of(step, form_class, SELF)[0]

    for name, field in adult_after.fields.items():
        base = form_class.base_fields.get(name)
        before = adult_before.fields[name]
        assert list(getattr(field, "choices", [])) == list(
            getattr(before, "choices", [])
        )
        assert field is not youth.fields[name] and field is not base
        assert field.widget is not youth.fields[name].widget
        assert field.widget.attrs is not youth.fields[name].widget.attrs
        if base is not None and hasattr(base, "choice_class"):
            assert list(base.choices) == list(base.choice_class.choices)
