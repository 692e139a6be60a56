"""What a shared cache (Varnish in production) may keep, and for how long.

Anonymous readers all see the same page, so everything they are sent is public: a long
shared lifetime (`s-maxage`), because publishing, unpublishing and consent changes purge
the cache (website/purge.py), and a short one for browsers, which nobody can purge.
Signed-in staff and previews are never stored anywhere."""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import has_vary_header, patch_cache_control

# Statuses every reader gets alike, worth keeping: a 404 or 410 asked for again and again
# (old links, a withdrawn story) costs as much to answer as a page.
CACHEABLE_STATUSES = {200, 301, 308, 404, 410}
SAFE_METHODS = {"GET", "HEAD"}
NOT_STORED = ("private", "no-store", "no-cache")
COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/feed+json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/javascript",
)


def is_signed_in(request):
    """Only a request that carries a session cookie can belong to a signed-in user. Reading
    `request.user` without one would still load an empty session and make Django add
    `Vary: Cookie` to a page that every anonymous reader shares."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def is_admin_path(path):
    return path.startswith("/admin/")


class CacheHeadersMiddleware:
    """Gives every response a Cache-Control that says who may keep it (see the module
    docstring). A view that already said (feeds keep their own browser lifetime; anything
    marked private stays so) is respected; only the shared lifetime is added."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in SAFE_METHODS or request.path.startswith(settings.STATIC_URL):
            return response
        if (
            is_admin_path(request.path)
            or getattr(request, "is_preview", False)
            or is_signed_in(request)
            or response.cookies
        ):
            # A response that sets a cookie is one visitor's alone.
            patch_cache_control(response, private=True, no_store=True)
            return response
        current = response.get("Cache-Control", "")
        if response.status_code not in CACHEABLE_STATUSES or any(
            word in current for word in NOT_STORED
        ):
            return response
        lifetimes = {"s_maxage": settings.CACHE_SHARED_MAX_AGE}
        if "max-age" not in current:
            lifetimes["max_age"] = settings.CACHE_BROWSER_MAX_AGE
        patch_cache_control(response, public=True, **lifetimes)
        return response


class PathLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware without `Vary: Accept-Language`. Our language comes from
    the address alone: with `prefix_default_language=False` every unprefixed address is
    English (LocaleMiddleware itself activates the default language there, whatever the
    browser asks for), yet Django still adds the header to those responses, which makes a
    shared cache keep one copy of `/` per browser language setting."""

    def process_response(self, request, response):
        varied_already = has_vary_header(response, "Accept-Language")
        response = super().process_response(request, response)
        if not varied_already and has_vary_header(response, "Accept-Language"):
            kept = [
                header.strip()
                for header in response["Vary"].split(",")
                if header.strip().lower() != "accept-language"
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response


class PublicGZipMiddleware(GZipMiddleware):
    """Compresses text the whole public shares (pages, feeds, the sitemap, the API) when
    gunicorn answers directly; Varnish compresses in production too. Responses for one
    visitor (the admin, signed-in pages, anything setting a cookie) are left alone: they
    can hold a CSRF token, which compression beside reflected input exposes to BREACH.
    Static files are whitenoise's, which serves its own precompressed gzip and brotli."""

    def process_response(self, request, response):
        if request.path.startswith(settings.STATIC_URL):
            return response
        cache_control = response.get("Cache-Control", "")
        content_type = response.get("Content-Type", "")
        if "public" not in cache_control or "private" in cache_control:
            return response
        if not content_type.startswith(COMPRESSIBLE_TYPES):
            return response
        return super().process_response(request, response)
