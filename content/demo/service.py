"""Service pages (privacy, complaints, accessibility, contact, search) and
the site settings, in Dutch and English. Phone numbers and addresses are fictional."""

import datetime

from content.choices import AccessibilityStatus
from content.demo.spec import PageSpec, heading, paragraph
from content.models import (
    AccessibilityStatementPage,
    ContactPage,
    SearchPage,
    StandardPage,
)


def _privacy(lang: str) -> list:
    """The body of the privacy statement (provisions.md, "Who runs the portal"):
    who is responsible, purposes, the legal basis (a public task, so the wizard
    asks for no consent box), offence data, categories, recipients, the
    retention periods and cookies (blocks that read the settings), security,
    rights, the data protection officer, the Autoriteit Persoonsgegevens and the
    quick exit as it really works."""
    text = _PRIVACY_TEXT[lang]
    body = []
    for title, html in text:
        body.append(heading(title))
        if html == "RETENTION":
            body.append(("retention_periods", None))
        elif html == "COOKIES":
            body.append(("cookies", None))
        else:
            body.append(paragraph(html))
    return body


_PRIVACY_TEXT = {
    "nl": [
        (
            "Wie is verantwoordelijk voor uw gegevens?",
            "<p>Herstelwijzer werkt in opdracht van het Ministerie van Justitie en "
            "Veiligheid, samen met Perspectief Herstelbemiddeling en de "
            "mediationbureaus van de rechtbanken. Uw aanmelding komt bij één van "
            "hen: de organisatie die u terugbelt. Die organisatie is ook "
            "verantwoordelijk voor wat er daarna met uw gegevens gebeurt.</p>"
            "<p>Dit is een voorbeeldsite. Op de echte website staat hier welke "
            "organisatie verantwoordelijk is voor het aanmeldpunt, met naam en "
            "adres.</p>",
        ),
        (
            "Waarvoor wij uw gegevens gebruiken",
            "<ul>"
            "<li>om u terug te bellen, of u een brief te sturen;</li>"
            "<li>om uw aanmelding bij de organisatie te krijgen die bij u past;</li>"
            "<li>om u een bevestiging te sturen, en een herinnering als u later "
            "contact wilt;</li>"
            "<li>voor statistieken, zonder namen of andere gegevens die laten zien "
            "wie u bent.</li>"
            "</ul>"
            "<p>Wij gebruiken uw gegevens nergens anders voor.</p>",
        ),
        (
            "Waarom wij uw gegevens mogen gebruiken",
            "<p>Herstelwijzer is het centrale aanmeldpunt voor herstelrecht dat de "
            "staatssecretaris in 2025 aan de Tweede Kamer voorstelde. Het "
            "aanmeldpunt is een taak van algemeen belang. Daarom mogen wij uw "
            "gegevens gebruiken voor uw aanmelding (artikel 6, lid 1, onder e, van "
            "de AVG). Voor de aanmelding zelf vragen wij dus geen toestemming: u "
            "hoeft geen vakje aan te vinken. U kiest zelf of u zich aanmeldt. En u "
            "mag altijd stoppen. Alleen voor één ding vragen wij wel of u het goed "
            "vindt: of wij het Openbaar Ministerie om de gegevens van de ander "
            "mogen vragen.</p>"
            "<p>Meldt een professional u aan? Dat mag alleen als u dat goed "
            "vindt.</p>"
            "<p>Dit is een voorbeeldsite. Op de echte website staat hier op welke "
            "wet deze taak steunt.</p>",
        ),
        (
            "Gegevens over een strafbaar feit",
            "<p>Uw aanmelding gaat over een misdrijf of een verkeersongeval. Dat "
            "zijn gegevens over een strafbaar feit. De wet beschermt die extra "
            "(artikel 10 van de AVG en de Uitvoeringswet AVG). Daarom gebruiken "
            "wij ze alleen voor uw aanmelding, en zien alleen de medewerkers die "
            "uw aanmelding behandelen ze.</p>",
        ),
        (
            "Welke gegevens wij vragen",
            "<p>Wij vragen alleen wat nodig is om u terug te bellen en uw "
            "aanmelding bij de juiste organisatie te krijgen:</p>"
            "<ul>"
            "<li>uw naam, en hoe wij u bereiken: telefoonnummer, e-mailadres of "
            "postadres;</li>"
            "<li>wanneer en hoe wij u veilig kunnen bereiken;</li>"
            "<li>wat er is gebeurd, wie u bent in de zaak, en waar de strafzaak "
            "staat;</li>"
            "<li>uw leeftijdsgroep, uw taal, en wat u hoopt;</li>"
            "<li>als u dat wilt: gegevens over de ander;</li>"
            "<li>als een professional u aanmeldt: de naam en het telefoonnummer "
            "van die professional.</li>"
            "</ul>",
        ),
        (
            "Wie uw gegevens ziet",
            "<p>Alleen de medewerkers van de organisatie die uw aanmelding "
            "behandelt: het aanmeldpunt van Perspectief Herstelbemiddeling, of het "
            "mediationbureau van de rechtbank in uw arrondissement. Stuurt een "
            "medewerker uw aanmelding door naar een andere organisatie, dan "
            "bespreken wij dat met u.</p>"
            "<p>Het aanmeldpunt geeft uw gegevens niet aan de politie, het "
            "Openbaar Ministerie of de rechter. Bij Mediation in Strafzaken is dat "
            "anders: het mediationbureau bekijkt uw verzoek samen met de officier "
            "van justitie of de rechter. En alleen als u daar toestemming voor "
            "geeft, vragen wij het Openbaar Ministerie om de gegevens van de "
            "ander.</p>",
        ),
        ("Hoe lang wij uw gegevens bewaren", "RETENTION"),
        (
            "Hoe wij uw gegevens beveiligen",
            "<p>Uw antwoorden worden versleuteld opgeslagen, ook al tijdens het "
            "invullen. Medewerkers loggen in met een tweede stap, zoals een code "
            "op hun telefoon. In de e-mail die een team krijgt over een nieuwe "
            "aanmelding staan geen persoonsgegevens.</p>",
        ),
        (
            "Uw rechten",
            "<p>U mag uw gegevens inzien. U mag vragen om iets te verbeteren of "
            "te verwijderen. En u mag bezwaar maken tegen wat wij met uw gegevens "
            "doen.</p>"
            "<p>Wilt u dat? Bel of mail ons, en noem uw aanmeldnummer als u dat "
            "hebt. Wij vragen u eerst om te laten zien dat het om uw gegevens "
            "gaat. U krijgt binnen een maand antwoord.</p>",
        ),
        (
            "Functionaris gegevensbescherming",
            "<p>Hebt u een vraag over hoe wij met uw gegevens omgaan? Mail de "
            "functionaris gegevensbescherming: fg@herstelwijzer.example "
            "(voorbeeld).</p>",
        ),
        (
            "Een klacht over uw gegevens",
            "<p>Bent u niet tevreden over hoe wij met uw gegevens omgaan? Laat het "
            "ons eerst weten. U mag ook een klacht indienen bij de Autoriteit "
            "Persoonsgegevens.</p>",
        ),
        ("Cookies", "COOKIES"),
        (
            "Snel weg van deze website",
            "<p>Bovenaan elke pagina staat de knop <b>Snel weg</b>. Drukt u drie "
            "keer snel op de Shift-toets, dan gebeurt hetzelfde. Dit doet de "
            "knop:</p>"
            "<ul>"
            "<li>uw antwoorden die u nog niet hebt verstuurd, worden meteen "
            "gewist;</li>"
            "<li>uw browser krijgt de opdracht de cookies en opgeslagen pagina's "
            "van deze website te vergeten;</li>"
            "<li>daarna opent een neutrale website, zoals een weerbericht;</li>"
            "<li>met de terugknop komt u niet terug bij uw antwoorden.</li>"
            "</ul>"
            "<p>Wat de knop niet doet: uw browsergeschiedenis wissen. De pagina's "
            "van Herstelwijzer die u eerder bekeek, kunnen daar nog in staan. "
            "Denkt u dat iemand meekijkt op uw telefoon of computer? Gebruik dan "
            "een privévenster of incognitovenster, en wis daarna uw "
            "geschiedenis.</p>",
        ),
    ],
    "en": [
        (
            "Who is responsible for your data?",
            "<p>Herstelwijzer works on behalf of the Ministry of Justice and "
            "Security, together with Perspectief Herstelbemiddeling and the "
            "mediation offices of the courts. Your registration goes to one of "
            "them: the organisation that calls you back. That organisation is also "
            "responsible for what happens to your data after that.</p>"
            "<p>This is an example site. On the real website, this section names "
            "the organisation responsible for the registration point, with its "
            "address.</p>",
        ),
        (
            "What we use your data for",
            "<ul>"
            "<li>to call you back, or send you a letter;</li>"
            "<li>to get your registration to the organisation that fits you;</li>"
            "<li>to send you a confirmation, and a reminder if you want contact "
            "later;</li>"
            "<li>for statistics, without names or other data that show who you "
            "are.</li>"
            "</ul>"
            "<p>We do not use your data for anything else.</p>",
        ),
        (
            "Why we may use your data",
            "<p>Herstelwijzer is the central registration point for restorative "
            "justice that the State Secretary proposed to parliament in 2025. The "
            "registration point is a task in the public interest. That is why we "
            "may use your data for your registration (article 6(1)(e) of the "
            "GDPR). So for the registration itself we do not ask for consent: you "
            "do not need to tick a box. You choose yourself whether you register. "
            "And you may stop at any time. We only ask whether you agree to one "
            "thing: whether we may ask the Public Prosecution Service for the "
            "other person's details.</p>"
            "<p>Is a professional registering you? They may only do so if you "
            "agree.</p>"
            "<p>This is an example site. On the real website, this section names "
            "the law this task rests on.</p>",
        ),
        (
            "Data about a criminal offence",
            "<p>Your registration is about a crime or a traffic accident. That is "
            "data about a criminal offence. The law gives it extra protection "
            "(article 10 of the GDPR and the Dutch GDPR Implementation Act). So we "
            "only use it for your registration, and only the staff who handle your "
            "registration see it.</p>",
        ),
        (
            "Which data we ask for",
            "<p>We only ask what we need to call you back and get your "
            "registration to the right organisation:</p>"
            "<ul>"
            "<li>your name, and how to reach you: phone number, e-mail address or "
            "postal address;</li>"
            "<li>when and how we can reach you safely;</li>"
            "<li>what happened, who you are in the case, and where the criminal "
            "case stands;</li>"
            "<li>your age group, your language, and what you hope for;</li>"
            "<li>if you want: details of the other person;</li>"
            "<li>if a professional registers you: that professional's name and "
            "phone number.</li>"
            "</ul>",
        ),
        (
            "Who sees your data",
            "<p>Only the staff of the organisation that handles your registration: "
            "the registration desk of Perspectief Herstelbemiddeling, or the "
            "mediation office of the court in your district. If a staff member "
            "passes your registration on to another organisation, we discuss that "
            "with you.</p>"
            "<p>The registration point does not give your data to the police, the "
            "Public Prosecution Service or the court. Mediation in criminal cases "
            "is different: the mediation office looks at your request together "
            "with the public prosecutor or the judge. And only with your "
            "permission do we ask the Public Prosecution Service for the other "
            "person's details.</p>",
        ),
        ("How long we keep your data", "RETENTION"),
        (
            "How we protect your data",
            "<p>Your answers are stored encrypted, also while you fill them in. "
            "Staff log in with a second step, such as a code on their phone. The "
            "e-mail a team gets about a new registration holds no personal "
            "data.</p>",
        ),
        (
            "Your rights",
            "<p>You may see your data. You may ask us to correct or delete "
            "something. And you may object to what we do with your data.</p>"
            "<p>Would you like to? Call or e-mail us, and give your reference if "
            "you have it. We first ask you to show that it is your data. You get "
            "an answer within one month.</p>",
        ),
        (
            "Data protection officer",
            "<p>Do you have a question about how we handle your data? E-mail the "
            "data protection officer: fg@herstelwijzer.example (example).</p>",
        ),
        (
            "A complaint about your data",
            "<p>Not satisfied with how we handle your data? Let us know first. You "
            "may also complain to the Dutch Data Protection Authority (Autoriteit "
            "Persoonsgegevens).</p>",
        ),
        ("Cookies", "COOKIES"),
        (
            "Leaving this website quickly",
            "<p>At the top of every page there is a <b>Leave this site</b> button. "
            "Pressing the Shift key three times quickly does the same. This is "
            "what the button does:</p>"
            "<ul>"
            "<li>the answers you have not sent yet are deleted at once;</li>"
            "<li>your browser is told to forget this website's cookies and stored "
            "pages;</li>"
            "<li>then a neutral website opens, such as a weather forecast;</li>"
            "<li>the Back button does not bring you back to your answers.</li>"
            "</ul>"
            "<p>What the button does not do: clear your browsing history. The "
            "pages of Herstelwijzer you looked at before may still be in it. "
            "Worried that someone is watching your phone or computer? Use a "
            "private or incognito window, and clear your history afterwards.</p>",
        ),
    ],
}

