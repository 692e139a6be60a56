"""The People register a consent officer works from: each person's consent state as one
query annotation, so that the listing filters and exports on it in a fixed number of
queries, with the pages featuring each person.

The state follows the consent rules: only the latest record counts, and a withdrawal
made at or after it wins (`consent.rules.is_withdrawn`)."""

import django_filters
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    OuterRef,
    Q,
    Subquery,
    TextChoices,
    Value,
    When,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column

from consent.gate import WARNING_PERIOD, person_consent
from consent.models import ConsentRecord, ConsentWithdrawal, Person
from consent.views import MANAGE_CONSENT, PersonIndexView


class ConsentState(TextChoices):
    CURRENT = "current", _("Current")
    DUE = "due", _("Review or expiry due")
    EXPIRED = "expired", _("Expired")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    NEVER_ASKED = "never_asked", _("Never asked")


def with_consent_state(people, today=None):
    """Annotates a Person queryset with `consent_state` (a `ConsentState`): withdrawn,
    never asked, expired, due (review date passed or review or expiry within 30 days) or
    current."""
    today = today or timezone.localdate()
    horizon = today + WARNING_PERIOD
    latest = ConsentRecord.objects.filter(person=OuterRef("pk")).order_by("-recorded_at", "-pk")
    withdrawals = ConsentWithdrawal.objects.filter(person=OuterRef("pk")).order_by("-withdrawn_at")
    return people.annotate(
        latest_recorded_at=Subquery(latest.values("recorded_at")[:1]),
        latest_expires_on=Subquery(latest.values("expires_on")[:1]),
        latest_review_on=Subquery(latest.values("review_on")[:1]),
        last_withdrawn_at=Subquery(withdrawals.values("withdrawn_at")[:1]),
    ).annotate(
        consent_state=Case(
            When(
                last_withdrawn_at__isnull=False,
                latest_recorded_at__isnull=True,
                then=Value(ConsentState.WITHDRAWN),
            ),
            When(
                last_withdrawn_at__gte=F("latest_recorded_at"), then=Value(ConsentState.WITHDRAWN)
            ),
            When(latest_recorded_at__isnull=True, then=Value(ConsentState.NEVER_ASKED)),
            When(latest_expires_on__lte=today, then=Value(ConsentState.EXPIRED)),
            When(
                Q(latest_review_on__lte=horizon) | Q(latest_expires_on__lte=horizon),
                then=Value(ConsentState.DUE),
            ),
            default=Value(ConsentState.CURRENT),
            output_field=CharField(),
        )
    )


class PersonFilterSet(WagtailFilterSet):
    consent_state = django_filters.ChoiceFilter(
        label=_("Consent"), choices=ConsentState.choices, method="filter_consent_state"
    )

    class Meta:
        model = Person
        fields = ["consent_state", "role", "age_band"]

    def filter_consent_state(self, queryset, name, value):
        return queryset.filter(consent_state=value)


class ConsentStateColumn(Column):
    """The state as a coloured label that says it in words, then the first problem or how
    long consent runs, then the uses allowed."""

    cell_template_name = "consent/admin/register_status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["state"] = ConsentState(instance.consent_state)
        context["status"], context["uses"] = person_consent(instance, timezone.localdate())
        return context


class PagesColumn(Column):
    """The pages linking the person, and (for consent officers, who may open them) the
    photos recorded as showing them."""

    cell_template_name = "consent/admin/register_pages_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["links"] = instance.page_links.all()
        context["person_id"], context["photo_count"] = instance.pk, instance.photo_count
        context["sees_photos"] = parent_context["request"].user.has_perm(MANAGE_CONSENT)
        return context


# A spreadsheet opens a cell starting with one of these as a formula; a person's name
# typed as "=HYPERLINK(...)" must stay text. Wagtail guards its Excel export but not CSV.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    value = "" if value is None else str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


class RegisterIndexView(PersonIndexView):
    export_headings = {
        "public_name": _("Person"),
        "role": _("Role"),
        "age_band": _("Age band"),
        "consent_state": _("Consent"),
        "status": _("Consent status"),
        "allowed_uses": _("Allowed uses"),
        "pages": _("Pages featuring them"),
        "photos": _("Photos of them"),
    }

    def get_base_queryset(self):
        return (
            with_consent_state(super().get_base_queryset())
            .annotate(photo_count=Count("images", distinct=True))
            .prefetch_related("page_links__page")
        )

    def to_row_dict(self, item):
        status, uses = person_consent(item, timezone.localdate())
        return {
            "public_name": item.public_name,
            "role": item.get_role_display(),
            "age_band": item.get_age_band_display(),
            "consent_state": ConsentState(item.consent_state).label,
            "status": status,
            "allowed_uses": ", ".join(uses),
            "pages": ", ".join(link.page.title for link in item.page_links.all()),
            "photos": item.photo_count,
        }

    def write_csv_row(self, writer, row_dict):
        return super().write_csv_row(
            writer, {field: as_text(value) for field, value in row_dict.items()}
        )
