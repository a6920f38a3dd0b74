"""The youth pages: short sentences, "je/you", for a young person something was done
to as much as for one who did something. Each page ends (its template) with the
other youth pages and the youth entry to the sign-up form; the help it names is the
help the project brief names."""

from content.demo.spec import PageSpec, heading, paragraph, register
from content.models import YouthLandingPage, YouthPage

HELP_NL = {
    "slachtofferhulp": (
        '<a href="https://www.slachtofferhulp.nl/">Slachtofferhulp Nederland</a>'
    ),
    "veilig-thuis": '<a href="https://veiligthuis.nl/">Veilig Thuis</a>',
    "csg": '<a href="https://centrumseksueelgeweld.nl/">Centrum Seksueel Geweld</a>',
}


def help_nl(*names: str) -> tuple:
    items = "".join(f"<li>{HELP_NL[name]}</li>" for name in names)
    return paragraph(
        "<p><b>Wil je nu met iemand praten?</b> Dat kan hier, ook zonder je aan "
        f"te melden:</p><ul>{items}</ul>"
    )


def help_en(*names: str) -> tuple:
    labels = {
        "slachtofferhulp": "(victim support)",
        "veilig-thuis": "(abuse at home)",
        "csg": "(sexual violence)",
    }
    items = "".join(f"<li>{HELP_NL[name]} {labels[name]}</li>" for name in names)
    return paragraph(
        "<p><b>Do you want to talk to someone now?</b> You can here, also without "
        f"signing up:</p><ul>{items}</ul>"
    )


def question(key, nl: tuple, en: tuple) -> PageSpec:
    """nl and en: (title, slug, intro, body)."""
    return PageSpec(
        YouthPage,
        key=key,
        nl=dict(zip(("title", "slug", "intro", "body"), nl, strict=True)),
        en=dict(zip(("title", "slug", "intro", "body"), en, strict=True)),
    )


WHAT_HAPPENS = question(
    "youth-what-happens",
    (
        "Wat gebeurt er als je je aanmeldt?",
        "wat-gebeurt-er",
        "Stap voor stap, en jij beslist mee.",
        [
            paragraph(
                "<p>Je meldt je aan met het formulier. Dat duurt een paar minuten. "
                "Je mag ook iemand vragen om je te helpen, zoals een ouder, een "
                "mentor of iemand van de jeugdhulp.</p><p>Daarna bellen we je. We "
                "vertellen wat herstelbemiddeling is. Je kunt alles vragen.</p>"
            ),
            heading("Eerst praat je alleen"),
            paragraph(
                "<p>Een bemiddelaar praat eerst alleen met jou. Wat is er gebeurd? "
                "Wat wil je? Wat wil je niet? De bemiddelaar kiest geen kant.</p>"
                "<p>Wil je verder? Dan vraagt de bemiddelaar aan de ander of die "
                "ook wil. Die krijgt ook eerst een eigen gesprek.</p>"
            ),
            heading("Daarna kies je hoe"),
            paragraph(
                "<p>Jullie kunnen praten, samen met de bemiddelaar. Je kunt ook een "
                "brief schrijven. Of de bemiddelaar brengt berichten heen en weer. "
                "Dan zie je de ander niet.</p><p>Ben je jonger dan 18? Dan moet een "
                "ouder of voogd ook ja zeggen. Je kunt altijd een pauze nemen of "
                "stoppen. Ook als het contact niet doorgaat, kunnen de gesprekken "
                "je helpen.</p>"
            ),
            help_nl("slachtofferhulp"),
        ],
    ),
    (
        "What happens when you sign up?",
        "what-happens",
        "Step by step, and you have a say.",
        [
            paragraph(
                "<p>You sign up with the form. It takes a few minutes. You can ask "
                "someone to help you, like a parent, a teacher or a youth worker."
                "</p><p>Then we call you. We tell you what restorative mediation "
                "is. You can ask anything.</p>"
            ),
            heading("First you talk on your own"),
            paragraph(
                "<p>A mediator first talks with you alone. What happened? What do "
                "you want? What do you not want? The mediator does not take sides."
                "</p><p>Do you want to go on? Then the mediator asks the other "
                "person if they want to take part too. They get their own talk "
                "first as well.</p>"
            ),
            heading("Then you choose how"),
            paragraph(
                "<p>You can talk, with the mediator there. You can also write a "
                "letter. Or the mediator carries messages back and forth, so you do "
                "not see the other person.</p><p>Are you under 18? Then a parent or "
                "guardian also needs to say yes. You can always take a break or "
                "stop. Even if there is no contact in the end, the talks can help "
                "you.</p>"
            ),
            help_en("slachtofferhulp"),
        ],
    ),
)

