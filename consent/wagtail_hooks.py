from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from consent import register, views
from consent.bulk_actions import AddPeopleBulkAction
from consent.gate import (
    consent_problems,
    needing_attention,
    page_is_blocked,
    people_featured,
    records_due,
    withdrawn_links,
)
from consent.models import ConsentNotice, ConsentRecord, Person
from consent.services import undo_no_identifiable_person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    index_view_class = register.RegisterIndexView
    list_display = [
        "public_name",
        "role",
        register.ConsentStateColumn("consent_state", label=_("Consent")),
        register.PagesColumn("pages", label=_("Pages featuring them")),
    ]
    filterset_class = register.PersonFilterSet
    list_export = list(register.RegisterIndexView.export_headings)
    export_filename = "people-consent-register"
    search_fields = ["public_name"]
    # Searched in the database, not the search backend, which cannot combine a search with
    # the consent-state annotation or the role and age filters (it raised an error).
    search_backend_name = None
    copy_view_enabled = False


class ConsentNoticeViewSet(SnippetViewSet):
    model = ConsentNotice
    icon = "doc-full"
    list_display = ["title", "version", "created_at"]
    copy_view_enabled = False


class ConsentRecordViewSet(SnippetViewSet):
    """Records are append-only: they can be added and inspected, never edited."""

    model = ConsentRecord
    icon = "form"
    add_view_class = views.RecordConsentView
    edit_view_class = views.RecordEditView
    delete_view_class = views.RecordDeleteView
    list_display = ["person", "given_on", "authority", "expires_on", "recorded_at"]
    list_filter = ["authority", "method"]
    inspect_view_enabled = True
    copy_view_enabled = False


class ConsentViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, ConsentRecordViewSet, ConsentNoticeViewSet)
    menu_icon = "group"
    menu_label = _("Consent")
    menu_order = 250


register_snippet(ConsentViewSetGroup)


hooks.register("register_bulk_action", AddPeopleBulkAction)


@hooks.register("insert_global_admin_css")
def register_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/consent-admin.css"))


@hooks.register("register_admin_urls")
def consent_admin_urls():
    return [
        path(
            "consent/people/<int:person_id>/images/",
            views.images_of_person,
            name="consent_person_images",
        ),
        path("consent/people/<int:person_id>/withdraw/", views.withdraw, name="consent_withdraw"),
        path(
            "consent/pages/<int:page_id>/no-identifiable-person/",
            views.no_identifiable_person,
            name="consent_no_identifiable_person",
        ),
        path(
            "consent/people/<int:person_id>/record/",
            views.record_consent_for,
            name="consent_record_for",
        ),
        path(
            "reports/consent-register/",
            views.ConsentRegisterReport.as_view(),
            name="consent_register_report",
        ),
        path(
            "reports/consent-register/results/",
            views.ConsentRegisterReport.as_view(results_only=True),
            name="consent_register_report_results",
        ),
    ]


class ConsentRegisterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.MANAGE_CONSENT)


@hooks.register("register_reports_menu_item")
def consent_register_menu_item():
    return ConsentRegisterMenuItem(
        _("Consent register"), reverse("consent_register_report"), icon_name="group", order=900
    )


@hooks.register("register_log_actions")
def consent_log_actions(actions):
    actions.register_action("consent.record", _("Record consent"), _("Consent recorded"))
    actions.register_action("consent.withdraw", _("Withdraw consent"), _("Consent withdrawn"))
    actions.register_action(
        "consent.take_down", _("Take down after withdrawal"), _("Taken down: consent withdrawn")
    )
    actions.register_action(
        "consent.expired", _("Take down, consent lapsed"), _("Taken down: consent lapsed")
    )
    actions.register_action(
        "consent.blocked_publication",
        _("Refuse publication"),
        _("Publication refused: consent missing"),
    )
    actions.register_action("consent.reminder", _("Consent reminder"), _("Reminder sent"))
    actions.register_action(
        "consent.image_people", _("Record people shown"), _("People shown in the image recorded")
    )
    actions.register_action(
        "consent.image_withheld",
        _("Withhold image"),
        _("Image withheld: someone it shows has not consented"),
    )
    actions.register_action(
        "consent.image_released", _("Release image"), _("Image served again: consent given")
    )
    actions.register_action(
        "consent.nobody_featured",
        _("Record no identifiable person"),
        _("Recorded: features no identifiable person"),
    )
    actions.register_action(
        "consent.nobody_featured_undone",
        _("Undo no identifiable person"),
        _("No longer recorded as featuring no identifiable person: a person was added"),
    )


@hooks.register("before_publish_page")
def refuse_publication_without_consent(request, page):
    """The editor's publish button: the draft is already saved, so nothing is lost."""
    problems = consent_problems(page)
    if problems:
        messages.error(
            request,
            _("This page cannot be published yet: %(problems)s") % {"problems": " ".join(problems)},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("after_edit_page")
def undo_no_identifiable_person_once_someone_is_featured(request, page):
    """A draft that adds a person undoes a record that the page features nobody
    identifiable, before it is ever published."""
    if people_featured(page.get_latest_revision_as_object()):
        undo_no_identifiable_person(Page.objects.filter(pk=page.pk), by=request.user)


@hooks.register("before_serve_page")
def gone_without_consent(page, request, serve_args, serve_kwargs):
    """Consent can lapse between two runs of `enforce_consent`; the page must not be shown
    in that minute either."""
    if page_is_blocked(page, request=request):
        return TemplateResponse(request, "consent/gone.html", {}, status=410)
    return None


class ConsentAttentionPanel(Component):
    """The dashboard's "Consent needing attention": consent expiring or due for review
    within 30 days, withdrawn people still linked to pages, and pages blocked by consent."""

    name = "consent_attention"
    order = 50

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        context = {
            "due": list(records_due(timezone.localdate())),
            "withdrawn": withdrawn_links(),
            "blocked": needing_attention(),
        }
        return render_to_string("consent/admin/attention_panel.html", context, request=self.request)


@hooks.register("construct_homepage_panels")
def add_consent_panel(request, panels):
    if request.user.has_perm("consent.view_person"):
        panels.append(ConsentAttentionPanel(request))
