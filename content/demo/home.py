"""The home page in Dutch and English."""

from content.demo.spec import PageSpec
from content.models import HomePage

_HOME = {
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
            ("heading", {"text": "Na uw aanmelding bellen wij u", "level": "h2"}),
            (
                "paragraph",
                "<p>Meldt u zich aan? Dan belt een medewerker u. "
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
            ("heading", {"text": "After you register, we call you", "level": "h2"}),
            (
                "paragraph",
                "<p>When you register, a member of staff calls you. "
                "Together we look at what suits you. Registering does not "
                "commit you to anything.</p>",
            ),
        ],
    },
}

HOME = PageSpec(HomePage, nl=_HOME["nl"], en=_HOME["en"], key="home")
