"""The shared cache (Redis in production) helps but is never needed: losing it must cost
speed, not pages or sign-ups. Django's Redis backend raises when the server is away, so
every operation here answers as a cache that has nothing (a read misses, a write is
dropped) and says so in the log, at most every ten seconds, rather than for every request.
What relies on it reads that as its own "fail open": the sign-up rate limit lets people
sign, the page frame is rebuilt from the database."""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
LOG_EVERY_SECONDS = 10
_last_logged = 0.0


def _log(operation, error):
    global _last_logged  # one clock per process is the point
    now = time.monotonic()
    if now - _last_logged >= LOG_EVERY_SECONDS:
        _last_logged = now
        logger.warning(
            "Shared cache unavailable (%s: %s): carrying on without it; rate limits are "
            "not enforced until it is back.",
            operation,
            error,
        )


def failing_open(answer):
    """What the operation answers when Redis does not: `answer(*args, **kwargs)`."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except (RedisError, OSError) as error:
                _log(method.__name__, error)
                return answer(*args, **kwargs)

        return wrapper

    return decorate


def default_or_none(key, default=None, *args, **kwargs):
    return default


def nothing(*args, **kwargs):
    return None


def false(*args, **kwargs):
    return False


def empty(*args, **kwargs):
    return {}


def start_of_count(key, delta=1, *args, **kwargs):
    return delta


class FailOpenRedisCache(RedisCache):
    get = failing_open(default_or_none)(RedisCache.get)
    get_many = failing_open(empty)(RedisCache.get_many)
    set = failing_open(nothing)(RedisCache.set)
    set_many = failing_open(lambda *args, **kwargs: [])(RedisCache.set_many)
    add = failing_open(false)(RedisCache.add)
    touch = failing_open(false)(RedisCache.touch)
    delete = failing_open(false)(RedisCache.delete)
    delete_many = failing_open(nothing)(RedisCache.delete_many)
    has_key = failing_open(false)(RedisCache.has_key)
    incr = failing_open(start_of_count)(RedisCache.incr)
    clear = failing_open(false)(RedisCache.clear)
