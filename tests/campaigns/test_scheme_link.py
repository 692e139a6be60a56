from tests.website.factories import OrganisationFactory
from website.models import Organisation


def test_a_campaign_links_to_the_scheme_it_names(client, publish_campaign):
    scheme = OrganisationFactory(name="Kent Shared Lives", kind=Organisation.Kind.SCHEME)
    campaign = publish_campaign(scheme=scheme)
    html = client.get(campaign.url).content.decode()
    assert "Local scheme:" in html
    assert '<a href="/schemes/?q=Kent+Shared+Lives">Kent Shared Lives</a>' in html


def test_a_campaign_naming_no_scheme_has_no_scheme_line(client, publish_campaign):
    campaign = publish_campaign()
    html = client.get(campaign.url).content.decode()
    assert campaign.title in html
    assert "Local scheme:" not in html
