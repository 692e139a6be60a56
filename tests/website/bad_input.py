"""The bad-input walk, shared by the PostgreSQL test and the SQLite run
(tests/website/sqlite_run.py): every public address the URL resolver and the page tree
know, in both languages, each path segment and query parameter in turn replaced by each
bad value. Nothing here is a hand-kept list of addresses: a new URL pattern or page type
is walked as soon as it exists (a pattern whose parameter has no sample value fails the
walk, asking for one)."""

import datetime
import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from django.db import transaction
from django.test import Client
from django.urls import LocalePrefixPattern, URLPattern, URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from consent.models import Use
from tests.blog.factories import AuthorFactory, BlogIndexPageFactory, BlogPostPageFactory
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from tests.consent.factories import ConsentRecordFactory
from tests.journeys.factories import JourneyPageFactory
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, feature
from tests.website.factories import StandardPageFactory, TopicFactory
from website.models import FooterSettings

# Values nobody should send, each one a kind of mistake or attack seen in the wild: control
# characters, overlong, huge and negative numbers, unbalanced quotes, full-text operators,
# odd Unicode (a right-to-left override, full-width and superscript digits, a zero-width
# space) and, below, repeated and array parameters.
PAYLOADS = [
    "\x00",
    "x" * 5000,
    "99999999999999999999",
    "-1",
    "'\")(",
    "care & !home | <-> *",
    "\u202e\uff11\u00b2\u200b",
]
# A path segment gets the kinds of value a slug or number might be mistaken for.
PATH_PAYLOADS = ["\x00", "x" * 300, "99999999999999999999", "'\")("]
# The same parameter twice, and PHP-style arrays.
REPEATS = [("{name}", "1"), ("{name}", "2"), ("{name}[]", "x"), ("{name}[0]", "y")]

# Query parameters partners and readers use; each address is also tried with the names
# its own forms and links use (found in its HTML).
KNOWN_PARAMETERS = {
    r"": ["page"],
    r"api/v2/pages/(find/)?$": [
        "search",
        "site",
        "type",
        "fields",
        "limit",
        "offset",
        "order",
        "child_of",
        "locale",
        "html_path",
        "search_operator",
    ],
    r"api/v2/(images|documents)/(find/)?$": ["search", "fields", "limit", "offset", "order"],
    r"oembed/$": ["url", "maxwidth", "maxheight", "format"],
    r"embed/": ["topic", "limit", "lang"],
    r"feeds/": ["topic", "section", "limit", "lang"],
    r"search/$": ["q"],
}
PARAMETER_NAMES = re.compile(r'name="([a-z_]+)"|[?&;]([a-z_]+)=')

# Path pieces found with converters or groups, and a value each stands for.
PATTERN_PARAMETER = re.compile(
    r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>(?:\([^()]*\)[^()]*|[^()])*\)|\([^)]*\)"
)


@dataclass
class Site:
    """What the walk needs to know about the content it was given."""

    samples: dict
    pages: list = field(default_factory=list)


def build_content(site_tree):
    """One item in each section (a blog post with topic and author, a consented story, a
    campaign, a report with its PDF), the blog also in Welsh."""
    home = site_tree.english_home
    topic = TopicFactory(name="Later life", slug="later-life")
    author = AuthorFactory(slug="alex")
    blog = BlogIndexPageFactory(parent=home)
    post = BlogPostPageFactory(
        parent=blog, topics=[topic], authors=[author], date=datetime.date(2024, 3, 1)
    )
    stories = StoryIndexPageFactory(parent=home)
    story = StoryPageFactory(parent=stories)
    feature(story, ConsentRecordFactory().person, [Use.NAME, Use.PHOTO, Use.STORY])
    campaigns = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=campaigns)
    reports = ReportIndexPageFactory(parent=home)
    report = ReportPageFactory(parent=reports)
    about = StandardPageFactory(parent=home, slug="about")
    journey = JourneyPageFactory(parent=home, slug="become-a-carer")
    for page in (blog, post, stories, story, campaigns, campaign, reports, report, about, journey):
        page.save_revision().publish()
    footer = FooterSettings.for_site(site_tree.site)
    footer.newsletter_enabled = True
    footer.save()
    site_tree.translate(blog, title="Blog (Cymraeg)")
    site_tree.translate(post, title="Post (Cymraeg)")
    return Site(
        samples={
            "section": "blog",
            "fmt": "rss",
            "page_id": post.pk,
            "pk": post.pk,
            "slug": topic.slug,
            "year": "2024",
            "month": "03",
            "version": "easy-read",
            # A made-up signed token (a sign-off, confirmation or removal link): the page
            # that says the link is not valid.
            "token": "not-a-real-token",
            # Uploaded files, served by `make run` itself (DEBUG).
            "path": "original_images/none.png",
            # A campaign's own address, where its sign-up form posts.
            "campaign_signup.path": campaign.url.lstrip("/"),
            "mistyped": "no-such-step",
            "image_id": 1,
            "restriction_id": 1,
            "page_view_restriction_id": 1,
            "document": (report.document.pk, report.document.filename),
        }
    )


