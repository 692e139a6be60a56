"""What the System status report checks. Each check answers in words an operator can act
on, and none can fail the page: a part that is down is what the page is there to show."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_tasks_db.models import DBTaskResult

from operations.models import Heartbeat

SCHEDULER = "scheduler"
# The scheduler runs every minute; three missed runs is a stopped scheduler.
SCHEDULER_LATE_AFTER = timedelta(minutes=3)
# Backups run daily; a missed night shows the next morning.
BACKUP_LATE_AFTER = timedelta(hours=26)
BACKUP_PATTERN = "site-*.tar.gz"


@dataclass
class Check:
    name: str
    healthy: bool
    detail: str


def scheduler_ran(sender, **kwargs):
    Heartbeat.objects.update_or_create(name=SCHEDULER, defaults={"beat_at": timezone.now()})


def when(moment):
    return date_format(timezone.localtime(moment), "j F Y, H:i")


def database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        return Check(_("Database"), False, _("Not answering: %(error)s") % {"error": error})
    return Check(_("Database"), True, _("Answering (%(vendor)s)") % {"vendor": connection.vendor})


def shared_cache():
    cache = caches["shared"]
    try:
        cache.set("operations:probe", "ok", 30)
        answering = cache.get("operations:probe") == "ok"
    except Exception as error:
        return Check(_("Shared cache"), False, _("Not answering: %(error)s") % {"error": error})
    if not answering:
        return Check(_("Shared cache"), False, _("Does not keep what it is given"))
    return Check(
        _("Shared cache"), True, _("Answering (%(backend)s)") % {"backend": type(cache).__name__}
    )


def task_queue():
    backend = settings.TASKS["default"]["BACKEND"]
    if not backend.startswith("django_tasks_db"):
        return Check(
            _("Background tasks"), True, _("Run at once, in the request: there is no queue")
        )
    waiting = DBTaskResult.objects.ready()
    count = waiting.count()
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    if oldest is None:
        return Check(_("Background tasks"), True, _("Queue empty"))
    late = timezone.now() - oldest > timedelta(minutes=5)
    return Check(
        _("Background tasks"),
        not late,
        _("%(count)d waiting; the oldest since %(when)s") % {"count": count, "when": when(oldest)},
    )


def scheduler():
    beat = Heartbeat.objects.filter(name=SCHEDULER).first()
    if beat is None:
        return Check(_("Scheduler"), False, _("Has never run"))
    return Check(
        _("Scheduler"),
        timezone.now() - beat.beat_at <= SCHEDULER_LATE_AFTER,
        _("Last ran %(when)s") % {"when": when(beat.beat_at)},
    )


def last_backup():
    archives = sorted(Path(settings.BACKUP_DIR).glob(BACKUP_PATTERN))
    if not archives:
        return Check(_("Backups"), False, _("No backup in %(dir)s") % {"dir": settings.BACKUP_DIR})
    newest = archives[-1]
    made = datetime.fromtimestamp(newest.stat().st_mtime, tz=UTC)
    return Check(
        _("Backups"),
        timezone.now() - made <= BACKUP_LATE_AFTER,
        _("Last backup %(name)s, made %(when)s") % {"name": newest.name, "when": when(made)},
    )


def all_checks():
    checks = [database(), shared_cache(), last_backup()]
    for reading_the_database in (task_queue, scheduler):
        try:
            checks.append(reading_the_database())
        except DatabaseError as error:
            checks.append(Check(reading_the_database.__name__, False, str(error)))
    return checks
