"""Complete registrations for different people, in both languages, through the
test client; check what is stored, who calls back and when, and the e-mails the
worker sends."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.core import mail

import pytest

from signup.models import CallbackTask, Registration
from tests.conftest import parse
from tests.signup.wizard import WizardRun, persona, professional_persona, run_worker

# The worker runs in autocommit and closes connections it finds inside a
# transaction, as in production; so tests that run it commit for real.
WORKER_DB = pytest.mark.django_db(transaction=True)

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY_5PM = datetime(2026, 11, 30, 17, 0, tzinfo=AMS)

PERSONAS = {
    "adult victim, police investigating (nl)": {
        "lang": "nl",
        "answers": persona(),
        "route": "herstelbemiddeling",
        "team": "aanmeldpunt",
        "district": "",
        "flags": [],
        "signposts": ["victim_support"],
        "asked_extra": [],
    },
    "professional registering an offender client (en)": {
        "lang": "en",
        "answers": professional_persona(language={"preferred_language": "nl"}),
        "route": "herstelbemiddeling",
        "team": "aanmeldpunt",
        "district": "",
        "flags": ["referral"],
        "signposts": [],
        "asked_extra": ["professional", "acknowledges"],
    },
    "minor victim of sexual violence via the youth entry (nl)": {
        "lang": "nl",
        "youth": True,
        "answers": persona(
            age={"age_band": "16_17"},
            offence={"offence": "sexual"},
            case={"case_stage": "no_report"},
            guardian={"guardian_knows": "no"},
        ),
        "route": "herstelbemiddeling",
        "team": "aanmeldpunt",
        "district": "",
        "flags": ["minor"],
        "signposts": ["sexual_violence_centre", "victim_support"],
        "asked_extra": ["safety", "guardian"],
    },
    "suspect who denies the facts (en)": {
        "lang": "en",
        "answers": persona(
            role={"role": "offender"},
            acknowledges={"acknowledges": "no"},
            language={"preferred_language": "en"},
        ),
        "route": "triage",
        "team": "triage",
        "district": "",
        "flags": ["denies_facts"],
        "signposts": [],
        "asked_extra": ["acknowledges"],
    },
    "case at the prosecutor with a known district (nl)": {
        "lang": "nl",
        "answers": persona(
            case={"case_stage": "prosecutor"},
            district={"district": "rotterdam"},
            counts={"counts_in_case": "yes"},
        ),
        "route": "mis",
        "team": "mis_rotterdam",
        "district": "rotterdam",
        "flags": [],
        "signposts": ["victim_support"],
        "asked_extra": ["district", "hearing", "counts"],
    },
    "case at the prosecutor, district unknown (en)": {
        "lang": "en",
        "answers": persona(
            role={"role": "offender"},
            case={"case_stage": "prosecutor"},
            district={"district": "unknown"},
            counts={"counts_in_case": "unsure"},
            acknowledges={"acknowledges": "partly"},
            language={
                "preferred_language": "other",
                "other_language": "Polish",
                "interpreter_needed": "on",
            },
        ),
        "route": "mis",
        "team": "mis_triage",
        "district": "unknown",
        "flags": ["language_support"],
        "signposts": [],
        "asked_extra": ["district", "hearing", "counts", "acknowledges"],
    },
    "bereaved, the other party refused contact before (nl)": {
        "lang": "nl",
        "answers": persona(
            role={"role": "bereaved"},
            offence={"offence": "traffic"},
            case={"case_stage": "judgment"},
            other_party={"other_party": "refused"},
        ),
        "route": "herstelbemiddeling",
        "team": "aanmeldpunt",
        "district": "",
        "flags": ["refused_before"],
        "signposts": ["victim_support"],
        "asked_extra": [],
    },
    "stalking victim without e-mail address (en)": {
        "lang": "en",
        "answers": persona(
            offence={"offence": "stalking"},
            contact={"name": "Jo", "phone": "+44 20 7946 0958"},
        ),
        "route": "triage",
        "team": "triage",
        "district": "",
        "flags": ["stalking"],
        "signposts": ["victim_support", "police"],
        "asked_extra": ["safety"],
    },
    "domestic violence with a court case: safety first (nl)": {
        "lang": "nl",
        "answers": persona(
            offence={"offence": "domestic"},
            case={"case_stage": "court"},
            district={"district": "gelderland"},
            counts={"counts_in_case": "no"},
        ),
        "route": "triage",
        "team": "triage",
        "district": "",
        "flags": ["safety"],
        "signposts": ["veilig_thuis", "emergency", "victim_support"],
        "asked_extra": ["safety", "district", "hearing", "counts"],
    },
    "young suspect at the police, Halt signposted (en)": {
        "lang": "en",
        "answers": persona(
            role={"role": "offender"},
            age={"age_band": "12_15"},
            offence={"offence": "property"},
            acknowledges={"acknowledges": "yes"},
            guardian={
                "guardian_knows": "yes",
                "guardian_name": "M. Janssen",
                "guardian_phone": "06 87654321",
            },
        ),
        "route": "herstelbemiddeling",
        "team": "aanmeldpunt",
        "district": "",
        "flags": ["minor"],
        "signposts": ["halt"],
        "asked_extra": ["acknowledges", "guardian"],
    },
}

BASE_STEPS = {
    "who",
    "role",
    "age",
    "hopes",
    "offence",
    "case",
    "other-party",
    "contact-form",
    "language",
    "contact",
    "timing",
    "safe-contact",
    "other-party-details",
    "heard-from",
    "check",
}


@pytest.mark.parametrize("name", PERSONAS)
def test_persona_registers_and_lands_in_the_right_queue(client, seeded, friday, name):
    spec = PERSONAS[name]
    run = WizardRun(client, lang=spec["lang"])

    confirmation = run.complete(spec["answers"], youth=spec.get("youth", False))

    assert set(run.asked) == BASE_STEPS | set(spec["asked_extra"])
    registration = Registration.objects.get()
    assert registration.language == spec["lang"]
    assert registration.route == spec["route"]
    assert registration.route_district == spec["district"]
    assert registration.flags == sorted(spec["flags"])
    assert registration.signposts == spec["signposts"]
    assert registration.privacy_statement_version.startswith("page-")
    callback = registration.callback
    assert callback.team == spec["team"]
    assert callback.due_at == MONDAY_5PM
    assert callback.status == CallbackTask.Status.OPEN
    expected_callee = "professional" if "referral" in spec["flags"] else "person"
    assert callback.callee == expected_callee

    assert confirmation.status_code == 200
    doc = parse(confirmation)
    assert doc.html["lang"] == spec["lang"]
    assert registration.reference in doc.select_one(".reference").get_text()
    day = {"nl": "maandag 30 november", "en": "Monday 30 November"}[spec["lang"]]
    assert day in doc.select_one("main").get_text()


def test_stored_answers_of_an_adult_victim(client, seeded, friday):
    WizardRun(client, "nl").complete(persona())

    registration = Registration.objects.get()
    assert registration.name == "Anna"
    assert registration.phone == "+31612345678"
    assert registration.email == "anna@example.nl"
    assert registration.call_times == ["morning", "afternoon"]
    assert registration.voicemail_allowed is False
    assert registration.may_say_who_we_are is True
    assert registration.email_allowed is True
    assert registration.heard_from == "search"
    assert registration.youth_variant is False
    assert str(registration) == registration.reference


def test_youth_entry_uses_simpler_wording(client, seeded):
    run = WizardRun(client, "nl")
    location = run.start(youth=True)

    doc = parse(client.get(location))

    assert doc.h1.get_text(strip=True) == (
        "Meld je je aan voor jezelf, of voor iemand anders?"
    )


def test_an_age_under_18_switches_to_youth_wording(client, seeded):
    run = WizardRun(client, "en")
    run.start()
    run.answer("who", {"registrant": "self"})
    run.answer("role", {"role": "victim"})
    run.answer("age", {"age_band": "12_15"})

    doc = parse(client.get(run.step_url("offence")))

    assert doc.h1.get_text(strip=True) == "What was it about?"


@WORKER_DB
def test_confirmation_email_is_sent_by_the_worker_in_the_persons_language(
    client, seeded, friday
):
    WizardRun(client, "en").complete(persona())
    registration = Registration.objects.get()
    assert mail.outbox == [], "e-mails are sent by the worker, not the request"

    run_worker()

    confirmation = next(m for m in mail.outbox if m.to == ["anna@example.nl"])
    assert registration.reference in confirmation.subject
    assert "Monday 30 November" in confirmation.body
    html = confirmation.alternatives[0].content
    assert "Monday 30 November" in html and 'lang="en"' in html
    assert "030 000 0000" in confirmation.body
    for secret in ("violence", "Violence", "police", "Anna"):
        assert secret not in confirmation.body, secret
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None


@WORKER_DB
def test_team_is_notified_without_personal_data(client, seeded, friday):
    WizardRun(client, "nl").complete(
        persona(
            case={"case_stage": "prosecutor"},
            district={"district": "rotterdam"},
            counts={"counts_in_case": "yes"},
        )
    )
    run_worker()

    registration = Registration.objects.get()
    team_mail = next(
        m
        for m in mail.outbox
        if registration.reference in m.subject and m.to != ["anna@example.nl"]
    )
    assert team_mail.to == ["aanmeldpunt@herstelwijzer.example"]
    assert "Mediationbureau Rotterdam" in team_mail.body
    assert "maandag 30 november" in team_mail.body
    assert f"/admin/registration/{registration.pk}/" in team_mail.body
    for secret in ("Anna", "612345678", "anna@example.nl", "geweld", "Geweld"):
        assert secret not in team_mail.body + team_mail.subject, secret


@WORKER_DB
def test_team_addresses_are_configurable(client, seeded, friday, settings):
    settings.SIGNUP_TEAM_EMAILS = {"triage": "triage@team.example"}
    WizardRun(client, "nl").complete(persona(offence={"offence": "stalking"}))
    run_worker()

    assert any(m.to == ["triage@team.example"] for m in mail.outbox)


@WORKER_DB
def test_no_confirmation_email_without_an_address(client, seeded, friday):
    WizardRun(client, "nl").complete(
        persona(contact={"name": "Jo", "phone": "0612345678"})
    )
    run_worker()

    registration = Registration.objects.get()
    assert [m.to for m in mail.outbox] == [["aanmeldpunt@herstelwijzer.example"]]
    assert registration.confirmation_sent_at is None


@WORKER_DB
def test_referral_confirmation_goes_to_the_professional(client, seeded, friday):
    spec = PERSONAS["professional registering an offender client (en)"]
    WizardRun(client, "en").complete(spec["answers"])
    run_worker()

    recipients = [m.to for m in mail.outbox]
    assert ["sam@reclassering.example"] in recipients
