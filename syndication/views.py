from csp.decorators import csp_replace
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import conditional_page, require_safe

from syndication.feeds import render_feed
from syndication.forms import WidgetBuilderForm
from syndication.oembed import OEmbedError, oembed_for
from syndication.partners import feed_directory, widget_snippet
from syndication.widgets import WidgetOptions, item_widget, section_widget

# Partners' sites fetch feeds often: five minutes of caching spares the database, and is
# still within the "minutes" a withdrawal of consent may take to reach every output.
FEED_MAX_AGE = 5 * 60


# `conditional_page` is ConditionalGetMiddleware for these views alone: it gives the feed
# an ETag made from its bytes, so an item taken out changes it, and answers 304 to a
# matching If-None-Match, or If-Modified-Since against the feed's Last-Modified.
@conditional_page
@cache_control(public=True, max_age=FEED_MAX_AGE)
@require_safe
def feed(request, section, fmt):
    return render_feed(request, section, fmt)


def wordpress_feed(request):
    """The old WordPress blog's feed address, kept working for existing subscribers."""
    return redirect("syndication:feed", section="blog", fmt="rss", permanent=True)


@cache_control(public=True, max_age=FEED_MAX_AGE)
@require_safe
def oembed(request):
    try:
        answer = oembed_for(request)
    except OEmbedError as error:
        return JsonResponse({"error": error.message}, status=error.status)
    return JsonResponse(answer.as_json(request))


# Partners frame the widget, so it alone lifts the site's framing limits. It must set no
# cookie: nothing in it reads a session or a CSRF token.
def framable(view):
    return csp_replace({"frame-ancestors": ["*"]})(xframe_options_exempt(view))


def render_widget(request, widget, language, status=200):
    with translation.override(language):
        response = render(
            request,
            "syndication/widget.html",
            {"widget": widget, "language": language},
            status=status,
        )
    response["Content-Language"] = language
    return response


def widget_not_found(request, language):
    return render_widget(request, None, language, status=404)


@framable
@cache_control(public=True, max_age=FEED_MAX_AGE)
@require_safe
def embed_section(request, section):
    options = WidgetOptions.from_query(request.GET)
    with translation.override(options.language):
        try:
            widget = section_widget(request, section, options)
        except Http404:
            return widget_not_found(request, options.language)
    return render_widget(request, widget, options.language)


@framable
@cache_control(public=True, max_age=FEED_MAX_AGE)
@require_safe
def embed_item(request, section, page_id):
    try:
        language, widget = item_widget(request, section, page_id)
    except Http404:
        return widget_not_found(request, WidgetOptions.from_query(request.GET).language)
    return render_widget(request, widget, language)


@cache_control(public=True, max_age=60 * 60)
@require_safe
def embed_js(request):
    return render(request, "syndication/embed.js", content_type="text/javascript; charset=utf-8")


@require_safe
def partners(request):
    """/feeds/: every feed and the widget, with the snippet to copy and a live preview."""
    form = WidgetBuilderForm(request.GET or None)
    choices = form.choices()
    return render(
        request,
        "syndication/partners.html",
        {
            "form": form,
            "feeds": feed_directory(request),
            "snippet": widget_snippet(request, **choices),
            "oembed_endpoint": request.build_absolute_uri(reverse("oembed")),
        },
    )
