"""The policy blog: an index with topic, author and date archives, the posts, and the
people who write them."""

import datetime
import math
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch, Q
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import (
    Orderable,
    Page,
    PageManager,
    PageQuerySet,
    Site,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from consent.gate import public_pages
from consent.panels import featured_people_panels
from website import frame
from website.blocks import BaseStreamBlock
from website.models import Organisation, PageTopic, SectionIndexPage, Topic, topics_panel
from website.related import pages_sharing_topics

POSTS_PER_PAGE = 10
RELATED_POSTS = 3
WORDS_PER_MINUTE = 200
# The renditions partners get through the API (syndication/api.py).
LISTING_IMAGE = "fill-480x270"
SHARE_IMAGE = "fill-1200x630"
# /blog/<yyyy>/ is the year archive, so a post with such a slug could never be reached.
YEAR_LIKE_SLUG = re.compile(r"\d{4}")


class Author(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in the address /blog/author/<slug>/. Keep it stable."),
    )
    role = models.CharField(
        _("role"),
        max_length=160,
        blank=True,
        help_text=_("For example 'Chief executive' or 'Researcher'."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_authors",
    )
    bio = models.TextField(
        _("short bio"),
        max_length=1000,
        blank=True,
        help_text=_("Two or three sentences, shown on the author's page and under their posts."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_guest = models.BooleanField(
        _("guest author"),
        default=False,
        help_text=_("Someone from outside our organisation writing for our blog."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("is_guest"),
    ]
    # The slug stays the same in every language so that an author's Welsh address is
    # their English address under /cy/; a person's name is not translated.
    translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        TranslatableField("role"),
        TranslatableField("organisation"),
        TranslatableField("bio"),
        SynchronizedField("photo"),
        SynchronizedField("is_guest"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_author_slug_per_locale")
        ]

    def __str__(self):
        return self.name


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


def translated_by_slug(snippets, slug, locale_id):
    """The translatable snippet among `snippets` with this slug, in `locale` if translated.
    Slugs are shared by every translation, and a translated post may still point at the
    original, so any language will do; 404 when there is none."""
    candidates = sorted(snippets.filter(slug=slug), key=lambda c: c.locale_id != locale_id)
    if not candidates:
        raise Http404
    return candidates[0]


class BlogIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["blog.BlogPostPage"]

    class Meta:
        verbose_name = _("blog index page")

    @cached_property
    def posts(self):
        """This blog's public posts, newest first. Asking the gate costs queries of its own,
        so a request asks once; Wagtail loads the page afresh for every request."""
        return public_pages(BlogPostPage.objects.child_of(self)).newest_first()

    def full_subpage_url(self, request, name, *args):
        return self.get_full_url(request) + self.reverse_subpage(name, args=args).lstrip("/")

    def render_listing(
        self, request, posts, *, heading=None, subpage=None, allow_empty=True, **context
    ):
        page_number = request.GET.get("page")
        posts_page = Paginator(posts.for_listing(), POSTS_PER_PAGE).get_page(page_number)
        if not (allow_empty or posts_page.paginator.count):
            raise Http404
        canonical = self.full_subpage_url(request, *subpage) if subpage else self.full_url
        if posts_page.number > 1:
            canonical += f"?page={posts_page.number}"
        return self.render(
            request,
            context_overrides={
                "posts": posts_page,
                "listing_heading": heading,
                "canonical_url": canonical,
                **context,
            },
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        post_ids = self.posts.values("pk")
        context["topics"] = Topic.objects.filter(page_links__page__in=post_ids).distinct()
        context["years"] = self.posts.dates("date", "year", order="DESC")
        return context

    def get_cached_paths(self):
        """Every archive this blog routes, for the frontend cache to purge with the index:
        every topic and author (a post may just have left one) and every month posted in."""
        months = BlogPostPage.objects.child_of(self).dates("date", "month")
        return [
            "/",
            *(
                self.reverse_subpage("topic", args=[slug])
                for slug in Topic.objects.values_list("slug", flat=True).distinct()
            ),
            *(
                self.reverse_subpage("author", args=[slug])
                for slug in Author.objects.values_list("slug", flat=True).distinct()
            ),
            *{self.reverse_subpage("year", args=[str(month.year)]) for month in months},
            *(self.reverse_subpage("month", args=[str(m.year), f"{m.month:02d}"]) for m in months),
        ]

    @path("", name="all")
    def all_posts(self, request):
        return self.render_listing(request, self.posts)

    @path("topic/<slug:slug>/", name="topic")
    def topic_posts(self, request, slug):
        topic = translated_by_slug(Topic.objects, slug, self.locale_id)
        tagged = PageTopic.objects.filter(topic__translation_key=topic.translation_key)
        return self.render_listing(
            request,
            self.posts.filter(pk__in=tagged.values("page_id")),
            heading=gettext("Posts about %(topic)s") % {"topic": topic.name},
            subpage=("topic", slug),
            topic=topic,
        )

    @path("author/<slug:slug>/", name="author")
    def author_posts(self, request, slug):
        author = translated_by_slug(
            Author.objects.select_related("organisation", "photo"), slug, self.locale_id
        )
        written = BlogPostAuthor.objects.filter(author__translation_key=author.translation_key)
        return self.render_listing(
            request,
            self.posts.filter(pk__in=written.values("page_id")),
            heading=author.name,
            subpage=("author", slug),
            author=author,
        )

    @re_path(r"^(?P<year>\d{4})/$", name="year")
    def year_posts(self, request, year):
        first_day = valid_date_or_404(year, 1)
        return self.render_listing(
            request,
            self.posts.filter(date__year=first_day.year),
            heading=gettext("Posts from %(year)s") % {"year": first_day.year},
            subpage=("year", year),
            allow_empty=False,
        )

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month")
    def month_posts(self, request, year, month):
        first_day = valid_date_or_404(year, month)
        return self.render_listing(
            request,
            self.posts.filter(date__year=first_day.year, date__month=first_day.month),
            heading=gettext("Posts from %(month)s") % {"month": date_format(first_day, "F Y")},
            subpage=("month", year, month),
            allow_empty=False,
        )


def valid_date_or_404(year, month):
    # An archive answers only for real months; an empty one is answered as missing too
    # (`allow_empty=False`), rather than offering search engines endless empty pages.
    try:
        return datetime.date(int(year), int(month), 1)
    except ValueError as error:
        raise Http404 from error


class BlogPostPage(Page):
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
        # Kept with the frame, like the breadcrumbs that also lead through it.
        blog_index = frame.remembered(
            request,
            f"blog-index:{self.path[: -self.steplen]}",
            lambda: BlogIndexPage.objects.parent_of(self).get(),
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


class BlogPostAuthor(Orderable):
    page = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="authors")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="credits"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        constraints = [
            models.UniqueConstraint(fields=["page", "author"], name="unique_author_per_post")
        ]
