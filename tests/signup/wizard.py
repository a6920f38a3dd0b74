"""Drive the sign-up wizard through the Django test client, as a browser would:
follow each redirect, answer the step the wizard asks for, and fail on a step the
persona did not expect (so conditional steps are checked too)."""

import io
from dataclasses import dataclass, field

from django.core.management import call_command
from django.urls import resolve, reverse
from django.utils import translation

from signup.wizard.addresses import step_named, step_slug
from signup.wizard.steps import STEPS
from signup.wizard.storage import opened

PREFIX = "registration_wizard"
# Where the wizard keeps its answers in the session.
WIZARD_KEY = f"wizard_{PREFIX}"


def submission_key_of(session) -> str:
    """The wizard's own random key, from which its step addresses are made."""
    stored = opened(session.get(WIZARD_KEY))
    return (stored or {}).get("extra_data", {}).get("submission_key", "")


@dataclass
class WizardRun:
    client: object
    lang: str = "nl"
    asked: list[str] = field(default_factory=list)
    # The page of each step asked, as the wizard showed it before the answer.
    pages: dict[str, object] = field(default_factory=dict)

    def url(self, name: str, **kwargs) -> str:
        with translation.override(self.lang):
            return reverse(f"signup:{name}", kwargs=kwargs or None)

    def submission_key(self) -> str:
        return submission_key_of(self.client.session)

    def step_url(self, step: str) -> str:
        """The address of ``step`` in this run's wizard (signup/wizard/addresses.py);
        the done step has its name."""
        if step != "done":
            step = step_slug(self.submission_key(), step)
        return self.url("step", step=step)

    def step_of(self, location: str) -> str:
        """Which step an address of this run's wizard is."""
        slug = resolve(location).kwargs["step"]
        if slug == "done":
            return slug
        names = [name for name, _form in STEPS]
        step = step_named(self.submission_key(), slug, names)
        assert step, f"{location} is no step of this wizard"
        return step

    def start(self, youth: bool = False) -> str:
        query = "?reset=1" + ("&youth=1" if youth else "")
        response = self.client.get(self.url("start") + query)
        assert response.status_code == 302
        return response["Location"]

    def post(self, step: str, data: dict):
        payload = {f"{PREFIX}-current_step": step}
        payload |= {f"{step}-{key}": value for key, value in data.items()}
        return self.client.post(self.step_url(step), payload)

    def answer(self, step: str, data: dict) -> str:
        """Post an answer; every POST must redirect (never a 200 to resubmit)."""
        response = self.post(step, data)
        assert response.status_code == 302, response.status_code
        return response["Location"]

    def complete(self, answers: dict[str, dict], youth: bool = False):
        """Walk the wizard from the start; returns the confirmation response."""
        location = self.start(youth)
        for _ in range(40):
            match = resolve(location)
            if match.url_name == "confirmation":
                return self.client.get(location)
            step = self.step_of(location)
            if step == "done":
                response = self.client.get(location)
                assert response.status_code == 302, response.content[:500]
                location = response["Location"]
                continue
            assert step in answers, f"the wizard asked '{step}', not in the persona"
            page = self.client.get(location)
            assert page.status_code == 200
            self.asked.append(step)
            self.pages[step] = page
            location = self.answer(step, answers[step])
            assert location != self.step_url(step), f"'{step}' was not accepted"
        raise AssertionError("the wizard did not finish")


def run_worker() -> None:
    call_command(
        "db_worker",
        batch=True,
        queue_name="*",
        startup_delay=False,
        reload=False,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )


def persona(**steps) -> dict[str, dict]:
    """Answers for an adult victim at the police stage, changed by ``steps``."""
    answers = {
        "who": {"registrant": "self"},
        "role": {"role": "victim"},
        "age": {"age_band": "23_plus"},
        "hopes": {"hopes": ["answers", "be_heard"]},
        "offence": {"offence": "violence"},
        # Asked only after some offences or the hope "that it stops".
        "safety": {"feels_safe": "yes", "contact_ban": "no"},
        "case": {"case_stage": "police"},
        # Asked only for a running case (with a MiS role).
        "hearing": {"hearing_date": ""},
        "other-party": {"other_party": "known"},
        "contact-form": {"contact_form": "conversation"},
        "language": {"preferred_language": "nl"},
        "contact": {
            "name": "Anna",
            "phone": "06 12345678",
            "email": "anna@example.nl",
        },
        "timing": {"contact_timing": "now"},
        "safe-contact": {
            "call_times": ["morning", "afternoon"],
            "voicemail_allowed": "no",
            "may_say_who_we_are": "yes",
            "email_allowed": "yes",
        },
        "other-party-details": {"other_party_details": ""},
        "heard-from": {"heard_from": "search"},
        "check": {},
    }
    for step, data in steps.items():
        step = step.replace("_", "-")
        if data is None:
            answers.pop(step, None)
        else:
            answers[step] = data
    return answers


def professional_persona(**steps) -> dict[str, dict]:
    """A probation officer registering an offender client who acknowledges the
    facts, changed by ``steps``."""
    return persona(
        **{
            "who": {"registrant": "professional"},
            "professional": {
                "organisation_type": "probation",
                "professional_organisation": "Reclassering Nederland",
                "professional_name": "Sam de Vries",
                "professional_phone": "030 123 4567",
                "professional_email": "sam@reclassering.example",
                "client_consent": "on",
            },
            "role": {"role": "offender"},
            "case": {"case_stage": "sentence"},
            "acknowledges": {"acknowledges": "yes"},
            "contact": {"name": "Client K."},
            **steps,
        }
    )


def youth_persona(**steps) -> dict[str, dict]:
    """A 16-year-old victim of sexual violence whose case is with the prosecutor
    (so the court, the hearing and "may it count" are asked, and the safety and
    guardian steps), changed by ``steps``."""
    return persona(
        **{
            "age": {"age_band": "16_17"},
            "hopes": {"hopes": ["answers", "stop"]},
            "offence": {"offence": "sexual"},
            "case": {"case_stage": "prosecutor"},
            "district": {"district": "rotterdam"},
            "counts": {"counts_in_case": "unsure"},
            "contact": {"name": "Kim", "phone": "06 12345678"},
            "safe-contact": {
                "call_times": ["afternoon"],
                "voicemail_allowed": "no",
                "may_say_who_we_are": "no",
                "email_allowed": "no",
            },
            "guardian": {"guardian_knows": "no"},
            **steps,
        }
    )
