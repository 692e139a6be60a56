"""The people who write for the blog, and their credits on posts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.models import Organisation


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


class BlogPostAuthor(Orderable):
    # Named by label: the posts module imports this one for its listings' queryset.
    page = ParentalKey("blog.BlogPostPage", on_delete=models.CASCADE, related_name="authors")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="credits"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        constraints = [
            models.UniqueConstraint(fields=["page", "author"], name="unique_author_per_post")
        ]
