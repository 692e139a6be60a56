from django.shortcuts import redirect
from django.views.decorators.cache import cache_control
from django.views.decorators.http import conditional_page, require_safe

from syndication.feeds import FEEDS
from syndication.feeds_items import feed_page

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
    return FEEDS[fmt](request, feed_page=feed_page(request, section))


def wordpress_feed(request):
    """The old WordPress blog's feed address, kept working for existing subscribers."""
    return redirect("syndication:feed", section="blog", fmt="rss", permanent=True)
