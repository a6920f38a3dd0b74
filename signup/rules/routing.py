"""Routing a registration to the right provision: a pure function of the answers.

Version 2 of the rules in the project brief (``routing.md``), from the Beleidskader
herstelrechtvoorzieningen 2020, the intake conditions of Perspectief
Herstelbemiddeling, the 2025 letter to parliament and the WODC reports. The first
matching rule decides the route; flags and signposts are added on top. Every route
leads to a registration and a callback: no combination of answers ends in "you
cannot register".

 1. safety: domestic or honour-related violence, not feeling safe (no / not sure),
    or a contact ban                           -> triage, flags safety (contact_ban)
 2. threats or stalking                        -> triage, flag stalking
 3. suspect/offender denies the facts          -> triage, flag denies_facts
 4. registered for a harmed organisation       -> triage, flag organisation
 5. suspect/offender under 12                  -> triage, flags minor, under_12
 6. case with the OM, a court or on appeal, role victim, bereaved relative or
    suspect/offender, and contact possible (known, or letters/messages only):
    a. the contact should stay separate        -> herstelbemiddeling
    b. otherwise                               -> mis + district (hearing_soon)
 7. the other party said no before             -> herstelbemiddeling, refused_before
 8. a. the other party died                    -> triage, other_party_deceased
    b. unknown, or no contact at all wanted    -> samenspraak for its themes, else
                                                  triage
 9. neighbour dispute, no report               -> triage, neighbour mediation
10. no report (not sexual, not medical)        -> herstelbemiddeling, no_police_report
11. case stage unknown                         -> triage
12. everything else                            -> herstelbemiddeling

``RULE_VERSION`` is stored with each registration, so the desk and statistics know
which rules routed it.
"""

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from content.choices import Provision
from signup.rules.choices import (
    CONTACT_POSSIBLE,
    CRIMINAL_CASE_RUNNING,
    DISMISSED,
    MINOR_AGES,
    MIS_ROLES,
    SAFETY_OFFENCES,
    VICTIM_SIDE,
    Acknowledges,
    AgeBand,
    CaseStage,
    ContactBan,
    ContactTiming,
    CountsInCase,
    District,
    FeelsSafe,
    Hope,
    Language,
    Offence,
    OtherParty,
    Registrant,
    Role,
)

RULE_VERSION = 2
# A hearing at most this many days after submission makes the callback urgent.
HEARING_SOON_DAYS = 14

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
    """What the staff who call back need to know before they call."""

    SAFETY = "safety", _("Safety: respect the safe-contact preferences strictly")
    CONTACT_BAN = "contact_ban", _("Contact ban or restraining order")
    STALKING = "stalking", _("Stalking or threats")
    DENIES_FACTS = "denies_facts", _("Denies the facts")
    ORGANISATION = "organisation", _("Registered for an organisation")
    MINOR = "minor", _("Minor: parent or guardian consent needed")
    UNDER_12 = "under_12", _("Younger than 12")
    HEARING_SOON = "hearing_soon", _("Hearing within 14 days")
    REFUSED_BEFORE = "refused_before", _("The other party said no before")
    OTHER_PARTY_DECEASED = "other_party_deceased", _("The other party has died")
    NO_POLICE_REPORT = "no_police_report", _("No police report")
    AFTER_DISMISSAL = "after_dismissal", _("Case dropped or acquittal")
    REFERRAL = "referral", _("Referral: call the professional first")
    LANGUAGE_SUPPORT = "language_support", _("Language support or interpreter")
    BY_POST = "by_post", _("By post: send a letter")
    DEFERRED = "deferred", _("Contact later, at the chosen moment")


class Signpost(models.TextChoices):
    """Other help shown to the person (texts in ``signup.rules.signposts``)."""

    EMERGENCY = "emergency", _("The police in an emergency")
    VEILIG_THUIS = "veilig_thuis", _("Veilig Thuis")
    VICTIM_SUPPORT = "victim_support", _("Victim Support Netherlands")
    POLICE = "police", _("The police: a conversation so that it stops")
    HOW_TO_REPORT = "how_to_report", _("How to report a crime")
    NEIGHBOUR_MEDIATION = "neighbour_mediation", _("Neighbour mediation")
    HALT = "halt", _("Halt")
    SEXUAL_VIOLENCE_CENTRE = "sexual_violence_centre", _("Centre for Sexual Violence")


