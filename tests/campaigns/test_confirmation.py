"""From the email to a counted supporter, and from any email to erasure."""

import datetime
import email

import pytest
from django.core import mail, signing
from django.utils import timezone

from campaigns import tokens
from campaigns.models import CONFIRMATION_DAYS, Signup
from tests.campaigns.factories import SignupFactory
from tests.campaigns.signing import link_in, sign

pytestmark = pytest.mark.django_db

WELSH = {
    "check": "Gwiriwch eich e-bost",
    "confirm_button": "Cadarnhau fy llofnod",
    "counted": "Mae eich enw'n cael ei gyfrif",
    "remove_button": "Tynnu fy enw",
    "removed": "Mae eich enw wedi'i dynnu",
    "one": "1 person wedi llofnodi",
}
ENGLISH = {
    "check": "Check your email",
    "confirm_button": "Confirm my signature",
    "counted": "Your name is counted",
    "remove_button": "Remove my name",
    "removed": "Your name has been removed",
    "one": "1 person has signed",
}


@pytest.fixture
def campaign(publish_campaign):
    return publish_campaign(title="Slow Policy", slug="slow-policy")


@pytest.fixture
def welsh_campaign(campaign, campaigns_index, site_tree):
    site_tree.translate(campaigns_index, title="Ymgyrchoedd")
    return site_tree.translate(campaign, title="Polisi Araf")


def supporters(client, page):
    return client.get(page.url).context["page"].supporter_count


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_journey_from_form_to_counted_supporter_to_removal(
    client, campaign, welsh_campaign, language
):
    page, words = (campaign, ENGLISH) if language == "en" else (welsh_campaign, WELSH)
    prefix = "" if language == "en" else "/cy"
    assert words["check"] in sign(client, page).text
    assert supporters(client, page) == 0

    [message] = mail.outbox
    confirm_link = link_in(message, "confirm")
    assert confirm_link.startswith(f"{prefix}/campaigns/confirm/")
    # Opening the link (as a mail scanner does) counts nobody: it shows a button.
    opened = client.get(confirm_link)
    assert words["confirm_button"] in opened.text
    assert supporters(client, page) == 0
    confirmed = client.post(confirm_link)
    assert words["counted"] in confirmed.text
    assert supporters(client, page) == 1
    assert words["one"] in client.get(page.url).text

    remove_link = link_in(message, "remove")
    assert remove_link.startswith(f"{prefix}/campaigns/remove/")
    assert words["remove_button"] in client.get(remove_link).text
    assert Signup.objects.count() == 1
    assert words["removed"] in client.post(remove_link).text
    assert not Signup.objects.exists()
    assert supporters(client, page) == 0
    # The link still answers, and says the details are gone.
    again = client.get(remove_link)
    assert again.status_code == 200
    assert words["removed"] in again.text


def test_confirming_twice_keeps_the_first_time(client, campaign):
    sign(client, campaign)
    link = link_in(mail.outbox[0], "confirm")
    client.post(link)
    first = Signup.objects.get().confirmed_at
    assert client.post(link).status_code == 200
    assert Signup.objects.get().confirmed_at == first


def test_a_confirmation_link_expires_with_the_confirmation_window(client, campaign):
    sign(client, campaign)
    link = link_in(mail.outbox[0], "confirm")
    later = datetime.timedelta(days=CONFIRMATION_DAYS, minutes=1)
    Signup.objects.update(signed_at=timezone.now() - later)
    response = client.post(link)
    assert response.status_code == 410
    assert "This link has expired" in response.text
    assert Signup.objects.get().confirmed_at is None


def test_an_old_confirmation_token_is_refused_even_for_a_young_sign_up(client, campaign):
    signup = SignupFactory(campaign=campaign, confirmed_at=None)
    # Signed CONFIRMATION_DAYS and a minute ago: the token's own clock has run out.
    signer = signing.TimestampSigner(salt=tokens.CONFIRM_SALT)
    past = timezone.now().timestamp() - CONFIRMATION_DAYS * 86400 - 60
    signer.timestamp = lambda: signing.b62_encode(int(past))
    old = signer.sign_object(signup.pk)
    response = client.post(f"/campaigns/confirm/{old}/")
    assert response.status_code == 410
    assert Signup.objects.get().confirmed_at is None