DONE_TO_YOU = question(
    "youth-done-to-you",
    (
        "Iemand heeft jou iets aangedaan",
        "iemand-heeft-jou-iets-aangedaan",
        "Het is niet jouw schuld. Jij bepaalt wat je wilt.",
        [
            paragraph(
                "<p>Ben je geslagen, bedreigd, beroofd of misbruikt? Dat is heel "
                "erg. Het is nooit jouw schuld. Ook niet als je de ander kent.</p>"
                "<p>Misschien heb je vragen. Waarom ik? Weet die persoon wat dit met "
                "mij doet? Gebeurt het weer? Of misschien wil je gewoon dat het "
                "stopt.</p>"
            ),
            heading("Wat kan herstelbemiddeling doen?"),
            paragraph(
                "<p>Met hulp van een bemiddelaar kun je de ander laten weten wat er "
                "met je is gebeurd. Je kunt vragen stellen. Soms voel je je daarna "
                "minder bang. Dat hoeft niet, en dat is ook goed.</p><p>Je hoeft de "
                "ander niet te zien. Een brief kan ook. Of de bemiddelaar brengt je "
                "vragen over. Je kiest zelf. Je mag altijd stoppen.</p>"
            ),
            heading("Is het thuis gebeurd?"),
            paragraph(
                "<p>Doet iemand thuis je pijn, of voel je je thuis niet veilig? "
                "Vertel het aan iemand die je vertrouwt. Veilig Thuis helpt je. "
                "Na seksueel geweld kun je terecht bij het Centrum Seksueel "
                "Geweld. Aangifte bij de politie is dan niet nodig om mee te doen "
                "aan herstelbemiddeling.</p><p>Wil je niet dat je ouders het "
                "weten? Vertel het ons. We zoeken samen wat veilig is.</p>"
            ),
            help_nl("veilig-thuis", "csg", "slachtofferhulp"),
        ],
    ),
    (
        "Someone did something to you",
        "someone-did-something-to-you",
        "It is not your fault. You decide what you want.",
        [
            paragraph(
                "<p>Were you hit, threatened, robbed or abused? That is very bad. "
                "It is never your fault. Not even if you know the other person.</p>"
                "<p>Maybe you have questions. Why me? Does that person know what "
                "this does to me? Will it happen again? Or maybe you just want it "
                "to stop.</p>"
            ),
            heading("What can restorative mediation do?"),
            paragraph(
                "<p>With the help of a mediator, you can let the other person know "
                "what happened to you. You can ask questions. Some people feel less "
                "afraid afterwards. Not everyone does, and that is fine too.</p>"
                "<p>You do not have to see the other person. A letter is possible "
                "too. Or the mediator passes on your questions. You choose. You can "
                "always stop.</p>"
            ),
            heading("Did it happen at home?"),
            paragraph(
                "<p>Does someone at home hurt you, or do you not feel safe at home? "
                "Tell someone you trust. Veilig Thuis can help you. After sexual "
                "violence, you can go to the Centrum Seksueel Geweld. You do not "
                "need to report it to the police to take part in restorative "
                "mediation.</p><p>Do you not want your parents to know? Tell us. "
                "We will work out together what is safe.</p>"
            ),
            help_en("veilig-thuis", "csg", "slachtofferhulp"),
        ],
    ),
)

