"""Settings shared by every environment.

Each environment module (dev, test, production) starts from these and changes only what
differs there; every value read from the environment is listed in the README.
"""

import os
from pathlib import Path

import dj_database_url
from wagtail.embeds.oembed_providers import vimeo, youtube

# Signing in and what browsers are told to refuse: security.py.
from .security import *  # noqa: F403

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "website",
    "documents",
    "consent",
    "consent.signoff",
    "stories",
    "campaigns",
    "newsletter",
    "journeys",
    "reports",
    "blog",
    "syndication",
    "wordpress_import",
    "operations",
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
    "security",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "corsheaders",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Lets what is kept with the frame be read without a request in hand (rich text links).
    "website.frame.keep_request",
    # Compresses on the way out what the next one has marked public (website/http_cache.py).
    "website.http_cache.PublicGZipMiddleware",
    # Sees the response last (bar compression), after sessions and cookies have had a say.
    "website.http_cache.CacheHeadersMiddleware",
    # Before whitenoise and CommonMiddleware, which may answer before it could add headers.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "website.http_cache.PathLocaleMiddleware",
    # After LocaleMiddleware, so that its refusal speaks the reader's language.
    "website.middleware.refuse_control_characters",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A session past its idle or absolute limit ends (with a message saying why) before
    # anything asks who is signed in; then the second factor is checked.
    "security.middleware.StaffSessionMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "security.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "security.csp.SiteAndAdminCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The old blog's /?p=123 and /feed/, which our routes would otherwise answer.
    "wordpress_import.middleware.WordPressRedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout response.
    "axes.middleware.AxesMiddleware",
]

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
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A kept connection is checked before each request uses it, so a restarted
        # database costs the requests in flight, not every request for the next minute.
        conn_health_checks=True,
    )
}
# SQLite as `make run` uses it: the web server, the scheduler and an editor's session
# pings all write to one file. WAL lets readers read while one writes; IMMEDIATE takes the
# write lock when a transaction starts, so a second writer waits its turn (up to the
# timeout) instead of failing with "database is locked" when it tries to upgrade a read.
# PostgreSQL binds the parameters itself, so that a query asked again on the same
# connection (every listing of every page, with only the date or the page changing) is
# parsed and planned once: planning was a millisecond a listing, as long as running it.
# `make bench` measured a fifth more pages a second. No pooler stands between the app and
# the database (deploy/), which could not keep a connection's prepared statements.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 5}
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
# British dates and times for English (website/formats/en); Welsh uses Django's own.
FORMAT_MODULE_PATH = ["website.formats"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Where `manage.py backup_site` writes its dated archives, and beside them the ledger of
# consent withdrawals that a restore replays (operations/ledger.py).
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
WITHDRAWAL_LEDGER = Path(
    os.environ.get("WITHDRAWAL_LEDGER", BACKUP_DIR / "withdrawal-ledger.jsonl")
)
# Originals of photos withheld because someone in them has not consented (consent.services):
# outside MEDIA_ROOT, so no web server or URL can serve them.
WITHHELD_IMAGES_ROOT = Path(
    os.environ.get("WITHHELD_IMAGES_ROOT", BASE_DIR / "private" / "withheld-images")
)

WAGTAIL_SITE_NAME = "Shared Lives Plus"
# The admin's date and time pickers, in the order British editors write them.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
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
    {
        # Answers as an empty cache while Redis is away (website/shared_cache.py), and waits
        # for it half a second at most: a lost cache costs speed, never a page.
        "BACKEND": "website.shared_cache.FailOpenRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "shared_cache"}
)
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        # Each process keeps the frame here (website/frame.py): an entry per address
        # routed, per picture and per paragraph of page links. Django's 300 would be
        # culled over and over by a crawler; 20,000 small entries are tens of megabytes.
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
    "shared": SHARED_CACHE,
}

# A featured person's private link is open for giving consent for this many days (it keeps
# working for taking their story down); one address may open such links this many times
# in ten minutes.
CONSENT_LINK_DAYS = int(os.environ.get("CONSENT_LINK_DAYS", 30))
CONSENT_LINK_REQUESTS_PER_WINDOW = 60

# Campaign sign-ups are personal data, deleted by `manage.py delete_old_signups` once older
# than this.
CAMPAIGN_SIGNUP_RETENTION_DAYS = int(os.environ.get("CAMPAIGN_SIGNUP_RETENTION_DAYS", 730))
# Accepted campaign sign-ups per network address per hour (campaigns/services.py).
CAMPAIGN_SIGNUPS_PER_ADDRESS = int(os.environ.get("CAMPAIGN_SIGNUPS_PER_ADDRESS") or 60)

# Newsletter sign-ups likewise (`manage.py delete_old_newsletter_signups`): deleted this
# many days after the person confirmed, or after 7 days unconfirmed.
NEWSLETTER_SIGNUP_RETENTION_DAYS = int(os.environ.get("NEWSLETTER_SIGNUP_RETENTION_DAYS", 730))
# Accepted newsletter sign-ups per network address per hour (newsletter/services.py).
NEWSLETTER_SIGNUPS_PER_ADDRESS = int(os.environ.get("NEWSLETTER_SIGNUPS_PER_ADDRESS") or 20)

# Email goes out from an address a person reads: supporters answer confirmation emails
# with questions and removal requests.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "campaigns@example.org")
CAMPAIGN_REPLY_TO_EMAIL = os.environ.get("CAMPAIGN_REPLY_TO_EMAIL", DEFAULT_FROM_EMAIL)

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

# Shared caching (website/http_cache.py): Varnish keeps public responses a day, since every
# change that matters purges them; browsers and any cache we cannot purge, a minute.
CACHE_SHARED_MAX_AGE = 24 * 60 * 60
CACHE_BROWSER_MAX_AGE = 60

# Purging the shared cache (website/purge.py): Wagtail's frontend cache sends PURGE requests
# to Varnish, from a background task. Unset, nothing is purged (no cache to purge).
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    if FRONTEND_CACHE_URL
    else {}
)
# Wagtail would turn each address into one per language by swapping a language prefix, but
# English addresses have none; website/purge.py names every language's address itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Background work (purges, Wagtail's search and reference indexing): run at once, in the
# request, unless production's database-backed queue is configured (settings/production.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Search results stay open to crawlers (no robots.txt rule, no noindex): the issue asks
# Lighthouse's SEO audit for full marks on them, which counts either as "not crawlable",
# and they are served from the shared cache, so a crawler costs little.
ROBOTS_DISALLOW = ["/admin/"]
