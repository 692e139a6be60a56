"""Every address of the old blog, kept working as a permanent redirect in Wagtail's
redirects app, where editors can see and change them.

A redirect is made only where none exists for that address yet: a second import leaves
alone the ones an editor has changed since."""

from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect

from wordpress_import.media import upload_key
from wordpress_import.report import CREATED, SKIPPED

BLOG_FEED = "/feeds/blog.rss"


class Redirects:
    def __init__(self, report, site, blog):
        self.report = report
        self.site = site
        self.blog = blog
        self.seen = set()
        # One query for the redirects already there, not one per old address.
        self.existing = set(Redirect.objects.filter(site=site).values_list("old_path", flat=True))

    def add(self, old_path, *, page=None, route="", link=""):
        old_path = Redirect.normalise_path(old_path)
        if old_path in self.seen or old_path in ("", "/"):
            return
        self.seen.add(old_path)
        target = page or self.blog
        # A page's own new address may be its old one (an "About" page): nothing to do.
        if not link and not route and (target.url or "").rstrip("/") == old_path:
            return
        if old_path in self.existing:
            self.report.count("redirects", SKIPPED)
            return
        Redirect.objects.create(
            old_path=old_path,
            site=self.site,
            is_permanent=True,
            redirect_page=None if link else target,
            redirect_page_route_path=route,
            redirect_link=link,
        )
        self.report.count("redirects", CREATED)

    def for_post(self, item, page):
        if item.local_date:
            date = item.local_date
            self.add(f"/{date:%Y/%m/%d}/{item.slug}/", page=page)
            self.add(f"/{date:%Y}/", route=f"/{date:%Y}/")
            self.add(f"/{date:%Y/%m}/", route=f"/{date:%Y/%m}/")
            self.add(f"/{date:%Y/%m/%d}/", route=f"/{date:%Y/%m}/")
        self.for_item(item, page)

    def for_item(self, item, page):
        if item.old_path:
            self.add(item.old_path, page=page)
        self.add(f"/?p={item.wp_id}", page=page)
        if item.post_type == "page":
            self.add(f"/?page_id={item.wp_id}", page=page)

    def for_topic(self, term, topic, path):
        topic_feed = f"{BLOG_FEED}?topic={topic.slug}"
        prefix = "category" if term.kind == "category" else "tag"
        self.add(f"/{prefix}/{path}/", route=f"/topic/{topic.slug}/")
        self.add(f"/{prefix}/{path}/feed/", link=topic_feed)

    def for_author(self, login, author):
        self.add(f"/author/{slugify(login)}/", route=f"/author/{author.slug}/")
        self.add(f"/author/{slugify(login)}/feed/", link=BLOG_FEED)

    def for_attachment(self, item, url):
        self.add(f"/wp-content/uploads/{upload_key(item.attachment_url)}", link=url)
        if item.meta.get("_wp_attached_file"):
            self.add(f"/wp-content/uploads/{item.meta['_wp_attached_file']}", link=url)

    def for_feeds(self):
        self.add("/feed/", link=BLOG_FEED)
        self.add("/feed/atom/", link="/feeds/blog.atom")
        self.add("/comments/feed/", link=BLOG_FEED)
