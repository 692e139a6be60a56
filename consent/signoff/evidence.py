"""The evidence file behind a consent record given by private link: a PDF of what the
person answered, stored in the Consent evidence collection like a scanned signed form, so
that the register's evidence rule (every record has a file only consent officers open)
holds for online consent too."""

import io

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.formats import date_format
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.models import Collection

from consent.models import EVIDENCE_COLLECTION_NAME


def answers_pdf(response, *, confirmed_by):
    """The answers as a one-page PDF, in English: evidence is read by staff."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(f"Consent given by private link: {response.person.public_name}")
    y = A4[1] - 2.5 * cm

    def line(text, *, bold=False, gap=0.7):
        nonlocal y
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 11)
        pdf.drawString(2 * cm, y, text)
        y -= gap * cm

    notice = response.link.notice
    submitted = timezone.localtime(response.submitted_at)
    line("Consent given online by private link", bold=True, gap=1)
    line(f"Person: {response.person.public_name} (register number {response.person.pk})")
    line(f"Answered: {date_format(submitted, 'j F Y, H:i')}")
    line(f"Language of the pages they saw: {response.get_language_display()}")
    line(f"Notice shown: {notice.title}, version {notice.version}")
    line(f"Who helped them decide: {response.supported_by or 'nobody named'}")
    line(f"Confirmed by: {confirmed_by.get_username()}", gap=1)
    line("Their answers", bold=True)
    for _use, label, agreed in response.answer_rows():
        line(f"{label}: {'yes' if agreed else 'no'}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def store_evidence(response, *, confirmed_by):
    document = get_document_model()(
        title=(
            f"Online consent by private link: {response.person.public_name}, "
            f"{date_format(timezone.localtime(response.submitted_at), 'j F Y')}"
        ),
        file=ContentFile(
            answers_pdf(response, confirmed_by=confirmed_by),
            name=f"online-consent-{response.pk}.pdf",
        ),
        collection=Collection.objects.get(name=EVIDENCE_COLLECTION_NAME),
        uploaded_by_user=confirmed_by,
    )
    document.save()
    return document
