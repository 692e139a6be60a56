"""Related content through the shared topics, across every section, through the gate."""

from wagtail.models import Page

from consent.gate import public_pages


def pages_sharing_topics(page, *, page_model=Page):
    """Public pages of `page_model` (any page type by default) in `page`'s language that
    share at least one topic with it, never `page` itself. The caller orders and slices."""
    topic_ids = page.page_topics.values("topic_id")
    candidates = (
        page_model.objects.filter(locale_id=page.locale_id, page_topics__topic_id__in=topic_ids)
        .exclude(pk=page.pk)
        .distinct()
    )
    return public_pages(candidates)
