import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES

# Tests always run against a real PostgreSQL server: `make test` starts one and sets
# DATABASE_URL. Refusing SQLite here stops a green run that proved nothing.
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise RuntimeError(
        "Tests need PostgreSQL: run `make test`, or set DATABASE_URL to a PostgreSQL server."
    )

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="test-media-")
BACKUP_DIR = Path(tempfile.mkdtemp(prefix="test-backups-"))
WITHDRAWAL_LEDGER = BACKUP_DIR / "withdrawal-ledger.jsonl"
WITHHELD_IMAGES_ROOT = tempfile.mkdtemp(prefix="test-withheld-")
WAGTAILADMIN_BASE_URL = "http://testserver"
# The first request of a test process should see the same settings as every other.
DATABASES["default"]["CONN_MAX_AGE"] = 0
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Serve static files straight from the source folders, without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
