import io
import re

import pytest
from pypdf import PdfWriter

from reports.pdf import NotAReadablePdf, read_page_count
from tests.reports.factories import pdf_bytes


def encrypted_pdf(**passwords):
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes(2)))
    writer.encrypt(**passwords)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_reads_the_page_count_of_a_real_pdf():
    assert read_page_count(io.BytesIO(pdf_bytes(7))) == 7


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<!DOCTYPE html><html><body>Report</body></html>", "web page (HTML)"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG image"),
        (b"PK\x03\x04 a zip or Word file", "not a PDF"),
        (pdf_bytes(4)[:-120], "damaged or incomplete"),
        (pdf_bytes(4)[: len(pdf_bytes(4)) // 2], "damaged or incomplete"),
        (encrypted_pdf(user_password="secret", owner_password="secret"), "needs a password"),
    ],
    ids=["html", "svg", "zip", "cut-short", "half", "password"],
)
def test_refuses_what_readers_could_not_open_and_says_why(content, reason):
    with pytest.raises(NotAReadablePdf, match=re.escape(reason)):
        read_page_count(io.BytesIO(content))


def test_a_pdf_locked_only_against_editing_is_fine():
    content = encrypted_pdf(user_password="", owner_password="owner-only")
    assert read_page_count(io.BytesIO(content)) == 2
