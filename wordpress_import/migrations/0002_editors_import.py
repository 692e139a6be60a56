"""Editors (and superusers) may import the old WordPress blog; nobody else."""

from django.db import migrations

from website.migration_helpers import grant_permissions, revoke_permissions

GRANTS = {"Editors": ["wordpress_import.add_importrun", "wordpress_import.view_importrun"]}


def editors_import(apps, schema_editor):
    grant_permissions(apps, GRANTS)


def remove_permissions(apps, schema_editor):
    revoke_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("wordpress_import", "0001_mapping_and_admin_runs"),
        ("website", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(editors_import, remove_permissions)]
