"""Routing rules version 2 (routing.md v2): a test per rule, per tie between rules,
per flag and per signpost, a table of example cases from the brief, and the
guarantee that every combination of answers gets a route and a team, and, through
the wizard's own forms and ``create_registration``, one stored registration with
one callback task."""

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.test import override_settings
from django.utils import translation

import pytest
import time_machine
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from signup.models import CallbackTask, Registration
from signup.rules.choices import (
    CRIMINAL_CASE_RUNNING,
    Acknowledges,
    AgeBand,
    CaseStage,
    ContactBan,
    ContactTiming,
    CountsInCase,
    District,
    FeelsSafe,
    GuardianKnows,
    Hope,
    Language,
    Offence,
    OtherParty,
    Registrant,
    Role,
)
from signup.rules.deadlines import add_months, is_working_day
from signup.rules.routing import (
    RULE_VERSION,
    RULES,
    Answers,
    Flag,
    Reason,
    Route,
    Signpost,
    route_registration,
)
from signup.rules.teams import Team, team_for
from tests.signup.factories import registered
from tests.signup.wizard import persona

TODAY = date(2026, 12, 2)
BASE = Answers(
    registrant=Registrant.SELF,
    role=Role.VICTIM,
    offence=Offence.VIOLENCE,
    case_stage=CaseStage.POLICE,
    other_party=OtherParty.KNOWN,
    age_band=AgeBand.AGE_23_PLUS,
    submitted_on=TODAY,
)
THEMES = {Offence.VIOLENCE, Offence.SEXUAL, Offence.TRAFFIC}


def route(**changes):
    return route_registration(replace(BASE, **changes), themes=THEMES)


def test_the_table_has_the_rules_of_version_2_in_order():
    assert RULE_VERSION == 2
    assert [rule.name for rule in RULES] == [
        "safety",
        "stalking",
        "denies_facts",
        "organisation",
        "offender_under_12",
        "case_running_separate",
        "case_running",
        "refused_before",
        "other_party_deceased",
        "no_contact_group",
        "no_contact",
        "neighbour_dispute",
        "no_police_report",
        "stage_unknown",
        "default",
    ]
    assert route().rule_version == 2


# --- rule 1: safety first ------------------------------------------------------
@pytest.mark.parametrize("offence", [Offence.DOMESTIC, Offence.HONOUR])
def test_rule_1_domestic_and_honour_violence_go_to_triage_with_veilig_thuis(offence):
    result = route(offence=offence, case_stage=CaseStage.COURT)

    assert (result.route, result.rule, result.reason) == (
        Route.TRIAGE,
        "safety",
        Reason.SAFETY,
    )
    assert Flag.SAFETY in result.flags
    assert Flag.CONTACT_BAN not in result.flags
    assert result.signposts[:2] == (Signpost.VEILIG_THUIS, Signpost.EMERGENCY)


@pytest.mark.parametrize("feels_safe", [FeelsSafe.NO, FeelsSafe.UNSURE])
def test_rule_1_not_feeling_safe_goes_to_triage(feels_safe):
    result = route(offence=Offence.SEXUAL, feels_safe=feels_safe)

    assert (result.route, result.rule) == (Route.TRIAGE, "safety")
    assert Flag.SAFETY in result.flags
    assert Signpost.EMERGENCY in result.signposts
    assert Signpost.VEILIG_THUIS not in result.signposts


def test_rule_1_a_contact_ban_goes_to_triage_with_its_own_flag():
    result = route(
        offence=Offence.SEXUAL, feels_safe=FeelsSafe.YES, contact_ban=ContactBan.YES
    )

    assert (result.route, result.rule) == (Route.TRIAGE, "safety")
    assert {Flag.SAFETY, Flag.CONTACT_BAN} <= result.flags


@pytest.mark.parametrize("ban", [ContactBan.NO, ContactBan.UNKNOWN, None])
def test_rule_1_feeling_safe_without_a_ban_is_no_safety_case(ban):
    result = route(offence=Offence.SEXUAL, feels_safe=FeelsSafe.YES, contact_ban=ban)

    assert result.rule != "safety"
    assert Flag.SAFETY not in result.flags


def test_tie_safety_beats_stalking_and_denial():
    result = route(
        offence=Offence.STALKING,
        feels_safe=FeelsSafe.NO,
        role=Role.OFFENDER,
        acknowledges=Acknowledges.NO,
    )

    assert result.rule == "safety"


def test_domestic_violence_never_reaches_mis():
    result = route(
        offence=Offence.DOMESTIC,
        case_stage=CaseStage.PROSECUTOR,
        district=District.ROTTERDAM,
        counts_in_case=CountsInCase.YES,
        feels_safe=FeelsSafe.YES,
        contact_ban=ContactBan.NO,
    )

    assert result.route == Route.TRIAGE and result.district is None


