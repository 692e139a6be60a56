from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.signals import page_published

        from website.signal_handlers import follow_source_schedule
        from website.translated_links import localize_links_to_snippet, localize_page_links

        page_published.connect(follow_source_schedule, dispatch_uid="website_follow_schedule")
        page_published.connect(localize_page_links, dispatch_uid="website_localize_page_links")
        post_save.connect(localize_links_to_snippet, dispatch_uid="website_localize_snippet_links")
