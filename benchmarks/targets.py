"""The public addresses the harness measures: the ones partners and most readers hit.
Single pages are the newest public ones, picked through the consent gate like any other
public listing, so the harness never times an error page."""

from urllib.parse import urlencode

from django.db.models import Count

from blog.models import BlogPostPage
from campaigns.models import CampaignPage
from consent.gate import public_pages
from reports.models import ReportPage
from stories.models import StoryPage

SEARCH_QUERY = "shared lives carers"
TOPIC_SLUG = "shared-lives"


def newest(model, order):
    pages = public_pages(model.objects.filter(locale__language_code="en"))
    return pages.order_by(order).first()


def targets():
    """[(what, path)] in the order of the results table."""
    post = newest(BlogPostPage, "-date")
    story = newest(StoryPage, "-published_on")
    report = newest(ReportPage, "-publication_date")
    campaign = (
        public_pages(CampaignPage.objects.filter(locale__language_code="en"))
        .annotate(supporters=Count("signups"))
        .order_by("-supporters")
        .first()
    )
    return [
        ("home", "/"),
        ("home, Welsh", "/cy/"),
        ("blog index", "/blog/"),
        ("blog post", post.url),
        ("blog topic", f"/blog/topic/{TOPIC_SLUG}/"),
        ("story index", "/stories/"),
        ("story", story.url),
        ("campaign index", "/campaigns/"),
        ("campaign (most sign-ups)", campaign.url),
        ("report index", "/reports/"),
        ("report", report.url),
        ("search", "/search/?" + urlencode({"q": SEARCH_QUERY})),
        ("RSS, everything", "/feeds/all.rss"),
        ("JSON Feed, stories", "/feeds/stories.json"),
        ("API, blog posts", "/api/v2/pages/?type=blog.BlogPostPage"),
        ("widget, everything", "/embed/all/"),
        ("oEmbed, a story", "/oembed/?" + urlencode({"url": story.full_url})),
        ("sitemap index", "/sitemap.xml"),
        ("sitemap, blog", "/sitemap-blog.xml"),
    ]


# What is measured again on the grown site: what must not grow with the content.
GROWTH = ["home", "blog index", "search", "sitemap index", "sitemap, blog", "RSS, everything"]
# A static file served the same way as the pages, for the ratio of a page's rate to it.
STATIC_PATH = "/static/css/site.css"
