"""Real, multi-page text PDFs for the demo reports, written by code (reportlab)."""

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer


def report_pdf(title, *, subtitle, summary, findings, sections, large_print=False):
    """A report: a title page, a summary with the key findings, then one page a section.
    `sections` is a list of (heading, [paragraph, ...]). Large print suits Easy Read."""
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    if large_print:
        body.fontSize, body.leading = 16, 24
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author="Shared Lives Plus",
        subject=subtitle,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
    )
    story = [
        Spacer(1, 60 * mm),
        Paragraph(title, styles["Title"]),
        Paragraph(subtitle, styles["Heading2"]),
        PageBreak(),
        Paragraph("Summary", styles["Heading1"]),
        Paragraph(summary, body),
        Paragraph("Key findings", styles["Heading2"]),
        ListFlowable([Paragraph(finding, body) for finding in findings], bulletType="bullet"),
    ]
    for heading, paragraphs in sections:
        story += [PageBreak(), Paragraph(heading, styles["Heading1"])]
        story += [Paragraph(text, body) for text in paragraphs]
    document.build(story)
    return buffer.getvalue()
