"""The read-only API at /api/v2/: the shape partners rely on, the consent gate for partner
syndication, what the documents endpoint hides, its cost and its answers to bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from consent.models import Use
from consent.services import withdraw_consent
from tests.blog.factories import (
    AuthorFactory,
    BlogIndexPageFactory,
    BlogPostPageFactory,
    ImageFactory,
)
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    SignupFactory,
)
from tests.consent.factories import (
    ConsentRecordFactory,
    ConsentWithdrawalFactory,
    EvidenceFactory,
    PersonFactory,
)
from tests.reports.factories import (
    PdfDocumentFactory,
    ReportIndexPageFactory,
    ReportPageFactory,
)
from tests.stories.factories import StoryPageFactory, feature
from tests.website.factories import english
from website.models import Organisation, PageTopic, Topic

STORY_USES = [Use.NAME, Use.PHOTO, Use.STORY]
PAGES = "/api/v2/pages/"
STORY_FIELDS = "summary,easy_read_summary,hero_image,scheme,region,support_kind,page_topics"


def wide_image():
    # Big enough for every rendition to be made at its full size.
    return ImageFactory(file__width=1600, file__height=900)


@pytest.fixture
def topic(db):
    return Topic.objects.create(name="Later life", slug="later-life", locale=english())


@pytest.fixture
def make_story(story_index, topic):
    """Publishes a story under the index featuring `people` with `uses`, filed under
    `topic`."""

    def make(*people, uses=STORY_USES, **fields):
        story = StoryPageFactory(parent=story_index, **fields)
        PageTopic.objects.create(page=story, topic=topic)
        for person in people:
            feature(story, person, uses)
        story.save_revision().publish()
        story.refresh_from_db()
        return story

    return make


@pytest.fixture
def syndicated_story(make_story, consenting_person):
    return make_story(
        consenting_person,
        title="Brian after his stroke",
        region="south-east",
        scheme=Organisation.objects.create(
            name="Shared Lives Surrey", kind="scheme", locale=english()
        ),
        hero_image=wide_image(),
        hero_alt_text="Brian in the garden",
    )


@pytest.fixture
def blog(site_tree):
    index = BlogIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    return index


@pytest.fixture
def publish_report(site_tree):
    index = ReportIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()

    def publish(**fields):
        report = ReportPageFactory(parent=index, **fields)
        report.save_revision().publish()
        return report

    return publish


def listed_titles(client, **query):
    response = client.get(PAGES, query)
    assert response.status_code == 200, response.json()
    return [item["title"] for item in response.json()["items"]]


def test_a_partner_lists_blog_posts_with_the_fields_they_ask_for(client, blog, topic):
    author = AuthorFactory(name="Alex Fox", slug="alex-fox")
    post = BlogPostPageFactory(
        parent=blog,
        title="Slow Policy",
        hero_image=wide_image(),
        hero_alt_text="Alex at his desk",
        authors=[author],
    )
    PageTopic.objects.create(page=post, topic=topic)
    post.save_revision().publish()

    response = client.get(
        PAGES,
        {
            "type": "blog.BlogPostPage",
            "fields": "date,summary,hero_image,hero_alt_text,authors,page_topics",
        },
    )

    assert response.status_code == 200
    body = response.json()
    assert body["meta"]["total_count"] == 1
    [item] = body["items"]
    assert item["title"] == "Slow Policy"
    assert item["meta"]["type"] == "blog.BlogPostPage"
    assert item["meta"]["html_url"] == "http://testserver/blog/slow-policy/"
    assert item["meta"]["locale"] == "en"
    assert item["date"] == post.date.isoformat()
    assert item["summary"] == post.summary
    assert item["authors"] == [{"name": "Alex Fox", "slug": "alex-fox", "role": "Policy lead"}]
    assert item["page_topics"] == [{"name": "Later life", "slug": "later-life"}]
    image = item["hero_image"]
    assert image["alt"] == post.hero_image.description
    assert item["hero_alt_text"] == "Alex at his desk"
    assert image["thumbnail"]["full_url"].startswith("http://testserver/media/images/")
    assert (image["thumbnail"]["width"], image["large"]["width"]) == (480, 1200)


def test_a_storys_detail_gives_what_a_partner_shows(client, syndicated_story):
    response = client.get(f"{PAGES}{syndicated_story.pk}/")

    assert response.status_code == 200
    story = response.json()
    assert story["title"] == "Brian after his stroke"
    assert story["summary"] == syndicated_story.summary
    assert story["easy_read_summary"] == "Sam lives with Jo.\nThey go swimming."
    assert story["region"] == "south-east"
    assert story["support_kind"] == "living-together"
    assert story["scheme"] == {"name": "Shared Lives Surrey", "website": ""}
    assert story["hero_alt_text"] == "Brian in the garden"
    assert story["hero_image"]["large"]["height"] == 630
    assert story["body"][0]["type"] == "paragraph"
    assert story["page_topics"] == [{"name": "Later life", "slug": "later-life"}]
    assert "featured_people" not in story


def test_a_report_gives_its_pdf_with_size_and_pages(client, publish_report):
    report = publish_report(title="The State of Shared Lives", authors="A. Fox, B. Ward")

    response = client.get(
        PAGES, {"type": "reports.ReportPage", "fields": "publication_date,authors,document"}
    )

    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["authors"] == "A. Fox, B. Ward"
    assert item["publication_date"] == report.publication_date.isoformat()
    assert item["document"] == {
        "title": report.document.title,
        "url": f"http://testserver{report.document.url}",
        "file_size": report.document.file_size,
        "page_count": 3,
    }


def test_a_story_without_partner_syndication_consent_is_not_in_the_api(
    client, make_story, syndicated_story
):
    own_site_only = ConsentRecordFactory(
        uses=[use for use in Use if use != Use.PARTNER_SYNDICATION]
    ).person
    story = make_story(own_site_only, title="Only on our site")

    assert story.live
    assert listed_titles(client, type="stories.StoryPage") == [syndicated_story.title]
    assert client.get(f"{PAGES}{story.pk}/").status_code == 404
    assert client.get(f"{PAGES}find/", {"html_path": story.url}).status_code == 404


def test_withdrawal_removes_a_story_from_the_api_at_once(client, syndicated_story):
    assert listed_titles(client, type="stories.StoryPage") == [syndicated_story.title]

    withdraw_consent(syndicated_story.featured_people.get().person, by=None, reason="Asked")

    assert listed_titles(client, type="stories.StoryPage") == []
    assert syndicated_story.title not in listed_titles(client)
    assert client.get(f"{PAGES}{syndicated_story.pk}/").status_code == 404


def test_a_withdrawn_storys_image_leaves_the_images_endpoint(client, syndicated_story):
    def image_titles():
        return [image["title"] for image in client.get("/api/v2/images/").json()["items"]]

    title = syndicated_story.hero_image.title
    unused = ImageFactory(title="Not on any page")
    assert title in image_titles()
    assert unused.title not in image_titles()

    withdraw_consent(syndicated_story.featured_people.get().person, by=None, reason="Asked")

    assert title not in image_titles()


def test_the_api_asks_the_gate_even_before_a_withdrawn_story_is_taken_down(
    client, syndicated_story
):
    # A withdrawal recorded outside the service leaves the story live until the scheduler
    # runs; the API must not wait for it.
    ConsentWithdrawalFactory(person=syndicated_story.featured_people.get().person)

    syndicated_story.refresh_from_db()
    assert syndicated_story.live
    assert listed_titles(client, type="stories.StoryPage") == []
    assert client.get(f"{PAGES}{syndicated_story.pk}/").status_code == 404


def test_a_welsh_story_needs_the_welsh_translation_use(
    client, site_tree, story_index, syndicated_story
):
    site_tree.translate(story_index, title="Straeon")
    welsh = site_tree.translate(syndicated_story, title="Brian ar ôl ei strôc")
    assert listed_titles(client, type="stories.StoryPage", locale="cy") == [welsh.title]

    # Consent changed to exclude Welsh; the Welsh story is still live until the scheduler
    # takes it down, but partners no longer get it.
    ConsentRecordFactory(
        person=syndicated_story.featured_people.get().person,
        uses=[use for use in Use if use != Use.WELSH],
    )

    welsh.refresh_from_db()
    assert welsh.live
    assert listed_titles(client, type="stories.StoryPage", locale="cy") == []
    assert listed_titles(client, type="stories.StoryPage") == [syndicated_story.title]


def walk(value):
    """Every key and every string in a JSON document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)
    elif isinstance(value, str):
        yield value


