"""The provisions and the page that compares them, in Dutch and English.

Every number from the project's facts is written as a figure token
(``[cijfer:KEY]`` for the value, ``[jaar:KEY]`` for its year), which the figures
register fills in when the page is shown; never as digits."""

from content.choices import Provision
from content.demo.links import a
from content.demo.spec import PageSpec, heading, paragraph, register, steps
from content.models import ProvisionIndexPage, ProvisionPage, StandardPage


def form(name: str, description: str) -> tuple:
    return ("form", {"name": name, "description": description})


def link(label: str, url: str) -> tuple:
    return ("link", {"label": label, "page": None, "url": url})


# The eleven court districts (arrondissementen) and the four courts of appeal
# (gerechtshoven), each with the mediation office's contact for this demo: visibly
# fictional, marked as an example, on example.org.
COURT_DISTRICTS = [
    ("Amsterdam", "ams"),
    ("Den Haag", "dha"),
    ("Gelderland", "gld"),
    ("Limburg", "lim"),
    ("Midden-Nederland", "mnl"),
    ("Noord-Holland", "nhl"),
    ("Noord-Nederland", "nnl"),
    ("Oost-Brabant", "obr"),
    ("Overijssel", "ovr"),
    ("Rotterdam", "rot"),
    ("Zeeland-West-Brabant", "zwb"),
]
COURTS_OF_APPEAL = [
    ("Amsterdam", "hof-ams"),
    ("Arnhem-Leeuwarden", "hof-al"),
    ("Den Haag", "hof-dha"),
    ("'s-Hertogenbosch", "hof-dbo"),
]


def _offices(entries, office: str, example: str) -> str:
    items = "".join(
        f"<li><strong>{name}</strong>: {office} ({example})<br>"
        f'<a href="mailto:mis.{code}@example.org">'
        f"mis.{code}@example.org</a></li>"
        for name, code in entries
    )
    return f"<ul>{items}</ul>"


def offices_nl() -> list[tuple]:
    return [
        heading("Rechtbanken: de 11 arrondissementen", "h3"),
        paragraph(
            _offices(COURT_DISTRICTS, "mediationbureau van de rechtbank", "voorbeeld")
        ),
        heading("Gerechtshoven: de 4 hoven, voor hoger beroep", "h3"),
        paragraph(
            _offices(COURTS_OF_APPEAL, "mediationbureau van het hof", "voorbeeld")
        ),
    ]


def offices_en() -> list[tuple]:
    return [
        heading("District courts: the 11 court districts", "h3"),
        paragraph(
            _offices(COURT_DISTRICTS, "mediation office of the court", "example")
        ),
        heading("Courts of appeal: the 4 courts, for appeals", "h3"),
        paragraph(
            _offices(COURTS_OF_APPEAL, "mediation office of the court", "example")
        ),
    ]


