"""The oEmbed provider answers for our single items that partners may have, per the spec,
and gives a clear 4xx for anything else."""

import pytest

from consent.models import Use
from consent.services import withdraw_consent
from tests.blog.factories import AuthorFactory, BlogPostPageFactory, ImageFactory
from tests.consent.factories import ConsentRecordFactory
from tests.syndication.conftest import STORY_USES

pytestmark = pytest.mark.django_db

SHARED = [*STORY_USES, Use.PARTNER_SYNDICATION]


def oembed(client, url, **params):
    return client.get("/oembed/", {"url": url, **params})


def shared_story(make_story, uses=SHARED, **fields):
    person = ConsentRecordFactory(uses=[str(use) for use in uses]).person
    return make_story(person, **fields)


def test_a_shared_story_embeds_as_an_iframe_of_its_widget(client, make_story):
    story = shared_story(
        make_story, title="Sam and Joan", hero_image=ImageFactory(), hero_alt_text="Two people"
    )

    response = oembed(client, story.full_url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    answer = response.json()
    assert answer["version"] == "1.0"
    assert answer["type"] == "rich"
    assert answer["title"] == "Sam and Joan"
    assert answer["provider_name"] == "Test charity"
    assert answer["provider_url"] == "http://testserver/"
    assert (answer["width"], answer["height"]) == (600, 360)
    assert answer["html"].startswith(
        f'<iframe src="http://testserver/embed/stories/{story.pk}/" width="600" height="360"'
    )
    assert 'title="Sam and Joan, from Test charity"' in answer["html"]
    assert answer["thumbnail_url"].startswith("http://testserver/")
    assert answer["thumbnail_width"] and answer["thumbnail_height"]
    # The iframe it points at is the item's widget, framable by anyone.
    widget = client.get(f"/embed/stories/{story.pk}/")
    assert widget.status_code == 200
    assert "Sam and Joan" in widget.content.decode()


def test_every_section_embeds_its_items(client, blog, make_story, publish_campaign, publish_report):
    post = BlogPostPageFactory(parent=blog, title="A post")
    post.save_revision().publish()
    items = {
        "blog": post,
        "stories": shared_story(make_story),
        "campaigns": publish_campaign(title="A campaign"),
        "reports": publish_report(title="A report"),
    }
    for section, page in items.items():
        answer = oembed(client, page.full_url).json()
        assert f"/embed/{section}/{page.pk}/" in answer["html"], section
        assert answer["title"] == page.title


def test_blog_posts_name_their_authors(client, blog):
    post = BlogPostPageFactory(
        parent=blog, authors=[AuthorFactory(name="Ffion Evans"), AuthorFactory(name="Ravi Patel")]
    )
    post.save_revision().publish()

    assert oembed(client, post.full_url).json()["author_name"] == "Ffion Evans, Ravi Patel"


@pytest.mark.parametrize(
    ("params", "size"),
    [
        ({"maxwidth": "400"}, (400, 360)),
        ({"maxheight": "200"}, (600, 200)),
        ({"maxwidth": "320", "maxheight": "240"}, (320, 240)),
        ({"maxwidth": "2000", "maxheight": "2000"}, (600, 360)),
    ],
)
def test_maxwidth_and_maxheight_are_respected(client, make_story, params, size):
    story = shared_story(make_story)

    answer = oembed(client, story.full_url, **params).json()

    assert (answer["width"], answer["height"]) == size
    assert f'width="{size[0]}" height="{size[1]}"' in answer["html"]


def test_a_welsh_address_embeds_the_welsh_item(client, site_tree, story_index, make_story):
    site_tree.translate(story_index)
    story = shared_story(make_story, uses=[*SHARED, Use.WELSH])
    welsh = site_tree.translate(story, title="Stori Sam")

    answer = oembed(client, welsh.full_url).json()

    assert welsh.full_url.startswith("http://testserver/cy/")
    assert answer["title"] == "Stori Sam"
    assert 'title="Stori Sam, ' in answer["html"]
    widget = client.get(f"/embed/stories/{welsh.pk}/")
    assert '<html lang="cy">' in widget.content.decode()


def test_no_embed_without_partner_consent_or_after_withdrawal(client, make_story):
    only_ours = shared_story(make_story, uses=STORY_USES)
    shared = shared_story(make_story)

    assert oembed(client, only_ours.full_url).status_code == 404
    assert client.get(f"/embed/stories/{only_ours.pk}/").status_code == 404
    assert oembed(client, shared.full_url).status_code == 200

    withdraw_consent(shared.featured_people.get().person, by=None, reason="Asked us to stop")

    assert oembed(client, shared.full_url).status_code == 404
    assert client.get(f"/embed/stories/{shared.pk}/").status_code == 404


def test_drafts_and_pages_that_are_not_items_are_not_embeddable(client, site_tree, blog):
    draft = BlogPostPageFactory(parent=blog, live=False)

    for url in (
        draft.full_url,
        blog.full_url,
        site_tree.english_home.full_url,
        "http://testserver/no-such-page/",
    ):
        response = oembed(client, url)
        assert response.status_code == 404, url
        assert "not a post, story, campaign or report" in response.json()["error"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 400),
        ({"url": ""}, 400),
        ({"url": "not an address"}, 400),
        ({"url": "http://[::1"}, 400),
        ({"url": "ftp://testserver/stories/"}, 400),
        ({"url": "https://example.org/stories/a-story/"}, 404),
        ({"url": "http://testserver/stories/", "format": "xml"}, 501),
        ({"url": "http://testserver/stories/", "maxwidth": "abc"}, 400),
        ({"url": "http://testserver/stories/", "maxheight": "-1"}, 400),
    ],
)
def test_bad_requests_get_a_clear_error(client, site_tree, params, status):
    response = client.get("/oembed/", params)

    assert response.status_code == status
    assert response.json()["error"]


def test_single_items_advertise_oembed_and_listings_do_not(client, make_story, story_index):
    story = shared_story(make_story)
    only_ours = shared_story(make_story, uses=STORY_USES)

    page = client.get(story.url).content.decode()
    assert 'type="application/json+oembed"' in page
    assert "http://testserver/oembed/?url=http%3A%2F%2Ftestserver%2Fstories%2F" in page
    # A story partners may not have is not advertised, and neither is a listing.
    assert "json+oembed" not in client.get(only_ours.url).content.decode()
    assert "json+oembed" not in client.get(story_index.url).content.decode()


def test_partner_sites_may_call_the_provider_from_the_browser(client, make_story):
    story = shared_story(make_story)

    response = client.get(
        "/oembed/", {"url": story.full_url}, HTTP_ORIGIN="https://partner.example.org"
    )

    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.post("/oembed/", {"url": story.full_url}).status_code == 405
