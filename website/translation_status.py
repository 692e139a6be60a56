"""Which English pages have no Welsh version, and which Welsh versions lag behind their
English page. Nothing in Wagtail or wagtail-localize shows this for the whole site.

What a Welsh version reflects:
- kept in step by wagtail-localize (an enabled `Translation`): the English text as it was
  when the translation was last made, that is the earlier of the source's last extraction
  (`TranslationSource.last_updated_at`, moved by "Sync translated pages") and the last time
  the Welsh page was regenerated from it (the newest `TranslationLog`). A sync that has not
  been translated and published yet leaves the Welsh page behind; a sync of unchanged text
  does not. (`Translation.translations_last_updated_at` and `destination_last_updated_at`
  would say this directly, but wagtail-localize 1.14 never fills them in.)
- made or edited by hand (a copy, or a translation switched to manual editing): the
  English page as it was when the Welsh page was last edited.
The Welsh version is out of date when the English page was published after that moment,
since the first such publication. Everything is one query, however many pages there are."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import (
    Case,
    CharField,
    Exists,
    F,
    OuterRef,
    Q,
    Subquery,
    TextChoices,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Least, Substr
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Locale, Page, PageLogEntry, get_page_content_types
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from consent.gate import consent_for_translation
from website.admin_reports import SpreadsheetSafeMixin

WELSH = "cy"


class WelshStatus(TextChoices):
    MISSING = "missing", _("Missing")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    UP_TO_DATE = "up_to_date", _("Up to date")


def welsh_locale():
    return Locale.objects.get(language_code=WELSH)


def source_pages():
    """Every page of the English site: its home page and everything below it (not pages
    left outside any site, such as Wagtail's initial welcome page)."""
    homes = Page.objects.filter(sites_rooted_here__isnull=False, locale=Locale.get_default())
    in_a_site = Q(pk__in=[])
    for home in homes:
        in_a_site |= Q(path__startswith=home.path)
    return Page.objects.filter(in_a_site, alias_of__isnull=True)


def with_translation_status(pages, locale):
    """Annotates `pages` with their version in `locale`: `translation_id`, `source_id` (the
    wagtail-localize source, for the sync link), `is_synced`, `changed_at` (the English
    page's last publication, or last edit for a draft), `translation_status` (a
    `WelshStatus`), `out_of_date_since`, and `section` (the title of the page's top-level
    section, under the home page)."""
    translation = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=locale, alias_of__isnull=True
    )
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    of_this_source = {
        "source__object_id": OuterRef("translation_key"),
        "source__locale_id": OuterRef("locale_id"),
    }
    last_made = TranslationLog.objects.filter(locale=locale, **of_this_source).order_by(
        "-created_at"
    )
    section = Page.objects.filter(depth=3, path=Substr(OuterRef("path"), 1, 3 * Page.steplen))
    pages = pages.annotate(
        translation_id=Subquery(translation.values("pk")[:1]),
        translation_edited_at=Subquery(
            translation.annotate(
                edited_at=Coalesce("latest_revision_created_at", "last_published_at")
            ).values("edited_at")[:1]
        ),
        source_id=Subquery(source.values("pk")[:1]),
        source_updated_at=Subquery(source.values("last_updated_at")[:1]),
        translated_at=Subquery(last_made.values("created_at")[:1]),
        is_synced=Exists(
            Translation.objects.filter(target_locale=locale, enabled=True, **of_this_source)
        ),
        changed_at=Coalesce("last_published_at", "latest_revision_created_at"),
        section=Subquery(section.values("title")[:1]),
    ).annotate(
        reflects=Case(
            When(
                is_synced=True,
                then=Least("source_updated_at", Coalesce("translated_at", "source_updated_at")),
            ),
            default=F("translation_edited_at"),
        )
    )
    first_publication_since = PageLogEntry.objects.filter(
        page=OuterRef("pk"), action="wagtail.publish", timestamp__gt=OuterRef("reflects")
    ).order_by("timestamp")
    return pages.annotate(
        translation_status=Case(
            When(translation_id__isnull=True, then=Value(WelshStatus.MISSING)),
            When(changed_at__gt=F("reflects"), then=Value(WelshStatus.OUT_OF_DATE)),
            default=Value(WelshStatus.UP_TO_DATE),
            output_field=CharField(),
        ),
        out_of_date_since=Case(
            When(
                changed_at__gt=F("reflects"),
                then=Coalesce(
                    Subquery(first_publication_since.values("timestamp")[:1]), "changed_at"
                ),
            ),
        ),
    )


