import datetime
import json
import re

import pytest

from tests.blog.factories import (
    AuthorFactory,
    BlogPostPageFactory,
    ImageFactory,
)
from tests.website.factories import OrganisationFactory, TopicFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [post.title for post in response.context["posts"]]


def test_the_index_lists_posts_newest_first_ten_to_a_page(client, blog):
    for day in range(1, 13):
        BlogPostPageFactory(parent=blog, title=f"Day {day}", date=datetime.date(2018, 5, day))
    first, second = client.get("/blog/"), client.get("/blog/?page=2")
    assert titles(first) == [f"Day {day}" for day in range(12, 2, -1)]
    assert titles(second) == ["Day 2", "Day 1"]
    assert "Page 1 of 2" in first.text
    assert '<link rel="canonical" href="http://testserver/blog/?page=2">' in second.text


def test_an_index_entry_shows_date_authors_topics_and_summary(client, blog):
    fox, needham = AuthorFactory(name="Alex Fox"), AuthorFactory(name="Catherine Needham")
    nhs = TopicFactory(name="NHS", slug="nhs")
    BlogPostPageFactory(
        parent=blog,
        title="Collaborative healthcare",
        date=datetime.date(2015, 12, 3),
        summary="Five partners show what community-led health can do.",
        authors=[fox, needham],
        topics=[nhs],
    )
    response = client.get("/blog/")
    assert '<a href="/blog/collaborative-healthcare/">Collaborative healthcare</a>' in response.text
    assert '<time datetime="2015-12-03">3 December 2015</time>' in response.text
    assert f'href="/blog/author/{fox.slug}/">Alex Fox</a> and <a' in response.text
    assert '<a href="/blog/topic/nhs/">NHS</a>' in response.text
    assert "Five partners show what community-led health can do." in response.text


def test_drafts_and_private_posts_are_never_listed(client, blog):
    BlogPostPageFactory(parent=blog, title="Published")
    BlogPostPageFactory(parent=blog, title="Draft", live=False)
    private = BlogPostPageFactory(parent=blog, title="Members only")
    private.view_restrictions.create(restriction_type="login")
    assert titles(client.get("/blog/")) == ["Published"]


@pytest.mark.parametrize(
    ("page_number", "shown"),
    [("abc", 1), ("-1", 2), ("0", 2), ("99999", 2), ("2", 2), ("", 1), ("1.5", 1)],
)
def test_a_bad_page_number_shows_the_first_or_last_page(client, blog, page_number, shown):
    for day in range(1, 12):
        BlogPostPageFactory(parent=blog, date=datetime.date(2020, 1, day))
    for address in ["/blog/", "/blog/2020/", "/blog/2020/01/"]:
        response = client.get(address, {"page": page_number})
        assert response.status_code == 200, address
        assert response.context["posts"].number == shown, address


def test_a_topic_page_lists_only_that_topics_posts_under_a_heading(client, blog):
    commissioning, nhs = TopicFactory(name="Commissioning"), TopicFactory(name="NHS")
    BlogPostPageFactory(parent=blog, title="Reverse auctions", topics=[commissioning])
    BlogPostPageFactory(parent=blog, title="Invisible asylum", topics=[nhs])
    response = client.get(f"/blog/topic/{commissioning.slug}/")
    assert titles(response) == ["Reverse auctions"]
    assert "<h1>Posts about Commissioning</h1>" in response.text
    assert "<title>Posts about Commissioning | Test charity</title>" in response.text
    assert (
        f'<link rel="canonical" href="http://testserver/blog/topic/{commissioning.slug}/">'
        in response.text
    )


def test_an_author_page_shows_their_bio_and_only_their_posts(client, blog):
    organisation = OrganisationFactory(name="University of Birmingham")
    needham = AuthorFactory(
        name="Catherine Needham",
        slug="catherine-needham",
        role="Researcher",
        organisation=organisation,
        bio="Studies how the size of a care provider shapes what people get from it.",
        is_guest=True,
    )
    BlogPostPageFactory(parent=blog, title="Micro-enterprise", authors=[needham])
    BlogPostPageFactory(parent=blog, title="Someone else's post")
    response = client.get("/blog/author/catherine-needham/")
    assert titles(response) == ["Micro-enterprise"]
    assert "<h1>Catherine Needham</h1>" in response.text
    assert "Researcher, University of Birmingham" in response.text
    assert "Guest author" in response.text
    assert "Studies how the size of a care provider" in response.text


