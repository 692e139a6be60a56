import datetime

import factory
import wagtail_factories
from wagtail.models import Collection

from blog.models import Author, BlogIndexPage, BlogPostAuthor, BlogPostPage
from tests.website.factories import english
from website.models import PageTopic


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Picture {n}")
    description = factory.Sequence(lambda n: f"A sunny kitchen table, picture {n}")
    # wagtail-factories would make a new root collection for every image.
    collection = factory.LazyFunction(Collection.get_first_root_node)


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    role = "Policy lead"
    bio = factory.Sequence(lambda n: f"Biography {n}.")
    locale = factory.LazyFunction(english)

    class Meta:
        model = Author


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"
    introduction = factory.Sequence(lambda n: f"Introduction {n}.")

    class Meta:
        model = BlogIndexPage


class BlogPostPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Post number {n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    summary = factory.Sequence(lambda n: f"Summary of post {n}.")
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Care works best close to home.</p>"}]
    )

    class Meta:
        model = BlogPostPage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(self, create, authors, **kwargs):
        """`authors=[...]` credits those authors; by default one new author is credited."""
        for sort_order, author in enumerate(authors if authors is not None else [AuthorFactory()]):
            BlogPostAuthor.objects.create(page=self, author=author, sort_order=sort_order)

    @factory.post_generation
    def topics(self, create, topics, **kwargs):
        for sort_order, topic in enumerate(topics or []):
            PageTopic.objects.create(page=self, topic=topic, sort_order=sort_order)
