"""Report pages (pages.py), the list of reports (index.py) and their daily download counts
(downloads.py)."""

from reports.models.downloads import (
    LATEST_DOWNLOAD_DAYS,
    DownloadCount,
    DownloadCountQuerySet,
    download_totals,
)
from reports.models.index import REPORTS_PER_PAGE, ReportIndexPage
from reports.models.pages import FILE_FIELDS, ReportPage, ReportPageQuerySet, ReportPartner

__all__ = [
    "FILE_FIELDS",
    "LATEST_DOWNLOAD_DAYS",
    "REPORTS_PER_PAGE",
    "DownloadCount",
    "DownloadCountQuerySet",
    "ReportIndexPage",
    "ReportPage",
    "ReportPageQuerySet",
    "ReportPartner",
    "download_totals",
]
