"""The list of reports, which readers filter by topic and year."""

from datetime import MAXYEAR, MINYEAR

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from consent.gate import public_pages
from reports.models.pages import ReportPage
from website.models import SectionIndexPage, Topic

REPORTS_PER_PAGE = 12


class ReportIndexPage(SectionIndexPage):
    subpage_types = ["reports.ReportPage"]

    class Meta:
        verbose_name = _("report index page")

    def public_reports(self):
        return public_pages(ReportPage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        reports = self.public_reports()
        topics = Topic.objects.filter(
            locale_id=self.locale_id,
            page_links__page__in=reports.values("pk"),
        ).distinct()
        years = [day.year for day in reports.dates("publication_date", "year", order="DESC")]

        topic_slug = request.GET.get("topic", "")
        year = request.GET.get("year", "")
        if topic_slug:
            reports = reports.filter(page_topics__topic__slug=topic_slug)
        if year:
            # An address someone typed may hold anything: a year that is not a number, or
            # not one a date can have, matches no report, like a year without reports.
            if year.isascii() and year.isdigit() and MINYEAR <= int(year) <= MAXYEAR:
                reports = reports.filter(publication_date__year=year)
            else:
                reports = reports.none()
        reports = reports.with_listing_details().order_by("-publication_date", "-pk")
        context.update(
            reports=Paginator(reports, REPORTS_PER_PAGE).get_page(request.GET.get("page")),
            topics=topics,
            years=years,
            selected_topic=topic_slug,
            selected_year=year,
            is_filtered=bool(topic_slug or year),
        )
        return context
