"""Media from the downloaded folder or fetched from the old site, never from our own
network, never without limits."""

import functools
import http.server
import threading

import pytest
from wagtail.images.models import Image

from tests.wordpress_import.builder import attachment, export
from tests.wordpress_import.conftest import png_bytes
from wordpress_import.importer import import_wordpress

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_site(tmp_path):
    """A web server on this machine standing in for the old site's media host."""
    (tmp_path / "photo.png").write_bytes(png_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def fetch_one(url):
    return import_wordpress(export(attachment(1, url)), fetch_media=True).as_json()


def test_a_private_or_local_address_is_never_fetched(blog, old_site):
    report = fetch_one(f"{old_site}/photo.png")
    assert report["failures"][0]["why"] == (
        "127.0.0.1 is a private or local address, which is never fetched."
    )
    assert not Image.objects.exists()


def test_a_fetched_image_lands_in_the_library(blog, old_site, settings):
    # Positive control for the refusal above: the same server, allowed by the setting.
    settings.WORDPRESS_MEDIA_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    report = fetch_one(f"{old_site}/photo.png")
    assert report["counts"]["attachments"]["created"] == 1
    assert Image.objects.get().width == 64


def test_fetching_stops_at_the_size_limit(blog, old_site, settings):
    settings.WORDPRESS_MEDIA_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.WORDPRESS_MEDIA_MAX_BYTES = 100
    report = fetch_one(f"{old_site}/photo.png")
    assert report["failures"][0]["why"] == "The file is larger than the import allows."
    assert not Image.objects.exists()


def test_a_missing_remote_file_is_reported(blog, old_site, settings):
    settings.WORDPRESS_MEDIA_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    report = fetch_one(f"{old_site}/gone.png")
    assert report["failures"][0]["why"] == "The old site answered 404 for the file."


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd.png", "ftp://example.org/a.png", "gopher://x/a.png"]
)
def test_only_http_and_https_are_fetched(blog, url):
    report = fetch_one(url)
    assert report["failures"][0]["why"] == "Only http and https addresses are fetched."


def test_an_export_cannot_reach_outside_the_media_folder(blog, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    (tmp_path / "secret.png").write_bytes(png_bytes())
    data = export(attachment(1, "https://x.example.org/a.png", attached_file="../secret.png"))
    report = import_wordpress(data, media_dir=media).as_json()
    assert report["failures"][0]["why"] == "The file is not in the media folder."
    # Positive control: the same file inside the folder is found.
    (media / "secret.png").write_bytes(png_bytes())
    data = export(attachment(2, "https://x.example.org/b.png", attached_file="secret.png"))
    report = import_wordpress(data, media_dir=media).as_json()
    assert report["counts"]["attachments"]["created"] == 1


def test_other_kinds_of_file_are_reported_not_imported(blog):
    report = fetch_one("https://x.example.org/minutes.docx")
    assert report["failures"][0]["why"] == (
        "Only images and PDFs are imported; this is a .docx file."
    )
