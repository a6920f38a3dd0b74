"""Three stories, each an invented example: a composite of the kinds of cases the
sources describe (a prison case in which the victim said yes years later, a traffic
case, a sexual-violence case). The page says so above the story, apart from it;
no story makes the harm smaller than it was, and each ends with a next step.
Figures only as tokens (``[cijfer:KEY]``)."""

from content.demo.spec import PageSpec, heading, paragraph, quote, register
from content.models import StoryIndexPage, StoryPage


def story(key, nl: dict, en: dict) -> PageSpec:
    return PageSpec(StoryPage, key=key, nl=nl, en=en)


def next_step_nl(text: str) -> list[tuple]:
    return [
        register("Wilt u zich aanmelden?", text, "Aanmelden"),
        paragraph(
            "<p>Wilt u eerst meer weten? Lees de "
            '<a href="/nl/veelgestelde-vragen/">veelgestelde vragen</a>.</p>'
        ),
    ]


def next_step_en(text: str) -> list[tuple]:
    return [
        register("Would you like to register?", text, "Register"),
        paragraph(
            "<p>Would you like to know more first? Read the "
            '<a href="/en/frequently-asked-questions/">frequently asked '
            "questions</a>.</p>"
        ),
    ]


PRISON = story(
    "story-prison",
    {
        "title": "Drie jaar later zei zij ja",
        "slug": "drie-jaar-later",
        "intro": (
            "Ruben zat vast voor een zware mishandeling. Hij meldde zich vanuit de "
            "gevangenis aan. Het slachtoffer wilde eerst geen contact."
        ),
        "told_by": "Ruben (29), dader",
        "body": [
            paragraph(
                "<p>Ruben mishandelde een vrouw bij een overval op haar huis. Zij "
                "raakte zwaar gewond. Lange tijd durfde ze 's avonds niet alleen "
                "thuis te zijn.</p><p>In de gevangenis hoorde Ruben over "
                "herstelbemiddeling. Hij meldde zich zelf aan. In het eerste gesprek "
                "met de bemiddelaar zei hij dat hij alles had gedaan wat in het "
                "dossier stond. De bemiddelaar vroeg daarna of het slachtoffer "
                "contact wilde. Zij zei nee.</p>"
            ),
            quote(
                "Dat was haar goed recht. Ik had haar al genoeg afgepakt.",
                "Ruben",
            ),
            paragraph(
                "<p>Ruben schreef een brief, voor als zij die ooit wilde lezen. De "
                "bemiddelaar bewaarde hem. Drie jaar later meldde de vrouw zich "
                "zelf. Ze wilde weten waarom hij juist haar huis had gekozen.</p><p>"
                "Ze lazen eerst elkaars brieven. Later spraken ze elkaar in de "
                "gevangenis, met de bemiddelaar erbij. Ze vertelde wat de overval "
                "met haar leven had gedaan. Hij gaf antwoord op haar vragen. Hij "
                "vroeg niet om vergeving.</p>"
            ),
            quote(
                "Ze zei dat ze nu een gezicht had bij die nacht, in plaats van een "
                "monster. Ik zal nooit vergeten wat ik haar heb aangedaan.",
                "Ruben",
            ),
            heading("Goed om te weten"),
            paragraph(
                "<p>Herstelbemiddeling kan ook tijdens en na detentie, en ook jaren "
                "na het delict. Een nee hoeft geen nee voor altijd te zijn. Het "
                "verandert niets aan de straf.</p>"
            ),
            *next_step_nl(
                "U kunt zich aanmelden als slachtoffer of als dader, ook vanuit de "
                "gevangenis."
            ),
        ],
    },
    {
        "title": "Three years later, she said yes",
        "slug": "three-years-later",
        "intro": (
            "Ruben was in prison for a serious assault. He registered from prison. "
            "At first, the victim did not want contact."
        ),
        "told_by": "Ruben (29), offender",
        "body": [
            paragraph(
                "<p>Ruben assaulted a woman during a robbery at her home. She was "
                "seriously injured. For a long time she did not dare to be home "
                "alone in the evening.</p><p>In prison, Ruben heard about "
                "restorative mediation. He registered himself. In his first talk "
                "with the mediator, he said he had done everything the case file "
                "said. The mediator then asked the victim if she wanted contact. "
                "She said no.</p>"
            ),
            quote(
                "That was her right. I had already taken enough from her.",
                "Ruben",
            ),
            paragraph(
                "<p>Ruben wrote a letter, in case she ever wanted to read it. The "
                "mediator kept it. Three years later, the woman got in touch "
                "herself. She wanted to know why he had chosen her home.</p><p>They "
                "first read each other's letters. Later they met in prison, with the "
                "mediator present. She told him what the robbery had done to her "
                "life. He answered her questions. He did not ask for forgiveness."
                "</p>"
            ),
            quote(
                "She said that now she had a face for that night instead of a "
                "monster. I will never forget what I did to her.",
                "Ruben",
            ),
            heading("Good to know"),
            paragraph(
                "<p>Restorative mediation is also possible during and after "
                "detention, and years after the offence. A no does not have to be "
                "a no for ever. It does not change the sentence.</p>"
            ),
            *next_step_en(
                "You can register as a victim or as an offender, also from prison."
            ),
        ],
    },
)