# --- rule 2: stalking ----------------------------------------------------------
def test_rule_2_stalking_goes_to_triage_with_victim_support_and_police():
    result = route(offence=Offence.STALKING, feels_safe=FeelsSafe.YES)

    assert (result.route, result.rule, result.reason) == (
        Route.TRIAGE,
        "stalking",
        Reason.STALKING,
    )
    assert Flag.STALKING in result.flags
    assert result.signposts[:2] == (Signpost.VICTIM_SUPPORT, Signpost.POLICE)


def test_tie_stalking_beats_a_running_criminal_case_and_denial():
    result = route(
        offence=Offence.STALKING,
        case_stage=CaseStage.PROSECUTOR,
        role=Role.OFFENDER,
        acknowledges=Acknowledges.NO,
    )

    assert result.rule == "stalking"


# --- rule 3: denial ----------------------------------------------------------------
def test_rule_3_offender_who_denies_goes_to_triage():
    result = route(role=Role.OFFENDER, acknowledges=Acknowledges.NO)

    assert (result.route, result.rule) == (Route.TRIAGE, "denies_facts")
    assert Flag.DENIES_FACTS in result.flags


def test_exception_partly_acknowledging_is_not_a_denial():
    result = route(role=Role.OFFENDER, acknowledges=Acknowledges.PARTLY)

    assert result.route == Route.HERSTELBEMIDDELING
    assert Flag.DENIES_FACTS not in result.flags


def test_tie_denial_beats_a_running_criminal_case():
    result = route(
        role=Role.OFFENDER,
        acknowledges=Acknowledges.NO,
        case_stage=CaseStage.COURT,
        district=District.AMSTERDAM,
    )

    assert result.route == Route.TRIAGE and result.rule == "denies_facts"


def test_acknowledgement_only_counts_for_the_offender_side():
    result = route(role=Role.VICTIM, acknowledges=Acknowledges.NO)

    assert result.rule != "denies_facts"


# --- rule 4: an organisation ------------------------------------------------------
def test_rule_4_an_organisation_goes_to_triage():
    result = route(
        registrant=Registrant.ORGANISATION,
        age_band=None,
        case_stage=CaseStage.PROSECUTOR,
        district=District.MIDDEN_NEDERLAND,
    )

    assert (result.route, result.rule, result.reason) == (
        Route.TRIAGE,
        "organisation",
        Reason.ORGANISATION,
    )
    assert Flag.ORGANISATION in result.flags
    assert Flag.MINOR not in result.flags


# --- rule 5: a suspect under 12 ---------------------------------------------------
def test_rule_5_a_suspect_under_12_goes_to_triage_never_to_mis():
    result = route(
        role=Role.OFFENDER,
        acknowledges=Acknowledges.YES,
        age_band=AgeBand.UNDER_12,
        case_stage=CaseStage.PROSECUTOR,
        district=District.ROTTERDAM,
    )

    assert (result.route, result.rule, result.reason) == (
        Route.TRIAGE,
        "offender_under_12",
        Reason.UNDER_12,
    )
    assert {Flag.MINOR, Flag.UNDER_12} <= result.flags
    assert Signpost.HALT not in result.signposts


def test_a_victim_under_12_can_reach_mis():
    """Rule 5 is about suspects: a child can be the victim in a running case."""
    result = route(age_band=AgeBand.UNDER_12, case_stage=CaseStage.COURT)

    assert result.route == Route.MIS
    assert {Flag.MINOR, Flag.UNDER_12} <= result.flags


# --- rule 6: a case with the OM, a court or on appeal ----------------------------
@pytest.mark.parametrize(
    "stage", [CaseStage.PROSECUTOR, CaseStage.COURT, CaseStage.APPEAL]
)
@pytest.mark.parametrize("role", [Role.VICTIM, Role.BEREAVED, Role.OFFENDER])
@pytest.mark.parametrize("other", [OtherParty.KNOWN, OtherParty.INDIRECT_ONLY])
def test_rule_6b_running_case_goes_to_mis_in_its_district(stage, role, other):
    result = route(
        case_stage=stage,
        role=role,
        other_party=other,
        acknowledges=Acknowledges.YES,
        district=District.GELDERLAND,
    )

    assert (result.route, result.rule, result.reason) == (
        Route.MIS,
        "case_running",
        Reason.CASE_RUNNING,
    )
    assert result.district == District.GELDERLAND
    assert team_for(result.route, result.district) == Team.MIS_GELDERLAND


