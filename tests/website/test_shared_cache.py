"""Losing Redis costs speed, never a page or a sign-up: the shared cache here points at a
port where no Redis listens, as when the server is stopped."""

import logging

import pytest
from django.core.cache import caches

from campaigns import services

pytestmark = pytest.mark.django_db

NO_REDIS_HERE = "redis://127.0.0.1:9/0"


@pytest.fixture
def redis_gone(settings):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "website.shared_cache.FailOpenRedisCache",
            "LOCATION": NO_REDIS_HERE,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }


def test_pages_are_served_while_redis_is_away(redis_gone, client, site_tree, caplog):
    with caplog.at_level(logging.WARNING, logger="website.shared_cache"):
        response = client.get("/")
    assert response.status_code == 200
    assert "Welcome" in response.text


def test_the_sign_up_limit_fails_open_and_says_so_in_the_log(redis_gone, caplog, monkeypatch):
    monkeypatch.setattr("website.shared_cache._last_logged", float("-inf"))
    address = "198.51.100.7"
    with caplog.at_level(logging.WARNING, logger="website.shared_cache"):
        for _signup in range(services.SIGNUPS_PER_ADDRESS + 1):
            services.count_signup(address)
        assert services.within_limit(address)
    assert "rate limits are not enforced" in caplog.text


def test_the_cache_answers_as_empty_rather_than_raising(redis_gone):
    shared = caches["shared"]
    shared.set("key", "value")
    assert shared.get("key", "missing") == "missing"
    assert shared.add("key", "value") is False
