import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from newsletter.models import NewsletterSignup
from website.admin_reports import SpreadsheetSafeMixin, yes_or_no


class NewsletterSignupIndexView(SpreadsheetSafeMixin, IndexView):
    """Lists every sign-up, so the comms team can find one a person asks about; exports
    only the confirmed ones, the only addresses the newsletter may go to (an unconfirmed
    address may have been typed by anyone)."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        return queryset.confirmed() if self.is_export else queryset


class NewsletterSignupFilterSet(WagtailFilterSet):
    confirmed = django_filters.BooleanFilter(
        label=_("Confirmed"), field_name="confirmed_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = NewsletterSignup
        fields = ["language"]


class NewsletterSignupViewSet(SnippetViewSet):
    """Editors list, filter, export and delete sign-ups (when someone asks by email to be
    removed); nobody edits what a person sent."""

    model = NewsletterSignup
    index_view_class = NewsletterSignupIndexView
    icon = "mail"
    menu_label = _("Newsletter sign-ups")
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "email",
        "name",
        Column("get_language_display", label=_("Language")),
        Column("confirmed", label=_("Confirmed"), accessor=lambda s: yes_or_no(s.is_confirmed)),
        "asked_at",
        "confirmed_at",
    ]
    filterset_class = NewsletterSignupFilterSet
    search_fields = ["email", "name"]
    search_backend_name = None
    list_export = [
        "email",
        "name",
        "get_language_display",
        "is_confirmed",
        "asked_at",
        "confirmed_at",
    ]
    export_headings = {
        "get_language_display": _("Language"),
        "is_confirmed": _("Confirmed"),
    }
    export_filename = "newsletter-signups"


register_snippet(NewsletterSignupViewSet)
