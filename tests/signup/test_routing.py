"""Routing rules from the brief: one test per rule, per exception and per tie."""

import itertools
from dataclasses import replace

import pytest

from signup.rules.choices import (
    Acknowledges,
    AgeBand,
    CaseStage,
    CountsInCase,
    District,
    Language,
    Offence,
    OtherParty,
    Registrant,
    Role,
)
from signup.rules.routing import (
    Answers,
    Flag,
    Reason,
    Route,
    Signpost,
    route_registration,
)
from signup.rules.teams import Team, team_for

BASE = Answers(
    registrant=Registrant.SELF,
    role=Role.VICTIM,
    offence=Offence.VIOLENCE,
    case_stage=CaseStage.POLICE,
    other_party=OtherParty.KNOWN,
    age_band=AgeBand.AGE_23_PLUS,
)


def route(**changes):
    return route_registration(replace(BASE, **changes))


# --- rule 1: stalking ---------------------------------------------------------
def test_rule_1_stalking_goes_to_triage_with_victim_support_and_police():
    result = route(offence=Offence.STALKING)

    assert (result.route, result.rule, result.reason) == (
        Route.TRIAGE,
        "stalking",
        Reason.STALKING,
    )
    assert Flag.STALKING in result.flags
    assert result.signposts[:2] == (Signpost.VICTIM_SUPPORT, Signpost.POLICE)


def test_tie_stalking_beats_a_running_criminal_case():
    result = route(offence=Offence.STALKING, case_stage=CaseStage.PROSECUTOR)

    assert result.route == Route.TRIAGE and result.rule == "stalking"


def test_tie_stalking_beats_denial():
    result = route(
        offence=Offence.STALKING, role=Role.OFFENDER, acknowledges=Acknowledges.NO
    )

    assert result.rule == "stalking"
    assert Flag.DENIES_FACTS not in result.flags


# --- rule 2: denial -----------------------------------------------------------
def test_rule_2_offender_who_denies_goes_to_triage():
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
        district=District.ROTTERDAM,
    )

    assert (result.route, result.rule) == (Route.TRIAGE, "denies_facts")


def test_acknowledgement_only_counts_for_the_offender_side():
    result = route(role=Role.WITNESS, acknowledges=Acknowledges.NO)

    assert result.route == Route.HERSTELBEMIDDELING


# --- rule 3: running criminal case -> MiS -----------------------------------
@pytest.mark.parametrize("stage", [CaseStage.PROSECUTOR, CaseStage.COURT])
def test_rule_3_case_with_om_or_court_goes_to_mis_in_its_district(stage):
    result = route(case_stage=stage, district=District.AMSTERDAM)

    assert (result.route, result.district, result.reason) == (
        Route.MIS,
        District.AMSTERDAM,
        Reason.CASE_RUNNING,
    )
    assert team_for(result.route, result.district) == Team.MIS_AMSTERDAM


def test_rule_3_unknown_district_goes_to_the_mis_triage_queue():
    result = route(case_stage=CaseStage.PROSECUTOR, district=District.UNKNOWN)

    assert (result.route, result.district) == (Route.MIS, District.UNKNOWN)
    assert team_for(result.route, result.district) == Team.MIS_TRIAGE


def test_rule_3_applies_when_the_person_does_not_know_the_other_party():
    """With the OM, a suspect is known to the prosecutor even without a name."""
    result = route(case_stage=CaseStage.PROSECUTOR, other_party=OtherParty.UNKNOWN)

    assert result.route == Route.MIS


def test_exception_rule_3_outcome_must_not_count_goes_to_herstelbemiddeling():
    result = route(
        case_stage=CaseStage.COURT,
        district=District.LIMBURG,
        counts_in_case=CountsInCase.NO,
    )

    assert (result.route, result.reason) == (
        Route.HERSTELBEMIDDELING,
        Reason.CASE_RUNNING_SEPARATE,
    )
    assert result.district is None


def test_rule_3_unsure_about_counting_stays_with_mis():
    result = route(case_stage=CaseStage.COURT, counts_in_case=CountsInCase.UNSURE)

    assert result.route == Route.MIS


@pytest.mark.parametrize("other", [OtherParty.REFUSED, OtherParty.NOT_POSSIBLE])
def test_tie_running_case_but_contact_refused_goes_to_samenspraak(other):
    result = route(case_stage=CaseStage.PROSECUTOR, other_party=other)

    assert (result.route, result.rule) == (Route.SAMENSPRAAK, "no_contact")


# --- rule 4: no contact -> Samenspraak --------------------------------------
@pytest.mark.parametrize(
    "other", [OtherParty.UNKNOWN, OtherParty.REFUSED, OtherParty.NOT_POSSIBLE]
)
def test_rule_4_no_identified_or_willing_other_party_goes_to_samenspraak(other):
    result = route(other_party=other)

    assert (result.route, result.reason) == (Route.SAMENSPRAAK, Reason.NO_CONTACT)
    assert team_for(result.route, result.district) == Team.AANMELDPUNT


def test_tie_samenspraak_beats_neighbour_dispute_without_report():
    result = route(
        offence=Offence.NEIGHBOUR,
        case_stage=CaseStage.NO_REPORT,
        other_party=OtherParty.REFUSED,
    )

    assert result.route == Route.SAMENSPRAAK


