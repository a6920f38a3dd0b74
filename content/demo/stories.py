"""Three invented stories, composites of the kinds of cases in the sources."""

from content.demo.spec import PageSpec, paragraph, quote
from content.models import StoryIndexPage, StoryPage


def story(key, nl: dict, en: dict) -> PageSpec:
    return PageSpec(StoryPage, key=key, nl=nl, en=en)


STORIES = PageSpec(
    StoryIndexPage,
    key="stories",
    nl={
        "title": "Verhalen",
        "slug": "verhalen",
        "intro": "Ervaringen van deelnemers. De namen en details zijn verzonnen.",
    },
    en={
        "title": "Stories",
        "slug": "stories",
        "intro": "Experiences of participants. Names and details are invented.",
    },
    children=[
        story(
            "story-robbery",
            {
                "title": "‘Ik durfde weer alleen naar huis te fietsen’",
                "slug": "weer-alleen-naar-huis",
                "intro": (
                    "Na een beroving sprak Noor met de jongen die haar telefoon "
                    "afpakte."
                ),
                "told_by": "Noor (27), slachtoffer",
                "body": [
                    paragraph(
                        "<p>Een half jaar na de beroving durfde Noor nog steeds niet "
                        "alleen over straat. Via Slachtofferhulp hoorde ze van "
                        "herstelbemiddeling. De bemiddelaar bereidde het gesprek met "
                        "haar voor, en apart met de jongen.</p><p>In het gesprek "
                        "vertelde hij dat hij haar die avond toevallig zag. Niet "
                        "omdat zij iets deed.</p>"
                    ),
                    quote(
                        (
                            "Het was geen monster. Het was een jongen die een domme "
                            "keuze maakte. Dat maakte me minder bang."
                        ),
                        "Noor",
                    ),
                ],
            },
            {
                "title": "‘I dared to cycle home alone again’",
                "slug": "cycling-home-alone-again",
                "intro": "After a robbery, Noor spoke with the boy who took her phone.",
                "told_by": "Noor (27), victim",
                "body": [
                    paragraph(
                        "<p>Six months after the robbery, Noor still did not dare go "
                        "out alone. Through Victim Support she heard about "
                        "restorative mediation. The mediator prepared the "
                        "conversation with her, and separately with the "
                        "boy.</p><p>In the conversation he said he had seen her by "
                        "chance that evening. Not because of anything she did.</p>"
                    ),
                    quote(
                        (
                            "He was not a monster. He was a boy who made a stupid "
                            "choice. That made me less afraid."
                        ),
                        "Noor",
                    ),
                ],
            },
        ),
        story(
            "story-traffic",
            {
                "title": "Een brief na het ongeluk",
                "slug": "een-brief-na-het-ongeluk",
                "intro": (
                    "Kees veroorzaakte een ongeval waarbij een vrouw overleed. "
                    "Hij schreef haar dochter."
                ),
                "told_by": "Kees (58), veroorzaker",
                "body": [
                    paragraph(
                        "<p>Kees meldde zich zelf aan. De dochter wilde hem niet "
                        "zien, maar wel een brief ontvangen. De bemiddelaar las mee "
                        "en bracht de brief.</p><p>Een paar maanden later schreef de "
                        "dochter terug. Ze wilde weten wat haar moeder als laatste "
                        "had gezegd.</p>"
                    ),
                    quote(
                        (
                            "Ik kan het niet terugdraaien. Maar ik kon haar wel de "
                            "antwoorden geven die ik had."
                        ),
                        "Kees",
                    ),
                ],
            },
            {
                "title": "A letter after the accident",
                "slug": "a-letter-after-the-accident",
                "intro": (
                    "Kees caused an accident in which a woman died. He wrote to "
                    "her daughter."
                ),
                "told_by": "Kees (58), caused the accident",
                "body": [
                    paragraph(
                        "<p>Kees registered himself. The daughter did not want to "
                        "see him, but was willing to receive a letter. The mediator "
                        "read along and delivered it.</p><p>A few months later the "
                        "daughter wrote back. She wanted to know what her mother had "
                        "said last.</p>"
                    ),
                    quote(
                        "I cannot undo it. But I could give her the answers I had.",
                        "Kees",
                    ),
                ],
            },
        ),
        story(
            "story-detention",
            {
                "title": "Sorry zeggen vanuit de gevangenis",
                "slug": "sorry-vanuit-de-gevangenis",
                "intro": (
                    "Samir zat vast voor een mishandeling. Hij wilde zijn "
                    "slachtoffer laten weten dat het hem speet."
                ),
                "told_by": "Samir (31), dader",
                "body": [
                    paragraph(
                        "<p>Samir hoorde in de gevangenis over herstelbemiddeling. "
                        "Het slachtoffer koos voor pendelbemiddeling: de bemiddelaar "
                        "bracht hun vragen en antwoorden heen en weer.</p>"
                    ),
                    quote(
                        (
                            "Ik dacht dat het makkelijk zou zijn. Het was het zwaarste "
                            "wat ik ooit deed. En het belangrijkste."
                        ),
                        "Samir",
                    ),
                ],
            },
            {
                "title": "Saying sorry from prison",
                "slug": "saying-sorry-from-prison",
                "intro": (
                    "Samir was in prison for an assault. He wanted his victim to "
                    "know he was sorry."
                ),
                "told_by": "Samir (31), offender",
                "body": [
                    paragraph(
                        "<p>Samir heard about restorative mediation in prison. The "
                        "victim chose shuttle mediation: the mediator carried their "
                        "questions and answers back and forth.</p>"
                    ),
                    quote(
                        (
                            "I thought it would be easy. It was the "
                            "hardest thing I ever "
                            "did. And the most important."
                        ),
                        "Samir",
                    ),
                ],
            },
        ),
    ],
)