def resolver_paths(patterns=None, prefix="", translated=False):
    """Every URL pattern outside the admin, as (route text, name, has a Welsh address)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        in_language = translated or isinstance(pattern.pattern, LocalePrefixPattern)
        if isinstance(pattern, URLResolver):
            if not route.startswith("admin/"):
                yield from resolver_paths(pattern.url_patterns, route, in_language)
        elif isinstance(pattern, URLPattern):
            yield route, pattern.name, in_language


def fill(route, samples, url_name=None):
    """A real address for `route`, with each parameter given its sample value."""
    if route.startswith("documents/"):
        number, filename = samples["document"]
        return f"documents/{number}/{filename}"

    def sample(match):
        name = match.group(1) or match.group(2)
        if name is None:
            raise LookupError(f"No sample value for an unnamed group in {route!r}")
        value = samples.get(f"{url_name}.{name}", samples.get(name))
        if value is None:
            raise LookupError(f"No sample value for <{name}> in {route!r}: add one")
        return str(value)

    # A regular expression's escaped characters (`\.`) stand for themselves.
    return re.sub(r"\\(.)", r"\1", PATTERN_PARAMETER.sub(sample, route))


def page_addresses():
    """Every live page's address, and the sub-addresses of routable pages (a blog's topic,
    author, year and month archives), by the pages' own routes."""
    addresses = []
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.get_url()
        if url is None:
            continue
        addresses.append(url)
        if isinstance(page, RoutablePageMixin):
            for pattern in page.get_subpage_urls():
                route = str(pattern.pattern).lstrip("^").rstrip("$")
                if route:
                    addresses.append(url + route)
    return addresses


def addresses(site):
    """Every public address once: each URL pattern (under /cy/ too where it has a Welsh
    address) and each page, with sample values in place of its parameters."""
    found = set()
    for route, name, translated in resolver_paths():
        # Wagtail's page serving answers every other address: the pages stand for it.
        # Uploaded files are served by Django's development helper only under `make run`
        # (DEBUG), by the web server in production: not a page of ours.
        if name != "wagtail_serve" and not route.startswith("media/"):
            path = "/" + fill(route, site.samples, name)
            found.update({path, "/cy" + path} if translated else {path})
    found.update(fill(url, site.samples) for url in page_addresses())
    return sorted(found)


def known_to(path):
    route = path.lstrip("/").removeprefix("cy/")
    return [
        name
        for pattern, known in KNOWN_PARAMETERS.items()
        if re.match(pattern, route)
        for name in known
    ]


def parameters_of(path, html):
    names = {match.group(1) or match.group(2) for match in PARAMETER_NAMES.finditer(html)}
    # The page chrome's fields (the site search box, the sign-up honeypot, CSRF) belong to
    # other addresses or to no query at all.
    return sorted(names - {"q", "csrfmiddlewaretoken", "website"} | set(known_to(path)))


def bad_requests(path, html):
    """(address, payload label) pairs: each path segment and each parameter, bad."""
    segments = path.strip("/").split("/")
    for index, _segment in enumerate(segments):
        for payload in PATH_PAYLOADS:
            changed = [*segments[:index], quote(payload, safe=""), *segments[index + 1 :]]
            yield "/" + "/".join(changed) + ("/" if path.endswith("/") else "")
    for name in parameters_of(path, html):
        for payload in PAYLOADS:
            yield f"{path}?{urlencode({name: payload})}"
        yield f"{path}?" + urlencode([(key.format(name=name), value) for key, value in REPEATS])


def is_server_error(response):
    # 501 is what the oEmbed specification tells a provider to answer for a format it
    # does not serve (`?format=xml`): a refusal, not a failure.
    return response.status_code >= 500 and response.status_code != 501


def is_json_address(path):
    return re.match(r"^/(cy/)?(api|oembed)/", path) is not None


@dataclass
class WalkResult:
    tried: int = 0
    server_errors: list = field(default_factory=list)
    not_json: list = field(default_factory=list)


def get(client, address):
    # In a test's transaction a failed query would spoil every later one: each request
    # gets a savepoint of its own, as each has a transaction of its own on a real server.
    with transaction.atomic():
        response = client.get(address)
        if response.status_code >= 500:
            transaction.set_rollback(True)
    return response


def walk(site):
    """Sends every bad request; returns how many were tried and which went wrong."""
    client = Client(raise_request_exception=False)
    result = WalkResult()
    for path in addresses(site):
        good = get(client, path)
        if is_server_error(good):
            result.server_errors.append((path, good.status_code))
        html = (
            good.content.decode(errors="replace")
            if good.get("Content-Type", "").startswith("text/html")
            else ""
        )
        for address in bad_requests(path, html):
            response = get(client, address)
            result.tried += 1
            if is_server_error(response):
                result.server_errors.append((address, response.status_code))
            elif (
                400 <= response.status_code < 500
                and is_json_address(address)
                and "json" not in response.get("Content-Type", "")
            ):
                result.not_json.append((address, response.status_code))
    return result
