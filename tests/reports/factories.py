import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from pypdf import PdfWriter
from wagtail.documents import get_document_model

from reports.models import ReportIndexPage, ReportPage


def pdf_bytes(pages=3):
    """A real PDF with `pages` blank A4 pages."""
    writer = PdfWriter()
    for _page in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


class PdfDocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Report file {n}")

    class Meta:
        model = get_document_model()

    class Params:
        pages = 3

    file = factory.LazyAttribute(lambda o: ContentFile(pdf_bytes(o.pages), name="report.pdf"))
    file_size = factory.LazyAttribute(lambda o: o.file.size)


class ReportIndexPageFactory(wagtail_factories.PageFactory):
    title = "Reports"
    slug = "reports"

    class Meta:
        model = ReportIndexPage


class ReportPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Report {n}")
    slug = factory.Sequence(lambda n: f"report-{n}")
    summary = factory.Sequence(lambda n: f"Summary of report {n}.")
    publication_date = factory.Faker("date_between", start_date="-5y", end_date="today")
    document = factory.SubFactory(PdfDocumentFactory)

    class Meta:
        model = ReportPage
