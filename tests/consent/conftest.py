import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from consent.models import Use
from tests.consent.factories import ConsentRecordFactory, PersonFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, feature

STORY_USES = [Use.NAME, Use.PHOTO, Use.STORY]


@pytest.fixture
def story_index(site_tree):
    index = StoryIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    return index


@pytest.fixture
def consenting_person():
    return ConsentRecordFactory(person__public_name="Brian").person


@pytest.fixture
def unconsented_person():
    return PersonFactory(public_name="Dana")


@pytest.fixture
def make_story(story_index):
    def make(*people, uses=STORY_USES, **fields):
        story = StoryPageFactory(parent=story_index, **fields)
        for person in people:
            feature(story, person, uses)
        story.save_revision().publish()
        story.refresh_from_db()
        return story

    return make


@pytest.fixture
def member_of():
    def make(group_name, **fields):
        user = get_user_model().objects.create_user(
            username=group_name.lower().replace(" ", "-"),
            email=f"{group_name.lower().replace(' ', '.')}@example.org",
            password="a-long-test-password",
            **fields,
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make
