"""Admin listings read as the comms team speaks: Yes and No rather than True and False,
dates in UK format, and column names in plain words."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from tests.blog.factories import AuthorFactory
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, SignupFactory

pytestmark = pytest.mark.django_db


def cells(html):
    found = re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)
    return [re.sub(r"\s+", " ", cell).strip() for cell in found]


@pytest.fixture
def campaign(site_tree):
    index = CampaignIndexPageFactory(parent=site_tree.english_home)
    return CampaignPageFactory(parent=index, title="Slow Policy")


def test_the_sign_ups_listing_says_yes_or_no_and_dates_in_uk_format(admin_client, campaign):
    signed = timezone.make_aware(datetime.datetime(2026, 3, 4, 14, 5))
    SignupFactory(campaign=campaign, name="Wants news", keep_updated=True, signed_at=signed)
    SignupFactory(campaign=campaign, name="No news", keep_updated=False, signed_at=signed)

    html = admin_client.get("/admin/snippets/campaigns/signup/").text

    assert "Wants campaign news" in html
    found = cells(html)
    assert "Yes" in found and "No" in found
    assert "True" not in found and "False" not in found
    assert "4 March 2026, 14:05" in found


def test_the_sign_ups_listing_says_yes_and_no_in_welsh(admin_client, admin_user, campaign):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "cy"
    profile.save()
    SignupFactory(campaign=campaign, keep_updated=True)
    SignupFactory(campaign=campaign, keep_updated=False)
    found = cells(admin_client.get("/admin/snippets/campaigns/signup/").text)
    assert "Ydy" in found and "Nac ydy" in found


def test_the_authors_listing_says_whether_each_is_a_guest_in_words(admin_client):
    AuthorFactory(name="Guest Writer", is_guest=True)
    AuthorFactory(name="Staff Writer", is_guest=False)
    html = admin_client.get("/admin/snippets/blog/author/").text
    rows = {
        name: cells(row)
        for row in re.findall(r"<tr[^>]*>.*?</tr>", html, re.S)
        for name in ("Guest Writer", "Staff Writer")
        if name in row
    }
    assert "Yes" in rows["Guest Writer"] and "No" in rows["Staff Writer"]
    assert "Guest author" in html
    assert "True" not in html.split("<tbody")[1]