# Who may see the report: whoever may send pages for translation (Editors, Translators).
PERMISSION = "wagtail_localize.submit_translation"


class WelshStatusColumn(Column):
    """The Welsh version's state and the links that move it on."""

    cell_template_name = "website/admin/translation_status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        # Back to the full report, filters kept, even when this row came from the results
        # view that refreshes the table as filters change.
        filters = parent_context["request"].GET.urlencode()
        report_url = reverse("translation_status_report") + (f"?{filters}" if filters else "")
        back = urlencode({"next": report_url})
        context["page"] = instance
        context["blocked"] = instance.welsh_blocked
        # Translators are sent the page's text: nothing of a person who has withdrawn.
        context["withdrawn"] = instance.people_withdrawn
        if instance.translation_id is None:
            if not instance.people_withdrawn:
                context["translate_url"] = (
                    reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
                    + f"?{back}"
                )
            return context
        if (
            instance.is_synced
            and not instance.people_withdrawn
            and instance.changed_at is not None
            and instance.changed_at > instance.source_updated_at
        ):
            context["sync_url"] = (
                reverse("wagtail_localize:update_translations", args=[instance.source_id])
                + f"?{back}"
            )
        context["edit_url"] = reverse("wagtailadmin_pages:edit", args=[instance.translation_id])
        return context


class TranslationStatusFilterSet(WagtailFilterSet):
    translation_status = django_filters.ChoiceFilter(
        label=_("Welsh version"), choices=WelshStatus.choices
    )
    content_type = ContentTypeFilter(
        label=_("Type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )

    class Meta:
        model = Page
        fields = ["translation_status", "content_type", "live"]


def status_label(value):
    return str(WelshStatus(value).label)


def consent_label(blocked):
    return str(BLOCKED_BY_CONSENT) if blocked else ""


BLOCKED_BY_CONSENT = _("Blocked by consent")


def with_welsh_consent(pages):
    """Marks each of `pages` with `welsh_blocked` (the gate refuses it in Welsh) and
    `people_withdrawn` (someone it features has withdrawn)."""
    pages = list(pages)
    consent = consent_for_translation(pages, WELSH)
    for page in pages:
        page.welsh_blocked, page.people_withdrawn = consent[page.pk]
    return pages


def page_type(page):
    return get_content_type_label(page.content_type)


class TranslationStatusReport(SpreadsheetSafeMixin, ReportView):
    page_title = _("Welsh translation status")
    header_icon = "site"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    export_filename = "welsh-translation-status"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            accessor="get_admin_display_title",
            url_name="wagtailadmin_pages:edit",
        ),
        Column("section", label=_("Section")),
        Column("content_type", label=_("Type"), accessor=page_type),
        StatusTagColumn(
            "live", label=_("Status"), accessor="status_string", primary=lambda page: page.live
        ),
        DateColumn("last_published_at", label=_("English last published")),
        WelshStatusColumn("translation_status", label=_("Welsh version")),
    ]
    list_export = [
        "title",
        "section",
        "content_type",
        "status_string",
        "last_published_at",
        "translation_status",
        "out_of_date_since",
        "welsh_blocked",
    ]
    export_headings = {
        "title": _("Page"),
        "section": _("Section"),
        "content_type": _("Type"),
        "status_string": _("Status"),
        "last_published_at": _("English last published"),
        "translation_status": _("Welsh version"),
        "out_of_date_since": _("Out of date since"),
        "welsh_blocked": _("Consent in Welsh"),
    }
    custom_field_preprocess = {
        "content_type": {
            ReportView.FORMAT_CSV: get_content_type_label,
            ReportView.FORMAT_XLSX: get_content_type_label,
        },
        "translation_status": {
            ReportView.FORMAT_CSV: status_label,
            ReportView.FORMAT_XLSX: status_label,
        },
        "welsh_blocked": {
            ReportView.FORMAT_CSV: consent_label,
            ReportView.FORMAT_XLSX: consent_label,
        },
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def decorate_paginated_queryset(self, object_list):
        return with_welsh_consent(object_list)

    def to_row_dict(self, item):
        # An export covers every row; the consent of them all is read once, not per row.
        if not hasattr(self, "export_consent"):
            self.export_consent = consent_for_translation(list(self.object_list), WELSH)
        item.welsh_blocked, item.people_withdrawn = self.export_consent[item.pk]
        return super().to_row_dict(item)

    def get_queryset(self):
        return (
            with_translation_status(source_pages(), welsh_locale())
            .select_related("content_type")
            .annotate_approved_schedule()
            .prefetch_workflow_states()
            .order_by("path")
        )
