"""Every way an editor can upload an image refuses one with more pixels than the site can
resize safely, as a form error that says why."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import GroupCollectionPermission

pytestmark = pytest.mark.django_db

Image = get_image_model()


def png_of_size(width, height):
    """A black-and-white PNG of any size, written row by row: a 20000 by 20000 image is about
    48 KB, as in the upload that once made a 500."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


HUGE = png_of_size(20000, 20000)
# Over the site's limit but under Pillow's own refusal: Wagtail's check must still apply.
LARGE = png_of_size(9000, 6000)


def writers_collection():
    """The collection Writers may add images to (they have no rights on the root)."""
    return (
        GroupCollectionPermission.objects.filter(
            group__name="Writers", permission__codename="add_image"
        )
        .first()
        .collection_id
    )


def upload(content):
    return SimpleUploadedFile("photo.png", content, content_type="image/png")


def single_upload(client, content):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Photo", "file": upload(content), "collection": writers_collection()},
    )


def multiple_upload(client, content):
    return client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload(content), "collection": writers_collection()},
    )


def chooser_upload(client, content):
    return client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Photo",
            "image-chooser-upload-file": upload(content),
            "image-chooser-upload-collection": writers_collection(),
        },
    )


UPLOADS = [single_upload, multiple_upload, chooser_upload]


@pytest.fixture
def writer_client(client, member_of):
    client.force_login(member_of("Writers"))
    return client


@pytest.mark.parametrize("send", UPLOADS)
@pytest.mark.parametrize("content", [HUGE, LARGE], ids=["20000x20000", "9000x6000"])
def test_an_image_with_too_many_pixels_is_refused_with_a_reason(writer_client, send, content):
    response = send(writer_client, content)
    assert response.status_code == 200
    assert "too many pixels for the site to resize safely (at most 50 million" in response.text
    assert not Image.objects.exists()


@pytest.mark.parametrize("send", UPLOADS)
def test_an_ordinary_photo_is_accepted(writer_client, send):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1200, 800), "teal").save(buffer, "PNG")
    send(writer_client, buffer.getvalue())
    assert Image.objects.get().width == 1200
