"""Only confirmed supporters count, wherever sign-ups are counted or handed out."""

import csv
import io

import pytest

from tests.campaigns.factories import SignupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(publish_campaign):
    campaign = publish_campaign(title="Slow Policy", slug="slow-policy")
    # The positive control: two confirmed supporters, who count everywhere.
    SignupFactory(campaign=campaign, name="Counted One", email="one@example.org")
    SignupFactory(campaign=campaign, name="Counted Two", email="two@example.org")
    SignupFactory.create_batch(3, campaign=campaign, confirmed_at=None, name="Not Yet")
    return campaign


def test_the_campaign_page_counts_confirmed_supporters(client, campaign):
    assert "2 people have signed" in client.get(campaign.url).text


def test_the_index_and_the_home_page_count_confirmed_supporters(client, campaign):
    assert "2 people have signed" in client.get("/campaigns/").text
    assert "2 people have signed" in client.get("/").text


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_the_export_holds_confirmed_supporters_only(admin_client, campaign):
    header, *rows = csv_rows(
        admin_client.get("/admin/snippets/campaigns/signup/", {"export": "csv"})
    )
    names = sorted(dict(zip(header, row, strict=True))["Name"] for row in rows)
    assert names == ["Counted One", "Counted Two"]


def test_the_listing_shows_every_sign_up_and_filters_by_confirmation(admin_client, campaign):
    listing = "/admin/snippets/campaigns/signup/"
    everyone = admin_client.get(listing).text
    assert "Counted One" in everyone and "Not Yet" in everyone
    unconfirmed = admin_client.get(listing, {"confirmed": "false"}).text
    assert "Not Yet" in unconfirmed and "Counted One" not in unconfirmed
    confirmed = admin_client.get(listing, {"confirmed": "true"}).text
    assert "Counted One" in confirmed and "Not Yet" not in confirmed


def test_the_daily_report_counts_confirmed_supporters(admin_client, campaign):
    _header, *rows = csv_rows(
        admin_client.get("/admin/campaigns/signups-per-day/", {"export": "csv"})
    )
    assert [row[1:] for row in rows] == [["Slow Policy", "en", "2"]]
