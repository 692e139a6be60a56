import datetime
import os

import pytest
from django.conf import settings
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from blog.models import Author, BlogPostPage
from tests.blog.factories import AuthorFactory
from tests.website.factories import TopicFactory
from website.models import StandardPage, Topic
from wordpress_import.importer import import_wordpress
from wordpress_import.models import ImportedItem
from wordpress_import.wxr import WxrError

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
FIRST_TITLE = "Why small is kind \N{EN DASH} and cheaper"


def post_for(wp_id):
    page = ImportedItem.objects.get(kind="post", wp_key=str(wp_id)).page.specific
    return page, page.get_latest_revision_as_object()


def test_published_posts_keep_their_dates_authors_topics_and_summary(run_import, blog):
    run_import()
    page, _ = post_for(201)
    assert page.live
    assert page.get_parent().pk == blog.pk
    assert page.title == FIRST_TITLE
    assert page.date == datetime.date(2016, 9, 14)
    assert page.first_published_at == datetime.datetime(2016, 9, 14, 9, 30, tzinfo=UTC)
    assert page.last_published_at == datetime.datetime(2016, 9, 20, 11, 0, tzinfo=UTC)
    assert page.summary == "Why a home of two or three people can do what a unit of forty cannot."
    assert [credit.author.name for credit in page.authors.all()] == ["Anna Jones"]
    assert [link.topic.name for link in page.page_topics.all()] == [
        "Policy & practice",
        "Shared Lives",
    ]
    co_written = post_for(202)[0]
    assert [credit.author.name for credit in co_written.authors.all()] == [
        "Anna Jones",
        "Gwen ap Rhys",
    ]
    # No excerpt: the summary is the opening of the text.
    assert co_written.summary.startswith("Commissioners measure hours.")


def test_drafts_pending_and_private_posts_are_drafts_and_scheduled_ones_scheduled(run_import):
    report = run_import()
    for wp_id in (203, 205, 207):
        page, _ = post_for(wp_id)
        assert not page.live, wp_id
        assert page.first_published_at is None
    _, pending = post_for(207)
    assert pending.title == "Waiting for an editor"
    scheduled, _ = post_for(204)
    assert not scheduled.live
    assert scheduled.go_live_at == datetime.datetime(2099, 1, 10, 9, 0, tzinfo=UTC)
    assert scheduled.get_latest_revision().approved_go_live_at == scheduled.go_live_at
    assert report["sticky_posts"] == [{"wp_id": 201, "title": FIRST_TITLE}]
    assert report["comments_not_imported"] == 2


def test_a_post_with_no_title_and_one_with_a_non_ascii_slug(run_import, client):
    run_import()
    _, untitled = post_for(203)
    assert untitled.title == "Untitled post 203"
    assert untitled.summary == "Notes for a post nobody finished."
    cafe, _ = post_for(206)
    assert cafe.slug == "cafe-cymunedol"
    assert client.get("/blog/cafe-cymunedol/").status_code == 200


def test_pages_become_standard_pages_keeping_their_nesting(run_import, site_tree):
    run_import()
    about = ImportedItem.objects.get(kind="page", wp_key="301").page.specific
    history = ImportedItem.objects.get(kind="page", wp_key="302").page.specific
    assert isinstance(about, StandardPage)
    assert about.get_parent().pk == site_tree.english_home.pk
    assert history.get_parent().pk == about.pk
    assert history.live and history.introduction == "How it started."
    assert history.url == "/about-the-network/our-history/"


def test_categories_and_tags_become_shared_topics_matched_on_slug(run_import):
    existing = TopicFactory(name="Shared Lives (ours)", slug="shared-lives")
    report = run_import()
    assert Topic.objects.filter(slug="shared-lives").get() == existing
    assert set(Topic.objects.values_list("slug", flat=True)) == {
        "policy",
        "social-value",
        "shared-lives",
        "gofal-wyr",
    }
    assert report["counts"]["topics"] == {"created": 3, "updated": 0, "skipped": 1, "failed": 0}


