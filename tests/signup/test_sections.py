"""The wizard's sections (signup/wizard/sections.py): every step in exactly one,
in the order of the steps, so progress never jumps and never goes back."""

from django.utils import translation

import pytest

from signup.wizard.forms import PROFESSIONAL, SELF, YOUTH
from signup.wizard.sections import SECTIONS, section_of
from signup.wizard.steps import STEPS

STEP_NAMES = [name for name, _form in STEPS]


@pytest.mark.parametrize("step", STEP_NAMES)
def test_every_step_is_in_exactly_one_section(step):
    holding = [section for section in SECTIONS if step in section.steps]

    assert len(holding) == 1, f"the step {step!r} is in {len(holding)} sections"


def test_no_step_name_is_listed_twice():
    names = [name for section in SECTIONS for name in section.steps]

    assert len(names) == len(set(names))


def test_the_sections_follow_the_order_of_the_steps():
    """Walking the steps in order, the section number never goes down: "Part 3"
    is never followed by "Part 2"."""
    numbers = [section_of(step).number for step in STEP_NAMES]

    assert numbers == sorted(numbers)
    assert numbers[0] == 1
    assert numbers[-1] == len(SECTIONS)


def test_section_of_gives_number_total_and_title():
    with translation.override("en"):
        assert tuple(section_of("who")) == (1, 4, "About you")
        assert tuple(section_of("district")) == (2, 4, "What happened")
        assert tuple(section_of("safe-contact")) == (3, 4, "Contact")
        assert tuple(section_of("check")) == (4, 4, "Finish")
    with translation.override("nl"):
        assert tuple(section_of("case")) == (2, 4, "Wat er gebeurde")


@pytest.mark.parametrize(
    ("audience", "title"),
    [(SELF, "Over u"), (YOUTH, "Over jou"), (PROFESSIONAL, "Over u en uw cliënt")],
)
def test_section_titles_have_the_audiences_wording(audience, title):
    with translation.override("nl"):
        assert section_of("role", audience).title == title


@pytest.mark.parametrize(
    ("step", "number"),
    [("organisation", 1), ("hopes", 2), ("safety", 2), ("hearing", 2), ("timing", 3)],
)
def test_the_intake_v2_steps_are_in_the_sections_issue_12_names(step, number):
    assert section_of(step).number == number


def test_a_step_in_no_section_is_an_error():
    with pytest.raises(KeyError):
        section_of("not-a-step")
