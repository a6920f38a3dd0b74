"""The persona tests of issue 12 (routing.md v2): each person registers through the
test client in Dutch and in English; what is stored (route, district, rule, flags,
signposts, stored answers), who calls back, when and how, which steps the wizard
asked (the conditional ones exactly), and that the confirmation page shows the
reference and the due day.

The wizard runs on Wednesday 29 April 2026 at 10:00 in Amsterdam, two days after
King's Day. The callback window is Thursday 30 April, Friday 1 May, Saturday 2 May:

* in the European Netherlands the callback is due on Friday 1 May, 17:00;
* Friday 1 May is Labour Day, a public holiday in the Caribbean Netherlands (BQ)
  but not in the Netherlands: there it is due on Thursday 30 April, 17:00 in
  Kralendijk (23:00 in Amsterdam);
* a hearing soon makes it the next working day: Thursday 30 April, 17:00.

"Contact me in 6 months" runs on Monday 31 August 2026: six months on is Sunday
28 February 2027 (the end of a shorter month), so the callback is due on the first
working day on or after it, Monday 1 March 2027, 17:00 in Amsterdam (winter time).

Only stored data and the reference and date on the confirmation page are
asserted, not the confirmation's wording, which changes apart from the routing.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import translation

import pytest
import time_machine

from signup.models import CallbackTask, Registration
from signup.wizard.forms import DistrictForm
from signup.wizard.steps import STEPS
from tests.conftest import parse
from tests.signup.wizard import WizardRun, persona

AMS = ZoneInfo("Europe/Amsterdam")
KRALENDIJK = ZoneInfo("America/Kralendijk")

WEDNESDAY = datetime(2026, 4, 29, 10, 0, tzinfo=AMS)
END_OF_AUGUST = datetime(2026, 8, 31, 10, 0, tzinfo=AMS)

FRIDAY_1_MAY = datetime(2026, 5, 1, 17, 0, tzinfo=AMS)
THURSDAY_30_APRIL = datetime(2026, 4, 30, 17, 0, tzinfo=AMS)
THURSDAY_30_APRIL_BQ = datetime(2026, 4, 30, 17, 0, tzinfo=KRALENDIJK)
MONDAY_1_MARCH_2027 = datetime(2027, 3, 1, 17, 0, tzinfo=AMS)

PRISON_ADDRESS = "PI Vught, afdeling C\nLunettenlaan 501\n5263 NT Vught"

# The due day as the confirmation page writes it, on the person's own calendar.
DAY_SHOWN = {
    date(2026, 5, 1): {"nl": "vrijdag 1 mei", "en": "Friday 1 May"},
    date(2026, 4, 30): {"nl": "donderdag 30 april", "en": "Thursday 30 April"},
    date(2027, 3, 1): {"nl": "maandag 1 maart", "en": "Monday 1 March"},
}

STEP_ORDER = [name for name, _form in STEPS]
# The steps every person registering for themselves is asked.
BASE_STEPS = (
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
)


def steps(*extra: str, without: tuple[str, ...] = ()) -> list[str]:
    """The steps asked, in the wizard's order: the base steps, the conditional
    ones in ``extra``, less those ``without``."""
    unknown = set(extra) | set(without)
    assert unknown <= set(STEP_ORDER), unknown - set(STEP_ORDER)
    wanted = (set(BASE_STEPS) | set(extra)) - set(without)
    return [step for step in STEP_ORDER if step in wanted]


@dataclass(frozen=True)
class Persona:
    answers: dict[str, dict]
    route: str
    rule: str
    team: str
    asked: list[str]
    due: datetime
    district: str = ""
    flags: tuple[str, ...] = ()
    signposts: tuple[str, ...] = ()
    kind: str = "call"
    deferred: bool = False
    # Stored answers (Registration fields) and their values.
    stored: dict = field(default_factory=dict)
    now: datetime = WEDNESDAY


PERSONAS = {
    "a witness with a case at the OM": Persona(
        answers=persona(
            role={"role": "witness"},
            case={"case_stage": "prosecutor"},
            district={"district": "amsterdam"},
        ),
        # MiS is between victims and suspects: a witness never goes there.
        route="herstelbemiddeling",
        rule="default",
        team="aanmeldpunt",
        asked=steps("district"),
        due=FRIDAY_1_MAY,
        stored={
            "role": "witness",
            "case_stage": "prosecutor",
            "district": "amsterdam",
            "counts_in_case": "",
            "hearing_date": None,
        },
    ),
    "a victim who wants letters only while the police investigate": Persona(
        answers=persona(
            other_party={"other_party": "indirect_only"},
            contact_form={"contact_form": "letters"},
        ),
        route="herstelbemiddeling",
        rule="default",
        team="aanmeldpunt",
        asked=steps(),
        due=FRIDAY_1_MAY,
        signposts=("victim_support",),
        stored={
            "case_stage": "police",
            "other_party": "indirect_only",
            "contact_form": "letters",
        },
    ),
    "a burglary victim whose burglar was never found": Persona(
        answers=persona(
            offence={"offence": "property"},
            other_party={"other_party": "unknown"},
        ),
        # Property crime is no Samenspraak theme: triage, not a group.
        route="triage",
        rule="no_contact",
        team="triage",
        asked=steps(),
        due=FRIDAY_1_MAY,
        signposts=("victim_support",),
        stored={"offence": "property", "other_party": "unknown"},
    ),
    "an offender whose victim refused years ago": Persona(
        answers=persona(
            role={"role": "offender"},
            hopes={"hopes": ["apology"]},
            case={"case_stage": "sentence"},
            other_party={"other_party": "refused"},
            acknowledges={"acknowledges": "yes"},
        ),
        route="herstelbemiddeling",
        rule="refused_before",
        team="aanmeldpunt",
        asked=steps("acknowledges"),
        due=FRIDAY_1_MAY,
        flags=("refused_before",),
        stored={"role": "offender", "other_party": "refused", "acknowledges": "yes"},
    ),
    "a 10-year-old suspect with a case at the OM": Persona(
        answers=persona(
            role={"role": "offender"},
            age={"age_band": "under_12"},
            case={"case_stage": "prosecutor"},
            district={"district": "rotterdam"},
            acknowledges={"acknowledges": "yes"},
            guardian={"guardian_knows": "yes"},
        ),
        # A child under 12 cannot be prosecuted: never MiS, so neither the
        # hearing nor "agreements that can count" is asked.
        route="triage",
        rule="offender_under_12",
        team="triage",
        asked=steps("district", "acknowledges", "guardian"),
        due=FRIDAY_1_MAY,
        flags=("minor", "under_12"),
        stored={
            "age_band": "under_12",
            "district": "rotterdam",
            "guardian_knows": "yes",
            "counts_in_case": "",
            "youth_variant": True,
        },
    ),
    "a 15-year-old caught without a report": Persona(
        answers=persona(
            role={"role": "offender"},
            age={"age_band": "12_15"},
            offence={"offence": "property"},
            case={"case_stage": "no_report"},
            acknowledges={"acknowledges": "partly"},
            guardian={"guardian_knows": "no"},
        ),
        # Halt for a young suspect; no "how to report" for an offender.
        route="herstelbemiddeling",
        rule="no_police_report",
        team="aanmeldpunt",
        asked=steps("acknowledges", "guardian"),
        due=FRIDAY_1_MAY,
        flags=("minor", "no_police_report"),
        signposts=("halt",),
        stored={"age_band": "12_15", "case_stage": "no_report", "youth_variant": True},
    ),
    "domestic violence with a court case": Persona(
        answers=persona(
            offence={"offence": "domestic"},
            safety={"feels_safe": "yes", "contact_ban": "no"},
            case={"case_stage": "court"},
            district={"district": "gelderland"},
            counts={"counts_in_case": "yes"},
        ),
        # Safety first, even when the person feels safe and MiS would fit.
        route="triage",
        rule="safety",
        team="triage",
        asked=steps("safety", "district", "hearing", "counts"),
        due=FRIDAY_1_MAY,
        flags=("safety",),
        signposts=("veilig_thuis", "emergency", "victim_support"),
        stored={
            "offence": "domestic",
            "feels_safe": "yes",
            "contact_ban": "no",
            "district": "gelderland",
        },
    ),
    "an appeal, first heard in Oost-Brabant": Persona(
        answers=persona(
            role={"role": "offender"},
            case={"case_stage": "appeal"},
            district={"district": "oost_brabant"},
            counts={"counts_in_case": "yes"},
            acknowledges={"acknowledges": "yes"},
        ),
        route="mis",
        rule="case_running",
        team="mis_oost_brabant",
        district="oost_brabant",
        asked=steps("district", "hearing", "counts", "acknowledges"),
        due=FRIDAY_1_MAY,
        stored={"case_stage": "appeal", "district": "oost_brabant"},
    ),
    "a dropped case": Persona(
        answers=persona(
            case={"case_stage": "dropped"},
            other_party_details={
                "other_party_details": "Een jongen uit de buurt",
                "om_details_consent": "on",
            },
        ),
        route="herstelbemiddeling",
        rule="default",
        team="aanmeldpunt",
        asked=steps(),
        due=FRIDAY_1_MAY,
        flags=("after_dismissal",),
        signposts=("victim_support",),
        stored={
            "case_stage": "dropped",
            "om_details_consent": True,
            "other_party_details": "Een jongen uit de buurt",
        },
    ),
    "'I don't know' where the case stands": Persona(
        answers=persona(case={"case_stage": "unknown"}),
        route="triage",
        rule="stage_unknown",
        team="triage",
        asked=steps(),
        due=FRIDAY_1_MAY,
        signposts=("victim_support",),
        stored={"case_stage": "unknown", "district": ""},
    ),
    "a school registering as an organisation": Persona(
        answers=persona(
            who={"registrant": "organisation"},
            organisation={"organisation_name": "Basisschool De Regenboog"},
            role=None,
            age=None,
            hopes={"hopes": ["future", "damages"]},
            offence={"offence": "property"},
            contact={"name": "Mevrouw Bakker", "phone": "030 123 4567"},
        ),
        route="triage",
        rule="organisation",
        team="triage",
        asked=steps("organisation", without=("role", "age")),
        due=FRIDAY_1_MAY,
        flags=("organisation",),
        # The organisation is the harmed party.
        signposts=("victim_support",),
        stored={
            "registrant": "organisation",
            "organisation_name": "Basisschool De Regenboog",
            "role": "",
            "age_band": "",
            "hopes": ["future", "damages"],
        },
    ),
    "a bereaved parent whose other party died": Persona(
        answers=persona(
            role={"role": "bereaved"},
            offence={"offence": "traffic"},
            case={"case_stage": "judgment"},
            other_party={"other_party": "deceased"},
        ),
        # Traffic is a Samenspraak theme, but a deceased other party goes to
        # triage first: contact with relatives, or a group, is talked through.
        route="triage",
        rule="other_party_deceased",
        team="triage",
        asked=steps(),
        due=FRIDAY_1_MAY,
        flags=("other_party_deceased",),
        signposts=("victim_support",),
        stored={"role": "bereaved", "other_party": "deceased"},
    ),
    "a hearing in 5 days": Persona(
        answers=persona(
            case={"case_stage": "court"},
            district={"district": "den_haag"},
            hearing={"hearing_date": "04-05-2026"},
            counts={"counts_in_case": "unsure"},
        ),
        route="mis",
        rule="case_running",
        team="mis_den_haag",
        district="den_haag",
        asked=steps("district", "hearing", "counts"),
        due=THURSDAY_30_APRIL,
        flags=("hearing_soon",),
        signposts=("victim_support",),
        stored={"hearing_date": date(2026, 5, 4), "counts_in_case": "unsure"},
    ),
    "contact me in 6 months": Persona(
        answers=persona(timing={"contact_timing": "6"}),
        route="herstelbemiddeling",
        rule="default",
        team="aanmeldpunt",
        asked=steps(),
        due=MONDAY_1_MARCH_2027,
        flags=("deferred",),
        signposts=("victim_support",),
        deferred=True,
        stored={"contact_timing": "6"},
        now=END_OF_AUGUST,
    ),
    "a detainee with only a postal address": Persona(
        answers=persona(
            role={"role": "offender"},
            hopes={"hopes": ["apology", "answers"]},
            case={"case_stage": "sentence"},
            acknowledges={"acknowledges": "yes"},
            contact={
                "name": "K.",
                "postal_address": PRISON_ADDRESS,
            },
            safe_contact={
                "voicemail_allowed": "no",
                "may_say_who_we_are": "yes",
                "email_allowed": "no",
            },
        ),
        route="herstelbemiddeling",
        rule="default",
        team="aanmeldpunt",
        asked=steps("acknowledges"),
        # A letter, due on the same day as a call.
        due=FRIDAY_1_MAY,
        kind="letter",
        flags=("by_post",),
        stored={
            "phone": "",
            "email": "",
            "postal_address": PRISON_ADDRESS,
            "case_stage": "sentence",
        },
    ),
    "a BES registration with a case at the OM": Persona(
        answers=persona(
            case={"case_stage": "prosecutor"},
            district={"district": "caribbean"},
            counts={"counts_in_case": "yes"},
            contact={"name": "Maria", "phone": "717 1234"},
        ),
        route="mis",
        rule="case_running",
        team="mis_caribbean",
        district="caribbean",
        asked=steps("district", "hearing", "counts"),
        # Labour Day (Friday 1 May) is a public holiday on the islands.
        due=THURSDAY_30_APRIL_BQ,
        signposts=("victim_support",),
        stored={"district": "caribbean", "phone": "+5997171234", "email": ""},
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", PERSONAS)
def test_persona(client, seeded, name, lang):
    spec = PERSONAS[name]
    run = WizardRun(client, lang)
    with time_machine.travel(spec.now, tick=True):
        confirmation = run.complete(spec.answers)

    assert run.asked == spec.asked
    registration = Registration.objects.get()
    assert registration.language == lang
    assert (
        registration.route,
        registration.route_district,
        registration.route_rule,
        registration.rule_version,
    ) == (spec.route, spec.district, spec.rule, 2)
    assert registration.flags == sorted(spec.flags)
    assert registration.signposts == list(spec.signposts)
    for name_, value in spec.stored.items():
        assert getattr(registration, name_) == value, name_
    callback = CallbackTask.objects.get()
    assert callback.registration == registration
    assert callback.team == spec.team
    assert callback.callee == CallbackTask.Callee.PERSON
    assert callback.kind == spec.kind
    assert callback.deferred is spec.deferred
    assert callback.due_at == spec.due
    assert callback.due_at.astimezone(spec.due.tzinfo).hour == 17

    assert confirmation.status_code == 200
    shown = parse(confirmation).select_one("main").get_text(" ", strip=True)
    assert registration.reference in shown
    assert DAY_SHOWN[spec.due.date()][lang] in shown

    stage = spec.answers["case"]["case_stage"]
    if "district" in spec.asked:
        # On appeal the court asked for is the one that first heard the case.
        with translation.override(lang):
            on_appeal = str(DistrictForm.appeal_question.standard)
            running = str(DistrictForm.question.standard)
        question = parse(run.pages["district"]).h1.get_text(" ", strip=True)
        assert question == (on_appeal if stage == "appeal" else running)
    # The consent to ask the OM for the other party's details: after a dropped
    # case only.
    box = parse(run.pages["other-party-details"]).select_one(
        'input[type="checkbox"][name="other-party-details-om_details_consent"]'
    )
    assert (box is not None) is (stage == "dropped")


def test_a_dropped_case_without_the_box_ticked_stores_no_consent(client, seeded):
    answers = persona(
        case={"case_stage": "dropped"},
        other_party_details={"other_party_details": ""},
    )
    with time_machine.travel(WEDNESDAY, tick=True):
        WizardRun(client, "nl").complete(answers)

    registration = Registration.objects.get()
    assert registration.om_details_consent is False
    assert "after_dismissal" in registration.flags


def test_a_hearing_more_than_14_days_away_keeps_the_usual_due_date(client, seeded):
    """The counterpart of 'a hearing in 5 days': the same person with a hearing
    in 15 days."""
    spec = PERSONAS["a hearing in 5 days"]
    later = WEDNESDAY.date() + timedelta(days=15)
    answers = {**spec.answers, "hearing": {"hearing_date": later.strftime("%d-%m-%Y")}}
    with time_machine.travel(WEDNESDAY, tick=True):
        WizardRun(client, "en").complete(answers)

    registration = Registration.objects.get()
    assert registration.route == "mis"
    assert "hearing_soon" not in registration.flags
    assert registration.callback.due_at == FRIDAY_1_MAY


def test_the_same_registration_outside_the_caribbean_keeps_dutch_holidays(
    client, seeded
):
    """The counterpart of the BES registration: the same person in Rotterdam, with
    a Dutch phone number, is called on Friday 1 May in Amsterdam."""
    spec = PERSONAS["a BES registration with a case at the OM"]
    answers = {
        **spec.answers,
        "district": {"district": "rotterdam"},
        "contact": {"name": "Maria", "phone": "06 12345678"},
    }
    with time_machine.travel(WEDNESDAY, tick=True):
        WizardRun(client, "nl").complete(answers)

    registration = Registration.objects.get()
    assert registration.route_district == "rotterdam"
    assert registration.callback.due_at == FRIDAY_1_MAY
