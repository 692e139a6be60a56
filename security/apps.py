from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("Staff sign-in security")

    def ready(self):
        from security import checks, signal_handlers  # noqa: F401  (registers them)
