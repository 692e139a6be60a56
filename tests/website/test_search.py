import datetime
import io

import pytest
from django.core.management import call_command

from tests.blog.factories import BlogIndexPageFactory, BlogPostPageFactory
from tests.consent.factories import lapse_consent
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


def test_nul_bytes_in_a_query_are_refused_with_a_plain_page(client, site_tree):
    response = client.get("/search/?q=care%00home")
    assert response.status_code == 400
    assert "no address on this site uses" in response.text


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


def test_english_search_finds_other_forms_of_a_word(client, site_tree):
    StandardPageFactory(parent=site_tree.english_home, title="Supporting carers at home")
    response = client.get("/search/", {"q": "support"})
    assert "1 result for “support”" in response.text
    assert "Supporting carers at home" in response.text


def test_welsh_search_finds_welsh_words_as_written(client, site_tree):
    homes = StandardPageFactory(parent=site_tree.english_home, title="Homes for everyone")
    site_tree.translate(homes, title="Cartrefi i bawb")
    response = client.get("/cy/search/", {"q": "cartrefi"})
    assert "Cartrefi i bawb" in response.text


def test_welsh_search_finds_welsh_words_that_english_would_ignore(client, site_tree):
    # "AS" (a Member of the Senedd) and "at" are Welsh words the English configuration
    # drops as too common to index.
    letter = StandardPageFactory(parent=site_tree.english_home, title="Write to your MS")
    site_tree.translate(letter, title="Ysgrifennwch at eich AS")
    response = client.get("/cy/search/", {"q": "AS"})
    assert "Ysgrifennwch at eich AS" in response.text


def test_rebuilding_the_index_keeps_each_language_read_its_own_way(client, site_tree):
    letter = StandardPageFactory(parent=site_tree.english_home, title="Supporting your MS")
    site_tree.translate(letter, title="Ysgrifennwch at eich AS")
    call_command("update_index", stdout=io.StringIO())
    assert "Supporting your MS" in client.get("/search/", {"q": "support"}).text
    assert "Ysgrifennwch at eich AS" in client.get("/cy/search/", {"q": "AS"}).text


@pytest.mark.parametrize(
    ("address", "shown", "hidden"),
    [
        ("/search/", "Abergele guide", "Canllaw Abergele"),
        ("/cy/search/", "Canllaw Abergele", "Abergele guide"),
    ],
)
def test_each_language_searches_its_own_pages_only(client, site_tree, address, shown, hidden):
    english = StandardPageFactory(parent=site_tree.english_home, title="Abergele guide")
    site_tree.translate(english, title="Canllaw Abergele")
    response = client.get(address, {"q": "abergele"})
    assert shown in response.text
    assert hidden not in response.text


def test_welsh_search_leaves_out_a_story_whose_consent_has_run_out(
    client, site_tree, story_index, make_story, consenting_person
):
    site_tree.translate(story_index, title="Straeon", slug="straeon")
    story = make_story(consenting_person, title="Brian in Abergele")
    site_tree.translate(story, title="Brian yn Abergele")
    assert "Brian yn Abergele" in client.get("/cy/search/", {"q": "abergele"}).text

    lapse_consent(consenting_person)
    assert "Brian yn Abergele" not in client.get("/cy/search/", {"q": "abergele"}).text


def test_each_result_shows_its_section_date_and_summary(client, site_tree, make_story):
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    BlogPostPageFactory(
        parent=blog,
        title="Shared Lives in winter",
        date=datetime.date(2013, 3, 4),
        summary="How carers kept warm.",
    )
    make_story(
        title="Shared Lives by the sea",
        published_on=datetime.date(2019, 7, 21),
        summary="Brian moved to the coast.",
    )
    response = client.get("/search/", {"q": "shared lives"})
    assert 'Blog post · <time datetime="2013-03-04">4 March 2013</time>' in response.text
    assert "How carers kept warm." in response.text
    assert 'Story · <time datetime="2019-07-21">21 July 2019</time>' in response.text
    assert "Brian moved to the coast." in response.text


def test_welsh_results_name_their_section_in_welsh(client, site_tree):
    blog = BlogIndexPageFactory(parent=site_tree.english_home)
    post = BlogPostPageFactory(parent=blog, date=datetime.date(2019, 7, 21))
    site_tree.translate(blog, title="Blog")
    site_tree.translate(post, title="Cysylltu Bywydau ger y môr", summary="Crynodeb y post.")
    response = client.get("/cy/search/", {"q": "bywydau"})
    assert "Cysylltu Bywydau ger y môr" in response.text
    assert "Crynodeb y post." in response.text
    assert 'Cofnod blog · <time datetime="2019-07-21">21 ' in response.text