def test_year_and_month_archives_list_the_posts_of_that_time(client, blog):
    BlogPostPageFactory(parent=blog, title="March 2017", date=datetime.date(2017, 3, 9))
    BlogPostPageFactory(parent=blog, title="July 2017", date=datetime.date(2017, 7, 1))
    BlogPostPageFactory(parent=blog, title="Spring 2018", date=datetime.date(2018, 3, 9))
    year, month = client.get("/blog/2017/"), client.get("/blog/2017/03/")
    assert titles(year) == ["July 2017", "March 2017"]
    assert "<h1>Posts from 2017</h1>" in year.text
    assert titles(month) == ["March 2017"]
    assert "<h1>Posts from March 2017</h1>" in month.text


@pytest.mark.parametrize(
    "address",
    [
        "/blog/topic/no-such-topic/",
        "/blog/author/nobody/",
        "/blog/2017/13/",
        "/blog/2017/00/",
        "/blog/0000/",
        "/blog/1999/",
        "/blog/2017/02/",
        "/blog/no-such-post/",
        "/blog/topic/",
    ],
)
def test_unknown_topics_authors_and_dates_are_not_found(client, blog, address):
    BlogPostPageFactory(parent=blog, date=datetime.date(2017, 3, 9))
    assert client.get(address).status_code == 404


def test_welsh_blog_lives_at_the_same_addresses_under_cy(client, site_tree, blog, welsh_blog):
    topic = TopicFactory(slug="shared-lives")
    post = BlogPostPageFactory(
        parent=blog, title="English", slug="a-post", date=datetime.date(2019, 4, 2), topics=[topic]
    )
    site_tree.translate(post, title="Cymraeg")
    assert titles(client.get("/cy/blog/")) == ["Cymraeg"]
    assert titles(client.get("/cy/blog/topic/shared-lives/")) == ["Cymraeg"]
    assert titles(client.get("/cy/blog/2019/04/")) == ["Cymraeg"]
    response = client.get("/cy/blog/a-post/")
    assert response.status_code == 200
    assert '<html lang="cy"' in response.text


def test_a_post_shows_its_content_authors_and_reading_time(client, blog):
    author = AuthorFactory(name="Alex Fox", slug="alex-fox")
    words = " ".join(["word"] * 450)
    BlogPostPageFactory(
        parent=blog,
        title="Sceptical trust",
        slug="sceptical-trust",
        date=datetime.date(2017, 1, 10),
        authors=[author],
        body=[{"type": "paragraph", "value": f"<p>{words}</p>"}],
        original_publication="New Local Government Network",
        original_url="https://www.nlgn.org.uk/",
    )
    response = client.get("/blog/sceptical-trust/")
    assert "<h1>Sceptical trust</h1>" in response.text
    assert '<a href="/blog/author/alex-fox/">Alex Fox</a>' in response.text
    assert "3 minute read" in response.text
    assert (
        'first appeared in <a href="https://www.nlgn.org.uk/">New Local Government Network</a>'
        in response.text
    )


def structured_data(response):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.text, re.DOTALL
    )
    return json.loads(match.group(1))


def test_a_post_tells_search_engines_and_social_sites_what_it_is(client, blog):
    author = AuthorFactory(name="Helen Sanderson", slug="helen-sanderson")
    post = BlogPostPageFactory(
        parent=blog,
        title="Self-management </script> in care homes",
        slug="self-management",
        date=datetime.date(2018, 6, 1),
        summary="Could small self-managing teams bring a homely feel to care homes?",
        hero_image=ImageFactory(description="Three friends around a kitchen table"),
        authors=[author],
    )
    post.save_revision().publish()
    response = client.get("/blog/self-management/")
    text = response.text
    summary = "Could small self-managing teams bring a homely feel to care homes?"
    assert f'<meta name="description" content="{summary}">' in text
    assert '<link rel="canonical" href="http://testserver/blog/self-management/">' in text
    assert '<meta property="og:type" content="article">' in text
    assert f'<meta property="og:description" content="{summary}">' in text
    assert '<meta name="twitter:card" content="summary_large_image">' in text
    assert re.search(r'<meta property="og:image" content="http://testserver/media/[^"]+">', text)
    assert 'alt="Three friends around a kitchen table"' in text

    data = structured_data(response)
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Self-management </script> in care homes"
    assert data["datePublished"] == "2018-06-01"
    assert data["dateModified"].startswith(str(datetime.date.today().year))
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Helen Sanderson",
            "url": "http://testserver/blog/author/helen-sanderson/",
        }
    ]
    assert data["publisher"]["name"] == "Test charity"
    assert data["image"].startswith("http://testserver/media/")
    assert text.count("</script>") == 1


