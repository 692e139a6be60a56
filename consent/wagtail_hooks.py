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
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from consent import register, views
from consent.gate import (
    blocked_pages,
    consent_problems,
    page_is_blocked,
    records_due,
    withdrawn_links,
)
from consent.models import ConsentNotice, ConsentRecord, Person


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


@hooks.register("insert_global_admin_css")
def register_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/consent-admin.css"))


@hooks.register("register_admin_urls")
def consent_admin_urls():
    return [
        path("consent/people/<int:person_id>/withdraw/", views.withdraw, name="consent_withdraw"),
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


@hooks.register("before_serve_page")
def gone_without_consent(page, request, serve_args, serve_kwargs):
    """Consent can lapse between two runs of `enforce_consent`; the page must not be shown
    in that minute either."""
    if page_is_blocked(page):
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
        blocked = blocked_pages().specific()
        context = {
            "due": list(records_due(timezone.localdate())),
            "withdrawn": withdrawn_links(),
            "blocked": [(page, consent_problems(page)) for page in blocked],
        }
        return render_to_string("consent/admin/attention_panel.html", context, request=self.request)


@hooks.register("construct_homepage_panels")
def add_consent_panel(request, panels):
    if request.user.has_perm("consent.view_person"):
        panels.append(ConsentAttentionPanel(request))