_PRIVACY = {
    "nl": {
        "title": "Privacyverklaring",
        "slug": "privacy",
        "intro": (
            "Wat wij met uw gegevens doen, hoe lang wij ze bewaren, wat uw rechten "
            "zijn, en hoe u deze website snel verlaat."
        ),
        "body": _privacy("nl"),
    },
    "en": {
        "title": "Privacy statement",
        "slug": "privacy",
        "intro": (
            "What we do with your data, how long we keep it, what your rights are, "
            "and how to leave this website quickly."
        ),
        "body": _privacy("en"),
    },
}

SITE_SETTINGS = {
    "contact_phone": "030 000 0000",
    "contact_email": "aanmelden@herstelwijzer.example",
    "opening_hours_nl": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
    "opening_hours_en": "Monday to Friday, 9 am to 5 pm",
    "contact_details_are_examples": True,
    # provisions.md, "Who runs the portal": run on behalf of the ministry.
    "organisation_line_nl": "In opdracht van het Ministerie van Justitie en Veiligheid",
    "organisation_line_en": "On behalf of the Ministry of Justice and Security",
}

PRIVACY = PageSpec(StandardPage, nl=_PRIVACY["nl"], en=_PRIVACY["en"], key="privacy")

COMPLAINTS = PageSpec(
    StandardPage,
    key="complaints",
    nl={
        "title": "Klachten",
        "slug": "klachten",
        "intro": (
            "Bent u niet tevreden over hoe wij of een bemiddelaar u "
            "hebben geholpen? Laat het ons weten."
        ),
        "body": [
            heading("Eerst praten"),
            paragraph(
                "<p>Bespreek uw klacht eerst met uw bemiddelaar of met ons. "
                "Vaak is het dan al op te lossen.</p>"
            ),
            heading("Een klacht indienen"),
            paragraph(
                "<p>Lukt dat niet? Stuur uw klacht per e-mail of per post. "
                "Schrijf erbij waar uw klacht over gaat, en uw aanmeldnummer als "
                "u dat hebt.</p>"
                "<p>Gaat uw klacht over herstelbemiddeling? Perspectief "
                "Herstelbemiddeling heeft een eigen klachtenregeling, met een "
                "onafhankelijke klachtenadviescommissie.</p>"
            ),
        ],
    },
    en={
        "title": "Complaints",
        "slug": "complaints",
        "intro": "Not satisfied with how we or a mediator helped you? Let us know.",
        "body": [
            heading("Talk first"),
            paragraph(
                "<p>First discuss your complaint with your mediator or with "
                "us. Often it can be solved that way.</p>"
            ),
            heading("Making a complaint"),
            paragraph(
                "<p>If that does not work, send your complaint by e-mail or "
                "post. Say what your complaint is about, and give your reference "
                "if you have it.</p>"
                "<p>Is your complaint about restorative mediation? Perspectief "
                "Herstelbemiddeling has its own complaints procedure, with an "
                "independent complaints advisory committee.</p>"
            ),
        ],
    },
)

