"""The check (dry run) and the import of an export uploaded in the admin, as background
tasks: with a task worker they run off the request and the admin page shows progress;
with Django's immediate backend they run before the page answers."""

import logging

from django.db.models import F
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import task

from wordpress_import.importer import import_wordpress
from wordpress_import.models import ImportRun
from wordpress_import.wxr import WxrError

logger = logging.getLogger(__name__)
# Writing progress after every item would double the import's writes.
PROGRESS_EVERY = 10


def progress_of(run_id):
    def progress(done, total):
        if done % PROGRESS_EVERY == 0 or done == total:
            ImportRun.objects.filter(pk=run_id).update(progress_done=done, progress_total=total)

    return progress


def failed(run_id, message):
    ImportRun.objects.filter(pk=run_id).update(
        status=ImportRun.Status.FAILED, report={"error": message}
    )


def run(run_id, language, *, dry_run):
    import_run = ImportRun.objects.get(pk=run_id)
    with translation.override(language):
        try:
            report = import_wordpress(
                bytes(import_run.export),
                fetch_media=import_run.fetch_media,
                dry_run=dry_run,
                progress=None if dry_run else progress_of(run_id),
            )
        except WxrError as error:
            failed(run_id, str(error))
            return
        except Exception:
            # Items fail one by one inside the import; this is the import itself failing
            # (the database gone away, say). The page must stop saying it is working.
            logger.exception("The WordPress import %s stopped", run_id)
            failed(run_id, gettext("The import stopped unexpectedly. Nothing more was done."))
            return
    status = ImportRun.Status.CHECKED if dry_run else ImportRun.Status.DONE
    ImportRun.objects.filter(pk=run_id).update(
        status=status, report=report.as_json(), progress_done=F("progress_total")
    )


@task()
def check_export(run_id, language):
    run(run_id, language, dry_run=True)


@task()
def import_export(run_id, language):
    run(run_id, language, dry_run=False)
