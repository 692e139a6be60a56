"""The demo tells its history truthfully: pages carry the dates their content describes,
and consent was given before the pages it allows were published."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from blog.models import BlogPostPage
from campaigns.models import CampaignPage
from consent.models import FeaturedPerson
from reports.models import ReportPage
from stories.models import StoryPage

pytestmark = pytest.mark.django_db


def published_days(page):
    return (
        timezone.localdate(page.first_published_at),
        timezone.localdate(page.last_published_at),
    )


def test_demo_pages_carry_their_historical_dates_and_consent_comes_first(client):
    call_command("load_demo_content", stdout=io.StringIO())

    posts = BlogPostPage.objects.all()
    assert posts.filter(locale__language_code="cy").exists()
    for post in posts:
        assert published_days(post) == (post.date, post.date), post.title
    for story in StoryPage.objects.all():
        assert published_days(story) == (story.published_on, story.published_on), story.title
    for report in ReportPage.objects.all():
        assert published_days(report) == (report.publication_date,) * 2, report.title
    for campaign in CampaignPage.objects.all():
        days = [update.value["date"] for update in campaign.updates]
        assert published_days(campaign) == (min(days), max(days)), campaign.title

    post = posts.get(slug="sceptical-trust", locale__language_code="en")
    page = client.get(post.url).text
    assert f"Last updated {post.date:%-d %B %Y}" in page
    assert f"Last updated {timezone.localdate():%-d %B %Y}" not in page

    featured = FeaturedPerson.objects.select_related("page", "person")
    assert featured.exists()
    for link in featured:
        published = timezone.localdate(link.page.first_published_at)
        for record in link.person.consent_records.all():
            assert record.given_on < published, (link.person.public_name, link.page.title)
