from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.models import Locale, Page, Site

from consent.models import Use
from tests.consent.factories import ConsentRecordFactory, PersonFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, feature
from tests.website.factories import HomePageFactory, StandardPageFactory


@pytest.fixture(autouse=True)
def english_to_begin_with():
    """Every test starts in English. A request to a Welsh address leaves Welsh active in
    the thread (LocaleMiddleware activates a language and nothing resets it), which would
    otherwise turn the next test's messages Welsh depending on which tests ran before."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


class SecondFactorClient(Client):
    """`force_login` here also passes the second factor, as if the person had typed their
    app's code: tests of other features sign in straight away, while tests/security/ go
    through the real steps with a plain Client."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        device, _created = StaticDevice.objects.get_or_create(user=user, name="Test factor")
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()


@pytest.fixture
def client():
    return SecondFactorClient()


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's admin client, past the second factor like `client`."""
    client = SecondFactorClient()
    client.force_login(admin_user)
    return client


@dataclass
class SiteTree:
    english_home: Page
    welsh_home: Page
    site: Site

    def translate(self, page, **fields):
        """Publishes a Welsh translation of `page` with the given field values."""
        translation = page.copy_for_translation(self.welsh_home.locale)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        return translation


def build_site_tree():
    """English home, its Welsh translation and the default Site."""
    welsh = Locale.objects.get(language_code="cy")
    root = Page.get_first_root_node()
    english_home = HomePageFactory(parent=root, title="Welcome", slug="welcome")
    english_home.save_revision().publish()
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="testserver",
        port=80,
        root_page=english_home,
        is_default_site=True,
        site_name="Test charity",
    )
    welsh_home = english_home.copy_for_translation(welsh)
    welsh_home.title = "Croeso"
    welsh_home.save_revision().publish()
    return SiteTree(english_home=english_home, welsh_home=welsh_home, site=site)


@pytest.fixture
def site_tree(db):
    return build_site_tree()


@pytest.fixture
def about_page(site_tree):
    page = StandardPageFactory(parent=site_tree.english_home, title="About us", slug="about")
    page.save_revision().publish()
    return page


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
        """A published story. A story must feature someone, so with no people given it
        features a consenting stranger (StoryPageFactory makes one featuring nobody)."""
        people = people or (ConsentRecordFactory().person,)
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
