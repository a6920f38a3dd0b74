"""When you mainly want it to stop: the police phase (stopgesprek, community police
officer, family liaison officer, police mediation where it exists), neighbour
mediation, where to turn, and when herstelbemiddeling fits instead. The portal
signposts these options; it does not register for them."""

from content.demo.links import a
from content.demo.spec import PageSpec, heading, paragraph, register
from content.models import StandardPage

POLICE_PHASE = PageSpec(
    StandardPage,
    key="police-phase",
    nl={
        "title": "Als u vooral wilt dat het stopt",
        "slug": "als-u-wilt-dat-het-stopt",
        "intro": (
            "Soms wilt u geen gesprek met de ander, maar vooral dat iemand ophoudt: "
            "met bedreigen, lastigvallen of overlast. Daarvoor zijn er andere wegen, "
            "vaak via de politie."
        ),
        "body": [
            heading("De vraag achter de aangifte"),
            paragraph(
                "<p>Wie aangifte doet, wil vaak meer dan straf. Bijvoorbeeld "
                "antwoorden, excuses, of dat het stopt. Voor elk van die wensen is er "
                "een andere weg. Deze pagina gaat over de tijd tussen de aangifte en "
                "het moment dat de zaak bij het Openbaar Ministerie ligt. Wat er dan "
                "kan, verschilt per regio.</p>"
                "<p>Bij uw eerste contact met de politie hebt u recht op informatie "
                "over herstelrecht. Op de kaart met uw rechten als slachtoffer staat "
                "dat u kunt vragen om contact met de dader.</p>"
            ),
            heading("Een stopgesprek"),
            paragraph(
                "<p>Bij een stopgesprek spreekt de politie iemand aan op zijn of haar "
                "gedrag, bijvoorbeeld bij stalking of bedreiging. Het doel is dat het "
                "gedrag ophoudt. U en de ander hebben daarbij geen contact met "
                "elkaar. Een stopgesprek past als u vooral wilt dat het stopt. Vraag "
                "de politie of het in uw situatie kan.</p>"
            ),
            heading("De wijkagent"),
            paragraph(
                "<p>Een wijkagent kent de buurt. Soms bemiddelt een wijkagent "
                "informeel, bijvoorbeeld als mensen in een wijk met elkaar in conflict "
                "zijn. U kunt de politie vragen wie uw wijkagent is.</p>"
            ),
            heading("De familieagent"),
            paragraph(
                "<p>Bij ernstige zaken is er soms een familieagent. Die is bij de "
                "politie het aanspreekpunt voor slachtoffers en nabestaanden. Soms "
                "helpt een familieagent ook bij contact tussen families.</p>"
            ),
            heading("Politiemediation, in sommige regio's"),
            paragraph(
                "<p>In sommige regio's werkt de politie met eigen mediators, "
                "bijvoorbeeld in Amsterdam. In Utrecht werkt een politiemediator bij "
                "huiselijk geweld en eergerelateerd geweld. Ook zijn er proeven met "
                "herstelgesprekken. Dit is niet overal hetzelfde: vraag de politie wat "
                "er in uw regio kan.</p>"
            ),
            heading("Buurtbemiddeling"),
            paragraph(
                "<p>Hebt u ruzie met uw buren, zonder geweld? Dan past "
                "buurtbemiddeling. Buurtbemiddeling helpt buren om er samen uit te "
                "komen, voordat er een strafzaak is.</p>"
            ),
            heading("Hiervoor meldt u zich niet aan via Herstelwijzer"),
            paragraph(
                "<p>Via Herstelwijzer meldt u zich aan voor herstelbemiddeling, "
                "Mediation in Strafzaken en Samenspraak. Voor een stopgesprek, de "
                "wijkagent, de familieagent, politiemediation of buurtbemiddeling "
                "neemt u zelf contact op.</p>"
            ),
            heading("Waar kunt u terecht?"),
            paragraph(
                "<ul>"
                "<li><strong>De politie</strong>: voor een stopgesprek, uw "
                "wijkagent of politiemediation. Bij direct gevaar belt u 112.</li>"
                "<li><strong>Buurtbemiddeling</strong>: bij ruzie met buren, zonder "
                "geweld.</li>"
                "<li><strong>Slachtofferhulp Nederland</strong>: voor steun en "
                "advies na een misdrijf of een verkeersongeval.</li>"
                "<li><strong>Veilig Thuis</strong>: bij huiselijk geweld en "
                "kindermishandeling.</li>"
                "<li><strong>Centrum Seksueel Geweld</strong>: na seksueel "
                "geweld.</li>"
                "</ul>"
            ),
            heading("Wanneer past herstelbemiddeling wel?"),
            paragraph(
                "<p>Wilt u meer dan dat het stopt? Wilt u vertellen wat het met u "
                "deed, vragen stellen of excuses horen? En weet u wie de ander is? "
                "Dan kan herstelbemiddeling passen, ook al terwijl de politie de zaak "
                "onderzoekt. Bij stalking is herstelbemiddeling in principe niet "
                "mogelijk; een stopgesprek past daar vaak beter.</p>"
                "<p>Ligt de zaak al bij de officier van justitie of de rechter? Dan "
                "komt Mediation in Strafzaken eerst in beeld. Lees "
                f"{a('nl', 'which', 'Welke past bij mij?')}</p>"
            ),
            register(
                "Wilt u contact met de ander?",
                "Meld u aan voor herstelbemiddeling. Aanmelden verplicht u tot niets.",
                "Aanmelden",
            ),
        ],
    },
    en={
        "title": "When you mainly want it to stop",
        "slug": "when-you-want-it-to-stop",
        "intro": (
            "Sometimes you do not want to talk with the other person: you mainly want "
            "someone to stop threatening you, harassing you or causing a nuisance. "
            "There are other ways for that, often through the police."
        ),
        "body": [
            heading("The question behind the report"),
            paragraph(
                "<p>People who report a crime often want more than punishment: "
                "answers, an apology, or for it to stop. Each of those wishes has its "
                "own way. This page is about the time between the report and the "
                "moment the case reaches the Public Prosecution Service. What is "
                "possible then differs by region.</p>"
                "<p>At your first contact with the police, you have the right to "
                "information about restorative justice. The card with your rights as "
                "a victim says that you can ask for contact with the offender.</p>"
            ),
            heading("A stop talk (stopgesprek)"),
            paragraph(
                "<p>In a stop talk, the police speak to someone about their "
                "behaviour, for example in stalking or threats. The aim is that the "
                "behaviour stops. You and the other person have no contact. A stop "
                "talk fits when your main wish is for it to stop. Ask the police "
                "whether it is possible in your situation.</p>"
            ),
            heading("The community police officer"),
            paragraph(
                "<p>A community police officer (wijkagent) knows the neighbourhood. "
                "Sometimes they mediate informally, for example when people in a "
                "neighbourhood are in conflict. You can ask the police who your "
                "community police officer is.</p>"
            ),
            heading("The family liaison officer"),
            paragraph(
                "<p>In serious cases there is sometimes a family liaison officer "
                "(familieagent): the contact point at the police for victims and "
                "bereaved relatives. A family liaison officer sometimes also helps "
                "with contact between families.</p>"
            ),
            heading("Police mediation, in some regions"),
            paragraph(
                "<p>In some regions the police work with their own mediators, for "
                "example in Amsterdam. In Utrecht a police mediator works on domestic "
                "and honour-related violence. There are also pilots with restorative "
                "conversations. This is not the same everywhere: ask the police what "
                "is possible in your region.</p>"
            ),
            heading("Neighbour mediation"),
            paragraph(
                "<p>Are you in a dispute with your neighbours, without violence? Then "
                "neighbour mediation (buurtbemiddeling) fits. It helps neighbours "
                "work things out together, before there is any criminal case.</p>"
            ),
            heading("You do not register for these through Herstelwijzer"),
            paragraph(
                "<p>Through Herstelwijzer you register for restorative mediation, "
                "mediation in criminal cases and Samenspraak. For a stop talk, the "
                "community police officer, the family liaison officer, police "
                "mediation or neighbour mediation, you get in touch yourself.</p>"
            ),
            heading("Where can you turn?"),
            paragraph(
                "<ul>"
                "<li><strong>The police</strong>: for a stop talk, your community "
                "police officer or police mediation. In immediate danger, call "
                "112.</li>"
                "<li><strong>Neighbour mediation (Buurtbemiddeling)</strong>: for a "
                "dispute with neighbours, without violence.</li>"
                "<li><strong>Victim Support Netherlands (Slachtofferhulp "
                "Nederland)</strong>: for support and advice after a crime or a "
                "traffic accident.</li>"
                "<li><strong>Veilig Thuis</strong>: for domestic violence and child "
                "abuse.</li>"
                "<li><strong>Centrum Seksueel Geweld</strong> (Sexual Assault "
                "Centre): after sexual violence.</li>"
                "</ul>"
            ),
            heading("When does restorative mediation fit instead?"),
            paragraph(
                "<p>Do you want more than for it to stop? Do you want to say what it "
                "did to you, ask questions or hear an apology? And do you know who the "
                "other person is? Then restorative mediation may fit, even while the "
                "police are still investigating. After stalking, restorative "
                "mediation is in principle not possible; a stop talk often fits "
                "better there.</p>"
                "<p>Is the case already with the public prosecutor or a judge? Then "
                "mediation in criminal cases comes first. Read "
                f"{a('en', 'which', 'Which one fits me?')}</p>"
            ),
            register(
                "Would you like contact with the other person?",
                "Register for restorative mediation. Registering does not commit you "
                "to anything.",
                "Register",
            ),
        ],
    },
)
