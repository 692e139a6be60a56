import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret-7c1f0e6d")
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# `make run`'s demo accounts sign in with their password alone. Set
# ADMIN_2FA_DEV_BYPASS=false to try two-factor sign-in locally. Only honoured with DEBUG;
# production settings never read it.
ADMIN_2FA_DEV_BYPASS = os.environ.get("ADMIN_2FA_DEV_BYPASS", "true") == "true"

# Serve static files straight from the source folders, without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
