"""Related content through the shared topics, across every section, through the gate."""

from wagtail.models import Page

from consent.gate import public_pages
from website.models import PageTopic


def pages_sharing_topics(page, *, page_model=Page):
    """Public pages of `page_model` (any page type by default) in `page`'s language that
    share at least one topic with it, never `page` itself. The caller orders and slices."""
    # Ids through a subquery rather than a join: a page sharing two topics would come
    # twice from a join, and DISTINCT over whole page rows cost more to plan than to run.
    sharing = PageTopic.objects.filter(topic_id__in=page.page_topics.values("topic_id"))
    candidates = page_model.objects.filter(
        locale_id=page.locale_id, pk__in=sharing.values("page_id")
    ).exclude(pk=page.pk)
    return public_pages(candidates)
