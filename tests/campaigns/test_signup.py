import pytest
from django.core import mail
from django.utils import timezone

from campaigns import services
from campaigns.models import Signup, Status
from tests.campaigns.factories import SignupFactory
from tests.campaigns.signing import SAME_ORIGIN, VALID, last_email, link_in, sign
from tests.website.factories import StandardPageFactory
from website import signups

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(publish_campaign):
    return publish_campaign(title="Slow Policy", slug="slow-policy")


def test_a_sign_up_is_saved_and_emailed_but_not_yet_counted(client, campaign):
    response = sign(client, campaign, keep_updated="on")
    assert response.status_code == 200
    assert "Check your email" in response.text

    signup = Signup.objects.get()
    assert (signup.name, signup.email, signup.area) == (
        "Ffion Jones",
        "ffion@example.org",
        "Cardiff",
    )
    assert signup.keep_updated is True
    assert signup.campaign_key == campaign.translation_key
    assert signup.confirmation_sent_at is not None
    assert signup.confirmed_at is None
    [email] = mail.outbox
    assert email.to == ["ffion@example.org"]
    assert "Slow Policy" in email.subject
    assert "http://testserver/campaigns/confirm/" in email.body

    page = client.get(campaign.url).text
    assert "0 people have signed" in page


def test_keep_me_updated_starts_unticked_and_means_no_when_left(client, campaign):
    page = client.get(campaign.url).text
    assert 'name="keep_updated"' in page
    assert 'name="keep_updated" checked' not in page
    sign(client, campaign)
    assert Signup.objects.get().keep_updated is False


def test_the_count_uses_thousands_separators(client, campaign):
    Signup.objects.bulk_create(SignupFactory.build_batch(1204, campaign=campaign))
    assert "1,204 people have signed" in client.get(campaign.url).text


def test_signing_again_sends_the_link_again_but_saves_nothing_new(client, campaign):
    sign(client, campaign)
    Signup.objects.update(confirmation_sent_at=timezone.now() - signups.RESEND_AFTER)
    response = sign(client, campaign, email="FFION@Example.org", name="Someone else")
    # The answer is the same whether or not the address had signed: it tells nobody else
    # who supports what.
    assert "Check your email" in response.text
    signup = Signup.objects.get()
    assert signup.name == "Ffion Jones"
    first, again = mail.outbox
    assert link_in(first, "confirm") and link_in(again, "confirm")


def test_signing_again_at_once_sends_nothing_more(client, campaign):
    sign(client, campaign)
    assert "Check your email" in sign(client, campaign).text
    assert len(mail.outbox) == 1


def test_signing_again_once_confirmed_says_so_without_a_confirmation_link(client, campaign):
    SignupFactory(campaign=campaign, email="ffion@example.org")
    sign(client, campaign)
    [email] = mail.outbox
    assert "already signed" in email.subject
    assert "/campaigns/confirm/" not in email.body
    assert link_in(email, "remove")
    assert Signup.objects.count() == 1


@pytest.fixture
def welsh_campaign(campaign, campaigns_index, site_tree):
    site_tree.translate(campaigns_index, title="Ymgyrchoedd")
    return site_tree.translate(campaign, title="Polisi Araf")


def test_the_welsh_page_is_the_same_campaign(client, campaign, welsh_campaign):
    sign(client, campaign)
    assert welsh_campaign.url == "/cy/campaigns/slow-policy/"
    sign(client, welsh_campaign, email="Ffion@example.org")
    assert Signup.objects.count() == 1
    response = sign(client, welsh_campaign, email="dafydd@example.org")
    assert "Gwiriwch eich e-bost" in response.text
    assert Signup.objects.filter(campaign=welsh_campaign).count() == 1
    Signup.objects.update(confirmed_at=timezone.now())
    assert "2 people have signed" in client.get(campaign.url).text


