import pytest

from tests.website.varnish import varnish_in_front_of


@pytest.fixture(scope="session")
def varnish_server(live_server):
    with varnish_in_front_of(int(live_server.url.rsplit(":", 1)[1])) as varnish:
        yield varnish


@pytest.fixture
def varnish(varnish_server, settings):
    """Varnish, empty, with the app purging it as production's does."""
    settings.FRONTEND_CACHE_URL = varnish_server.url
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish_server.url,
        }
    }
    varnish_server.forget_everything()
    return varnish_server
