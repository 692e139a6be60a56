"""No address of the public site answers bad input with a 500, on PostgreSQL (here) and on
SQLite (`make run`'s database, in a process of its own: tests/website/sqlite_run.py)."""

import pytest

from tests.website.bad_input import addresses, build_content, walk

pytestmark = pytest.mark.django_db


def test_every_public_address_survives_every_bad_value(site_tree):
    site = build_content(site_tree)
    paths = addresses(site)
    # The positive control: the walk really reaches pages, feeds and the API.
    assert {"/", "/cy/", "/blog/", "/cy/blog/", "/feeds/blog.rss", "/api/v2/pages/"} <= set(paths)
    assert {"/become-a-carer/", "/newsletter/", "/cy/newsletter/"} <= set(paths)

    result = walk(site)

    print(f"{len(paths)} addresses, {result.tried} address x payload pairs")
    assert result.tried > 1000
    assert result.server_errors == [], "\n".join(map(str, result.server_errors[:40]))
    assert result.not_json == []
