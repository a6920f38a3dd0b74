"""Pages per group of people and per theme, in Dutch and English."""

from content.choices import Audience
from content.demo.spec import PageSpec, heading, paragraph, quote, register
from content.models import AudiencePage, ThemePage

AUDIENCES = [
    PageSpec(
        AudiencePage,
        key="victims",
        nl={
            "title": "Voor slachtoffers en nabestaanden",
            "slug": "slachtoffers",
            "intro": (
                "U hebt iets ergs meegemaakt. Misschien wilt u de ander iets "
                "vragen of vertellen."
            ),
            "audience": Audience.VICTIMS,
            "body": [
                heading("Wat kan het u opleveren?"),
                paragraph(
                    "<p>U kunt vertellen wat het met u heeft gedaan. U kunt vragen "
                    "stellen die u bezighouden, zoals: waarom ik? Veel mensen voelen "
                    "zich daarna minder angstig en machteloos, en kunnen weer vooruit "
                    "kijken.</p>"
                ),
                heading("U beslist zelf"),
                paragraph(
                    "<p>Meedoen is vrijwillig. U kunt op elk moment stoppen. U houdt "
                    "altijd het recht om aangifte te doen. In 2024 nam het slachtoffer "
                    "in 56% van de zaken het initiatief.</p>"
                ),
                quote(
                    (
                        "Ik wilde weten of hij besefte wat hij had aangericht. Dat "
                        "heb ik kunnen vragen."
                    ),
                    "Marloes, slachtoffer (verzonnen naam)",
                ),
                register(
                    "Wilt u contact?",
                    "Meld u aan. Aanmelden verplicht u tot niets.",
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "For victims and bereaved relatives",
            "slug": "victims",
            "intro": (
                "You went through something bad. Perhaps you want to ask or "
                "tell the other person something."
            ),
            "body": [
                heading("What can it give you?"),
                paragraph(
                    "<p>You can tell what it did to you. You can ask the questions "
                    "that keep you busy, such as: why me? Many people feel less "
                    "afraid and powerless afterwards, and can look ahead again.</p>"
                ),
                heading("You decide"),
                paragraph(
                    "<p>Taking part is voluntary. You can stop at any time. You always "
                    "keep the right to report a crime. In 2024 the victim took the "
                    "initiative in 56% of cases.</p>"
                ),
                quote(
                    (
                        "I wanted to know whether he realised what he had done. I "
                        "was able to ask him."
                    ),
                    "Marloes, victim (invented name)",
                ),
                register(
                    "Would you like contact?",
                    "Register. Registering does not commit you to anything.",
                    "Register",
                ),
            ],
        },
    ),
    PageSpec(
        AudiencePage,
        key="offenders",
        nl={
            "title": "Voor verdachten, daders en veroorzakers",
            "slug": "daders",
            "intro": (
                "U hebt iemand schade gedaan. Misschien wilt u uitleggen, "
                "sorry zeggen of iets goedmaken."
            ),
            "audience": Audience.OFFENDERS,
            "body": [
                heading("Verantwoordelijkheid nemen"),
                paragraph(
                    "<p>Herstelrecht is geen makkelijke weg. Het gaat om "
                    "verantwoordelijkheid nemen voor wat u deed en de schade "
                    "herstellen waar dat kan. Deelnemers die erover nadenken, vallen "
                    "minder vaak terug in strafbaar gedrag.</p>"
                ),
                heading("U mag zelf de eerste stap zetten"),
                paragraph(
                    "<p>In 2024 kwam 40% van de aanmeldingen voor herstelbemiddeling "
                    "van daders. Ook als u gedetineerd bent, kunt u zich aanmelden. "
                    "De voorwaarde is dat u uw eigen deel erkent.</p>"
                ),
                register(
                    "Wilt u contact?",
                    "Meld u aan. Aanmelden verplicht u tot niets.",
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "For suspects, offenders and people who caused an accident",
            "slug": "offenders",
            "intro": (
                "You caused someone harm. Perhaps you want to explain, say "
                "sorry or put something right."
            ),
            "body": [
                heading("Taking responsibility"),
                paragraph(
                    "<p>Restorative justice is not an easy way out. It is about "
                    "taking responsibility for what you did and repairing the harm "
                    "where possible. Participants who reflect on it reoffend less "
                    "often.</p>"
                ),
                heading("You may take the first step"),
                paragraph(
                    "<p>In 2024, 40% of registrations for restorative mediation came "
                    "from offenders. You can also register while in detention. You "
                    "need to acknowledge your own part.</p>"
                ),
                register(
                    "Would you like contact?",
                    "Register. Registering does not commit you to anything.",
                    "Register",
                ),
            ],
        },
    ),
    PageSpec(
        AudiencePage,
        key="relatives",
        nl={
            "title": "Voor naasten en getuigen",
            "slug": "naasten-en-getuigen",
            "intro": (
                "Ook als u niet direct betrokken was, kan een misdrijf veel met u doen."
            ),
            "audience": Audience.RELATIVES,
            "body": [
                paragraph(
                    "<p>Familie, vrienden en getuigen kunnen ook meedoen aan "
                    "herstelbemiddeling. Bijvoorbeeld de ouders van een slachtoffer, "
                    "of de familie van iemand in detentie.</p>"
                ),
                register(
                    "Wilt u contact?",
                    "Meld u aan. Aanmelden verplicht u tot niets.",
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "For relatives and witnesses",
            "slug": "relatives-and-witnesses",
            "intro": (
                "Even if you were not directly involved, a crime can affect you deeply."
            ),
            "body": [
                paragraph(
                    "<p>Family, friends and witnesses can also take part in "
                    "restorative mediation. For example the parents of a victim, or "
                    "the family of someone in detention.</p>"
                ),
                register(
                    "Would you like contact?",
                    "Register. Registering does not commit you to anything.",
                    "Register",
                ),
            ],
        },
    ),
    PageSpec(
        AudiencePage,
        key="professionals",
        nl={
            "title": "Voor professionals",
            "slug": "professionals",
            "intro": (
                "Werkt u met slachtoffers of daders? Dan kunt u hen wijzen "
                "op herstelrecht, of hen aanmelden."
            ),
            "audience": Audience.PROFESSIONALS,
            "body": [
                heading("Een cliënt aanmelden"),
                paragraph(
                    "<p>Vraag eerst of uw cliënt het goed vindt. Meld hem of haar "
                    "daarna aan via het aanmeldformulier en kies 'een cliënt'. Wij "
                    "bellen eerst u, zodat u de volgende stap samen met uw cliënt "
                    "kunt voorbereiden.</p>"
                ),
                heading("Wie verwijzen er?"),
                paragraph(
                    "<p>In 2024 kwamen de meeste verwijzingen van Slachtofferhulp "
                    "Nederland (391), justitiële instellingen (231) en de politie "
                    "(141). Ook reclassering, huisartsen, psychologen, scholen en "
                    "verzekeraars verwijzen.</p>"
                ),
                register(
                    "Cliënt aanmelden", "Met toestemming van uw cliënt.", "Aanmelden"
                ),
            ],
        },
        en={
            "title": "For professionals",
            "slug": "professionals",
            "intro": (
                "Do you work with victims or offenders? You can tell them "
                "about restorative justice, or register them."
            ),
            "body": [
                heading("Registering a client"),
                paragraph(
                    "<p>First ask whether your client agrees. Then register them "
                    "through the registration form and choose 'a client'. We call you "
                    "first, so that you can prepare the next step together with your "
                    "client.</p>"
                ),
                heading("Who refers?"),
                paragraph(
                    "<p>In 2024 most referrals came from Victim Support Netherlands "
                    "(391), justice institutions (231) and the police (141). "
                    "Probation officers, GPs, psychologists, schools and insurers "
                    "refer too.</p>"
                ),
                register(
                    "Register a client", "With your client's consent.", "Register"
                ),
            ],
        },
    ),
]

THEMES = [
    PageSpec(
        ThemePage,
        key="theme-sexual-violence",
        nl={
            "title": "Na seksueel geweld",
            "slug": "na-seksueel-geweld",
            "intro": (
                "Contact na seksueel geweld vraagt extra voorbereiding. U "
                "bepaalt het tempo."
            ),
            "body": [
                paragraph(
                    "<p>Ongeveer een derde van de zaken bij herstelbemiddeling gaat "
                    "over seksueel geweld. In 90% van die zaken kennen slachtoffer en "
                    "dader elkaar. Aangifte is niet nodig, ook niet bij misbruik van "
                    "lang geleden.</p>"
                    "<p>De voorbereiding duurt vaak langer. Veel slachtoffers kiezen "
                    "voor brieven of pendelbemiddeling.</p>"
                ),
                register(
                    "Wilt u contact?",
                    ("Meld u aan. U kiest zelf wanneer wij u veilig kunnen bellen."),
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "After sexual violence",
            "slug": "after-sexual-violence",
            "intro": (
                "Contact after sexual violence needs extra preparation. You "
                "set the pace."
            ),
            "body": [
                paragraph(
                    "<p>About a third of restorative mediation cases concern sexual "
                    "violence. In 90% of those cases the victim and the offender know "
                    "each other. A police report is not needed, also not for abuse "
                    "long ago.</p>"
                    "<p>Preparation often takes longer. Many victims choose letters or "
                    "shuttle mediation.</p>"
                ),
                register(
                    "Would you like contact?",
                    ("Register. You choose when it is safe for us to call you."),
                    "Register",
                ),
            ],
        },
    ),
    PageSpec(
        ThemePage,
        key="theme-traffic",
        nl={
            "title": "Na een verkeersongeval",
            "slug": "na-een-verkeersongeval",
            "intro": "Een ongeval verandert levens, ook van wie het veroorzaakte.",
            "body": [
                paragraph(
                    "<p>19% van de zaken bij herstelbemiddeling gaat over verkeer "
                    "(2024). Vaak willen nabestaanden weten hoe het gebeurde, en wil "
                    "de veroorzaker laten weten hoeveel spijt hij heeft.</p>"
                ),
                register(
                    "Wilt u contact?",
                    "Meld u aan. Aanmelden verplicht u tot niets.",
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "After a traffic accident",
            "slug": "after-a-traffic-accident",
            "intro": (
                "An accident changes lives, including the life of the person "
                "who caused it."
            ),
            "body": [
                paragraph(
                    "<p>19% of restorative mediation cases concern traffic (2024). "
                    "Bereaved relatives often want to know how it happened, and the "
                    "person who caused it wants to say how sorry they are.</p>"
                ),
                register(
                    "Would you like contact?",
                    "Register. Registering does not commit you to anything.",
                    "Register",
                ),
            ],
        },
    ),
    PageSpec(
        ThemePage,
        key="theme-violence",
        nl={
            "title": "Na geweld",
            "slug": "na-geweld",
            "intro": (
                "Na een mishandeling of beroving blijft vaak angst over. "
                "Contact kan helpen."
            ),
            "body": [
                paragraph(
                    "<p>Geweld is het meest voorkomende soort zaak: 40% in 2024. "
                    "In geweldszaken nam de dader in 53% van de gevallen het "
                    "initiatief.</p>"
                ),
                register(
                    "Wilt u contact?",
                    "Meld u aan. Aanmelden verplicht u tot niets.",
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "After violence",
            "slug": "after-violence",
            "intro": (
                "After an assault or a robbery, fear often remains. Contact can help."
            ),
            "body": [
                paragraph(
                    "<p>Violence is the most common kind of case: 40% in 2024. In "
                    "violence cases the offender took the initiative in 53% of "
                    "cases.</p>"
                ),
                register(
                    "Would you like contact?",
                    "Register. Registering does not commit you to anything.",
                    "Register",
                ),
            ],
        },
    ),
    PageSpec(
        ThemePage,
        key="theme-detention",
        nl={
            "title": "In en na detentie",
            "slug": "in-en-na-detentie",
            "intro": "Ook in de gevangenis of na vrijlating kunt u contact zoeken.",
            "body": [
                paragraph(
                    "<p>Gedetineerden kunnen zich zelf aanmelden, of via medewerkers "
                    "van de inrichting. Ook contact met uw eigen familie, die vaak "
                    "ook last heeft van wat er gebeurde, is mogelijk.</p>"
                ),
                register(
                    "Wilt u contact?",
                    "Meld u aan. Aanmelden verplicht u tot niets.",
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "In and after detention",
            "slug": "in-and-after-detention",
            "intro": "In prison or after release you can also seek contact.",
            "body": [
                paragraph(
                    "<p>Detainees can register themselves, or through staff of the "
                    "institution. Contact with your own family, who often suffer from "
                    "what happened too, is also possible.</p>"
                ),
                register(
                    "Would you like contact?",
                    "Register. Registering does not commit you to anything.",
                    "Register",
                ),
            ],
        },
    ),
]
