"""What the consent register tells the rest of the site.

`consent_changed` is sent (with `person` and `pages`, every page featuring them in every
language) when their consent changes in the register: a new record or a withdrawal. What
the gate lets through may have changed for those pages even where they stay live (partner
syndication, a language), so caches listening to it purge them. It is sent inside the
change's transaction: a listener acting outside the database waits for the commit
(`transaction.on_commit`). consent/ imports no app of ours; apps that care connect here."""

from django.dispatch import Signal

consent_changed = Signal()

# Sent by `run_scheduled_tasks` after each run, so that whatever watches the site's health
# can tell a scheduler that stopped.
scheduled_tasks_ran = Signal()
