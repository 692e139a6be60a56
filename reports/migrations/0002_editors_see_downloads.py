"""Editors see how often reports are downloaded (the admin report and the panel on each
report's edit page)."""

from django.db import migrations

from website.migration_helpers import grant_permissions, revoke_permissions

GRANTS = {"Editors": ["reports.view_downloadcount"]}


def editors_see_downloads(apps, schema_editor):
    grant_permissions(apps, GRANTS)


def remove_permission(apps, schema_editor):
    revoke_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("website", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(editors_see_downloads, remove_permission)]
