from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from consent.gate import public_pages
from reports.models import ReportPage
from reports.panels import DOWNLOAD_STATISTICS_PERMISSION
from reports.views import ReportDownloadsView
from website.admin_reports import PermissionMenuItem, report_urls


@hooks.register("before_serve_document")
def hide_files_of_unpublished_reports(document, request):
    """A report's file is public only while one of the reports using it is: a draft
    report's PDF must not leak through its /documents/ address. The comms team (anyone who
    can use the admin) can still open it to check it."""
    if request.user.has_perm("wagtailadmin.access_admin"):
        return
    reports = ReportPage.objects.using_document(document)
    if reports.exists() and not public_pages(reports).exists():
        raise Http404


@hooks.register("register_admin_urls")
def register_report_downloads_urls():
    return report_urls("reports/downloads/", ReportDownloadsView, "report_downloads")


@hooks.register("register_reports_menu_item")
def register_report_downloads_menu_item():
    return PermissionMenuItem(
        _("Report downloads"),
        reverse("report_downloads"),
        permission=DOWNLOAD_STATISTICS_PERMISSION,
        name="report-downloads",
        icon_name="download",
        order=1300,
    )
