"""Cross-site request forgery protection for public forms without a cookie.

Django's CSRF protection needs a token in the form and a cookie to match; a page that sets
a cookie cannot be kept in a shared cache, and a campaign page must be (a spike of
readers is served from Varnish). Browsers now say where a request comes from, so a
form's target can refuse requests from other sites without any cookie: the approach of
Go's `http.CrossOriginProtection` and of the header check proposed for Django 6. Django
5.2 has nothing of the kind, hence this module.

The order of the checks follows Go's: `Sec-Fetch-Site` (every current browser sends it to
HTTPS sites) decides when present; otherwise the `Origin` header (sent with every form
post by browsers since about 2020, and over plain HTTP, where `Sec-Fetch-Site` is not
sent); otherwise the `Referer`. A post with none of the three is refused too: a form
filled in on a page of this site always carries at least one of them, because our
referrer policy keeps the origin, and we have no client that posts without a browser.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt

# "none" is a navigation the person started themselves (typed, bookmarked): not forged.
ALLOWED_FETCH_SITES = {"same-origin", "none"}


def _origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def is_same_origin(request):
    """Whether a request was sent by a page of this site, going by what the browser says."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    own_origin = f"{request.scheme}://{request.get_host()}".lower()
    trusted = {own_origin, *(origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS)}
    origin = request.headers.get("Origin")
    if fetch_site is not None:
        # A sibling sub-domain we run ourselves may be trusted by name, as Django does.
        return fetch_site in ALLOWED_FETCH_SITES or (origin or "").lower() in trusted
    if origin is not None:
        return origin.lower() in trusted
    referer = request.headers.get("Referer")
    return referer is not None and _origin_of(referer) in trusted


def same_origin_only(view):
    """Lets a view take posts only from pages of this site, with no CSRF cookie or token.
    Other methods pass through untouched. A refused post gets a page saying what to do,
    in the reader's language."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin(request):
            return TemplateResponse(request, "website/cross_origin_refused.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped
