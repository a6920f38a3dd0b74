"""The glossary in Dutch and English: the words of the justice system and of
restorative justice that the site uses, each explained in a few plain sentences.
Other pages link to these entries by themselves (``content.glossary``)."""

from content.demo.spec import PageSpec
from content.models import GlossaryPage


def entry(term: str, meaning: str, other_forms: str = "", match_case=False) -> tuple:
    return (
        "entry",
        {
            "term": term,
            "other_forms": other_forms,
            "match_case": match_case,
            "definition": f"<p>{meaning}</p>",
        },
    )


NL = [
    entry(
        "aangifte",
        "Aangifte doen betekent: de politie officieel vertellen over een strafbaar "
        "feit. Voor herstelbemiddeling is meestal een aangifte nodig. Na seksueel "
        "geweld hoeft dat niet. Meedoen aan herstelrecht neemt het recht op "
        "aangifte nooit weg.",
    ),
    entry(
        "arrondissement",
        "Het gebied waarin één rechtbank werkt. Nederland heeft elf "
        "arrondissementen. Bij elke rechtbank is een mediationbureau.",
        "arrondissementen",
    ),
    entry(
        "bemiddelaar",
        "Iemand van Perspectief Herstelbemiddeling die de deelnemers begeleidt. De "
        "bemiddelaar praat eerst met ieder apart en bereidt het contact voor. "
        "De bemiddelaar kiest geen partij.",
        "bemiddelaars",
    ),
    entry(
        "dader",
        "Iemand die een strafbaar feit heeft gepleegd. Bij herstelrecht neemt de "
        "dader verantwoordelijkheid voor zijn of haar eigen deel.",
        "daders",
    ),
    entry(
        "eindezaakverklaring",
        "Na een geslaagde mediation in strafzaken kan de rechter verklaren dat de "
        "strafzaak is afgelopen. Dat heet een eindezaakverklaring.",
    ),
    entry(
        "Halt",
        "Halt is voor jongeren van 12 tot 18 jaar die een strafbaar feit pleegden. "
        "Politie of OM kan een jongere naar Halt sturen. De jongere moet toegeven "
        "wat hij of zij deed. Het kan gaan om een excuusbrief, een gesprek of een "
        "herstelbijeenkomst. Wie Halt goed afrondt, wordt niet verder vervolgd. "
        "Halt is niet helemaal vrijwillig. Vanaf 18 jaar kan het niet meer.",
        match_case=True,
    ),
    entry(
        "herstelbemiddeling",
        "Contact tussen slachtoffer en dader, of andere betrokkenen, na een "
        "strafbaar feit, begeleid door een bemiddelaar van Perspectief "
        "Herstelbemiddeling. Het staat los van de strafzaak, is gratis en altijd "
        "vrijwillig.",
    ),
    entry(
        "herstelrecht",
        "Alle vormen van contact tussen slachtoffer (of nabestaanden) en verdachte "
        "of dader na een strafbaar feit, met begeleiding. Het komt naast het "
        "strafrecht, niet in plaats daarvan. Meedoen is altijd vrijwillig.",
    ),
    entry(
        "mediation in strafzaken",
        "Mediation tijdens een lopende strafzaak. De officier van justitie of de "
        "rechter verwijst de zaak naar het mediationbureau van de rechtbank. Het "
        "gaat om herstel en om afspraken, ook over schade. Afgekort: MiS.",
        "MiS",
    ),
    entry(
        "mediationbureau",
        "Elke rechtbank heeft een mediationbureau. Het regelt mediation in "
        "strafzaken voor zaken die de officier van justitie of de rechter "
        "doorverwijst.",
        "mediationbureaus",
    ),
    entry(
        "mediator",
        "Bij mediation in strafzaken begeleiden twee gespecialiseerde mediators het "
        "gesprek. Zij zijn ingeschreven bij de Mediatorsfederatie Nederland (MfN). "
        "Bij herstelbemiddeling heet de begeleider een bemiddelaar.",
        "mediators",
    ),
    entry(
        "nabestaande",
        "Een familielid of naaste van iemand die door een misdrijf of een ongeval is "
        "overleden. Nabestaanden kunnen ook meedoen aan herstelbemiddeling.",
        "nabestaanden",
    ),
    entry(
        "officier van justitie",
        "Werkt bij het OM. De officier beslist of een zaak naar de rechter gaat. "
        "De officier kan een zaak ook doorverwijzen naar mediation in strafzaken.",
        "officieren van justitie",
    ),
    entry(
        "OM",
        "Het Openbaar Ministerie. Het OM beslist of een verdachte wordt vervolgd en "
        "brengt zaken bij de rechter.",
        "Openbaar Ministerie",
        match_case=True,
    ),
    entry(
        "pendelbemiddeling",
        "De bemiddelaar brengt vragen en antwoorden heen en weer. De deelnemers "
        "zien elkaar dan niet.",
    ),
    entry(
        "Raad voor de Kinderbescherming",
        "Een organisatie van de overheid die opkomt voor kinderen. In strafzaken "
        "van jongeren kan de Raad om mediation vragen en zaken direct aanmelden bij "
        "het mediationbureau. De Raad kan jongeren ook aanmelden voor "
        "herstelbemiddeling, als zij dat willen.",
        match_case=True,
    ),
    entry(
        "reclassering",
        "De reclassering begeleidt verdachten en daders, bijvoorbeeld tijdens of na "
        "een straf. Met toestemming van de persoon kan de reclassering iemand "
        "aanmelden voor herstelbemiddeling.",
    ),
    entry(
        "Samenspraak",
        "Gespreksgroepen van daders, slachtoffers en naasten van beide. Zij "
        "maakten hetzelfde soort delict mee, maar niet hetzelfde voorval. Twee "
        "burgers die er niet bij betrokken waren doen mee namens de samenleving. "
        "Bedoeld voor mensen van wie de andere partij geen contact wil, of als dat "
        "contact niet goed is.",
        match_case=True,
    ),
    entry(
        "sepot",
        "Het OM stopt met een zaak: de zaak gaat niet naar de rechter. Na een sepot "
        "geeft het OM weinig of geen gegevens van de andere partij door. Daardoor "
        "lukt herstelbemiddeling dan soms niet.",
        "geseponeerd",
    ),
    entry(
        "slotovereenkomst",
        "De afspraken die de deelnemers aan mediation in strafzaken op papier "
        "zetten, als zij dat willen. De officier van justitie of de rechter weegt "
        "de afspraken mee bij de beslissing. Ook: vaststellingsovereenkomst.",
        "vaststellingsovereenkomst",
    ),
    entry(
        "tbs",
        "Terbeschikkingstelling: een maatregel die de rechter kan opleggen na een "
        "ernstig misdrijf, als de dader een psychische stoornis heeft. De dader "
        "wordt dan behandeld in een forensisch psychiatrisch centrum (FPC).",
        "terbeschikkingstelling",
    ),
    entry(
        "verdachte",
        "Iemand van wie politie of OM denkt dat die een strafbaar feit heeft "
        "gepleegd, zolang de rechter daar niet over heeft beslist.",
        "verdachten",
    ),
    entry(
        "veroorzaker",
        "Iemand die een ongeval heeft veroorzaakt, bijvoorbeeld in het verkeer. "
        "Ook veroorzakers kunnen zich aanmelden voor herstelbemiddeling.",
        "veroorzakers",
    ),
    entry(
        "ZSM",
        "Een werkwijze waarin politie, OM en andere organisaties samen snel "
        "beslissen over eenvoudige strafzaken. Ook vanuit ZSM kan een zaak naar "
        "mediation in strafzaken gaan.",
        match_case=True,
    ),
]

