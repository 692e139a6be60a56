from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from newsletter.models import CONFIRMATION_DAYS
from newsletter.services import delete_old_signups


class Command(BaseCommand):
    help = (
        "Deletes newsletter sign-ups confirmed longer ago than the retention period "
        "(NEWSLETTER_SIGNUP_RETENTION_DAYS, or --days), and those not confirmed within "
        f"{CONFIRMATION_DAYS} days. Run it every hour."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.NEWSLETTER_SIGNUP_RETENTION_DAYS,
            help="Keep sign-ups confirmed within this many days (default: %(default)s).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        deleted = delete_old_signups(days)
        self.stdout.write(
            f"Deleted {deleted} newsletter sign-ups confirmed more than {days} days ago or "
            f"not confirmed within {CONFIRMATION_DAYS} days."
        )
