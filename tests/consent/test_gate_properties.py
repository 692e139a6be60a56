"""Property: whatever happens to a person's consent and to the pages featuring them
(consent recorded or withdrawn, time passing, publishing directly or on a schedule,
translating into Welsh, enforcement running or not, the story left featuring nobody, a
photo of someone else put on it, the person signing off or taking the story down through
their private link), a page that fails the consent check is never servable, listed, in the
sitemap or in search."""

import datetime

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import F
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from wagtail.models import Page

from consent.gate import consent_problems, public_pages
from consent.models import ConsentRecord, ConsentWithdrawal, FeaturedPerson, Use
from consent.services import (
    enforce_consent,
    refresh_consent_states,
    set_people_in_image,
    withdraw_consent,
)
from consent.signoff.models import SignoffResponse
from consent.signoff.services import confirm_answers, make_link, take_answers, take_down_by_link
from stories.models import StoryPage
from tests.blog.factories import ImageFactory
from tests.conftest import build_site_tree
from tests.consent.factories import ConsentNoticeFactory, ConsentRecordFactory, PersonFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, feature

USES_OFFERED = [Use.NAME, Use.STORY, Use.PHOTO, Use.WELSH]

steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("record"),
            st.sets(st.sampled_from(USES_OFFERED)),
            st.integers(min_value=1, max_value=60),
        ),
        st.tuples(st.just("withdraw")),
        st.tuples(st.just("time_passes"), st.integers(min_value=1, max_value=90)),
        st.tuples(st.just("publish")),
        st.tuples(st.just("schedule")),
        st.tuples(st.just("translate")),
        st.tuples(st.just("enforce")),
        st.tuples(st.just("feature_nobody")),
        st.tuples(st.just("photo"), st.booleans()),
        # The featured person answers through their private link (yes to these uses, no to
        # the rest), and a consent officer confirms or not.
        st.tuples(st.just("sign_off"), st.sets(st.sampled_from(USES_OFFERED)), st.booleans()),
        st.tuples(st.just("take_down_by_link")),
    ),
    max_size=8,
)


class ConsentGateProperties(TestCase):
    def build(self):
        """Run inside each example: the database is rolled back between examples."""
        self.tree = build_site_tree()
        index = StoryIndexPageFactory(parent=self.tree.english_home)
        index.save_revision().publish()
        self.tree.translate(index, title="Straeon")
        self.person = PersonFactory(public_name="Robin")
        self.officer = get_user_model().objects.create_user("officer", "o@example.org", "pw")
        ConsentNoticeFactory()
        self.story = StoryPageFactory(parent=index, live=False, title="Robin gardens", slug="robin")
        feature(self.story, self.person, [Use.NAME, Use.STORY])
        # Each example starts from a published story with a month of consent left, so
        # that every step has something public to get wrong.
        ConsentRecordFactory(
            person=self.person,
            uses=[str(use) for use in USES_OFFERED],
            expires_on=timezone.localdate() + datetime.timedelta(days=30),
        )
        self.story.save_revision().publish()

    def apply(self, step):
        action, *args = step
        if action == "record":
            uses, days = args
            ConsentRecordFactory(
                person=self.person,
                uses=[str(use) for use in uses],
                expires_on=timezone.localdate() + datetime.timedelta(days=days),
                review_on=timezone.localdate(),
            )
        elif action == "withdraw":
            withdraw_consent(self.person, by=None, reason="Changed their mind")
        elif action == "time_passes":
            # Moving every date back is the same, for the rules, as the clock moving on.
            shift = datetime.timedelta(days=args[0])
            ConsentRecord.objects.update(
                given_on=F("given_on") - shift,
                expires_on=F("expires_on") - shift,
                review_on=F("review_on") - shift,
                recorded_at=F("recorded_at") - shift,
            )
            ConsentWithdrawal.objects.update(withdrawn_at=F("withdrawn_at") - shift)
            # That rewrote the register behind every signal, which the real clock never
            # does (the stored verdicts keep the days consent covers and are compared with
            # today when asked), so they are worked out again from the moved dates.
            refresh_consent_states(Page.objects.all())
        elif action == "publish":
            self.story.get_latest_revision().publish()
        elif action == "schedule":
            revision = self.story.save_revision()
            type(revision).objects.filter(pk=revision.pk).update(
                approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
            )
            call_command("publish_scheduled")
        elif action == "translate":
            welsh = self.story.get_translation_or_none(self.tree.welsh_home.locale)
            if welsh is None:
                welsh = self.story.copy_for_translation(self.tree.welsh_home.locale)
            welsh.save_revision().publish()
        elif action == "enforce":
            enforce_consent()
        elif action == "feature_nobody":
            # Every version loses its links at once, as a careless edit or import might.
            FeaturedPerson.objects.filter(page__translation_key=self.story.translation_key).delete()
        elif action == "photo":
            # A photo of Kim, who may or may not have agreed to photos, goes on the draft.
            (allows_photos,) = args
            kim = PersonFactory(public_name="Kim")
            ConsentRecordFactory(person=kim, uses=["photo"] if allows_photos else ["name"])
            image = ImageFactory(title="Kim at the allotment")
            set_people_in_image(image, [kim], by=None)
            draft = self.story.get_latest_revision_as_object()
            draft.hero_image, draft.hero_alt_text = image, "Kim at the allotment"
            draft.save_revision()
        elif action == "sign_off":
            yes_to, confirmed = args
            link, _token = make_link(self.person, by=None)
            answers = take_answers(
                link,
                answers={str(use): use in yes_to for use in USES_OFFERED},
                supported_by="",
                language="en",
            )
            if confirmed and answers.status == SignoffResponse.Status.PENDING:
                confirm_answers(
                    answers,
                    by=self.officer,
                    expires_on=timezone.localdate() + datetime.timedelta(days=30),
                    review_on=timezone.localdate(),
                )
        elif action == "take_down_by_link":
            link, _token = make_link(self.person, by=None)
            take_down_by_link(link, language="cy")

    def assert_nothing_failing_is_public(self):
        client = Client()
        search = (
            client.get("/search/", {"q": "robin"}).text
            + client.get("/cy/search/", {"q": "robin"}).text
        )
        sitemap = client.get("/sitemap-stories.xml").text
        listed = set(public_pages(StoryPage.objects.all()).values_list("pk", flat=True))
        for page in StoryPage.objects.all():
            if not consent_problems(page):
                continue
            url = page.get_url()
            assert page.pk not in listed, page
            assert url not in sitemap, page
            assert client.get(url).status_code in (404, 410), page
            assert 'href="' + url + '"' not in search, page

    @settings(
        max_examples=20,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(steps)
    def test_a_failing_page_is_never_public(self, sequence):
        self.build()
        for step in sequence:
            self.apply(step)
            self.assert_nothing_failing_is_public()
