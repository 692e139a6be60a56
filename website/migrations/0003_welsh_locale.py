from django.db import migrations


def create_welsh_locale(apps, schema_editor):
    apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="cy")


class Migration(migrations.Migration):
    dependencies = [("website", "0002_editorial_groups")]

    operations = [migrations.RunPython(create_welsh_locale, migrations.RunPython.noop)]