@pytest.mark.parametrize("district", [District.UNKNOWN, None])
def test_rule_6b_unknown_district_goes_to_the_mis_triage_queue(district):
    result = route(case_stage=CaseStage.PROSECUTOR, district=district)

    assert result.route == Route.MIS and result.district == District.UNKNOWN
    assert team_for(result.route, result.district) == Team.MIS_TRIAGE


def test_rule_6a_contact_kept_separate_goes_to_herstelbemiddeling():
    result = route(
        case_stage=CaseStage.COURT,
        district=District.LIMBURG,
        counts_in_case=CountsInCase.NO,
    )

    assert (result.route, result.rule, result.reason) == (
        Route.HERSTELBEMIDDELING,
        "case_running_separate",
        Reason.CASE_RUNNING_SEPARATE,
    )
    assert result.district is None


@pytest.mark.parametrize("counts", [CountsInCase.YES, CountsInCase.UNSURE, None])
def test_rule_6b_agreements_or_not_sure_stay_with_mis(counts):
    assert route(case_stage=CaseStage.COURT, counts_in_case=counts).route == Route.MIS


@pytest.mark.parametrize(
    "role", [Role.WITNESS, Role.VICTIM_RELATIVE, Role.OFFENDER_RELATIVE, Role.OTHER]
)
def test_rule_6_witnesses_relatives_and_others_never_go_to_mis(role):
    result = route(
        role=role, case_stage=CaseStage.PROSECUTOR, district=District.AMSTERDAM
    )

    assert result.route == Route.HERSTELBEMIDDELING and result.rule == "default"


@pytest.mark.parametrize(
    ("other", "rule"),
    [
        (OtherParty.UNKNOWN, "no_contact_group"),
        (OtherParty.NO_CONTACT, "no_contact_group"),
        (OtherParty.REFUSED, "refused_before"),
        (OtherParty.DECEASED, "other_party_deceased"),
    ],
)
def test_rule_6_needs_contact_to_be_possible(other, rule):
    result = route(case_stage=CaseStage.PROSECUTOR, other_party=other)

    assert result.rule == rule


def test_rule_6b_hearing_within_14_days_is_flagged():
    soon = route(case_stage=CaseStage.COURT, hearing_date=TODAY + timedelta(days=14))
    later = route(case_stage=CaseStage.COURT, hearing_date=TODAY + timedelta(days=15))
    passed = route(case_stage=CaseStage.COURT, hearing_date=TODAY - timedelta(days=1))
    none = route(case_stage=CaseStage.COURT)

    assert Flag.HEARING_SOON in soon.flags
    assert Flag.HEARING_SOON not in later.flags
    assert Flag.HEARING_SOON not in passed.flags
    assert Flag.HEARING_SOON not in none.flags


def test_hearing_soon_only_where_mis_is_the_route():
    result = route(
        case_stage=CaseStage.COURT,
        counts_in_case=CountsInCase.NO,
        hearing_date=TODAY + timedelta(days=3),
    )

    assert Flag.HEARING_SOON not in result.flags


# --- rule 7: the other party said no before --------------------------------------
def test_rule_7_an_earlier_refusal_goes_to_herstelbemiddeling():
    result = route(other_party=OtherParty.REFUSED, case_stage=CaseStage.SENTENCE)

    assert (result.route, result.rule, result.reason) == (
        Route.HERSTELBEMIDDELING,
        "refused_before",
        Reason.REFUSED_BEFORE,
    )
    assert Flag.REFUSED_BEFORE in result.flags
    assert "Samenspraak" in str(result.reason.label)


def test_rule_7_also_for_offence_types_without_a_group():
    result = route(other_party=OtherParty.REFUSED, offence=Offence.PROPERTY)

    assert result.route == Route.HERSTELBEMIDDELING


# --- rule 8: no contact possible or wanted ----------------------------------------
def test_rule_8a_a_deceased_other_party_goes_to_triage():
    result = route(role=Role.BEREAVED, other_party=OtherParty.DECEASED)

    assert (result.route, result.rule, result.reason) == (
        Route.TRIAGE,
        "other_party_deceased",
        Reason.DECEASED,
    )
    assert Flag.OTHER_PARTY_DECEASED in result.flags


@pytest.mark.parametrize("other", [OtherParty.UNKNOWN, OtherParty.NO_CONTACT])
@pytest.mark.parametrize("offence", [Offence.VIOLENCE, Offence.SEXUAL, Offence.TRAFFIC])
def test_rule_8b_samenspraak_for_its_themes(other, offence):
    result = route(other_party=other, offence=offence, feels_safe=FeelsSafe.YES)

    assert (result.route, result.rule, result.reason) == (
        Route.SAMENSPRAAK,
        "no_contact_group",
        Reason.NO_CONTACT,
    )


