from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WordpressImportConfig(AppConfig):
    """Moves the old WordPress blog in. It sits on top of the content apps (it writes blog
    posts and standard pages) and nothing imports it."""

    name = "wordpress_import"
    verbose_name = _("WordPress import")