@pytest.mark.parametrize("kind", ["confirm", "remove"])
def test_a_made_up_or_altered_token_does_nothing(client, campaign, kind):
    signup = SignupFactory(campaign=campaign, confirmed_at=None)
    real = tokens.confirmation_token(signup) if kind == "confirm" else tokens.removal_token(signup)
    for token in ["1", real[:-2] + "xx", signing.dumps(signup.pk, salt="other"), "a" * 5000]:
        response = client.post(f"/campaigns/{kind}/{token}/")
        assert response.status_code == 404, token
        assert "This link does not work" in response.text
    assert Signup.objects.get().confirmed_at is None


def test_a_confirmation_token_cannot_remove_and_a_removal_token_cannot_confirm(client, campaign):
    signup = SignupFactory(campaign=campaign, confirmed_at=None)
    assert client.post(f"/campaigns/remove/{tokens.confirmation_token(signup)}/").status_code == 404
    assert client.post(f"/campaigns/confirm/{tokens.removal_token(signup)}/").status_code == 404
    assert Signup.objects.get().confirmed_at is None
    # Positive control: each token does its own job.
    client.post(f"/campaigns/confirm/{tokens.confirmation_token(signup)}/")
    assert Signup.objects.get().confirmed_at is not None


def test_mail_programs_remove_with_one_click(client, campaign):
    """RFC 8058: the mail program posts "List-Unsubscribe=One-Click" to the address in
    the header, from its own servers: no cookie, no browser headers."""
    sign(client, campaign)
    [message] = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    address = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert address == "http://testserver" + link_in(message, "remove")
    response = client.post(
        address.removeprefix("http://testserver"), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not Signup.objects.exists()


def test_the_email_is_from_and_answered_by_a_person(client, campaign, settings):
    settings.DEFAULT_FROM_EMAIL = "campaigns@sharedlives.example"
    settings.CAMPAIGN_REPLY_TO_EMAIL = "team@sharedlives.example"
    sign(client, campaign)
    [message] = mail.outbox
    assert message.from_email == "campaigns@sharedlives.example"
    assert message.reply_to == ["team@sharedlives.example"]
    assert "team@sharedlives.example" in message.body


def test_the_email_carries_no_free_text_but_the_escaped_first_name(client, campaign):
    sign(
        client,
        campaign,
        name="Siân<b>x</b> Visit https://spam.example now",
        organisation="Buy pills at pills.example",
        area="Call 0800 000 000",
    )
    sign(client, campaign, email="second@example.org", name="www.spam.example Jones")
    first, second = mail.outbox
    html = first.alternatives[0][0]
    for message_text in (first.body, html, second.body, second.alternatives[0][0]):
        for typed in ["spam.example", "pills", "0800", "<b>"]:
            assert typed not in message_text
    # A first word that is not a name is left out; one that is, is used, escaped in HTML.
    assert second.body.startswith("Hello,")
    sign(client, campaign, email="third@example.org", name="O'Brien Smith")
    third = mail.outbox[-1]
    assert third.body.startswith("Dear O'Brien,")
    assert "Dear O&#x27;Brien," in third.alternatives[0][0]


def test_the_email_is_written_in_the_language_of_the_page(client, welsh_campaign):
    sign(client, welsh_campaign)
    [message] = mail.outbox
    assert message.subject.startswith("Cadarnhewch eich llofnod")
    assert "Polisi Araf" in message.subject
    assert "/cy/campaigns/confirm/" in message.body
    parsed = email.message_from_bytes(message.message().as_bytes())
    assert parsed["List-Unsubscribe"].strip().startswith("<http://testserver/cy/campaigns/remove/")


def test_staff_cannot_confirm_for_someone_without_their_link(admin_client, campaign):
    signup = SignupFactory(campaign=campaign, confirmed_at=None)
    assert admin_client.post(f"/campaigns/confirm/{signup.pk}/").status_code == 404
    assert Signup.objects.get().confirmed_at is None
