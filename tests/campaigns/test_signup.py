import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.test import Client

from campaigns import services
from campaigns.models import Signup, Status, SupporterType
from tests.campaigns.factories import SignupFactory
from tests.website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Ffion Jones",
    "email": "ffion@example.org",
    "organisation": "",
    "supporter_type": SupporterType.SHARED_LIVES_CARER,
    "area": "Cardiff",
}


@pytest.fixture
def campaign(publish_campaign):
    return publish_campaign(title="Slow Policy", slug="slow-policy")


def sign(client, campaign, follow=False, **changes):
    return client.post(campaign.url, {**VALID, **changes}, follow=follow)


def test_a_sign_up_is_saved_confirmed_and_counted(client, campaign):
    response = sign(client, campaign, keep_updated="on")
    assert response.status_code == 302
    assert response["Location"] == campaign.url

    signup = Signup.objects.get()
    assert (signup.name, signup.email, signup.area) == (
        "Ffion Jones",
        "ffion@example.org",
        "Cardiff",
    )
    assert signup.keep_updated is True
    assert signup.campaign_key == campaign.translation_key
    assert signup.confirmation_sent_at is not None
    [email] = mail.outbox
    assert email.to == ["ffion@example.org"]
    assert "Slow Policy" in email.subject
    assert "http://testserver/campaigns/slow-policy/" in email.body

    page = client.get(response["Location"])
    assert "Thank you for signing." in page.text
    assert "1 person has signed" in page.text


def test_keep_me_updated_starts_unticked_and_means_no_when_left(client, campaign):
    page = client.get(campaign.url).text
    assert 'name="keep_updated"' in page
    assert 'name="keep_updated" checked' not in page
    sign(client, campaign)
    assert Signup.objects.get().keep_updated is False


def test_the_count_uses_thousands_separators(client, campaign):
    Signup.objects.bulk_create(SignupFactory.build_batch(1204, campaign=campaign))
    assert "1,204 people have signed" in client.get(campaign.url).text


def test_one_email_counts_once_per_campaign_whatever_its_case(client, campaign):
    sign(client, campaign)
    response = sign(client, campaign, email="FFION@Example.org", name="Ffion again")
    assert response.status_code == 200
    assert "You have already signed this campaign" in response.text
    assert Signup.objects.count() == 1
    assert len(mail.outbox) == 1


@pytest.fixture
def welsh_campaign(campaign, campaigns_index, site_tree):
    site_tree.translate(campaigns_index, title="Ymgyrchoedd")
    return site_tree.translate(campaign, title="Polisi Araf")


def test_the_welsh_page_is_the_same_campaign(client, campaign, welsh_campaign):
    sign(client, campaign)
    assert welsh_campaign.url == "/cy/campaigns/slow-policy/"
    response = sign(client, welsh_campaign, email="Ffion@example.org")
    assert response.status_code == 200
    assert Signup.objects.count() == 1
    sign(client, welsh_campaign, email="dafydd@example.org")
    assert Signup.objects.filter(campaign=welsh_campaign).count() == 1
    assert "2 people have signed" in client.get(campaign.url).text


def test_the_same_email_may_sign_another_campaign(client, campaign, publish_campaign):
    other = publish_campaign(title="End reverse auctions")
    sign(client, campaign)
    assert sign(client, other).status_code == 302
    assert Signup.objects.count() == 2


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": "not-an-address"}, "Enter an email address like name@example.org."),
        ({"email": ""}, "Enter your email address."),
        ({"name": ""}, "Enter your name."),
        ({"name": "   "}, "Enter your name."),
        ({"supporter_type": ""}, "Choose which describes you best."),
        ({"supporter_type": "astronaut"}, "Select a valid choice."),
        ({"name": "x" * 10_000}, "at most 200 characters"),
        ({"area": "y" * 10_000}, "at most 100 characters"),
        ({"organisation": "z" * 10_000}, "at most 200 characters"),
        ({"email": "a" * 10_000 + "@example.org"}, "at most 254 characters"),
    ],
)
def test_a_mistake_shows_the_form_again_with_what_was_typed(client, campaign, changes, message):
    response = sign(client, campaign, **changes)
    assert response.status_code == 200
    assert message in response.text
    assert "Please check what you typed" in response.text
    assert 'aria-invalid="true"' in response.text
    assert 'value="Cardiff"' in response.text or "area" in changes
    assert 'value="Ffion Jones"' in response.text or "name" in changes
    assert Signup.objects.count() == 0
    assert mail.outbox == []