I_DID_IT = question(
    "youth-i-did-it",
    (
        "Jij hebt iemand iets aangedaan",
        "als-ik-het-heb-gedaan",
        "Je kunt verantwoordelijkheid nemen voor wat je deed.",
        [
            paragraph(
                "<p>Heb je iemand geslagen, bedreigd, beroofd of iets van iemand "
                "kapotgemaakt? Dan heeft die ander daar last van. Soms lang.</p>"
                "<p>Misschien wil je sorry zeggen. Of uitleggen hoe het kwam. Of "
                "iets goedmaken. Herstelbemiddeling kan je daarbij helpen.</p>"
            ),
            heading("Wat moet je doen?"),
            paragraph(
                "<p>Je moet eerlijk zeggen wat jouw deel was. Je hoeft niet alles "
                "goed te praten. Het gaat erom dat je laat zien dat je snapt wat je "
                "deed.</p><p>Een bemiddelaar praat eerst alleen met jou. Daarna "
                "vraagt die aan de ander of die contact wil. Zegt de ander nee? Dan "
                "gaat het niet door. Dat is dan de keuze van de ander.</p>"
            ),
            heading("En de politie of de rechter?"),
            paragraph(
                "<p>Herstelbemiddeling staat los van je strafzaak. Het maakt je "
                "straf niet lichter en niet zwaarder. Het kan voor, tijdens of na "
                "een strafzaak. Ook als je vastzit in een jeugdinrichting.</p><p>Je "
                "kunt je zelf aanmelden. Of vraag het aan je begeleider, zoals "
                "iemand van de Raad voor de Kinderbescherming of de reclassering. "
                "Ben je jonger dan 18? Dan moet een ouder of voogd ook ja zeggen.</p>"
            ),
            help_nl("slachtofferhulp"),
        ],
    ),
    (
        "You did something to someone",
        "what-if-i-did-it",
        "You can take responsibility for what you did.",
        [
            paragraph(
                "<p>Did you hit, threaten or rob someone, or break something of "
                "theirs? Then the other person suffers from it. Sometimes for a long "
                "time.</p><p>Maybe you want to say sorry. Or explain how it "
                "happened. Or make up for it. Restorative mediation can help you "
                "with that.</p>"
            ),
            heading("What do you need to do?"),
            paragraph(
                "<p>You need to be honest about your part. You do not have to make "
                "excuses for everything. What matters is that you show you "
                "understand what you did.</p><p>A mediator first talks with you "
                "alone. Then they ask the other person if they want contact. Does "
                "the other person say no? Then it does not go ahead. That is their "
                "choice.</p>"
            ),
            heading("And the police or the judge?"),
            paragraph(
                "<p>Restorative mediation is separate from your criminal case. It "
                "does not make your sentence lighter or heavier. It is possible "
                "before, during or after a case. Also if you are in a youth custody "
                "centre.</p><p>You can sign up yourself. Or ask the person who "
                "supports you, like someone from the Child Protection Board or the "
                "probation service. Are you under 18? Then a parent or guardian "
                "also needs "
                "to say yes.</p>"
            ),
            help_en("slachtofferhulp"),
        ],
    ),
)

