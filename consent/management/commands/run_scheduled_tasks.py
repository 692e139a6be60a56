import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from consent.services import enforce_consent
from consent.signals import scheduled_tasks_ran


class Command(BaseCommand):
    help = (
        "Publishes and unpublishes scheduled pages (Wagtail's publish_scheduled) and enforces "
        "consent (takes down pages whose consent lapsed, warns consent officers 30 days "
        "ahead). Runs every minute until stopped; with --once, runs once, for cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run once and exit.")
        parser.add_argument(
            "--interval", type=int, default=60, help="Seconds between runs (default 60)."
        )

    def handle(self, *args, once=False, interval=60, **options):
        while True:
            call_command("publish_scheduled", verbosity=0)
            taken_down = enforce_consent()
            if taken_down:
                self.stdout.write(
                    f"Took down {len(taken_down)} page(s) whose consent lapsed: "
                    + ", ".join(page.title for page in taken_down)
                )
            scheduled_tasks_ran.send(sender=self.__class__)
            if once:
                return
            time.sleep(interval)
