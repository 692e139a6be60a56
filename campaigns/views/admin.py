import django_filters
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView

from campaigns.models import Signup
from website.admin_reports import SpreadsheetSafeMixin


class SignupIndexView(SpreadsheetSafeMixin, IndexView):
    """Lists every sign-up, so that the comms team can find one a person asks about; exports
    only confirmed supporters, the only ones who are a campaign's (an unconfirmed address
    may have been typed by anyone)."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        return queryset.confirmed() if self.is_export else queryset


class SignupFilterSet(WagtailFilterSet):
    confirmed = django_filters.BooleanFilter(
        label=_("Confirmed"), field_name="confirmed_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Signup
        fields = ["campaign", "supporter_type", "keep_updated"]


class SignupsPerDayView(SpreadsheetSafeMixin, ReportView):
    """How many confirmed supporters signed each campaign on each day, exportable as CSV or
    Excel."""

    page_title = _("Campaign sign-ups per day")
    header_icon = "group"
    index_url_name = "campaign_signups_per_day"
    index_results_url_name = "campaign_signups_per_day_results"
    permission_policy = ModelPermissionPolicy(Signup)
    permission_required = "view"
    export_filename = "campaign-signups-per-day"
    list_export = ["day", "campaign__title", "campaign__locale__language_code", "signups"]
    export_headings = {
        "day": _("Day"),
        "campaign__title": _("Campaign"),
        "campaign__locale__language_code": _("Language"),
        "signups": _("Sign-ups"),
    }
    columns = [
        DateColumn("day", label=_("Day")),
        Column("campaign__title", label=_("Campaign")),
        Column("campaign__locale__language_code", label=_("Language")),
        Column("signups", label=_("Sign-ups")),
    ]

    def get_queryset(self):
        return (
            Signup.objects.confirmed()
            .annotate(day=TruncDate("signed_at"))
            .values("day", "campaign__title", "campaign__locale__language_code")
            .annotate(signups=Count("pk"))
            .order_by("-day", "campaign__title", "campaign__locale__language_code")
        )
