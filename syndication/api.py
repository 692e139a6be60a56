"""The read-only API partners read our content through: Wagtail API v2 at /api/v2/.

Every page it lists or shows has passed the consent gate for partner syndication, and it
lists documents from public collections only. Each page type names what it exposes in
its `api_fields`; how a related object (an image, a file, topics, authors) is shown is
decided here, once, by what the field points at, so that it looks the same in every
section and the content apps need not import this module.
"""

from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Q
from rest_framework.fields import Field
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, get_full_url
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex, Site

from blog.models import LISTING_IMAGE, SHARE_IMAGE, BlogPostAuthor
from consent.gate import public_images, public_pages
from documents.models import PdfDetails
from reports.models import FILE_FIELDS, ReportPage
from website.models import Organisation, PageTopic


class ImageRenditionsField(Field):
    """The image's alternative text and two renditions, a listing card and a large share
    image, each with its absolute address and size."""

    # The blog's card and share sizes: the shapes partner listings and social previews
    # take, and renditions that mostly exist already.
    renditions = {
        "thumbnail": ImageRenditionField(LISTING_IMAGE),
        "large": ImageRenditionField(SHARE_IMAGE),
    }

    def to_representation(self, image):
        return {"alt": image.default_alt_text} | {
            name: rendition.to_representation(image) for name, rendition in self.renditions.items()
        }


class DocumentField(Field):
    """A file as a partner links to it: title, address, size in bytes and, for a PDF, its
    number of pages (read when the file was uploaded; null when unknown)."""

    def to_representation(self, document):
        try:
            page_count = document.pdf_details.page_count
        except PdfDetails.DoesNotExist:
            page_count = None
        return {
            "title": document.title,
            "url": get_full_url(self.context["request"], document.url),
            "file_size": document.file_size,
            "page_count": page_count,
        }


class OrganisationField(Field):
    def to_representation(self, organisation):
        return {"name": organisation.name, "website": organisation.website}


class TopicsField(Field):
    def to_representation(self, links):
        return [{"name": link.topic.name, "slug": link.topic.slug} for link in links.all()]


class AuthorsField(Field):
    def to_representation(self, credits):
        return [
            {"name": credit.author.name, "slug": credit.author.slug, "role": credit.author.role}
            for credit in credits.all()
        ]


@dataclass(frozen=True)
class Related:
    """How a field pointing at a model is shown, and what to load with a listing so that
    showing it costs no query per item (`{}` stands for the field's name)."""

    serializer: Field
    select: list = field(default_factory=list)
    prefetch: list = field(default_factory=list)


RELATED = {
    get_image_model(): Related(ImageRenditionsField(), select=["{}"], prefetch=["{}__renditions"]),
    get_document_model(): Related(DocumentField(), select=["{}", "{}__pdf_details"]),
    Organisation: Related(OrganisationField(), select=["{}"]),
    PageTopic: Related(TopicsField(), prefetch=["{}__topic"]),
    BlogPostAuthor: Related(AuthorsField(), prefetch=["{}__author"]),
}


def related_api_fields(model):
    """{field name: Related} for each API field of `model` that points at a model shown
    in a shared way."""
    fields = {}
    for name in PagesAPIViewSet.get_body_fields_names(model):
        try:
            related_model = model._meta.get_field(name).related_model
        except FieldDoesNotExist:
            continue
        if related_model in RELATED:
            fields[name] = RELATED[related_model]
    return fields


MAX_PORT = 65535
# Past any listing we will ever have, and far inside the database's 64-bit integers.
MAX_OFFSET = 10**9


