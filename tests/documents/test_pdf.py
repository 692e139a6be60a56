import io
import re

import pytest
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from documents.pdf import NotAReadablePdf, read_page_count
from tests.reports.factories import pdf_bytes


def encrypted_pdf(**passwords):
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes(2)))
    writer.encrypt(**passwords)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def rewritten(change):
    """A real two-page PDF, changed by `change(writer)`."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes(2)))
    change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def open_action(**action):
    def change(writer):
        writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
            {NameObject(key): value for key, value in action.items()}
        )

    return change


JAVASCRIPT_ON_OPEN = rewritten(
    open_action(**{"/S": NameObject("/JavaScript"), "/JS": TextStringObject("app.alert(1)")})
)


def javascript_in_names(writer):
    # Where Acrobat keeps document-level scripts, run as the file opens.
    script = writer._add_object(
        DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert(1)"),
            }
        )
    )
    names = DictionaryObject({NameObject("/Names"): ArrayObject([TextStringObject("a"), script])})
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): writer._add_object(names)}
    )


JAVASCRIPT_IN_NAMES = rewritten(javascript_in_names)
LAUNCH_ON_OPEN = rewritten(
    open_action(**{"/S": NameObject("/Launch"), "/F": TextStringObject("calc.exe")})
)
ATTACHMENT = rewritten(lambda writer: writer.add_attachment("notes.txt", b"hello"))
# Opening at page one, fitted to the window: an opening action that runs nothing.
OPENS_AT_FIRST_PAGE = rewritten(lambda writer: setattr(writer, "open_destination", writer.pages[0]))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (JAVASCRIPT_ON_OPEN, "contains JavaScript"),
        (JAVASCRIPT_IN_NAMES, "contains JavaScript"),
        (LAUNCH_ON_OPEN, "tries to open another program"),
        (ATTACHMENT, "other files attached inside it"),
    ],
    ids=["javascript-open-action", "javascript-names", "launch", "embedded-file"],
)
def test_refuses_pdfs_that_would_run_or_carry_something_and_says_why(content, reason):
    with pytest.raises(NotAReadablePdf, match=re.escape(reason)):
        read_page_count(io.BytesIO(content))


def test_a_pdf_that_only_opens_at_its_first_page_is_fine():
    assert read_page_count(io.BytesIO(OPENS_AT_FIRST_PAGE)) == 2


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


def test_the_harmless_opening_action_is_really_there():
    # The positive control for the test above: the file does carry an /OpenAction.
    assert b"/OpenAction" in OPENS_AT_FIRST_PAGE
