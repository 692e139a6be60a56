import json

from django.core.management.base import BaseCommand

from operations.backup import fingerprint


class Command(BaseCommand):
    help = (
        "Prints every page, person, consent record, withdrawal and media file checksum as "
        "JSON, to compare a restored site with the one backed up."
    )

    def handle(self, *args, **options):
        self.stdout.write(json.dumps(fingerprint(), default=str))