ONLINE = question(
    "youth-online",
    (
        "Iets online: berichten, foto's, filmpjes",
        "iets-online",
        "Online schade is echte schade.",
        [
            paragraph(
                "<p>Word je online bedreigd of uitgescholden? Is er een naaktfoto of "
                "filmpje van jou rondgestuurd zonder dat je dat wilde? Dat is heel "
                "naar. En het is niet jouw schuld. Ook niet als je de foto zelf aan "
                "iemand gaf.</p><p>Een foto of filmpje van iemand anders "
                "doorsturen zonder toestemming kan strafbaar zijn. Net als online "
                "bedreigen.</p>"
            ),
            heading("Is het jou overkomen?"),
            paragraph(
                "<p>Vertel het aan iemand die je vertrouwt. Je staat er niet alleen "
                "voor. Bij het Centrum Seksueel Geweld en bij Slachtofferhulp "
                "Nederland kun je terecht.</p>"
                "<p>Wil je de ander laten weten wat dit met je doet? Of vragen "
                "waarom? Dat kan met herstelbemiddeling. Je hoeft de ander niet te "
                "zien.</p>"
            ),
            heading("Heb jij iets gestuurd of gedeeld?"),
            paragraph(
                "<p>Dan kun je daar verantwoordelijkheid voor nemen. Stuur het niet "
                "verder door. Met herstelbemiddeling kun je de ander laten weten "
                "dat je snapt wat je deed, als die ander dat wil.</p><p>Ben je "
                "jonger dan 18? Dan moet een ouder of voogd ook ja zeggen om mee "
                "te doen.</p>"
            ),
            help_nl("csg", "slachtofferhulp"),
        ],
    ),
    (
        "Something online: messages, photos, videos",
        "something-online",
        "Harm online is real harm.",
        [
            paragraph(
                "<p>Are you being threatened or called names online? Was a nude "
                "photo or video of you sent around when you did not want that? "
                "That is awful. And it is not your fault. Not even if you gave "
                "someone the photo yourself.</p><p>Sending on a photo or video of "
                "someone without their consent can be a crime. So can threatening "
                "someone online.</p>"
            ),
            heading("Did it happen to you?"),
            paragraph(
                "<p>Tell someone you trust. You are not alone in this. The Centrum "
                "Seksueel Geweld and "
                "Slachtofferhulp Nederland can help you.</p><p>Do you want to let "
                "the other person know what this does to you? Or ask them why? "
                "Restorative mediation can help with that. You do not have to see "
                "them.</p>"
            ),
            heading("Did you send or share something?"),
            paragraph(
                "<p>Then you can take responsibility for it. Do not send it on any "
                "further. With restorative mediation, you can let the other person "
                "know that you understand what you did, if they want that.</p><p>"
                "Are you under 18? Then a parent or guardian also needs to say yes "
                "to you taking part.</p>"
            ),
            help_en("csg", "slachtofferhulp"),
        ],
    ),
)

SCHOOL = question(
    "youth-school",
    (
        "Geweld of bedreiging op school",
        "op-school",
        "Ook na iets op school of onderweg kan herstelbemiddeling.",
        [
            paragraph(
                "<p>Ben je op school of onderweg geslagen, geschopt of bedreigd? Of "
                "heb jij dat bij iemand gedaan? Dat kan nog lang doorwerken. Je ziet "
                "elkaar misschien elke dag. Dat maakt het extra moeilijk.</p>"
            ),
            heading("Wat kan herstelbemiddeling doen?"),
            paragraph(
                "<p>Een bemiddelaar praat eerst met jou alleen, en apart met de "
                "ander. Niemand hoeft iets wat hij of zij niet wil. Als jullie "
                "allebei willen, is er contact: een gesprek, een brief of berichten "
                "via de bemiddelaar.</p><p>Wie iemand pijn heeft gedaan, moet dat "
                "eerlijk toegeven. Het gaat er niet om wie de meeste schuld heeft. "
                "Het gaat om wat er is gebeurd, en wat nodig is om verder te "
                "kunnen.</p>"
            ),
            heading("En de school?"),
            paragraph(
                "<p>Je kunt je zelf aanmelden. Een mentor of vertrouwenspersoon kan "
                "je ook aanmelden, maar alleen als jij dat goed vindt. "
                "Herstelbemiddeling staat los van straffen van school of politie."
                "</p><p>Ben je jonger dan 18? Dan moet een ouder of voogd ook ja "
                "zeggen. Voelt iets niet veilig? Vertel het ons.</p>"
            ),
            help_nl("slachtofferhulp"),
        ],
    ),
    (
        "Violence or threats at school",
        "at-school",
        "Restorative mediation is possible after something at school or on the way.",
        [
            paragraph(
                "<p>Were you hit, kicked or threatened at school or on the way "
                "there? Or did you do that to someone? It can stay with you for a "
                "long time. You may see each other every day. That makes it extra "
                "hard.</p>"
            ),
            heading("What can restorative mediation do?"),
            paragraph(
                "<p>A mediator first talks with you alone, and separately with the "
                "other person. Nobody has to do anything they do not want to. If "
                "you both want to, there is contact: a conversation, a letter or "
                "messages through the mediator.</p><p>Whoever hurt someone has to "
                "admit it honestly. It is not about who is most to blame. It is "
                "about what happened, and what is needed to move on.</p>"
            ),
            heading("And the school?"),
            paragraph(
                "<p>You can sign up yourself. A teacher or school counsellor can "
                "also sign you up, but only if you agree. Restorative mediation is "
                "separate from any punishment by the school or the police.</p><p>"
                "Are you under 18? Then a parent or guardian also needs to say yes. "
                "Does something not feel safe? Tell us.</p>"
            ),
            help_en("slachtofferhulp"),
        ],
    ),
)

