"""Creates the database table of the "shared" cache (the sign-up rate limit), so that
`migrate` prepares every database, the tests' included. With REDIS_URL set there is no
cache table to create and this does nothing."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0001_initial")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