def test_no_value_of_the_consent_register_appears_in_any_api_response(
    client, make_story, publish_report, blog
):
    person = PersonFactory(
        public_name="Clare", full_name="Clare Hiddensurname", private_notes="Secret note"
    )
    record = ConsentRecordFactory(person=person, evidence__title="Clare's signed form")
    story = make_story(person, hero_image=wide_image(), hero_alt_text="Clare at home")
    BlogPostPageFactory(parent=blog).save_revision().publish()
    publish_report()
    secrets = {person.full_name, person.private_notes, record.evidence.title, "featured_people"}

    responses = [
        client.get(PAGES, {"fields": "*"}),
        client.get(f"{PAGES}{story.pk}/"),
        client.get(f"{PAGES}{story.pk}/", {"fields": "*"}),
        *[
            client.get(PAGES, {"type": page_type, "fields": "*"})
            for page_type in ["stories.StoryPage", "blog.BlogPostPage", "reports.ReportPage"]
        ],
        client.get("/api/v2/images/", {"fields": "*"}),
        client.get("/api/v2/documents/", {"fields": "*"}),
    ]

    assert [response.status_code for response in responses] == [200] * len(responses)
    assert story.title in str(responses[1].json())
    for response in responses:
        texts = list(walk(response.json()))
        assert not [text for text in texts if any(secret in text for secret in secrets)]


