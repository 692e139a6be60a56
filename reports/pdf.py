"""Checks that an uploaded file really is a PDF a reader can open, and reads its page count.

Written here because no library answers the editor's question ("why was my file
refused?"): pypdf parses the file, and this module turns what goes wrong into a reason an
editor understands.
"""

from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

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
    if page_count == 0:
        raise NotAReadablePdf(_("This PDF has no pages."))
    return page_count
