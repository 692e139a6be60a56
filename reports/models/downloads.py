"""Daily download counts of reports, kept without anything about who downloaded them."""

from datetime import timedelta

from django.db import IntegrityError, models, transaction
from django.db.models import F, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LATEST_DOWNLOAD_DAYS = 30


class DownloadCountQuerySet(models.QuerySet):
    def record(self, report):
        """Adds one to today's count for `report`, safely when downloads arrive at once:
        the increment happens in the database, and a second request racing to create
        today's row falls back to incrementing the row the first one made."""
        today = self.filter(report=report, day=timezone.localdate())
        if today.update(downloads=F("downloads") + 1):
            return
        try:
            with transaction.atomic():
                self.create(report=report, day=timezone.localdate(), downloads=1)
        except IntegrityError:
            today.update(downloads=F("downloads") + 1)


class DownloadCount(models.Model):
    """How many times a report was downloaded on one day. Nothing about who downloaded it
    is kept: no address, cookie or other identifier."""

    report = models.ForeignKey(
        "reports.ReportPage",
        verbose_name=_("report"),
        on_delete=models.CASCADE,
        related_name="download_counts",
    )
    day = models.DateField(_("day"))
    downloads = models.PositiveIntegerField(_("downloads"), default=0)

    objects = DownloadCountQuerySet.as_manager()

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        constraints = [
            models.UniqueConstraint(fields=["report", "day"], name="one_download_count_per_day")
        ]

    def __str__(self):
        return f"{self.report}, {self.day}: {self.downloads}"


def download_totals(queryset_prefix=""):
    """Annotations for the downloads in the last 30 days and of all time, through the
    relation named by `queryset_prefix` ("" when aggregating DownloadCount itself)."""
    since = timezone.localdate() - timedelta(days=LATEST_DOWNLOAD_DAYS - 1)
    downloads = f"{queryset_prefix}downloads"
    day = f"{queryset_prefix}day"
    return {
        "downloads_last_30_days": Coalesce(Sum(downloads, filter=Q(**{f"{day}__gte": since})), 0),
        "downloads_all_time": Coalesce(Sum(downloads), 0),
    }
