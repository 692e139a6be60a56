"""SQLite's full-text search with quotes in a query read as spaces (see search_backend.py).

SQLite's full-text syntax wraps each term in double quotes, and the stock compiler does
not double a quote inside one, so a search for `"` was a syntax error (a 500)."""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText


def without_quotes(text):
    return text.replace('"', " ")


class UnquotedTermsMixin:
    def search(self, config, start, stop, score_field=None):
        # Quotes alone leave no words: nothing matches, as on PostgreSQL.
        if (
            isinstance(self.query, PlainText)
            and not without_quotes(self.query.query_string).split()
        ):
            return self.queryset.none()
        return super().search(config, start, stop, score_field=score_field)

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(
                without_quotes(query.query_string), operator=query.operator, boost=query.boost
            )
        elif isinstance(query, Phrase):
            query = Phrase(without_quotes(query.query_string))
        return super().build_search_query_content(query, config=config)


class UnquotedSQLiteQueryCompiler(UnquotedTermsMixin, SQLiteSearchQueryCompiler):
    pass


class UnquotedSQLiteAutocompleteQueryCompiler(UnquotedTermsMixin, SQLiteAutocompleteQueryCompiler):
    pass


def unquoted(backend):
    """`backend` (the stock database backend) reading quotes as spaces, if it is the SQLite
    full-text one; the fallback backend SQLite uses without FTS5 needs no change."""
    if isinstance(backend, SQLiteSearchBackend):
        backend.query_compiler_class = UnquotedSQLiteQueryCompiler
        backend.autocomplete_query_compiler_class = UnquotedSQLiteAutocompleteQueryCompiler
    return backend
