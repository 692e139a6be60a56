"""The shared cache itself: Varnish with deploy/varnish/default.vcl in front of the site."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = [
    pytest.mark.varnish,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_anonymous_readers_share_one_cached_compressed_copy(varnish, about_page):
    first = varnish.get("/about/")
    again = varnish.get("/about/", Cookie="analytics=1; csrftoken=stale")
    assert first.status == again.status == 200
    assert "About us" in again.text
    assert (first.headers["x-cache"], again.headers["x-cache"]) == ("MISS", "HIT")
    assert again.headers["content-encoding"] == "gzip"
    # Only Varnish, which is purged, keeps it for a day; caches further on get a minute.
    assert again.headers["cache-control"] == "public, max-age=60"


def test_a_browser_asking_again_is_told_not_modified_until_the_page_changes(varnish, about_page):
    etag = varnish.get("/about/").headers["etag"]
    assert varnish.get("/about/", **{"If-None-Match": etag}).status == 304
    about_page.title = "About the network"
    about_page.save_revision().publish()
    changed = varnish.get("/about/", **{"If-None-Match": etag})
    assert changed.status == 200
    assert "About the network" in changed.text


def test_signed_in_staff_pass_through_to_the_app(varnish, about_page, client):
    client.force_login(get_user_model().objects.create_superuser("editor", "e@example.org"))
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    varnish.get("/about/")
    staff = [varnish.get("/about/", Cookie=cookie) for _ in range(2)]
    assert [reply.headers["x-cache"] for reply in staff] == ["MISS", "MISS"]
    assert "wagtail-userbar" in staff[1].text
    assert "no-store" in staff[1].headers["cache-control"]
    # The control: the anonymous copy was cached all along, without the user bar.
    anonymous = varnish.get("/about/")
    assert anonymous.headers["x-cache"] == "HIT"
    assert "wagtail-userbar" not in anonymous.text


def test_purges_and_bans_are_refused_without_a_path(varnish):
    assert varnish.request("/", method="BAN").status == 400
    assert varnish.request("/", method="BAN", headers={"X-Ban-Path": "^/"}).status == 200


def test_a_ban_varnish_cannot_make_is_refused_so_the_app_hears_of_it(varnish):
    reply = varnish.request("/", method="BAN", headers={"X-Ban-Path": "^/("})
    assert reply.status == 400, reply.text
    assert varnish.request("/", method="BAN", headers={"X-Ban-Path": r"^/a\-b/"}).status == 200