class Reason(models.TextChoices):
    """Why the registration went where it went, in words the person can read.
    The codes of version 1 keep their meaning."""

    SAFETY = (
        "safety",
        _(
            "Your safety comes first. A staff member will call you to talk about what "
            "can help you and what is safe, before anything else happens."
        ),
    )
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
    ORGANISATION = (
        "organisation",
        _(
            "Mediation is usually between people. A staff member will call you to "
            "look at what is possible for your organisation, for example a meeting "
            "with representatives."
        ),
    )
    UNDER_12 = (
        "under_12",
        _(
            "Children under 12 cannot be prosecuted. A staff member will call to "
            "talk about what is possible and who can help."
        ),
    )
    CASE_RUNNING_SEPARATE = (
        "case_running_separate",
        _(
            "Your case is with the public prosecutor or a court, but you want the "
            "contact to stay separate from the criminal case. Restorative mediation "
            "is independent of the case, so that is where your registration goes."
        ),
    )
    CASE_RUNNING = (
        "case_running",
        _(
            "Your case is with the public prosecutor or a court. Your registration "
            "is a request for mediation in criminal cases. The mediation office of "
            "the court looks at it with the public prosecutor or the judge, who "
            "decide whether it can go ahead. Agreements you make, also about "
            "damages, can then be taken into account in the case. If it does not go "
            "ahead, restorative mediation is still possible."
        ),
    )
    REFUSED_BEFORE = (
        "refused_before",
        _(
            "The other party said no before. Time can change things. A mediator "
            "will look carefully with you at whether asking again is wise. A "
            "Samenspraak group, with others who went through something similar, is "
            "another option."
        ),
    )
    DECEASED = (
        "deceased",
        _(
            "The other party has died. Contact with their relatives, or a group, "
            "may be possible. A staff member will call you to talk it through."
        ),
    )
    NO_CONTACT = (
        "no_contact",
        _(
            "Contact with the other party is not possible or not wanted. In a "
            "Samenspraak group you talk with others who went through the same kind "
            "of offence, over several meetings. Two citizens who were not involved "
            "take part on behalf of society."
        ),
    )
    NO_CONTACT_TRIAGE = (
        "no_contact_triage",
        _(
            "Contact with the other party is not possible or not wanted. A staff "
            "member will call you to talk about what can help you."
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
            "criminal case. No report has been made; the mediator will talk with "
            "you about what that means."
        ),
    )
    STAGE_UNKNOWN = (
        "stage_unknown",
        _(
            "A staff member will call you to find out together where the case "
            "stands, because that decides which kind of mediation fits first."
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
    """The wizard answers that routing depends on.

    ``has_phone``, ``has_email`` and ``has_postal_address`` say which ways to reach
    the person were given; ``submitted_on`` is the day of submission, against
    which the hearing date is measured."""

    registrant: Registrant
    role: Role
    offence: Offence
    case_stage: CaseStage
    other_party: OtherParty
    age_band: AgeBand | None = None
    hopes: frozenset[Hope] = frozenset()
    feels_safe: FeelsSafe | None = None
    contact_ban: ContactBan | None = None
    district: District | None = None
    hearing_date: date | None = None
    counts_in_case: CountsInCase | None = None
    acknowledges: Acknowledges | None = None
    preferred_language: Language = Language.DUTCH
    interpreter_needed: bool = False
    has_phone: bool = True
    has_email: bool = False
    has_postal_address: bool = False
    contact_timing: ContactTiming = ContactTiming.NOW
    submitted_on: date | None = None

    @property
    def case_running(self) -> bool:
        return self.case_stage in CRIMINAL_CASE_RUNNING

    @property
    def is_offender(self) -> bool:
        return self.role == Role.OFFENDER

    @property
    def unsafe(self) -> bool:
        return (
            self.offence in SAFETY_OFFENCES
            or self.feels_safe in (FeelsSafe.NO, FeelsSafe.UNSURE)
            or self.contact_ban == ContactBan.YES
        )

    @property
    def hearing_soon(self) -> bool:
        if self.hearing_date is None or self.submitted_on is None:
            return False
        return 0 <= (self.hearing_date - self.submitted_on).days <= HEARING_SOON_DAYS


@dataclass(frozen=True)
class RoutingResult:
    route: Route
    reason: Reason
    rule: str
    district: District | None = None
    flags: frozenset[Flag] = field(default_factory=frozenset)
    signposts: tuple[Signpost, ...] = ()
    rule_version: int = RULE_VERSION


@dataclass(frozen=True)
class Rule:
    """One row of the table. ``flags`` and ``signposts`` may be fixed, or a
    function of the answers where the brief makes them depend on one."""

    name: str
    applies: Callable[[Answers, Collection[Offence]], bool]
    route: Route
    reason: Reason
    flags: Callable[[Answers], Collection[Flag]] = lambda a: ()
    signposts: Callable[[Answers], Collection[Signpost]] = lambda a: ()


def _safety_flags(a: Answers) -> set[Flag]:
    flags = {Flag.SAFETY}
    if a.contact_ban == ContactBan.YES:
        flags.add(Flag.CONTACT_BAN)
    return flags


def _safety_signposts(a: Answers) -> list[Signpost]:
    signposts = [Signpost.VEILIG_THUIS] if a.offence in SAFETY_OFFENCES else []
    return [*signposts, Signpost.EMERGENCY]


def _mis_possible(a: Answers) -> bool:
    return a.case_running and a.role in MIS_ROLES and a.other_party in CONTACT_POSSIBLE


RULES: tuple[Rule, ...] = (
    Rule(
        "safety",
        lambda a, themes: a.unsafe,
        Route.TRIAGE,
        Reason.SAFETY,
        flags=_safety_flags,
        signposts=_safety_signposts,
    ),
    Rule(
        "stalking",
        lambda a, themes: a.offence == Offence.STALKING,
        Route.TRIAGE,
        Reason.STALKING,
        flags=lambda a: {Flag.STALKING},
        signposts=lambda a: (Signpost.VICTIM_SUPPORT, Signpost.POLICE),
    ),
    Rule(
        "denies_facts",
        lambda a, themes: a.is_offender and a.acknowledges == Acknowledges.NO,
        Route.TRIAGE,
        Reason.DENIES_FACTS,
        flags=lambda a: {Flag.DENIES_FACTS},
    ),
    Rule(
        "organisation",
        lambda a, themes: a.registrant == Registrant.ORGANISATION,
        Route.TRIAGE,
        Reason.ORGANISATION,
        flags=lambda a: {Flag.ORGANISATION},
    ),
    Rule(
        "offender_under_12",
        lambda a, themes: a.is_offender and a.age_band == AgeBand.UNDER_12,
        Route.TRIAGE,
        Reason.UNDER_12,
        flags=lambda a: {Flag.MINOR, Flag.UNDER_12},
    ),
    Rule(
        "case_running_separate",
        lambda a, themes: _mis_possible(a) and a.counts_in_case == CountsInCase.NO,
        Route.HERSTELBEMIDDELING,
        Reason.CASE_RUNNING_SEPARATE,
    ),
    Rule(
        "case_running",
        lambda a, themes: _mis_possible(a),
        Route.MIS,
        Reason.CASE_RUNNING,
        flags=lambda a: {Flag.HEARING_SOON} if a.hearing_soon else (),
    ),
    Rule(
        "refused_before",
        lambda a, themes: a.other_party == OtherParty.REFUSED,
        Route.HERSTELBEMIDDELING,
        Reason.REFUSED_BEFORE,
        flags=lambda a: {Flag.REFUSED_BEFORE},
    ),
    Rule(
        "other_party_deceased",
        lambda a, themes: a.other_party == OtherParty.DECEASED,
        Route.TRIAGE,
        Reason.DECEASED,
        flags=lambda a: {Flag.OTHER_PARTY_DECEASED},
    ),
    Rule(
        "no_contact_group",
        lambda a, themes: (
            a.other_party in (OtherParty.UNKNOWN, OtherParty.NO_CONTACT)
            and a.offence in themes
        ),
        Route.SAMENSPRAAK,
        Reason.NO_CONTACT,
    ),
    Rule(
        "no_contact",
        lambda a, themes: a.other_party in (OtherParty.UNKNOWN, OtherParty.NO_CONTACT),
        Route.TRIAGE,
        Reason.NO_CONTACT_TRIAGE,
    ),
    Rule(
        "neighbour_dispute",
        lambda a, themes: (
            a.offence == Offence.NEIGHBOUR and a.case_stage == CaseStage.NO_REPORT
        ),
        Route.TRIAGE,
        Reason.NEIGHBOUR_DISPUTE,
        signposts=lambda a: (Signpost.NEIGHBOUR_MEDIATION,),
    ),
    Rule(
        "no_police_report",
        lambda a, themes: (
            a.case_stage == CaseStage.NO_REPORT
            and a.offence not in (Offence.SEXUAL, Offence.MEDICAL)
        ),
        Route.HERSTELBEMIDDELING,
        Reason.NO_POLICE_REPORT,
        flags=lambda a: {Flag.NO_POLICE_REPORT},
        signposts=lambda a: (Signpost.HOW_TO_REPORT,) if a.role in VICTIM_SIDE else (),
    ),
    Rule(
        "stage_unknown",
        lambda a, themes: a.case_stage == CaseStage.UNKNOWN,
        Route.TRIAGE,
        Reason.STAGE_UNKNOWN,
    ),
    Rule("default", lambda a, themes: True, Route.HERSTELBEMIDDELING, Reason.DEFAULT),
)


def _extra_flags(a: Answers) -> set[Flag]:
    flags = set()
    if a.age_band in MINOR_AGES:
        flags.add(Flag.MINOR)
    if a.age_band == AgeBand.UNDER_12:
        flags.add(Flag.UNDER_12)
    if a.registrant == Registrant.PROFESSIONAL:
        flags.add(Flag.REFERRAL)
    if a.interpreter_needed or a.preferred_language == Language.OTHER:
        flags.add(Flag.LANGUAGE_SUPPORT)
    if a.has_postal_address and not (a.has_phone or a.has_email):
        flags.add(Flag.BY_POST)
    if a.contact_timing != ContactTiming.NOW:
        flags.add(Flag.DEFERRED)
    if a.case_stage in DISMISSED:
        flags.add(Flag.AFTER_DISMISSAL)
    return flags


def _extra_signposts(a: Answers) -> list[Signpost]:
    signposts = []
    if (
        a.is_offender
        and a.age_band in (AgeBand.AGE_12_15, AgeBand.AGE_16_17)
        and a.case_stage in (CaseStage.NO_REPORT, CaseStage.POLICE)
    ):
        signposts.append(Signpost.HALT)
    if a.offence == Offence.SEXUAL:
        signposts.append(Signpost.SEXUAL_VIOLENCE_CENTRE)
    if a.role in VICTIM_SIDE:
        signposts.append(Signpost.VICTIM_SUPPORT)
    if Hope.STOP in a.hopes:
        signposts.append(Signpost.POLICE)
    return signposts


def samenspraak_themes() -> frozenset[Offence]:
    """The offence types PH runs Samenspraak groups on: the setting
    ``SIGNUP_SAMENSPRAAK_THEMES``."""
    return frozenset(Offence(code) for code in settings.SIGNUP_SAMENSPRAAK_THEMES)


def route_registration(
    answers: Answers, *, themes: Collection[Offence] | None = None
) -> RoutingResult:
    """The first rule that applies decides; ``themes`` defaults to the setting."""
    themes = samenspraak_themes() if themes is None else frozenset(themes)
    rule = next(rule for rule in RULES if rule.applies(answers, themes))
    district = None
    if rule.route == Route.MIS:
        district = answers.district or District.UNKNOWN
    signposts = list(rule.signposts(answers))
    for signpost in _extra_signposts(answers):
        if signpost not in signposts:
            signposts.append(signpost)
    return RoutingResult(
        route=rule.route,
        reason=rule.reason,
        rule=rule.name,
        district=district,
        flags=frozenset({*rule.flags(answers), *_extra_flags(answers)}),
        signposts=tuple(signposts),
    )
