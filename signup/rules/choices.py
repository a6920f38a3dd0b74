"""The answers the wizard offers, shared by forms, routing and the registration model.

Stored values are stable English codes; labels are translated. Young people read
the labels in ``YOUTH_LABELS`` instead where the usual ones use hard words (at the
end of this module); the desk and the statistics always show the usual labels.
"""

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Registrant(models.TextChoices):
    SELF = "self", _("For myself")
    PROFESSIONAL = "professional", _("As a professional, for a client who agreed")
    ORGANISATION = (
        "organisation",
        _("For an organisation that was harmed (a club, school, shop or company)"),
    )


class Role(models.TextChoices):
    VICTIM = "victim", _("Victim")
    BEREAVED = "bereaved", _("Bereaved relative (a loved one died)")
    VICTIM_RELATIVE = "victim_relative", _("Relative or friend of a victim")
    OFFENDER = "offender", _("Suspect, offender, or person who caused an accident")
    OFFENDER_RELATIVE = "offender_relative", _("Relative of a suspect or offender")
    WITNESS = "witness", _("Witness")
    OTHER = "other", _("Other")


VICTIM_SIDE = frozenset({Role.VICTIM, Role.BEREAVED, Role.VICTIM_RELATIVE})
# MiS is between victims (or bereaved relatives) and suspects: only these roles
# can reach it (routing rule 6).
MIS_ROLES = frozenset({Role.VICTIM, Role.BEREAVED, Role.OFFENDER})


class Hope(models.TextChoices):
    """What the person hopes for; several answers allowed."""

    ANSWERS = "answers", _("Answers to my questions")
    BE_HEARD = "be_heard", _("Telling my story, being heard")
    APOLOGY = "apology", _("Giving or receiving an apology")
    FUTURE = "future", _("Agreements about the future")
    DAMAGES = "damages", _("Agreements about damages")
    STOP = "stop", _("That it stops")
    OTHERS = "others", _("Talking with others who went through the same")
    UNSURE = "unsure", _("I don't know yet")


class Offence(models.TextChoices):
    VIOLENCE = "violence", _("Violence")
    SEXUAL = "sexual", _("Sexual violence or sexually transgressive behaviour")
    TRAFFIC = "traffic", _("Traffic accident")
    PROPERTY = "property", _("Burglary, theft, fraud or online crime")
    STALKING = "stalking", _("Threats or stalking")
    DOMESTIC = "domestic", _("Domestic violence")
    HONOUR = "honour", _("Honour-related violence")
    MEDICAL = "medical", _("Medical incident")
    NEIGHBOUR = "neighbour", _("Neighbour dispute")
    OTHER = "other", _("Something else")


class CaseStage(models.TextChoices):
    NO_REPORT = "no_report", _("No report has been made to the police")
    POLICE = "police", _("Reported; the police are investigating")
    PROSECUTOR = "prosecutor", _("The case is with the public prosecutor (OM)")
    COURT = "court", _("A court case is scheduled or running")
    APPEAL = "appeal", _("An appeal (hoger beroep) has been lodged or is running")
    JUDGMENT = "judgment", _("The judge has given a judgment")
    SENTENCE = "sentence", _("A sentence is being served (prison, probation, tbs)")
    DROPPED = "dropped", _("The case was dropped, or ended in acquittal")
    UNKNOWN = "unknown", _("I don't know")


# A case with the OM, a court or on appeal: the court district, the hearing date
# and "may agreements count" are asked, and MiS may apply (routing rule 6).
CRIMINAL_CASE_RUNNING = frozenset(
    {CaseStage.PROSECUTOR, CaseStage.COURT, CaseStage.APPEAL}
)
# After a dropped case or an acquittal the OM usually gives no contact details of
# the other party (flag ``after_dismissal``).
DISMISSED = frozenset({CaseStage.DROPPED})


# Where the safety screen is asked (routing.md v2): these offences, or the hope
# "that it stops".
SAFETY_SCREEN_OFFENCES = frozenset(
    {Offence.DOMESTIC, Offence.HONOUR, Offence.STALKING, Offence.SEXUAL}
)
# Domestic and honour-related violence always go to triage with a safety flag.
SAFETY_OFFENCES = frozenset({Offence.DOMESTIC, Offence.HONOUR})


