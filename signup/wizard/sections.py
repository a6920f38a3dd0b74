"""The wizard's steps grouped in sections, for progress that never jumps.

Which steps are asked depends on the answers (a running case adds questions, a
minor one more), so "Step 5 of 13" became "Step 6 of 15" halfway through. GOV.UK
advises against a total that changes in a branching form. The sections are the
same four whatever is asked, so "Part 2 of 4: What happened" stays true.

Every step of ``signup.wizard.steps.STEPS`` belongs to exactly one section, and
the sections follow the order of the steps (tests/signup/test_sections.py): a step
added without a section fails that test.
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from signup.wizard.forms import SELF, Wording


@dataclass(frozen=True)
class Section:
    title: Wording
    steps: tuple[str, ...]


SECTIONS = (
    Section(
        Wording(
            _("About you"),
            youth=pgettext_lazy("youth", "About you"),
            professional=_("About you and your client"),
        ),
        ("who", "professional", "organisation", "role", "age"),
    ),
    Section(
        Wording(_("What happened")),
        (
            "hopes",
            "offence",
            "safety",
            "case",
            "district",
            "other-party",
            "hearing",
            "counts",
            "acknowledges",
        ),
    ),
    Section(
        Wording(_("Contact")),
        ("contact-form", "language", "contact", "timing", "safe-contact", "guardian"),
    ),
    Section(
        Wording(_("Finish")),
        ("other-party-details", "heard-from", "check"),
    ),
)


class SectionProgress(NamedTuple):
    number: int  # from 1
    total: int
    title: str


def section_of(step: str, audience: str = SELF) -> SectionProgress:
    """The section that holds ``step``, with its title in ``audience``'s wording.
    A step in no section is a KeyError: that is a mistake in SECTIONS."""
    for number, section in enumerate(SECTIONS, start=1):
        if step in section.steps:
            title = str(section.title.for_audience(audience))
            return SectionProgress(number, len(SECTIONS), title)
    raise KeyError(f"the step {step!r} is in no section of the wizard")
