import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def member_of(group_name):
    user = get_user_model().objects.create_user(username=group_name.lower().replace(" ", "-"))
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_the_four_comms_team_groups_exist_and_wagtails_moderators_do_not():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Writers", "Editors", "Consent officers", "Translators"} <= names
    assert "Moderators" not in names


@pytest.mark.parametrize(
    ("group_name", "can_edit", "can_publish"),
    [
        ("Writers", True, False),
        ("Editors", True, True),
        ("Translators", True, False),
        ("Consent officers", False, False),
    ],
)
def test_who_can_edit_and_publish_pages(site_tree, group_name, can_edit, can_publish):
    page = StandardPageFactory(parent=site_tree.english_home)
    permissions = page.permissions_for_user(member_of(group_name))
    assert permissions.can_edit() is can_edit
    assert permissions.can_publish() is can_publish


@pytest.mark.parametrize("group_name", ["Writers", "Editors", "Consent officers", "Translators"])
def test_every_group_can_sign_in_to_the_admin(group_name):
    assert member_of(group_name).has_perm("wagtailadmin.access_admin")


def test_only_editors_manage_topics_and_site_settings():
    writer, editor = member_of("Writers"), member_of("Editors")
    assert writer.has_perm("website.view_topic")
    assert not writer.has_perm("website.change_topic")
    assert editor.has_perm("website.change_topic")
    assert editor.has_perm("website.change_navigationsettings")
    assert not writer.has_perm("website.change_navigationsettings")


def test_translators_can_start_translations():
    assert member_of("Translators").has_perm("wagtail_localize.submit_translation")
    assert not member_of("Writers").has_perm("wagtail_localize.submit_translation")


def test_editors_approve_the_default_workflow():
    from wagtail.models import GroupApprovalTask, Workflow

    workflow = Workflow.objects.get(name="Editorial review")
    task = GroupApprovalTask.objects.get(pk=workflow.tasks.get().pk)
    assert list(task.groups.values_list("name", flat=True)) == ["Editors"]
