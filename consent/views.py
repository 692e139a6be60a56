from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import MenuItem
from wagtail.models import Page
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, IndexView

from consent.gate import images_of, pages_featuring, people_featured, person_consent
from consent.models import ConsentRecord, Person, WithheldImage
from consent.services import record_consent, record_no_identifiable_person, withdraw_consent

MANAGE_CONSENT = "consent.manage_consent"


class PersonIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("consent_records", "withdrawals")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm(MANAGE_CONSENT):
            buttons += [
                MenuItem(
                    _("Record consent"),
                    url=reverse("consent_record_for", args=[instance.pk]),
                    icon_name="doc-full",
                    priority=40,
                ),
                MenuItem(
                    _("Photos"),
                    url=reverse("consent_person_images", args=[instance.pk]),
                    icon_name="image",
                    priority=45,
                ),
                MenuItem(
                    _("Withdraw consent"),
                    url=reverse("consent_withdraw", args=[instance.pk]),
                    icon_name="warning",
                    priority=50,
                ),
            ]
        return buttons


class RecordConsentView(CreateView):
    """The snippet create form for a consent record, saved through `record_consent` so the
    write is validated and logged like every other write to the register."""

    def get_initial(self):
        initial = super().get_initial()
        person_id = self.request.GET.get("person", "")
        if person_id.isdigit():
            initial["person"] = Person.objects.filter(pk=person_id).first()
        return initial

    def save_instance(self):
        record = self.form.instance
        fields = {
            field.name: getattr(record, field.name)
            for field in ConsentRecord._meta.concrete_fields
            if field.editable and field.name not in ("id", "person")
        }
        return record_consent(person=record.person, by=self.request.user, **fields)


class AppendOnlyMixin:
    """Consent records are evidence: even a superuser is shown the record, not a form."""

    def dispatch(self, request, *args, **kwargs):
        messages.warning(
            request,
            _("Consent records cannot be changed or deleted. Record new consent or a withdrawal."),
        )
        return redirect("wagtailsnippets_consent_consentrecord:inspect", kwargs["pk"])


class RecordEditView(AppendOnlyMixin, EditView):
    pass


class RecordDeleteView(AppendOnlyMixin, DeleteView):
    pass


def record_consent_for(request, person_id):
    return redirect(reverse("wagtailsnippets_consent_consentrecord:add") + f"?person={person_id}")


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("What the person (or whoever speaks for them) told us, and when."),
    )


def withdraw(request, person_id):
    """Withdrawal is one action: confirm, and every page featuring the person comes down."""
    if not request.user.has_perm(MANAGE_CONSENT):
        raise PermissionDenied
    person = get_object_or_404(Person, pk=person_id)
    form = WithdrawalForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        _withdrawal, taken_down = withdraw_consent(
            person, by=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("Consent withdrawn for %(name)s.") % {"name": person})
        return TemplateResponse(
            request,
            "consent/admin/withdrawn.html",
            {"person": person, "taken_down": taken_down},
        )
    return TemplateResponse(
        request,
        "consent/admin/withdraw.html",
        {
            "person": person,
            "form": form,
            "live_pages": pages_featuring(person).live().specific(),
        },
    )


class ConsentRegisterReport(ReportView):
    """Every person, their consent status and the pages featuring them; exportable."""

    page_title = _("Consent register")
    header_icon = "group"
    index_url_name = "consent_register_report"
    index_results_url_name = "consent_register_report_results"
    columns = [
        Column("public_name", label=_("Person")),
        Column("status", label=_("Consent status")),
        Column("allowed_uses", label=_("Allowed uses")),
        Column("pages", label=_("Pages featuring them")),
    ]
    list_export = ["public_name", "role", "age_band", "status", "allowed_uses", "pages"]
    export_headings = {
        "public_name": _("Person"),
        "status": _("Consent status"),
        "allowed_uses": _("Allowed uses"),
        "pages": _("Pages featuring them"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(MANAGE_CONSENT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Person.objects.prefetch_related(
            "consent_records", "withdrawals", "page_links__page"
        ).order_by("public_name")

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for person in object_list:
            person.status, uses = person_consent(person, today)
            person.allowed_uses = ", ".join(uses)
            person.pages = ", ".join(link.page.title for link in person.page_links.all())
        return object_list

    def to_row_dict(self, item):
        # Exports cover every row, not only the current page of the listing.
        self.decorate_paginated_queryset([item])
        return super().to_row_dict(item)


class NoIdentifiablePersonForm(forms.Form):
    reason = forms.CharField(
        label=_("Why this page features no identifiable person"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_(
            "For example: a composite of several people's experiences, or an account with "
            "every detail that could identify someone changed. This is kept in the page's history."
        ),
    )


def no_identifiable_person(request, page_id):
    """A consent officer records, with a reason, that a story features nobody who could be
    identified, the one way a story goes out without anyone featured."""
    if not request.user.has_perm(MANAGE_CONSENT):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    form = NoIdentifiablePersonForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if people_featured(page):
            form.add_error(
                None,
                _(
                    "This page features people, so it cannot be recorded as featuring "
                    "nobody. Remove them from “People featured” first if that is wrong."
                ),
            )
        else:
            record_no_identifiable_person(page, by=request.user, reason=form.cleaned_data["reason"])
            messages.success(
                request,
                _("Recorded that “%(title)s” features no identifiable person.")
                % {"title": page.title},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request, "consent/admin/no_identifiable_person.html", {"page": page, "form": form}
    )


def images_of_person(request, person_id):
    """Every image recorded as showing a person, for the consent officer."""
    if not request.user.has_perm(MANAGE_CONSENT):
        raise PermissionDenied
    person = get_object_or_404(Person, pk=person_id)
    withheld = set(WithheldImage.objects.values_list("image_id", flat=True))
    images = [(image, image.pk in withheld) for image in images_of(person).order_by("title")]
    return TemplateResponse(
        request, "consent/admin/person_images.html", {"person": person, "images": images}
    )
