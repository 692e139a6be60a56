import json

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext

from consent.gate import public_pages
from reports.models import ReportPage

register = template.Library()

LATEST_REPORTS = 3

# JSON inside <script> must not be able to close the element or open a comment.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.inclusion_tag("reports/includes/latest_reports.html", takes_context=True)
def latest_reports(context):
    """The newest public reports in the reader's language, for the home page."""
    reports = public_pages(ReportPage.objects.filter(locale__language_code=get_language()))
    return {
        "request": context["request"],
        "reports": reports.with_listing_details().order_by("-publication_date", "-pk")[
            :LATEST_REPORTS
        ],
    }


@register.filter
def download_facts(document):
    """What a reader needs before downloading: "PDF, 2.3 MB, 48 pages"."""
    facts = [document.file_extension.upper()]
    # Wagtail stores the size at upload; get_file_size() reads and stores it once for a
    # document saved by code without it.
    size = document.get_file_size()
    if size:
        facts.append(filesizeformat(size))
    details = getattr(document, "pdf_details", None)
    if details is not None and details.page_count:
        facts.append(
            ngettext("%(count)d page", "%(count)d pages", details.page_count)
            % {"count": details.page_count}
        )
    return ", ".join(facts)


@register.simple_tag(takes_context=True)
def report_json_ld(context, report):
    data = json.dumps(report.structured_data(context.get("request")), ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        # Escaped for a <script> element above; HTML escaping would break the JSON.
        mark_safe(data.translate(JSON_SCRIPT_ESCAPES)),
    )
