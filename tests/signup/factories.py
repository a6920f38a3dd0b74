"""Registrations stored directly through ``create_registration`` (the wizard's own
storing function) at a chosen moment, for tests about what happens to them later."""

import uuid
from datetime import datetime

from signup.models import Registration
from signup.wizard.registration import create_registration

ADULT_VICTIM = {
    "registrant": "self",
    "role": "victim",
    "age_band": "23_plus",
    "offence": "violence",
    "case_stage": "police",
    "other_party": "known",
    "contact_form": "conversation",
    "preferred_language": "nl",
    "name": "Anna de Vries",
    "phone": "+31612345678",
    "email": "anna@example.nl",
    "call_times": ["morning"],
    "voicemail_allowed": True,
    "may_say_who_we_are": False,
    "other_party_details": "Mijn buurman Piet, Dorpsstraat 1",
    "heard_from": "search",
}


def registered(now: datetime, language: str = "nl", **changes) -> Registration:
    return create_registration(
        {**ADULT_VICTIM, **changes},
        language=language,
        youth_variant=False,
        submission_key=uuid.uuid4(),
        privacy_statement_version="test",
        now=now,
    )
