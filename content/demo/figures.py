"""The figures register as seeded, and the figures page that shows it.

``REGISTER`` holds every key of the token contract (``[cijfer:key]``,
``[jaar:key]``) with its value exactly as provisions.md gives it, what it counts
in Dutch and English, its year or period and its source document. Where
provisions.md gives no year, the period is said in the source's own framing
(``period_note``), never guessed. The seed creates a missing figure and leaves an
existing one alone, so an editor's correction survives every reseed.

The figures page groups the figures by provision; every number on it comes from
the register (cards of a figures block, or tokens in the text).
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from content.demo.spec import PageSpec, figures, heading, paragraph
from content.models import FiguresPage

# The day these figures were compared with provisions.md.
CHECKED_ON = datetime.date(2026, 12, 2)


@dataclass(frozen=True)
class Source:
    nl: str
    en: str


PH = Source(
    "Jaarverslag 2024 Perspectief Herstelbemiddeling",
    "Annual report 2024, Perspectief Herstelbemiddeling",
)
WODC = Source(
    "WODC-rapport Herstelrecht bij de politie (2021)",
    "WODC report Herstelrecht bij de politie (restorative justice at the police, 2021)",
)
LETTER = Source(
    "Kamerbrief herstelrecht (2025)",
    "Letter to parliament on restorative justice (2025)",
)
PRISONS = Source(
    "Praktijkartikel herstelbemiddeling in detentie",
    "Practice article on restorative mediation in prisons",
)
NSCR = Source("NSCR-factsheet", "NSCR factsheet")

COUNT, PERCENTAGE, EURO = "count", "percentage", "euro"


@dataclass(frozen=True)
class FigureSpec:
    key: str
    value: str
    kind: str
    label_nl: str
    label_en: str
    source: Source
    year: int | None = None
    year_end: int | None = None
    since: bool = False
    qualifier: str = ""
    period_note_nl: str = ""
    period_note_en: str = ""
    # False where provisions.md names no source document for the figure: the
    # source given is the likeliest of the five, and the figure has no check date,
    # so that "Figures to check" lists it until an editor has checked the source.
    source_named: bool = True
    extra: dict = field(default_factory=dict)

    def fields(self) -> dict:
        return {
            "key": self.key,
            "value": Decimal(self.value),
            "kind": self.kind,
            "qualifier": self.qualifier,
            "label_nl": self.label_nl,
            "label_en": self.label_en,
            "year": self.year,
            "year_end": self.year_end,
            "since": self.since,
            "period_note_nl": self.period_note_nl,
            "period_note_en": self.period_note_en,
            "source_nl": self.source.nl,
            "source_en": self.source.en,
            "checked_on": CHECKED_ON if self.source_named else None,
        }


def _ph(key, value, kind, nl, en, year=2024, **kwargs) -> FigureSpec:
    return FigureSpec(key, value, kind, nl, en, PH, year=year, **kwargs)


REGISTER: list[FigureSpec] = [
    # Herstelbemiddeling, annual report 2024 of PH.
    _ph("ph-aanmeldingen-2024", "1651", COUNT, "aanmeldingen", "registrations"),
    _ph("ph-aanmeldingen-2023", "1529", COUNT, "aanmeldingen", "registrations", 2023),
    _ph(
        "ph-toegewezen-2024",
        "1459",
        COUNT,
        "zaken toegewezen aan een bemiddelaar",
        "cases assigned to a mediator",
    ),
    _ph(
        "ph-toegewezen-2023",
        "1351",
        COUNT,
        "zaken toegewezen aan een bemiddelaar",
        "cases assigned to a mediator",
        2023,
    ),
    _ph(
        "ph-niet-toegewezen-mis-2024",
        "41",
        COUNT,
        "aanmeldingen niet toegewezen: eerst mediation in strafzaken verkend of "
        "overgedragen",
        "registrations not assigned: mediation in criminal cases explored first, "
        "or handed over",
    ),
    _ph(
        "ph-geen-gegevens-2024",
        "69",
        COUNT,
        "aanmeldingen konden niet verder: geen contactgegevens van de andere "
        "partij via OM of politie",
        "registrations could not go ahead: no contact details of the other party "
        "from the prosecution service or police",
    ),
    _ph(
        "ph-zelfmelders-2024",
        "428",
        COUNT,
        "mensen meldden zich zelf aan: al vier jaar de grootste groep",
        "people registered themselves: the largest group, four years running",
    ),
    _ph(
        "ph-verwijzers-slachtofferhulp-2024",
        "391",
        COUNT,
        "aanmeldingen via Slachtofferhulp Nederland",
        "registrations through Victim Support Netherlands",
    ),
    _ph(
        "ph-verwijzers-justitie-2024",
        "231",
        COUNT,
        "aanmeldingen via justitiële instellingen",
        "registrations through justice institutions",
    ),
    _ph(
        "ph-verwijzers-politie-2024",
        "141",
        COUNT,
        "aanmeldingen via de politie",
        "registrations through the police",
    ),
    _ph(
        "ph-initiatief-slachtoffers-2024",
        "56",
        PERCENTAGE,
        "van de zaken: het slachtoffer nam het initiatief",
        "of cases: the victim took the initiative",
    ),
    _ph(
        "ph-initiatief-daders-2024",
        "40",
        PERCENTAGE,
        "van de zaken: de dader nam het initiatief",
        "of cases: the offender took the initiative",
    ),
    _ph(
        "ph-initiatief-anderen-2024",
        "4",
        PERCENTAGE,
        "van de zaken: een getuige of iemand anders nam het initiatief",
        "of cases: a witness or someone else took the initiative",
    ),
    _ph(
        "ph-initiatief-slachtoffer-zeden-2024",
        "73",
        PERCENTAGE,
        "van de zedenzaken: het slachtoffer nam het initiatief",
        "of sexual-offence cases: the victim took the initiative",
    ),
    _ph(
        "ph-initiatief-slachtoffer-verkeer-2024",
        "58",
        PERCENTAGE,
        "van de verkeerszaken: het slachtoffer nam het initiatief",
        "of traffic cases: the victim took the initiative",
    ),
    _ph(
        "ph-initiatief-dader-geweld-2024",
        "53",
        PERCENTAGE,
        "van de geweldszaken: de dader nam het initiatief",
        "of violence cases: the offender took the initiative",
    ),
    _ph(
        "ph-delict-geweld-2024",
        "40",
        PERCENTAGE,
        "van de zaken ging over geweld",
        "of cases were about violence",
    ),
    _ph(
        "ph-delict-zeden-2024",
        "29",
        PERCENTAGE,
        "van de zaken ging over een zedendelict",
        "of cases were about a sexual offence",
    ),
    _ph(
        "ph-delict-verkeer-2024",
        "19",
        PERCENTAGE,
        "van de zaken ging over verkeer",
        "of cases were about traffic",
    ),
    _ph(
        "ph-delict-overig-2024",
        "12",
        PERCENTAGE,
        "van de zaken ging over iets anders",
        "of cases were about other offences",
    ),
    _ph(
        "ph-contact-twee-keer-groen-2024",
        "97",
        PERCENTAGE,
        "van de zaken waarin beide partijen na het eerste gesprek verder wilden, "
        "kwam tot contact",
        "of cases in which both parties wanted to go on after the first talk "
        "reached contact",
    ),
    _ph(
        "ph-vorm-gesprek-2024",
        "35",
        PERCENTAGE,
        "van de contacten die er kwamen: een gesprek",
        "of the contacts that took place: a conversation",
    ),
    _ph(
        "ph-vorm-groep-2024",
        "15",
        PERCENTAGE,
        "van de contacten die er kwamen: een groepsbijeenkomst",
        "of the contacts that took place: a group meeting",
    ),
    _ph(
        "ph-vorm-brieven-2024",
        "6",
        PERCENTAGE,
        "van de contacten die er kwamen: brieven",
        "of the contacts that took place: letters",
    ),
    _ph(
        "ph-vorm-pendel-2024",
        "44",
        PERCENTAGE,
        "van de contacten die er kwamen: pendelbemiddeling (de bemiddelaar brengt "
        "de berichten over)",
        "of the contacts that took place: shuttle mediation (the mediator carries "
        "the messages)",
    ),
    _ph(
        "ph-bezoekers-2024",
        "23000",
        COUNT,
        "bezoekers van de website van Perspectief Herstelbemiddeling",
        "visitors to the website of Perspectief Herstelbemiddeling",
    ),
    _ph(
        "ph-bemiddelaars-2024",
        "24",
        COUNT,
        "bemiddelaars, verspreid over het land",
        "mediators, working across the country",
    ),
    # provisions.md gives no year: the annual report's own framing.
    FigureSpec(
        "ph-zeden-bekenden",
        "90",
        PERCENTAGE,
        "van de zaken over seksueel geweld: slachtoffer en dader kennen elkaar",
        "of sexual-violence cases: the victim and the offender know each other",
        PH,
        period_note_nl="volgens het jaarverslag over 2024",
        period_note_en="according to the annual report for 2024",
        source_named=False,
    ),
    # Herstelbemiddeling in prisons: the practice article (data around 2017-2019).
    FigureSpec(
        "ph-gedetineerden-zelfmelders-2019",
        "19",
        COUNT,
        "gedetineerden meldden zich zelf aan",
        "prisoners registered themselves",
        PRISONS,
        year=2019,
        source_named=False,
    ),
    FigureSpec(
        "ph-gedetineerden-zelfmelders-2018",
        "35",
        COUNT,
        "gedetineerden meldden zich zelf aan",
        "prisoners registered themselves",
        PRISONS,
        year=2018,
        source_named=False,
    ),
    FigureSpec(
        "ph-gedetineerden-zelfmelders-2017",
        "33",
        COUNT,
        "gedetineerden meldden zich zelf aan",
        "prisoners registered themselves",
        PRISONS,
        year=2017,
        source_named=False,
    ),
    FigureSpec(
        "ph-afgerond-na-voorbereiding",
        "93",
        PERCENTAGE,
        "van de trajecten waarin de voorbereiding begon, werd afgerond",
        "of processes in which preparation had started were completed",
        PRISONS,
        year=2017,
        year_end=2019,
        period_note_nl="gegevens van rond die jaren",
        period_note_en="data from around those years",
    ),
    # The NSCR study: the factsheet gives no year.
    FigureSpec(
        "nscr-respondenten",
        "131",
        COUNT,
        "respondenten (drie metingen)",
        "respondents (three measurements)",
        NSCR,
        period_note_nl="in het onderzoek van het NSCR",
        period_note_en="in the NSCR study",
    ),
    FigureSpec(
        "nscr-interviews",
        "31",
        COUNT,
        "interviews",
        "interviews",
        NSCR,
        period_note_nl="in het onderzoek van het NSCR",
        period_note_en="in the NSCR study",
    ),
    # Mediation in Strafzaken, the 2025 letter to parliament.
    FigureSpec(
        "mis-verwijzingen-2024",
        "1725",
        COUNT,
        "verwijzingen naar mediation in strafzaken",
        "referrals to mediation in criminal cases",
        LETTER,
        year=2024,
    ),
    FigureSpec(
        "mis-verwijzingen-2023",
        "1568",
        COUNT,
        "verwijzingen naar mediation in strafzaken",
        "referrals to mediation in criminal cases",
        LETTER,
        year=2023,
    ),
    FigureSpec(
        "mis-gestart-2024",
        "856",
        COUNT,
        "mediations gestart",
        "mediations started",
        LETTER,
        year=2024,
    ),
    FigureSpec(
        "mis-gestart-2023",
        "825",
        COUNT,
        "mediations gestart",
        "mediations started",
        LETTER,
        year=2023,
    ),
    FigureSpec(
        "mis-aandeel-strafzaken",
        "1",
        PERCENTAGE,
        "van de strafzaken bij het OM gaat naar mediation in strafzaken",
        "of the prosecution service's criminal cases go to mediation in criminal cases",
        LETTER,
        qualifier="less_than",
        period_note_nl="volgens de Kamerbrief van 2025",
        period_note_en="according to the 2025 letter to parliament",
        source_named=False,
    ),
    FigureSpec(
        "politie-misdrijven-2024",
        "801500",
        COUNT,
        "misdrijven bekend bij de politie",
        "crimes known to the police",
        LETTER,
        year=2024,
    ),
    FigureSpec(
        "om-instroom-2024",
        "196500",
        COUNT,
        "strafzaken binnengekomen bij het Openbaar Ministerie",
        "criminal cases that reached the Public Prosecution Service",
        LETTER,
        year=2024,
    ),
    FigureSpec(
        "mis-vergoeding-2024",
        "1350",
        EURO,
        "vergoeding per mediation in strafzaken met een slotovereenkomst, zonder btw",
        "fee per mediation in criminal cases with a final agreement, excluding VAT",
        LETTER,
        year=2024,
        since=True,
    ),
    # MiS in 2019 and 2020: the WODC report of 2021 (citing the Rechtspraak).
    FigureSpec(
        "mis-verwezen-2019",
        "1472",
        COUNT,
        "zaken verwezen naar mediation in strafzaken",
        "cases referred to mediation in criminal cases",
        WODC,
        year=2019,
    ),
    FigureSpec(
        "mis-geslaagd-2019",
        "833",
        COUNT,
        "mediations in strafzaken geslaagd",
        "successful mediations in criminal cases",
        WODC,
        year=2019,
    ),
    FigureSpec(
        "mis-overeenkomst-2019",
        "85",
        PERCENTAGE,
        "van de mediations die begonnen, eindigde met afspraken",
        "of the mediations that started ended in an agreement",
        WODC,
        year=2019,
    ),
    FigureSpec(
        "mis-jeugd-aangemeld-2019",
        "213",
        COUNT,
        "jeugdzaken aangemeld voor mediation in strafzaken",
        "youth cases registered for mediation in criminal cases",
        WODC,
        year=2019,
    ),
    FigureSpec(
        "mis-jeugd-aangemeld-2020",
        "227",
        COUNT,
        "jeugdzaken aangemeld voor mediation in strafzaken",
        "youth cases registered for mediation in criminal cases",
        WODC,
        year=2020,
        period_note_nl="tot november",
        period_note_en="up to November",
    ),
    FigureSpec(
        "mis-jeugd-afgerond-2020",
        "100",
        COUNT,
        "van de jeugdzaken aangemeld in 2020 werden afgerond",
        "of the youth cases registered in 2020 were completed",
        WODC,
        year=2020,
    ),
    FigureSpec(
        "mis-jeugd-overeenkomst-2020",
        "94",
        COUNT,
        "van die afgeronde jeugdzaken eindigden met afspraken",
        "of those completed youth cases ended in an agreement",
        WODC,
        year=2020,
    ),
    # The pilot in Caribbean Netherlands (BES), since 2022.
    *(
        FigureSpec(
            key, value, COUNT, nl, en, LETTER, year=2022, since=True, source_named=False
        )
        for key, value, nl, en in [
            (
                "bes-mediators",
                "11",
                "mediators opgeleid in Caribisch Nederland",
                "mediators trained in Caribbean Netherlands",
            ),
            (
                "bes-aanmeldingen",
                "38",
                "aanmeldingen in Caribisch Nederland",
                "registrations in Caribbean Netherlands",
            ),
            (
                "bes-mediations",
                "12",
                "mediations in Caribisch Nederland",
                "mediations in Caribbean Netherlands",
            ),
            (
                "bes-overeenkomsten",
                "11",
                "mediations met (gedeeltelijke) afspraken in Caribisch Nederland",
                "mediations with a (partial) agreement in Caribbean Netherlands",
            ),
        ]
    ),
]

# The figures of each group, the same in both languages.
_PH_MAIN = figures(
    [
        "ph-aanmeldingen-2024",
        "ph-aanmeldingen-2023",
        "ph-toegewezen-2024",
        "ph-toegewezen-2023",
        "ph-zelfmelders-2024",
        "ph-bemiddelaars-2024",
        "ph-bezoekers-2024",
    ]
)
_PH_WHO = figures(
    [
        "ph-verwijzers-slachtofferhulp-2024",
        "ph-verwijzers-justitie-2024",
        "ph-verwijzers-politie-2024",
        "ph-niet-toegewezen-mis-2024",
        "ph-geen-gegevens-2024",
    ]
)
_PH_INITIATIVE = figures(
    [
        "ph-initiatief-slachtoffers-2024",
        "ph-initiatief-daders-2024",
        "ph-initiatief-anderen-2024",
        "ph-initiatief-slachtoffer-zeden-2024",
        "ph-initiatief-slachtoffer-verkeer-2024",
        "ph-initiatief-dader-geweld-2024",
    ]
)
_PH_KINDS = figures(
    [
        "ph-delict-geweld-2024",
        "ph-delict-zeden-2024",
        "ph-delict-verkeer-2024",
        "ph-delict-overig-2024",
        "ph-zeden-bekenden",
    ]
)
_PH_CONTACT = figures(
    [
        "ph-contact-twee-keer-groen-2024",
        "ph-vorm-gesprek-2024",
        "ph-vorm-groep-2024",
        "ph-vorm-brieven-2024",
        "ph-vorm-pendel-2024",
    ]
)
_PRISONS = figures(
    [
        "ph-afgerond-na-voorbereiding",
        "ph-gedetineerden-zelfmelders-2019",
        "ph-gedetineerden-zelfmelders-2018",
        "ph-gedetineerden-zelfmelders-2017",
    ]
)
_MIS = figures(
    [
        "mis-verwijzingen-2024",
        "mis-verwijzingen-2023",
        "mis-gestart-2024",
        "mis-gestart-2023",
        "mis-aandeel-strafzaken",
        "mis-vergoeding-2024",
    ]
)
_MIS_2019 = figures(
    [
        "mis-verwezen-2019",
        "mis-geslaagd-2019",
        "mis-overeenkomst-2019",
        "mis-jeugd-aangemeld-2019",
        "mis-jeugd-aangemeld-2020",
        "mis-jeugd-afgerond-2020",
        "mis-jeugd-overeenkomst-2020",
    ]
)
_BES = figures(
    ["bes-mediators", "bes-aanmeldingen", "bes-mediations", "bes-overeenkomsten"]
)
_POLICE = figures(["politie-misdrijven-2024", "om-instroom-2024"])
_RESEARCH = figures(["nscr-respondenten", "nscr-interviews"])

_NL_BODY = [
    heading("Herstelbemiddeling"),
    paragraph(
        "<p>Perspectief Herstelbemiddeling brengt slachtoffers, daders en andere "
        "betrokkenen met elkaar in contact. Dit zijn de cijfers over "
        "[jaar:ph-aanmeldingen-2024].</p>"
    ),
    _PH_MAIN,
    heading("Wie meldde aan?", "h3"),
    paragraph(
        "<p>De meeste aanmeldingen komen via een verwijzer, zoals Slachtofferhulp "
        "Nederland of de politie. Niet elke aanmelding kon een bemiddelaar "
        "krijgen.</p>"
    ),
    _PH_WHO,
    heading("Wie nam het initiatief?", "h3"),
    paragraph(
        "<p>Dit gaat over wie de eerste stap zette, niet over wie de aanmelding "
        "deed. In [cijfer:ph-initiatief-daders-2024] van de zaken nam de dader het "
        "initiatief. Dat is dus niet [cijfer:ph-initiatief-daders-2024] van de "
        "aanmeldingen.</p>"
    ),
    _PH_INITIATIVE,
    heading("Soorten zaken", "h3"),
    _PH_KINDS,
    heading("Contact", "h3"),
    paragraph(
        "<p>Willen beide partijen na het eerste gesprek verder? Dan komt er bijna "
        "altijd contact. De vormen van contact zijn een deel van de contacten die "
        "er echt kwamen, niet van alle deelnemers.</p>"
    ),
    _PH_CONTACT,
    heading("Herstelbemiddeling in de gevangenis"),
    paragraph(
        "<p>Deze cijfers komen uit een praktijkartikel over herstelbemiddeling in "
        "detentie, niet uit het jaarverslag van [jaar:ph-aanmeldingen-2024].</p>"
    ),
    _PRISONS,
    heading("Mediation in strafzaken"),
    paragraph(
        "<p>Bij mediation in strafzaken loopt de strafzaak nog. De officier van "
        "justitie of de rechter verwijst de zaak naar het mediationbureau van de "
        "rechtbank.</p>"
    ),
    _MIS,
    heading("Mediation in strafzaken in 2019 en 2020", "h3"),
    paragraph(
        "<p>Deze cijfers komen uit het WODC-rapport van 2021. Dat rapport noemt "
        "de cijfers van de Rechtspraak.</p>"
    ),
    _MIS_2019,
    heading("Caribisch Nederland", "h3"),
    paragraph(
        "<p>Op Bonaire, Sint Eustatius en Saba loopt [jaar:bes-mediators] een "
        "proef met mediation in strafzaken.</p>"
    ),
    _BES,
    heading("Politie en Openbaar Ministerie"),
    paragraph(
        "<p>Ter vergelijking: zoveel zaken kwamen bij de politie en het OM. Van "
        "de strafzaken bij het OM gaat [cijfer:mis-aandeel-strafzaken] naar "
        "mediation in strafzaken.</p>"
    ),
    _POLICE,
    heading("Onderzoek"),
    paragraph(
        "<p>Het NSCR vroeg deelnemers aan herstelbemiddeling naar hun ervaring. "
        "Zij waarderen het, welke rol ze ook hadden en hoe het ook afliep. Een "
        "half jaar later waren ze nog steeds positief.</p>"
    ),
    _RESEARCH,
]

_EN_BODY = [
    heading("Restorative mediation"),
    paragraph(
        "<p>Perspectief Herstelbemiddeling puts victims, offenders and others "
        "involved in touch with each other. These are the figures for "
        "[jaar:ph-aanmeldingen-2024].</p>"
    ),
    _PH_MAIN,
    heading("Who registered?", "h3"),
    paragraph(
        "<p>Most registrations come in through a professional, such as Victim "
        "Support Netherlands or the police. Not every registration could be given "
        "a mediator.</p>"
    ),
    _PH_WHO,
    heading("Who took the initiative?", "h3"),
    paragraph(
        "<p>This is about who took the first step, not about who registered. In "
        "[cijfer:ph-initiatief-daders-2024] of cases the offender took the "
        "initiative. That is not [cijfer:ph-initiatief-daders-2024] of "
        "registrations.</p>"
    ),
    _PH_INITIATIVE,
    heading("Kinds of cases", "h3"),
    _PH_KINDS,
    heading("Contact", "h3"),
    paragraph(
        "<p>When both parties want to go on after the first talk, contact nearly "
        "always follows. The forms of contact are shares of the contacts that "
        "actually took place, not of all participants.</p>"
    ),
    _PH_CONTACT,
    heading("Restorative mediation in prison"),
    paragraph(
        "<p>These figures come from a practice article on restorative mediation in "
        "prisons, not from the annual report for [jaar:ph-aanmeldingen-2024].</p>"
    ),
    _PRISONS,
    heading("Mediation in criminal cases"),
    paragraph(
        "<p>In mediation in criminal cases, the criminal case is still running. "
        "The public prosecutor or the judge refers the case to the court's "
        "mediation office.</p>"
    ),
    _MIS,
    heading("Mediation in criminal cases in 2019 and 2020", "h3"),
    paragraph(
        "<p>These figures come from the WODC report of 2021, which quotes the "
        "figures of the judiciary (Rechtspraak).</p>"
    ),
    _MIS_2019,
    heading("Caribbean Netherlands", "h3"),
    paragraph(
        "<p>On Bonaire, Sint Eustatius and Saba, a pilot of mediation in criminal "
        "cases has been running [jaar:bes-mediators].</p>"
    ),
    _BES,
    heading("Police and Public Prosecution Service"),
    paragraph(
        "<p>For comparison: this many cases reached the police and the "
        "prosecution service. Of the prosecution service's criminal cases, "
        "[cijfer:mis-aandeel-strafzaken] go to mediation in criminal cases.</p>"
    ),
    _POLICE,
    heading("Research"),
    paragraph(
        "<p>The NSCR asked people who took part in restorative mediation about "
        "their experience. They value it, whatever their role and however it "
        "ended. Six months later they were still positive.</p>"
    ),
    _RESEARCH,
]

FIGURES = PageSpec(
    FiguresPage,
    key="figures",
    nl={
        "title": "Cijfers",
        "slug": "cijfers",
        "intro": (
            "Hoeveel mensen kiezen voor herstelrecht? Elk getal staat bij zijn jaar "
            "en zijn bron."
        ),
        "body": _NL_BODY,
    },
    en={
        "title": "Figures",
        "slug": "figures",
        "intro": (
            "How many people choose restorative justice? Every number shows its "
            "year and its source."
        ),
        "body": _EN_BODY,
    },
)
