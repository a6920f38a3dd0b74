"""The provisions and the page that compares them, in Dutch and English."""

from content.choices import Provision
from content.demo.spec import PageSpec, heading, paragraph, register, steps
from content.models import ProvisionIndexPage, ProvisionPage, StandardPage

HERSTELBEMIDDELING = PageSpec(
    ProvisionPage,
    key="herstelbemiddeling",
    nl={
        "title": "Herstelbemiddeling",
        "slug": "herstelbemiddeling",
        "intro": (
            "Een bemiddelaar helpt u in contact te komen met de andere partij. Los "
            "van de strafzaak, op elk moment, gratis en vrijwillig."
        ),
        "provision": Provision.HERSTELBEMIDDELING,
        "in_short_for_whom": "Slachtoffers, nabestaanden, daders en andere betrokkenen",
        "in_short_when": "Op elk moment, ook jaren later",
        "in_short_outcome": "Antwoorden, erkenning en rust; geen afspraken over schade",
        "for_whom": (
            "<p>Voor iedereen die betrokken is bij een misdrijf of verkeersongeval: "
            "slachtoffers, nabestaanden, verdachten, daders, veroorzakers van een "
            "ongeval, familie, getuigen en vertegenwoordigers van een organisatie. "
            "Het maakt niet uit wie de eerste stap zet.</p>"
            "<p>U kunt zich zelf aanmelden. Een professional, zoals Slachtofferhulp "
            "Nederland, de reclassering, de politie of uw huisarts, kan u ook "
            "aanmelden als u dat goed vindt.</p>"
        ),
        "when_it_applies": (
            "<p>Kort na het voorval, tijdens een lange wachttijd, na de uitspraak of "
            "tijdens en na detentie: herstelbemiddeling kan altijd. Wachttijd is "
            "hersteltijd. Het heeft geen invloed op de strafzaak.</p>"
            "<p>Een voorwaarde is dat de dader zijn eigen deel erkent. Meestal is er "
            "aangifte gedaan; na seksueel geweld en medische incidenten is dat niet "
            "nodig. Bij stalking is bemiddeling in principe niet mogelijk.</p>"
        ),
        "forms_of_contact": [
            (
                "form",
                {
                    "name": "Een gesprek",
                    "description": (
                        "U praat samen, met de bemiddelaar erbij, op een neutrale plek."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "Pendelbemiddeling",
                    "description": (
                        "De bemiddelaar brengt boodschappen heen en weer. U hoeft "
                        "elkaar niet te zien."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "Brieven",
                    "description": (
                        "U schrijft elkaar. De bemiddelaar helpt en leest mee."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "Een videoboodschap",
                    "description": (
                        "U neemt een boodschap op die de ander kan bekijken."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "Een groepsgesprek",
                    "description": (
                        "Met meer mensen tegelijk, bijvoorbeeld familie of een "
                        "vereniging."
                    ),
                },
            ),
        ],
        "steps": [
            steps(
                [
                    (
                        "Aanmelden",
                        "Via deze website, per telefoon of via een professional.",
                    ),
                    (
                        "Wij bellen u",
                        "Een medewerker belt u om uw aanmelding te bespreken.",
                    ),
                    (
                        "Kennismaken",
                        (
                            "Een bemiddelaar praat met u over wat u wilt en wat u "
                            "verwacht."
                        ),
                    ),
                    (
                        "De andere partij",
                        "De bemiddelaar vraagt de ander of die ook wil meedoen.",
                    ),
                    (
                        "Voorbereiden",
                        "U bereidt het contact apart voor, elk met de bemiddelaar.",
                    ),
                    ("Het contact", "Het gesprek, de brieven of de boodschappen."),
                    ("Afronden", "De bemiddelaar belt u na en rondt samen met u af."),
                ]
            )
        ],
        "costs": "Gratis voor alle deelnemers.",
        "body": [
            heading("Uw gegevens"),
            paragraph(
                "<p>De bemiddelaar deelt niets met de ander zonder uw toestemming. "
                "Perspectief Herstelbemiddeling heeft een privacybeleid, een "
                "functionaris gegevensbescherming en een klachtenregeling.</p>"
            ),
            register(
                "Wilt u herstelbemiddeling?",
                "Meld u aan. Aanmelden verplicht u tot niets.",
                "Aanmelden",
            ),
        ],
        "links": [
            (
                "link",
                {
                    "label": "Perspectief Herstelbemiddeling",
                    "page": None,
                    "url": "https://www.perspectiefherstelbemiddeling.nl/",
                },
            ),
        ],
    },
    en={
        "title": "Restorative mediation",
        "slug": "restorative-mediation",
        "intro": (
            "A mediator helps you get in touch with the other party. Separate from "
            "the criminal case, at any time, free and voluntary."
        ),
        "in_short_for_whom": (
            "Victims, bereaved relatives, offenders and others involved"
        ),
        "in_short_when": "At any time, even years later",
        "in_short_outcome": (
            "Answers, acknowledgement and peace; no agreements on damages"
        ),
        "for_whom": (
            "<p>For everyone involved in a crime or a traffic accident: victims, "
            "bereaved relatives, suspects, offenders, people who caused an accident, "
            "family, witnesses and representatives of an organisation. It does not "
            "matter who takes the first step.</p>"
            "<p>You can register yourself. A professional, such as Victim Support "
            "Netherlands, the probation service, the police or your GP, can also "
            "register you if you agree.</p>"
        ),
        "when_it_applies": (
            "<p>Soon after the event, during a long wait, after the verdict or during "
            "and after detention: restorative mediation is always possible. Waiting "
            "time can be healing time. It has no influence on the criminal case.</p>"
            "<p>The offender must acknowledge their own part. Usually a crime was "
            "reported to the police; after sexual violence and medical incidents "
            "that is not needed. After stalking, mediation is in principle not "
            "possible.</p>"
        ),
        "forms_of_contact": [
            (
                "form",
                {
                    "name": "A conversation",
                    "description": (
                        "You talk together, with the mediator present, in a neutral "
                        "place."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "Shuttle mediation",
                    "description": (
                        "The mediator carries messages back and forth. You do not "
                        "have to meet."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "Letters",
                    "description": (
                        "You write to each other. The mediator helps and reads along."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "A video message",
                    "description": (
                        "You record a message for the other person to watch."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "A group meeting",
                    "description": (
                        "With more people at once, such as family or a club."
                    ),
                },
            ),
        ],
        "steps": [
            steps(
                [
                    (
                        "Registering",
                        "On this website, by phone or through a professional.",
                    ),
                    (
                        "We call you",
                        "A member of staff calls you to discuss your registration.",
                    ),
                    (
                        "Getting to know each other",
                        "A mediator talks with you about what you want and expect.",
                    ),
                    (
                        "The other party",
                        (
                            "The mediator asks the other person whether they want to "
                            "take part."
                        ),
                    ),
                    ("Preparing", "Each of you prepares separately with the mediator."),
                    ("The contact", "The conversation, the letters or the messages."),
                    (
                        "Closing",
                        (
                            "The mediator calls you afterwards and closes the process "
                            "with you."
                        ),
                    ),
                ]
            )
        ],
        "costs": "Free for all participants.",
        "body": [
            heading("Your data"),
            paragraph(
                "<p>The mediator shares nothing with the other party without your "
                "consent. Perspectief Herstelbemiddeling has a privacy policy, a data "
                "protection officer and a complaints procedure.</p>"
            ),
            register(
                "Would you like restorative mediation?",
                "Register. Registering does not commit you to anything.",
                "Register",
            ),
        ],
        "links": [
            (
                "link",
                {
                    "label": "Perspectief Herstelbemiddeling (in Dutch)",
                    "page": None,
                    "url": "https://www.perspectiefherstelbemiddeling.nl/",
                },
            ),
        ],
    },
)

MIS = PageSpec(
    ProvisionPage,
    key="mis",
    nl={
        "title": "Mediation in Strafzaken",
        "slug": "mediation-in-strafzaken",
        "intro": (
            "Loopt er een strafzaak bij de officier van justitie of de rechter? Dan "
            "kunt u met twee mediators praten en afspraken maken, ook over schade."
        ),
        "provision": Provision.MIS,
        "in_short_for_whom": "Slachtoffers en verdachten in een lopende strafzaak",
        "in_short_when": "Tijdens de strafzaak, bij het OM of de rechter",
        "in_short_outcome": "Afspraken, ook over schade, die meewegen in de strafzaak",
        "for_whom": (
            "<p>Voor slachtoffers en verdachten van een misdrijf waarvoor een "
            "strafzaak loopt. Het kan bij lichte en bij ernstige zaken, ook als u "
            "elkaar niet kent.</p>"
            "<p>Slachtoffers, verdachten, advocaten, Slachtofferhulp, de "
            "reclassering en de Raad voor de Kinderbescherming kunnen om mediation "
            "vragen. De officier van justitie of de rechter beslist.</p>"
        ),
        "when_it_applies": (
            "<p>Als de zaak bij de officier van justitie of de rechter ligt. Elk "
            "arrondissement heeft een mediationbureau bij de rechtbank. Soms kan het "
            "ook tijdens de uitvoering van een straf.</p>"
            "<p>Het past niet als de verdachte de feiten ontkent, als er geen "
            "persoon slachtoffer is, of bij bijvoorbeeld stalking.</p>"
        ),
        "forms_of_contact": [
            (
                "form",
                {
                    "name": "Een gesprek met twee mediators",
                    "description": (
                        "Twee gespecialiseerde mediators begeleiden het gesprek. Wat "
                        "u bespreekt, blijft vertrouwelijk."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "Apart gesprek",
                    "description": (
                        "Als samen praten niet gaat, spreken de mediators u eerst "
                        "apart."
                    ),
                },
            ),
        ],
        "steps": [
            steps(
                [
                    (
                        "Vragen om mediation",
                        (
                            "U, uw advocaat of een hulpverlener vraagt het aan; de "
                            "officier of rechter verwijst."
                        ),
                    ),
                    (
                        "Het mediationbureau belt",
                        "Het bureau van uw arrondissement neemt contact met u op.",
                    ),
                    ("De gesprekken", "Twee mediators begeleiden de gesprekken."),
                    (
                        "De slotovereenkomst",
                        (
                            "Als u wilt, legt u de afspraken vast. De officier of "
                            "rechter weegt ze mee."
                        ),
                    ),
                ]
            )
        ],
        "costs": "Gratis voor deelnemers.",
        "body": [
            heading("Wat gebeurt er met de afspraken?"),
            paragraph(
                "<p>De officier van justitie of de rechter neemt de slotovereenkomst "
                "mee in de beslissing. Na een geslaagde mediation kan de rechter de "
                "zaak soms beëindigen. Wilt u geen mediation in de strafzaak, maar "
                "wel begeleid contact? Dan kan herstelbemiddeling.</p>"
            ),
            register(
                "Wilt u mediation aanvragen?",
                "Meld u aan. Wij zoeken uit welk mediationbureau bij uw zaak hoort.",
                "Aanmelden",
            ),
        ],
        "links": [
            (
                "link",
                {
                    "label": "Mediation in strafzaken op rechtspraak.nl",
                    "page": None,
                    "url": "https://www.rechtspraak.nl/",
                },
            ),
        ],
    },
    en={
        "title": "Mediation in criminal cases",
        "slug": "mediation-in-criminal-cases",
        "intro": (
            "Is a criminal case under way with the public prosecutor or the judge? "
            "Then you can talk with two mediators and make agreements, also about "
            "damages."
        ),
        "in_short_for_whom": "Victims and suspects in a running criminal case",
        "in_short_when": "During the case, at the prosecutor or the court",
        "in_short_outcome": "Agreements, also about damages, that count in the case",
        "for_whom": (
            "<p>For victims and suspects of a crime for which a criminal case is "
            "under way. It is possible in minor and in serious cases, also when you "
            "do not know each other.</p>"
            "<p>Victims, suspects, lawyers, Victim Support, the probation service and "
            "the Child Protection Board can ask for mediation. The public prosecutor "
            "or the judge decides.</p>"
        ),
        "when_it_applies": (
            "<p>When the case is with the public prosecutor or the judge. Every court "
            "district has a mediation office at the court. Sometimes it is also "
            "possible while a sentence is being served.</p>"
            "<p>It does not fit when the suspect denies the facts, when the victim is "
            "not a person, or in cases such as stalking.</p>"
        ),
        "forms_of_contact": [
            (
                "form",
                {
                    "name": "A conversation with two mediators",
                    "description": (
                        "Two specialised mediators guide the conversation. What you "
                        "discuss stays confidential."
                    ),
                },
            ),
            (
                "form",
                {
                    "name": "Separate talks",
                    "description": (
                        "If talking together is not possible, the mediators first "
                        "see you separately."
                    ),
                },
            ),
        ],
        "steps": [
            steps(
                [
                    (
                        "Asking for mediation",
                        (
                            "You, your lawyer or a support worker asks; the prosecutor "
                            "or judge refers the case."
                        ),
                    ),
                    (
                        "The mediation office calls",
                        "The office of your court district contacts you.",
                    ),
                    ("The talks", "Two mediators guide the talks."),
                    (
                        "The final agreement",
                        (
                            "If you wish, you record what you agreed. The "
                            "prosecutor or "
                            "judge takes it into account."
                        ),
                    ),
                ]
            )
        ],
        "costs": "Free for participants.",
        "body": [
            heading("What happens to the agreements?"),
            paragraph(
                "<p>The public prosecutor or the judge takes the final agreement into "
                "account in the decision. After a successful mediation the judge can "
                "sometimes end the case. Don't want mediation within the criminal "
                "case, but do want guided contact? Then restorative mediation is "
                "possible.</p>"
            ),
            register(
                "Would you like to ask for mediation?",
                "Register, and we find out which mediation office handles your case.",
                "Register",
            ),
        ],
        "links": [
            (
                "link",
                {
                    "label": "Mediation in criminal cases on rechtspraak.nl (in Dutch)",
                    "page": None,
                    "url": "https://www.rechtspraak.nl/",
                },
            ),
        ],
    },
)

SAMENSPRAAK = PageSpec(
    ProvisionPage,
    key="samenspraak",
    nl={
        "title": "Samenspraak",
        "slug": "samenspraak",
        "intro": (
            "Wil de andere partij geen contact? In een Samenspraak-groep praat u met "
            "mensen die hetzelfde soort misdrijf meemaakten."
        ),
        "provision": Provision.SAMENSPRAAK,
        "in_short_for_whom": "Wie geen contact kan of wil met de eigen andere partij",
        "in_short_when": "Als er een groep start over uw soort misdrijf",
        "in_short_outcome": "Begrip en antwoorden, van mensen in dezelfde situatie",
        "for_whom": (
            "<p>Voor slachtoffers, daders en naasten van beide, als de andere partij "
            "geen contact wil of als dat contact niet verstandig is.</p>"
        ),
        "when_it_applies": (
            "<p>Er zijn groepen geweest over seksueel geweld (2023) en over geweld "
            "(2024, in de gevangenissen van Vught en Zaanstad). Sinds het voorjaar "
            "van 2025 zijn er groepen over verkeer.</p>"
        ),
        "forms_of_contact": [
            (
                "form",
                {
                    "name": "Een gespreksgroep",
                    "description": (
                        "Daders, slachtoffers en naasten van hetzelfde soort "
                        "misdrijf, niet van hetzelfde voorval, met twee burgers "
                        "namens de samenleving. U komt een aantal keer bij elkaar."
                    ),
                },
            ),
        ],
        "steps": [],
        "costs": "Gratis voor deelnemers.",
        "body": [
            register(
                "Interesse in Samenspraak?",
                "Meld u aan. Wij bespreken met u of er een groep is die bij u past.",
                "Aanmelden",
            )
        ],
        "links": [],
    },
    en={
        "title": "Samenspraak dialogue groups",
        "slug": "samenspraak",
        "intro": (
            "Doesn't the other party want contact? In a Samenspraak group you talk "
            "with people who went through the same kind of crime."
        ),
        "in_short_for_whom": "People who cannot or will not meet their own other party",
        "in_short_when": "When a group starts on your kind of offence",
        "in_short_outcome": (
            "Understanding and answers from people in the same situation"
        ),
        "for_whom": (
            "<p>For victims, offenders and relatives of both, when the other party "
            "does not want contact or when that contact is not wise.</p>"
        ),
        "when_it_applies": (
            "<p>There have been groups on sexual violence (2023) and on violence "
            "(2024, in the prisons of Vught and Zaanstad). Since spring 2025 there "
            "are groups on traffic.</p>"
        ),
        "forms_of_contact": [
            (
                "form",
                {
                    "name": "A dialogue group",
                    "description": (
                        "Offenders, victims and relatives of the same kind of "
                        "offence, not the same event, with two citizens on behalf of "
                        "society. You meet several times."
                    ),
                },
            ),
        ],
        "steps": [],
        "costs": "Free for participants.",
        "body": [
            register(
                "Interested in Samenspraak?",
                "Register, and we discuss with you whether a group suits you.",
                "Register",
            )
        ],
        "links": [],
    },
)

OTHER_FORMS = PageSpec(
    StandardPage,
    key="other-forms",
    nl={
        "title": "Andere vormen van contact",
        "slug": "andere-vormen",
        "intro": "Niet iedereen wil of kan praten. Er zijn ook andere manieren.",
        "body": [
            heading("Brieven"),
            paragraph(
                "<p>U schrijft elkaar, in uw eigen tempo. De bemiddelaar "
                "leest mee en helpt met de woorden.</p>"
            ),
            heading("Pendelbemiddeling"),
            paragraph(
                "<p>De bemiddelaar brengt vragen en antwoorden heen en weer. "
                "In 2024 koos 44% van de deelnemers aan herstelbemiddeling "
                "deze vorm.</p>"
            ),
            heading("Een videoboodschap"),
            paragraph(
                "<p>U neemt een boodschap op. De ander bekijkt die samen met "
                "een bemiddelaar.</p>"
            ),
            heading("Een groepsgesprek"),
            paragraph(
                "<p>Soms zijn er meer mensen betrokken, zoals familie, "
                "vrienden of een vereniging. Dan kan een groepsgesprek "
                "helpen.</p>"
            ),
        ],
    },
    en={
        "title": "Other forms of contact",
        "slug": "other-forms",
        "intro": "Not everyone wants or is able to talk. There are other ways too.",
        "body": [
            heading("Letters"),
            paragraph(
                "<p>You write to each other, at your own pace. The mediator "
                "reads along and helps you find the words.</p>"
            ),
            heading("Shuttle mediation"),
            paragraph(
                "<p>The mediator carries questions and answers back and "
                "forth. In 2024, 44% of participants in restorative "
                "mediation chose this form.</p>"
            ),
            heading("A video message"),
            paragraph(
                "<p>You record a message. The other person watches it "
                "together with a mediator.</p>"
            ),
            heading("A group meeting"),
            paragraph(
                "<p>Sometimes more people are involved, such as family, "
                "friends or a club. A group meeting can help then.</p>"
            ),
        ],
    },
)

WHICH_FITS = PageSpec(
    ProvisionIndexPage,
    key="which-fits",
    nl={
        "title": "Welke past bij mij?",
        "slug": "welke-past-bij-mij",
        "intro": (
            "Er zijn twee manieren om begeleid contact te hebben: herstelbemiddeling "
            "en mediation in strafzaken. Hier ziet u de verschillen."
        ),
        "body": [
            heading("Twijfelt u?"),
            paragraph(
                "<p>Dat hoeft niet. Als u zich aanmeldt, stellen wij een paar vragen. "
                "Op basis van uw antwoorden sturen wij uw aanmelding naar de juiste "
                "plek. Daarna bellen wij u.</p>"
            ),
            register("Aanmelden", "Wij zoeken uit wat bij u past.", "Aanmelden"),
        ],
    },
    en={
        "title": "Which one fits me?",
        "slug": "which-one-fits-me",
        "intro": (
            "There are two ways to have guided contact: restorative mediation and "
            "mediation in criminal cases. Here you see the differences."
        ),
        "body": [
            heading("Not sure?"),
            paragraph(
                "<p>You don't have to be. When you register, we ask a few questions. "
                "Based on your answers we send your registration to the right place. "
                "Then we call you.</p>"
            ),
            register("Register", "We find out what suits you.", "Register"),
        ],
    },
    children=[HERSTELBEMIDDELING, MIS, SAMENSPRAAK, OTHER_FORMS],
)
