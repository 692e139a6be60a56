"""Turning a WordPress post into a blog post and a WordPress page into a standard page,
published, scheduled or left as a draft as it was on the old site, with its old dates."""

from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_noop
from wagtail.models import Page

from blog.models import YEAR_LIKE_SLUG, BlogPostAuthor, BlogPostPage
from website.models import PageTopic
from wordpress_import.body import in_site_language

SUMMARY_MAX = 300
INTRODUCTION_MAX = 600
TITLE_MAX = 255
PUBLISHED = {"publish", "future"}


def plain(html):
    """The text of some HTML, with entities decoded and whitespace tidied."""
    return " ".join(BeautifulSoup(html or "", "html.parser").get_text(" ").split())


def title_of(item):
    title = plain(item.title)
    if title:
        return title[:TITLE_MAX]
    return in_site_language(gettext_noop("Untitled post %(id)s")) % {"id": item.wp_id}


def summary_of(item, blocks, limit):
    """The excerpt, or else the opening of the text, cut at a word."""
    text = plain(item.excerpt)
    if not text:
        paragraphs = [block["value"] for block in blocks if block["type"] == "paragraph"]
        text = plain(" ".join(paragraphs[:2]))
    text = text or title_of(item)
    return Truncator(text).chars(limit)


def free_slug(parent, item, own_pk=None):
    """The WordPress slug made ASCII (our addresses are), unique among its siblings."""
    base = slugify(item.slug) or slugify(plain(item.title)) or f"post-{item.wp_id}"
    if YEAR_LIKE_SLUG.fullmatch(base):
        base = f"post-{base}"
    base = base[:240]
    siblings = parent.get_children().exclude(pk=own_pk)
    slug, number = base, 1
    while siblings.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def create_shell(parent, item, model):
    """An empty draft, so that links from other posts can point at it before it is filled."""
    fields = {"summary": title_of(item)} if model is BlogPostPage else {}
    page = model(title=title_of(item), slug=free_slug(parent, item), live=False, **fields)
    parent.add_child(instance=page)
    return page


def fill_post(page, item, blocks, authors, topics):
    page.title = title_of(item)
    page.slug = free_slug(page.get_parent(), item, own_pk=page.pk)
    page.date = (item.local_date or item.published_at or timezone.now()).date()
    page.summary = summary_of(item, blocks, SUMMARY_MAX)
    page.body = blocks
    page.authors = [
        BlogPostAuthor(author=author, sort_order=order) for order, author in enumerate(authors)
    ]
    page.page_topics = [
        PageTopic(topic=topic, sort_order=order) for order, topic in enumerate(topics)
    ]


def fill_standard_page(page, item, blocks):
    page.title = title_of(item)
    page.slug = free_slug(page.get_parent(), item, own_pk=page.pk)
    page.introduction = Truncator(plain(item.excerpt)).chars(INTRODUCTION_MAX)
    page.body = blocks


def save_as_on_old_site(page, item):
    """Saves a revision and publishes, schedules or keeps it a draft as the old site had
    it; a published item keeps its original dates."""
    published = item.status in PUBLISHED and item.published_at
    scheduled = published and not is_public(item)
    page.go_live_at = item.published_at if scheduled else None
    revision = page.save_revision(clean=True)
    if not published:
        # Drafts, pending review and private posts are drafts here.
        if page.live:
            page.unpublish()
        return
    revision.publish()
    if scheduled:
        return
    # Publishing stamps today's date; the post went out years ago.
    Page.objects.filter(pk=page.pk).update(
        first_published_at=item.published_at,
        last_published_at=max(item.modified_at or item.published_at, item.published_at),
    )


def is_public(item):
    """Whether the old site showed the item: published, or scheduled for a time now past."""
    return (
        item.status in PUBLISHED
        and item.published_at is not None
        and item.published_at <= timezone.now()
    )
