from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "consent"
    verbose_name = _("Consent")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from consent.signal_handlers import unpublish_without_consent

        page_published.connect(unpublish_without_consent, dispatch_uid="consent_unpublish")
