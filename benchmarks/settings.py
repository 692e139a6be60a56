"""Settings for `make bench`: the test settings (PostgreSQL required, DEBUG off, any host
name, no secrets needed) changed where they would make the numbers unlike production's."""

import os

from website.settings.test import *  # noqa: F403
from website.settings.test import DATABASES

# Production keeps a database connection open between requests (the base settings' 60
# seconds); the test settings close it after each one, which would add a connection's
# set-up to every timing.
DATABASES["default"]["CONN_MAX_AGE"] = 60

# The harness loads the content in one process and the server answers in others: they
# must share one media folder, since images are resized on the server's first request.
# benchmarks/__main__.py makes the folder and sets the variable.
MEDIA_ROOT = os.environ["BENCH_MEDIA_ROOT"]

# Production does not look for changed static files on every request. Static files come
# from the source folders through the finders, as in the test settings: there is no
# collected folder for whitenoise to index (and warn about).
WHITENOISE_AUTOREFRESH = False
STATIC_ROOT = None