HERSTELBEMIDDELING = PageSpec(
    ProvisionPage,
    key="herstelbemiddeling",
    nl={
        "title": "Herstelbemiddeling",
        "slug": "herstelbemiddeling",
        "illustration": "letters",
        "illustration_alt": (
            "Tekening: een bemiddelaar brengt een brief van de ene "
            "persoon naar de andere."
        ),
        "intro": (
            "Een bemiddelaar helpt u om in contact te komen met de andere partij van "
            "een misdrijf of verkeersongeval. Het staat los van de strafzaak, kan op "
            "elk moment en is gratis en vrijwillig."
        ),
        "provision": Provision.HERSTELBEMIDDELING,
        "in_short_for_whom": (
            "Slachtoffers, nabestaanden, daders, veroorzakers, naasten en getuigen"
        ),
        "in_short_when": "Op elk moment: voor, tijdens of na de strafzaak",
        "in_short_outcome": (
            "Antwoorden, erkenning en rust; in principe geen afspraken over schade"
        ),
        "for_whom": (
            "<p>Herstelbemiddeling is er voor iedereen die betrokken is bij een "
            "misdrijf of een verkeersongeval:</p>"
            "<ul><li>slachtoffers en nabestaanden;</li>"
            "<li>verdachten en daders;</li>"
            "<li>mensen die een ongeval hebben veroorzaakt;</li>"
            "<li>familie en andere naasten;</li>"
            "<li>getuigen en andere betrokkenen;</li>"
            "<li>iemand die namens een organisatie meedoet, bijvoorbeeld het bestuur "
            "van een vereniging.</li></ul>"
            "<p>Het maakt niet uit wie de eerste stap zet. U kunt zich zelf "
            "aanmelden. Een professional kan u ook aanmelden, als u dat goed vindt. "
            "Bijvoorbeeld Slachtofferhulp Nederland, de reclassering, de politie, "
            "een gevangenis of justitiële jeugdinrichting, een forensische kliniek, "
            "de Raad voor de Kinderbescherming, uw huisarts of psycholoog, een "
            "verzekeraar of een school.</p>"
            "<p>Herstelbemiddeling is er voor volwassenen en voor jongeren. Bij een "
            "minderjarige moeten ook de ouders of de voogd toestemming geven.</p>"
        ),
        "when_it_applies": (
            "<p>Herstelbemiddeling kan op elk moment: kort na wat er gebeurde of "
            "jaren later. Voor, tijdens of na de strafzaak. Ook na de uitspraak, en "
            "tijdens of na een gevangenisstraf.</p>"
            "<p>Dit zijn de voorwaarden:</p>"
            "<ul><li>Meedoen is vrijwillig, voor iedereen.</li>"
            "<li>De verdachte of dader neemt verantwoordelijkheid voor zijn of haar "
            "eigen deel. Wie de feiten ontkent, kan niet meedoen.</li>"
            "<li>Het slachtoffer is een persoon.</li>"
            "<li>Er is aangifte gedaan bij de politie. Na seksueel geweld is dat "
            "niet nodig, ook niet bij misbruik van lang geleden.</li>"
            "<li>Bij stalking is bemiddeling in principe niet mogelijk.</li></ul>"
        ),
        "forms_of_contact": [
            form(
                "Een gesprek",
                "U praat met de ander, met de bemiddelaar erbij, op een plek die u "
                "samen kiest.",
            ),
            form(
                "Een groepsherstelbijeenkomst",
                "Een gesprek met meer mensen tegelijk, bijvoorbeeld familie of "
                "mensen van een vereniging.",
            ),
            form(
                "Brieven",
                "U schrijft elkaar. De bemiddelaar helpt u met uw brief en zorgt dat "
                "hij bij de ander komt.",
            ),
            form(
                "Pendelbemiddeling",
                "De bemiddelaar brengt vragen en antwoorden heen en weer. U ziet "
                "elkaar niet.",
            ),
            form(
                "Een videoboodschap",
                "U neemt een boodschap op. De ander bekijkt die.",
            ),
        ],
        "steps": [
            steps(
                [
                    (
                        "Aanmelden",
                        "Via deze website, per telefoon, of via een professional die "
                        "u aanmeldt met uw toestemming.",
                    ),
                    (
                        "Het aanmeldpunt neemt contact op",
                        "Meldt u zich zelf aan? Dan krijgt u een bevestiging per "
                        "e-mail, en het aanmeldpunt belt u. U kunt dan al uw vragen "
                        "stellen.",
                    ),
                    (
                        "Kennismaken met een bemiddelaar",
                        "Een bemiddelaar uit uw regio praat met u over wat er is "
                        "gebeurd, wat u wilt en wat u verwacht.",
                    ),
                    (
                        "De andere partij",
                        "Wilt u verder? Dan vraagt de bemiddelaar de ander of die ook "
                        "wil meedoen.",
                    ),
                    (
                        "Voorbereiden",
                        "Zegt de ander ja? Dan bereidt u het contact voor, elk apart "
                        "met de bemiddelaar.",
                    ),
                    (
                        "Het contact",
                        "Een gesprek, brieven, boodschappen of een video: de vorm die "
                        "u zelf kiest.",
                    ),
                    (
                        "Nazorg en afronden",
                        "De bemiddelaar bespreekt met u hoe het ging en rondt samen "
                        "met u af.",
                    ),
                ]
            )
        ],
        "costs": "Gratis voor alle deelnemers.",
        "body": [
            paragraph(
                "<p>Alle stappen op een rij, van de eerste informatie tot het "
                f"afronden: {a('nl', 'step-by-step', 'stap voor stap')}.</p>"
            ),
            heading("Wat kan het opleveren?"),
            paragraph(
                "<p>U kunt vertellen wat het met u heeft gedaan en vragen stellen. U "
                "kunt afspraken maken over hoe het verder gaat. Voor slachtoffers kan "
                "het helpen om minder angst en machteloosheid te voelen en weer "
                "vooruit te kijken. Daders die meedoen, tonen vaak meer "
                "verantwoordelijkheid, schuld en schaamte.</p>"
                "<p>Willen beide partijen na het eerste gesprek verder? Dan komt het "
                "bijna altijd tot contact: in [jaar:ph-contact-twee-keer-groen-2024] "
                "in [cijfer:ph-contact-twee-keer-groen-2024] van die zaken.</p>"
            ),
            heading("Iedere stap telt"),
            paragraph(
                "<p>Ook als er geen contact komt, kunnen de stappen zelf al helpen. "
                "Bij uw aanmelding, het gesprek met het aanmeldpunt en de kennismaking "
                "met de bemiddelaar vertelt u wat er is gebeurd en wat u nodig hebt. "
                "Iemand luistert en denkt met u mee. U zet uw gedachten op een rij.</p>"
                "<p>Wat betekent dat voor u? Zegt de ander nee, of besluit u zelf te "
                "stoppen? Dan was wat u al deed niet voor niets. U kunt ook pauzeren "
                "en later verdergaan.</p>"
            ),
            heading("Wachttijd is hersteltijd"),
            paragraph(
                "<p>Een strafzaak kan lang duren. Soms wacht u maanden op een "
                "beslissing van het Openbaar Ministerie of op een zitting. U hoeft "
                "niet te wachten tot de strafzaak klaar is: herstelbemiddeling kan "
                "ook in die tijd.</p>"
                "<p>Wat betekent dat voor u? U kunt de wachttijd gebruiken voor uw "
                "eigen herstel. De strafzaak loopt intussen gewoon door; "
                "herstelbemiddeling heeft geen invloed op de uitkomst.</p>"
            ),
            heading("Los van de strafzaak"),
            paragraph(
                "<p>Herstelbemiddeling gaat niet over de vraag wat er precies waar "
                "is. Het gaat over wat u hebt meegemaakt, en over het herstel van u "
                "zelf en van de relatie met anderen. Afspraken over schadevergoeding "
                "horen er in principe niet bij. Loopt uw zaak bij de officier van "
                "justitie of de rechter, en wilt u ook afspraken over schade maken? "
                f"Lees dan over {a('nl', 'mis', 'Mediation in Strafzaken')}.</p>"
                "<p>Meedoen neemt nooit uw recht af om aangifte te doen.</p>"
            ),
            heading("Na een sepot of vrijspraak"),
            paragraph(
                "<p>Heeft het Openbaar Ministerie de zaak geseponeerd (niet "
                "vervolgd), of is de verdachte vrijgesproken? Dan krijgen wij van het "
                "OM vaak weinig of geen gegevens van de andere partij. Dat komt door "
                "de regels voor het delen van gegevens. In "
                "[jaar:ph-geen-gegevens-2024] konden [cijfer:ph-geen-gegevens-2024] "
                "aanmeldingen daardoor niet verder.</p>"
                "<p>Wat helpt: geef bij uw aanmelding toestemming om uw gegevens bij "
                "het OM te gebruiken, en vertel wat u zelf weet van de ander, zoals "
                "een naam of een woonplaats. Dan kan de bemiddelaar de ander "
                "makkelijker vinden.</p>"
            ),
            heading("Wie voert het uit?"),
            paragraph(
                "<p>Stichting Perspectief Herstelbemiddeling voert herstelbemiddeling "
                "uit, betaald door het ministerie van Justitie en Veiligheid. De "
                "stichting heeft een landelijk bureau in Utrecht met een aanmeldpunt. "
                "In [jaar:ph-bemiddelaars-2024] werkten er "
                "[cijfer:ph-bemiddelaars-2024] bemiddelaars, verspreid over het land. "
                "Herstelbemiddeling bestaat sinds 2007: de eerste twee jaar alleen "
                "voor jongeren, sinds 2009 ook voor volwassenen. Tot april 2017 heette "
                "de organisatie Slachtoffer in Beeld.</p>"
            ),
            heading("Uw gegevens"),
            paragraph(
                "<p>De bemiddelaar deelt niets met de ander zonder uw toestemming. "
                "Perspectief Herstelbemiddeling heeft een privacybeleid, een "
                "functionaris gegevensbescherming en een klachtenregeling met een "
                "onafhankelijke klachtencommissie. Hoe Herstelwijzer met uw gegevens "
                f"omgaat, leest u in de {a('nl', 'privacy', 'privacyverklaring')}.</p>"
            ),
            register(
                "Wilt u herstelbemiddeling?",
                "Meld u aan. Aanmelden verplicht u tot niets: u beslist daarna zelf "
                "of u verdergaat.",
                "Aanmelden",
            ),
        ],
        "links": [
            link(
                "Perspectief Herstelbemiddeling",
                "https://www.perspectiefherstelbemiddeling.nl/",
            ),
        ],
    },
    en={
        "title": "Restorative mediation",
        "slug": "restorative-mediation",
        "illustration": "letters",
        "illustration_alt": (
            "Drawing: a mediator carries a letter from one person to the other."
        ),
        "intro": (
            "A mediator helps you get in touch with the other party of a crime or a "
            "traffic accident. It is separate from the criminal case, possible at any "
            "time, free and voluntary."
        ),
        "in_short_for_whom": (
            "Victims, bereaved relatives, offenders, people who caused an accident, "
            "relatives and witnesses"
        ),
        "in_short_when": "At any time: before, during or after the criminal case",
        "in_short_outcome": (
            "Answers, acknowledgement and peace; in principle no agreements on damages"
        ),
        "for_whom": (
            "<p>Restorative mediation is open to everyone involved in a crime or a "
            "traffic accident:</p>"
            "<ul><li>victims and bereaved relatives;</li>"
            "<li>suspects and offenders;</li>"
            "<li>people who caused an accident;</li>"
            "<li>family and others close to them;</li>"
            "<li>witnesses and others involved;</li>"
            "<li>someone who takes part on behalf of an organisation, such as the "
            "board of a club.</li></ul>"
            "<p>It does not matter who takes the first step. You can register "
            "yourself. A professional can also register you, if you agree: for "
            "example Victim Support Netherlands (Slachtofferhulp Nederland), the "
            "probation service, the police, a prison or youth custody centre, a "
            "forensic clinic, the Child Protection Board, your GP or psychologist, "
            "an insurer or a school.</p>"
            "<p>Restorative mediation is open to adults and to young people. For "
            "anyone under 18, a parent or guardian must also agree.</p>"
        ),
        "when_it_applies": (
            "<p>Restorative mediation is possible at any time: soon after what "
            "happened or years later. Before, during or after the criminal case. "
            "Also after the verdict, and during or after a prison sentence.</p>"
            "<p>These are the conditions:</p>"
            "<ul><li>Taking part is voluntary, for everyone.</li>"
            "<li>The suspect or offender takes responsibility for their own part. "
            "Someone who denies the facts cannot take part.</li>"
            "<li>The victim is a person.</li>"
            "<li>The crime was reported to the police. After sexual violence this "
            "is not needed, also not for abuse long ago.</li>"
            "<li>After stalking, mediation is in principle not possible.</li></ul>"
        ),
        "forms_of_contact": [
            form(
                "A conversation",
                "You talk with the other person, with the mediator present, in a "
                "place you choose together.",
            ),
            form(
                "A group meeting",
                "A conversation with more people at once, such as family or members "
                "of a club.",
            ),
            form(
                "Letters",
                "You write to each other. The mediator helps you with your letter and "
                "makes sure it reaches the other person.",
            ),
            form(
                "Shuttle mediation",
                "The mediator carries questions and answers back and forth. You do "
                "not meet.",
            ),
            form(
                "A video message",
                "You record a message, and the other person watches it.",
            ),
        ],
        "steps": [
            steps(
                [
                    (
                        "Registering",
                        "On this website, by phone, or through a professional who "
                        "registers you with your consent.",
                    ),
                    (
                        "The registration desk gets in touch",
                        "If you register yourself, you get a confirmation by e-mail "
                        "and the registration desk calls you. You can ask all your "
                        "questions then.",
                    ),
                    (
                        "Meeting a mediator",
                        "A mediator from your region talks with you about what "
                        "happened, what you want and what you expect.",
                    ),
                    (
                        "The other party",
                        "If you want to go on, the mediator asks the other person "
                        "whether they want to take part too.",
                    ),
                    (
                        "Preparing",
                        "If the other person says yes, each of you prepares the "
                        "contact separately with the mediator.",
                    ),
                    (
                        "The contact",
                        "A conversation, letters, messages or a video: the form you "
                        "choose.",
                    ),
                    (
                        "Follow-up and closing",
                        "The mediator talks with you about how it went and closes the "
                        "process with you.",
                    ),
                ]
            )
        ],
        "costs": "Free for all participants.",
        "body": [
            paragraph(
                "<p>All the steps in order, from the first information to closing: "
                f"{a('en', 'step-by-step', 'step by step')}.</p>"
            ),
            heading("What can it give you?"),
            paragraph(
                "<p>You can say what it did to you and ask your questions. You can "
                "make agreements about what happens next. For victims it can help "
                "them feel less fear and powerlessness and look ahead again. "
                "Offenders who take part often show more responsibility, guilt and "
                "shame.</p>"
                "<p>When both parties want to go on after the first talk, contact "
                "nearly always follows: in [cijfer:ph-contact-twee-keer-groen-2024] "
                "of those cases in [jaar:ph-contact-twee-keer-groen-2024].</p>"
            ),
            heading("Every step counts"),
            paragraph(
                "<p>Even when no contact follows, the steps themselves can already "
                "help. When you register, talk to the registration desk and meet the "
                "mediator, you say what happened and what you need. Someone listens "
                "and thinks along with you. You get your thoughts in order.</p>"
                "<p>What does that mean for you? If the other person says no, or you "
                "decide to stop, what you did was not wasted. You can also pause and "
                "go on later.</p>"
            ),
            heading("Waiting time can be healing time"),
            paragraph(
                "<p>A criminal case can take a long time. Sometimes you wait months "
                "for a decision of the Public Prosecution Service or for a hearing. "
                "You do not have to wait until the case is over: restorative "
                "mediation is possible in that time too.</p>"
                "<p>What does that mean for you? You can use the wait for your own "
                "recovery. The criminal case goes on as usual; restorative mediation "
                "has no influence on its outcome.</p>"
            ),
            heading("Separate from the criminal case"),
            paragraph(
                "<p>Restorative mediation is not about establishing exactly what is "
                "true. It is about what you went through, and about your own recovery "
                "and your relations with others. Agreements on compensation are in "
                "principle not part of it. Is your case with the public prosecutor or "
                "a judge, and do you also want to make agreements about damages? Then "
                f"read about {a('en', 'mis', 'mediation in criminal cases')}.</p>"
                "<p>Taking part never takes away your right to report a crime.</p>"
            ),
            heading("After a dropped case or an acquittal"),
            paragraph(
                "<p>Did the Public Prosecution Service drop the case, or was the "
                "suspect acquitted? Then the prosecution service often gives us "
                "little or no contact details of the other party, because of the "
                "rules on sharing data. In [jaar:ph-geen-gegevens-2024], "
                "[cijfer:ph-geen-gegevens-2024] registrations could not go ahead for "
                "this reason.</p>"
                "<p>What helps: when you register, give your consent to use your "
                "details with the prosecution service, and tell us what you know "
                "about the other person, such as a name or the town where they live. "
                "That makes it easier for the mediator to find them.</p>"
            ),
            heading("Who runs it?"),
            paragraph(
                "<p>Restorative mediation is run by the foundation Perspectief "
                "Herstelbemiddeling and paid for by the Ministry of Justice and "
                "Security. The foundation has a national office in Utrecht with a "
                "registration desk. In [jaar:ph-bemiddelaars-2024], "
                "[cijfer:ph-bemiddelaars-2024] mediators worked across the country. "
                "Restorative mediation has existed since 2007: for young people only "
                "in the first two years, for adults too since 2009. Until April 2017 "
                "the organisation was called Slachtoffer in Beeld.</p>"
            ),
            heading("Your data"),
            paragraph(
                "<p>The mediator shares nothing with the other person without your "
                "consent. Perspectief Herstelbemiddeling has a privacy policy, a data "
                "protection officer and a complaints procedure with an independent "
                "complaints committee. How Herstelwijzer handles your data is in our "
                f"{a('en', 'privacy', 'privacy statement')}.</p>"
            ),
            register(
                "Would you like restorative mediation?",
                "Register. Registering does not commit you to anything: you decide "
                "afterwards whether to go on.",
                "Register",
            ),
        ],
        "links": [
            link(
                "Perspectief Herstelbemiddeling (in Dutch)",
                "https://www.perspectiefherstelbemiddeling.nl/",
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
        "illustration": "agreement",
        "illustration_alt": (
            "Tekening: twee mediators en twee mensen aan tafel, met een "
            "overeenkomst op papier."
        ),
        "intro": (
            "Loopt er een strafzaak bij de officier van justitie of de rechter? Dan "
            "kunt u vragen om Mediation in Strafzaken: gesprekken met twee "
            "mediators, waarin u ook afspraken over de schade kunt maken."
        ),
        "provision": Provision.MIS,
        "in_short_for_whom": "Slachtoffers en verdachten in een lopende strafzaak",
        "in_short_when": "Tijdens de strafzaak, bij het OM of de rechter",
        "in_short_outcome": "Afspraken, ook over schade, die meewegen in de strafzaak",
        "for_whom": (
            "<p>Voor slachtoffers en verdachten van een misdrijf waarvoor een "
            "strafzaak loopt. Het kan bij lichte en bij ernstige zaken, en ook als u "
            "elkaar niet kent. Het is er voor volwassenen en voor jongeren.</p>"
            "<p>Om mediation vragen kunnen: het slachtoffer, de verdachte, hun "
            "advocaten, Slachtofferhulp Nederland, de reclassering en de Raad voor "
            "de Kinderbescherming. De officier van justitie of de rechter beslist. "
            "Volgens het nieuwe Wetboek van Strafvordering moet een nee worden "
            "uitgelegd.</p>"
        ),
        "when_it_applies": (
            "<p>Als uw zaak bij de officier van justitie ligt (ook aan de ZSM-tafel, "
            "waar het OM snel over zaken beslist) of bij de rechter. Soms kan het ook "
            "als een straf al wordt uitgevoerd.</p>"
            "<p>Het past niet als er geen persoon slachtoffer is, als de verdachte "
            "de feiten ontkent, of als iets in de zaak of bij een van de mensen het "
            "onverstandig maakt, bijvoorbeeld bij stalking. Heeft iemand een lichte "
            "verstandelijke beperking? Dan is soms extra zorg nodig.</p>"
        ),
        "forms_of_contact": [
            form(
                "Gesprekken met twee mediators",
                "Twee gespecialiseerde mediators begeleiden de gesprekken tussen u "
                "en de andere partij. Wat u bespreekt, blijft vertrouwelijk.",
            ),
        ],
        "steps": [
            steps(
                [
                    (
                        "Vragen om mediation",
                        "U, uw advocaat of een hulpverlener vraagt erom. Een "
                        "aanmelding via Herstelwijzer is ook een verzoek.",
                    ),
                    (
                        "Het mediationbureau bekijkt het verzoek",
                        "Het mediationbureau van de rechtbank bekijkt uw verzoek met "
                        "de officier van justitie of de rechter. Zij beslissen.",
                    ),
                    (
                        "De gesprekken",
                        "Gaat het door? Dan begeleiden twee mediators de gesprekken. "
                        "De strafzaak loopt intussen door.",
                    ),
                    (
                        "De slotovereenkomst",
                        "Als u dat wilt, legt u uw afspraken vast in een "
                        "slotovereenkomst.",
                    ),
                    (
                        "De beslissing in de strafzaak",
                        "De officier van justitie of de rechter weegt de "
                        "slotovereenkomst mee in de beslissing.",
                    ),
                ]
            )
        ],
        "costs": "Het mediationbureau vertelt u of er kosten zijn.",
        "body": [
            paragraph(
                "<p>Alle stappen op een rij, van de eerste informatie tot het "
                f"afronden: {a('nl', 'step-by-step', 'stap voor stap')}.</p>"
            ),
            heading("Een verzoek: de officier of de rechter beslist"),
            paragraph(
                "<p>Mediation in Strafzaken begint niet vanzelf. Uw aanmelding is een "
                "verzoek. Het mediationbureau van de rechtbank bekijkt het samen met "
                "de officier van justitie of de rechter. Zij beslissen of mediation "
                "kan. Anderen kunnen erom vragen, maar de beslissing ligt bij "
                "hen.</p>"
                "<p>De overheid wil dat iedereen, ook slachtoffers en verdachten zelf, "
                "zich zo makkelijk mogelijk rechtstreeks kan aanmelden. Herstelwijzer "
                "is gebouwd als één centraal aanmeldpunt: wij sturen uw verzoek naar "
                "het mediationbureau van uw arrondissement.</p>"
            ),
            heading("Naast de vervolging"),
            paragraph(
                "<p>Mediation kan tegelijk met de vervolging lopen: de strafzaak "
                "stopt er niet voor. Sommige mensen denken dat mediation alleen past "
                "bij lichte zaken, bij verkeerszaken of tussen mensen die elkaar "
                "kennen. Dat klopt niet. In principe kan het bij alle soorten zaken, "
                "ook bij ernstige zaken en als u elkaar niet kent.</p>"
            ),
            heading("De datum van de zitting telt"),
            paragraph(
                "<p>Vraag zo vroeg mogelijk om mediation. Een verzoek lukt vaak niet "
                "omdat het onderzoek nog loopt, of omdat er te weinig tijd is tot de "
                "zitting. Weet u de datum van de zitting? Vul die in bij uw "
                "aanmelding. Is de zitting binnen twee weken, dan nemen wij de "
                "volgende werkdag contact met u op.</p>"
            ),
            heading("Twee mediators"),
            paragraph(
                "<p>Twee gespecialiseerde mediators begeleiden de gesprekken. Zij "
                "staan ingeschreven bij de Mediatorsfederatie Nederland (MfN). De "
                "gesprekken zijn vertrouwelijk. Het gaat om uw emotionele herstel, "
                "en ook om afspraken over de schade: materiële schade en immateriële "
                "schade, zoals verdriet of angst.</p>"
            ),
            heading("De slotovereenkomst en wat de officier of rechter ermee doet"),
            paragraph(
                "<p>Komt u samen tot afspraken? Dan kunt u die vastleggen in een "
                "slotovereenkomst (ook wel vaststellingsovereenkomst). De officier van "
                "justitie of de rechter weegt die mee in de beslissing over de "
                "strafzaak (artikel 51h van het Wetboek van Strafvordering). Na een "
                "geslaagde mediation kan de rechter de zaak soms beëindigen: dat "
                "heet een eindezaakverklaring.</p>"
                "<p>Hoe vaak lukt het? In [jaar:mis-overeenkomst-2019] kwam het in "
                "[cijfer:mis-overeenkomst-2019] van de gestarte mediations tot een "
                "overeenkomst (WODC, 2021).</p>"
            ),
            heading("Jongeren en de Raad voor de Kinderbescherming"),
            paragraph(
                "<p>Mediation in Strafzaken kan ook in een strafzaak tegen een "
                "jongere. De Raad voor de Kinderbescherming kan zo'n zaak rechtstreeks "
                "aanmelden bij het mediationbureau. Bij een minderjarige geven ook de "
                "ouders of de voogd toestemming.</p>"
                "<p>In [jaar:mis-jeugd-aangemeld-2020] werden "
                "[cijfer:mis-jeugd-aangemeld-2020] jeugdzaken aangemeld. Van die "
                "aanmeldingen werden er [cijfer:mis-jeugd-afgerond-2020] afgerond, "
                "[cijfer:mis-jeugd-overeenkomst-2020] met een overeenkomst.</p>"
            ),
            heading("Hoe vaak gebeurt het?"),
            paragraph(
                "<p>In [jaar:mis-verwijzingen-2024] werden "
                "[cijfer:mis-verwijzingen-2024] zaken naar Mediation in Strafzaken "
                "verwezen, tegen [cijfer:mis-verwijzingen-2023] in "
                "[jaar:mis-verwijzingen-2023]. Er begonnen [cijfer:mis-gestart-2024] "
                "mediations ([jaar:mis-gestart-2023]: [cijfer:mis-gestart-2023]). Dat "
                "is nog altijd [cijfer:mis-aandeel-strafzaken] van de strafzaken bij "
                "het Openbaar Ministerie.</p>"
            ),
            heading("De mediationbureaus"),
            paragraph(
                "<p>Elk van de 11 arrondissementen heeft een mediationbureau bij de "
                "rechtbank. De 4 gerechtshoven doen ook mee, voor zaken in hoger "
                "beroep. Zij hielden een proef waarin zij zaken al vóór de zitting "
                "uitkozen. U hoeft niet zelf uit te zoeken welk bureau bij uw zaak "
                "hoort: meldt u zich aan, dan sturen wij uw verzoek door.</p>"
                "<p>Let op: dit is een demo. De contactgegevens hieronder zijn "
                "verzonnen voorbeelden.</p>"
            ),
            *offices_nl(),
            heading("Caribisch Nederland: een proef"),
            paragraph(
                "<p>Op Bonaire, Sint Eustatius en Saba loopt sinds 2022 een proef met "
                "Mediation in Strafzaken. Stichting Reclassering Caribisch Nederland "
                "(SRCN) voert die uit. Er zijn [cijfer:bes-mediators] mediators "
                "opgeleid. Er waren [cijfer:bes-aanmeldingen] aanmeldingen en "
                "[cijfer:bes-mediations] mediations. [cijfer:bes-overeenkomsten] "
                "daarvan eindigden met een overeenkomst, soms over een deel van de "
                "zaak. Ook vanuit Caribisch Nederland kunt u zich via Herstelwijzer "
                "aanmelden.</p>"
            ),
            heading("Liever geen mediation in de strafzaak?"),
            paragraph(
                "<p>Ligt uw zaak bij de officier van justitie of de rechter? Dan is "
                "Mediation in Strafzaken de eerste keuze. Wilt u dat niet, maar wel "
                "begeleid contact met de ander? Dan kan "
                f"{a('nl', 'hb', 'herstelbemiddeling')}.</p>"
            ),
            register(
                "Wilt u om mediation vragen?",
                "Meld u aan. Wij sturen uw verzoek naar het mediationbureau van uw "
                "arrondissement.",
                "Aanmelden",
            ),
        ],
        "links": [
            link(
                "Mediation in strafzaken op rechtspraak.nl",
                "https://www.rechtspraak.nl/",
            ),
        ],
    },
    en={
        "title": "Mediation in criminal cases",
        "slug": "mediation-in-criminal-cases",
        "illustration": "agreement",
        "illustration_alt": (
            "Drawing: two mediators and two people at a table, with an "
            "agreement on paper."
        ),
        "intro": (
            "Is a criminal case under way with the public prosecutor or a judge? Then "
            "you can ask for mediation in criminal cases (Mediation in Strafzaken): "
            "talks with two mediators, in which you can also make agreements about "
            "the damage."
        ),
        "in_short_for_whom": "Victims and suspects in a criminal case under way",
        "in_short_when": "During the case, with the prosecutor or the court",
        "in_short_outcome": "Agreements, also about damages, that count in the case",
        "for_whom": (
            "<p>For victims and suspects of a crime for which a criminal case is "
            "under way. It is possible in minor and in serious cases, and also when "
            "you do not know each other. It is open to adults and to young "
            "people.</p>"
            "<p>Those who can ask for mediation: the victim, the suspect, their "
            "lawyers, Victim Support Netherlands, the probation service and the "
            "Child Protection Board. The public prosecutor or the judge decides. "
            "Under the new Code of Criminal Procedure, a refusal must be "
            "explained.</p>"
        ),
        "when_it_applies": (
            "<p>When your case is with the public prosecutor (also at the ZSM desk, "
            "where the prosecution service decides on cases quickly) or with a "
            "judge. Sometimes also while a sentence is being carried out.</p>"
            "<p>It is not suitable when no person is the victim, when the suspect "
            "denies the facts, or when something about the case or one of the people "
            "makes it unwise, for example in stalking. Does someone have a mild "
            "intellectual disability? Then extra care is sometimes needed.</p>"
        ),
        "forms_of_contact": [
            form(
                "Talks with two mediators",
                "Two specialised mediators guide the talks between you and the other "
                "party. What you discuss stays confidential.",
            ),
        ],
        "steps": [
            steps(
                [
                    (
                        "Asking for mediation",
                        "You, your lawyer or a support worker asks for it. A "
                        "registration through Herstelwijzer is a request too.",
                    ),
                    (
                        "The mediation office looks at the request",
                        "The mediation office of the court looks at your request "
                        "with the public prosecutor or the judge. They decide.",
                    ),
                    (
                        "The talks",
                        "If it goes ahead, two mediators guide the talks. The "
                        "criminal case goes on in the meantime.",
                    ),
                    (
                        "The final agreement",
                        "If you wish, you put what you agreed in a final agreement.",
                    ),
                    (
                        "The decision in the criminal case",
                        "The public prosecutor or the judge takes the final "
                        "agreement into account in the decision.",
                    ),
                ]
            )
        ],
        "costs": "The mediation office tells you whether there are any costs.",
        "body": [
            paragraph(
                "<p>All the steps in order, from the first information to closing: "
                f"{a('en', 'step-by-step', 'step by step')}.</p>"
            ),
            heading("A request: the prosecutor or the judge decides"),
            paragraph(
                "<p>Mediation in criminal cases does not start by itself. Your "
                "registration is a request. The mediation office of the court looks "
                "at it together with the public prosecutor or the judge. They decide "
                "whether mediation can go ahead. Others can ask for it, but the "
                "decision is theirs.</p>"
                "<p>The government wants everyone, victims and suspects included, to "
                "be able to register directly as easily as possible. Herstelwijzer is "
                "built as a single central registration point: we send your request "
                "to the mediation office of your court district.</p>"
            ),
            heading("Alongside the prosecution"),
            paragraph(
                "<p>Mediation can run at the same time as the prosecution: the "
                "criminal case does not stop for it. Some people think mediation only "
                "suits minor cases, traffic cases or people who know each other. That "
                "is not so. In principle it is possible in every kind of case, also "
                "in serious cases and when you do not know each other.</p>"
            ),
            heading("The hearing date matters"),
            paragraph(
                "<p>Ask for mediation as early as you can. Requests often fail "
                "because the investigation is still going on, or because too little "
                "time is left before the hearing. Do you know the date of the "
                "hearing? Fill it in when you register. If the hearing is within two "
                "weeks, we get in touch with you the next working day.</p>"
            ),
            heading("Two mediators"),
            paragraph(
                "<p>Two specialised mediators guide the talks. They are registered "
                "with the Dutch Mediators Federation (Mediatorsfederatie Nederland, "
                "MfN). The talks are confidential. They are about your emotional "
                "recovery, and also about agreements on the damage: material damage "
                "and non-material damage, such as grief or fear.</p>"
            ),
            heading(
                "The final agreement and what the prosecutor or judge does with it"
            ),
            paragraph(
                "<p>If you reach agreements together, you can put them in a final "
                "agreement (slotovereenkomst). The public prosecutor or the judge "
                "takes it into account in the decision on the criminal case (article "
                "51h of the Code of Criminal Procedure). After a successful "
                "mediation, the judge can sometimes declare the case ended.</p>"
                "<p>How often does it work? In [jaar:mis-overeenkomst-2019], "
                "[cijfer:mis-overeenkomst-2019] of the mediations that started ended "
                "in an agreement (WODC, 2021).</p>"
            ),
            heading("Young people and the Child Protection Board"),
            paragraph(
                "<p>Mediation in criminal cases is also possible in a case against a "
                "young person. The Child Protection Board (Raad voor de "
                "Kinderbescherming) can register such a case directly with the "
                "mediation office. For anyone under 18, a parent or guardian also "
                "gives consent.</p>"
                "<p>In [jaar:mis-jeugd-aangemeld-2020], "
                "[cijfer:mis-jeugd-aangemeld-2020] youth cases were registered. Of "
                "those, [cijfer:mis-jeugd-afgerond-2020] were completed, "
                "[cijfer:mis-jeugd-overeenkomst-2020] of them with an agreement.</p>"
            ),
            heading("How often does it happen?"),
            paragraph(
                "<p>In [jaar:mis-verwijzingen-2024], [cijfer:mis-verwijzingen-2024] "
                "cases were referred to mediation in criminal cases, against "
                "[cijfer:mis-verwijzingen-2023] in [jaar:mis-verwijzingen-2023]. "
                "[cijfer:mis-gestart-2024] mediations started "
                "([jaar:mis-gestart-2023]: [cijfer:mis-gestart-2023]). That is still "
                "[cijfer:mis-aandeel-strafzaken] of the criminal cases of the Public "
                "Prosecution Service.</p>"
            ),
            heading("The mediation offices"),
            paragraph(
                "<p>Each of the 11 court districts has a mediation office at the "
                "court. The 4 courts of appeal take part too, for cases on appeal. "
                "They ran a pilot in which they selected cases before the hearing. "
                "You do not have to find out which office handles your case: when you "
                "register, we pass your request on.</p>"
                "<p>Please note: this is a demo. The contact details below are "
                "invented examples.</p>"
            ),
            *offices_en(),
            heading("Caribbean Netherlands: a pilot"),
            paragraph(
                "<p>On Bonaire, Sint Eustatius and Saba, a pilot with mediation in "
                "criminal cases has been running since 2022. It is run by the "
                "probation foundation of the Caribbean Netherlands (Stichting "
                "Reclassering Caribisch Nederland, SRCN). [cijfer:bes-mediators] "
                "mediators were trained. There were [cijfer:bes-aanmeldingen] "
                "registrations and [cijfer:bes-mediations] mediations, "
                "[cijfer:bes-overeenkomsten] of which ended in an agreement, "
                "sometimes on part of the case. You can register through Herstelwijzer "
                "from the Caribbean Netherlands too.</p>"
            ),
            heading("Rather not mediate within the criminal case?"),
            paragraph(
                "<p>If your case is with the public prosecutor or a judge, mediation "
                "in criminal cases is the first option. If you do not want that but "
                "would like guided contact with the other person, "
                f"{a('en', 'hb', 'restorative mediation')} is possible.</p>"
            ),
            register(
                "Would you like to ask for mediation?",
                "Register, and we send your request to the mediation office of your "
                "court district.",
                "Register",
            ),
        ],
        "links": [
            link(
                "Mediation in criminal cases on rechtspraak.nl (in Dutch)",
                "https://www.rechtspraak.nl/",
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
            "Samenspraak is een gespreksgroep van Perspectief Herstelbemiddeling. "
            "Slachtoffers, daders en hun naasten praten er met elkaar over hetzelfde "
            "soort misdrijf. Het is nog een nieuwe vorm."
        ),
        "provision": Provision.SAMENSPRAAK,
        "in_short_for_whom": "Wie geen contact kan of wil met de eigen andere partij",
        "in_short_when": "Als er een groep is; het is nog een nieuwe vorm",
        "in_short_outcome": "Begrip en antwoorden van mensen die iets vergelijkbaars "
        "meemaakten",
        "for_whom": (
            "<p>Voor slachtoffers, daders en naasten van beiden. Bijvoorbeeld als de "
            "andere partij uit uw eigen zaak geen contact wil, of als dat contact "
            "niet verstandig is.</p>"
        ),
        "when_it_applies": (
            "<p>In een groep zitten mensen die hetzelfde soort misdrijf hebben "
            "meegemaakt, maar niet hetzelfde voorval. De andere partij uit uw eigen "
            "zaak zit er dus niet bij.</p>"
            "<p>Samenspraak is er nog niet voor elk soort misdrijf. Of er een groep "
            "is of komt die bij u past, bespreken wij met u na uw aanmelding.</p>"
        ),
        "forms_of_contact": [
            form(
                "Een gespreksgroep",
                "Slachtoffers, daders en naasten van beiden komen een aantal keer "
                "bij elkaar. Twee burgers die er niet bij betrokken waren, doen mee "
                "namens de samenleving. Zij zijn deelnemers, geen gespreksleiders.",
            ),
        ],
        "steps": [],
        "costs": "Perspectief Herstelbemiddeling vertelt u of er kosten zijn.",
        "body": [
            heading("Hoe Samenspraak begon"),
            paragraph(
                "<ul><li>Eind 2023: de eerste groep, over seksueel geweld.</li>"
                "<li>2024: groepen over geweld in twee gevangenissen, PI Vught en "
                "Justitieel Complex Zaanstad.</li>"
                "<li>Voor het voorjaar van 2025 stond een groep over verkeer "
                "gepland.</li></ul>"
                "<p>Perspectief Herstelbemiddeling maakt van deze ervaringen een vaste "
                "werkwijze. Samenspraak is dus nog geen vast aanbod per soort "
                "misdrijf.</p>"
            ),
            heading("Ook in ontwikkeling"),
            paragraph(
                "<p>In 2024 en 2025 werkt Perspectief Herstelbemiddeling ook aan "
                "contact tussen gedetineerden en hun eigen familie, en aan "
                "herstelcirkels.</p>"
            ),
            register(
                "Interesse in Samenspraak?",
                "Meld u aan. Wij bespreken met u of er een groep is, of komt, die bij "
                "u past.",
                "Aanmelden",
            ),
        ],
        "links": [],
    },
    en={
        "title": "Samenspraak dialogue groups",
        "slug": "samenspraak",
        "intro": (
            "Samenspraak is a dialogue group run by Perspectief Herstelbemiddeling. "
            "Victims, offenders and those close to them talk together about the same "
            "kind of crime. It is still a new service."
        ),
        "in_short_for_whom": "People who cannot or will not meet their own other party",
        "in_short_when": "When there is a group; it is still a new service",
        "in_short_outcome": (
            "Understanding and answers from people who went through something similar"
        ),
        "for_whom": (
            "<p>For victims, offenders and those close to either. For example when "
            "the other party of your own case does not want contact, or when that "
            "contact would not be wise.</p>"
        ),
        "when_it_applies": (
            "<p>A group brings together people who went through the same kind of "
            "crime, but not the same event. The other party of your own case is not "
            "in it.</p>"
            "<p>Samenspraak does not yet exist for every kind of crime. After you "
            "register, we talk with you about whether there is, or will be, a group "
            "that suits you.</p>"
        ),
        "forms_of_contact": [
            form(
                "A dialogue group",
                "Victims, offenders and those close to either meet several times. "
                "Two citizens who were not involved take part on behalf of society. "
                "They are participants, not group leaders.",
            ),
        ],
        "steps": [],
        "costs": (
            "Perspectief Herstelbemiddeling tells you whether there are any costs."
        ),
        "body": [
            heading("How Samenspraak began"),
            paragraph(
                "<ul><li>End of 2023: the first group, on sexual violence.</li>"
                "<li>2024: groups on violence in two prisons, PI Vught and Justitieel "
                "Complex Zaanstad.</li>"
                "<li>A group on traffic was planned for spring 2025.</li></ul>"
                "<p>Perspectief Herstelbemiddeling is turning this experience into a "
                "standard way of working. So Samenspraak is not yet a standing offer "
                "for each kind of crime.</p>"
            ),
            heading("Also being developed"),
            paragraph(
                "<p>In 2024 and 2025 Perspectief Herstelbemiddeling is also working "
                "on contact between prisoners and their own families, and on "
                "restorative circles.</p>"
            ),
            register(
                "Interested in Samenspraak?",
                "Register, and we talk with you about whether there is, or will be, a "
                "group that suits you.",
                "Register",
            ),
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
        "intro": (
            "Niet iedereen wil of kan met de ander praten. Bij herstelbemiddeling "
            "kiest u zelf de vorm, en u kunt altijd pauzeren of stoppen."
        ),
        "body": [
            heading("Pendelbemiddeling"),
            paragraph(
                "<p>De bemiddelaar brengt vragen en antwoorden heen en weer. U ziet "
                "de ander niet. Van de contacten in [jaar:ph-vorm-pendel-2024] was "
                "[cijfer:ph-vorm-pendel-2024] pendelbemiddeling: de vorm die het "
                "meest voorkwam.</p>"
            ),
            heading("Een gesprek"),
            paragraph(
                "<p>U praat met de ander, met de bemiddelaar erbij. Van de contacten "
                "in [jaar:ph-vorm-gesprek-2024] was [cijfer:ph-vorm-gesprek-2024] een "
                "gesprek.</p>"
            ),
            heading("Een groepsherstelbijeenkomst"),
            paragraph(
                "<p>Soms zijn er meer mensen betrokken, zoals familie, vrienden of "
                "een vereniging. Dan kan een gesprek met de hele groep helpen. Van de "
                "contacten in [jaar:ph-vorm-groep-2024] was "
                "[cijfer:ph-vorm-groep-2024] een groepsbijeenkomst.</p>"
            ),
            heading("Brieven"),
            paragraph(
                "<p>U schrijft elkaar, in uw eigen tempo. De bemiddelaar helpt u de "
                "woorden te vinden en zorgt dat de brief bij de ander komt. Van de "
                "contacten in [jaar:ph-vorm-brieven-2024] was "
                "[cijfer:ph-vorm-brieven-2024] een briefwisseling.</p>"
            ),
            heading("Een videoboodschap"),
            paragraph(
                "<p>U neemt een boodschap op, en de ander bekijkt die. Zo kan de "
                "ander uw gezicht en stem zien en horen, zonder dat u elkaar "
                "ontmoet.</p>"
            ),
        ],
    },
    en={
        "title": "Other forms of contact",
        "slug": "other-forms",
        "intro": (
            "Not everyone wants or is able to talk with the other person. In "
            "restorative mediation you choose the form, and you can always pause or "
            "stop."
        ),
        "body": [
            heading("Shuttle mediation"),
            paragraph(
                "<p>The mediator carries questions and answers back and forth. You do "
                "not see the other person. Of the contacts in "
                "[jaar:ph-vorm-pendel-2024], [cijfer:ph-vorm-pendel-2024] were "
                "shuttle mediation: the most common form.</p>"
            ),
            heading("A conversation"),
            paragraph(
                "<p>You talk with the other person, with the mediator present. Of the "
                "contacts in [jaar:ph-vorm-gesprek-2024], "
                "[cijfer:ph-vorm-gesprek-2024] were a conversation.</p>"
            ),
            heading("A group meeting"),
            paragraph(
                "<p>Sometimes more people are involved, such as family, friends or a "
                "club. A meeting with the whole group can help then. Of the contacts "
                "in [jaar:ph-vorm-groep-2024], [cijfer:ph-vorm-groep-2024] were a "
                "group meeting.</p>"
            ),
            heading("Letters"),
            paragraph(
                "<p>You write to each other, at your own pace. The mediator helps you "
                "find the words and makes sure the letter reaches the other person. "
                "Of the contacts in [jaar:ph-vorm-brieven-2024], "
                "[cijfer:ph-vorm-brieven-2024] were an exchange of letters.</p>"
            ),
            heading("A video message"),
            paragraph(
                "<p>You record a message, and the other person watches it. They can "
                "see your face and hear your voice without you meeting.</p>"
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
            "Er zijn drie vormen van begeleid contact: herstelbemiddeling, Mediation "
            "in Strafzaken en Samenspraak. Hieronder ziet u de verschillen."
        ),
        "body": [
            heading("In het kort"),
            paragraph(
                "<ul><li>Loopt uw zaak bij de officier van justitie of de rechter? "
                f"Dan komt eerst {a('nl', 'mis', 'Mediation in Strafzaken')} in "
                "beeld. Daar kunt u ook afspraken maken over de schade.</li>"
                f"<li>In alle andere gevallen is er "
                f"{a('nl', 'hb', 'herstelbemiddeling')}: op elk moment, ook jaren "
                "later, en los van de strafzaak.</li>"
                "<li>Wil of kan de ander geen contact? Dan is er soms een "
                f"{a('nl', 'samenspraak', 'Samenspraak-groep')}.</li></ul>"
                "<p>Wilt u vooral dat iemand ophoudt, bijvoorbeeld met bedreigen of "
                "lastigvallen? Daarvoor zijn er andere wegen, via de politie. Lees "
                f"{a('nl', 'stop', 'Als u vooral wilt dat het stopt')}.</p>"
            ),
            heading("Weet u het nog niet?"),
            paragraph(
                "<p>Dat is niet erg. Bij uw aanmelding stellen wij een paar vragen. "
                "Op basis van uw antwoorden sturen wij uw aanmelding naar de juiste "
                "plek. Daarna nemen wij contact met u op en kijken wij samen wat bij "
                "u past.</p>"
            ),
            register(
                "Aanmelden",
                "Wij zoeken met u uit wat bij u past.",
                "Aanmelden",
            ),
        ],
    },
    en={
        "title": "Which one fits me?",
        "slug": "which-one-fits-me",
        "intro": (
            "There are three forms of guided contact: restorative mediation, "
            "mediation in criminal cases and Samenspraak dialogue groups. Below you "
            "can see the differences."
        ),
        "body": [
            heading("In short"),
            paragraph(
                "<ul><li>Is your case with the public prosecutor or a judge? Then "
                f"{a('en', 'mis', 'mediation in criminal cases')} comes first. There "
                "you can also make agreements about the damage.</li>"
                f"<li>In all other cases there is "
                f"{a('en', 'hb', 'restorative mediation')}: at any time, even years "
                "later, and separate from the criminal case.</li>"
                "<li>If the other person does not want or cannot have contact, a "
                f"{a('en', 'samenspraak', 'Samenspraak group')} is sometimes "
                "possible.</li></ul>"
                "<p>Do you mainly want someone to stop, for example threatening or "
                "harassing you? There are other ways for that, through the police. "
                f"Read {a('en', 'stop', 'When you mainly want it to stop')}.</p>"
            ),
            heading("Not sure yet?"),
            paragraph(
                "<p>That is fine. When you register, we ask a few questions. Based on "
                "your answers we send your registration to the right place. Then we "
                "get in touch and look together at what suits you.</p>"
            ),
            register("Register", "We work out with you what suits you.", "Register"),
        ],
    },
    children=[HERSTELBEMIDDELING, MIS, SAMENSPRAAK, OTHER_FORMS],
)
