"""The home page in Dutch and English. Its title is the page's only ``<h1>``: it
says what the site does (the browser tab adds "| Herstelwijzer")."""

from content.demo.links import a
from content.demo.spec import PageSpec, heading, paragraph
from content.models import HomePage

_HOME = {
    "nl": {
        "title": "Herstelrecht na een misdrijf of ongeval: uitleg en aanmelden",
        "seo_title": "Herstelrecht: uitleg en aanmelden",
        "slug": "home",
        "illustration": "conversation",
        "illustration_alt": (
            "Tekening: twee mensen praten met elkaar aan een tafel. Een "
            "bemiddelaar zit erbij."
        ),
        "intro": (
            "Herstelwijzer legt uit hoe u na een misdrijf of verkeersongeval in "
            "contact kunt komen met de andere partij, begeleid door een bemiddelaar. "
            "Hier kunt u zich ook aanmelden. Meedoen is altijd vrijwillig."
        ),
        "body": [
            heading("Wat is herstelrecht?"),
            paragraph(
                "<p>Slachtoffers, nabestaanden, daders en andere betrokkenen kunnen "
                "praten of schrijven over wat er is gebeurd. Een bemiddelaar bereidt "
                "het contact met u voor en begeleidt het. Het kan kort na het "
                "voorval, tijdens een strafzaak of jaren later. Het gaat om "
                "verantwoordelijkheid nemen en schade herstellen; het komt naast het "
                "strafrecht, niet in de plaats ervan.</p>"
            ),
            heading("Drie vormen"),
            paragraph(
                f"<ul><li>{a('nl', 'hb', 'Herstelbemiddeling')}: op elk moment, los "
                "van de strafzaak.</li>"
                f"<li>{a('nl', 'mis', 'Mediation in Strafzaken')}: tijdens een "
                "strafzaak bij de officier van justitie of de rechter, ook met "
                "afspraken over de schade.</li>"
                f"<li>{a('nl', 'samenspraak', 'Samenspraak')}: een gespreksgroep met "
                "mensen die hetzelfde soort misdrijf meemaakten.</li></ul>"
                "<p>Weet u niet welke bij u past? Dat zoeken wij samen met u uit: "
                f"{a('nl', 'which', 'Welke past bij mij?')}</p>"
            ),
            heading("Na uw aanmelding nemen wij contact op"),
            paragraph(
                "<p>Meldt u zich aan? Dan neemt een medewerker contact met u op. "
                "Samen bekijken we wat bij u past. Aanmelden verplicht u tot "
                "niets.</p>"
            ),
        ],
    },
    "en": {
        "title": (
            "Restorative justice after a crime or accident: information and "
            "registration"
        ),
        "seo_title": "Restorative justice: information and registration",
        "slug": "home-en",  # root-level siblings need distinct slugs
        "illustration": "conversation",
        "illustration_alt": (
            "Drawing: two people talk at a table. A mediator sits with them."
        ),
        "intro": (
            "Herstelwijzer explains how, after a crime or a traffic accident, you can "
            "get in touch with the other party, guided by a mediator. You can also "
            "register here. Taking part is always voluntary."
        ),
        "body": [
            heading("What is restorative justice?"),
            paragraph(
                "<p>Victims, bereaved relatives, offenders and others involved can "
                "talk or write about what happened. A mediator prepares the contact "
                "with you and guides it. It can happen soon after the event, during "
                "a criminal case or years later. It is about taking responsibility "
                "and repairing harm; it comes alongside criminal justice, not "
                "instead of it.</p>"
            ),
            heading("Three forms"),
            paragraph(
                f"<ul><li>{a('en', 'hb', 'Restorative mediation')}: at any time, "
                "separate from the criminal case.</li>"
                f"<li>{a('en', 'mis', 'Mediation in criminal cases')}: during a "
                "criminal case with the public prosecutor or a judge, also with "
                "agreements about the damage.</li>"
                f"<li>{a('en', 'samenspraak', 'Samenspraak')}: a dialogue group "
                "with people who went through the same kind of crime.</li></ul>"
                "<p>Not sure which one suits you? We work it out with you: "
                f"{a('en', 'which', 'Which one fits me?')}</p>"
            ),
            heading("After you register, we get in touch"),
            paragraph(
                "<p>When you register, a member of staff gets in touch with you. "
                "Together we look at what suits you. Registering does not commit "
                "you to anything.</p>"
            ),
        ],
    },
}

HOME = PageSpec(HomePage, nl=_HOME["nl"], en=_HOME["en"], key="home")