class FeelsSafe(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNSURE = "unsure", _("I'm not sure")


class ContactBan(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("I don't know")


class District(models.TextChoices):
    """The eleven court districts (arrondissementen) and the Caribbean Netherlands."""

    AMSTERDAM = "amsterdam", "Amsterdam"
    DEN_HAAG = "den_haag", "Den Haag"
    GELDERLAND = "gelderland", "Gelderland"
    LIMBURG = "limburg", "Limburg"
    MIDDEN_NEDERLAND = "midden_nederland", "Midden-Nederland"
    NOORD_HOLLAND = "noord_holland", "Noord-Holland"
    NOORD_NEDERLAND = "noord_nederland", "Noord-Nederland"
    OOST_BRABANT = "oost_brabant", "Oost-Brabant"
    OVERIJSSEL = "overijssel", "Overijssel"
    ROTTERDAM = "rotterdam", "Rotterdam"
    ZEELAND_WEST_BRABANT = "zeeland_west_brabant", "Zeeland-West-Brabant"
    CARIBBEAN = "caribbean", _("Caribbean Netherlands (Bonaire, Sint Eustatius, Saba)")
    UNKNOWN = "unknown", _("I don't know")


class CountsInCase(models.TextChoices):
    """Whether agreements may be weighed in the case (MiS) or the contact stays
    apart from it (herstelbemiddeling), asked without naming either."""

    YES = (
        "yes",
        _("I want agreements that the prosecutor or judge can take into account"),
    )
    NO = "no", _("I want the contact to stay separate from the criminal case")
    UNSURE = "unsure", _("I don't know yet")


class OtherParty(models.TextChoices):
    KNOWN = "known", _("I know who it is, and contact may be possible")
    UNKNOWN = "unknown", _("I don't know who it is (for example, never found)")
    REFUSED = "refused", _("The other party said no to contact before")
    DECEASED = "deceased", _("The other party has died")
    INDIRECT_ONLY = (
        "indirect_only",
        _("I don't want to meet, but letters or messages through a mediator are fine"),
    )
    NO_CONTACT = "no_contact", _("I want no contact at all with the other party")


# Contact with the other party is possible (routing rule 6).
CONTACT_POSSIBLE = frozenset({OtherParty.KNOWN, OtherParty.INDIRECT_ONLY})


class Acknowledges(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")


class AgeBand(models.TextChoices):
    UNDER_12 = "under_12", _("Younger than 12")
    AGE_12_15 = "12_15", _("12 to 15")
    AGE_16_17 = "16_17", _("16 or 17")
    AGE_18_22 = "18_22", _("18 to 22")
    AGE_23_PLUS = "23_plus", _("23 or older")


MINOR_AGES = frozenset({AgeBand.UNDER_12, AgeBand.AGE_12_15, AgeBand.AGE_16_17})


class ContactForm(models.TextChoices):
    CONVERSATION = "conversation", _("A conversation, face to face")
    LETTERS = "letters", _("Writing letters")
    SHUTTLE = "shuttle", _("Messages passed on by the mediator")
    VIDEO = "video", _("A video message")
    GROUP = "group", _("A group meeting")
    UNDECIDED = "undecided", _("I don't know yet")


class ContactTiming(models.TextChoices):
    """When to make contact: now (the callback window), or "not now, later"."""

    NOW = "now", _("As soon as possible")
    MONTHS_3 = "3", _("In 3 months")
    MONTHS_6 = "6", _("In 6 months")
    MONTHS_12 = "12", _("In 12 months")

    @property
    def months(self) -> int:
        return 0 if self == ContactTiming.NOW else int(self.value)


class Language(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Another language")


class GuardianKnows(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNSURE = "unsure", _("I'm not sure")


class CallTime(models.TextChoices):
    MORNING = "morning", _("Morning (9:00 to 12:00)")
    AFTERNOON = "afternoon", _("Afternoon (12:00 to 17:00)")
    EVENING = "evening", _("Early evening (17:00 to 19:00)")


class HeardFrom(models.TextChoices):
    POLICE = "police", _("Police")
    VICTIM_SUPPORT = "victim_support", _("Victim Support Netherlands")
    LAWYER = "lawyer", _("A lawyer")
    PROBATION = "probation", _("Probation service")
    PRISON = "prison", _("Prison or youth institution")
    CARE = "care", _("GP, psychologist or other care provider")
    SEARCH = "search", _("Searching the internet")
    SOCIAL = "social", _("Social media")
    PEOPLE = "people", _("Family, friends or acquaintances")
    OTHER = "other", _("Other")


class OrganisationType(models.TextChoices):
    VICTIM_SUPPORT = "victim_support", _("Victim Support Netherlands")
    PROBATION = "probation", _("Probation service")
    POLICE = "police", _("Police")
    PRISON = "prison", _("Prison (PI)")
    YOUTH_CUSTODY = "youth_custody", _("Youth custody (JJI)")
    FORENSIC = "forensic", _("Forensic clinic (FPC)")
    CHILD_PROTECTION = "child_protection", _("Child Protection Board")
    CARE = "care", _("GP, psychologist or other care provider")
    LAWYER = "lawyer", _("Lawyer")
    INSURER = "insurer", _("Insurer")
    SCHOOL = "school", _("School")
    OTHER = "other", _("Other organisation")


# The answers as young people (12 to 17) read them in the wizard: short, simple
# words, "je" in Dutch. Per choice class, only the labels that differ; the others
# are the usual ones. The stored values are the same.
YOUTH_LABELS: dict[type[models.TextChoices], dict[str, Promise]] = {
    Registrant: {
        Registrant.PROFESSIONAL: _("For someone I help in my work, who said yes to it"),
        Registrant.ORGANISATION: _(
            "For a club, school, shop or company that was harmed"
        ),
    },
    Role: {
        Role.VICTIM: _("Someone did something to me"),
        Role.BEREAVED: _("Someone I love died because of what happened"),
        Role.VICTIM_RELATIVE: _(
            "Something was done to someone in my family, or to a friend"
        ),
        Role.OFFENDER: _(
            "I did something (also an accident), or others think that I did"
        ),
        Role.OFFENDER_RELATIVE: _("Someone in my family did something"),
        Role.WITNESS: _("I saw what happened"),
        Role.OTHER: _("Something else"),
    },
    Hope: {
        Hope.BE_HEARD: _("Saying what it did to me"),
        Hope.APOLOGY: _("Saying sorry, or hearing sorry"),
        Hope.FUTURE: _("Agreements about what happens next"),
        Hope.DAMAGES: _("Agreements about damage, for example paying for it"),
        Hope.OTHERS: _("Talking with others who went through the same thing"),
    },
    Offence: {
        Offence.VIOLENCE: _("Violence, like hitting or kicking"),
        Offence.SEXUAL: _(
            "Sexual violence, or something sexual that someone did not want"
        ),
        Offence.TRAFFIC: _("An accident in traffic"),
        Offence.PROPERTY: _("Break-in, theft, a scam or something online"),
        Offence.STALKING: _(
            "Threats, or stalking (following or bothering someone again and again)"
        ),
        Offence.DOMESTIC: _("Violence at home or in the family"),
        Offence.HONOUR: _("Violence about the honour of the family"),
        Offence.MEDICAL: _("Something that went wrong at a doctor or in hospital"),
        Offence.NEIGHBOUR: _("Trouble with the neighbours"),
    },
    CaseStage: {
        CaseStage.NO_REPORT: _("Nobody has told the police"),
        CaseStage.POLICE: _("The police know about it and are looking into it"),
        CaseStage.PROSECUTOR: _("The prosecutor is looking at the case"),
        CaseStage.COURT: _("There will be a court case, or it has started"),
        CaseStage.APPEAL: _(
            "The case goes to a judge again, because someone did not agree with "
            "the decision (appeal)"
        ),
        CaseStage.JUDGMENT: _("The judge has decided"),
        CaseStage.SENTENCE: _(
            "The punishment is happening now (for example in a youth institution, "
            "or community service)"
        ),
        CaseStage.DROPPED: _(
            "The police or the prosecutor stopped the case, or the judge said: "
            "not guilty"
        ),
    },
    CountsInCase: {
        CountsInCase.YES: _("Yes, the judge or the prosecutor may know what we agree"),
        CountsInCase.NO: _("No, the contact stays apart from the case"),
    },
    OtherParty: {
        OtherParty.UNKNOWN: _("I don't know who it is"),
        OtherParty.REFUSED: _("The other person said no to contact before"),
        OtherParty.DECEASED: _("The other person has died"),
        OtherParty.INDIRECT_ONLY: _(
            "I don't want to see them, but a letter or a message through the "
            "mediator is OK"
        ),
        OtherParty.NO_CONTACT: _("I want no contact with the other person"),
    },
    Acknowledges: {
        Acknowledges.PARTLY: pgettext_lazy("youth", "Partly"),
    },
    AgeBand: {
        AgeBand.AGE_12_15: _("12, 13, 14 or 15"),
    },
    ContactForm: {
        ContactForm.CONVERSATION: _("Talking, face to face"),
        ContactForm.SHUTTLE: _("Messages that the mediator takes back and forth"),
        ContactForm.VIDEO: _("A video with a message"),
        ContactForm.GROUP: _("A meeting with more people"),
    },
    HeardFrom: {
        HeardFrom.PRISON: _("Youth institution or prison"),
        HeardFrom.CARE: _("GP, psychologist or someone else who helps me"),
        HeardFrom.SEARCH: _("Searching online"),
        HeardFrom.PEOPLE: _("Family or friends"),
        HeardFrom.OTHER: _("Something else"),
    },
}


def labels_for(choice_class: type[models.TextChoices], youth: bool) -> list:
    """The (value, label) pairs of ``choice_class`` as the wizard shows them."""
    youth_labels = YOUTH_LABELS.get(choice_class, {}) if youth else {}
    return [
        (value, youth_labels.get(value, label)) for value, label in choice_class.choices
    ]