@pytest.mark.parametrize("other", [OtherParty.UNKNOWN, OtherParty.NO_CONTACT])
@pytest.mark.parametrize(
    "offence", [Offence.PROPERTY, Offence.MEDICAL, Offence.NEIGHBOUR, Offence.OTHER]
)
def test_rule_8b_triage_for_offence_types_without_a_group(other, offence):
    result = route(other_party=other, offence=offence)

    assert (result.route, result.rule, result.reason) == (
        Route.TRIAGE,
        "no_contact",
        Reason.NO_CONTACT_TRIAGE,
    )


def test_rule_8b_themes_are_a_setting():
    answers = replace(BASE, other_party=OtherParty.UNKNOWN, offence=Offence.PROPERTY)

    with override_settings(SIGNUP_SAMENSPRAAK_THEMES=("property",)):
        assert route_registration(answers).route == Route.SAMENSPRAAK
    with override_settings(SIGNUP_SAMENSPRAAK_THEMES=()):
        assert route_registration(replace(answers, offence=Offence.VIOLENCE)).route == (
            Route.TRIAGE
        )


def test_samenspraak_reason_says_the_citizens_take_part():
    with translation.override("en"):
        text = str(Reason.NO_CONTACT.label)

    assert "two professionals" not in text
    assert "take part" in text


def test_letters_only_is_contact_not_samenspraak():
    result = route(other_party=OtherParty.INDIRECT_ONLY)

    assert result.route == Route.HERSTELBEMIDDELING and result.rule == "default"


# --- rules 9 to 12 ---------------------------------------------------------------
def test_rule_9_neighbour_dispute_without_report_goes_to_triage():
    result = route(offence=Offence.NEIGHBOUR, case_stage=CaseStage.NO_REPORT)

    assert (result.route, result.rule) == (Route.TRIAGE, "neighbour_dispute")
    assert Signpost.NEIGHBOUR_MEDIATION in result.signposts
    assert Flag.NO_POLICE_REPORT not in result.flags


def test_neighbour_dispute_with_a_report_follows_the_default():
    result = route(offence=Offence.NEIGHBOUR, case_stage=CaseStage.POLICE)

    assert result.rule == "default"


def test_rule_10_no_report_goes_to_herstelbemiddeling_with_a_flag():
    result = route(case_stage=CaseStage.NO_REPORT)

    assert (result.route, result.rule) == (Route.HERSTELBEMIDDELING, "no_police_report")
    assert Flag.NO_POLICE_REPORT in result.flags
    assert Signpost.HOW_TO_REPORT in result.signposts


@pytest.mark.parametrize(
    "role", [Role.OFFENDER, Role.OFFENDER_RELATIVE, Role.WITNESS, Role.OTHER]
)
def test_rule_10_how_to_report_only_for_the_victim_side(role):
    result = route(
        case_stage=CaseStage.NO_REPORT, role=role, acknowledges=Acknowledges.YES
    )

    assert result.rule == "no_police_report"
    assert Signpost.HOW_TO_REPORT not in result.signposts


@pytest.mark.parametrize("role", [Role.VICTIM, Role.BEREAVED, Role.VICTIM_RELATIVE])
def test_rule_10_how_to_report_for_the_victim_side(role):
    assert (
        Signpost.HOW_TO_REPORT
        in route(case_stage=CaseStage.NO_REPORT, role=role).signposts
    )


@pytest.mark.parametrize("offence", [Offence.SEXUAL, Offence.MEDICAL])
def test_rule_10_sexual_and_medical_need_no_report(offence):
    result = route(
        case_stage=CaseStage.NO_REPORT, offence=offence, feels_safe=FeelsSafe.YES
    )

    assert result.route == Route.HERSTELBEMIDDELING and result.rule == "default"
    assert Flag.NO_POLICE_REPORT not in result.flags


def test_rule_11_stage_unknown_goes_to_triage():
    result = route(case_stage=CaseStage.UNKNOWN)

    assert (result.route, result.rule, result.reason) == (
        Route.TRIAGE,
        "stage_unknown",
        Reason.STAGE_UNKNOWN,
    )


@pytest.mark.parametrize(
    "stage",
    [CaseStage.POLICE, CaseStage.JUDGMENT, CaseStage.SENTENCE, CaseStage.DROPPED],
)
def test_rule_12_everything_else_goes_to_herstelbemiddeling(stage):
    result = route(case_stage=stage)

    assert (result.route, result.rule, result.reason) == (
        Route.HERSTELBEMIDDELING,
        "default",
        Reason.DEFAULT,
    )


