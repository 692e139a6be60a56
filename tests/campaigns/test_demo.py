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
    assert campaigns.count() == 4
    assert campaigns.filter(status=Status.CLOSED).count() == 1
    assert Signup.objects.count() == sum(campaign["signups"] for campaign in demo.CAMPAIGNS)
    for campaign in campaigns:
        assert campaign.updates and campaign.supporter_quotes
        assert client.get(campaign.url).status_code == 200

    index = client.get("/campaigns/")
    assert "180 people have signed" in index.text
    assert client.get("/cy/campaigns/").status_code == 200
    assert "Campaigns you can sign" in client.get("/").text
