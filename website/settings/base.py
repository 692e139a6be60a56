"""Settings shared by every environment.

Each environment module (dev, test, production) starts from these and changes only what
differs there; every value read from the environment is listed in the README.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from wagtail.embeds.oembed_providers import vimeo, youtube

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "website",
    "documents",
    "consent",
    "stories",
    "campaigns",
    "reports",
    "blog",
    "syndication",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "corsheaders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before whitenoise and CommonMiddleware, which may answer before it could add headers.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware, so that its refusal speaks the reader's language.
    "website.middleware.refuse_control_characters",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# Sign-in guessing: five wrong passwords for one account from one address lock that pair
# out for an hour (locking the account alone would let anyone lock an editor out).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "website/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "website.client_address.client_address"
# How many proxies of ours stand in front of the app (see website/client_address.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is only the zero-set-up default of `make run`; tests and production use PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
# SQLite as `make run` uses it: the web server, the scheduler and an editor's session
# pings all write to one file. WAL lets readers read while one writes; IMMEDIATE takes the
# write lock when a transaction starts, so a second writer waits its turn (up to the
# timeout) instead of failing with "database is locked" when it tries to upgrade a read.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English at unprefixed URLs, Welsh under /cy/.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("cy", "Cymraeg")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# "Translate this page" on a live English page would otherwise publish the Welsh page at
# once, still in English, without anyone with publish permission deciding to.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

WAGTAIL_SITE_NAME = "Shared Lives Plus"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# English is stemmed; Welsh, which PostgreSQL cannot stem, is matched word for word
# (website/search_backend.py says why).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "website.search_backend",
        "SEARCH_CONFIG": "english",
        "LANGUAGE_SEARCH_CONFIGS": {"cy": "simple"},
    }
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents are reports for the public: PDFs only, checked to be real, readable PDFs by
# the form every document upload goes through.
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.PdfDocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# A 48 KB PNG can hold 20000 by 20000 pixels, which take gigabytes to resize: anything over
# 50 million pixels (more than a phone camera takes) is refused at upload, with a reason.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "website.images.ImageForm"
# Only these providers may be embedded: the embed block refuses any other address before
# Wagtail asks a provider, and Wagtail itself knows no other provider.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [youtube, vimeo],
    }
]
EMBED_ALLOWED_HOSTS = [
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtu.be",
    "vimeo.com",
    "www.vimeo.com",
    "player.vimeo.com",
]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10

# "shared" holds what every server process must agree on (the campaign sign-up rate
# limit): a table in the database unless Redis is configured. Its table is created by a
# migration (campaigns 0002), so `migrate` is all a new database needs.
SHARED_CACHE = (
    {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "shared_cache"}
)
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    },
    "shared": SHARED_CACHE,
}

# Campaign sign-ups are personal data, deleted by `manage.py delete_old_signups` once older
# than this.
CAMPAIGN_SIGNUP_RETENTION_DAYS = int(os.environ.get("CAMPAIGN_SIGNUP_RETENTION_DAYS", 730))

# The public site loads nothing from another origin. The Wagtail admin needs inline
# scripts and styles of its own, so it keeps Django's defaults and is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Our own widget previews on /feeds/, and the video hosts the embed block allows.
        "frame-src": [
            SELF,
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "website": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Partners read the API, feeds and oEmbed from their own sites' scripts: open to every
# origin, read-only, and nothing else on the site is shared.
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_URLS_REGEX = r"^/(cy/)?(api|feeds|oembed)/"

ROBOTS_DISALLOW = ["/admin/", "/search/", "/cy/search/"]
