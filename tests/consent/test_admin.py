import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consent.models import ConsentRecord, ConsentWithdrawal
from stories.models import StoryPage
from tests.consent.factories import (
    ConsentNoticeFactory,
    ConsentRecordFactory,
    EvidenceFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer_client(client, member_of):
    client.force_login(member_of("Consent officers"))
    return client


def test_withdrawal_is_one_action_that_lists_the_pages_taken_down(
    officer_client, make_story, consenting_person
):
    story = make_story(consenting_person, title="Brian's year")
    url = reverse("consent_withdraw", args=[consenting_person.pk])
    confirm = officer_client.get(url)
    assert "Brian&#x27;s year" in confirm.text

    response = officer_client.post(url, {"reason": "Brian phoned to ask"})

    assert response.status_code == 200
    assert "1 page taken down" in response.text
    assert "Brian&#x27;s year" in response.text
    story.refresh_from_db()
    assert not story.live
    assert ConsentWithdrawal.objects.get(person=consenting_person).reason == "Brian phoned to ask"


def test_withdrawal_without_a_reason_asks_for_one_and_changes_nothing(
    officer_client, make_story, consenting_person
):
    story = make_story(consenting_person)
    response = officer_client.post(reverse("consent_withdraw", args=[consenting_person.pk]), {})
    assert response.status_code == 200
    assert "This field is required" in response.text
    story.refresh_from_db()
    assert story.live


def test_recording_consent_in_the_admin_goes_through_the_service(officer_client):
    person = PersonFactory(public_name="Dana")
    today = timezone.localdate()
    data = {
        "person": person.pk,
        "notice": ConsentNoticeFactory().pk,
        "given_on": today.isoformat(),
        "method": "signed_form",
        "authority": "self",
        "given_by": "",
        "supported_by": "Her advocate",
        "uses": ["name", "story"],
        "expires_on": (today + datetime.timedelta(days=365)).isoformat(),
        "review_on": (today + datetime.timedelta(days=300)).isoformat(),
        "evidence": EvidenceFactory().pk,
        "best_interests_override_reason": "",
    }
    response = officer_client.post(reverse("wagtailsnippets_consent_consentrecord:add"), data)
    assert response.status_code == 302
    record = ConsentRecord.objects.get(person=person)
    assert record.uses == ["name", "story"]
    assert record.recorded_by.groups.filter(name="Consent officers").exists()


def test_a_consent_form_with_mistakes_keeps_what_was_typed(officer_client):
    person = PersonFactory()
    today = timezone.localdate()
    response = officer_client.post(
        reverse("wagtailsnippets_consent_consentrecord:add"),
        {
            "person": person.pk,
            "notice": ConsentNoticeFactory().pk,
            "given_on": today.isoformat(),
            "method": "signed_form",
            "authority": "parent",
            "given_by": "",
            "supported_by": "Kept supporter text",
            "uses": ["name"],
            "expires_on": (today - datetime.timedelta(days=1)).isoformat(),
            "review_on": today.isoformat(),
            "evidence": EvidenceFactory().pk,
        },
    )
    assert response.status_code == 200
    assert "Consent must expire after the day it was given." in response.text
    assert "Say who gave consent on the person" in response.text
    assert "Kept supporter text" in response.text
    assert not ConsentRecord.objects.exists()


def test_a_used_notice_cannot_change_its_words(officer_client):
    record = ConsentRecordFactory()
    notice = record.notice
    response = officer_client.post(
        reverse("wagtailsnippets_consent_consentnotice:edit", args=[notice.pk]),
        {
            "title": notice.title,
            "version": notice.version,
            "text": "Different words",
            "easy_read_text": notice.easy_read_text,
        },
    )
    assert response.status_code == 200
    assert "cannot change" in response.text
    notice.refresh_from_db()
    assert notice.text != "Different words"


def test_dashboard_panel_shows_what_needs_attention(
    client, member_of, make_story, consenting_person
):
    client.force_login(member_of("Consent officers"))
    soon = ConsentRecordFactory(
        person__public_name="Linda",
        expires_on=timezone.localdate() + datetime.timedelta(days=12),
    )
    make_story(soon.person)
    make_story(consenting_person, title="Brian's year")
    from consent.services import withdraw_consent

    withdraw_consent(consenting_person, by=None, reason="Asked")
    # A page forced back live behind the gate's back is listed with the reason it fails.
    StoryPage.objects.filter(title="Brian's year").update(live=True)

    response = client.get(reverse("wagtailadmin_home"))

    assert "Consent needing attention" in response.text
    assert "Linda" in response.text
    assert "Withdrawn people still linked to pages" in response.text
    assert "Brian withdrew consent on" in response.text


def test_register_report_lists_people_and_exports_csv(officer_client, make_story):
    record = ConsentRecordFactory(person__public_name="Brian")
    make_story(record.person, title="Brian's year")
    response = officer_client.get(reverse("consent_register_report"))
    assert "Brian" in response.text
    assert "Current until" in response.text

    export = officer_client.get(reverse("consent_register_report") + "?export=csv")
    body = b"".join(export.streaming_content).decode()
    assert "Brian" in body
    assert "Brian's year" in body
    assert "Current until" in body


def test_register_report_is_for_consent_officers(client, member_of):
    ConsentRecordFactory(person__public_name="Brian")
    client.force_login(member_of("Editors"))
    response = client.get(reverse("consent_register_report"), follow=True)
    assert response.redirect_chain
    assert "Sorry, you do not have permission" in response.text
    assert "Current until" not in response.text


def test_record_consent_from_a_person_starts_with_that_person(officer_client):
    person = PersonFactory(public_name="Dana")
    response = officer_client.get(reverse("consent_record_for", args=[person.pk]), follow=True)
    assert response.status_code == 200
    assert response.context["form"].initial["person"] == person
    broken = officer_client.get(
        reverse("wagtailsnippets_consent_consentrecord:add") + "?person=not-a-number"
    )
    assert broken.status_code == 200
