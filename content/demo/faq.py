"""Frequently asked questions by topic, in Dutch and English (21 in each)."""

from content.demo.spec import PageSpec
from content.models import FaqPage


def topic(heading: str, items: list[tuple[str, str]]) -> tuple:
    return (
        "topic",
        {
            "heading": heading,
            "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items],
        },
    )


NL = [
    topic(
        "Aanmelden en meedoen",
        [
            (
                "Hoe meld ik me aan?",
                (
                    "Via het aanmeldformulier op deze website, of telefonisch. "
                    "Daarna bellen wij u."
                ),
            ),
            (
                "Moet ik aangifte hebben gedaan?",
                (
                    "Meestal wel. Na seksueel geweld en medische incidenten is "
                    "aangifte niet nodig."
                ),
            ),
            (
                "Kan ik me ook aanmelden als de dader?",
                (
                    "Ja. Iedereen kan de eerste stap zetten. In 2024 kwam 40% "
                    "van de aanmeldingen van daders."
                ),
            ),
        ],
    ),
    topic(
        "Privacy",
        [
            (
                "Wie ziet mijn gegevens?",
                (
                    "Alleen de medewerkers die uw aanmelding behandelen. Wij "
                    "delen niets met de andere partij zonder uw toestemming."
                ),
            ),
            (
                "Hoe lang bewaren jullie mijn gegevens?",
                (
                    "Niet langer dan nodig. Na afronding worden persoonlijke "
                    "gegevens na een vaste termijn verwijderd."
                ),
            ),
            (
                "Kan iemand zien dat ik deze website bezocht?",
                (
                    "Gebruik de knop Snel weg en een privévenster. Wis daarna uw "
                    "browsergeschiedenis."
                ),
            ),
        ],
    ),
    topic(
        "De strafzaak",
        [
            (
                "Heeft herstelbemiddeling invloed op de strafzaak?",
                (
                    "Nee. Herstelbemiddeling staat los van de strafzaak. "
                    "Mediation in strafzaken kan wel meewegen."
                ),
            ),
            (
                "Kan ik nog aangifte doen als ik meedoe?",
                "Ja. Meedoen neemt uw recht op aangifte nooit weg.",
            ),
            (
                "Wat is het verschil met mediation in strafzaken?",
                (
                    "Mediation in strafzaken gebeurt tijdens een lopende zaak, "
                    "en de afspraken kunnen meewegen bij de officier of rechter."
                ),
            ),
        ],
    ),
    topic(
        "Kosten",
        [
            (
                "Kost herstelbemiddeling geld?",
                "Nee. Het is gratis voor alle deelnemers.",
            ),
            ("Kost mediation in strafzaken geld?", "Nee, niet voor de deelnemers."),
            (
                "Krijg ik reiskosten vergoed?",
                "Vraag het aan uw bemiddelaar. Die bespreekt wat mogelijk is.",
            ),
        ],
    ),
    topic(
        "Jongeren",
        [
            (
                "Kan ik meedoen als ik jonger ben dan 18?",
                "Ja. Jongeren kunnen net zo goed meedoen als volwassenen.",
            ),
            (
                "Moeten mijn ouders het weten?",
                (
                    "Als je jonger bent dan 18, moet ook een ouder of voogd "
                    "toestemming geven om mee te doen."
                ),
            ),
            (
                "Wat is het verschil met Halt?",
                (
                    "Halt is een straf die je krijgt van politie of justitie. "
                    "Herstelbemiddeling is altijd vrijwillig."
                ),
            ),
        ],
    ),
    topic(
        "Als de ander nee zegt",
        [
            (
                "Wat als de andere partij geen contact wil?",
                (
                    "Dan gaat het contact niet door. Soms past een "
                    "Samenspraak-groep, met mensen die hetzelfde meemaakten."
                ),
            ),
            (
                "Hoor ik waarom de ander nee zegt?",
                "De bemiddelaar vertelt u wat de ander wil delen.",
            ),
            (
                "Kan de ander later alsnog ja zeggen?",
                (
                    "Ja. Mensen veranderen soms van gedachten. U kunt zich later "
                    "opnieuw melden."
                ),
            ),
        ],
    ),
    topic(
        "Stoppen",
        [
            ("Kan ik stoppen als ik begonnen ben?", "Ja, altijd en zonder uitleg."),
            (
                "Wat gebeurt er met mijn gegevens als ik stop?",
                (
                    "Wij ronden uw aanmelding af en bewaren uw gegevens niet "
                    "langer dan nodig."
                ),
            ),
            (
                "Kan ik een pauze nemen?",
                "Ja. U bepaalt het tempo. Een pauze kan op elk moment.",
            ),
        ],
    ),
]

