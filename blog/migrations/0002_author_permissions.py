"""Editors look after the blog's authors; Writers and Translators choose them for posts."""

from django.db import migrations

from website.migration_helpers import grant_permissions, revoke_permissions

GRANTS = {
    "Editors": ["blog.add_author", "blog.change_author", "blog.delete_author", "blog.view_author"],
    "Writers": ["blog.view_author"],
    "Translators": ["blog.view_author"],
}


def grant(apps, schema_editor):
    grant_permissions(apps, GRANTS)


def revoke(apps, schema_editor):
    revoke_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0001_initial"),
        ("website", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