# --- flags on top of the route ---------------------------------------------------
@pytest.mark.parametrize(
    ("age", "flags"),
    [
        (AgeBand.UNDER_12, {Flag.MINOR, Flag.UNDER_12}),
        (AgeBand.AGE_12_15, {Flag.MINOR}),
        (AgeBand.AGE_16_17, {Flag.MINOR}),
        (AgeBand.AGE_18_22, set()),
        (AgeBand.AGE_23_PLUS, set()),
    ],
)
def test_age_flags(age, flags):
    result = route(age_band=age)

    assert result.flags & {Flag.MINOR, Flag.UNDER_12} == flags


def test_professional_registration_is_a_referral():
    assert Flag.REFERRAL in route(registrant=Registrant.PROFESSIONAL).flags
    assert Flag.REFERRAL not in route().flags


@pytest.mark.parametrize(
    ("language", "interpreter", "flagged"),
    [
        (Language.DUTCH, False, False),
        (Language.ENGLISH, False, False),
        (Language.OTHER, False, True),
        (Language.DUTCH, True, True),
    ],
)
def test_language_support_flag(language, interpreter, flagged):
    result = route(preferred_language=language, interpreter_needed=interpreter)

    assert (Flag.LANGUAGE_SUPPORT in result.flags) is flagged


@pytest.mark.parametrize(
    ("phone", "email", "post", "flagged"),
    [
        (False, False, True, True),
        (True, False, True, False),
        (False, True, True, False),
        (True, False, False, False),
    ],
)
def test_by_post_only_when_a_postal_address_is_all(phone, email, post, flagged):
    result = route(has_phone=phone, has_email=email, has_postal_address=post)

    assert (Flag.BY_POST in result.flags) is flagged


@pytest.mark.parametrize(
    ("timing", "flagged"),
    [
        (ContactTiming.NOW, False),
        (ContactTiming.MONTHS_3, True),
        (ContactTiming.MONTHS_6, True),
        (ContactTiming.MONTHS_12, True),
    ],
)
def test_deferred_flag(timing, flagged):
    assert (Flag.DEFERRED in route(contact_timing=timing).flags) is flagged


@pytest.mark.parametrize(
    ("other", "route_"),
    [
        (OtherParty.KNOWN, Route.HERSTELBEMIDDELING),
        (OtherParty.UNKNOWN, Route.SAMENSPRAAK),
        (OtherParty.DECEASED, Route.TRIAGE),
    ],
)
def test_after_dismissal_whatever_the_route(other, route_):
    result = route(case_stage=CaseStage.DROPPED, other_party=other)

    assert result.route == route_
    assert Flag.AFTER_DISMISSAL in result.flags


def test_no_after_dismissal_for_other_stages():
    assert Flag.AFTER_DISMISSAL not in route(case_stage=CaseStage.JUDGMENT).flags


# --- signposts on top of the route -----------------------------------------------
@pytest.mark.parametrize(
    ("role", "age", "stage", "halt"),
    [
        (Role.OFFENDER, AgeBand.AGE_12_15, CaseStage.POLICE, True),
        (Role.OFFENDER, AgeBand.AGE_16_17, CaseStage.NO_REPORT, True),
        (Role.OFFENDER, AgeBand.AGE_16_17, CaseStage.PROSECUTOR, False),
        (Role.OFFENDER, AgeBand.AGE_18_22, CaseStage.POLICE, False),
        (Role.VICTIM, AgeBand.AGE_12_15, CaseStage.POLICE, False),
    ],
)
def test_halt_signpost_for_young_suspects_before_the_om(role, age, stage, halt):
    result = route(
        role=role, age_band=age, case_stage=stage, acknowledges=Acknowledges.YES
    )

    assert (Signpost.HALT in result.signposts) is halt


def test_sexual_violence_signposts_the_centre_for_sexual_violence():
    result = route(offence=Offence.SEXUAL, feels_safe=FeelsSafe.YES)

    assert Signpost.SEXUAL_VIOLENCE_CENTRE in result.signposts


@pytest.mark.parametrize(
    ("role", "signposted"),
    [
        (Role.VICTIM, True),
        (Role.BEREAVED, True),
        (Role.VICTIM_RELATIVE, True),
        (Role.OFFENDER, False),
        (Role.OFFENDER_RELATIVE, False),
        (Role.WITNESS, False),
    ],
)
def test_victim_side_is_signposted_to_victim_support(role, signposted):
    result = route(role=role, acknowledges=Acknowledges.YES)

    assert (Signpost.VICTIM_SUPPORT in result.signposts) is signposted


def test_the_hope_that_it_stops_signposts_the_police():
    result = route(hopes=frozenset({Hope.STOP}), feels_safe=FeelsSafe.YES)

    assert result.route == Route.HERSTELBEMIDDELING
    assert Signpost.POLICE in result.signposts
    assert Signpost.POLICE not in route(hopes=frozenset({Hope.ANSWERS})).signposts


