import re

import pytest
from django.db import connection

from tests.website.factories import StandardPageFactory
from website import search_backend

pytestmark = pytest.mark.django_db


def titles_in_order(response):
    return re.findall(r"unding notes ([a-z]+)<", response.text)


@pytest.fixture
def grant_pages(site_tree):
    """Two pages with the word in their titles, then three that only mention it, the
    oldest of those most often."""
    home = site_tree.english_home
    for title, introduction in [
        ("Grants and funding notes one", "Read about it."),
        ("Grant funding notes two", "Read about it."),
        ("Funding notes three", "A grant. A grant, a grant and grants, grants again."),
        ("Funding notes four", "One grant here."),
        ("Funding notes five", "One grant there."),
    ]:
        StandardPageFactory(parent=home, title=title, introduction=introduction)


def test_title_matches_come_first_and_the_rest_by_how_often_they_mention_the_words(
    client, grant_pages
):
    order = titles_in_order(client.get("/search/", {"q": "grants"}))
    assert sorted(order[:2]) == ["one", "two"]
    assert order[2:] == ["three", "five", "four"] or order[2:] == ["three", "four", "five"]


def test_beyond_the_rescore_window_results_stay_in_title_order_newest_first(
    client, grant_pages, monkeypatch
):
    monkeypatch.setattr(search_backend, "RESCORE_WINDOW", 2)
    order = titles_in_order(client.get("/search/", {"q": "grants"}))
    assert sorted(order[:2]) == ["one", "two"]
    # All five are still found; the one whose text says "grant" most is no longer raised.
    assert order[2:] == ["five", "four", "three"]


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [statement for (statement,) in cursor.fetchall()]


def test_a_search_is_planned_for_its_words_each_time(client, grant_pages):
    for _ in range(8):
        assert "funding notes one" in client.get("/search/", {"q": "grants"}).text
    statements = prepared_statements()
    # Queries asked as often are prepared (the page's own, the site's)...
    assert any("wagtailcore_page" in statement for statement in statements)
    # ...but neither the search nor its count of results.
    assert not [statement for statement in statements if "to_tsquery" in statement]
