import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext
from django.views import defaults
from django.views.decorators.cache import cache_control
from django.views.decorators.http import condition, require_GET, require_safe
from wagtail import views as wagtail_views
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Locale, Page

from consent.gate import public_pages
from website import frame
from website.sitemap import last_modified, sitemaps


def serve(request, path):
    """Wagtail's page serving, with the page found from the address in one query once
    the address has been seen (`website.frame.route`)."""
    frame.route(request, path)
    return wagtail_views.serve(request, path)


def clean_search_query(raw_query):
    """Returns the query we can run, and whether it had to be shortened.

    PostgreSQL refuses NUL bytes in text, so they are dropped rather than allowed to
    fail the search; anything longer than a sensible question is cut to length."""
    query = " ".join(raw_query.replace("\x00", "").split())
    limit = settings.SEARCH_QUERY_MAX_LENGTH
    return query[:limit], len(query) > limit


@require_GET
def search(request):
    query, shortened = clean_search_query(request.GET.get("q", ""))
    results_page = None
    if query:
        # Only the reader's language: the search backend reads the query in that same
        # (active) language, stemming English and matching Welsh word for word.
        results = (
            public_pages(Page.objects.filter(locale=Locale.get_active())).specific().search(query)
        )
        results_page = Paginator(results, settings.SEARCH_RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
    return render(
        request,
        "website/search.html",
        {
            "search_query": query,
            "query_was_shortened": shortened,
            "results_page": results_page,
            "max_query_length": settings.SEARCH_QUERY_MAX_LENGTH,
        },
    )


@require_GET
@cache_control(max_age=60 * 60, public=True)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in settings.ROBOTS_DISALLOW]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Partners' programs read these as JSON, so an error must be JSON too; each answers errors
# under its own key (Wagtail's API "message", oEmbed "error").
JSON_ERROR_KEYS = {re.compile(r"^/(cy/)?api/"): "message", re.compile(r"^/(cy/)?oembed/"): "error"}


def json_error_key(path):
    """The key an error at `path` is given under, in JSON, or None for an HTML address."""
    for pattern, key in JSON_ERROR_KEYS.items():
        if pattern.match(path):
            return key
    return None


def page_not_found(request, exception=None):
    """An address under the API or oEmbed that matches nothing is still answered in JSON."""
    key = json_error_key(request.path)
    if key:
        return JsonResponse({key: gettext("Nothing is found at this address.")}, status=404)
    return defaults.page_not_found(request, exception)


def bad_request(request, exception=None, message=None):
    """A plain page, in the reader's language, for an address we cannot answer as it is."""
    return render(request, "400.html", {"message": message}, status=400)


@require_safe
@condition(last_modified_func=last_modified)
def sitemap_index(request):
    return sitemap_views.index(request, sitemaps(), sitemap_url_name="sitemap_section")


@require_safe
@condition(last_modified_func=last_modified)
def sitemap_section(request, section):
    found = sitemaps()
    if section not in found:
        raise Http404
    return sitemap_views.sitemap(request, {section: found[section]})


def server_error(request):
    # Rendered without context processors: whatever broke may be one of them.
    return render(None, "500.html", status=500)
