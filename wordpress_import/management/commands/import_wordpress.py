import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wordpress_import.importer import import_wordpress
from wordpress_import.wxr import WxrError

BAR_WIDTH = 30


class ProgressBar:
    """A one-line progress bar on standard error. Written by hand: it is a dozen lines,
    and a library for it would be a dependency for nothing else."""

    def __init__(self, stream):
        self.stream = stream
        self.shown = None

    def __call__(self, done, total):
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        line = f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}"
        if line != self.shown:
            self.stream.write(line, ending="")
            self.stream.flush()
            self.shown = line

    def finish(self):
        if self.shown:
            self.stream.write("")


class Command(BaseCommand):
    help = (
        "Imports a WordPress export (WXR): posts, pages, authors, topics, media and every "
        "old address as a redirect. Safe to run again: it updates what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The export file (Tools > Export > All content).")
        parser.add_argument("--media", help="The folder of the downloaded media library.")
        parser.add_argument(
            "--fetch-media",
            action="store_true",
            help="Fetch attachments missing from --media from their addresses on the old site.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would happen; write nothing."
        )
        parser.add_argument(
            "--report", help="Where to write the report as JSON (default: beside the export)."
        )

    def handle(self, *args, **options):
        export = Path(options["export"])
        if not export.is_file():
            raise CommandError(f"There is no file at {export}.")
        if options["media"] and not Path(options["media"]).is_dir():
            raise CommandError(f"There is no folder at {options['media']}.")
        bar = ProgressBar(self.stderr)
        try:
            report = import_wordpress(
                export.read_bytes(),
                media_dir=options["media"],
                fetch_media=options["fetch_media"],
                dry_run=options["dry_run"],
                progress=bar if options["verbosity"] > 0 else None,
            )
        except WxrError as error:
            raise CommandError(str(error)) from error
        finally:
            bar.finish()
        data = report.as_json()
        report_path = Path(options["report"] or export.with_suffix(".report.json"))
        report_path.write_text(json.dumps(data, indent=2, ensure_ascii=False))
        self.print_summary(data, report_path)

    def print_summary(self, data, report_path):
        if data["dry_run"]:
            self.stdout.write("Dry run: nothing was written.")
        for kind, counts in data["counts"].items():
            self.stdout.write(
                f"{kind}: {counts['created']} created, {counts['updated']} updated, "
                f"{counts['skipped']} skipped, {counts['failed']} failed"
            )
        self.stdout.write(f"comments not imported: {data['comments_not_imported']}")
        for failure in data["failures"]:
            self.stdout.write(
                f"failed: {failure['kind']} {failure['wp_id']} {failure['title']!r}: "
                f"{failure['why']}"
            )
        if data["problems"]:
            self.stdout.write(
                f"{len(data['problems'])} items have content that needs a look (see the report)."
            )
        self.stdout.write(f"Report: {report_path}")