class BoundedOffsetMixin:
    """Wagtail checks that `offset` is a whole number but not its size: one over 2**63
    overflowed PostgreSQL's integers (a 500)."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        offset = self.request.GET.get("offset", "")
        if offset.isascii() and offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset must be at most {MAX_OFFSET}")


class PartnerPagesAPIViewSet(BoundedOffsetMixin, PagesAPIViewSet):
    # Partners' view, whoever asks: not reading the session keeps `Vary: Cookie` off, so
    # that one cached copy serves everyone (website/http_cache.py).
    authentication_classes = []

    def handle_exception(self, exc):
        # A filter on a date field (`?date=`) is checked only when the query runs, and
        # Wagtail lets the error through as a 500.
        if isinstance(exc, ValidationError):
            exc = BadRequestError(f"field filter error: {' '.join(exc.messages)}")
        return super().handle_exception(exc)

    def get_base_queryset(self):
        # Wagtail looks the `site` parameter up unchecked: a port that is not a number or
        # a host we do not serve would be a 500.
        if "site" in self.request.GET:
            hostname, _colon, port = self.request.GET["site"].partition(":")
            sites = Site.objects.filter(hostname=hostname)
            if port:
                is_port = port.isascii() and port.isdigit() and int(port) <= MAX_PORT
                sites = sites.filter(port=port) if is_port else sites.none()
            if not sites.exists():
                raise BadRequestError("site is not one this API serves")
        return super().get_base_queryset()

    @classmethod
    def get_field_serializer_overrides(cls, model):
        shared = {name: related.serializer for name, related in related_api_fields(model).items()}
        return shared | super().get_field_serializer_overrides(model)

    @cached_property
    def partner_pages(self):
        # The gate costs queries of its own and DRF asks for the queryset more than once a
        # request (listing and serializer alike), so it is asked once.
        pages = public_pages(super().get_queryset(), for_partners=True).select_related("locale")
        related = related_api_fields(pages.model).items()
        return pages.select_related(
            *[pattern.format(name) for name, item in related for pattern in item.select]
        ).prefetch_related(
            *[pattern.format(name) for name, item in related for pattern in item.prefetch]
        )

    def get_queryset(self):
        # The detail and find views look pages up in this queryset too, so a page the gate
        # refuses is a 404 there as well.
        return self.partner_pages


def files_of(reports):
    return reduce(
        or_,
        [
            Q(pk__in=reports.filter(**{f"{name}__isnull": False}).values(name))
            for name in FILE_FIELDS
        ],
    )


class PublicDocumentsAPIViewSet(BoundedOffsetMixin, DocumentsAPIViewSet):
    authentication_classes = []  # as for pages

    def get_queryset(self):
        """Documents outside every restricted collection (whoever asks: a signed-in consent
        officer reading the API still gets the partners' view), less the files of reports
        that are not public, whose titles would otherwise announce them early."""
        restricted = [
            Q(collection__path__startswith=collection.path)
            for collection in Collection.objects.filter(
                pk__in=CollectionViewRestriction.objects.values("collection")
            )
        ]
        reports = ReportPage.objects.all()
        public_reports = public_pages(reports, for_partners=True)
        documents = self.model.objects.exclude(files_of(reports) & ~files_of(public_reports))
        if restricted:
            documents = documents.exclude(reduce(or_, restricted))
        return documents.order_by("id")


class PartnerImagesAPIViewSet(BoundedOffsetMixin, ImagesAPIViewSet):
    authentication_classes = []  # as for pages

    def get_queryset(self):
        """Images that a page partners may see uses (found through Wagtail's reference
        index), outside restricted collections. An image's title can name a person, so the
        picture of a withdrawn story must leave the API with the story."""
        public_page_ids = [
            str(pk)
            for pk in public_pages(Page.objects.all(), for_partners=True).values_list(
                "pk", flat=True
            )
        ]
        used = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=public_page_ids,
            to_content_type=ContentType.objects.get_for_model(self.model),
        ).values_list("to_object_id", flat=True)
        # Wagtail's own queryset leaves out images in restricted collections.
        images = super().get_queryset().filter(pk__in=[int(pk) for pk in used])
        return public_images(images)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PartnerPagesAPIViewSet)
api_router.register_endpoint("images", PartnerImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
