import html
import re

import pytest

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
