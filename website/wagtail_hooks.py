from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminAutoHeightTextInput
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from website import translation_status
from website.admin_reports import PermissionMenuItem, report_urls
from website.models import Organisation, Topic
from website.purge import ADDRESSES_HOOK, in_every_language
from website.rich_text import FramePageLinkHandler
from website.sitemap import sitemaps
from website.text import refuse_control_characters

# Every text field of every page and snippet form in the admin refuses control characters,
# with a message saying what to do. A second registration for a field class replaces the
# first, so plain text fields keep the auto-height widget Wagtail registers for them.
register_form_field_override(models.CharField, override={"validators": [refuse_control_characters]})
register_form_field_override(
    models.TextField,
    override={"widget": AdminAutoHeightTextInput, "validators": [refuse_control_characters]},
    exact_class=True,
)


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "kind", "website", "locale"]
    list_filter = ["kind"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
register_snippet(OrganisationViewSet)


@hooks.register("register_admin_urls")
def translation_status_urls():
    return report_urls(
        "reports/translation-status/",
        translation_status.TranslationStatusReport,
        "translation_status_report",
    )


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return PermissionMenuItem(
        _("Welsh translation status"),
        reverse("translation_status_report"),
        permission=translation_status.PERMISSION,
        name="translation-status",
        icon_name="site",
        order=8900,
    )


@hooks.register(ADDRESSES_HOOK)
def search_and_sitemap(pages):
    """Search results and the sitemap (its index and every section's) list every public
    page."""
    sections = [reverse("sitemap_section", args=[name]) for name in sitemaps()]
    return {*in_every_language("search"), reverse("sitemap"), *sections}


# After Wagtail's own (order 0), which registers the handler this one replaces.
@hooks.register("register_rich_text_features", order=1)
def resolve_page_links_from_the_frame(features):
    features.register_link_type(FramePageLinkHandler)