TRAFFIC = story(
    "story-traffic",
    {
        "title": "Een brief na het ongeluk",
        "slug": "een-brief-na-het-ongeluk",
        "intro": (
            "Een man reed Esra's moeder aan. Zij overleed. Esra wilde weten wat er "
            "die avond was gebeurd."
        ),
        "told_by": "Esra (41), nabestaande",
        "body": [
            paragraph(
                "<p>Esra's moeder stak 's avonds over toen een auto haar raakte. Ze "
                "overleed in het ziekenhuis. De bestuurder, Kees, werd vervolgd. "
                "Esra had maar één vraag, en die kon niemand beantwoorden: wat is "
                "er precies gebeurd?</p><p>Via Slachtofferhulp Nederland hoorde ze "
                "van herstelbemiddeling. Ze meldde zich aan. De bemiddelaar sprak "
                "eerst met haar, en daarna met Kees. Hij wilde meewerken.</p>"
            ),
            paragraph(
                "<p>Esra wilde hem niet zien. Een brief wel. Kees schreef wat hij "
                "zich herinnerde, ook wat haar moeder als laatste had gezegd. De "
                "bemiddelaar hielp hem bij het schrijven en bracht de brief.</p><p>"
                "Een paar maanden later schreef Esra terug. Nog later spraken ze "
                "elkaar, samen met de bemiddelaar.</p>"
            ),
            quote(
                "Mijn moeder komt niet terug. Maar ik weet nu hoe haar laatste "
                "minuten waren. Die onzekerheid is weg.",
                "Esra",
            ),
            heading("Goed om te weten"),
            paragraph(
                "<p>Ook nabestaanden en mensen die een ongeval veroorzaakten, kunnen "
                "zich aanmelden. Herstelbemiddeling staat los van de strafzaak. In "
                "verkeerszaken nam in [jaar:ph-initiatief-slachtoffer-verkeer-2024] "
                "in [cijfer:ph-initiatief-slachtoffer-verkeer-2024] van de zaken de "
                "kant van het slachtoffer het initiatief.</p>"
            ),
            *next_step_nl(
                "U kunt zich aanmelden als nabestaande, slachtoffer of veroorzaker."
            ),
        ],
    },
    {
        "title": "A letter after the accident",
        "slug": "a-letter-after-the-accident",
        "intro": (
            "A man hit Esra's mother with his car. She died. Esra wanted to know "
            "what had happened that evening."
        ),
        "told_by": "Esra (41), bereaved daughter",
        "body": [
            paragraph(
                "<p>Esra's mother was crossing the road one evening when a car hit "
                "her. She died in hospital. The driver, Kees, was prosecuted. Esra "
                "had one question that nobody could answer: what exactly happened?"
                "</p><p>Through Slachtofferhulp Nederland (victim support) she heard "
                "about restorative mediation. She registered. The mediator talked "
                "with her first, and then with Kees. He wanted to take part.</p>"
            ),
            paragraph(
                "<p>Esra did not want to see him, but a letter was fine. Kees wrote "
                "down what he remembered, including what her mother had said last. "
                "The mediator helped him write it and delivered the letter.</p><p>A "
                "few months later, Esra wrote back. Later still, they met, with the "
                "mediator present.</p>"
            ),
            quote(
                "My mother is not coming back. But now I know what her last minutes "
                "were like. Not knowing is over.",
                "Esra",
            ),
            heading("Good to know"),
            paragraph(
                "<p>Bereaved relatives and people who caused an accident can "
                "register too. Restorative mediation is separate from the criminal "
                "case. In traffic cases in "
                "[jaar:ph-initiatief-slachtoffer-verkeer-2024], the victim's side "
                "took the initiative in "
                "[cijfer:ph-initiatief-slachtoffer-verkeer-2024] of cases.</p>"
            ),
            *next_step_en(
                "You can register as a bereaved relative, a victim or someone who "
                "caused an accident."
            ),
        ],
    },
)

