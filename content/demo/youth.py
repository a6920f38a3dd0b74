"""The youth pages: short sentences, "je/you"."""

from content.demo.spec import PageSpec, paragraph, register
from content.models import YouthLandingPage, YouthPage


def question(key, nl_title, nl_slug, nl_text, en_title, en_slug, en_text) -> PageSpec:
    return PageSpec(
        YouthPage,
        key=key,
        nl={
            "title": nl_title,
            "slug": nl_slug,
            "intro": "",
            "body": [paragraph(nl_text)],
        },
        en={
            "title": en_title,
            "slug": en_slug,
            "intro": "",
            "body": [paragraph(en_text)],
        },
    )


YOUTH = PageSpec(
    YouthLandingPage,
    key="youth",
    nl={
        "title": "Jongeren",
        "slug": "jongeren",
        "intro": (
            "Is er iets gebeurd tussen jou en iemand anders? Je kunt "
            "erover praten, met hulp."
        ),
        "body": [
            paragraph(
                "<p>Het maakt niet uit of jij iets is aangedaan, of dat jij iets "
                "deed. Je kiest zelf of je meedoet. En je mag altijd stoppen.</p>"
            ),
            register("Wil je je aanmelden?", "Aanmelden is nog geen ja.", "Aanmelden"),
        ],
    },
    en={
        "title": "Young people",
        "slug": "young-people",
        "intro": (
            "Did something happen between you and someone else? You can "
            "talk about it, with help."
        ),
        "body": [
            paragraph(
                "<p>It doesn't matter whether something was done to you, or you did "
                "something. You choose whether you take part. And you can always "
                "stop.</p>"
            ),
            register("Want to sign up?", "Signing up is not yet a yes.", "Sign up"),
        ],
    },
    children=[
        question(
            "youth-what-happens",
            "Wat gebeurt er?",
            "wat-gebeurt-er",
            "<p>Je meldt je aan. We bellen je. Een bemiddelaar praat eerst alleen met "
            "jou. Daarna vraagt die aan de ander of die ook wil. Jullie kunnen praten, "
            "of elkaar schrijven.</p>",
            "What happens?",
            "what-happens",
            "<p>You sign up. We call you. A mediator first talks with you alone. "
            "Then they ask the other person if they want to take part too. You can "
            "talk, or write to each other.</p>",
        ),
        question(
            "youth-parents",
            "Moeten mijn ouders het weten?",
            "moeten-mijn-ouders-het-weten",
            "<p>Ben je jonger dan 18? Dan moet een ouder of voogd ook ja zeggen. "
            "Vind je dat lastig? Vertel het ons. We denken met je mee.</p>",
            "Do my parents need to know?",
            "do-my-parents-need-to-know",
            "<p>Are you under 18? Then a parent or guardian also needs to say yes. "
            "Finding that hard? Tell us. We will think it through with you.</p>",
        ),
        question(
            "youth-i-did-it",
            "En als ik het heb gedaan?",
            "als-ik-het-heb-gedaan",
            "<p>Dan kun je ook meedoen. Je moet wel zeggen dat je het hebt gedaan. "
            "Sorry zeggen of iets goedmaken kan veel betekenen, voor de ander en voor "
            "jou.</p>",
            "What if I was the one who did it?",
            "what-if-i-did-it",
            "<p>Then you can take part too. You do need to say that you did it. "
            "Saying sorry or making up for it can mean a lot, for the other person "
            "and for you.</p>",
        ),
        question(
            "youth-halt",
            "Halt of herstelbemiddeling?",
            "halt-of-herstelbemiddeling",
            "<p>Halt is een straf van de politie of justitie voor jongeren onder de "
            "18. Je moet toegeven wat je deed. Herstelbemiddeling is geen straf en "
            "altijd vrijwillig. Soms doe je allebei.</p>",
            "Halt or restorative mediation?",
            "halt-or-restorative-mediation",
            "<p>Halt is a penalty from the police or justice system for young people "
            "under 18. You have to admit what you did. Restorative mediation is not "
            "a penalty and always voluntary. Sometimes you do both.</p>",
        ),
    ],
)
