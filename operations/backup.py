"""One dated archive holds the database and the media files, so that a restore brings back
pages and the images and documents they show together. PostgreSQL is dumped with
pg_dump's own format (what pg_restore reads); the SQLite of `make run` with SQLite's online
backup, so that a backup taken while the site runs is consistent in both."""

import hashlib
import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from glob import glob
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from consent.models import ConsentRecord, ConsentWithdrawal, Person

MANIFEST = "manifest.json"
POSTGRES_DUMP = "database.pgdump"
SQLITE_COPY = "database.sqlite3"


class BackupError(Exception):
    """A backup or restore that cannot go on, with a message saying why."""


def postgres_tool(name):
    """pg_dump and pg_restore of the newest installed PostgreSQL: Debian puts only wrappers
    in PATH, and those need a cluster registered with Debian's tools."""
    found = sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"))
    tool = found[-1] if found else shutil.which(name)
    if not tool:
        raise BackupError(f"{name} is not installed: run scripts/system_packages.sh postgresql")
    return tool


def database_url():
    database = settings.DATABASES["default"]
    return (
        f"postgresql://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )


def run(command):
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")


def dump_database(folder):
    if connection.vendor == "postgresql":
        target = folder / POSTGRES_DUMP
        run([postgres_tool("pg_dump"), "--format=custom", f"--file={target}", database_url()])
        return target
    target = folder / SQLITE_COPY
    connection.ensure_connection()
    with sqlite3.connect(target) as copy:
        connection.connection.backup(copy)
    copy.close()
    return target


def counts():
    """What the manifest records, so that a restore can be checked against it."""
    return {
        "pages": Page.objects.count(),
        "people": Person.objects.count(),
        "consent_records": ConsentRecord.objects.count(),
        "withdrawals": ConsentWithdrawal.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
    }


def file_folders():
    """The uploaded files, and the originals of photos withheld for want of consent, which
    live outside MEDIA_ROOT so that nothing serves them."""
    return [
        (Path(settings.MEDIA_ROOT), "media"),
        (Path(settings.WITHHELD_IMAGES_ROOT), "withheld-images"),
    ]


def create_backup(directory=None):
    """Writes site-YYYYMMDD-HHMMSS.tar.gz into `directory` (BACKUP_DIR) and returns its path."""
    directory = Path(directory or settings.BACKUP_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    made_at = timezone.now()
    archive = directory / f"site-{made_at:%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory() as scratch:
        dump = dump_database(Path(scratch))
        manifest = Path(scratch) / MANIFEST
        manifest.write_text(
            json.dumps(
                {"made_at": made_at.isoformat(), "vendor": connection.vendor, "counts": counts()}
            )
        )
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(manifest, arcname=MANIFEST)
            tar.add(dump, arcname=dump.name)
            for folder, name in file_folders():
                if folder.exists():
                    tar.add(folder, arcname=name)
        # Renamed only when complete: a backup cut short never looks like the newest one.
        partial.rename(archive)
    return archive


def read_manifest(tar):
    try:
        member = tar.extractfile(MANIFEST)
        return json.loads(member.read()) if member else None
    except (KeyError, ValueError):
        return None


def restore_backup(archive):
    """Replaces the database and the media files with the archive's. The caller replays
    the withdrawal ledger afterwards (restore_site does)."""
    archive = Path(archive)
    if not archive.is_file() or not tarfile.is_tarfile(archive):
        raise BackupError(f"{archive} is not a backup archive.")
    with tarfile.open(archive, "r:gz") as tar, tempfile.TemporaryDirectory() as scratch:
        manifest = read_manifest(tar)
        if manifest is None:
            raise BackupError(f"{archive} has no manifest: it was not made by backup_site.")
        if manifest["vendor"] != connection.vendor:
            raise BackupError(
                f"{archive} holds a {manifest['vendor']} database; this site uses "
                f"{connection.vendor}."
            )
        try:
            # The "data" filter refuses absolute paths, links out of the folder and devices.
            tar.extractall(scratch, filter="data")
        except (OSError, EOFError, tarfile.TarError) as error:
            raise BackupError(f"{archive} is damaged or cut short: {error}") from error
        restore_database(Path(scratch))
        for folder, name in file_folders():
            if folder.exists():
                shutil.rmtree(folder)
            if (Path(scratch) / name).exists():
                shutil.copytree(Path(scratch) / name, folder)
            else:
                folder.mkdir(parents=True)
    return manifest


def restore_database(folder):
    connection.close()
    if connection.vendor == "postgresql":
        run(
            [
                postgres_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                f"--dbname={database_url()}",
                str(folder / POSTGRES_DUMP),
            ]
        )
        return
    connection.ensure_connection()
    with sqlite3.connect(folder / SQLITE_COPY) as source:
        source.backup(connection.connection)
    source.close()


def fingerprint():
    """What must be equal after a round trip: every page, person, consent record and
    withdrawal, and every media file's content."""
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "live", "url_path")),
        "people": list(Person.objects.order_by("pk").values_list("pk", "public_name")),
        "records": list(
            ConsentRecord.objects.order_by("pk").values_list("pk", "person_id", "uses")
        ),
        "withdrawals": list(
            ConsentWithdrawal.objects.order_by("pk").values_list("pk", "person_id")
        ),
        "files": sorted(
            (name, str(path.relative_to(folder)), hashlib.sha256(path.read_bytes()).hexdigest())
            for folder, name in file_folders()
            for path in folder.rglob("*")
            if path.is_file()
        ),
    }
