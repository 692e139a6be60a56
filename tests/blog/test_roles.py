import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page

from tests.blog.factories import AuthorFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db


def member_of(group_name):
    user = get_user_model().objects.create_user(username=group_name.lower().replace(" ", "-"))
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_posts_go_through_the_editorial_review_that_editors_approve(blog):
    post = BlogPostPageFactory(parent=blog)
    workflow = post.get_workflow()
    assert workflow.name == "Editorial review"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Editors"]


def test_a_writer_can_submit_a_post_for_review_but_not_publish_it(client, blog):
    post = BlogPostPageFactory(parent=blog, title="Draft thoughts", live=False)
    post.save_revision()
    writer = member_of("Writers")
    client.force_login(writer)
    permissions = post.permissions_for_user(writer)
    assert permissions.can_edit()
    assert not permissions.can_publish()

    edit_url = reverse("wagtailadmin_pages:edit", args=[post.pk])
    form = client.get(edit_url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(
        {
            "title": "Draft thoughts",
            "slug": post.slug,
            "date": "2018-01-01",
            "summary": "Ready for an editor to look at.",
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Hello", '
            '"depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
            "body-0-deleted": "",
            "body-0-order": "0",
            "authors-TOTAL_FORMS": "1",
            "authors-INITIAL_FORMS": "1",
            "authors-MIN_NUM_FORMS": "1",
            "authors-MAX_NUM_FORMS": "1000",
            "authors-0-id": str(post.authors.get().pk),
            "authors-0-author": str(post.authors.get().author_id),
            "authors-0-ORDER": "1",
            "page_topics-TOTAL_FORMS": "0",
            "page_topics-INITIAL_FORMS": "0",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
        }
    )
    # Child formsets this test does not fill (people featured, and any added later) are
    # sent empty, as the editor sends them when nothing is added.
    for prefix in form.formsets:
        data.setdefault(f"{prefix}-TOTAL_FORMS", "0")
        data.setdefault(f"{prefix}-INITIAL_FORMS", "0")
    client.post(edit_url, {**data, "action-publish": "publish"})
    assert not Page.objects.get(pk=post.pk).live

    response = client.post(edit_url, {**data, "action-submit": "submit"})
    assert response.status_code == 302, response.context["form"].errors
    post.refresh_from_db()
    assert post.workflow_in_progress
    assert not post.live


def test_editors_manage_authors_and_writers_only_choose_them(client):
    AuthorFactory(name="Catherine Needham")
    editor, writer = member_of("Editors"), member_of("Writers")
    assert editor.has_perms(["blog.add_author", "blog.change_author", "blog.delete_author"])
    assert writer.has_perm("blog.view_author")
    assert not writer.has_perm("blog.change_author")
    assert member_of("Translators").has_perm("blog.view_author")

    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_blog_author:list"))
    assert "Catherine Needham" in response.text
