"""Writes that follow from an upload."""

from documents.models import PdfDetails
from documents.pdf import NotAReadablePdf, read_page_count


def describe_document(document):
    """Reads and stores the page count of `document`'s file, once per version of the file.
    A file the upload form would refuse (saved by code) gets no page count, not an error."""
    known = PdfDetails.objects.filter(document=document).first()
    if known is not None and known.file_hash == document.file_hash:
        return known
    try:
        with document.open_file() as file:
            page_count = read_page_count(file)
    except NotAReadablePdf:
        page_count = None
    details, _created = PdfDetails.objects.update_or_create(
        document=document,
        defaults={"page_count": page_count, "file_hash": document.file_hash},
    )
    return details