def test_related_posts_share_a_topic_newest_first_three_and_never_the_post(client, blog):
    nhs, housing = TopicFactory(), TopicFactory()
    post = BlogPostPageFactory(parent=blog, date=datetime.date(2018, 1, 1), topics=[nhs])
    for day in range(1, 6):
        BlogPostPageFactory(
            parent=blog, title=f"NHS {day}", date=datetime.date(2017, 1, day), topics=[nhs]
        )
    BlogPostPageFactory(parent=blog, title="Housing", topics=[housing])
    BlogPostPageFactory(parent=blog, title="Draft NHS", topics=[nhs], live=False)
    related = client.get(post.url).context["related_posts"]
    assert [page.title for page in related] == ["NHS 5", "NHS 4", "NHS 3"]


def test_previous_and_next_follow_the_date_order_even_on_the_same_day(client, blog):
    same_day = datetime.date(2017, 5, 5)
    older = BlogPostPageFactory(parent=blog, title="Older", date=datetime.date(2017, 1, 1))
    first = BlogPostPageFactory(parent=blog, title="First that day", date=same_day)
    second = BlogPostPageFactory(parent=blog, title="Second that day", date=same_day)
    BlogPostPageFactory(parent=blog, title="Draft", date=datetime.date(2017, 6, 1), live=False)
    middle = client.get(first.url).context
    assert (middle["previous_post"], middle["next_post"]) == (older, second)
    newest = client.get(second.url).context
    assert (newest["previous_post"], newest["next_post"]) == (first, None)
    assert 'rel="prev"' in client.get(second.url).text
    assert 'rel="next"' not in client.get(second.url).text


def fill_blog(blog, number):
    """`number` posts as rich as real ones: two authors with photos, two topics and a
    hero image each."""
    topics = [TopicFactory(), TopicFactory()]
    for _ in range(number):
        BlogPostPageFactory(
            parent=blog,
            hero_image=ImageFactory(),
            authors=[AuthorFactory(photo=ImageFactory()), AuthorFactory()],
            topics=topics,
        )
    return topics[0]


# The same number of queries however many posts there are: what a listing shows of each
# post is fetched in bulk, not post by post, and the frame (menus, footer, the page's
# address and translations) comes from website/frame.py. tests/website/test_query_budget.py
# holds every page type to the site's target of 12; these are the blog's exact counts.
INDEX_QUERIES = 9
TOPIC_QUERIES = 10
POST_QUERIES = 10


@pytest.mark.parametrize("number_of_posts", [5, 60])
def test_query_counts_do_not_grow_with_the_number_of_posts(
    client, blog, django_assert_num_queries, number_of_posts
):
    topic = fill_blog(blog, number_of_posts)
    post = blog.get_children().live().specific().first()
    addresses = {
        "/blog/": INDEX_QUERIES,
        f"/blog/topic/{topic.slug}/": TOPIC_QUERIES,
        post.url: POST_QUERIES,
    }
    for address, expected in addresses.items():
        # The first request makes the image renditions; the count is of every later one.
        client.get(address)
        with django_assert_num_queries(expected):
            assert client.get(address).status_code == 200


def test_the_hero_is_sized_to_the_column_and_offered_as_avif_and_webp(client, blog):
    topic = TopicFactory()
    post = BlogPostPageFactory(
        parent=blog, hero_image=ImageFactory(file__width=1600, file__height=900), topics=[topic]
    )
    BlogPostPageFactory(parent=blog, hero_image=ImageFactory(), topics=[topic])
    text = client.get(post.url).text
    hero = re.search(r"<picture>(?:(?!</picture>).)*blog-post__hero.*?</picture>", text, re.S)
    hero = hero.group(0)
    # The column is 42rem (672 pixels) at most: that and twice it, in the modern formats.
    for kind in ("avif", "webp"):
        assert re.search(rf'srcset="[^"]*fill-672x353[^"]*\.{kind} 672w, [^"]*fill-1344x706', hero)
    assert 'width="672"' in hero and 'height="353"' in hero
    assert "loading=" not in hero
    # Cards further down the page wait until they are scrolled to.
    cards = re.findall(r'<img[^>]*class="post-card__image"[^>]*>', text)
    assert cards and all('loading="lazy"' in card for card in cards)


def test_each_language_describes_the_hero_image_in_its_own_words(
    client, site_tree, blog, welsh_blog
):
    post = BlogPostPageFactory(
        parent=blog,
        slug="kitchen-table",
        hero_image=ImageFactory(description="Picture 1"),
        hero_alt_text="Three friends around a kitchen table",
    )
    post.save_revision().publish()
    site_tree.translate(post, hero_alt_text="Tri ffrind o gwmpas bwrdd y gegin")

    assert 'alt="Three friends around a kitchen table"' in client.get("/blog/kitchen-table/").text
    welsh = client.get("/cy/blog/kitchen-table/").text
    assert 'alt="Tri ffrind o gwmpas bwrdd y gegin"' in welsh
    assert '<meta property="og:image:alt" content="Tri ffrind o gwmpas bwrdd y gegin">' in welsh
