"""A Welsh page goes live and expires with its English source, however wagtail-localize
made it (a new translation, a sync) and when the English page is published with new dates.
wagtail-localize's sync copies neither date; a new translation takes them from the source
text recorded when the page was sent for translation, which may be older."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from tests.website.factories import StandardPageFactory
from tests.website.localize import sync, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def welsh(site_tree):
    return site_tree.welsh_home.locale


def in_days(days):
    return (timezone.now() + timedelta(days=days)).replace(microsecond=0)


def publish_with(page, **dates):
    for name, value in dates.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_new_translation_gets_the_expiry_date(about_page, welsh):
    publish_with(about_page, expire_at=in_days(30))

    welsh_about = translate(about_page, welsh)

    assert welsh_about.live
    assert welsh_about.expire_at == about_page.expire_at


def test_the_translation_follows_when_the_source_is_published_with_new_dates(about_page, welsh):
    publish_with(about_page, expire_at=in_days(30))
    welsh_about = translate(about_page, welsh)

    publish_with(about_page, expire_at=in_days(90))

    welsh_about.refresh_from_db()
    assert welsh_about.expire_at == about_page.expire_at
    assert welsh_about.live


def test_a_translation_made_from_an_older_snapshot_gets_the_current_dates(about_page, welsh):
    # The source text was recorded while the page had no expiry date; the date came later.
    TranslationSource.get_or_create_from_instance(about_page)
    publish_with(about_page, expire_at=in_days(30))

    welsh_about = translate(about_page, welsh)

    assert welsh_about.expire_at == about_page.expire_at


def test_a_sync_leaves_the_translation_with_the_sources_dates(about_page, welsh):
    welsh_about = translate(about_page, welsh)
    publish_with(about_page, title="About the charity")
    # A date set on the Welsh page alone (by hand, or by an older version of this code).
    Page.objects.filter(pk=welsh_about.pk).update(expire_at=in_days(5))

    sync(about_page)

    welsh_about.refresh_from_db()
    assert welsh_about.expire_at is None


def test_publishing_an_older_welsh_revision_keeps_the_sources_dates(site_tree, about_page):
    welsh_about = site_tree.translate(about_page, title="Amdanom ni", slug="amdanom")
    old_revision = welsh_about.latest_revision

    publish_with(about_page, expire_at=in_days(60))
    old_revision.publish()

    welsh_about.refresh_from_db()
    assert welsh_about.expire_at == about_page.expire_at


def test_both_languages_expire_together(client, about_page, welsh):
    welsh_about = translate(about_page, welsh)
    assert client.get(welsh_about.url).status_code == 200

    publish_with(about_page, expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")

    welsh_about.refresh_from_db()
    assert not welsh_about.live and welsh_about.expired
    assert client.get(welsh_about.url).status_code == 404


def test_a_scheduled_launch_is_scheduled_in_welsh_too(client, site_tree, welsh):
    launch = in_days(7)
    page = StandardPageFactory(
        parent=site_tree.english_home, title="Launch", slug="launch", live=False
    )
    welsh_page = translate(page, welsh, publish=False)

    # The English page is scheduled, then the translator publishes the Welsh one.
    publish_with(page, go_live_at=launch)
    sync(page)

    welsh_page.refresh_from_db()
    assert not welsh_page.live
    assert welsh_page.go_live_at == launch
    assert welsh_page.revisions.filter(approved_go_live_at=launch).exists()
    assert client.get("/cy/launch/").status_code == 404