SEXUAL_VIOLENCE = story(
    "story-sexual-violence",
    {
        "title": "‘Ik wilde dat hij het hardop zei’",
        "slug": "ik-wilde-dat-hij-het-zei",
        "intro": (
            "Lotte werd als tiener misbruikt door een vriend van de familie. Twintig "
            "jaar later meldde ze zich aan."
        ),
        "told_by": "Lotte (36), slachtoffer",
        "body": [
            paragraph(
                "<p>Lotte was vijftien toen een vriend van haar ouders haar seksueel "
                "misbruikte. Ze vertelde het niemand. Jarenlang had ze last van "
                "angst en nachtmerries. Aangifte deed ze niet.</p><p>Toen ze las "
                "dat herstelbemiddeling na seksueel geweld ook kan zonder aangifte, "
                "meldde ze zich aan. De voorbereiding duurde maanden. De bemiddelaar "
                "sprak vaak met haar, en ook apart met de man. Hij ontkende het niet."
                "</p>"
            ),
            paragraph(
                "<p>Lotte wilde hem niet zien. De bemiddelaar bracht haar vragen over "
                "en kwam terug met zijn antwoorden. Zo ging het een paar keer heen "
                "en weer. Tot slot schreef hij een brief. Daarin schreef hij dat het "
                "zijn schuld was, niet de hare.</p>"
            ),
            quote(
                "Ik hoefde hem niet te vergeven. Ik wilde dat hij het zei. Dat heeft "
                "hij gedaan.",
                "Lotte",
            ),
            heading("Goed om te weten"),
            paragraph(
                "<p>Na seksueel geweld is aangifte niet nodig voor herstelbemiddeling, "
                "ook niet bij misbruik van lang geleden. De voorbereiding duurt vaak "
                "langer. U bepaalt het tempo en u kunt altijd stoppen. In "
                "[cijfer:ph-zeden-bekenden] van de zaken over seksueel geweld kennen "
                "slachtoffer en dader elkaar.</p><p>Wilt u eerst met iemand praten? "
                "Dat kan bij het Centrum Seksueel Geweld.</p>"
            ),
            *next_step_nl(
                "U kunt zich aanmelden, ook als u geen aangifte heeft gedaan."
            ),
        ],
    },
    {
        "title": "‘I wanted him to say it out loud’",
        "slug": "i-wanted-him-to-say-it",
        "intro": (
            "Lotte was sexually abused as a teenager by a family friend. Twenty "
            "years later, she registered."
        ),
        "told_by": "Lotte (36), victim",
        "body": [
            paragraph(
                "<p>Lotte was fifteen when a friend of her parents sexually abused "
                "her. She told no one. For years she suffered from fear and "
                "nightmares. She did not report it to the police.</p><p>When she "
                "read that restorative mediation after sexual violence is possible "
                "without a police report, she registered. The preparation took "
                "months. The mediator talked with her often, and separately with "
                "the man. He did not deny it.</p>"
            ),
            paragraph(
                "<p>Lotte did not want to see him. The mediator took her questions "
                "to him and came back with his answers. This went back and forth a "
                "few times. In the end he wrote a letter. In it, he wrote that it "
                "was his fault, not hers.</p>"
            ),
            quote(
                "I did not have to forgive him. I wanted him to say it. And he did.",
                "Lotte",
            ),
            heading("Good to know"),
            paragraph(
                "<p>After sexual violence, restorative mediation does not need a "
                "police report, also for abuse long ago. The preparation often takes "
                "longer. You set the pace and you can always stop. In "
                "[cijfer:ph-zeden-bekenden] of sexual-offence cases, the victim and "
                "the offender know each other.</p><p>Would you like to talk to "
                "someone first? You can at the Centrum Seksueel Geweld (sexual "
                "violence centre).</p>"
            ),
            *next_step_en(
                "You can register, also if you have not reported it to the police."
            ),
        ],
    },
)

STORIES = PageSpec(
    StoryIndexPage,
    key="stories",
    nl={
        "title": "Verhalen",
        "slug": "verhalen",
        "intro": (
            "Verzonnen voorbeelden, gebaseerd op situaties die vaak voorkomen. Geen "
            "van deze personen bestaat echt."
        ),
    },
    en={
        "title": "Stories",
        "slug": "stories",
        "intro": (
            "Invented examples, based on situations that often occur. None of these "
            "people really exists."
        ),
    },
    children=[PRISON, TRAFFIC, SEXUAL_VIOLENCE],
)
