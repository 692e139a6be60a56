"""Production settings: every secret comes from the environment, and a missing or weak one
stops start-up with a message saying what to set, rather than running insecurely."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES

MIN_SECRET_KEY_LENGTH = 50


def required(name):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


def refuse(problem, fix):
    raise ImproperlyConfigured(f"{problem} Production will not start like this: {fix}")


# DEBUG is never read from the environment here; someone who sets DJANGO_DEBUG expecting
# it to work is told rather than silently ignored.
if os.environ.get("DJANGO_DEBUG", "").lower() not in ("", "0", "false", "no", "off"):
    refuse(
        "DJANGO_DEBUG is on.",
        "unset DJANGO_DEBUG; debug pages show settings and code to anyone.",
    )
DEBUG = False

SECRET_KEY = required("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < MIN_SECRET_KEY_LENGTH or len(set(SECRET_KEY)) < 5:
    refuse(
        f"DJANGO_SECRET_KEY is too short or too simple (under {MIN_SECRET_KEY_LENGTH} "
        "characters, or fewer than 5 different ones).",
        "set it to a long random value, for example the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`.",
    )

ALLOWED_HOSTS = [host.strip() for host in required("DJANGO_ALLOWED_HOSTS").split(",")]
if "*" in ALLOWED_HOSTS:
    refuse(
        "DJANGO_ALLOWED_HOSTS contains '*'.",
        "list the site's own host names, comma-separated (example.org,www.example.org).",
    )

required("DATABASE_URL")
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    refuse(
        "DATABASE_URL is not a PostgreSQL database.",
        "set it to postgres://user:password@host:5432/name; SQLite is for `make run` only.",
    )
CSRF_TRUSTED_ORIGINS = [
    origin for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin
]
WAGTAILADMIN_BASE_URL = required("WAGTAILADMIN_BASE_URL")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Asked of `check --deploy`; it only lets the domain be submitted to browsers' preload list.
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true") == "true"
# Background work (cache purges, Wagtail's search and reference indexing) waits in the
# database for `manage.py db_worker`, which the production recipe keeps running beside
# gunicorn: publishing returns at once, and a purge is done within a second or two.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