def test_signposts_are_not_repeated():
    result = route(
        offence=Offence.STALKING, hopes=frozenset({Hope.STOP}), role=Role.VICTIM
    )

    assert len(result.signposts) == len(set(result.signposts))


# --- example cases from the brief and the issue ------------------------------------
EXAMPLES = [
    # (description, answers changed, route, district, rule, flags included)
    (
        "a witness with a case at the OM",
        {"role": Role.WITNESS, "case_stage": CaseStage.PROSECUTOR},
        Route.HERSTELBEMIDDELING,
        None,
        "default",
        set(),
    ),
    (
        "a victim who wants letters only while the police investigate",
        {"other_party": OtherParty.INDIRECT_ONLY, "case_stage": CaseStage.POLICE},
        Route.HERSTELBEMIDDELING,
        None,
        "default",
        set(),
    ),
    (
        "a burglary victim whose burglar was never found",
        {"offence": Offence.PROPERTY, "other_party": OtherParty.UNKNOWN},
        Route.TRIAGE,
        None,
        "no_contact",
        set(),
    ),
    (
        "an offender whose victim refused years ago",
        {
            "role": Role.OFFENDER,
            "acknowledges": Acknowledges.YES,
            "other_party": OtherParty.REFUSED,
            "case_stage": CaseStage.SENTENCE,
        },
        Route.HERSTELBEMIDDELING,
        None,
        "refused_before",
        {Flag.REFUSED_BEFORE},
    ),
    (
        "a 10-year-old suspect",
        {
            "role": Role.OFFENDER,
            "acknowledges": Acknowledges.YES,
            "age_band": AgeBand.UNDER_12,
        },
        Route.TRIAGE,
        None,
        "offender_under_12",
        {Flag.MINOR, Flag.UNDER_12},
    ),
    (
        "a 15-year-old caught without a report",
        {
            "role": Role.OFFENDER,
            "acknowledges": Acknowledges.YES,
            "age_band": AgeBand.AGE_12_15,
            "case_stage": CaseStage.NO_REPORT,
        },
        Route.HERSTELBEMIDDELING,
        None,
        "no_police_report",
        {Flag.MINOR, Flag.NO_POLICE_REPORT},
    ),
    (
        "domestic violence with a court case",
        {
            "offence": Offence.DOMESTIC,
            "case_stage": CaseStage.COURT,
            "district": District.DEN_HAAG,
            "feels_safe": FeelsSafe.YES,
        },
        Route.TRIAGE,
        None,
        "safety",
        {Flag.SAFETY},
    ),
    (
        "an appeal, first heard in Oost-Brabant",
        {"case_stage": CaseStage.APPEAL, "district": District.OOST_BRABANT},
        Route.MIS,
        District.OOST_BRABANT,
        "case_running",
        set(),
    ),
    (
        "a dropped case",
        {"case_stage": CaseStage.DROPPED},
        Route.HERSTELBEMIDDELING,
        None,
        "default",
        {Flag.AFTER_DISMISSAL},
    ),
    (
        "a person who does not know where the case stands",
        {"case_stage": CaseStage.UNKNOWN},
        Route.TRIAGE,
        None,
        "stage_unknown",
        set(),
    ),
    (
        "a school registering as an organisation",
        {"registrant": Registrant.ORGANISATION, "age_band": None},
        Route.TRIAGE,
        None,
        "organisation",
        {Flag.ORGANISATION},
    ),
    (
        "a bereaved parent whose other party died",
        {
            "role": Role.BEREAVED,
            "offence": Offence.TRAFFIC,
            "other_party": OtherParty.DECEASED,
        },
        Route.TRIAGE,
        None,
        "other_party_deceased",
        {Flag.OTHER_PARTY_DECEASED},
    ),
    (
        "a hearing in 5 days",
        {
            "case_stage": CaseStage.COURT,
            "district": District.NOORD_NEDERLAND,
            "hearing_date": TODAY + timedelta(days=5),
        },
        Route.MIS,
        District.NOORD_NEDERLAND,
        "case_running",
        {Flag.HEARING_SOON},
    ),
    (
        "contact me in 6 months",
        {"contact_timing": ContactTiming.MONTHS_6},
        Route.HERSTELBEMIDDELING,
        None,
        "default",
        {Flag.DEFERRED},
    ),
    (
        "a detainee with only a postal address",
        {
            "role": Role.OFFENDER,
            "acknowledges": Acknowledges.YES,
            "case_stage": CaseStage.SENTENCE,
            "has_phone": False,
            "has_postal_address": True,
        },
        Route.HERSTELBEMIDDELING,
        None,
        "default",
        {Flag.BY_POST},
    ),
    (
        "a BES registration with a case at the OM",
        {"case_stage": CaseStage.PROSECUTOR, "district": District.CARIBBEAN},
        Route.MIS,
        District.CARIBBEAN,
        "case_running",
        set(),
    ),
    (
        "a traffic victim who wants no contact at all",
        {"offence": Offence.TRAFFIC, "other_party": OtherParty.NO_CONTACT},
        Route.SAMENSPRAAK,
        None,
        "no_contact_group",
        set(),
    ),
    (
        "a relative of a suspect with a case at court",
        {"role": Role.OFFENDER_RELATIVE, "case_stage": CaseStage.COURT},
        Route.HERSTELBEMIDDELING,
        None,
        "default",
        set(),
    ),
    (
        "a victim of honour-related violence years later",
        {"offence": Offence.HONOUR, "case_stage": CaseStage.SENTENCE},
        Route.TRIAGE,
        None,
        "safety",
        {Flag.SAFETY},
    ),
]


