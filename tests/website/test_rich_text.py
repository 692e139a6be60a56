"""Links to pages in rich text come from the frame: the right address in the reader's
language, and the new one as soon as the linked page moves."""

import pytest

from tests.website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def link_to(page):
    text = f'<p>Read <a linktype="page" id="{page.pk}">it</a>.</p>'
    return [{"type": "paragraph", "value": text}]


@pytest.fixture
def linked(site_tree):
    """An English page and its Welsh translation, both linking to a page that has a Welsh
    version too."""
    target = StandardPageFactory(parent=site_tree.english_home, title="Our work", slug="work")
    target.save_revision().publish()
    site_tree.translate(target, title="Ein gwaith", slug="gwaith")
    page = StandardPageFactory(
        parent=site_tree.english_home, title="About", slug="about", body=link_to(target)
    )
    page.save_revision().publish()
    site_tree.translate(page, title="Amdanom", slug="amdanom")
    return target


def test_a_link_goes_to_the_linked_page_in_the_readers_language(client, linked):
    assert '<a href="/work/">it</a>' in client.get("/about/").text
    assert '<a href="/cy/gwaith/">it</a>' in client.get("/cy/amdanom/").text
    # Asked again, from what was kept: still each language's own address.
    assert '<a href="/work/">it</a>' in client.get("/about/").text


def test_a_link_follows_the_linked_page_when_it_is_renamed(client, linked):
    assert '<a href="/work/">it</a>' in client.get("/about/").text

    linked.slug = "what-we-do"
    linked.save_revision().publish()

    text = client.get("/about/").text
    assert '<a href="/what-we-do/">it</a>' in text
    assert 'href="/work/"' not in text


def test_a_link_to_a_deleted_page_keeps_its_words_without_an_address(client, linked):
    assert '<a href="/work/">it</a>' in client.get("/about/").text

    linked.delete()

    assert "Read <a>it</a>." in client.get("/about/").text
