"""Editors see how often reports are downloaded (the admin report and the panel on each
report's edit page)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def editors_see_downloads(apps, schema_editor):
    # Permissions are normally created after all migrations have run; the group needs
    # this one now, on a fresh database too.
    app_config = apps.get_app_config("reports")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view_downloads = Permission.objects.get(
        content_type__app_label="reports", codename="view_downloadcount"
    )
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.add(view_downloads)


def remove_permission(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(
            *editors.permissions.filter(
                content_type__app_label="reports", codename="view_downloadcount"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("website", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(editors_see_downloads, remove_permission)]
