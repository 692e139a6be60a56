from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from campaigns.models import CONFIRMATION_DAYS
from campaigns.services import delete_old_signups


class Command(BaseCommand):
    help = (
        "Deletes campaign sign-ups older than the retention period "
        "(CAMPAIGN_SIGNUP_RETENTION_DAYS, or --days), and those not confirmed within "
        f"{CONFIRMATION_DAYS} days. Run it every hour."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CAMPAIGN_SIGNUP_RETENTION_DAYS,
            help="Keep sign-ups made within this many days (default: %(default)s).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        deleted = delete_old_signups(days)
        self.stdout.write(
            f"Deleted {deleted} sign-ups older than {days} days or not confirmed within "
            f"{CONFIRMATION_DAYS} days."
        )
