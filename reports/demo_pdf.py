"""Real, multi-page text PDFs for the demo reports, written by code (reportlab)."""

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

# The headings every report has, in each language a report is written in.
HEADINGS = {"en": ("Summary", "Key findings"), "cy": ("Crynodeb", "Prif ganfyddiadau")}


def report_pdf(title, *, subtitle, summary, findings, sections, large_print=False, language="en"):
    """A report in `language`: a title page, a summary with the key findings, then one
    page a section. `sections` is a list of (heading, [paragraph, ...]). Large print suits
    Easy Read. The language is set in the PDF too, for screen readers."""
    summary_heading, findings_heading = HEADINGS[language]
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
        lang=language,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
    )
    story = [
        Spacer(1, 60 * mm),
        Paragraph(title, styles["Title"]),
        Paragraph(subtitle, styles["Heading2"]),
        PageBreak(),
        Paragraph(summary_heading, styles["Heading1"]),
        Paragraph(summary, body),
        Paragraph(findings_heading, styles["Heading2"]),
        ListFlowable([Paragraph(finding, body) for finding in findings], bulletType="bullet"),
    ]
    for heading, paragraphs in sections:
        story += [PageBreak(), Paragraph(heading, styles["Heading1"])]
        story += [Paragraph(text, body) for text in paragraphs]
    document.build(story)
    return buffer.getvalue()
