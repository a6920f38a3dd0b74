"""The video overview and five short explainers of the portal itself, in Dutch and
English, under the portal's own titles (never the titles or the words of another
organisation's videos).

Until the editors upload the real videos, every page plays the same 9-second sample
clip. Each explainer has its own pair of caption files in ``content/demo_media/``
(``<name>.nl.vtt``, ``<name>.en.vtt``, 9 seconds of cues), and its transcript on the
page says exactly what its captions say, cue by cue: one paragraph per cue
(tests/content/test_videos.py reads the files and checks it)."""

from content.demo.spec import DocumentRef, ImageRef, PageSpec
from content.models import VideoIndexPage, VideoPage

CLIP = DocumentRef("Voorbeeldfilmpje (demo)", "sample-clip.webm")
# The clip's first frame, shown before it plays (instead of a dark box at 0:00).
POSTER = ImageRef("Voorbeeldfilmpje, eerste beeld (demo)", "sample-clip-poster.jpg")


def _captions(name: str, title: str) -> dict:
    return {
        "captions_nl": DocumentRef(f"Ondertitels (nl): {title}", f"{name}.nl.vtt"),
        "captions_en": DocumentRef(f"Captions (en): {title}", f"{name}.en.vtt"),
    }


def _transcript(cues: list[str]) -> str:
    return "".join(f"<p>{cue}</p>" for cue in cues)


def video(key: str, name: str, spoken: str, nl: dict, en: dict) -> PageSpec:
    """``nl`` and ``en``: title, slug, intro, cues (the caption texts in order) and
    optionally title_language."""
    return PageSpec(
        VideoPage,
        key=key,
        nl={
            "title": nl["title"],
            "slug": nl["slug"],
            "intro": nl["intro"],
            "duration": "0:09",
            "spoken_language": spoken,
            "title_language": nl.get("title_language", ""),
            "transcript": _transcript(nl["cues"]),
            "video_file": CLIP,
            "poster": POSTER,
            **_captions(name, nl["title"]),
        },
        en={
            "title": en["title"],
            "slug": en["slug"],
            "intro": en["intro"],
            "spoken_language": spoken,
            "title_language": en.get("title_language", ""),
            "transcript": _transcript(en["cues"]),
        },
    )


VIDEOS = PageSpec(
    VideoIndexPage,
    key="videos",
    nl={
        "title": "Video's",
        "slug": "videos",
        "intro": (
            "Korte uitleg van Herstelwijzer in beeld, met ondertitels en de volledige "
            "tekst. In deze demo speelt elke video hetzelfde voorbeeldfilmpje van "
            "negen seconden, met de ondertitels van die uitleg."
        ),
    },
    en={
        "title": "Videos",
        "slug": "videos",
        "intro": (
            "Short explainers by Herstelwijzer, with captions and the full text. In "
            "this demo every video plays the same nine-second sample clip, with the "
            "captions of that explainer."
        ),
    },
    children=[
        video(
            "video-why",
            "what-it-offers",
            "nl",
            nl={
                "title": "Wat herstelbemiddeling u kan bieden",
                "slug": "wat-herstelbemiddeling-kan-bieden",
                "intro": "Waarom mensen contact zoeken met de andere partij.",
                "cues": [
                    "Na een misdrijf blijven vaak vragen over.",
                    "Bij herstelbemiddeling kunt u ze stellen aan de ander.",
                    "Meedoen is vrijwillig en gratis. U kunt altijd stoppen.",
                ],
            },
            en={
                "title": "What restorative mediation can offer you",
                "slug": "what-restorative-mediation-can-offer",
                "intro": "Why people seek contact with the other party.",
                "cues": [
                    "After a crime, questions often remain.",
                    "In restorative mediation you can ask the other person.",
                    "Taking part is voluntary and free. You can always stop.",
                ],
            },
        ),
        video(
            "video-how",
            "from-registration-to-closure",
            "nl",
            nl={
                "title": "Van aanmelding tot afronding",
                "slug": "van-aanmelding-tot-afronding",
                "intro": "De stappen van herstelbemiddeling, kort uitgelegd.",
                "cues": [
                    "U meldt zich aan en wij nemen contact met u op.",
                    "Een bemiddelaar bereidt alles apart met u voor.",
                    "Iedere stap telt, ook als er geen contact volgt.",
                ],
            },
            en={
                "title": "From registration to closure",
                "slug": "from-registration-to-closure",
                "intro": "The steps of restorative mediation, in short.",
                "cues": [
                    "You register, and we get in touch with you.",
                    "A mediator prepares everything with you separately.",
                    "Every step counts, even if no contact follows.",
                ],
            },
        ),
        video(
            "video-sexual-violence",
            "after-sexual-violence",
            "nl",
            nl={
                "title": "Contact na seksueel geweld: u bepaalt het tempo",
                "slug": "contact-na-seksueel-geweld",
                "intro": "Wat anders is aan herstelbemiddeling na seksueel geweld.",
                "cues": [
                    "Na seksueel geweld is een aangifte niet nodig.",
                    "De voorbereiding krijgt meer tijd.",
                    "U bepaalt zelf het tempo en de vorm van het contact.",
                ],
            },
            en={
                "title": "Contact after sexual violence: you set the pace",
                "slug": "contact-after-sexual-violence",
                "intro": "What is different about restorative mediation after "
                "sexual violence.",
                "cues": [
                    "After sexual violence, a police report is not needed.",
                    "Preparation is given more time.",
                    "You decide the pace and the form of the contact.",
                ],
            },
        ),
        video(
            "video-english",
            "introduction-in-english",
            "en",
            nl={
                "title": "Restorative justice in the Netherlands: a short introduction",
                "title_language": "en",
                "slug": "introductie-in-het-engels",
                "intro": "Een Engelstalige uitleg, voor wie liever Engels hoort.",
                "cues": [
                    "Herstelrecht brengt mensen na een misdrijf met elkaar in contact.",
                    "Een bemiddelaar begeleidt het. Meedoen is altijd vrijwillig.",
                    "U kunt zich op deze website ook in het Engels aanmelden.",
                ],
            },
            en={
                "title": "Restorative justice in the Netherlands: a short introduction",
                "slug": "introduction-in-english",
                "intro": "An explainer in English, for those who do not speak Dutch.",
                "cues": [
                    "Restorative justice brings people into contact after a crime.",
                    "A mediator guides it. Taking part is always voluntary.",
                    "You can also register on this website in English.",
                ],
            },
        ),
        video(
            "video-traffic",
            "after-a-traffic-accident",
            "nl",
            nl={
                "title": "Na een verkeersongeval: vragen stellen aan de ander",
                "slug": "vragen-na-een-verkeersongeval",
                "intro": "Voor wie betrokken was bij een ernstig verkeersongeval.",
                "cues": [
                    "Een ongeval verandert levens, ook van wie het veroorzaakte.",
                    "Misschien wilt u weten hoe het gebeurde, of iets zeggen.",
                    "Een bemiddelaar helpt u daarbij, in uw eigen tempo.",
                ],
            },
            en={
                "title": "After a traffic accident: asking the other person",
                "slug": "questions-after-a-traffic-accident",
                "intro": "For people involved in a serious traffic accident.",
                "cues": [
                    "An accident changes lives, also of the person who caused it.",
                    "Perhaps you want to know how it happened, or to say something.",
                    "A mediator helps you with that, at your own pace.",
                ],
            },
        ),
    ],
)