def test_the_consent_register_cannot_be_asked_for(client, syndicated_story):
    response = client.get(f"{PAGES}{syndicated_story.pk}/", {"fields": "featured_people"})

    assert response.status_code == 400
    assert "featured_people" in response.json()["message"]


def test_the_documents_endpoint_lists_public_collections_only(client, publish_report):
    evidence = EvidenceFactory(title="Signed consent form")
    leaflet = PdfDocumentFactory(title="Leaflet", collection=Collection.get_first_root_node())
    published_report = publish_report()
    draft_report_file = PdfDocumentFactory(title="Report still in draft")
    ReportPageFactory(parent=published_report.get_parent(), document=draft_report_file, live=False)

    response = client.get("/api/v2/documents/")

    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert leaflet.title in titles
    assert published_report.document.title in titles
    assert evidence.title not in titles
    assert draft_report_file.title not in titles
    assert client.get(f"/api/v2/documents/{evidence.pk}/").status_code == 404


def listing_queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(PAGES, query).status_code == 200
    return len(queries)


def test_the_cost_of_a_listing_does_not_grow_with_the_number_of_stories(
    client, make_story, consenting_person
):
    query = {"type": "stories.StoryPage", "fields": STORY_FIELDS, "limit": 20}
    for _story in range(3):
        make_story(consenting_person, hero_image=wide_image(), hero_alt_text="A walk")
    # The first request makes the image renditions, which later ones find in the database.
    listing_queries(client, query)
    few = listing_queries(client, query)
    for _story in range(17):
        make_story(consenting_person, hero_image=wide_image(), hero_alt_text="A walk")
    listing_queries(client, query)

    assert listing_queries(client, query) == few


@pytest.mark.parametrize(
    "query",
    [
        {"limit": "abc"},
        {"limit": "-1"},
        {"limit": "100000"},
        {"offset": "-1"},
        {"type": "nothing.Here"},
        {"type": "consent.Person"},
        {"fields": "title,no_such_field"},
        {"fields": "featured_people"},
        {"fields": "title("},
        {"order": "featured_people"},
        {"child_of": "abc"},
        {"featured_people": "1"},
        {"type": "blog.BlogPostPage", "date": "not-a-date"},
        {"site": "testserver:eighty"},
        {"site": "elsewhere.example"},
    ],
)
def test_bad_input_is_a_400_with_a_message(client, site_tree, query):
    response = client.get(PAGES, query)

    assert response.status_code == 400
    assert response.json()["message"]


def test_partners_may_read_the_api_from_their_own_sites(client, site_tree):
    response = client.get(PAGES, headers={"Origin": "https://partner.example"})

    assert response["Access-Control-Allow-Origin"] == "*"


def test_a_campaign_gives_its_ask_and_never_its_sign_ups(client, site_tree, topic):
    index = CampaignIndexPageFactory(parent=site_tree.english_home)
    index.save_revision().publish()
    campaign = CampaignPageFactory(parent=index, ask="End reverse auctions for care")
    PageTopic.objects.create(page=campaign, topic=topic)
    campaign.save_revision().publish()
    SignupFactory(campaign=campaign, name="Private Supporter", email="private@example.org")

    response = client.get(f"{PAGES}{campaign.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["ask"] == "End reverse auctions for care"
    assert data["status"] == campaign.status
    assert [link["slug"] for link in data["page_topics"]] == ["later-life"]
    assert "private@example.org" not in response.text
    assert "Private Supporter" not in response.text


def test_an_image_in_a_restricted_collection_stays_out_of_the_images_endpoint(
    client, syndicated_story
):
    def image_titles():
        return [image["title"] for image in client.get("/api/v2/images/").json()["items"]]

    image = syndicated_story.hero_image
    assert image.title in image_titles()

    # Named to sort after the existing collections: treebeard renumbers siblings otherwise.
    private = Collection.get_first_root_node().add_child(name="Zz private photos")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    image.collection = private
    image.save()

    assert image.title not in image_titles()
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
