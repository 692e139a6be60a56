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

A search matching most of the content must not cost much more as the content grows:
it is never prepared on the server (`planned_for_its_words`), it does not hand back the
vectors it matched (`LanguageQueryCompiler.search`), and only the best matches by title
are ranked by their whole text (`LanguageQueryCompiler.rescored`). On the bench content
the search itself went from 9 to 3 ms at 1x and from 33 to 6 ms at 4x.

On SQLite, a double quote typed into a search ended the quoted term the backend builds
for SQLite's full-text syntax and made the query fail; quotes are read as spaces there.

Settings: `SEARCH_CONFIG` (everything else) and `LANGUAGE_SEARCH_CONFIGS` ({language
code: configuration}). Other databases (SQLite under `make run`) get the stock backend,
which has no configurations to choose. Changing a configuration needs `update_index`.
"""

import copy
from collections import defaultdict
from contextlib import contextmanager

from django.db import connection
from django.db.models import Case, F, FloatField, When, Window
from django.db.models.functions import RowNumber
from django.db.models.lookups import LessThanOrEqual
from django.utils.translation import get_language
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not
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


# Enough for the first twenty pages of results.
RESCORE_WINDOW = 200


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for(get_language())

    def search(self, config, start, stop, score_field=None, backend=None):
        """Modelsearch's own search, with the combined vector the results are filtered on
        an alias rather than an annotation. As an annotation it was also selected, so
        PostgreSQL joined the title and body vectors of every matching entry to hand them
        over, and sorted them with the rows: a search matching most of the bench content
        went from 9 ms to 6 without it at 1x, from 22 to 12 at 4x. Nothing reads it."""
        matches_all = isinstance(self.query, MatchAll) or (
            isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
        )
        if matches_all or isinstance(self.query, Fuzzy):
            return super().search(config, start, stop, score_field, backend)
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        combined_vector = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined_vector = combined_vector._combine(vector, "||", False)
        queryset = self.queryset.alias(_vector_=combined_vector).filter(_vector_=search_query)
        rank = self._build_rank_expression(vectors, config)
        if self.fields is None:
            rank = self.rescored(rank, vectors[0], config)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def rescored(self, rank, title_vector, config):
        """Ranks fully only the RESCORE_WINDOW best matches by title, newest first among
        equals; those after them keep that order. Ranking a body costs far more than a
        title, and a search matching most of the content spent most of its time ranking
        bodies nobody would scroll to (Elasticsearch's rescore window is the same idea)."""
        vector, weight = title_vector
        by_title = self.build_tsrank(vector, self.query, config=config) * weight
        place = Window(RowNumber(), order_by=[by_title.desc(), F("pk").desc()])
        return Case(
            When(LessThanOrEqual(place, RESCORE_WINDOW), then=rank),
            default=place * -1.0,
            output_field=FloatField(),
        )


@contextmanager
def planned_for_its_words():
    """psycopg prepares a statement on the server once it has run five times (the
    `prepare_threshold` in settings), and PostgreSQL then plans it once for whatever
    words come next. That generic plan cannot turn `to_tsquery(config, words)` into a
    constant, so it parses the words again for every matching entry, twice (title and
    body), and it cannot estimate how many entries match: on the bench content at four
    times its size, a search took 51 ms instead of 32 from the fifth one on. Other
    queries keep being prepared."""
    connection.ensure_connection()
    driver_connection = connection.connection
    kept = driver_connection.prepare_threshold
    driver_connection.prepare_threshold = None
    try:
        yield
    finally:
        driver_connection.prepare_threshold = kept


class LanguageSearchResults(PostgresSearchResults):
    def _do_search(self):
        with planned_for_its_words():
            return super()._do_search()

    def _do_count(self):
        with planned_for_its_words():
            return super()._do_count()


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    results_class = LanguageSearchResults

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
