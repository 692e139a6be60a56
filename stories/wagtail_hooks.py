from wagtail import hooks

from stories.models import StoryIndexPage
from stories.workflows import assign_story_workflow


@hooks.register("after_create_page")
def story_index_gets_the_story_workflow(request, page):
    if isinstance(page.specific, StoryIndexPage):
        assign_story_workflow(page)
