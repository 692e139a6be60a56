"""How many times one network address did something this hour, counted in the shared cache
so that every server process sees the same count. Used by the public sign-up forms, each
under its own name, to stop one machine making us email hundreds of addresses."""

import hashlib
import time

from django.core.cache import caches

WINDOW_SECONDS = 60 * 60


def _window_key(scope, address):
    # One key per address per fixed window: a cache whose `incr` resets the expiry (the
    # database cache) cannot stretch the window. The address is kept only as a hash.
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"{scope}:{digest}:{int(time.time() // WINDOW_SECONDS)}"


def within_limit(scope, address, limit):
    """Whether `address` has done `scope` fewer than `limit` times this hour."""
    return caches["shared"].get(_window_key(scope, address), 0) < limit


def count(scope, address):
    """Counts one more `scope` against `address`."""
    cache = caches["shared"]
    key = _window_key(scope, address)
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:
        # The key expired between the two calls: this is the window's first one.
        cache.set(key, 1, timeout=WINDOW_SECONDS)
