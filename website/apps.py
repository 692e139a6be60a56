from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from website.signal_handlers import follow_source_schedule

        page_published.connect(follow_source_schedule, dispatch_uid="website_follow_schedule")
