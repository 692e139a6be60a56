from django.core.management.base import BaseCommand, CommandError

from consent.services import enforce_consent
from operations import ledger
from operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Replaces the database and media files with a backup archive's, then withdraws again "
        "everyone the withdrawal ledger says withdrew after it was made, and takes down what "
        "consent no longer allows: a restore never puts a withdrawn story back online."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A site-*.tar.gz made by backup_site.")

    def handle(self, *args, archive, **options):
        try:
            manifest = restore_backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        withdrawn_again = ledger.replay()
        taken_down = enforce_consent()
        self.stdout.write(
            f"Restored the backup made {manifest['made_at']}: {manifest['counts']}. "
            f"Withdrawn again from the ledger: {len(withdrawn_again)} people; "
            f"pages taken down: {len(taken_down)}."
        )
