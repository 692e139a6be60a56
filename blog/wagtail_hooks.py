from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from blog.models import Author
from website.admin_columns import YesNoColumn


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Blog authors")
    add_to_admin_menu = True
    menu_order = 320
    list_display = [
        "name",
        "role",
        "organisation",
        YesNoColumn("is_guest", label=_("Guest author")),
        "locale",
    ]
    list_filter = ["is_guest"]
    search_fields = ["name"]


register_snippet(AuthorViewSet)
