"""The answers the wizard offers, shared by forms, routing and the registration model.

Stored values are stable English codes; labels are translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Registrant(models.TextChoices):
    SELF = "self", _("For myself")
    PROFESSIONAL = "professional", _("As a professional, for a client who agreed")


class Role(models.TextChoices):
    VICTIM = "victim", _("Victim")
    BEREAVED = "bereaved", _("Bereaved relative (a loved one died)")
    VICTIM_RELATIVE = "victim_relative", _("Relative or friend of a victim")
    OFFENDER = "offender", _("Suspect, offender, or person who caused an accident")
    OFFENDER_RELATIVE = "offender_relative", _("Relative of a suspect or offender")
    WITNESS = "witness", _("Witness")
    OTHER = "other", _("Other")


VICTIM_SIDE = frozenset({Role.VICTIM, Role.BEREAVED, Role.VICTIM_RELATIVE})


class Offence(models.TextChoices):
    VIOLENCE = "violence", _("Violence")
    SEXUAL = "sexual", _("Sexual violence or sexually transgressive behaviour")
    TRAFFIC = "traffic", _("Traffic accident")
    PROPERTY = "property", _("Burglary, theft, fraud or online crime")
    STALKING = "stalking", _("Threats or stalking")
    DOMESTIC = "domestic", _("Domestic violence")
    MEDICAL = "medical", _("Medical incident")
    NEIGHBOUR = "neighbour", _("Neighbour dispute")
    OTHER = "other", _("Something else")


class CaseStage(models.TextChoices):
    NO_REPORT = "no_report", _("No report has been made to the police")
    POLICE = "police", _("Reported; the police are investigating")
    PROSECUTOR = "prosecutor", _("The case is with the public prosecutor (OM)")
    COURT = "court", _("A court case is scheduled or running (also on appeal)")
    JUDGMENT = "judgment", _("The judge has given a judgment")
    SENTENCE = "sentence", _("A sentence is being served (prison, probation, tbs)")
    DROPPED = "dropped", _("The case was dropped, or ended in acquittal")
    UNKNOWN = "unknown", _("I don't know")


CRIMINAL_CASE_RUNNING = frozenset({CaseStage.PROSECUTOR, CaseStage.COURT})


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
    YES = "yes", _("Yes, agreements may count in the criminal case")
    NO = "no", _("No, I want it to stay separate from the criminal case")
    UNSURE = "unsure", _("I don't know yet")


class OtherParty(models.TextChoices):
    KNOWN = "known", _("I know who the other party is, or the police or OM know")
    UNKNOWN = "unknown", _("The other party is not known (for example, never found)")
    REFUSED = "refused", _("The other party has said before they do not want contact")
    NOT_POSSIBLE = (
        "not_possible",
        _("Contact is not possible, or I do not want direct contact"),
    )


NO_DIRECT_CONTACT = frozenset(
    {OtherParty.UNKNOWN, OtherParty.REFUSED, OtherParty.NOT_POSSIBLE}
)


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
