"""Wagtail's database search backend, reading each language with its own PostgreSQL text
search configuration.

PostgreSQL has no Welsh stemmer, and the English configuration mangles Welsh: it cuts
"cerdded" (walking) to "cerd" and drops Welsh words that look like common English ones
("a", "i", "am", "at", "AS"), so those cannot be found at all. Welsh is therefore indexed
and searched word for word with `simple`, while English keeps English stemming.

Wagtail's backend has one configuration for everything, so this one chooses per
language: an object is indexed in the language of its locale, and a query is read in the
active language, which is the language of the pages the site's search view looks in
(`Locale.get_active()`).

On SQLite, a double quote typed into a search ended the quoted term the backend builds
for SQLite's full-text syntax and made the query fail; quotes are read as spaces there.

Settings: `SEARCH_CONFIG` (everything else) and `LANGUAGE_SEARCH_CONFIGS` ({language
code: configuration}). Other databases (SQLite under `make run`) get the stock backend,
which has no configurations to choose. Changing a configuration needs `update_index`.
"""

import copy
from collections import defaultdict

from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale, TranslatableMixin


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        if not issubclass(model, TranslatableMixin):
            super().add_items(model, objs)
            return
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for(languages.get(obj.locale_id))].append(obj)
        # The stock index reads its configuration from the backend, one per call.
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for(get_language())


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_SEARCH_CONFIGS", {})

    def config_for(self, language_code):
        return self.language_configs.get(language_code, self.config)

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend


# Wagtail looks for a callable named `SearchBackend` in a backend module.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite":
        # Imported only on SQLite, as modelsearch does: its SQLite module needs a model that
        # exists only when the database is SQLite.
        from website import search_backend_sqlite

        return search_backend_sqlite.unquoted(backend)
    return backend
