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

_PRIVACY = {
    "nl": {
        "title": "Privacyverklaring",
        "slug": "privacy",
        "intro": "Hoe wij omgaan met uw gegevens, en hoe u deze website snel verlaat.",
        "body": [
            ("heading", {"text": "Snel weg van deze website", "level": "h2"}),
            (
                "paragraph",
                "<p>Bovenaan elke pagina staat de knop <b>Snel weg</b>. Die opent "
                "meteen een neutrale website, zoals een weerbericht. Drukt u drie "
                "keer snel op de Shift-toets, dan gebeurt hetzelfde. Met de "
                "terugknop van uw browser komt u niet terug op deze website.</p>"
                "<p>Denkt u dat iemand meekijkt op uw telefoon of computer? Gebruik "
                "dan ook een privévenster of incognitovenster, en wis daarna uw "
                "browsergeschiedenis. De knop Snel weg wist uw geschiedenis niet.</p>",
            ),
            ("heading", {"text": "Welke gegevens wij vragen", "level": "h2"}),
            (
                "paragraph",
                "<p>Wij vragen alleen wat nodig is om u terug te bellen en uw "
                "aanmelding bij de juiste organisatie te krijgen. Uw gegevens gaan "
                "over een strafbaar feit. Daarom mogen alleen de medewerkers die "
                "uw aanmelding behandelen ze zien.</p>",
            ),
        ],
    },
    "en": {
        "title": "Privacy statement",
        "slug": "privacy",
        "intro": "How we handle your data, and how to leave this website quickly.",
        "body": [
            ("heading", {"text": "Leaving this website quickly", "level": "h2"}),
            (
                "paragraph",
                "<p>At the top of every page there is a <b>Leave this site</b> "
                "button. It opens a neutral website, such as a weather forecast, "
                "straight away. Pressing the Shift key three times quickly does the "
                "same. The back button of your browser does not bring you back "
                "here.</p><p>Worried that someone is watching your phone or "
                "computer? Also use a private or incognito window, and clear your "
                "browsing history afterwards. The button does not clear your "
                "history.</p>",
            ),
            ("heading", {"text": "Which data we ask for", "level": "h2"}),
            (
                "paragraph",
                "<p>We only ask what we need to call you back and to pass your "
                "registration to the right organisation. Your data is about a "
                "criminal offence, so only the staff who handle your registration "
                "may see it.</p>",
            ),
        ],
    },
}

SITE_SETTINGS = {
    "contact_phone": "030 000 0000",
    "contact_email": "aanmelden@herstelwijzer.example",
    "opening_hours_nl": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
    "opening_hours_en": "Monday to Friday, 9 am to 5 pm",
    "contact_details_are_examples": True,
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
                "Binnen twee weken hoort u van ons. Een onafhankelijke "
                "klachtenadviescommissie kan uw klacht beoordelen.</p>"
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
                "post. You hear from us within two weeks. An independent "
                "complaints advisory committee can assess your complaint.</p>"
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