EN = [
    topic(
        "Registering and taking part",
        [
            (
                "How do I register?",
                (
                    "With the registration form on this website, or by phone. "
                    "Then we call you."
                ),
            ),
            (
                "Do I need to have reported the crime?",
                (
                    "Usually yes. After sexual violence and medical incidents a "
                    "report is not needed."
                ),
            ),
            (
                "Can I register as the offender?",
                (
                    "Yes. Anyone can take the first step. In 2024, 40% of "
                    "registrations came from offenders."
                ),
            ),
        ],
    ),
    topic(
        "Privacy",
        [
            (
                "Who sees my data?",
                (
                    "Only the staff who handle your registration. We share "
                    "nothing with the other party without your consent."
                ),
            ),
            (
                "How long do you keep my data?",
                (
                    "No longer than needed. After closing, personal data is "
                    "deleted after a fixed period."
                ),
            ),
            (
                "Can someone see that I visited this website?",
                (
                    "Use the Leave this site button and a private window. Clear "
                    "your browsing history afterwards."
                ),
            ),
        ],
    ),
    topic(
        "The criminal case",
        [
            (
                "Does restorative mediation affect the criminal case?",
                (
                    "No. Restorative mediation is separate from the criminal "
                    "case. Mediation in criminal cases can count."
                ),
            ),
            (
                "Can I still report the crime if I take part?",
                "Yes. Taking part never takes away your right to report a crime.",
            ),
            (
                "What is the difference with mediation in criminal cases?",
                (
                    "Mediation in criminal cases happens during a running case, "
                    "and the agreements can count with the prosecutor or judge."
                ),
            ),
        ],
    ),
    topic(
        "Costs",
        [
            (
                "Does restorative mediation cost money?",
                "No. It is free for all participants.",
            ),
            (
                "Does mediation in criminal cases cost money?",
                "No, not for the participants.",
            ),
            (
                "Are my travel costs paid?",
                "Ask your mediator, who will discuss what is possible.",
            ),
        ],
    ),
    topic(
        "Young people",
        [
            (
                "Can I take part if I am under 18?",
                "Yes. Young people can take part just like adults.",
            ),
            (
                "Do my parents need to know?",
                (
                    "If you are under 18, a parent or guardian also needs to "
                    "agree to you taking part."
                ),
            ),
            (
                "What is the difference with Halt?",
                (
                    "Halt is a penalty you get from the police or justice "
                    "system. Restorative mediation is always voluntary."
                ),
            ),
        ],
    ),
    topic(
        "If the other party says no",
        [
            (
                "What if the other party does not want contact?",
                (
                    "Then the contact does not go ahead. Sometimes a Samenspraak "
                    "group fits, with people who went through the same."
                ),
            ),
            (
                "Will I hear why the other party says no?",
                "The mediator tells you what the other person wants to share.",
            ),
            (
                "Can the other party say yes later?",
                (
                    "Yes. People sometimes change their minds. You can register "
                    "again later."
                ),
            ),
        ],
    ),
    topic(
        "Stopping",
        [
            (
                "Can I stop once I have started?",
                "Yes, always and without explaining why.",
            ),
            (
                "What happens to my data if I stop?",
                "We close your registration and keep your data no longer than needed.",
            ),
            (
                "Can I take a break?",
                "Yes. You set the pace. A break is possible at any time.",
            ),
        ],
    ),
]

FAQ = PageSpec(
    FaqPage,
    key="faq",
    nl={
        "title": "Veelgestelde vragen",
        "slug": "veelgestelde-vragen",
        "intro": (
            "Antwoorden op vragen over aanmelden, privacy, de strafzaak, "
            "kosten en stoppen."
        ),
        "groups": NL,
    },
    en={
        "title": "Frequently asked questions",
        "slug": "frequently-asked-questions",
        "intro": (
            "Answers to questions about registering, privacy, the "
            "criminal case, costs and stopping."
        ),
        "groups": EN,
    },
)