def test_typed_text_comes_back_escaped(client, campaign):
    response = sign(client, campaign, email="bad", name='<script>alert("x")</script>')
    assert "<script>alert" not in response.text
    assert 'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"' in response.text


def test_missing_fields_altogether_do_not_break_the_page(client, campaign):
    response = client.post(campaign.url, {})
    assert response.status_code == 200
    assert "Enter your name." in response.text


def test_the_honeypot_is_thanked_but_nothing_is_saved(client, campaign):
    response = sign(client, campaign, website="https://spam.example")
    assert response.status_code == 302
    assert Signup.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people(client, campaign):
    page = client.get(campaign.url).text
    assert '<div class="signup-form__trap">' in page
    assert 'name="website"' in page


def test_a_post_without_a_csrf_token_is_refused(campaign):
    response = Client(enforce_csrf_checks=True).post(campaign.url, VALID)
    assert response.status_code == 403
    assert Signup.objects.count() == 0


def test_the_form_carries_a_csrf_token(campaign):
    client = Client(enforce_csrf_checks=True)
    page = client.get(campaign.url)
    token = page.context["csrf_token"]
    assert (
        client.post(campaign.url, {**VALID, "csrfmiddlewaretoken": str(token)}).status_code == 302
    )


@pytest.mark.parametrize("status", [Status.CLOSED, Status.WON])
def test_an_ended_campaign_shows_the_final_count_and_no_form(client, publish_campaign, status):
    campaign = publish_campaign(status=status)
    SignupFactory.create_batch(3, campaign=campaign)
    page = client.get(campaign.url).text
    assert "3 people signed in the end" in page
    assert 'class="signup-form"' not in page


def test_a_sign_up_to_a_closed_campaign_is_refused_politely(client, publish_campaign):
    campaign = publish_campaign(status=Status.CLOSED)
    response = sign(client, campaign)
    assert response.status_code == 200
    assert "no longer taking signatures" in response.text
    assert Signup.objects.count() == 0


@pytest.mark.parametrize("error", [smtplib.SMTPRecipientsRefused({}), ConnectionRefusedError()])
def test_a_failed_email_never_loses_the_sign_up(client, campaign, monkeypatch, error):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(services, "send_mail", fail)
    with mock.patch.object(services.logger, "exception") as log:
        response = sign(client, campaign)
    assert response.status_code == 302
    signup = Signup.objects.get()
    assert signup.confirmation_sent_at is None
    log.assert_called_once_with(
        "Could not send the confirmation for campaign sign-up %s", signup.pk
    )
    assert "Thank you for signing." in client.get(campaign.url).text


def test_the_rate_limit_refuses_too_many_attempts_from_one_address(client, campaign):
    for number in range(services.ATTEMPTS_PER_ADDRESS):
        assert sign(client, campaign, email=f"person{number}@example.org").status_code == 302
    response = sign(client, campaign, email="one-too-many@example.org")
    assert response.status_code == 429
    assert "try again later" in response.text
    assert 'value="one-too-many@example.org"' in response.text
    assert Signup.objects.count() == services.ATTEMPTS_PER_ADDRESS

    other_address = client.post(
        campaign.url, {**VALID, "email": "elsewhere@example.org"}, REMOTE_ADDR="192.0.2.8"
    )
    assert other_address.status_code == 302


def test_the_privacy_notice_is_linked_in_the_readers_language(client, welsh_campaign, site_tree):
    privacy = StandardPageFactory(parent=site_tree.english_home, title="Privacy", slug="privacy")
    privacy.save_revision().publish()
    english = client.get("/campaigns/slow-policy/").text
    assert 'href="/privacy/"' in english
    # A Welsh reader is not sent to the English notice.
    assert 'href="/privacy/"' not in client.get(welsh_campaign.url).text
    site_tree.translate(privacy, title="Preifatrwydd")
    assert 'href="/cy/privacy/"' in client.get(welsh_campaign.url).text


def test_without_a_privacy_page_the_form_still_works(client, campaign):
    assert "privacy notice</a>" not in client.get(campaign.url).text
    assert sign(client, campaign).status_code == 302
