"""The withdrawal ledger: every consent withdrawal, also written to a file kept beside the
backups. A backup is a picture of the past; a person who withdrew after it was taken must
not come back online because the database was restored from it. `restore_site` replays
the ledger after every restore.

A line is written when the withdrawal is saved, before its transaction commits: if the
transaction then fails, the ledger holds a withdrawal that did not happen, and a replay
takes down pages it need not have. That errs the safe way; the opposite order could lose
a withdrawal to a crash between the commit and the write."""

import json
import logging
import os
from pathlib import Path

from django.conf import settings
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from consent.models import ConsentWithdrawal, Person
from consent.services import withdraw_consent

logger = logging.getLogger(__name__)


def ledger_path():
    return Path(settings.WITHDRAWAL_LEDGER)


def record_withdrawal(sender, instance, created, raw=False, **kwargs):
    """post_save receiver for ConsentWithdrawal. Only ids and the time: the ledger lives
    outside the database's access controls, so it carries no reason and no name."""
    if not created or raw:
        return
    path = ledger_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(
        {"person": instance.person_id, "withdrawn_at": instance.withdrawn_at.isoformat()}
    )
    with path.open("a", encoding="utf-8") as ledger:
        ledger.write(line + "\n")
        ledger.flush()
        os.fsync(ledger.fileno())


def entries():
    path = ledger_path()
    if not path.exists():
        return []
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            entry = json.loads(line)
            found.append((int(entry["person"]), parse_datetime(entry["withdrawn_at"])))
        except (ValueError, KeyError, TypeError):
            # A line cut short by a crash mid-write: the lines around it still count.
            logger.warning("Withdrawal ledger line %d is unreadable; skipped", number)
    return found


def replay():
    """Withdraws again everyone the ledger says withdrew and the database does not know
    about (it was restored from before). Returns the people withdrawn again."""
    withdrawn_again = []
    for person_id, withdrawn_at in entries():
        person = Person.objects.filter(pk=person_id).first()
        if person is None or withdrawn_at is None:
            continue
        known = ConsentWithdrawal.objects.filter(person=person, withdrawn_at__gte=withdrawn_at)
        if known.exists():
            continue
        withdraw_consent(
            person,
            by=None,
            reason=_("Withdrawn on %(date)s; restored from a backup taken before that.")
            % {"date": withdrawn_at.date().isoformat()},
        )
        withdrawn_again.append(person)
    return withdrawn_again
