import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from operations.models import Heartbeat

pytestmark = pytest.mark.django_db

STATUS = reverse("system_status")


def test_superusers_see_each_part_of_the_site_and_how_it_is(admin_client, settings, tmp_path):
    settings.BACKUP_DIR = tmp_path
    Heartbeat.objects.create(name="scheduler", beat_at=timezone.now())

    page = admin_client.get(STATUS).text

    for part in ("Database", "Shared cache", "Background tasks", "Scheduler", "Backups"):
        assert part in page
    assert "Answering (postgresql)" in page
    assert "Last ran" in page
    assert "No backup in" in page
    assert "Something needs attention" in page


def test_a_recent_backup_and_scheduler_run_read_as_healthy(admin_client, settings, tmp_path):
    settings.BACKUP_DIR = tmp_path
    (tmp_path / "site-20261128-020000.tar.gz").write_bytes(b"")
    Heartbeat.objects.create(name="scheduler", beat_at=timezone.now())

    page = admin_client.get(STATUS).text

    assert "Last backup site-20261128-020000.tar.gz" in page
    assert "Every part is answering." in page


def test_a_stopped_scheduler_needs_attention(admin_client):
    Heartbeat.objects.create(name="scheduler", beat_at=timezone.now() - timezone.timedelta(hours=1))
    assert "Something needs attention" in admin_client.get(STATUS).text


def test_the_scheduler_reports_each_run(db):
    call_command("run_scheduled_tasks", "--once")
    assert Heartbeat.objects.get(name="scheduler").beat_at > timezone.now() - timezone.timedelta(
        minutes=1
    )


@pytest.mark.parametrize("group", ["Editors", "Consent officers", "Writers", "Translators"])
def test_only_superusers_open_it(client, member_of, group):
    client.force_login(member_of(group))
    assert client.get(STATUS).status_code in (302, 403)
