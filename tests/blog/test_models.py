import pytest
from django.core.exceptions import ValidationError

from blog.models import BlogPostPage
from tests.blog.factories import BlogPostPageFactory

pytestmark = pytest.mark.django_db


def test_a_post_slug_that_looks_like_a_year_is_refused(blog):
    # /blog/2017/ is the year archive, so a post there could never be reached.
    with pytest.raises(ValidationError) as error:
        BlogPostPageFactory(parent=blog, title="2017")
    assert "slug" in error.value.message_dict
    assert BlogPostPageFactory(parent=blog, title="2017 in review").slug == "2017-in-review"


def test_an_original_address_needs_the_publication_it_is_in(blog):
    with pytest.raises(ValidationError) as error:
        BlogPostPageFactory(parent=blog, original_url="https://www.nlgn.org.uk/")
    assert "original_publication" in error.value.message_dict


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (150, 1), (200, 1), (201, 2), (950, 5)])
def test_reading_time_counts_the_text_of_every_block_in_whole_minutes(words, minutes):
    half = words // 2
    body = [
        {"type": "quote", "value": {"quote": " ".join(["said"] * half), "attribution": ""}},
        {"type": "paragraph", "value": f"<p>{' '.join(['word'] * (words - half))}</p>"},
    ]
    assert BlogPostPage(title="Post", body=body).reading_time == minutes


def test_listings_order_posts_newest_first_and_same_day_posts_by_creation(blog):
    first = BlogPostPageFactory(parent=blog, date="2018-01-01")
    second = BlogPostPageFactory(parent=blog, date="2018-01-01")
    older = BlogPostPageFactory(parent=blog, date="2017-12-31")
    assert list(blog.posts) == [second, first, older]
