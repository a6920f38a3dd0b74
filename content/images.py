"""Image uploads that refuse a damaged file with a clear message.

Wagtail checks an upload by its first bytes: a file that starts like a GIF (or
PNG, JPEG...) but is cut off or garbled passes that check, and then Pillow fails
while Wagtail reads its size, and the editor gets a server error. Here the whole
image (every frame of an animation) is decoded while the form is validated, and
any decoding failure becomes a form error. Used for single and multiple uploads
through ``WAGTAILIMAGES_IMAGE_FORM_BASE``.
"""

import struct

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from PIL import Image as PILImage
from PIL import ImageSequence

# Pillow's own errors for a file it cannot read: OSError (truncated, broken
# data; UnidentifiedImageError is one), SyntaxError, ValueError and EOFError
# (malformed headers and frames), struct.error (a header cut short); and a frame
# far larger than the header said (DecompressionBombError).
DECODING_ERRORS = (
    OSError,
    struct.error,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    PILImage.DecompressionBombError,
)
# An animation with more frames than this is not decoded to the end.
MAX_FRAMES = 1000


class CheckedImageField(WagtailImageField):
    default_error_messages = {
        "damaged_image": _(
            "This image file is damaged or incomplete, so it cannot be used. "
            "Save it again in an image program, or choose another file."
        ),
    }

    def _damaged(self) -> ValidationError:
        return ValidationError(
            self.error_messages["damaged_image"], code="damaged_image"
        )

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except DECODING_ERRORS as error:
            raise self._damaged() from error

    def to_python(self, data):
        f = super().to_python(data)
        if f is None:
            return f
        file = f.temporary_file_path() if hasattr(f, "temporary_file_path") else f
        try:
            if hasattr(file, "seek"):
                file.seek(0)
            with PILImage.open(file) as image:
                for number, frame in enumerate(ImageSequence.Iterator(image)):
                    frame.load()
                    if number >= MAX_FRAMES:
                        break
        except DECODING_ERRORS as error:
            raise self._damaged() from error
        finally:
            if hasattr(f, "seek"):
                f.seek(0)
        return f


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            checked = CheckedImageField(
                label=field.label, required=field.required, help_text=field.help_text
            )
            checked.widget = field.widget
            self.fields["file"] = checked
