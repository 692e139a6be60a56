"""Campaign statuses that fit their dates: an active campaign past its closing date shows
as closed and refuses sign-ups with a clear message in English and Welsh; one not started
yet says when it opens; lists put campaigns still taking sign-ups first, and the partner
feeds date campaigns by the day they started."""

import datetime

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from campaigns.models import CampaignPage, Signup, Status
from tests.campaigns.signing import sign

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def test_an_active_campaign_past_its_closing_date_shows_as_closed(client, publish_campaign):
    ended = publish_campaign(
        status=Status.ACTIVE, starts_on=datetime.date(2017, 3, 1), ends_on=TODAY - DAY
    )
    open_ = publish_campaign(status=Status.ACTIVE, ends_on=TODAY)

    assert ended.current_status == Status.CLOSED and not ended.is_open
    assert open_.current_status == Status.ACTIVE and open_.is_open
    page = client.get(ended.url).text
    assert "This campaign has closed" in page
    assert 'class="signup-form"' not in page
    assert '<time datetime="2017-03-01">1 March 2017</time> to' in page
    assert 'class="signup-form"' in client.get(open_.url).text  # positive control
    api = client.get(f"/api/v2/pages/{ended.pk}/").json()
    assert (api["status"], api["current_status"]) == ("active", "closed")
    assert api["starts_on"] == "2017-03-01"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This campaign is no longer taking signatures, so we have not added your name."),
        ("cy", "Nid yw'r ymgyrch hon yn derbyn llofnodion mwyach, felly nid ydyn ni wedi"),
    ],
)
def test_a_sign_up_after_the_closing_date_is_refused_in_either_language(
    client, site_tree, campaigns_index, publish_campaign, language, message
):
    campaign = publish_campaign(ends_on=TODAY - DAY)
    if language == "cy":
        site_tree.translate(campaigns_index, title="Ymgyrchoedd", slug="ymgyrchoedd")
        campaign = site_tree.translate(campaign, title="Ymgyrch")
    response = sign(client, campaign)
    assert response.status_code == 200
    assert message in response.text
    assert not Signup.objects.exists()
    # Positive control: the same campaign took sign-ups while it was open.
    CampaignPage.objects.filter(translation_key=campaign.translation_key).update(ends_on=TODAY)
    sign(client, campaign)
    assert Signup.objects.count() == 1


def test_a_campaign_not_started_yet_says_when_it_opens(client, publish_campaign):
    campaign = publish_campaign(starts_on=TODAY + 7 * DAY)
    page = client.get(campaign.url).text
    assert f"You can add your name from {TODAY + 7 * DAY:%-d %B %Y}." in page
    assert 'class="signup-form"' not in page
    assert "no longer taking signatures" in sign(client, campaign).text
    assert not Signup.objects.exists()


def test_the_closing_date_cannot_come_before_the_start(publish_campaign):
    campaign = publish_campaign()
    campaign.starts_on, campaign.ends_on = datetime.date(2020, 5, 1), datetime.date(2020, 4, 1)
    with pytest.raises(ValidationError) as refused:
        campaign.full_clean()
    assert refused.value.message_dict["ends_on"] == [
        "The closing date must be on or after the start date."
    ]


def test_lists_put_campaigns_taking_sign_ups_first_then_newest_start(client, publish_campaign):
    publish_campaign(
        title="Old and lapsed", starts_on=datetime.date(2017, 1, 1), ends_on=TODAY - DAY
    )
    publish_campaign(title="Won in 2019", status=Status.WON, starts_on=datetime.date(2019, 1, 1))
    publish_campaign(title="Open since 2016", starts_on=datetime.date(2016, 1, 1))
    publish_campaign(title="Open since 2021", starts_on=datetime.date(2021, 1, 1))
    listed = [page.title for page in client.get("/campaigns/").context["campaigns"]]
    assert listed == ["Open since 2021", "Open since 2016", "Won in 2019", "Old and lapsed"]
    home = client.get("/").text
    assert "Open since 2021" in home
    assert "Old and lapsed" not in home


def test_the_partner_feed_dates_campaigns_by_their_start(client, publish_campaign):
    publish_campaign(
        title="Closed in 2017", status=Status.CLOSED, starts_on=datetime.date(2017, 2, 1)
    )
    publish_campaign(title="Started 2024", starts_on=datetime.date(2024, 6, 3))
    parsed = feedparser.parse(client.get("/feeds/campaigns.atom").content)
    assert [entry.title for entry in parsed.entries] == ["Started 2024", "Closed in 2017"]
    assert parsed.entries[1].published.startswith("2017-02-01")
