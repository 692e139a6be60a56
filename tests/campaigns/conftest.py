import pytest

from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

# Varnish in front of the live server, for the sign-up through the shared cache.
from tests.website.conftest import varnish, varnish_server  # noqa: F401
from website.models import PageTopic


@pytest.fixture
def campaigns_index(site_tree):
    index = CampaignIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    return index


@pytest.fixture
def publish_campaign(campaigns_index):
    """Makes and publishes a campaign under the index, filed under `topics`."""

    def publish(*, topics=(), **fields):
        campaign = CampaignPageFactory(parent=campaigns_index, **fields)
        for topic in topics:
            PageTopic.objects.create(page=campaign, topic=topic)
        campaign.save_revision().publish()
        campaign.refresh_from_db()
        return campaign

    return publish
