import pytest
from django.db import IntegrityError
from wagtail.models import Locale, Page

from tests.website.factories import StandardPageFactory, TopicFactory
from website.models import HomePage, StandardPage


@pytest.mark.django_db
def test_a_topic_keeps_its_slug_in_welsh_but_slugs_are_unique_per_language():
    topic = TopicFactory(name="Commissioning", slug="commissioning")
    welsh = topic.copy_for_translation(Locale.objects.get(language_code="cy"))
    welsh.name = "Comisiynu"
    welsh.save()
    assert welsh.slug == "commissioning"
    with pytest.raises(IntegrityError):
        TopicFactory(slug="commissioning")


def test_editors_can_add_home_pages_only_at_the_root_and_standard_pages_under_a_home():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}


@pytest.mark.django_db
def test_standard_page_summary_prefers_the_search_description(site_tree):
    page = StandardPageFactory(
        parent=site_tree.english_home, introduction="Intro", search_description="Meta"
    )
    assert page.summary == "Meta"
    page.search_description = ""
    assert page.summary == "Intro"
