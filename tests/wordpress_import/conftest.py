import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from tests.blog.conftest import blog  # noqa: F401
from wordpress_import.importer import import_wordpress

DATA = Path(__file__).parent / "data"


def png_bytes(colour="teal"):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_bytes():
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, "Annual review")
    document.save()
    return buffer.getvalue()


@pytest.fixture
def export_bytes():
    return (DATA / "export.xml").read_bytes()


@pytest.fixture
def media_dir(tmp_path):
    """The downloaded media library: the photo and the PDF, but not the lost photo."""
    (tmp_path / "2016" / "09").mkdir(parents=True)
    (tmp_path / "2016" / "10").mkdir(parents=True)
    (tmp_path / "2016" / "09" / "kitchen-table.png").write_bytes(png_bytes())
    (tmp_path / "2016" / "10" / "annual-review-2016.pdf").write_bytes(pdf_bytes())
    return tmp_path


@pytest.fixture
def run_import(blog, export_bytes, media_dir):  # noqa: F811
    def run(data=None, **options):
        options.setdefault("media_dir", media_dir)
        return import_wordpress(data or export_bytes, **options).as_json()

    return run
