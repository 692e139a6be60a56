from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running the site: backups and restores, the withdrawal ledger that outlives a
    restore, and the System status report. Sits on top of the other apps; none imports it."""

    name = "operations"
    verbose_name = _("Operations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from consent.models import ConsentWithdrawal
        from consent.signals import scheduled_tasks_ran
        from operations import ledger, status

        post_save.connect(
            ledger.record_withdrawal, sender=ConsentWithdrawal, dispatch_uid="operations_ledger"
        )
        scheduled_tasks_ran.connect(status.scheduler_ran, dispatch_uid="operations_scheduler")
