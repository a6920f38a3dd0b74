"""The video overview and the five videos, in Dutch and English. All five play the
same short sample clip until the editors upload the real videos; the transcripts
are written for the real ones."""

from content.demo.spec import DocumentRef, PageSpec
from content.models import VideoIndexPage, VideoPage

CLIP = DocumentRef("Voorbeeldfilmpje (demo)", "sample-clip.webm")
CAPTIONS_NL = DocumentRef("Ondertitels voorbeeldfilmpje (nl)", "sample-clip.nl.vtt")
CAPTIONS_EN = DocumentRef("Captions sample clip (en)", "sample-clip.en.vtt")

MEDIA = {"video_file": CLIP, "captions_nl": CAPTIONS_NL, "captions_en": CAPTIONS_EN}


def video(
    key, nl_title, nl_slug, nl_intro, nl_text, en_title, en_slug, en_intro, en_text
):
    return PageSpec(
        VideoPage,
        key=key,
        nl={
            "title": nl_title,
            "slug": nl_slug,
            "intro": nl_intro,
            "duration": "0:09",
            "transcript": nl_text,
            **MEDIA,
        },
        en={
            "title": en_title,
            "slug": en_slug,
            "intro": en_intro,
            "transcript": en_text,
        },
    )


VIDEOS = PageSpec(
    VideoIndexPage,
    key="videos",
    nl={
        "title": "Video's",
        "slug": "videos",
        "intro": (
            "Korte video's over herstelbemiddeling, met ondertitels en "
            "de volledige tekst."
        ),
    },
    en={
        "title": "Videos",
        "slug": "videos",
        "intro": (
            "Short videos about restorative mediation, with captions and "
            "a full transcript."
        ),
    },
    children=[
        video(
            "video-why",
            "Waarom herstelbemiddeling?",
            "waarom-herstelbemiddeling",
            "Deelnemers vertellen waarom zij voor contact kozen.",
            "<p><b>Verteller:</b> Na een misdrijf blijven vaak vragen over. Waarom "
            "ik? Wat dacht je toen?</p><p><b>Slachtoffer:</b> Ik wilde hem laten "
            "weten wat het met mij had gedaan.</p><p><b>Dader:</b> Ik wilde zeggen "
            "dat het me spijt. Niet via een advocaat, maar zelf.</p><p><i>Beeld: "
            "twee mensen aan een tafel, een bemiddelaar ernaast.</i></p>",
            "Why restorative mediation?",
            "why-restorative-mediation",
            "Participants tell why they chose contact.",
            "<p><b>Narrator:</b> After a crime, questions often remain. Why me? "
            "What were you thinking?</p><p><b>Victim:</b> I wanted him to know what "
            "it had done to me.</p><p><b>Offender:</b> I wanted to say I am sorry. "
            "Not through a lawyer, but myself.</p><p><i>Image: two people at a "
            "table, a mediator beside them.</i></p>",
        ),
        video(
            "video-how",
            "Hoe werkt herstelbemiddeling?",
            "hoe-werkt-herstelbemiddeling",
            "Van aanmelding tot afronding, in een paar minuten.",
            "<p><b>Verteller:</b> U meldt zich aan. Daarna bellen wij u. "
            "Een bemiddelaar maakt kennis met u en vraagt daarna de andere partij. "
            "U bereidt het contact apart voor. Dan volgt het gesprek, of brieven, "
            "of boodschappen via de bemiddelaar. Stoppen kan altijd.</p>",
            "How does restorative mediation work?",
            "how-does-it-work",
            "From registration to closing, in a few minutes.",
            "<p><b>Narrator:</b> You register. Then we call you. A "
            "mediator gets to know you and then asks the other party. You prepare "
            "the contact separately. Then comes the conversation, or letters, or "
            "messages through the mediator. You can always stop.</p>",
        ),
        video(
            "video-sexual-violence",
            "Herstelbemiddeling na seksueel geweld",
            "na-seksueel-geweld",
            "Waarom contact na seksueel geweld anders is, en wat helpt.",
            "<p><b>Bemiddelaar:</b> Na seksueel geweld nemen we meer tijd voor de "
            "voorbereiding. Het slachtoffer bepaalt het tempo en de vorm. Aangifte "
            "is niet nodig.</p><p><b>Slachtoffer:</b> Een brief schrijven voelde "
            "veiliger dan een gesprek. Het antwoord gaf me rust.</p>",
            "Restorative mediation after sexual violence",
            "after-sexual-violence",
            "Why contact after sexual violence is different, and what helps.",
            "<p><b>Mediator:</b> After sexual violence we take more time to prepare. "
            "The victim sets the pace and the form. A police report is not "
            "needed.</p><p><b>Victim:</b> Writing a letter felt safer than a "
            "conversation. The answer gave me peace.</p>",
        ),
        video(
            "video-english",
            "Restorative mediation (Engelstalig)",
            "restorative-mediation",
            "Een uitleg in het Engels, voor wie geen Nederlands spreekt.",
            "<p><b>Verteller (in het Engels):</b> Herstelbemiddeling brengt mensen "
            "na een misdrijf in contact, begeleid door een bemiddelaar. Het is "
            "gratis en vrijwillig, en staat los van de strafzaak.</p>",
            "Restorative mediation",
            "restorative-mediation",
            "An explanation in English, for people who do not speak Dutch.",
            "<p><b>Narrator:</b> Restorative mediation brings people into contact "
            "after a crime, guided by a mediator. It is free and voluntary, and "
            "separate from the criminal case.</p>",
        ),
        video(
            "video-traffic",
            "Contact na een verkeersongeval: zo werkt herstelbemiddeling",
            "na-een-verkeersongeval",
            "Een nabestaande en een veroorzaker over hun contact.",
            "<p><b>Nabestaande:</b> Ik wilde weten hoe de laatste minuten waren.</p>"
            "<p><b>Veroorzaker:</b> Ik denk er elke dag aan. Ik wilde het haar zelf "
            "vertellen.</p><p><i>Beeld: een weg bij schemer.</i></p>",
            "Contact after a traffic accident: how restorative mediation works",
            "after-a-traffic-accident",
            (
                "A bereaved relative and the person who caused the accident "
                "about their contact."
            ),
            "<p><b>Bereaved relative:</b> I wanted to know what the last minutes "
            "were like.</p><p><b>Person who caused it:</b> I think about it every "
            "day. I wanted to tell her myself.</p><p><i>Image: a road at "
            "dusk.</i></p>",
        ),
    ],
)