def test_the_same_email_may_sign_another_campaign(client, campaign, publish_campaign):
    other = publish_campaign(title="End reverse auctions")
    sign(client, campaign)
    sign(client, other)
    assert Signup.objects.count() == 2
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": "not-an-address"}, "Enter an email address like name@example.org."),
        ({"email": ""}, "Enter your email address."),
        ({"name": ""}, "Enter your name."),
        ({"name": "   "}, "Enter your name."),
        ({"supporter_type": ""}, "Choose which describes you best."),
        ({"supporter_type": "astronaut"}, "Choose one of the answers listed."),
        ({"name": "x" * 10_000}, "Your name is too long: shorten it to 200 letters."),
        ({"area": "y" * 10_000}, "Your town or area is too long: use 100 letters at most."),
        ({"organisation": "z" * 10_000}, "is too long: shorten it to 200 letters."),
        ({"email": "a" * 10_000 + "@example.org"}, "too long to be a real one."),
    ],
)
def test_a_mistake_shows_the_form_again_with_what_was_typed(client, campaign, changes, message):
    response = sign(client, campaign, **changes)
    assert response.status_code == 200
    assert message in response.text
    assert "There is a problem" in response.text
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
    response = client.post(campaign.url + "sign/", {}, **SAME_ORIGIN)
    assert response.status_code == 200
    assert "Enter your name." in response.text


def test_the_honeypot_is_thanked_but_nothing_is_saved(client, campaign):
    response = sign(client, campaign, website="https://spam.example")
    assert "Check your email" in response.text
    assert Signup.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people(client, campaign):
    page = client.get(campaign.url).text
    assert '<div class="signup-form__trap">' in page
    assert 'name="website"' in page


def test_the_form_posts_to_its_own_address_and_the_page_takes_no_posts(client, campaign):
    assert 'action="/campaigns/slow-policy/sign/#sign"' in client.get(campaign.url).text
    assert client.post(campaign.url, VALID, **SAME_ORIGIN).status_code == 405
    assert Signup.objects.count() == 0


def test_opening_the_forms_address_leads_to_the_form(client, campaign):
    response = client.get(campaign.url + "sign/")
    assert response.status_code == 302
    assert response["Location"] == "/campaigns/slow-policy/#sign"


def test_the_forms_address_of_an_unpublished_campaign_is_not_found(client, campaign):
    campaign.unpublish()
    assert sign(client, campaign).status_code == 404
    assert Signup.objects.count() == 0


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


def test_a_failed_email_never_loses_the_sign_up(client, campaign, settings, caplog):
    # A real SMTP connection to a port nobody listens on: the mail server is down.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 5
    response = sign(client, campaign)
    assert "Check your email" in response.text
    signup = Signup.objects.get()
    assert signup.confirmation_sent_at is None
    assert f"Could not send the email for campaign sign-up {signup.pk}" in caplog.text

    # Signing again once the mail server is back sends it, at once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sign(client, campaign)
    assert link_in(last_email(), "confirm")
    assert Signup.objects.get().confirmation_sent_at is not None


@pytest.fixture
def limit_of_three(monkeypatch):
    monkeypatch.setattr(services, "SIGNUPS_PER_ADDRESS", 3)


def test_the_rate_limit_counts_sign_ups_from_one_address(client, campaign, limit_of_three):
    for number in range(3):
        assert "Check your email" in sign(client, campaign, email=f"p{number}@example.org").text
    response = sign(client, campaign, email="one-too-many@example.org")
    assert response.status_code == 429
    assert "try again later" in response.text
    assert 'value="one-too-many@example.org"' in response.text
    assert Signup.objects.count() == 3

    other_address = client.post(
        campaign.url + "sign/",
        {**VALID, "email": "elsewhere@example.org"},
        REMOTE_ADDR="192.0.2.8",
        **SAME_ORIGIN,
    )
    assert "Check your email" in other_address.text


def test_mistakes_do_not_count_towards_the_limit(client, campaign, limit_of_three):
    # A room sharing one connection: people who mistype are not what the limit is for.
    for _mistake in range(10):
        assert "There is a problem" in sign(client, campaign, email="oops").text
    for number in range(3):
        assert "Check your email" in sign(client, campaign, email=f"p{number}@example.org").text
    assert Signup.objects.count() == 3


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
    assert "Check your email" in sign(client, campaign).text
