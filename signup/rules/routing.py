"""Routing a registration to the right provision: a pure function of the answers.

The rules follow the project brief (Beleidskader herstelrechtvoorzieningen 2020, the
intake conditions of Perspectief Herstelbemiddeling and the 2025 letter to
parliament). The first matching rule decides the route; flags and signposts are
added on top. Every route leads to a registration and a callback: no combination
of answers ends in "you cannot register".

1. stalking                          -> triage (PH does not mediate in stalking)
2. suspect/offender denies the facts -> triage ("partly" is not a denial)
3. case with the OM or a court, contact not ruled out
   a. the person does not want the outcome to count in the case -> herstelbemiddeling
   b. otherwise                      -> mis, with the district (MiS triage if unknown)
4. no identified other party, contact refused, or not possible/wanted -> samenspraak
5. neighbour dispute, no report      -> triage, signpost neighbour mediation
6. no report (not sexual, not medical) -> herstelbemiddeling, flag no_police_report
7. everything else                   -> herstelbemiddeling

Reading of rule 3: MiS needs contact between the parties, so when the person says
contact is not possible or not wanted, rule 3 does not apply, just as when the other
party refused; rule 4 then offers Samenspraak.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from content.choices import Provision
from signup.rules.choices import (
    CRIMINAL_CASE_RUNNING,
    MINOR_AGES,
    NO_DIRECT_CONTACT,
    VICTIM_SIDE,
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

# Where a registration goes: one of the provisions (their codes and names come
# from the one enum ``content.choices.Provision``), or triage, where a staff member
# decides at the callback.
Route = models.TextChoices(
    "Route",
    [
        *(
            (provision.name, (provision.value, provision.label))
            for provision in Provision
        ),
        ("TRIAGE", ("triage", _("A personal conversation about what fits"))),
    ],
    module=__name__,
)


class Flag(models.TextChoices):
    STALKING = "stalking", _("Stalking or threats")
    DENIES_FACTS = "denies_facts", _("Denies the facts")
    NO_POLICE_REPORT = "no_police_report", _("No police report")
    MINOR = "minor", _("Minor: parent or guardian consent needed")
    UNDER_12 = "under_12", _("Younger than 12")
    SAFETY = "safety", _("Safety: respect the safe-contact preferences strictly")
    REFERRAL = "referral", _("Referral: call the professional first")
    LANGUAGE_SUPPORT = "language_support", _("Language support or interpreter")


class Signpost(models.TextChoices):
    VICTIM_SUPPORT = "victim_support", _("Victim Support Netherlands")
    POLICE = "police", _("The police")
    HOW_TO_REPORT = "how_to_report", _("How to report a crime")
    NEIGHBOUR_MEDIATION = "neighbour_mediation", _("Neighbour mediation")
    HALT = "halt", _("Halt")
    VEILIG_THUIS = "veilig_thuis", _("Veilig Thuis")
    SEXUAL_VIOLENCE_CENTRE = "sexual_violence_centre", _("Centre for Sexual Violence")


class Reason(models.TextChoices):
    """Why the registration went where it went, in words the person can read."""

    STALKING = (
        "stalking",
        _(
            "Restorative mediation is usually not possible after stalking or threats. "
            "A staff member will call you to talk about what can help you."
        ),
    )
    DENIES_FACTS = (
        "denies_facts",
        _(
            "Mediation needs both sides to agree that the event happened. A staff "
            "member will call you to talk about what is possible."
        ),
    )
    CASE_RUNNING_SEPARATE = (
        "case_running_separate",
        _(
            "Your case is with the public prosecutor or a court, but you want contact "
            "to stay separate from the criminal case. Restorative mediation is "
            "independent of the case, so that is where your registration goes."
        ),
    )
    CASE_RUNNING = (
        "case_running",
        _(
            "Your case is with the public prosecutor or a court. Mediation in criminal "
            "cases is then the first option: agreements you make, also about damages, "
            "can be taken into account by the prosecutor or the judge."
        ),
    )
    NO_CONTACT = (
        "no_contact",
        _(
            "Direct contact with the other party is not possible or not wanted. In a "
            "Samenspraak group you talk with others who went through the same kind of "
            "event, guided by two professionals."
        ),
    )
    NEIGHBOUR_DISPUTE = (
        "neighbour_dispute",
        _(
            "For a dispute between neighbours, neighbour mediation may fit better. A "
            "staff member will call you to look at this together."
        ),
    )
    NO_POLICE_REPORT = (
        "no_police_report",
        _(
            "Restorative mediation is possible at any moment, independent of a "
            "criminal case. No report has been made yet; the mediator will talk with "
            "you about what that means."
        ),
    )
    DEFAULT = (
        "default",
        _(
            "Restorative mediation is possible at any moment, independent of the "
            "criminal case: shortly after the event or years later."
        ),
    )


@dataclass(frozen=True)
class Answers:
    """The wizard answers that routing depends on."""

    registrant: Registrant
    role: Role
    offence: Offence
    case_stage: CaseStage
    other_party: OtherParty
    age_band: AgeBand
    district: District | None = None
    counts_in_case: CountsInCase | None = None
    acknowledges: Acknowledges | None = None
    preferred_language: Language = Language.DUTCH
    interpreter_needed: bool = False

    @property
    def case_running(self) -> bool:
        return self.case_stage in CRIMINAL_CASE_RUNNING

    @property
    def contact_ruled_out(self) -> bool:
        return self.other_party in (OtherParty.REFUSED, OtherParty.NOT_POSSIBLE)


@dataclass(frozen=True)
class RoutingResult:
    route: Route
    reason: Reason
    rule: str
    district: District | None = None
    flags: frozenset[Flag] = field(default_factory=frozenset)
    signposts: tuple[Signpost, ...] = ()


@dataclass(frozen=True)
class Rule:
    name: str
    applies: Callable[[Answers], bool]
    route: Route
    reason: Reason
    flags: frozenset[Flag] = frozenset()
    signposts: tuple[Signpost, ...] = ()


RULES: tuple[Rule, ...] = (
    Rule(
        "stalking",
        lambda a: a.offence == Offence.STALKING,
        Route.TRIAGE,
        Reason.STALKING,
        flags=frozenset({Flag.STALKING}),
        signposts=(Signpost.VICTIM_SUPPORT, Signpost.POLICE),
    ),
    Rule(
        "denies_facts",
        lambda a: a.role == Role.OFFENDER and a.acknowledges == Acknowledges.NO,
        Route.TRIAGE,
        Reason.DENIES_FACTS,
        flags=frozenset({Flag.DENIES_FACTS}),
    ),
    Rule(
        "case_running_separate",
        lambda a: (
            a.case_running
            and not a.contact_ruled_out
            and a.counts_in_case == CountsInCase.NO
        ),
        Route.HERSTELBEMIDDELING,
        Reason.CASE_RUNNING_SEPARATE,
    ),
    Rule(
        "case_running",
        lambda a: a.case_running and not a.contact_ruled_out,
        Route.MIS,
        Reason.CASE_RUNNING,
    ),
    Rule(
        "no_contact",
        lambda a: a.other_party in NO_DIRECT_CONTACT,
        Route.SAMENSPRAAK,
        Reason.NO_CONTACT,
    ),
    Rule(
        "neighbour_dispute",
        lambda a: (
            a.offence == Offence.NEIGHBOUR and a.case_stage == CaseStage.NO_REPORT
        ),
        Route.TRIAGE,
        Reason.NEIGHBOUR_DISPUTE,
        signposts=(Signpost.NEIGHBOUR_MEDIATION,),
    ),
    Rule(
        "no_police_report",
        lambda a: (
            a.case_stage == CaseStage.NO_REPORT
            and a.offence not in (Offence.SEXUAL, Offence.MEDICAL)
        ),
        Route.HERSTELBEMIDDELING,
        Reason.NO_POLICE_REPORT,
        flags=frozenset({Flag.NO_POLICE_REPORT}),
        signposts=(Signpost.HOW_TO_REPORT,),
    ),
    Rule("default", lambda a: True, Route.HERSTELBEMIDDELING, Reason.DEFAULT),
)


def _extra_flags(a: Answers) -> set[Flag]:
    flags = set()
    if a.age_band in MINOR_AGES:
        flags.add(Flag.MINOR)
    if a.age_band == AgeBand.UNDER_12:
        flags.add(Flag.UNDER_12)
    if a.offence == Offence.DOMESTIC:
        flags.add(Flag.SAFETY)
    if a.registrant == Registrant.PROFESSIONAL:
        flags.add(Flag.REFERRAL)
    if a.interpreter_needed or a.preferred_language == Language.OTHER:
        flags.add(Flag.LANGUAGE_SUPPORT)
    return flags


def _extra_signposts(a: Answers) -> list[Signpost]:
    signposts = []
    if (
        a.role == Role.OFFENDER
        and a.age_band in (AgeBand.AGE_12_15, AgeBand.AGE_16_17)
        and a.case_stage == CaseStage.POLICE
    ):
        signposts.append(Signpost.HALT)
    if a.offence == Offence.DOMESTIC:
        signposts.append(Signpost.VEILIG_THUIS)
    if a.offence == Offence.SEXUAL:
        signposts.append(Signpost.SEXUAL_VIOLENCE_CENTRE)
    if a.role in VICTIM_SIDE:
        signposts.append(Signpost.VICTIM_SUPPORT)
    return signposts


def route_registration(answers: Answers) -> RoutingResult:
    rule = next(rule for rule in RULES if rule.applies(answers))
    district = None
    if rule.route == Route.MIS:
        district = answers.district or District.UNKNOWN
    signposts = list(rule.signposts)
    for signpost in _extra_signposts(answers):
        if signpost not in signposts:
            signposts.append(signpost)
    return RoutingResult(
        route=rule.route,
        reason=rule.reason,
        rule=rule.name,
        district=district,
        flags=frozenset(rule.flags | _extra_flags(answers)),
        signposts=tuple(signposts),
    )
