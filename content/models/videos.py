"""Video pages: a self-hosted clip or a YouTube video, always with captions in the
page's language and a full transcript on the page.

Nothing is fetched from another host before the visitor presses play: self-hosted
clips use ``preload="none"``; a YouTube video is a placeholder until it is chosen,
and then plays from the privacy-enhanced youtube-nocookie.com domain.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from content.blocks.text import RICH_TEXT_FEATURES
from content.models.base import BasePage

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIDEO_EXTENSIONS = (".mp4", ".webm")
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]


def validate_youtube_id(value: str) -> None:
    if not YOUTUBE_ID.match(value):
        raise ValidationError(
            _("Enter the 11-character video id from the YouTube address, e.g. %(e)s.")
            % {"e": "dQw4w9WgXcQ"}
        )


class VideoPageForm(WagtailAdminPageForm):
    """Captions in the page's language and the transcript are required to publish.
    Wagtail defers required fields when a draft is saved, so drafts can wait."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["transcript"].required = True
        language = (
            self.instance.locale.language_code if self.instance.locale_id else "nl"
        )
        self.fields[f"captions_{language}"].required = True

    def clean(self):
        cleaned = super().clean()
        if getattr(self, "is_deferred_validation", False):
            return cleaned
        video_file, youtube_id = cleaned.get("video_file"), cleaned.get("youtube_id")
        if bool(video_file) == bool(youtube_id):
            self.add_error(
                "video_file",
                _("Choose a video file or fill in a YouTube id (one of the two)."),
            )
        if video_file and not video_file.filename.lower().endswith(VIDEO_EXTENSIONS):
            self.add_error("video_file", _("The video must be an MP4 or WebM file."))
        for language in ("nl", "en"):
            captions = cleaned.get(f"captions_{language}")
            if captions and not captions.filename.lower().endswith(".vtt"):
                self.add_error(
                    f"captions_{language}", _("Captions must be a WebVTT (.vtt) file.")
                )
        return cleaned


class VideoIndexPage(BasePage):
    """Lists the video pages below it."""

    content_panels = BasePage.content_panels

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.VideoPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("video overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["videos"] = (
            VideoPage.objects.child_of(self).live().select_related("poster")
        )
        return context


class VideoPage(BasePage):
    """One video with its captions and full transcript."""

    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("video file"),
        help_text=_("An MP4 or WebM file from the documents. Or use a YouTube id."),
    )
    youtube_id = models.CharField(
        max_length=11,
        blank=True,
        validators=[validate_youtube_id],
        verbose_name=_("YouTube id"),
        help_text=_(
            "Only for a video on YouTube: the 11 characters after 'v=' in its "
            "address. It plays from youtube-nocookie.com after the visitor chooses it."
        ),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("still image"),
        help_text=_("Shown before the video plays. Optional."),
    )
    duration = models.CharField(
        max_length=8,
        blank=True,
        verbose_name=_("duration"),
        help_text=_("How long the video lasts, e.g. '3:20'."),
    )
    captions_nl = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("captions in Dutch"),
        help_text=_("A WebVTT (.vtt) file. Required to publish the Dutch page."),
    )
    captions_en = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("captions in English"),
        help_text=_("A WebVTT (.vtt) file. Required to publish the English page."),
    )
    spoken_language = models.CharField(
        max_length=2,
        choices=LANGUAGES,
        default="nl",
        verbose_name=_("spoken language"),
        help_text=_(
            "The language spoken in the video. When it is not the page's language, "
            "the page says so: e.g. 'This video is in Dutch, with English subtitles'."
        ),
    )
    title_language = models.CharField(
        max_length=2,
        choices=LANGUAGES,
        blank=True,
        verbose_name=_("language of the title"),
        help_text=_(
            "Only when the title is not in the page's language, e.g. an English "
            "video's own title on the Dutch site: screen readers then pronounce it "
            "in that language."
        ),
    )
    transcript = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        verbose_name=_("transcript"),
        help_text=_(
            "Everything that is said, and what is seen when it matters, so the video "
            "can be followed without sound or image. Required to publish."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("video_file"),
                FieldPanel("youtube_id"),
                FieldPanel("poster"),
                FieldPanel("duration"),
                FieldPanel("spoken_language"),
                FieldPanel("title_language"),
            ],
            heading=_("Video"),
        ),
        MultiFieldPanel(
            [FieldPanel("captions_nl"), FieldPanel("captions_en")],
            heading=_("Captions"),
        ),
        FieldPanel("transcript"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("transcript")]

    base_form_class = VideoPageForm
    parent_page_types = ["content.VideoIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("video page")

    @property
    def title_lang(self) -> str:
        """The title's language code when it differs from the page's, else ''."""
        own = self.locale.language_code
        return self.title_language if self.title_language not in ("", own) else ""

    @property
    def in_other_language(self) -> bool:
        """Spoken in a language other than the page's (the page says so)."""
        return self.spoken_language != self.locale.language_code

    @property
    def caption_tracks(self) -> list[tuple[str, str, object]]:
        """(language code, label, document) for each caption file, the page's own
        language first (it is the default track)."""
        own = self.locale.language_code
        tracks = [
            (code, label, document)
            for code, label, document in (
                ("nl", "Nederlands", self.captions_nl),
                ("en", "English", self.captions_en),
            )
            if document
        ]
        return sorted(tracks, key=lambda track: track[0] != own)
