from unittest import mock

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection

from campaigns import services
from website import rate_limit

pytestmark = pytest.mark.django_db

ADDRESS = "198.51.100.7"


def another_process():
    """The shared cache as a second server process has it: its own backend object, with
    nothing in memory; all it shares with this one is the database."""
    return mock.patch.object(
        rate_limit, "caches", {"shared": DatabaseCache(caches["shared"]._table, {})}
    )


def test_sign_ups_counted_by_one_process_count_in_another():
    for _signup in range(services.SIGNUPS_PER_ADDRESS - 1):
        assert services.within_limit(ADDRESS)
        services.count_signup(ADDRESS)
    with another_process():
        assert services.within_limit(ADDRESS)
        services.count_signup(ADDRESS)
        assert not services.within_limit(ADDRESS)
    assert not services.within_limit(ADDRESS)


def test_asking_does_not_count():
    for _question in range(services.SIGNUPS_PER_ADDRESS * 2):
        assert services.within_limit(ADDRESS)


def test_each_address_has_its_own_count():
    for _signup in range(services.SIGNUPS_PER_ADDRESS):
        services.count_signup(ADDRESS)
    assert not services.within_limit(ADDRESS)
    assert services.within_limit("203.0.113.9")


def test_the_address_itself_is_not_stored():
    services.count_signup(ADDRESS)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {caches['shared']._table}")
        keys = [row[0] for row in cursor.fetchall()]
    assert len(keys) == 1
    assert ADDRESS not in keys[0]
