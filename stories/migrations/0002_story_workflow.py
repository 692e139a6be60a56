"""The "Story publishing" workflow: the consent check, then a consent officer, then an
editor. It is attached to the story index when that page is created
(see stories.wagtail_hooks)."""

from django.db import migrations

WORKFLOW_NAME = "Story publishing"


def set_up(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ConsentCheckTask = apps.get_model("consent", "ConsentCheckTask")

    def content_type(model):
        return ContentType.objects.get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )[0]

    consent_check, _created = ConsentCheckTask.objects.get_or_create(
        name="Consent check", defaults={"content_type": content_type(ConsentCheckTask)}
    )
    officer_approval, created = GroupApprovalTask.objects.get_or_create(
        name="Consent officer approval",
        defaults={"content_type": content_type(GroupApprovalTask)},
    )
    if created:
        officer_approval.groups.set([Group.objects.get(name="Consent officers")])
    editor_approval = GroupApprovalTask.objects.get(name="Editor approval")

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, task in enumerate([consent_check, officer_approval, editor_approval]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )


def remove(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("consent", "0002_groups_and_evidence_collection"),
        ("website", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(set_up, remove)]