PARENTS = question(
    "youth-parents",
    (
        "Ouders en privacy",
        "moeten-mijn-ouders-het-weten",
        "Moeten je ouders het weten? En wie hoort wat je vertelt?",
        [
            paragraph(
                "<p>Ben je jonger dan 18? Dan moet een ouder of voogd ook "
                "toestemming geven voordat je meedoet. Dat is een regel. Het "
                "formulier vraagt daarom of je ouder of verzorger het weet.</p>"
            ),
            heading("Vind je dat lastig?"),
            paragraph(
                "<p>Misschien schaam je je. Of weet je niet hoe je ouders reageren. "
                "Of willen je ouders het niet. Dat komt vaker voor. Vertel het ons. "
                "We denken met je mee, en we kunnen helpen om het te vertellen.</p>"
                "<p>Is het niet veilig als je ouders het weten? Bijvoorbeeld omdat "
                "er thuis iets gebeurt? Zeg dat dan. Vul hun gegevens alleen in als "
                "dat veilig is. Veilig Thuis kan je helpen.</p>"
            ),
            heading("Wie hoort wat je vertelt?"),
            paragraph(
                "<p>Alleen de mensen die je aanmelding behandelen, zien je "
                "gegevens. Wij vertellen de ander niets zonder dat jij dat goed "
                "vindt. Wat je met de bemiddelaar bespreekt, gaat niet naar de "
                "politie of de rechter: herstelbemiddeling staat los van de "
                "strafzaak.</p><p>Wil je niet dat iemand ziet dat je op deze website "
                "was? Gebruik de knop Snel weg. Wis daarna je geschiedenis.</p>"
            ),
            help_nl("veilig-thuis", "slachtofferhulp"),
        ],
    ),
    (
        "Parents and privacy",
        "do-my-parents-need-to-know",
        "Do your parents need to know? And who hears what you say?",
        [
            paragraph(
                "<p>Are you under 18? Then a parent or guardian also needs to agree "
                "before you take part. That is a rule. This is why the form asks "
                "whether your parent or carer knows.</p>"
            ),
            heading("Do you find that hard?"),
            paragraph(
                "<p>Maybe you feel ashamed. Or you do not know how your parents "
                "will react. Or your parents do not want it. That happens more "
                "often. Tell us. We will think it through with you, and we can help "
                "you tell them.</p><p>Is it not safe for your parents to know? For "
                "example because something is happening at home? Then say so. Only "
                "fill in their details if that is safe. Veilig Thuis can help you."
                "</p>"
            ),
            heading("Who hears what you say?"),
            paragraph(
                "<p>Only the people who handle your sign-up see your details. We "
                "tell the other person nothing unless you agree. What you discuss "
                "with the mediator does not go to the police or the judge: "
                "restorative mediation is separate from the criminal case.</p><p>"
                "Do you not want anyone to see you were on this website? Use the "
                "Leave this site button. Then clear your history.</p>"
            ),
            help_en("veilig-thuis", "slachtofferhulp"),
        ],
    ),
)

