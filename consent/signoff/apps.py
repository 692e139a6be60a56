from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignoffConfig(AppConfig):
    """The featured person's own sign-off: a private link to see their story and give or
    withdraw consent. An app of its own inside `consent/` so that its models, views and
    admin screens stay apart from the register it writes to through the services."""

    name = "consent.signoff"
    label = "consent_signoff"
    verbose_name = _("Consent sign-off")
    default_auto_field = "django.db.models.BigAutoField"
