"""Demo text for a fresh install, in Dutch and English.

Written for the portal from the facts in the project brief; communications staff
replace or extend it in Wagtail. Phone numbers and addresses are fictional.
"""

HOME = {
    "nl": {
        "title": "Herstelwijzer",
        "slug": "home",
        "intro": (
            "Na een misdrijf of een verkeersongeval kunt u, met hulp van een "
            "professional, in contact komen met de andere partij. Dat heet "
            "herstelrecht. Het is altijd vrijwillig."
        ),
        "body": [
            ("heading", {"text": "Wat is herstelrecht?", "level": "h2"}),
            (
                "paragraph",
                "<p>Slachtoffers, nabestaanden, daders en andere betrokkenen kunnen "
                "praten of schrijven over wat er is gebeurd. Een bemiddelaar bereidt "
                "het gesprek met u voor en begeleidt het. Het kan kort na het "
                "voorval, tijdens een strafzaak of jaren later.</p>",
            ),
            ("heading", {"text": "Wij bellen u binnen drie dagen", "level": "h2"}),
            (
                "paragraph",
                "<p>Meldt u zich aan? Dan belt een medewerker u binnen drie dagen. "
                "Samen bekijken we wat bij u past. "
                "Aanmelden verplicht u tot niets.</p>",
            ),
        ],
    },
    "en": {
        "title": "Herstelwijzer",
        "slug": "home-en",  # root-level siblings need distinct slugs
        "intro": (
            "After a crime or a traffic accident you can get in touch with the other "
            "party, guided by a professional. This is called restorative justice. "
            "It is always voluntary."
        ),
        "body": [
            ("heading", {"text": "What is restorative justice?", "level": "h2"}),
            (
                "paragraph",
                "<p>Victims, bereaved relatives, offenders and others involved can "
                "talk or write about what happened. A mediator prepares the contact "
                "with you and guides it. It can happen soon after the event, during "
                "a criminal case or years later.</p>",
            ),
            ("heading", {"text": "We call you within three days", "level": "h2"}),
            (
                "paragraph",
                "<p>When you register, a member of staff calls you within three "
                "days. Together we look at what suits you. Registering does not "
                "commit you to anything.</p>",
            ),
        ],
    },
}

PRIVACY = {
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
}
