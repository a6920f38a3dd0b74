"""Frequently asked questions by topic, in Dutch and English. Every answer starts
with the short answer; the facts are those of the project brief. Where the sources
say nothing (interpreters, waiting times, bringing someone along), the answer says
only what the portal itself does and that the desk talks it through."""

from content.demo.spec import PageSpec
from content.models import FaqPage


def topic(heading: str, items: list[tuple[str, str]]) -> tuple:
    return (
        "topic",
        {
            "heading": heading,
            "items": [
                {"question": q, "answer": a if a.startswith("<") else f"<p>{a}</p>"}
                for q, a in items
            ],
        },
    )


NL = [
    topic(
        "Aanmelden en meedoen",
        [
            (
                "Hoe meld ik me aan?",
                "Via het aanmeldformulier op deze website, of telefonisch. Daarna "
                "neemt het aanmeldpunt contact met u op. Aanmelden is nog geen ja: "
                "u beslist later of u echt meedoet.",
            ),
            (
                "Moet ik aangifte hebben gedaan?",
                "Meestal wel. Na seksueel geweld is aangifte niet nodig, ook niet als "
                "het lang geleden is. Meedoen neemt uw recht op aangifte nooit weg.",
            ),
            (
                "Kan ik me ook aanmelden als verdachte of dader?",
                "Ja. Iedereen kan de eerste stap zetten: slachtoffer, nabestaande, "
                "verdachte, dader of veroorzaker. Wel moet u verantwoordelijkheid "
                "nemen voor uw eigen deel. In [jaar:ph-initiatief-daders-2024] nam "
                "de dader in [cijfer:ph-initiatief-daders-2024] van de zaken het "
                "initiatief.",
            ),
            (
                "Hoe lang moet ik wachten?",
                "<p>Op het eerste telefoontje niet lang. Na uw aanmelding ziet u op "
                "het scherm en in de bevestiging wanneer wij u bellen.</p><p>Hoe lang "
                "de rest duurt, verschilt. De bemiddelaar bereidt ieder apart voor, "
                "en dat kost tijd. Na seksueel geweld is de voorbereiding vaak "
                "langer. U bepaalt mee hoe snel het gaat.</p>",
            ),
            (
                "Ik spreek weinig Nederlands. Kan ik toch meedoen?",
                "Ja. Deze website en het aanmeldformulier zijn er ook in het Engels. "
                "Het formulier vraagt in welke taal u wilt praten en of u een tolk "
                "nodig heeft. Het aanmeldpunt bespreekt daarna met u wat mogelijk "
                "is.",
            ),
            (
                "Mag ik iemand meenemen?",
                "Dat kunt u bespreken. Vertel bij het eerste gesprek wie u wilt "
                "meenemen, bijvoorbeeld een naaste of iemand van Slachtofferhulp "
                "Nederland. De bemiddelaar bekijkt met u wat kan. Ook naasten kunnen "
                "zelf meedoen aan herstelbemiddeling.",
            ),
            (
                "Het gaat om een ruzie met de buren. Is dit iets voor mij?",
                "Dat hangt ervan af. Gaat het om een burenruzie zonder geweld? Dan "
                "past buurtbemiddeling beter, nog voordat politie of justitie erbij "
                "komt. Is er een strafbaar feit gepleegd, zoals geweld of "
                "bedreiging? Dan kunt u zich hier aanmelden.",
            ),
        ],
    ),
    topic(
        "De andere partij",
        [
            (
                "Ik weet niet wie het heeft gedaan. Kan ik me toch aanmelden?",
                "Ja, maar contact met de dader zelf is dan niet mogelijk. "
                "Herstelbemiddeling is contact tussen mensen die bij hetzelfde "
                "voorval betrokken waren. Wij bespreken met u wat er wel kan. Soms "
                "is er een Samenspraak-groep: daarin praten mensen die hetzelfde "
                "soort delict meemaakten. Voor steun kunt u ook terecht bij "
                "Slachtofferhulp Nederland.",
            ),
            (
                "De andere partij is overleden. Kan er dan nog iets?",
                "Soms wel. Is het slachtoffer overleden? Dan kunnen nabestaanden "
                "meedoen, bijvoorbeeld na een verkeersongeval. Is de dader of "
                "veroorzaker overleden? Dan is contact met die persoon niet meer "
                "mogelijk. Meld u gerust aan: wij bespreken met u wat er wel kan.",
            ),
            (
                "De dader zit in de gevangenis. Kan het dan?",
                "Ja. Herstelbemiddeling kan ook tijdens en na detentie. Een "
                "gedetineerde kan zich zelf aanmelden of via de gevangenis. Als "
                "slachtoffer kunt u zich ook aanmelden terwijl de dader vastzit.",
            ),
            (
                "Hoe komen jullie aan de gegevens van de andere partij?",
                "<p>Die hoeft u niet zelf te hebben. Perspectief Herstelbemiddeling "
                "vraagt ze meestal op bij het OM of de politie. Wat u weet, zoals "
                "een naam of hoe u elkaar kent, helpt wel.</p><p>Is de zaak "
                "geseponeerd of is de verdachte vrijgesproken? Dan geeft het OM "
                "weinig of geen gegevens door. In [jaar:ph-geen-gegevens-2024] kon "
                "herstelbemiddeling daardoor bij [cijfer:ph-geen-gegevens-2024] "
                "aanmeldingen niet verder. Het formulier vraagt daarom of wij de "
                "gegevens bij het OM mogen opvragen.</p>",
            ),
            (
                "Wat als de andere partij geen contact wil?",
                "Dan gaat het contact niet door. Niemand wordt overgehaald. De "
                "gesprekken die u al had, kunnen toch helpen: iedere stap telt. Soms "
                "past een Samenspraak-groep, met mensen die hetzelfde soort delict "
                "meemaakten.",
            ),
            (
                "Hoor ik waarom de ander nee zegt?",
                "Soms. De bemiddelaar vertelt u wat de ander daarover wil delen, en "
                "niet meer dan dat.",
            ),
            (
                "Kan de ander later alsnog ja zeggen?",
                "Ja, dat gebeurt. Herstelbemiddeling kan ook jaren later nog. Na een "
                "nee vraagt de bemiddelaar het alleen opnieuw als dat verstandig is. "
                "U kunt zich later ook opnieuw aanmelden.",
            ),
        ],
    ),
    topic(
        "Privacy",
        [
            (
                "Wie ziet mijn gegevens?",
                "Alleen de medewerkers die uw aanmelding behandelen. Wij delen niets "
                "met de andere partij zonder uw toestemming.",
            ),
            (
                "Hoe lang bewaren jullie mijn gegevens?",
                "Niet langer dan nodig. Na afronding worden persoonlijke gegevens na "
                "een vaste termijn verwijderd. In de privacyverklaring staat hoe "
                "lang.",
            ),
            (
                "Kan iemand zien dat ik deze website bezocht?",
                "Misschien wel. Gebruik een privévenster en de knop Snel weg. Wis "
                "daarna uw browsergeschiedenis.",
            ),
        ],
    ),
    topic(
        "De strafzaak",
        [
            (
                "Heeft herstelbemiddeling invloed op de strafzaak?",
                "Nee. Herstelbemiddeling staat los van de strafzaak en heeft geen "
                "invloed op de uitkomst. Het gaat om uw ervaring, niet om wie gelijk "
                "heeft.",
            ),
            (
                "Wat hoort de rechter of de officier van justitie?",
                "<p>Bij herstelbemiddeling niets: dat staat los van de strafzaak.</p>"
                "<p>Bij mediation in strafzaken zijn de gesprekken vertrouwelijk. "
                "Alleen als u dat samen wilt, zetten de deelnemers afspraken op "
                "papier in een slotovereenkomst. De officier van justitie of de "
                "rechter weegt die mee. Na een geslaagde mediation kan de rechter "
                "de zaak soms beëindigen.</p>",
            ),
            (
                "Kan ik nog aangifte doen als ik meedoe?",
                "Ja. Meedoen neemt uw recht op aangifte nooit weg.",
            ),
            (
                "Wat is het verschil met mediation in strafzaken?",
                "Mediation in strafzaken gebeurt tijdens een lopende strafzaak. De "
                "officier van justitie of de rechter verwijst de zaak door. Het gaat "
                "ook om afspraken over schade, en die afspraken kunnen meewegen. "
                "Herstelbemiddeling kan op elk moment en staat los van de zaak.",
            ),
        ],
    ),
    topic(
        "Kosten",
        [
            (
                "Kost herstelbemiddeling geld?",
                "Nee. Herstelbemiddeling is gratis voor alle deelnemers. Het "
                "ministerie van Justitie en Veiligheid betaalt het.",
            ),
            (
                "Kost mediation in strafzaken geld?",
                "Nee, niet voor de deelnemers.",
            ),
            (
                "Krijg ik reiskosten vergoed?",
                "Vraag het aan uw bemiddelaar. Die bespreekt met u wat mogelijk is.",
            ),
        ],
    ),
    topic(
        "Jongeren",
        [
            (
                "Kan ik meedoen als ik jonger ben dan 18?",
                "Ja. Voor jongeren bestaan dezelfde mogelijkheden als voor "
                "volwassenen. Lees meer op de "
                '<a href="/nl/jongeren/">pagina\'s voor jongeren</a>.',
            ),
            (
                "Moeten mijn ouders het weten?",
                "Meestal wel. Ben je jonger dan 18? Dan moet ook een ouder of voogd "
                "toestemming geven om mee te doen. Is dat lastig of niet veilig? "
                "Vertel het ons. We zoeken samen naar een oplossing.",
            ),
            (
                "Wat is het verschil met Halt?",
                "Halt is voor jongeren die iets strafbaars deden. Politie of OM "
                "stuurt je erheen, en je moet toegeven wat je deed. Als je Halt goed "
                "afrondt, word je niet verder vervolgd. Herstelbemiddeling is altijd "
                "vrijwillig en staat los van de strafzaak. Lees meer over "
                '<a href="/nl/jongeren/halt-of-herstelbemiddeling/">Halt of '
                "herstelbemiddeling</a>.",
            ),
        ],
    ),
    topic(
        "Stoppen of van gedachten veranderen",
        [
            (
                "Kan ik van gedachten veranderen?",
                "Ja. Aanmelden is nog geen ja. U kunt op elk moment zeggen dat u "
                "niet verder wilt. En wilt u later toch? Dan kunt u zich opnieuw "
                "aanmelden, ook na jaren.",
            ),
            (
                "Kan ik stoppen als ik begonnen ben?",
                "Ja, altijd en zonder uitleg.",
            ),
            (
                "Kan ik een pauze nemen?",
                "Ja. U bepaalt het tempo. Een pauze kan op elk moment.",
            ),
            (
                "Wat gebeurt er met mijn gegevens als ik stop?",
                "Wij sluiten uw aanmelding af en bewaren uw gegevens niet langer dan "
                "nodig.",
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
                "With the registration form on this website, or by phone. The "
                "registration desk then gets in touch with you. Registering is not "
                "yet a yes: you decide later whether you really take part.",
            ),
            (
                "Do I need to have reported the crime to the police?",
                "Usually yes. After sexual violence a police report is not needed, "
                "also when it happened long ago. Taking part never takes away your "
                "right to report a crime.",
            ),
            (
                "Can I register as a suspect or offender?",
                "Yes. Anyone can take the first step: a victim, bereaved relative, "
                "suspect, offender or someone who caused an accident. You do need "
                "to take responsibility for your own part. In "
                "[jaar:ph-initiatief-daders-2024], the offender took the initiative "
                "in [cijfer:ph-initiatief-daders-2024] of cases.",
            ),
            (
                "How long will I have to wait?",
                "<p>Not long for the first call. After you register, the screen and "
                "the confirmation say when we will call you.</p><p>How long the rest "
                "takes varies. The mediator prepares each person separately, and "
                "that takes time. After sexual violence the preparation is often "
                "longer. You have a say in the pace.</p>",
            ),
            (
                "I speak little Dutch. Can I still take part?",
                "Yes. This website and the registration form are also in English. "
                "The form asks which language you would like to talk in and whether "
                "you need an interpreter. The registration desk then discusses with "
                "you what is possible.",
            ),
            (
                "Can I bring someone with me?",
                "You can talk this through. At the first conversation, say who you "
                "would like to bring, for example someone close to you or someone "
                "from Slachtofferhulp Nederland (victim support). The mediator looks "
                "at what is possible with you. Relatives can also take part in "
                "restorative mediation themselves.",
            ),
            (
                "It is about a dispute with my neighbours. Is this for me?",
                "It depends. A dispute between neighbours without violence is "
                "better suited to neighbour mediation (buurtbemiddeling), before "
                "the police or the courts are involved. Was a crime committed, such "
                "as violence or threats? Then you can register here.",
            ),
        ],
    ),
    topic(
        "The other party",
        [
            (
                "I do not know who did it. Can I still register?",
                "Yes, but contact with the offender is then not possible. "
                "Restorative mediation is contact between people involved in the "
                "same event. We talk with you about what is possible. Sometimes "
                "there is a Samenspraak group, where people talk who went through "
                "the same type of offence. Slachtofferhulp Nederland can also "
                "support you.",
            ),
            (
                "The other party has died. Is anything still possible?",
                "Sometimes. If the victim died, bereaved relatives can take part, "
                "for example after a traffic accident. If the offender or the person "
                "who caused the accident died, contact with them is no longer "
                "possible. Do register: we will talk with you about what is.",
            ),
            (
                "The offender is in prison. Is it still possible?",
                "Yes. Restorative mediation is also possible during and after "
                "detention. A prisoner can register themselves or through the "
                "prison. As a victim, you can also register while the offender is "
                "in prison.",
            ),
            (
                "How do you get the other party's contact details?",
                "<p>You do not need to have them. Perspectief Herstelbemiddeling "
                "usually asks the OM or the police for them. What you know, such as "
                "a name or how you know each other, does help.</p><p>If the case was "
                "dropped or the suspect was acquitted, the OM passes on little or no "
                "contact details. In [jaar:ph-geen-gegevens-2024], "
                "[cijfer:ph-geen-gegevens-2024] registrations could not go further "
                "for this reason. That is why the form asks whether we may request "
                "the details from the OM.</p>",
            ),
            (
                "What if the other party does not want contact?",
                "Then the contact does not go ahead. Nobody is talked into it. The "
                "conversations you already had can still help: every step counts. "
                "Sometimes a Samenspraak group fits, with people who went through "
                "the same type of offence.",
            ),
            (
                "Will I hear why the other party says no?",
                "Sometimes. The mediator tells you what the other person wants to "
                "share about it, and no more.",
            ),
            (
                "Can the other party say yes later?",
                "Yes, that happens. Restorative mediation is possible years later "
                "too. After a no, the mediator only asks again when that is wise. "
                "You can also register again later.",
            ),
        ],
    ),
    topic(
        "Privacy",
        [
            (
                "Who sees my data?",
                "Only the staff who handle your registration. We share nothing with "
                "the other party without your consent.",
            ),
            (
                "How long do you keep my data?",
                "No longer than needed. After closing, personal data is deleted "
                "after a fixed period. The privacy statement says how long.",
            ),
            (
                "Can someone see that I visited this website?",
                "Possibly. Use a private window and the Leave this site button. "
                "Clear your browsing history afterwards.",
            ),
        ],
    ),
    topic(
        "The criminal case",
        [
            (
                "Does restorative mediation affect the criminal case?",
                "No. Restorative mediation is separate from the criminal case and "
                "has no influence on its outcome. It is about your experience, not "
                "about who is right.",
            ),
            (
                "What does the judge or the public prosecutor hear?",
                "<p>With restorative mediation, nothing: it is separate from the "
                "criminal case.</p><p>In mediation in criminal cases, the talks are "
                "confidential. Only if you all want to, the people taking part put "
                "agreements on paper in a final agreement. The public prosecutor or "
                "the judge takes it into account. After a successful mediation, the "
                "judge can sometimes end the case.</p>",
            ),
            (
                "Can I still report the crime if I take part?",
                "Yes. Taking part never takes away your right to report a crime.",
            ),
            (
                "How is this different from mediation in criminal cases?",
                "Mediation in criminal cases happens during a running criminal case. "
                "The public prosecutor or the judge refers the case. It is also "
                "about agreements on damages, and those agreements can count. "
                "Restorative mediation is possible at any time and is separate from "
                "the case.",
            ),
        ],
    ),
    topic(
        "Costs",
        [
            (
                "Does restorative mediation cost money?",
                "No. Restorative mediation is free for everyone who takes part. The "
                "Ministry of Justice and Security pays for it.",
            ),
            (
                "Does mediation in criminal cases cost money?",
                "No, not for the people taking part.",
            ),
            (
                "Are my travel costs paid?",
                "Ask your mediator, who will discuss with you what is possible.",
            ),
        ],
    ),
    topic(
        "Young people",
        [
            (
                "Can I take part if I am under 18?",
                "Yes. Young people have the same options as adults. Read more on "
                'the <a href="/en/young-people/">pages for young people</a>.',
            ),
            (
                "Do my parents need to know?",
                "Usually yes. If you are under 18, a parent or guardian also needs "
                "to agree to you taking part. Is that hard, or not safe? Tell us. "
                "We will look for a way together.",
            ),
            (
                "What is the difference with Halt?",
                "Halt is for young people who did something against the law. The "
                "police or the OM send you there, and you have to admit what you "
                "did. If you complete Halt, you are not prosecuted further. "
                "Restorative mediation is always voluntary and separate from the "
                "criminal case. Read more on "
                '<a href="/en/young-people/halt-or-restorative-mediation/">Halt or '
                "restorative mediation</a>.",
            ),
        ],
    ),
    topic(
        "Stopping or changing your mind",
        [
            (
                "Can I change my mind?",
                "Yes. Registering is not yet a yes. You can say at any moment that "
                "you do not want to go on. And if you want to later after all, you "
                "can register again, even years later.",
            ),
            (
                "Can I stop once I have started?",
                "Yes, always, and you do not have to explain why.",
            ),
            (
                "Can I take a break?",
                "Yes. You set the pace. A break is possible at any time.",
            ),
            (
                "What happens to my data if I stop?",
                "We close your registration and keep your data no longer than needed.",
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
            "Antwoorden op vragen over aanmelden, de andere partij, privacy, de "
            "strafzaak, kosten, jongeren en stoppen."
        ),
        "groups": NL,
    },
    en={
        "title": "Frequently asked questions",
        "slug": "frequently-asked-questions",
        "intro": (
            "Answers to questions about registering, the other party, privacy, the "
            "criminal case, costs, young people and stopping."
        ),
        "groups": EN,
    },
)
