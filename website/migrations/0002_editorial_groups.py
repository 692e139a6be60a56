"""The four groups of the comms team, with the permissions that exist so far. Later
migrations of other apps extend them (for example the consent register's).

Wagtail's own set-up makes a "Moderators" group whose approval is required for every page;
here Editors do that job, so its workflow becomes the "Editorial review" and the group
goes."""

from django.db import migrations

from website.migration_helpers import grant_permissions, permission

GROUP_NAMES = ["Writers", "Editors", "Consent officers", "Translators"]

PAGE_PERMISSIONS = {
    "Writers": ["wagtailcore.add_page", "wagtailcore.change_page"],
    "Editors": [
        "wagtailcore.add_page",
        "wagtailcore.change_page",
        "wagtailcore.publish_page",
        "wagtailcore.lock_page",
        "wagtailcore.unlock_page",
    ],
    "Translators": ["wagtailcore.add_page", "wagtailcore.change_page"],
}

COLLECTION_PERMISSIONS = {
    "Writers": [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    "Editors": [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.delete_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.delete_document",
        "wagtaildocs.choose_document",
    ],
    "Translators": ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
    "Consent officers": ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
}

MODEL_PERMISSIONS = {
    "Writers": ["website.view_topic", "website.view_organisation"],
    "Editors": [
        "website.add_topic",
        "website.change_topic",
        "website.delete_topic",
        "website.view_topic",
        "website.add_organisation",
        "website.change_organisation",
        "website.delete_organisation",
        "website.view_organisation",
        "website.change_navigationsettings",
        "website.change_footersettings",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "wagtail_localize.submit_translation",
    ],
    "Translators": [
        "website.view_topic",
        "website.change_topic",
        "website.view_organisation",
        "website.change_organisation",
        "wagtail_localize.submit_translation",
    ],
    "Consent officers": ["website.view_topic", "website.view_organisation"],
}


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUP_NAMES:
        Group.objects.get_or_create(name=name)
    grant_permissions(apps, {name: ["wagtailadmin.access_admin"] for name in GROUP_NAMES})
    grant_permissions(apps, MODEL_PERMISSIONS)

    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    for group_name, names in PAGE_PERMISSIONS.items():
        for name in names:
            GroupPagePermission.objects.get_or_create(
                group=Group.objects.get(name=group_name),
                page=root_page,
                permission=permission(apps, name),
            )
    for group_name, names in COLLECTION_PERMISSIONS.items():
        for name in names:
            GroupCollectionPermission.objects.get_or_create(
                group=Group.objects.get(name=group_name),
                collection=root_collection,
                permission=permission(apps, name),
            )


def editors_review_by_default(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    editors = Group.objects.get(name="Editors")
    for task in GroupApprovalTask.objects.filter(name="Moderators approval"):
        task.name = "Editor approval"
        task.save(update_fields=["name"])
        task.groups.set([editors])
    Workflow.objects.filter(name="Moderators approval").update(name="Editorial review")
    Group.objects.filter(name="Moderators").delete()


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUP_NAMES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(create_groups, remove_groups),
        migrations.RunPython(editors_review_by_default, migrations.RunPython.noop),
    ]
