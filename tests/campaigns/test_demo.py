import html
import re

import pytest
from django.utils import timezone

from campaigns import demo
from campaigns.models import CampaignIndexPage, CampaignPage, Signup, Status
from website import demo as website_demo

pytestmark = pytest.mark.django_db


def test_demo_campaigns_load_once_with_their_sign_ups(client):
    messages = []
    website_demo.load(messages.append)
    demo.load(messages.append)
    demo.load(messages.append)
    assert messages[-1] == "Campaigns already exist: leaving them as they are."
    assert CampaignIndexPage.objects.filter(locale__language_code="en").count() == 1

    campaigns = CampaignPage.objects.live()
    assert campaigns.filter(locale__language_code="en").count() == 4
    assert campaigns.filter(status=Status.CLOSED).count() == 1
    assert Signup.objects.count() == sum(campaign["signups"] for campaign in demo.CAMPAIGNS)
    for campaign in campaigns.filter(locale__language_code="en"):
        assert campaign.updates and campaign.supporter_quotes
        assert client.get(campaign.url).status_code == 200

    index = client.get("/campaigns/")
    assert "180 people have signed" in index.text
    assert client.get("/cy/campaigns/").status_code == 200
    assert "Campaigns you can sign" in client.get("/").text


def test_a_demo_campaign_is_written_in_welsh_and_counts_sign_ups_in_both_languages(client):
    messages = []
    website_demo.load(messages.append)
    demo.load(messages.append)
    demo.load(messages.append)

    welsh = CampaignPage.objects.get(locale__language_code="cy")
    assert welsh.live
    assert sorted(link.topic.name for link in welsh.page_topics.all()) == [
        "Comisiynu",
        "Iechyd a gofal",
    ]
    response = client.get("/cy/campaigns/social-value-in-health-commissioning/")
    assert response.status_code == 200
    page = html.unescape(response.text)
    assert '<html lang="cy"' in page
    assert "<h1>Gwerth cymdeithasol ym mhob contract iechyd</h1>" in page
    assert "Dylai comisiynwyr iechyd a gofal" in page  # the ask
    # The English campaign's 140 sign-ups are the Welsh campaign's too.
    count = re.search(r'id="supporter-count">(.*?)</p>', page, re.S).group(1)
    assert "140" in count


def test_demo_campaign_dates_fit_their_story_and_sign_ups_fall_within_them(client):
    website_demo.load(print)
    demo.load(print)
    today = timezone.localdate()
    campaigns = CampaignPage.objects.filter(locale__language_code="en")
    for campaign in campaigns:
        days = [update.value["date"] for update in campaign.updates]
        assert campaign.starts_on == min(days), campaign.title
        # Every sign-up was made and confirmed while the campaign took them.
        closes = campaign.ends_on or today
        for signup in Signup.objects.filter(campaign_key=campaign.translation_key):
            signed = timezone.localdate(signup.signed_at)
            assert campaign.starts_on <= signed <= closes, campaign.title
            assert signup.signed_at < signup.confirmation_sent_at <= signup.confirmed_at
        signed_days = Signup.objects.filter(campaign_key=campaign.translation_key).dates(
            "signed_at", "month"
        )
        # Spread over the campaign's life, not bunched into the weeks before the demo loaded.
        assert len(signed_days) > 6, campaign.title
    # The campaigns of 2015 to 2017 are over; only the open-ended movement takes sign-ups.
    assert [campaign.slug for campaign in campaigns if campaign.is_open] == ["slow-policy"]
    assert campaigns.get(slug="end-reverse-auctions").get_current_status_display() == "Closed"
    listed = client.get("/campaigns/").context["campaigns"]
    assert listed[0].slug == "slow-policy"
    feed = client.get("/feeds/campaigns.json").json()
    assert feed["items"][0]["date_published"].startswith("2017-06-12")
