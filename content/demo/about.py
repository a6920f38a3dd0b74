"""About Herstelwijzer: who runs the portal, who calls back for each route, how a
registration reaches them, and that the demo's contact details are made up (the
one place that says so; the footer links to it while the site setting "contact
details are examples" is on). From provisions.md, "Who runs the portal"."""

from content.demo.links import a
from content.demo.spec import PageSpec, heading, paragraph, register
from content.models import StandardPage

ABOUT = PageSpec(
    StandardPage,
    key="about",
    nl={
        "title": "Over Herstelwijzer",
        "slug": "over-herstelwijzer",
        "intro": (
            "Herstelwijzer is één plek om u aan te melden voor herstelrecht. U hoeft "
            "niet zelf uit te zoeken welke organisatie bij u past: dat doen wij."
        ),
        "body": [
            heading("Eén aanmeldpunt"),
            paragraph(
                "<p>Na een misdrijf of een verkeersongeval kunt u contact zoeken met "
                "de ander, met hulp van een bemiddelaar. Daarvoor zijn verschillende "
                "organisaties. Veel mensen weten niet dat dit kan, of welke "
                "organisatie zij moeten hebben.</p>"
                "<p>Daarom staat in een brief aan de Tweede Kamer uit 2025 het "
                "voorstel voor één centraal aanmeldpunt. Herstelwijzer is dat "
                "aanmeldpunt. Het werkt in opdracht van het Ministerie van Justitie "
                "en Veiligheid, samen met Perspectief Herstelbemiddeling en de "
                "mediationbureaus van de rechtbanken.</p>"
            ),
            heading("Wie belt u terug?"),
            paragraph(
                "<p>U vult één formulier in. Aan de hand van uw antwoorden komt uw "
                "aanmelding bij de organisatie die erbij past:</p>"
                "<ul>"
                "<li><strong>Herstelbemiddeling en Samenspraak</strong>: een "
                "medewerker van het aanmeldpunt van Perspectief Herstelbemiddeling "
                "belt u.</li>"
                "<li><strong>Mediation in Strafzaken</strong>: een medewerker van "
                "het mediationbureau van de rechtbank in uw arrondissement belt u. "
                "Weet u het arrondissement niet? Dan zoeken wij het voor u uit.</li>"
                "<li><strong>Is nog niet duidelijk wat past?</strong> Of is er "
                "iets met uw veiligheid? Dan belt een medewerker van het aanmeldpunt "
                "u en bespreekt met u wat de beste weg is.</li>"
                "</ul>"
                "<p>Hebt u een professional die u aanmeldt? Dan bellen wij eerst de "
                "professional.</p>"
            ),
            heading("Hoe uw aanmelding bij hen komt"),
            paragraph(
                "<p>Uw antwoorden worden versleuteld opgeslagen, ook al tijdens het "
                "invullen. Alleen de medewerkers van de organisatie die uw aanmelding "
                "behandelt, kunnen ze lezen. Zij krijgen een e-mail dat er een nieuwe "
                "aanmelding is. In die e-mail staan geen persoonsgegevens: de "
                "aanmelding zelf openen zij in een beveiligde omgeving.</p>"
                "<p>Past uw aanmelding na het gesprek beter bij een andere "
                "organisatie? Dan sturen wij haar door. Dat bespreken wij met u. "
                "Lees in de " + a("nl", "privacy", "privacyverklaring") + " "
                "wat er met uw gegevens gebeurt.</p>"
            ),
            heading("Wat Herstelwijzer niet doet"),
            paragraph(
                "<p>Herstelwijzer bemiddelt zelf niet. Het gesprek of de brieven "
                "begeleidt een bemiddelaar of mediator van de organisatie die bij u "
                "past. Voor hulp van de politie, zoals een stopgesprek, meldt u zich "
                "niet aan via Herstelwijzer: "
                + a("nl", "stop", "lees hier waar u dan terechtkunt")
                + ".</p>"
            ),
            heading("Dit is een voorbeeldsite"),
            paragraph(
                "<p>Deze versie van Herstelwijzer is een voorbeeld. De "
                "telefoonnummers, e-mailadressen en postadressen op deze site zijn "
                "verzonnen. Daarom staat er '(voorbeeld)' achter. Bel of mail ze "
                "niet: u krijgt geen antwoord. De informatie over herstelrecht komt "
                "wel uit openbare bronnen.</p>"
            ),
            register(
                "Aanmelden",
                "Wilt u contact met de ander, of wilt u eerst weten wat er kan? "
                "Meld u aan. Wij bellen u terug.",
                "Aanmelden",
            ),
        ],
    },
    en={
        "title": "About Herstelwijzer",
        "slug": "about-herstelwijzer",
        "intro": (
            "Herstelwijzer is one place to register for restorative justice. You do "
            "not have to work out which organisation fits you: we do that."
        ),
        "body": [
            heading("One registration point"),
            paragraph(
                "<p>After a crime or a traffic accident, you can seek contact with "
                "the other person, with the help of a mediator. Several organisations "
                "offer this. Many people do not know it is possible, or which "
                "organisation they need.</p>"
                "<p>That is why a 2025 letter to the Dutch parliament proposes one "
                "central registration point. Herstelwijzer "
                "is that registration point. It works on behalf of the Ministry of "
                "Justice and Security, together with Perspectief Herstelbemiddeling "
                "and the mediation offices of the courts.</p>"
            ),
            heading("Who calls you back?"),
            paragraph(
                "<p>You fill in one form. Based on your answers, your registration "
                "goes to the organisation that fits:</p>"
                "<ul>"
                "<li><strong>Restorative mediation and Samenspraak</strong>: someone "
                "from the registration desk of Perspectief Herstelbemiddeling calls "
                "you.</li>"
                "<li><strong>Mediation in criminal cases</strong>: someone from the "
                "mediation office of the court in your district calls you. If you do "
                "not know the district, we find out for you.</li>"
                "<li><strong>Not yet clear what fits?</strong> Or is there a concern "
                "about your safety? Then someone from the registration desk calls you "
                "to talk through the best way forward.</li>"
                "</ul>"
                "<p>If a professional registers you, we call the professional "
                "first.</p>"
            ),
            heading("How your registration reaches them"),
            paragraph(
                "<p>Your answers are stored encrypted, also while you are filling "
                "them in. Only the staff of the organisation that handles your "
                "registration can read them. They receive an e-mail saying that a "
                "new registration has arrived. That e-mail holds no personal data: "
                "they open the registration itself in a secure environment.</p>"
                "<p>If, after the call, another organisation fits better, we pass "
                "your registration on. We discuss that with you. The "
                + a("en", "privacy", "privacy statement")
                + " explains what happens to your data.</p>"
            ),
            heading("What Herstelwijzer does not do"),
            paragraph(
                "<p>Herstelwijzer does not mediate itself. A mediator from the "
                "organisation that fits you guides the conversation or the letters. "
                "You do not register through Herstelwijzer for help from the police, "
                "such as a conversation to make someone stop: "
                + a("en", "stop", "read here where to go instead")
                + ".</p>"
            ),
            heading("This is an example site"),
            paragraph(
                "<p>This version of Herstelwijzer is an example. The phone numbers, "
                "e-mail addresses and postal addresses on this site are made up, so "
                "they are marked '(example)'. Do not call or write to them: nobody "
                "will answer. The information about restorative justice does come "
                "from public sources.</p>"
            ),
            register(
                "Register",
                "Would you like contact with the other person, or first find out "
                "what is possible? Register. We will call you back.",
                "Register",
            ),
        ],
    },
)
