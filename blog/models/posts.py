"""The blog's posts, and the queryset listings build them with."""

import math
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet, Site
from wagtail.search import index

from blog.models.authors import BlogPostAuthor
from consent.panels import featured_people_panels
from website import frame
from website.blocks import BaseStreamBlock
from website.models import PageTopic, topics_panel
from website.related import pages_sharing_topics

RELATED_POSTS = 3
WORDS_PER_MINUTE = 200
# The renditions partners get through the API (syndication/api.py).
LISTING_IMAGE = "fill-480x270"
SHARE_IMAGE = "fill-1200x630"
# /blog/<yyyy>/ is the year archive, so a post with such a slug could never be reached.
YEAR_LIKE_SLUG = re.compile(r"\d{4}")


class BlogPostQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")

    def for_listing(self, *, with_topics=True):
        """What a listing shows of each post, in a fixed number of queries however many
        posts it lists. Bodies are left out: listings show the summary. Image renditions
        come from Wagtail's rendition cache, which costs no query once they are made."""
        wanted = [Prefetch("authors", queryset=BlogPostAuthor.objects.select_related("author"))]
        if with_topics:
            wanted.append(
                Prefetch("page_topics", queryset=PageTopic.objects.select_related("topic"))
            )
        return self.defer_streamfields().select_related("hero_image").prefetch_related(*wanted)


class BlogPostPage(frame.RestrictionsFromFrame, Page):
    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("Shown on the post. When moving an older post here, keep its original date."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_(
            "One or two sentences saying what the post is about. Shown in listings, feeds "
            "and search results."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Shown at the top of the post and when it is shared."),
    )
    # On the page, not the image: the image library is not translated, and a Welsh post
    # needs Welsh alternative text for the same picture.
    hero_alt_text = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the hero image shows, for people who cannot see it. Left empty, the "
            "image's own description is used."
        ),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    original_publication = models.CharField(
        _("originally published in"),
        max_length=200,
        blank=True,
        help_text=_("If the post first appeared elsewhere, the name of that publication."),
    )
    original_url = models.URLField(
        _("original address"),
        blank=True,
        help_text=_("The address of the post where it first appeared, if it is still there."),
    )

    objects = PageManager.from_queryset(BlogPostQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        MultipleChooserPanel(
            "authors",
            chooser_field_name="author",
            heading=_("Authors"),
            label=_("Author"),
            min_num=1,
        ),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("hero_alt_text"),
        FieldPanel("body"),
        *featured_people_panels(),
        topics_panel(),
        MultiFieldPanel(
            [FieldPanel("original_publication"), FieldPanel("original_url")],
            heading=_("Originally published elsewhere"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    # What partners read through the API (syndication/api.py).
    api_fields = [
        "date",
        "summary",
        "hero_image",
        "hero_alt_text",
        "authors",
        "page_topics",
        "body",
        "original_publication",
        "original_url",
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    # Shared on social media as an article with the main image (website/share.py).
    share_type = "article"

    def share_picture(self):
        return self.hero_image, self.hero_alt_text

    def clean(self):
        super().clean()
        errors = {}
        if YEAR_LIKE_SLUG.fullmatch(self.slug or ""):
            errors["slug"] = _(
                "A slug of four digits would be taken for a year archive. Add a word to it."
            )
        if self.original_url and not self.original_publication:
            errors["original_publication"] = _("Name the publication the original address is in.")
        if errors:
            raise ValidationError(errors)

    @cached_property
    def reading_time(self):
        """Whole minutes at an unhurried reading pace, never less than one."""
        texts = self.body.stream_block.get_searchable_content(self.body)
        words = sum(len(text.split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The index is the one parent type `parent_page_types` allows, resolved by Wagtail
        # from its label: index.py imports this module for the listings it routes.
        (index_model,) = self.clean_parent_page_models()
        # Kept with the frame, like the breadcrumbs that also lead through it.
        blog_index = frame.remembered(
            request,
            f"blog-index:{self.path[: -self.steplen]}",
            lambda: index_model.objects.parent_of(self).get(),
        )
        authors = [
            credit.author
            for credit in self.authors.select_related("author__organisation", "author__photo")
        ]
        share_image = self.hero_image.get_rendition(SHARE_IMAGE) if self.hero_image else None
        context.update(
            blog_index=blog_index,
            authors=authors,
            topics=[link.topic for link in self.page_topics.select_related("topic")],
            # Their topics are left off: the reader has just been shown this post's.
            related_posts=pages_sharing_topics(self, page_model=BlogPostPage)
            .newest_first()
            .for_listing(with_topics=False)[:RELATED_POSTS],
            share_image=share_image,
            structured_data=self.structured_data(request, blog_index, authors, share_image),
        )
        # A post being previewed before its first save has no place in the order yet.
        if self.pk is not None:
            context.update(self.neighbours(blog_index))
        return context

    def neighbours(self, blog_index):
        """The posts either side of this one in the blog's date order."""
        siblings = blog_index.posts.defer_streamfields()
        same_day = Q(date=self.date)
        return {
            "previous_post": siblings.filter(
                Q(date__lt=self.date) | same_day & Q(pk__lt=self.pk)
            ).first(),
            "next_post": siblings.filter(Q(date__gt=self.date) | same_day & Q(pk__gt=self.pk))
            .order_by("date", "pk")
            .first(),
        }

    def structured_data(self, request, blog_index, authors, share_image):
        """The schema.org BlogPosting search engines read from the page."""
        site = Site.find_for_request(request)
        modified = self.last_published_at or self.latest_revision_created_at
        data = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "dateModified": modified.isoformat() if modified else self.date.isoformat(),
            "inLanguage": frame.language_code(request, self.locale_id),
            "mainEntityOfPage": self.get_full_url(request),
            "author": [
                {
                    "@type": "Person",
                    "name": author.name,
                    "url": blog_index.full_subpage_url(request, "author", author.slug),
                }
                for author in authors
            ],
            "publisher": {
                "@type": "Organization",
                "name": (site and site.site_name) or settings.WAGTAIL_SITE_NAME,
            },
        }
        if share_image is not None:
            data["image"] = share_image.full_url
        return data
