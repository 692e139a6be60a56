from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Writes the database and the media files to one dated archive in BACKUP_DIR."

    def add_arguments(self, parser):
        parser.add_argument("--directory", help="Write the archive here instead of BACKUP_DIR.")

    def handle(self, *args, directory=None, **options):
        try:
            archive = create_backup(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(archive))