ACCESSIBILITY = PageSpec(
    AccessibilityStatementPage,
    key="accessibility",
    nl={
        "title": "Toegankelijkheidsverklaring",
        "slug": "toegankelijkheid",
        "intro": "Iedereen moet deze website kunnen gebruiken. Zo staat het ervoor.",
        # No independent audit done or planned: status D in the government's
        # model, whatever the site's own tests show.
        "status": AccessibilityStatus.NO_STEPS,
        "statement_date": datetime.date(2026, 12, 2),
        "audit_date": None,
        "evaluation": (
            "<p>Bij elke wijziging testen wij de website automatisch in de browser "
            "Chromium. Wij testen:</p>"
            "<ul>"
            "<li>alle soorten pagina's, in het Nederlands en het Engels, met het "
            "programma axe-core;</li>"
            "<li>het aanmeldformulier met alleen het toetsenbord;</li>"
            "<li>of de pagina's passen op een scherm van 320 pixels breed, ook "
            "met extra ruimte tussen letters en regels;</li>"
            "<li>of knoppen zichtbaar blijven in de contrastmodus van Windows;</li>"
            "<li>of wat de focus heeft niet achter de balk 'Snel weg' valt.</li>"
            "</ul>"
            "<p>Wij hebben de website nog niet getest met een schermlezer, en nog "
            "niet met mensen met een beperking.</p>"
        ),
        "known_problems": [
            (
                "problem",
                {
                    "problem": (
                        "In de video's hoort u niet wat er in beeld te zien is. "
                        "Een audiobeschrijving ontbreekt."
                    ),
                    "criterion": "1.2.5 Audiodescriptie (vooraf opgenomen)",
                    "measure": (
                        "Op elke videopagina staat de uitgeschreven tekst van wat "
                        "er gezegd wordt. Wij voegen daar een beschrijving van het "
                        "beeld aan toe."
                    ),
                    "planned": "",
                },
            ),
        ],
        "response_working_days": 5,
        "body": [],
    },
    en={
        "title": "Accessibility statement",
        "slug": "accessibility",
        "intro": "Everyone should be able to use this website. This is where we stand.",
        "evaluation": (
            "<p>With every change, we test the website automatically in the "
            "Chromium browser. We test:</p>"
            "<ul>"
            "<li>every kind of page, in Dutch and English, with the axe-core "
            "program;</li>"
            "<li>the registration form with the keyboard only;</li>"
            "<li>whether the pages fit a screen 320 pixels wide, also with extra "
            "space between letters and lines;</li>"
            "<li>whether buttons stay visible in Windows contrast mode;</li>"
            "<li>whether what has focus is not hidden behind the 'Leave this "
            "site' bar.</li>"
            "</ul>"
            "<p>We have not yet tested the website with a screen reader, nor with "
            "people with a disability.</p>"
        ),
        "known_problems": [
            (
                "problem",
                {
                    "problem": (
                        "The videos do not tell you what can be seen in the "
                        "picture. There is no audio description."
                    ),
                    "criterion": "1.2.5 Audio description (prerecorded)",
                    "measure": (
                        "Every video page has a transcript of what is said. We "
                        "are adding a description of the picture to it."
                    ),
                    "planned": "",
                },
            ),
        ],
        "body": [],
    },
)

CONTACT = PageSpec(
    ContactPage,
    key="contact",
    nl={
        "title": "Contact",
        "slug": "contact",
        "intro": "Heeft u een vraag? Bel of mail ons.",
        "body": [
            paragraph(
                "<p>Postadres: Herstelwijzer, Postbus 00000, 3500 AA Utrecht "
                "(voorbeeld).</p>"
            )
        ],
    },
    en={
        "title": "Contact",
        "slug": "contact",
        "intro": "Do you have a question? Call or e-mail us.",
        "body": [
            paragraph(
                "<p>Postal address: Herstelwijzer, Postbus 00000, 3500 AA "
                "Utrecht (example).</p>"
            )
        ],
    },
)

SEARCH = PageSpec(
    SearchPage,
    key="search",
    nl={"title": "Zoeken", "slug": "zoeken", "intro": ""},
    en={"title": "Search", "slug": "search", "intro": ""},
)
