"""The blog's index page and the archives it routes: by topic, by author, by year and by
month."""

import datetime

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from blog.models.authors import Author, BlogPostAuthor
from blog.models.posts import BlogPostPage
from consent.gate import public_pages
from website.models import PageTopic, SectionIndexPage, Topic

POSTS_PER_PAGE = 10


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
