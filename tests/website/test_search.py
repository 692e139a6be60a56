import pytest

from tests.website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteering_pages(site_tree):
    pages = [
        StandardPageFactory(
            parent=site_tree.english_home,
            title=f"Volunteering guide {number}",
            slug=f"volunteering-{number}",
        )
        for number in range(12)
    ]
    return pages


def test_search_finds_pages_by_title_and_paginates(client, volunteering_pages):
    first = client.get("/search/", {"q": "volunteering"})
    assert first.status_code == 200
    assert "12 results for “volunteering”" in first.text
    assert first.text.count('class="result"') == 10
    assert "Page 1 of 2" in first.text
    assert "?q=volunteering&amp;page=2" in first.text
    second = client.get("/search/", {"q": "volunteering", "page": "2"})
    assert second.text.count('class="result"') == 2


@pytest.mark.parametrize("page_number", ["abc", "-1", "99999", ""])
def test_a_bad_page_number_shows_a_real_page_of_results(client, volunteering_pages, page_number):
    response = client.get("/search/", {"q": "volunteering", "page": page_number})
    assert response.status_code == 200
    assert 'class="result"' in response.text


def test_search_leaves_out_drafts_and_private_pages(client, site_tree):
    StandardPageFactory(parent=site_tree.english_home, title="Budget draft", live=False)
    private = StandardPageFactory(parent=site_tree.english_home, title="Budget secrets")
    private.view_restrictions.create(restriction_type="login")
    StandardPageFactory(parent=site_tree.english_home, title="Budget explained")
    response = client.get("/search/", {"q": "budget"})
    assert "1 result for “budget”" in response.text
    assert "Budget explained" in response.text


def test_welsh_search_shows_welsh_pages_only(client, site_tree):
    english = StandardPageFactory(parent=site_tree.english_home, title="Gofal guide")
    site_tree.translate(english, title="Canllaw gofal")
    response = client.get("/cy/search/", {"q": "gofal"})
    assert "Canllaw gofal" in response.text
    assert "Gofal guide" not in response.text
    assert '<html lang="cy"' in response.text


def test_a_very_long_query_is_shortened_and_says_so(client, site_tree):
    response = client.get("/search/", {"q": "care " * 2000})
    assert response.status_code == 200
    assert "we searched for its first 200 characters" in response.text


def test_nul_bytes_in_a_query_do_not_break_search(client, site_tree):
    response = client.get("/search/?q=care%00home")
    assert response.status_code == 200


def test_markup_in_a_query_is_shown_as_text(client, site_tree):
    response = client.get("/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_search_without_a_query_shows_just_the_form(client, site_tree):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'id="search-page-input"' in response.text
    assert "results for" not in response.text
