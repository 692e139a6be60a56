"""WordPress addresses that our own routes answer before Wagtail's redirects are asked.

Wagtail's redirect middleware looks up a redirect only when the response is a 404. The
old blog's `/?p=123` is the home page to our routing, which answers 200, and `/feed/` is
answered by syndication; so for these the redirects the importer made (which editors can
change in the admin) are looked up first, through Wagtail's own lookup."""

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

# The query parameters WordPress answers on its home page: post, page and attachment IDs.
QUERY_PARAMETERS = ("p", "page_id", "attachment_id")
ROUTED_PATHS = ("/feed/",)


def wordpress_address(request):
    """The normalised old address this request is for, if it is one we route."""
    if request.path in ROUTED_PATHS:
        return Redirect.normalise_path(request.path)
    if request.path != "/":
        return None
    for name in QUERY_PARAMETERS:
        value = request.GET.get(name, "")
        if value.isdigit():
            # Only the ID counts: "/?p=12&utm_source=x" is still post 12.
            return Redirect.normalise_path(f"/?{name}={value}")
    return None


class WordPressRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = wordpress_address(request)
        redirect = get_redirect(request, path) if path else None
        if redirect is None or redirect.link is None:
            return self.get_response(request)
        if redirect.is_permanent:
            return HttpResponsePermanentRedirect(redirect.link)
        return HttpResponseRedirect(redirect.link)
