import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.models.audit_log import ModelLogEntry

from consent.gate import consent_problems
from consent.models import ConsentReminder, ConsentWithdrawal, Use
from consent.services import (
    enforce_consent,
    record_consent,
    withdraw_consent,
)
from tests.consent.factories import (
    ConsentNoticeFactory,
    ConsentRecordFactory,
    EvidenceFactory,
    lapse_consent,
)
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_a_story_featuring_nobody_has_that_problem_and_other_pages_have_none(
    story_index, about_page
):
    story = StoryPageFactory(parent=story_index)
    assert consent_problems(story) == [
        "It features nobody: add the people it names, shows or quotes under “People "
        "featured”, or ask a consent officer to record that it features no identifiable person."
    ]
    assert consent_problems(about_page) == []


def test_problems_name_the_person_and_the_missing_use(make_story, consenting_person):
    story = make_story(consenting_person, uses=[Use.NAME, Use.HEALTH])
    consenting_person.consent_records.update(uses=["name"])
    assert consent_problems(story) == ["Brian has not agreed to this use: Health information."]


def test_unsaved_links_on_a_page_being_edited_are_checked(make_story, unconsented_person):
    from consent.models import FeaturedPerson

    story = make_story()
    story.featured_people.add(FeaturedPerson(person=unconsented_person, uses=["name"]))
    assert consent_problems(story) == ["Dana has no consent recorded."]


def test_a_welsh_translation_is_checked_for_the_welsh_use_and_its_sources_people(
    site_tree, make_story, consenting_person
):
    story = make_story(consenting_person)
    welsh = story.copy_for_translation(site_tree.welsh_home.locale, copy_parents=True)
    welsh.featured_people.all().delete()  # even if translation dropped the links
    consenting_person.consent_records.update(uses=["name", "photo", "story"])
    assert consent_problems(story) == []
    assert consent_problems(welsh) == ["Brian has not agreed to this use: Welsh translation."]


def test_partner_outputs_need_partner_syndication(make_story, consenting_person):
    story = make_story(consenting_person)
    consenting_person.consent_records.update(uses=["name", "photo", "story"])
    assert consent_problems(story) == []
    assert consent_problems(story, for_partners=True) == [
        "Brian has not agreed to this use: Partner syndication."
    ]


def test_record_consent_validates_and_logs(member_of, unconsented_person):
    officer = member_of("Consent officers")
    record = record_consent(
        person=unconsented_person,
        by=officer,
        notice=ConsentNoticeFactory(),
        method="signed_form",
        authority="self",
        uses=["name", "story"],
        expires_on=timezone.localdate() + datetime.timedelta(days=200),
        review_on=timezone.localdate() + datetime.timedelta(days=100),
        evidence=EvidenceFactory(),
    )
    assert record.recorded_by == officer
    entry = ModelLogEntry.objects.get(action="consent.record")
    assert entry.object_id == str(unconsented_person.pk)
    assert entry.user == officer


def test_record_consent_refuses_evidence_outside_the_private_collection(unconsented_person):
    from django.core.exceptions import ValidationError
    from wagtail.models import Collection

    public_document = EvidenceFactory(collection=Collection.get_first_root_node())
    with pytest.raises(ValidationError) as error:
        record_consent(
            person=unconsented_person,
            by=None,
            notice=ConsentNoticeFactory(),
            method="signed_form",
            uses=["name"],
            expires_on=timezone.localdate() + datetime.timedelta(days=200),
            review_on=timezone.localdate() + datetime.timedelta(days=100),
            evidence=public_document,
        )
    assert "Consent evidence" in str(error.value)


def test_withdrawal_takes_down_every_language_and_alias_and_is_logged(
    site_tree, make_story, consenting_person, member_of
):
    officer = member_of("Consent officers")
    story = make_story(consenting_person)
    other = make_story(ConsentRecordFactory().person)
    welsh = story.copy_for_translation(site_tree.welsh_home.locale, copy_parents=True)
    welsh.save_revision().publish()
    alias = story.create_alias(parent=site_tree.english_home, update_slug="brian-elsewhere")

    withdrawal, taken_down = withdraw_consent(consenting_person, by=officer, reason="Asked")

    assert {page.pk for page in taken_down} == {story.pk, welsh.pk, alias.pk}
    for page in (story, welsh, alias):
        page.refresh_from_db()
        assert not page.live
    other.refresh_from_db()
    assert other.live
    assert withdrawal.recorded_by == officer
    assert PageLogEntry.objects.filter(page=story, action="consent.take_down").exists()
    logged = ModelLogEntry.objects.get(action="consent.withdraw")
    assert set(logged.data["pages"]) == {story.pk, welsh.pk, alias.pk}


def test_new_consent_after_withdrawal_makes_the_page_publishable_again(
    make_story, consenting_person
):
    story = make_story(consenting_person)
    withdraw_consent(consenting_person, by=None, reason="Asked")
    story.refresh_from_db()
    story.save_revision().publish()
    story.refresh_from_db()
    assert not story.live

    ConsentRecordFactory(person=consenting_person)
    story.save_revision().publish()
    story.refresh_from_db()
    assert story.live


def test_enforce_consent_takes_down_what_expired_and_keeps_the_rest(make_story, consenting_person):
    lapsing = make_story(consenting_person)
    lasting = make_story(ConsentRecordFactory().person)
    lapse_consent(consenting_person)

    taken_down = enforce_consent()

    assert [page.pk for page in taken_down] == [lapsing.pk]
    lapsing.refresh_from_db()
    lasting.refresh_from_db()
    assert not lapsing.live
    assert lasting.live
    assert PageLogEntry.objects.filter(page=lapsing, action="consent.expired").exists()


def test_consent_officers_are_warned_once_before_review_and_expiry(member_of):
    officer = member_of("Consent officers")
    member_of("Editors")
    today = timezone.localdate()
    record = ConsentRecordFactory(
        review_on=today + datetime.timedelta(days=10),
        expires_on=today + datetime.timedelta(days=25),
    )
    ConsentRecordFactory(
        review_on=today + datetime.timedelta(days=31),
        expires_on=today + datetime.timedelta(days=90),
    )

    enforce_consent()
    enforce_consent()

    assert len(mail.outbox) == 2
    assert all(message.to == [officer.email] for message in mail.outbox)
    subjects = sorted(message.subject for message in mail.outbox)
    name = record.person.public_name
    assert subjects == [f"Consent expiring for {name}", f"Consent review due for {name}"]
    bodies = " ".join(message.body for message in mail.outbox)
    assert f"{name}'s consent expires on " in bodies
    assert f"{name}'s consent is due for review on " in bodies
    assert ConsentReminder.objects.filter(record=record).count() == 2


def test_a_failing_mail_server_does_not_stop_enforcement(
    make_story, consenting_person, member_of, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    member_of("Consent officers")
    story = make_story(consenting_person)
    consenting_person.consent_records.update(
        review_on=timezone.localdate() + datetime.timedelta(days=5)
    )
    ConsentRecordFactory(expires_on=timezone.localdate())

    enforce_consent()

    assert ConsentReminder.objects.filter(kind="review").count() == 1
    story.refresh_from_db()
    assert story.live


def test_withdrawals_are_kept_not_deleted(consenting_person):
    withdraw_consent(consenting_person, by=None, reason="First")
    ConsentRecordFactory(person=consenting_person)
    withdraw_consent(consenting_person, by=None, reason="Second")
    assert ConsentWithdrawal.objects.filter(person=consenting_person).count() == 2
    assert consenting_person.consent_records.count() == 2
