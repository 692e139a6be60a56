from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from reports.models import DownloadCount, ReportPage, download_totals
from website.admin_reports import SpreadsheetSafeMixin


class ReportDownloadsView(SpreadsheetSafeMixin, ReportView):
    """Downloads of every report, last 30 days and all time, exportable as CSV or Excel
    through Wagtail's report export."""

    page_title = _("Report downloads")
    header_icon = "download"
    index_url_name = "report_downloads"
    index_results_url_name = "report_downloads_results"
    permission_policy = ModelPermissionPolicy(DownloadCount)
    permission_required = "view"
    export_filename = "report-downloads"
    list_export = [
        "title",
        "locale.language_code",
        "publication_date",
        "downloads_last_30_days",
        "downloads_all_time",
    ]
    export_headings = {
        "title": _("Report"),
        "locale.language_code": _("Language"),
        "publication_date": _("Published"),
        "downloads_last_30_days": _("Downloads, last 30 days"),
        "downloads_all_time": _("Downloads, all time"),
    }
    columns = [
        TitleColumn("title", label=_("Report"), url_name="wagtailadmin_pages:edit"),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        StatusTagColumn(
            "live",
            label=_("Status"),
            accessor="status_string",
            primary=lambda page: page.live,
        ),
        Column("downloads_last_30_days", label=_("Last 30 days")),
        Column("downloads_all_time", label=_("All time")),
    ]

    def get_queryset(self):
        return (
            ReportPage.objects.select_related("locale")
            .annotate(**download_totals("download_counts__"))
            .order_by("-downloads_last_30_days", "-downloads_all_time", "title")
        )
