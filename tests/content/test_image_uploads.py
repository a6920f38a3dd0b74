"""Redactie uploads a damaged image: a clear message on the form, nothing stored,
never a server error (content/images.py)."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model

import pytest
from PIL import Image

from content.groups import REDACTIE
from tests.conftest import parse
from tests.staff import login_staff, staff_member

MESSAGE = "Dit afbeeldingsbestand is beschadigd of onvolledig"


def gif(frames: int = 1) -> bytes:
    buffer = io.BytesIO()
    images = [Image.new("RGB", (40, 30), colour) for colour in ("red", "blue")[:frames]]
    images[0].save(buffer, "GIF", save_all=frames > 1, append_images=images[1:])
    return buffer.getvalue()


DAMAGED = {
    "signature only": b"GIF89a",
    "cut inside the screen descriptor": gif()[:10],
    "header only": b"GIF89a" + b"\x00" * 20,
    "cut off after the header": gif()[:30],
    "last bytes missing": gif()[:-10],
    "garbled image data": b"GIF89a\x10\x00\x10\x00" + b"\xff" * 100,
    "second frame cut off": gif(frames=2)[:-12],
}


@pytest.fixture
def editor(client, seeded):
    login_staff(client, staff_member(REDACTIE))
    return client


def upload(client, data: bytes, name: str = "foto.gif"):
    return client.post(
        "/admin/images/add/",
        {"title": "Foto", "file": SimpleUploadedFile(name, data, "image/gif")},
    )


@pytest.mark.parametrize("damage", list(DAMAGED))
def test_a_damaged_gif_gets_a_clear_message(editor, damage):
    response = upload(editor, DAMAGED[damage])

    assert response.status_code == 200
    assert MESSAGE in parse(response).get_text()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("damage", list(DAMAGED))
def test_the_multiple_uploader_says_so_too(editor, damage):
    response = editor.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("foto.gif", DAMAGED[damage], "image/gif")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert MESSAGE in response.json()["error_message"]
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("frames", [1, 2])
def test_a_sound_gif_is_taken(editor, frames):
    response = upload(editor, gif(frames))

    assert response.status_code == 302
    assert get_image_model().objects.get().title == "Foto"
