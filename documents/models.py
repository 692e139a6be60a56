from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string


class PdfDetails(models.Model):
    """What readers are told about a PDF before downloading it, read once from the file
    when it is uploaded rather than on every request (Wagtail already stores the size)."""

    document = models.OneToOneField(
        get_document_model_string(),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="pdf_details",
    )
    page_count = models.PositiveIntegerField(_("pages"), null=True)
    # Which version of the file the count describes: a replaced file is read again.
    file_hash = models.CharField(max_length=40, blank=True)

    class Meta:
        # The table the model had when it lived in reports/: moved without copying rows.
        db_table = "reports_pdfdetails"
        verbose_name = _("PDF details")
        verbose_name_plural = _("PDF details")

    def __str__(self):
        return f"{self.document}: {self.page_count} pages"
