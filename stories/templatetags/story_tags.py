from django import template
from django.utils.translation import get_language

from consent.gate import public_pages
from stories.models import StoryPage

register = template.Library()


@register.inclusion_tag("stories/includes/featured_story.html", takes_context=True)
def featured_story(context):
    """The newest public story in the reader's language, for the home page."""
    story = (
        public_pages(StoryPage.objects.filter(locale__language_code=get_language()))
        .select_related("hero_image")
        .order_by("-published_on", "-pk")
        .first()
    )
    return {"story": story, "request": context["request"]}
