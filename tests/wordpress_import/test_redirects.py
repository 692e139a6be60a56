"""Every address of the old blog answers 301 to its new home after an import."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(run_import):
    return run_import()


# (old address, where it leads now)
OLD_ADDRESSES = [
    ("/2016/09/14/why-small-is-kind/", "/blog/why-small-is-kind/"),
    ("/2016/09/14/why-small-is-kind", "/blog/why-small-is-kind/"),
    ("/2018/05/20/caf%C3%A9-cymunedol/", "/blog/cafe-cymunedol/"),
    ("/?p=201", "/blog/why-small-is-kind/"),
    ("/?p=202&utm_source=newsletter", "/blog/counting-what-counts/"),
    ("/?page_id=302", "/about-the-network/our-history/"),
    ("/?p=302", "/about-the-network/our-history/"),
    ("/category/policy/", "/blog/topic/policy/"),
    ("/category/policy/social-value/", "/blog/topic/social-value/"),
    ("/tag/shared-lives/", "/blog/topic/shared-lives/"),
    ("/tag/gofal-%C5%B5yr/", "/blog/topic/gofal-wyr/"),
    ("/author/annaj/", "/blog/author/annaj/"),
    ("/author/gwenrhys/", "/blog/author/gwenrhys/"),
    ("/2016/", "/blog/2016/"),
    ("/2017/03/", "/blog/2017/03/"),
    ("/2016/09/14/", "/blog/2016/09/"),
    ("/feed/", "/feeds/blog.rss"),
    ("/feed/atom/", "/feeds/blog.atom"),
    ("/comments/feed/", "/feeds/blog.rss"),
    ("/category/policy/feed/", "/feeds/blog.rss?topic=policy"),
    ("/tag/shared-lives/feed/", "/feeds/blog.rss?topic=shared-lives"),
    ("/author/annaj/feed/", "/feeds/blog.rss"),
]


def test_each_old_address_redirects_permanently_to_its_new_one(client, imported, subtests):
    # One import for every address: an import takes seconds.
    for old, new in OLD_ADDRESSES:
        with subtests.test(old=old):
            response = client.get(old)
            assert response.status_code == 301
            assert response["Location"] == new
            # And the new address is really there.
            assert client.get(new).status_code == 200


def test_media_addresses_redirect_to_the_imported_files(client, imported):
    image = Image.objects.get()
    document = Document.objects.get()
    response = client.get("/wp-content/uploads/2016/09/kitchen-table.png")
    assert response.status_code == 301
    assert response["Location"] == image.file.url
    response = client.get("/wp-content/uploads/2016/10/annual-review-2016.pdf")
    assert response.status_code == 301
    assert response["Location"] == document.url
    # The lost photo was never imported, so its address has nowhere to go.
    assert client.get("/wp-content/uploads/2016/09/lost-photo.jpg").status_code == 404


def test_addresses_of_posts_the_old_site_never_showed_are_not_redirected(client, imported):
    assert client.get("/2018/02/01/board-minutes/").status_code == 404
    assert client.get("/?p=205").status_code == 200  # the home page, as for any unknown ID
    assert client.get("/?p=999").status_code == 200
    assert "Location" not in client.get("/?p=999")


def test_editors_see_and_can_change_the_redirects(client, imported, member_of):
    redirect = Redirect.objects.get(old_path="/feed")
    redirect.redirect_link = "/feeds/all.rss"
    redirect.save()
    assert client.get("/feed/")["Location"] == "/feeds/all.rss"
    client.force_login(member_of("Editors"))
    listing = client.get("/admin/redirects/", {"q": "category"})
    assert "/category/policy" in listing.text


def test_without_an_import_the_old_feed_address_still_redirects(client, site_tree):
    response = client.get("/feed/")
    assert response.status_code == 301
    assert response["Location"] == "/feeds/blog.rss"
