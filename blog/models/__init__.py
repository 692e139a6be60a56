"""The policy blog: an index with topic, author and date archives (index.py), the posts
(posts.py), and the people who write them (authors.py)."""

from blog.models.authors import Author, BlogPostAuthor
from blog.models.index import POSTS_PER_PAGE, BlogIndexPage, translated_by_slug, valid_date_or_404
from blog.models.posts import (
    LISTING_IMAGE,
    RELATED_POSTS,
    SHARE_IMAGE,
    WORDS_PER_MINUTE,
    YEAR_LIKE_SLUG,
    BlogPostPage,
    BlogPostQuerySet,
)

__all__ = [
    "LISTING_IMAGE",
    "POSTS_PER_PAGE",
    "RELATED_POSTS",
    "SHARE_IMAGE",
    "WORDS_PER_MINUTE",
    "YEAR_LIKE_SLUG",
    "Author",
    "BlogIndexPage",
    "BlogPostAuthor",
    "BlogPostPage",
    "BlogPostQuerySet",
    "translated_by_slug",
    "valid_date_or_404",
]