HALT = question(
    "youth-halt",
    (
        "Halt of herstelbemiddeling?",
        "halt-of-herstelbemiddeling",
        "Twee verschillende dingen. Dit is het verschil.",
        [
            heading("Halt"),
            paragraph(
                "<p>Halt is voor jongeren van 12 tot 18 jaar die iets strafbaars "
                "hebben gedaan. De politie of het OM stuurt je naar Halt. Meestal "
                "gaat het om de eerste keer dat "
                "je met de politie te maken hebt.</p><p>Je moet toegeven wat je "
                "deed. Je schrijft bijvoorbeeld een excuusbrief, of je hebt een "
                "gesprek met de ander. Rond je Halt goed af? Dan stopt de zaak. In "
                "principe krijg je dan geen strafblad.</p><p>Halt is niet helemaal "
                "vrijwillig: rond je het niet af, dan kan je zaak verder gaan. "
                "Vanaf 18 jaar kan Halt niet meer.</p>"
            ),
            heading("Herstelbemiddeling"),
            paragraph(
                "<p>Herstelbemiddeling is altijd vrijwillig, voor jou en voor de "
                "ander. Het is geen straf. Het staat los van je strafzaak en maakt "
                "die niet lichter of zwaarder.</p><p>Het kan na alles wat strafbaar "
                "is, ook na iets ernstigs. Het kan op elk moment: voor, tijdens of "
                "na een strafzaak, ook als je al bij Halt bent geweest. En het is "
                "er niet alleen voor wie iets deed. Ook als jou iets is aangedaan, "
                "kun je je aanmelden.</p><p>Ben je jonger dan 18? Dan moet een "
                "ouder of voogd ook ja zeggen.</p>"
            ),
            help_nl("slachtofferhulp"),
        ],
    ),
    (
        "Halt or restorative mediation?",
        "halt-or-restorative-mediation",
        "Two different things. This is the difference.",
        [
            heading("Halt"),
            paragraph(
                "<p>Halt is for young people aged 12 to 18 who did something "
                "against the law. The police or the OM send you to Halt. Usually it "
                "is about the first time you are in "
                "trouble with the police.</p><p>You have to admit what you did. For "
                "example, you write a letter of apology, or you have a conversation "
                "with the other person. Do you complete Halt? Then the case stops. "
                "In principle, you then do not get a criminal record.</p><p>Halt is "
                "not fully voluntary: if you do not complete it, your case can go "
                "on. From 18, Halt is no longer possible.</p>"
            ),
            heading("Restorative mediation"),
            paragraph(
                "<p>Restorative mediation is always voluntary, for you and for the "
                "other person. It is not a punishment. It is separate from your "
                "criminal case and does not make it lighter or heavier.</p><p>It is "
                "possible after anything against the law, also after something "
                "serious. It is possible at any moment: before, during or after a "
                "criminal case, also if you have already been to Halt. And it is not "
                "only for those who did something. If something was done to you, "
                "you can sign up too.</p><p>Are you under 18? Then a parent or "
                "guardian also needs to say yes.</p>"
            ),
            help_en("slachtofferhulp"),
        ],
    ),
)

YOUTH = PageSpec(
    YouthLandingPage,
    key="youth",
    nl={
        "title": "Jongeren",
        "slug": "jongeren",
        "illustration": "youth",
        "illustration_alt": (
            "Tekening: twee jongeren zitten op een bank en praten met elkaar."
        ),
        "intro": (
            "Heeft iemand jou iets aangedaan? Of heb jij iemand anders iets "
            "aangedaan? Hier lees je wat je kunt doen. Jij kiest zelf."
        ),
        "body": [
            paragraph(
                "<p>Je kunt met hulp van een bemiddelaar contact hebben met de ander. "
                "Of juist niet: je kiest zelf of je meedoet. Je mag altijd stoppen. "
                "Het is gratis.</p>"
            ),
            help_nl("veilig-thuis", "csg", "slachtofferhulp"),
            register("Wil je je aanmelden?", "Aanmelden is nog geen ja.", "Aanmelden"),
        ],
    },
    en={
        "title": "Young people",
        "slug": "young-people",
        "illustration": "youth",
        "illustration_alt": (
            "Drawing: two young people sit on a bench and talk with each other."
        ),
        "intro": (
            "Did someone do something to you? Or did you do something to someone "
            "else? Here you can read what you can do. You choose."
        ),
        "body": [
            paragraph(
                "<p>With the help of a mediator, you can have contact with the other "
                "person. Or not: you choose whether you take part. You can always "
                "stop. It is free.</p>"
            ),
            help_en("veilig-thuis", "csg", "slachtofferhulp"),
            register("Want to sign up?", "Signing up is not yet a yes.", "Sign up"),
        ],
    },
    children=[DONE_TO_YOU, I_DID_IT, ONLINE, SCHOOL, PARENTS, HALT, WHAT_HAPPENS],
)
