import json
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

from consent.gate import page_is_public
from consent.models import ConsentWithdrawal
from consent.services import withdraw_consent
from operations import ledger


@pytest.fixture(autouse=True)
def empty_ledger():
    settings.WITHDRAWAL_LEDGER.unlink(missing_ok=True)
    yield
    settings.WITHDRAWAL_LEDGER.unlink(missing_ok=True)


def ledger_lines():
    if not settings.WITHDRAWAL_LEDGER.exists():
        return []
    return [json.loads(line) for line in settings.WITHDRAWAL_LEDGER.read_text().splitlines()]


@pytest.mark.django_db
def test_a_withdrawal_is_written_to_the_ledger_with_no_name_or_reason(consenting_person):
    assert ledger_lines() == []

    withdraw_consent(consenting_person, by=None, reason="Brian asked on the phone")

    [line] = ledger_lines()
    assert line["person"] == consenting_person.pk
    assert "Brian" not in settings.WITHDRAWAL_LEDGER.read_text()


@pytest.mark.django_db
def test_replay_withdraws_again_only_whom_the_database_forgot(make_story, consenting_person):
    story = make_story(consenting_person)
    withdraw_consent(consenting_person, by=None, reason="asked")
    # As after restoring a backup made before the withdrawal.
    ConsentWithdrawal.objects.all().delete()
    story.save_revision().publish()
    assert page_is_public(story)

    assert ledger.replay() == [consenting_person]

    story.refresh_from_db()
    assert not page_is_public(story)
    assert ledger.replay() == []


@pytest.mark.django_db
def test_an_unreadable_ledger_line_does_not_hide_the_others(consenting_person):
    settings.WITHDRAWAL_LEDGER.write_text(
        '{"person": 99999, "withd\n'
        + json.dumps({"person": consenting_person.pk, "withdrawn_at": "2026-11-01T10:00:00+00:00"})
        + "\n"
    )
    assert ledger.replay() == [consenting_person]


# serialized_rollback: restoring drops and recreates every table, and the rows the
# migrations made (languages, groups) must be there for the tests after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_withdrawal_after_the_backup_survives_its_restore(make_story, consenting_person):
    story = make_story(consenting_person)
    call_command("backup_site", stdout=StringIO())
    [archive] = sorted(settings.BACKUP_DIR.glob("site-*.tar.gz"))
    withdraw_consent(consenting_person, by=None, reason="asked after the backup")

    call_command("restore_site", str(archive), stdout=StringIO())

    story.refresh_from_db()
    assert not story.live
    assert consenting_person.withdrawals.exists()
    archive.unlink()
