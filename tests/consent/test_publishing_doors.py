"""Every way a page can become public, tried with a page that fails the consent check:
afterwards it must not be public."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from consent.gate import nobody_featured_problem
from consent.models import FeaturedPerson
from stories.workflows import assign_story_workflow
from tests.consent.factories import lapse_consent
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["someone without consent", "nobody"])
def draft_story(request, story_index, unconsented_person):
    """A never-published story saved as a draft, featuring someone with no consent or
    featuring nobody at all; `problem` is what the gate says about it."""
    story = StoryPageFactory(parent=story_index, live=False, title="Dana's story")
    if request.param == "nobody":
        story.problem = nobody_featured_problem()
    else:
        story.featured_people = [FeaturedPerson(person=unconsented_person, uses=["name", "story"])]
        story.problem = "Dana has no consent recorded."
    story.save_revision()
    return story


def is_live(page):
    page.refresh_from_db()
    return page.live


def test_the_publish_button_refuses_and_keeps_the_draft(client, draft_story, member_of):
    client.force_login(member_of("Editors"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft_story.pk])
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    # StreamFields are drawn by JavaScript, so their form data is built here.
    form.update(
        nested_form_data(
            {
                "body": streamfield([("paragraph", rich_text("<p>An ordinary life.</p>"))]),
                "pull_quotes": streamfield([]),
                "easy_read": streamfield(
                    [
                        (
                            "point",
                            {
                                "text": "Dana lives an ordinary life.",
                                "picture": {"image": "", "decorative": "", "alt_text": ""},
                            },
                        )
                    ]
                ),
            }
        )
    )
    form["title"] = "Dana's story, edited"
    form["action-publish"] = "action-publish"

    response = client.post(edit_url, form, follow=True)

    assert not is_live(draft_story)
    assert draft_story.problem in response.text
    assert draft_story.get_latest_revision_as_object().title == "Dana's story, edited"


def test_the_workflow_consent_check_rejects_with_the_problems(draft_story, story_index, member_of):
    assign_story_workflow(story_index)
    workflow_state = draft_story.get_workflow().start(draft_story, member_of("Writers"))

    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    check = TaskState.objects.get(workflow_state=workflow_state)
    assert check.status == TaskState.STATUS_REJECTED
    assert check.comment == draft_story.problem
    assert not is_live(draft_story)


def test_the_workflow_consent_check_passes_to_the_consent_officers(
    story_index, consenting_person, member_of
):
    assign_story_workflow(story_index)
    story = StoryPageFactory(parent=story_index, live=False)
    story.featured_people = [FeaturedPerson(person=consenting_person, uses=["name"])]
    story.save_revision()

    workflow_state = story.get_workflow().start(story, member_of("Writers"))

    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.current_task_state.task.name == "Consent officer approval"


def test_bulk_publishing_cannot_publish_it(client, draft_story, member_of):
    client.force_login(member_of("Editors"))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{url}?id={draft_story.pk}", {"include_descendants": False})
    assert draft_story.get_latest_revision().content["title"] == "Dana's story"
    assert not is_live(draft_story)


def test_scheduled_publishing_cannot_publish_it(draft_story):
    draft_story.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = draft_story.save_revision()
    revision.publish()
    assert not is_live(draft_story)
    type(revision).objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    call_command("publish_scheduled")

    assert not is_live(draft_story)


def test_publishing_a_revision_in_code_cannot_publish_it(draft_story):
    draft_story.get_latest_revision().publish()
    assert not is_live(draft_story)


def test_a_story_whose_consent_lapsed_answers_gone_before_enforcement_runs(
    client, make_story, consenting_person
):
    story = make_story(consenting_person, slug="brian")
    assert client.get("/stories/brian/").status_code == 200
    lapse_consent(consenting_person)

    response = client.get("/stories/brian/")

    assert response.status_code == 410
    assert "This page has been taken down" in response.text
    assert story.title not in response.text


def test_a_story_taken_down_after_withdrawal_answers_gone_not_missing(
    client, make_story, consenting_person
):
    from consent.services import withdraw_consent

    make_story(consenting_person, slug="brian")
    withdraw_consent(consenting_person, by=None, reason="Asked")
    assert client.get("/stories/brian/").status_code == 410


def test_a_story_unpublished_for_another_reason_is_simply_not_found(client, make_story):
    story = make_story(slug="plain")
    story.unpublish()
    assert client.get("/stories/plain/").status_code == 404
