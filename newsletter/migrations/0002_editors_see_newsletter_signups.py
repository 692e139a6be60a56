"""Newsletter sign-ups are personal data: Editors (and superusers) may list, export and
delete them; nobody else sees them."""

from django.db import migrations

from website.migration_helpers import grant_permissions, revoke_permissions

GRANTS = {"Editors": ["newsletter.view_newslettersignup", "newsletter.delete_newslettersignup"]}


def editors_see_signups(apps, schema_editor):
    grant_permissions(apps, GRANTS)


def remove_permissions(apps, schema_editor):
    revoke_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_newsletter_signups"),
        ("website", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(editors_see_signups, remove_permissions)]
