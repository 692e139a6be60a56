"""Settings for `make screenshots`: the development settings with DEBUG off, so that the
404 page is the one readers see rather than Django's debugging page. Without DEBUG Django
serves no media, so whitenoise serves the demo's (MEDIA_ROOT must be a folder named
`media`: its parent becomes whitenoise's root, rescanned at each request for the picture
sizes made as pages are shown)."""

from website.settings.dev import *  # noqa: F403
from website.settings.dev import MEDIA_ROOT

DEBUG = False
WHITENOISE_ROOT = MEDIA_ROOT.parent
