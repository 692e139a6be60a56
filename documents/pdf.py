"""Checks that an uploaded file really is a PDF a reader can open, and reads its page count.

Written here because no library answers the editor's question ("why was my file
refused?"): pypdf parses the file, and this module turns what goes wrong into a reason an
editor understands.
"""

from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

# The PDF standard lets the "%PDF-" header start anywhere in the first kilobyte.
HEADER_WINDOW = 1024


class NotAReadablePdf(Exception):
    """The file cannot be offered to readers as a PDF; `str()` says why, for an editor."""


def what_it_looks_like(start):
    """A guess at what a non-PDF file is, from its first bytes, for the refusal message."""
    text = start.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<svg" in text:
        return _("This file is an SVG image, not a PDF, even if its name ends in .pdf.")
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text:
        return _("This file is a web page (HTML), not a PDF, even if its name ends in .pdf.")
    return _(
        "This file is not a PDF, even if its name ends in .pdf. Save or export it as PDF "
        "from the program that made it, then upload that."
    )


# What a reader's PDF program would do on its own, beyond showing pages, and why we refuse
# it: our PDFs go to the public, and consent evidence to the consent officers' computers.
RUNS_A_PROGRAM = _(
    "This PDF contains JavaScript, a program that runs when it is opened. We do not publish "
    "PDFs that run programs: print it to a new PDF or save it as PDF/A, then upload that."
)
LAUNCHES = _(
    "This PDF tries to open another program or file when it is used. Print it to a new PDF "
    "or save it as PDF/A, then upload that."
)
CARRIES_FILES = _(
    "This PDF has other files attached inside it. Remove the attachments, or print it to "
    "a new PDF, then upload that."
)


def what_it_would_run(obj):
    """Why one PDF object (with its direct sub-objects) must not be published, or None."""
    if isinstance(obj, ArrayObject):
        return next(filter(None, (what_it_would_run(item) for item in obj)), None)
    if not isinstance(obj, DictionaryObject):
        return None
    action = obj.get("/S")
    if action == "/JavaScript" or "/JS" in obj or "/JavaScript" in obj:
        return RUNS_A_PROGRAM
    if action == "/Launch":
        return LAUNCHES
    if (
        "/EmbeddedFiles" in obj
        or obj.get("/Type") == "/EmbeddedFile"
        or obj.get("/Subtype") == "/FileAttachment"
    ):
        return CARRIES_FILES
    return next(
        filter(
            None,
            (
                what_it_would_run(value)
                for value in obj.values()
                if not isinstance(value, IndirectObject)
            ),
        ),
        None,
    )


def active_content(reader):
    """Why the PDF read by `reader` must not be published, or None. Every object of the file
    is looked at, not only the usual places (the opening action, page actions, the name
    tree), because a PDF program finds an action wherever the file points to it."""
    numbers = [
        (number, generation) for generation, objects in reader.xref.items() for number in objects
    ]
    numbers += [(number, 0) for number in reader.xref_objStm]
    for number, generation in numbers:
        reason = what_it_would_run(IndirectObject(number, generation, reader).get_object())
        if reason:
            return reason
    return what_it_would_run(reader.trailer)


def read_page_count(file):
    """The number of pages of `file` (an open file or Django File), or NotAReadablePdf."""
    file.seek(0)
    start = file.read(HEADER_WINDOW)
    file.seek(0)
    if b"%PDF-" not in start:
        raise NotAReadablePdf(what_it_looks_like(start))
    try:
        reader = PdfReader(file)
        if reader.is_encrypted:
            # A PDF locked only against editing opens with an empty password; one that
            # needs a password to open is useless to the public.
            reader.decrypt("")
        page_count = len(reader.pages)
        # Touching every page proves the page tree is whole, not just the first page.
        for page in reader.pages:
            page.mediabox  # noqa: B018
        reason = active_content(reader)
    except FileNotDecryptedError as error:
        raise NotAReadablePdf(
            _("This PDF needs a password to open. Upload a copy without a password.")
        ) from error
    # pypdf raises many kinds of error on a damaged file (its own, ValueError, KeyError,
    # ...); each means the same thing to an editor.
    except Exception as error:
        raise NotAReadablePdf(
            _(
                "This PDF is damaged or incomplete, so readers could not open it. It may not "
                "have finished saving or uploading: save it again and upload the new copy."
            )
        ) from error
    finally:
        file.seek(0)
    if reason:
        raise NotAReadablePdf(reason)
    if page_count == 0:
        raise NotAReadablePdf(_("This PDF has no pages."))
    return page_count
