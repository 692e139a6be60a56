"""Editors look after the blog's authors; Writers and Translators choose them for posts."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODEL_PERMISSIONS = {
    "Editors": ["add_author", "change_author", "delete_author", "view_author"],
    "Writers": ["view_author"],
    "Translators": ["view_author"],
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations have run; the groups need
    # them now, on a fresh database too.
    app_config = apps.get_app_config("blog")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in MODEL_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="blog", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in MODEL_PERMISSIONS.items():
        Group.objects.get(name=group_name).permissions.remove(
            *Permission.objects.filter(content_type__app_label="blog", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0001_initial"),
        ("website", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
