from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from documents.pdf import NotAReadablePdf, read_page_count


class PdfDocumentForm(BaseDocumentForm):
    """The base of every document form Wagtail builds (upload, multiple upload, the
    chooser's upload tab), set by WAGTAILDOCS_DOCUMENT_FORM_BASE: a file is accepted only
    if it is a PDF readers can open. Wagtail itself checks the extension and the size."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        # Editing a document without choosing a new file keeps the stored one.
        if isinstance(file, UploadedFile):
            try:
                read_page_count(file)
            except NotAReadablePdf as problem:
                raise ValidationError(str(problem), code="not_a_readable_pdf") from problem
        return file

    class Meta(BaseDocumentForm.Meta):
        pass
