"""The step-by-step overview of the whole journey (issue 14), from reading about
the provisions to closing, for both provisions at once; the provision pages link
to it. From provisions.md: the process of herstelbemiddeling, the request and the
two mediators of MiS, the callback, "iedere stap telt"."""

from content.demo.links import a
from content.demo.spec import PageSpec, paragraph, register
from content.models import StandardPage


def step(title: str, html: str, promise: bool = False) -> dict:
    return {"title": title, "text": html, "shows_callback_promise": promise}


def step_by_step(steps: list[dict]) -> tuple:
    return ("step_by_step", {"heading": "", "steps": steps})


STEP_BY_STEP = PageSpec(
    StandardPage,
    key="step-by-step",
    nl={
        "title": "Stap voor stap: van eerste informatie tot afronden",
        "slug": "stap-voor-stap",
        "intro": (
            "Zo gaat het als u contact wilt met de andere partij. U bepaalt zelf of u "
            "een volgende stap zet, en u mag altijd stoppen."
        ),
        "body": [
            step_by_step(
                [
                    step(
                        "Lees wat er kan",
                        "<p>Er zijn drie mogelijkheden: "
                        f"{a('nl', 'hb', 'herstelbemiddeling')}, "
                        f"{a('nl', 'mis', 'Mediation in Strafzaken')} en "
                        f"{a('nl', 'samenspraak', 'Samenspraak')}. Op de pagina "
                        f"{a('nl', 'which', 'Welke past bij mij?')} ziet u de "
                        "verschillen. Liever kijken dan lezen? Bekijk de "
                        f"{a('nl', 'videos', 'video’s')}.</p>",
                    ),
                    step(
                        "Meld u aan",
                        f"<p>{a('nl', 'register', 'Meld u aan op deze website')}, "
                        "of bel ons. Een professional kan u ook aanmelden, als u dat "
                        "goed vindt. U hoeft niet te weten welke mogelijkheid bij u "
                        "past: uw aanmelding komt bij de organisatie die erbij "
                        "past.</p>"
                        "<p>Na het versturen ziet u uw aanmeldnummer. Gaf u een "
                        "e-mailadres? Dan krijgt u ook een bevestiging per e-mail.</p>",
                    ),
                    step(
                        "Wij bellen u",
                        "<p>Een medewerker van het aanmeldpunt, of van het "
                        "mediationbureau van de rechtbank, belt u op een moment dat u "
                        "koos. U kunt dan al uw vragen stellen. Wilt u liever later "
                        "contact? Dat kan ook.</p>",
                        promise=True,
                    ),
                    step(
                        "Kennismaken",
                        "<p>Bij herstelbemiddeling praat een bemiddelaar uit uw regio "
                        "met u. Over wat er is gebeurd, wat u wilt en wat u "
                        "verwacht.</p>"
                        "<p>Bij Mediation in Strafzaken bekijkt het mediationbureau "
                        "uw verzoek, samen met de officier van justitie of de rechter. "
                        "Zij beslissen of mediation kan.</p>",
                    ),
                    step(
                        "Het contact",
                        "<p>Wil de ander ook meedoen? Dan bereidt u het contact voor, "
                        "elk apart met de bemiddelaar. Daarna volgt het contact, in de "
                        "vorm die u kiest: een gesprek, brieven, boodschappen die de "
                        "bemiddelaar heen en weer brengt, of een videoboodschap. Bij "
                        "Mediation in Strafzaken zijn er twee mediators.</p>"
                        "<p>U mag altijd pauzeren of stoppen. Wil de ander geen "
                        "contact? Lees dan over "
                        f"{a('nl', 'samenspraak', 'Samenspraak')}.</p>",
                    ),
                    step(
                        "Afronden",
                        "<p>De bemiddelaar bespreekt met u hoe het ging, en rondt "
                        "samen met u af. Bij Mediation in Strafzaken kunt u afspraken "
                        "maken, ook over schade. Die komen in een slotovereenkomst. "
                        "De officier van justitie of de rechter kan die meewegen in "
                        "de strafzaak.</p>"
                        "<p>Komt er geen contact? Ook dan kunnen de stappen die u "
                        "zette al helpen.</p>",
                    ),
                ]
            ),
            paragraph(
                "<p>Deze stappen gelden voor volwassenen en voor jongeren. Bij een "
                "jongere onder de 18 moeten ook de ouders of de voogd toestemming "
                "geven.</p>"
            ),
            register(
                "Wilt u de eerste stap zetten?",
                "Meld u aan. Het is gratis en u zit nergens aan vast.",
                "Aanmelden",
            ),
        ],
    },
    en={
        "title": "Step by step: from first information to closing",
        "slug": "step-by-step",
        "intro": (
            "This is how it goes when you want contact with the other party. You "
            "decide whether to take the next step, and you may stop at any time."
        ),
        "body": [
            step_by_step(
                [
                    step(
                        "Read what is possible",
                        "<p>There are three options: "
                        f"{a('en', 'hb', 'restorative mediation')}, "
                        f"{a('en', 'mis', 'mediation in criminal cases')} and "
                        f"{a('en', 'samenspraak', 'Samenspraak')}. The page "
                        f"{a('en', 'which', 'Which one fits me?')} shows the "
                        "differences. Would you rather watch than read? See the "
                        f"{a('en', 'videos', 'videos')}.</p>",
                    ),
                    step(
                        "Register",
                        f"<p>{a('en', 'register', 'Register on this website')}, or "
                        "call us. A professional can also register you, if you "
                        "agree. You do not need to know which option fits you: your "
                        "registration goes to the organisation that fits.</p>"
                        "<p>After sending, you see your reference. Did you give an "
                        "e-mail address? Then you also get a confirmation by "
                        "e-mail.</p>",
                    ),
                    step(
                        "We call you",
                        "<p>Someone from the registration desk, or from the mediation "
                        "office of the court, calls you at a time you chose. You can "
                        "ask all your questions then. Would you rather have contact "
                        "later? That is possible too.</p>",
                        promise=True,
                    ),
                    step(
                        "Getting to know each other",
                        "<p>In restorative mediation, a mediator from your region "
                        "talks with you. About what happened, what you want and what "
                        "you expect.</p>"
                        "<p>In mediation in criminal cases, the mediation office looks "
                        "at your request together with the public prosecutor or the "
                        "judge. They decide whether mediation is possible.</p>",
                    ),
                    step(
                        "The contact",
                        "<p>Does the other person want to take part too? Then you "
                        "prepare the contact, each separately with the mediator. Then "
                        "the contact follows, in the form you choose: a conversation, "
                        "letters, messages the mediator carries back and forth, or a "
                        "video message. In mediation in criminal cases there are two "
                        "mediators.</p>"
                        "<p>You may always pause or stop. Does the other person not "
                        "want contact? Then read about "
                        f"{a('en', 'samenspraak', 'Samenspraak')}.</p>",
                    ),
                    step(
                        "Closing",
                        "<p>The mediator talks with you about how it went, and closes "
                        "it together with you. In mediation in criminal cases you can "
                        "make agreements, also about damages. They are written down "
                        "in a final agreement. The public prosecutor or the judge can "
                        "weigh it in the criminal case.</p>"
                        "<p>No contact in the end? Even then, the steps you took can "
                        "already help.</p>",
                    ),
                ]
            ),
            paragraph(
                "<p>These steps are the same for adults and for young people. For a "
                "young person under 18, the parents or guardian also need to "
                "agree.</p>"
            ),
            register(
                "Do you want to take the first step?",
                "Register. It is free and you are not committing to anything.",
                "Register",
            ),
        ],
    },
)
