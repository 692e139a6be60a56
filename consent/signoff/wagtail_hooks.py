from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.snippets.action_menu import ActionMenuItem

from consent.models import Person
from consent.signoff import admin_views
from consent.signoff.admin_views import MANAGE_CONSENT
from consent.signoff.models import SignoffResponse


@hooks.register("register_admin_urls")
def signoff_admin_urls():
    return [
        path(
            "consent/people/<int:person_id>/private-link/",
            admin_views.private_link,
            name="consent_signoff_link",
        ),
        path("consent/answers/", admin_views.pending_answers, name="consent_signoff_answers"),
        path(
            "consent/answers/<int:response_id>/",
            admin_views.review_answers,
            name="consent_signoff_review",
        ),
    ]


class ConsentOfficerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MANAGE_CONSENT)


@hooks.register("register_admin_menu_item")
def signoff_answers_menu_item():
    return ConsentOfficerMenuItem(
        _("Sign-off answers"), reverse("consent_signoff_answers"), icon_name="tasks", order=251
    )


class PrivateLinkMenuItem(ActionMenuItem):
    """ "Make a private link" in the footer menu of a person's edit page."""

    label = _("Make a private link")
    name = "action-private-link"
    icon_name = "link"

    def is_shown(self, context):
        return context["view"] == "edit" and context["request"].user.has_perm(MANAGE_CONSENT)

    def get_url(self, parent_context):
        return reverse("consent_signoff_link", args=[parent_context["instance"].pk])


@hooks.register("register_snippet_action_menu_item")
def private_link_action(model):
    return PrivateLinkMenuItem(order=200) if model is Person else None


@hooks.register("register_snippet_listing_buttons")
def private_link_listing_button(snippet, user, next_url=None):
    if isinstance(snippet, Person) and user.has_perm(MANAGE_CONSENT):
        yield Button(
            _("Private link"),
            url=reverse("consent_signoff_link", args=[snippet.pk]),
            icon_name="link",
            priority=45,
        )


@hooks.register("register_log_actions")
def signoff_log_actions(actions):
    actions.register_action(
        "consent.signoff_link", _("Make a private link"), _("Private sign-off link made")
    )
    actions.register_action(
        "consent.signoff_answer", _("Answer by private link"), _("Answered by private link")
    )
    actions.register_action(
        "consent.signoff_declined",
        _("Decline answers given by private link"),
        _("Answers given by private link not confirmed"),
    )


class WaitingAnswersPanel(Component):
    """On the dashboard: how many people's answers wait for a consent officer."""

    name = "consent_signoff_waiting"
    order = 45

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        waiting = SignoffResponse.objects.filter(status=SignoffResponse.Status.PENDING).count()
        if not waiting:
            return ""
        return render_to_string(
            "consent/signoff/admin/waiting_panel.html", {"waiting": waiting}, request=self.request
        )


@hooks.register("construct_homepage_panels")
def add_waiting_answers_panel(request, panels):
    if request.user.has_perm(MANAGE_CONSENT):
        panels.append(WaitingAnswersPanel(request))
