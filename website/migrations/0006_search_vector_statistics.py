"""Statistics on the combined search vector, so that PostgreSQL can tell how many index
entries a search matches.

The database search backend filters on `title || body @@ query`. Without statistics on that
expression PostgreSQL guesses a handful of matching entries, whatever the words, and joins
them to the pages with a nested loop that compares `object_id = id::varchar` for every
pair: a common query ("shared lives carers" matches most entries) then took 377 ms at the
bench's content and grew with the square of it. With the statistics (PostgreSQL 14 and
later keep them for expressions) it estimates the matches from the words' frequencies and
hashes the join instead: 75 ms for the same query. `ANALYZE` (autovacuum, or the line
below) keeps them current. SQLite, under `make run`, has no such planner and needs none."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
STATISTICS = "website_search_vector_statistics"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE STATISTICS IF NOT EXISTS {STATISTICS} ON ((title || body)) FROM {TABLE}"
    )
    schema_editor.execute(f"ANALYZE {TABLE}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0005_translators_translate_authors"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
