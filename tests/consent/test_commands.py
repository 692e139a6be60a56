import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.consent.factories import ConsentRecordFactory, lapse_consent

pytestmark = pytest.mark.django_db


def test_the_scheduler_publishes_scheduled_pages_and_enforces_consent(
    make_story, consenting_person, story_index
):
    from tests.stories.factories import StoryPageFactory, feature

    lapsed = make_story(consenting_person, title="Lapsed")
    lapse_consent(consenting_person)
    scheduled = StoryPageFactory(parent=story_index, live=False, title="Scheduled")
    feature(scheduled, ConsentRecordFactory().person, ["name", "story"])
    revision = scheduled.save_revision()
    type(revision).objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    output = io.StringIO()
    call_command("run_scheduled_tasks", once=True, stdout=output)

    lapsed.refresh_from_db()
    scheduled.refresh_from_db()
    assert not lapsed.live
    assert scheduled.live
    assert "Took down 1 page(s) whose consent lapsed: Lapsed" in output.getvalue()