def test_authors_are_matched_on_login_and_keep_their_display_name(run_import):
    existing = AuthorFactory(name="Anna J. (staff)", slug="annaj")
    run_import()
    assert Author.objects.get(slug="annaj") == existing
    assert Author.objects.get(slug="gwenrhys").name == "Gwen ap Rhys"
    assert Author.objects.count() == 2


def test_images_and_pdfs_land_in_the_libraries_and_a_missing_file_is_reported(run_import):
    report = run_import()
    image = Image.objects.get()
    assert image.title == "A kitchen table"
    assert image.description == "Two mugs on a wooden kitchen table"
    assert image.width == 64
    document = Document.objects.get()
    assert document.title == "Annual review 2016"
    assert report["counts"]["attachments"] == {
        "created": 2,
        "updated": 0,
        "skipped": 0,
        "failed": 1,
    }
    assert report["failures"] == [
        {
            "kind": "attachments",
            "wp_id": 102,
            "title": "A lost photo",
            "why": "The file is not in the media folder.",
        }
    ]
    # The posts were imported all the same.
    assert report["counts"]["posts"]["created"] == 7


def test_a_second_run_creates_nothing_twice_and_updates_what_changed(run_import, export_bytes):
    run_import()
    counts = (Page.objects.count(), Image.objects.count(), Redirect.objects.count())
    again = run_import()
    assert (Page.objects.count(), Image.objects.count(), Redirect.objects.count()) == counts
    assert again["counts"]["posts"] == {"created": 0, "updated": 0, "skipped": 7, "failed": 0}
    assert again["counts"]["redirects"]["created"] == 0

    changed = export_bytes.replace(
        b"Counting what counts</title>", b"Counting what matters</title>"
    )
    third = run_import(changed)
    assert third["counts"]["posts"] == {"created": 0, "updated": 1, "skipped": 6, "failed": 0}
    page, _ = post_for(202)
    assert page.title == "Counting what matters"
    assert page.first_published_at == datetime.datetime(2017, 3, 2, 8, 15, tzinfo=UTC)
    assert Page.objects.count() == counts[0]


def test_a_dry_run_reports_what_would_happen_and_writes_nothing(run_import):
    pages_before = Page.objects.count()
    files_before = set(os.listdir(settings.MEDIA_ROOT))
    dry = run_import(dry_run=True)
    assert dry["dry_run"] is True
    assert Page.objects.count() == pages_before
    assert not BlogPostPage.objects.exists()
    assert not (Image.objects.exists() or Topic.objects.exists() or Author.objects.exists())
    assert not (Redirect.objects.exists() or ImportedItem.objects.exists())
    assert set(os.listdir(settings.MEDIA_ROOT)) == files_before
    # Positive control: the real run does what the dry run said.
    real = run_import()
    assert real["counts"] == dry["counts"]
    assert BlogPostPage.objects.count() == 7


def test_one_bad_item_never_stops_the_import(run_import, export_bytes, media_dir):
    (media_dir / "2016" / "09" / "lost-photo.jpg").write_bytes(b"not a picture at all")
    report = run_import()
    failure = next(item for item in report["failures"] if item["wp_id"] == 102)
    assert failure["why"] == "The file is not an image that can be read."
    assert report["counts"]["posts"]["created"] == 7
    assert Image.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><body>Hello</body></html>", "not a WordPress export"),
        (b"", "not complete XML"),
        (None, "cut short"),
        (
            b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel>&b;</channel></rss>',
            "declares its own XML entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            b"<rss><channel><title>&secret;</title></channel></rss>",
            "declares its own XML entities",
        ),
    ],
)
def test_a_file_that_cannot_be_imported_stops_before_anything_is_written(
    blog, export_bytes, media_dir, data, message
):
    if data is None:
        data = export_bytes[: len(export_bytes) // 2]
    pages_before = Page.objects.count()
    with pytest.raises(WxrError, match=message):
        import_wordpress(data, media_dir=media_dir)
    assert Page.objects.count() == pages_before
    assert not (Topic.objects.exists() or Author.objects.exists() or Redirect.objects.exists())


def test_without_a_blog_the_import_says_so(site_tree, export_bytes):
    with pytest.raises(WxrError, match="create the blog index page first"):
        import_wordpress(export_bytes)
