from importlib import import_module

from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "consent"
    verbose_name = _("Consent")
    default_auto_field = "django.db.models.BigAutoField"

    def import_models(self):
        super().import_models()
        # The workflow task is a model that asks the gate, and the gate reads the models:
        # it is loaded here, in the same phase as models.py, so neither imports the other.
        import_module(f"{self.name}.workflow")

    def ready(self):
        from wagtail.models import get_page_models
        from wagtail.signals import page_published

        from consent import signal_handlers as handlers

        models = {model.__name__: model for model in self.get_models()}
        page_published.connect(handlers.unpublish_without_consent, dispatch_uid="consent_unpublish")
        for page_model in get_page_models():
            post_save.connect(handlers.page_saved, sender=page_model, dispatch_uid="consent_page")
        for signal in (post_save, post_delete):
            signal.connect(
                handlers.link_changed, sender=models["FeaturedPerson"], dispatch_uid="consent_link"
            )
            signal.connect(
                handlers.image_people_changed,
                sender=models["PersonInImage"],
                dispatch_uid="consent_image_people",
            )
        for name in ("ConsentRecord", "ConsentWithdrawal"):
            post_save.connect(
                handlers.consent_changed, sender=models[name], dispatch_uid=f"consent_{name}"
            )
        post_migrate.connect(handlers.fill_missing_states, sender=self)
