import re

import pytest
from django.core.cache import caches

from consent.models import Use
from consent.signoff.services import make_link
from tests.consent.factories import ConsentNoticeFactory, PersonFactory
from tests.stories.factories import StoryPageFactory, feature


@pytest.fixture(autouse=True)
def fresh_rate_limit(db):
    caches["shared"].clear()


@pytest.fixture
def notice():
    return ConsentNoticeFactory(title="Sharing your story", version="4")


@pytest.fixture
def dana(notice):
    return PersonFactory(public_name="Dana", full_name="Dana Hiddensurname")


@pytest.fixture
def draft_story(story_index, dana):
    """An unpublished story about Dana, its latest words only in a draft revision."""
    story = StoryPageFactory(parent=story_index, live=False, title="Dana learns to swim")
    feature(story, dana, [Use.NAME, Use.PHOTO, Use.STORY, Use.HEALTH])
    story.summary = "Dana swims every Tuesday since her stroke."
    story.save_revision()
    return story


@pytest.fixture
def link_token(dana):
    _link, token = make_link(dana, by=None)
    return token


def path_of(address):
    return re.sub(r"^https?://[^/]+", "", address)