def test_tie_samenspraak_beats_missing_police_report():
    result = route(case_stage=CaseStage.NO_REPORT, other_party=OtherParty.UNKNOWN)

    assert result.route == Route.SAMENSPRAAK
    assert Flag.NO_POLICE_REPORT not in result.flags


# --- rule 5: neighbour dispute ---------------------------------------------
def test_rule_5_neighbour_dispute_without_report_goes_to_triage():
    result = route(offence=Offence.NEIGHBOUR, case_stage=CaseStage.NO_REPORT)

    assert (result.route, result.rule) == (Route.TRIAGE, "neighbour_dispute")
    assert Signpost.NEIGHBOUR_MEDIATION in result.signposts
    assert team_for(result.route, result.district) == Team.TRIAGE


def test_neighbour_dispute_with_a_report_follows_the_default():
    result = route(offence=Offence.NEIGHBOUR, case_stage=CaseStage.POLICE)

    assert result.route == Route.HERSTELBEMIDDELING and result.rule == "default"


def test_tie_neighbour_dispute_beats_missing_police_report():
    result = route(offence=Offence.NEIGHBOUR, case_stage=CaseStage.NO_REPORT)

    assert Flag.NO_POLICE_REPORT not in result.flags


# --- rule 6: no police report ----------------------------------------------
def test_rule_6_no_report_goes_to_herstelbemiddeling_with_a_flag():
    result = route(case_stage=CaseStage.NO_REPORT)

    assert (result.route, result.reason) == (
        Route.HERSTELBEMIDDELING,
        Reason.NO_POLICE_REPORT,
    )
    assert Flag.NO_POLICE_REPORT in result.flags
    assert Signpost.HOW_TO_REPORT in result.signposts


@pytest.mark.parametrize("offence", [Offence.SEXUAL, Offence.MEDICAL])
def test_exception_rule_6_sexual_and_medical_need_no_report(offence):
    result = route(offence=offence, case_stage=CaseStage.NO_REPORT)

    assert (result.route, result.rule) == (Route.HERSTELBEMIDDELING, "default")
    assert Flag.NO_POLICE_REPORT not in result.flags
    assert Signpost.HOW_TO_REPORT not in result.signposts


# --- rule 7: everything else -------------------------------------------------
@pytest.mark.parametrize(
    "stage",
    [
        CaseStage.POLICE,
        CaseStage.JUDGMENT,
        CaseStage.SENTENCE,
        CaseStage.DROPPED,
        CaseStage.UNKNOWN,
    ],
)
def test_rule_7_any_other_phase_goes_to_herstelbemiddeling(stage):
    result = route(case_stage=stage)

    assert (result.route, result.reason) == (Route.HERSTELBEMIDDELING, Reason.DEFAULT)
    assert team_for(result.route, result.district) == Team.AANMELDPUNT


# --- flags and signposts on top --------------------------------------------
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
    assert route(age_band=age).flags & {Flag.MINOR, Flag.UNDER_12} == flags


@pytest.mark.parametrize(
    ("role", "age", "stage", "halt"),
    [
        (Role.OFFENDER, AgeBand.AGE_12_15, CaseStage.POLICE, True),
        (Role.OFFENDER, AgeBand.AGE_16_17, CaseStage.POLICE, True),
        (Role.OFFENDER, AgeBand.AGE_18_22, CaseStage.POLICE, False),
        (Role.OFFENDER, AgeBand.UNDER_12, CaseStage.POLICE, False),
        (Role.OFFENDER, AgeBand.AGE_16_17, CaseStage.PROSECUTOR, False),
        (Role.VICTIM, AgeBand.AGE_12_15, CaseStage.POLICE, False),
    ],
)
def test_halt_signpost_for_young_suspects_at_the_police(role, age, stage, halt):
    result = route(
        role=role, age_band=age, case_stage=stage, acknowledges=Acknowledges.YES
    )

    assert (Signpost.HALT in result.signposts) is halt


def test_domestic_violence_adds_safety_and_veilig_thuis():
    result = route(offence=Offence.DOMESTIC)

    assert Flag.SAFETY in result.flags
    assert Signpost.VEILIG_THUIS in result.signposts


def test_sexual_violence_signposts_the_centre_for_sexual_violence():
    assert Signpost.SEXUAL_VIOLENCE_CENTRE in route(offence=Offence.SEXUAL).signposts


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


def test_signposts_are_not_repeated():
    result = route(offence=Offence.STALKING)

    assert len(result.signposts) == len(set(result.signposts))


def test_every_combination_of_answers_gets_a_route_and_a_team():
    """No answer combination ends in 'you cannot register'."""
    combinations = itertools.product(
        Role,
        Offence,
        CaseStage,
        OtherParty,
        [*Acknowledges, None],
        [*CountsInCase, None],
        [District.UNKNOWN, District.CARIBBEAN, None],
    )
    for role, offence, stage, other, ack, counts, district in combinations:
        result = route(
            role=role,
            offence=offence,
            case_stage=stage,
            other_party=other,
            acknowledges=ack,
            counts_in_case=counts,
            district=district,
        )
        assert result.route in Route
        assert team_for(result.route, result.district) in Team