@pytest.mark.parametrize(
    ("changes", "route_", "district", "rule", "flags"),
    [example[1:] for example in EXAMPLES],
    ids=[example[0] for example in EXAMPLES],
)
def test_example_cases(changes, route_, district, rule, flags):
    result = route(**changes)

    assert (result.route, result.district, result.rule) == (route_, district, rule)
    assert flags <= result.flags


# --- every combination -------------------------------------------------------------
def test_every_combination_of_answers_gets_a_route_and_a_team():
    """No answer combination ends in 'you cannot register'."""
    combinations = itertools.product(
        Registrant,
        Role,
        Offence,
        CaseStage,
        OtherParty,
        [Acknowledges.NO, Acknowledges.YES, None],
        [CountsInCase.NO, None],
        [District.UNKNOWN, District.CARIBBEAN, None],
        [FeelsSafe.NO, None],
        [AgeBand.UNDER_12, AgeBand.AGE_23_PLUS, None],
    )
    seen = set()
    for (
        registrant,
        role,
        offence,
        stage,
        other,
        ack,
        counts,
        district,
        safe,
        age,
    ) in combinations:
        result = route(
            registrant=registrant,
            role=role,
            offence=offence,
            case_stage=stage,
            other_party=other,
            acknowledges=ack,
            counts_in_case=counts,
            district=district,
            feels_safe=safe,
            age_band=age,
        )
        assert result.route in Route
        assert team_for(result.route, result.district) in Team
        assert (result.route == Route.MIS) is (result.district is not None)
        seen.add(result.rule)
    assert seen == {rule.name for rule in RULES}


def test_an_unknown_samenspraak_theme_is_a_configuration_error(settings):
    from signup.checks import samenspraak_themes_are_offence_types

    settings.SIGNUP_SAMENSPRAAK_THEMES = ("violence", "trafic")

    errors = samenspraak_themes_are_offence_types(None)

    assert [error.id for error in errors] == ["signup.E001"]
    assert "trafic" in errors[0].msg
    settings.SIGNUP_SAMENSPRAAK_THEMES = ("violence", "traffic")
    assert samenspraak_themes_are_offence_types(None) == []


def test_the_staff_documentation_quotes_every_rule_in_order():
    """docs/routing.md is what staff read: it must name the rules as the code
    has them, in the same order."""
    from pathlib import Path

    text = (Path(__file__).parents[2] / "docs" / "routing.md").read_text()
    rows = [
        line.split("|")[2].strip().strip("`")
        for line in text.splitlines()
        if line.startswith("| ") and line.split("|")[2].strip().startswith("`")
    ]
    table = rows[: len(RULES)]

    assert table == [rule.name for rule in RULES]


# --- every combination, stored -----------------------------------------------------
AMS = ZoneInfo("Europe/Amsterdam")
KRALENDIJK = ZoneInfo("America/Kralendijk")


def _values(choices) -> st.SearchStrategy:
    return st.sampled_from([member.value for member in choices])


