"""A control character (NUL, escape...) in any address is refused before a view sees it:
a plain page in the reader's language, or JSON where partners' programs read JSON."""

import pytest

from tests.blog.conftest import blog  # noqa: F401
from tests.blog.factories import BlogPostPageFactory
from tests.website.factories import TopicFactory

pytestmark = pytest.mark.django_db

# The addresses where a NUL byte once made PostgreSQL fail with a 500.
HTML_OR_FEED = [
    "/feeds/blog.rss?topic=",
    "/feeds/all.json?topic=",
    "/embed/blog/?topic=",
]
JSON = ["/api/v2/pages/?search=", "/api/v2/images/?search=", "/api/v2/pages/?site="]


@pytest.fixture
def post(blog):  # noqa: F811
    topic = TopicFactory(name="Later life", slug="later-life")
    page = BlogPostPageFactory(parent=blog, title="Slow Policy", topics=[topic])
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("address", HTML_OR_FEED)
def test_a_nul_byte_in_a_query_parameter_is_a_plain_400_page(client, post, address):
    assert client.get(f"{address}later-life").status_code == 200
    response = client.get(f"{address}later%00life")
    assert response.status_code == 400
    assert "has characters in it that no address on this site uses" in response.text
    assert '<html lang="en"' in response.text


@pytest.mark.parametrize("address", JSON)
def test_a_nul_byte_in_an_api_parameter_is_a_json_400(client, post, address):
    value = "testserver" if "site=" in address else "policy"
    assert client.get(f"{address}{value}").status_code == 200
    response = client.get(f"{address}{value}%00")
    assert response.status_code == 400
    assert "has characters in it" in response.json()["message"]


def test_oembed_answers_its_own_json_error(client, post):
    response = client.get("/oembed/?url=http://testserver/blog/%1b")
    assert response.status_code == 400
    assert "has characters in it" in response.json()["error"]


def test_the_welsh_site_refuses_in_welsh(client, post, site_tree):
    response = client.get("/cy/search/?q=gofal%07")
    assert response.status_code == 400
    assert '<html lang="cy"' in response.text
    assert "has characters in it" not in response.text


@pytest.mark.parametrize("path", ["/blog/slow%00policy/", "/reports/%0b/"])
def test_a_control_character_in_the_path_is_refused(client, post, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "Something is wrong with this address" in response.text


def test_tab_and_newline_in_a_search_are_not_refused(client, post):
    response = client.get("/search/?q=slow%09policy%0A")
    assert response.status_code == 200
    assert "Slow Policy" in response.text