EN = [
    entry(
        "police report",
        "When you make a police report, you officially tell the police about a "
        "crime. Restorative mediation usually needs a report. After sexual violence "
        "it does not. Taking part never takes away your right to report a crime.",
        "aangifte",
    ),
    entry(
        "court district",
        "The area one court works in. The Netherlands has eleven court districts "
        "(arrondissementen). Each court has a mediation office.",
        "court districts, arrondissement, arrondissementen",
    ),
    entry(
        "offender",
        "Someone who committed a crime. In restorative justice, the offender takes "
        "responsibility for their own part.",
        "offenders",
    ),
    entry(
        "end-of-case declaration",
        "After a successful mediation in criminal cases, the judge may declare that "
        "the criminal case has ended (in Dutch: eindezaakverklaring).",
        "eindezaakverklaring",
    ),
    entry(
        "Halt",
        "Halt is for young people aged 12 to 18 who committed an offence. The police "
        "or the OM can send a young person to Halt. The young person must admit what "
        "they did. It can mean a letter of apology, a conversation or a restorative "
        "meeting. Completing Halt ends the prosecution. Halt is not fully "
        "voluntary. From 18, young people no longer qualify.",
        match_case=True,
    ),
    entry(
        "restorative mediation",
        "Contact between victim and offender, or others involved, after a crime, "
        "guided by a mediator of Perspectief Herstelbemiddeling. It is separate "
        "from the criminal case, free and always voluntary.",
        "herstelbemiddeling",
    ),
    entry(
        "restorative justice",
        "All forms of guided contact between a victim (or bereaved relatives) and "
        "a suspect or offender after a crime. It comes alongside criminal law, not "
        "instead of it. Taking part is always voluntary.",
        "herstelrecht",
    ),
    entry(
        "mediation in criminal cases",
        "Mediation during a running criminal case. The public prosecutor or the "
        "judge refers the case to the court's mediation office. It is about "
        "recovery and about agreements, damages included. Short: MiS.",
        "MiS",
    ),
    entry(
        "mediation office",
        "Every court has a mediation office (mediationbureau). It arranges "
        "mediation in criminal cases for cases that the public prosecutor or the "
        "judge refers.",
        "mediation offices, mediationbureau",
    ),
    entry(
        "mediator",
        "In restorative mediation, a mediator of Perspectief Herstelbemiddeling "
        "talks with each person separately and prepares the contact with them. "
        "The mediator does not take sides. In mediation in criminal cases, two "
        "specialised mediators registered with the Mediatorsfederatie Nederland "
        "(MfN) guide the talks.",
        "mediators",
    ),
    entry(
        "bereaved relatives",
        "Family members or others close to someone who died because of a crime or "
        "an accident. Bereaved relatives can take part in restorative mediation "
        "too.",
        "bereaved relative",
    ),
    entry(
        "public prosecutor",
        "Works for the OM and decides whether a case goes to court. The prosecutor "
        "can also refer a case to mediation in criminal cases.",
        "public prosecutors, prosecutor, officier van justitie",
    ),
    entry(
        "OM",
        "The Public Prosecution Service (Openbaar Ministerie). It decides whether a "
        "suspect is prosecuted and brings cases to court.",
        "Public Prosecution Service",
        match_case=True,
    ),
    entry(
        "shuttle mediation",
        "The mediator carries questions and answers back and forth. The people "
        "taking part do not meet.",
        "pendelbemiddeling",
    ),
    entry(
        "Child Protection Board",
        "A government body that stands up for children (Raad voor de "
        "Kinderbescherming). In criminal cases of young people it can ask for "
        "mediation and register cases directly with the mediation office. It can "
        "also register young people for restorative mediation, if they want to.",
        "Raad voor de Kinderbescherming",
        match_case=True,
    ),
    entry(
        "probation service",
        "The probation service (reclassering) supports suspects and offenders, for "
        "example during or after a sentence. With the person's consent, it can "
        "register them for restorative mediation.",
        "reclassering",
    ),
    entry(
        "Samenspraak",
        "Dialogue groups of offenders, victims and relatives of both. They went "
        "through the same type of offence, not the same event. Two citizens who "
        "were not involved take part on behalf of society. Meant for people whose "
        "other party does not want contact, or when that contact is not wise.",
        match_case=True,
    ),
    entry(
        "dropped case",
        "The OM stops a case: it does not go to court (in Dutch: sepot). After a "
        "dropped case, the OM passes on little or no contact details of the other "
        "party, so restorative mediation is sometimes not possible.",
        "sepot",
    ),
    entry(
        "final agreement",
        "The agreements that the people taking part in mediation in criminal cases "
        "put on paper, if they want to (slotovereenkomst). The public prosecutor "
        "or the judge weighs them in the decision.",
        "slotovereenkomst, vaststellingsovereenkomst",
    ),
    entry(
        "tbs",
        "A hospital order (terbeschikkingstelling): a measure a judge can impose "
        "after a serious crime when the offender has a mental disorder. The "
        "offender is then treated in a forensic psychiatric centre (FPC).",
        "TBS, hospital order",
    ),
    entry(
        "suspect",
        "Someone the police or the OM believe committed a crime, as long as the "
        "judge has not decided on it.",
        "suspects",
    ),
    entry(
        "ZSM",
        "A way of working in which the police, the OM and other organisations "
        "decide together and quickly on simple criminal cases. A case can be "
        "referred to mediation in criminal cases from ZSM too.",
        match_case=True,
    ),
]

GLOSSARY = PageSpec(
    GlossaryPage,
    key="glossary",
    nl={
        "title": "Begrippenlijst",
        "slug": "begrippenlijst",
        "intro": (
            "Wat betekenen de woorden op deze website? Hier staat het in gewone taal."
        ),
        "entries": NL,
    },
    en={
        "title": "Glossary",
        "slug": "glossary",
        "intro": "What the words on this website mean, in plain language.",
        "entries": EN,
    },
)
