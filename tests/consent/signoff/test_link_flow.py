"""A featured person's private link, from the consent officer making it to the person's
answers, the officer's confirmation, the receipt and a later take-down by the link."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from consent.gate import page_is_public
from consent.models import (
    EVIDENCE_COLLECTION_NAME,
    ConsentRecord,
    ConsentWithdrawal,
    Use,
    WithheldImage,
)
from consent.services import set_people_in_image
from consent.signoff.models import SignoffLink, SignoffResponse
from tests.blog.factories import ImageFactory
from tests.consent.factories import ConsentRecordFactory
from tests.consent.signoff.conftest import path_of
from tests.stories.factories import StoryPageFactory, feature

pytestmark = pytest.mark.django_db

ASKED = ["name", "photo", "story", "health", "partner_syndication", "welsh"]


def every_answer(value, **changes):
    return {**dict.fromkeys(ASKED, value), **changes}


def test_officer_makes_a_link_the_person_agrees_and_the_officer_confirms(
    client, member_of, dana, draft_story
):
    officer = member_of("Consent officers")
    client.force_login(officer)
    made = client.post(
        reverse("consent_signoff_link", args=[dana.pk]),
        {"language": "en", "email": "dana@example.org"},
    )
    address = re.search(r'value="(http://testserver/consent/[^"]+)"', made.text).group(1)
    assert "<svg" in made.text  # the QR code to print
    assert address in mail.outbox[0].body
    assert mail.outbox[0].to == ["dana@example.org"]
    client.logout()

    # The person, without an account, sees the story as it will look: its latest draft.
    start = client.get(path_of(address))
    assert "Hello Dana" in start.text
    preview_path = re.search(r'href="(/consent/[^"]+/page/\d+/)"', start.text).group(1)
    preview = client.get(preview_path)
    assert preview.status_code == 200
    assert "Dana swims every Tuesday since her stroke." in preview.text
    assert "This is how your story will look on our website." in preview.text

    # Each use the story makes is asked about, with Welsh and partners.
    form = client.get(path_of(address) + "answer/")
    for question in [
        "Can we use your name?",
        "Can we show photos of you?",
        "Can we talk about your health?",
        "Can we put your story in Welsh?",
        "Can other organisations show your story?",
    ]:
        assert question in form.text
    assert "Can we show videos of you?" not in form.text
    assert "version 4" in form.text

    answered = client.post(
        path_of(address) + "answer/",
        {**every_answer("yes", health="no"), "supported_by": "My advocate, Sam"},
        follow=True,
    )
    assert "Someone from our team will check your answers." in answered.text
    assert "Print this page" in answered.text
    pending = SignoffResponse.objects.get()
    assert pending.status == SignoffResponse.Status.PENDING
    # Nothing counts before the officer confirms.
    assert not ConsentRecord.objects.filter(person=dana).exists()

    client.force_login(officer)
    waiting = client.get(reverse("consent_signoff_answers"))
    assert "Dana" in waiting.text
    confirmed = client.post(
        reverse("consent_signoff_review", args=[pending.pk]),
        {"action": "confirm", "expires_on": "2099-01-01", "review_on": "2098-06-01"},
    )
    assert confirmed.status_code == 302

    record = ConsentRecord.objects.get(person=dana)
    assert record.method == ConsentRecord.Method.PRIVATE_LINK
    assert record.notice.version == "4"
    assert record.given_on == timezone.localdate()
    assert record.supported_by == "My advocate, Sam"
    assert set(record.uses) == set(ASKED) - {"health"}
    assert record.recorded_by == officer
    assert record.evidence.collection.name == EVIDENCE_COLLECTION_NAME
    assert b"%PDF" in record.evidence.file.read()[:8]

    client.logout()
    receipt = client.get(path_of(address) + "receipt/")
    assert "Our team has checked your answers. They count now." in receipt.text
    assert "My advocate, Sam" in receipt.text


def test_taking_the_story_down_by_link_withdraws_at_once(client, make_story, link_token, dana):
    ConsentRecordFactory(person=dana, uses=["name", "story"])
    story = make_story(dana, uses=[Use.NAME, Use.STORY])
    assert story.live and page_is_public(story)

    ask = client.get(f"/consent/{link_token}/take-down/")
    assert "Do you want us to take your story down?" in ask.text
    done = client.post(f"/consent/{link_token}/take-down/", follow=True)
    assert "We are taking your story down" in done.text
    story.refresh_from_db()
    assert not story.live
    withdrawal = ConsentWithdrawal.objects.get(person=dana)
    assert withdrawal.recorded_by is None
    assert client.get(story.url).status_code in (404, 410)


def test_saying_no_to_everything_withdraws_at_once(client, draft_story, link_token, dana):
    client.post(f"/consent/{link_token}/answer/", every_answer("no"))
    assert ConsentWithdrawal.objects.filter(person=dana).exists()
    assert SignoffResponse.objects.get().status == SignoffResponse.Status.WITHDRAWN
    # A positive control: one yes stays pending and withdraws nothing.
    ConsentWithdrawal.objects.all().delete()
    client.post(f"/consent/{link_token}/answer/", every_answer("no", name="yes"))
    assert not ConsentWithdrawal.objects.filter(person=dana).exists()
    assert SignoffResponse.objects.filter(status=SignoffResponse.Status.PENDING).count() == 1


def test_unanswered_questions_are_explained_and_answers_kept(client, draft_story, link_token):
    response = client.post(
        f"/consent/{link_token}/answer/",
        {"name": "yes", "photo": "no", "supported_by": "My sister"},
    )
    assert response.status_code == 200
    assert "Please answer every question" in response.text
    assert "Can we tell your story? Choose yes or no." in response.text
    assert re.search(r'<input[^>]*value="yes"[^>]*id="id_name_0"[^>]*checked', response.text)
    assert 'value="My sister"' in response.text
    assert not SignoffResponse.objects.exists()


def test_the_whole_flow_is_in_welsh(client, draft_story, link_token):
    start = client.get(f"/cy/consent/{link_token}/")
    assert 'lang="cy"' in start.text
    assert "Helo Dana" in start.text
    form = client.post(f"/cy/consent/{link_token}/answer/", {"name": "yes"})
    assert "Dewiswch ie neu na." in form.text
    done = client.post(f"/cy/consent/{link_token}/answer/", every_answer("yes"), follow=True)
    assert "Diolch am eich atebion" in done.text
    assert SignoffResponse.objects.get().language == "cy"


def test_link_pages_are_private(client, draft_story, link_token):
    for path in ["", "answer/", f"page/{draft_story.pk}/", "take-down/", "not-a-page/"]:
        response = client.get(f"/consent/{link_token}/{path}")
        assert response["X-Robots-Tag"] == "noindex, nofollow", path
        assert response["Referrer-Policy"] == "no-referrer", path
        assert "no-store" in response["Cache-Control"] or response.status_code == 404, path
        if response.status_code == 200:
            assert '<meta name="robots" content="noindex, nofollow">' in response.text, path
            assert '<meta name="referrer" content="no-referrer">' in response.text, path


def test_only_a_hash_of_the_token_is_stored(link_token):
    link = SignoffLink.objects.get()
    stored = " ".join(str(getattr(link, field.attname)) for field in SignoffLink._meta.fields)
    assert link_token not in stored
    assert len(link.token_hash) == 64


def test_a_link_shows_only_pages_featuring_its_person(client, draft_story, link_token, about_page):
    assert client.get(f"/consent/{link_token}/page/{draft_story.pk}/").status_code == 200
    other = client.get(f"/consent/{link_token}/page/{about_page.pk}/")
    assert other.status_code == 404
    assert "About us" not in other.text


def test_answers_given_before_a_withdrawal_cannot_be_confirmed(
    client, member_of, draft_story, link_token, dana
):
    client.post(f"/consent/{link_token}/answer/", every_answer("yes"))
    ConsentWithdrawal.objects.create(person=dana, reason="Phoned to say no.")
    client.force_login(member_of("Consent officers"))
    response = client.post(
        reverse("consent_signoff_review", args=[SignoffResponse.objects.get().pk]),
        {"action": "confirm", "expires_on": "2099-01-01", "review_on": "2098-06-01"},
    )
    assert "Consent was withdrawn after these answers were given" in response.text
    assert not ConsentRecord.objects.filter(person=dana).exists()


def test_declined_answers_never_count(client, member_of, draft_story, link_token, dana):
    client.post(f"/consent/{link_token}/answer/", every_answer("yes"))
    client.force_login(member_of("Consent officers"))
    pending = SignoffResponse.objects.get()
    client.post(
        reverse("consent_signoff_review", args=[pending.pk]),
        {"action": "decline", "decline-note": "Her advocate says she felt rushed."},
    )
    pending.refresh_from_db()
    assert pending.status == SignoffResponse.Status.DECLINED
    assert not ConsentRecord.objects.filter(person=dana).exists()


def test_the_link_shows_photos_of_the_person_and_asks_about_them(
    client, story_index, dana, link_token
):
    story = StoryPageFactory(parent=story_index, live=False, title="Dana's allotment")
    feature(story, dana, [Use.NAME, Use.STORY])
    before = client.get(f"/consent/{link_token}/answer/")
    assert "Can we show photos of you?" not in before.text

    photo = ImageFactory(title="Dana at the pool", description="Dana laughing at the pool")
    set_people_in_image(photo, [dana], by=None)

    start = client.get(f"/consent/{link_token}/")
    assert "Photos of you" in start.text
    assert 'alt="Dana laughing at the pool"' in start.text
    # Dana has not agreed to photos, so the public cannot see it, but she can.
    assert WithheldImage.objects.filter(image=photo).exists()
    address = re.search(r'<img src="(/consent/[^"]+/photo/\d+/)"', start.text).group(1)
    shown = client.get(address)
    assert shown.status_code == 200
    assert shown["Content-Type"] == "image/jpeg"
    assert shown["Referrer-Policy"] == "no-referrer"
    assert photo.file.url not in start.text
    other = ImageFactory()
    assert client.get(address.replace(f"/{photo.pk}/", f"/{other.pk}/")).status_code == 404
    after = client.get(f"/consent/{link_token}/answer/")
    assert "Can we show photos of you?" in after.text
