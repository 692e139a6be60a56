"""A report: its page, the versions of its file that readers download, and its partners."""

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model, get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from consent.panels import featured_people_panels
from documents.views import serve as serve_document
from reports.models.downloads import DownloadCount, download_totals
from reports.panels import DownloadsPanel
from website import frame
from website.models import topics_panel
from website.related import pages_sharing_topics


class ReportPageQuerySet(PageQuerySet):
    def with_listing_details(self):
        """What a list of reports shows (cover, download facts) in a fixed number of
        queries however many reports there are."""
        return self.select_related("cover", "document__pdf_details")

    def using_document(self, document):
        return self.filter(
            Q(document=document) | Q(easy_read_document=document) | Q(accessible_document=document)
        )


FILE_FIELDS = ("document", "easy_read_document", "accessible_document")


class ReportPage(frame.RestrictionsFromFrame, RoutablePageMixin, Page):
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("What the report is about and what it found, in two or three sentences."),
    )
    key_findings = StreamField(
        [("finding", blocks.TextBlock(label=_("Finding"), max_length=400))],
        verbose_name=_("key findings"),
        blank=True,
        help_text=_("One finding per item, each a sentence or two. Three to six work best."),
    )
    publication_date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("Shown on the report and used to order the list of reports."),
    )
    authors = models.CharField(
        _("authors"),
        max_length=300,
        blank=True,
        help_text=_("The names on the cover, separated by commas."),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("report (PDF)"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full report. Readers see its size and number of pages."),
    )
    easy_read_document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("Easy Read version (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessible_document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("accessible version (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For example a tagged PDF that works with screen readers."),
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    how_to_cite = models.TextField(
        _("how to cite"),
        max_length=600,
        blank=True,
        help_text=_(
            "Leave blank to show a citation made from the authors, year, title and address."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("key_findings"),
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                FieldPanel("authors"),
                MultipleChooserPanel(
                    "partners",
                    chooser_field_name="organisation",
                    heading=_("Partner organisations"),
                    label=_("Partner"),
                ),
            ],
            heading=_("Who and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("easy_read_document"),
                FieldPanel("accessible_document"),
                FieldPanel("cover"),
            ],
            heading=_("Files"),
        ),
        FieldPanel("how_to_cite"),
        *featured_people_panels(),
        topics_panel(),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList([DownloadsPanel()], heading=_("Downloads")),
            ObjectList(Page.settings_panels, heading=_("Settings"), classname="settings"),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("key_findings"),
        index.SearchField("authors"),
        index.FilterField("publication_date"),
    ]
    # What partners read through the API (syndication/api.py).
    api_fields = [
        "publication_date",
        "summary",
        "key_findings",
        "authors",
        "cover",
        "document",
        "easy_read_document",
        "accessible_document",
        "how_to_cite",
        "page_topics",
    ]

    objects = PageManager.from_queryset(ReportPageQuerySet)()

    parent_page_types = ["reports.ReportIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    @property
    def introduction(self):
        # The site's templates describe any page by its introduction (meta description).
        return self.summary

    @cached_property
    def downloads(self):
        """Each version that has a file, main report first, with its download address
        below the report's own."""
        versions = [
            ("report", _("Download the report"), self.document),
            ("easy-read", _("Easy Read version"), self.easy_read_document),
            ("accessible", _("Accessible version"), self.accessible_document),
        ]
        return [
            {"version": version, "label": label, "document": document}
            | {"path": self.download_path(version)}
            for version, label, document in versions
            if document is not None
        ]

    @property
    def easy_read_download(self):
        return next((item for item in self.downloads if item["version"] == "easy-read"), None)

    @property
    def easy_read_path(self):
        """For listings, which know a report has an Easy Read version from its id alone."""
        return self.download_path("easy-read") if self.easy_read_document_id else None

    def download_path(self, version="report"):
        """The download's address below the report's own (`download/`, ...)."""
        if version == "report":
            return self.reverse_subpage("download")
        return self.reverse_subpage("download_version", kwargs={"version": version})

    @path("download/", name="download")
    @path("download/<slug:version>/", name="download_version")
    def download(self, request, version="report"):
        """Serves a version's file through Wagtail's document view (so its privacy checks
        apply) and counts the download when the file itself is sent."""
        found = [item["document"] for item in self.downloads if item["version"] == version]
        if not found:
            raise Http404
        document = found[0]
        response = serve_document(request, document.pk, document.filename)
        if request.method == "GET" and response.status_code == 200:
            DownloadCount.objects.record(self)
        return response

    def download_totals(self):
        return self.download_counts.aggregate(**download_totals())

    def fetch_files(self):
        """Reads the report's files with what a reader is told of each (PDF details) in one
        query rather than two a file, kept on the page's own fields. Listings and feeds
        get them with their own query (select_related) instead."""
        files = (
            get_document_model()
            .objects.select_related("pdf_details")
            .in_bulk([self.document_id, self.easy_read_document_id, self.accessible_document_id])
        )
        for field in FILE_FIELDS:
            if getattr(self, f"{field}_id") in files:
                setattr(self, field, files[getattr(self, f"{field}_id")])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.fetch_files()
        context.update(
            partners=self.partner_organisations,
            topics=self.topics(),
            related_campaigns=self.related_campaigns(),
        )
        return context

    @cached_property
    def partner_organisations(self):
        return [partner.organisation for partner in self.partners.select_related("organisation")]

    def related_campaigns(self):
        """Campaign pages sharing a topic with this report. Matched by app label so that
        this app need not import the campaigns app, and shows nothing until it exists."""
        return (
            pages_sharing_topics(self)
            .filter(content_type__app_label="campaigns")
            .order_by("-first_published_at")[:3]
        )

    def topics(self):
        return [link.topic for link in self.page_topics.select_related("topic")]

    def citation(self):
        if self.how_to_cite:
            return self.how_to_cite
        parts = [self.authors] if self.authors else []
        parts.append(f"({self.publication_date.year}) {self.title}.")
        return " ".join([*parts, self.get_full_url() or ""]).strip()

    def structured_data(self, request=None):
        """The schema.org `Report` description search engines read (JSON-LD)."""
        data = {
            "@context": "https://schema.org",
            "@type": "Report",
            "name": self.title,
            "description": self.summary,
            "datePublished": self.publication_date.isoformat(),
            "inLanguage": frame.language_code(request, self.locale_id),
            "url": self.get_full_url(request),
            "publisher": {
                "@type": "Organization",
                "name": (frame.find_site(request) or self.get_site()).site_name,
            },
        }
        if self.authors:
            data["author"] = [
                {"@type": "Person", "name": name.strip()}
                for name in self.authors.split(",")
                if name.strip()
            ]
        organisations = self.partner_organisations
        if organisations:
            data["contributor"] = [
                {"@type": "Organization", "name": organisation.name}
                | ({"url": organisation.website} if organisation.website else {})
                for organisation in organisations
            ]
        if self.document_id is not None:
            data["encoding"] = {
                "@type": "MediaObject",
                "encodingFormat": "application/pdf",
                "contentUrl": self.get_full_url(request) + self.download_path(),
            }
        return data


class ReportPartner(Orderable):
    page = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "website.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner organisation")
        constraints = [
            models.UniqueConstraint(fields=["page", "organisation"], name="unique_report_partner")
        ]
