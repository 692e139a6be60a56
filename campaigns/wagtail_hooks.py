from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.models import Signup
from campaigns.views.admin import SignupFilterSet, SignupIndexView, SignupsPerDayView
from website.admin_columns import YesNoColumn
from website.admin_reports import PermissionMenuItem, report_urls


class SignupViewSet(SnippetViewSet):
    """Sign-ups for the comms team: Editors can list, filter, export and delete them (for
    example when someone asks to be removed); nobody edits what a supporter sent."""

    model = Signup
    index_view_class = SignupIndexView
    icon = "group"
    menu_label = _("Campaign sign-ups")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "name",
        "email",
        "campaign",
        "supporter_type",
        YesNoColumn("keep_updated", label=_("Wants campaign news")),
        "signed_at",
        "confirmed_at",
    ]
    filterset_class = SignupFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    list_export = [
        "signed_at",
        "campaign",
        "name",
        "email",
        "organisation",
        "get_supporter_type_display",
        "area",
        "keep_updated",
        "confirmed_at",
    ]
    export_headings = {"get_supporter_type_display": _("Who they are")}
    export_filename = "campaign-signups"


register_snippet(SignupViewSet)


@hooks.register("register_admin_urls")
def register_signups_per_day_urls():
    return report_urls("campaigns/signups-per-day/", SignupsPerDayView, "campaign_signups_per_day")


@hooks.register("register_reports_menu_item")
def register_signups_per_day_menu_item():
    return PermissionMenuItem(
        _("Campaign sign-ups per day"),
        reverse("campaign_signups_per_day"),
        permission="campaigns.view_signup",
        name="campaign-signups-per-day",
        icon_name="group",
        order=1400,
    )