@st.composite
def submissions(draw) -> tuple[datetime, dict, bool, str]:
    """A moment, a person's answers to every step the wizard may ask (the steps
    it does not ask are left out by the wizard's own conditions), whether they
    came in by the youth entry, and the language."""
    now = draw(
        st.datetimes(
            min_value=datetime(2026, 1, 1),
            max_value=datetime(2028, 12, 31, 23, 59),
            timezones=st.sampled_from([AMS, KRALENDIJK, UTC]),
            allow_imaginary=False,
        )
    )
    stage = draw(_values(CaseStage))
    district = draw(_values(District))
    # A local number of the islands only where the court asked for is BES.
    caribbean = stage in CRIMINAL_CASE_RUNNING and district == District.CARIBBEAN
    phones = ["717 1234", "+31 6 12345678"] if caribbean else ["06 12345678"]
    ways = {
        "phone": draw(st.sampled_from([*phones, "+599 717 1234"])),
        "email": "kim@example.nl",
        "postal_address": "Postbus 1\n1000 AA Amsterdam",
    }
    given_ways = draw(st.sets(st.sampled_from(sorted(ways)), min_size=1))
    hearing = draw(st.one_of(st.none(), st.integers(-30, 60)))
    language = draw(_values(Language))
    answers = persona(
        who={"registrant": draw(_values(Registrant))},
        professional={
            "organisation_type": "victim_support",
            "professional_organisation": "Slachtofferhulp",
            "professional_name": "Sam",
            "professional_phone": "030 123 4567",
            "client_consent": "on",
        },
        organisation={"organisation_name": "Voetbalclub"},
        role={"role": draw(_values(Role))},
        age={"age_band": draw(_values(AgeBand))},
        hopes={
            "hopes": draw(st.lists(_values(Hope), min_size=1, max_size=3, unique=True))
        },
        offence={"offence": draw(_values(Offence))},
        # Mostly safe, so that the rules after the first are reached too.
        safety={
            "feels_safe": draw(st.sampled_from(["yes"] * 4 + FeelsSafe.values)),
            "contact_ban": draw(st.sampled_from(["no"] * 4 + ContactBan.values)),
        },
        case={"case_stage": stage},
        district={"district": district},
        other_party={"other_party": draw(_values(OtherParty))},
        hearing={
            "hearing_date": ""
            if hearing is None
            else (now.date() + timedelta(days=hearing)).strftime("%d-%m-%Y")
        },
        counts={"counts_in_case": draw(_values(CountsInCase))},
        acknowledges={"acknowledges": draw(_values(Acknowledges))},
        contact_form={"contact_form": "undecided"},
        language={
            "preferred_language": language,
            "other_language": "Papiamentu" if language == Language.OTHER else "",
            **({"interpreter_needed": "on"} if draw(st.booleans()) else {}),
        },
        contact={"name": "Kim", **{way: ways[way] for way in given_ways}},
        timing={"contact_timing": draw(_values(ContactTiming))},
        guardian={
            "guardian_knows": draw(_values(GuardianKnows)),
            "guardian_phone": "416 1234" if caribbean else "06 87654321",
        },
        other_party_details={
            "other_party_details": "",
            **({"om_details_consent": "on"} if draw(st.booleans()) else {}),
        },
    )
    return now, answers, draw(st.booleans()), draw(st.sampled_from(["nl", "en"]))


@hypothesis_settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(submission=submissions())
def test_every_submission_through_the_wizard_forms_is_stored_with_one_callback(
    db, submission
):
    """Answers cleaned by the real step forms, as the wizard asks them, stored by
    ``create_registration``: one registration and one callback task each, due
    after it was made, at 17:00 on a working day of the person's territory."""
    now, answers, youth, language = submission
    registrations, callbacks = (
        Registration.objects.count(),
        CallbackTask.objects.count(),
    )

    with time_machine.travel(now, tick=False):
        registration = registered(
            now=now, language=language, answers=answers, youth=youth
        )

    event(f"rule {registration.route_rule}")
    assert Registration.objects.count() == registrations + 1
    assert CallbackTask.objects.count() == callbacks + 1
    callback = CallbackTask.objects.get(registration=registration)
    # In UTC: an aware time in the hour that repeats when summer time ends never
    # equals one in another zone (PEP 495).
    assert registration.created_at.astimezone(UTC) == callback.created_at
    assert callback.created_at == now.astimezone(UTC)
    assert callback.due_at > callback.created_at
    assert registration.route in Route.values
    assert registration.rule_version == RULE_VERSION
    assert (registration.route == Route.MIS) is bool(registration.route_district)
    assert callback.team == team_for(registration.route, registration.route_district)
    flags = set(registration.flags)
    assert callback.deferred is (Flag.DEFERRED in flags)
    assert callback.kind == ("letter" if Flag.BY_POST in flags else "call")
    territory = registration.territory
    due = callback.due_at.astimezone(territory.zone)
    assert due.time() == time(17, 0)
    assert is_working_day(due.date(), territory)
    submitted_on = now.astimezone(territory.zone).date()
    months = ContactTiming(registration.contact_timing).months
    if months:
        later = add_months(submitted_on, months)
        assert later <= due.date() < later + timedelta(days=7)
    else:
        assert (due.date() - submitted_on).days <= 7
