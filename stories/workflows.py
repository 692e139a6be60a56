from wagtail.models import Workflow, WorkflowPage

STORY_WORKFLOW_NAME = "Story publishing"


def assign_story_workflow(story_index):
    """Stories go through the consent check, a consent officer and an editor."""
    workflow = Workflow.objects.get(name=STORY_WORKFLOW_NAME)
    WorkflowPage.objects.update_or_create(page=story_index, defaults={"workflow": workflow})
