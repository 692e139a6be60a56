"""Translators open a Welsh blog author in wagtail-localize's editor, which is the snippet
edit view and needs the change permission (they already hold it for topics and
organisations). Django's model permissions cannot be limited to one language, so they can
change English authors as well, as they can English topics."""

from django.db import migrations

from website.migration_helpers import grant_permissions, revoke_permissions

GRANTS = {"Translators": ["blog.change_author"]}


def grant(apps, schema_editor):
    grant_permissions(apps, GRANTS)


def revoke(apps, schema_editor):
    revoke_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0004_page_topics"),
        ("blog", "0002_author_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
