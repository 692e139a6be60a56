"""Reading a WordPress export (WXR, an RSS 2.0 file with WordPress's own elements).

The whole file is parsed and checked before anything is written, so a file that is not an
export, or was cut short while downloading, stops the import with a plain message.
defusedxml refuses entity declarations and external references, so the file can neither
read local files (XXE) nor expand itself without end (billion laughs)."""

import datetime
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# WordPress has written 1.0, 1.1 and 1.2 of its namespace; the excerpt namespace sits
# inside it and is told apart by its ending.
WP_NAMESPACE_START = "http://wordpress.org/export/"
NAMESPACE_PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
}
NO_DATE = "0000-00-00 00:00:00"


class WxrError(Exception):
    """The file cannot be imported at all; the message says why in plain words."""


def short_name(tag):
    """'{http://wordpress.org/export/1.2/}post_id' -> 'wp:post_id'."""
    if not tag.startswith("{"):
        return tag
    uri, local = tag[1:].split("}", 1)
    if uri.startswith(WP_NAMESPACE_START):
        return f"excerpt:{local}" if uri.rstrip("/").endswith("excerpt") else f"wp:{local}"
    prefix = NAMESPACE_PREFIXES.get(uri)
    return f"{prefix}:{local}" if prefix else local


def children(element, name):
    return [child for child in element if short_name(child.tag) == name]


def text_of(element, name, default=""):
    found = children(element, name)
    return (found[0].text or default).strip() if found else default


def parse_datetime(value):
    """A WordPress 'YYYY-MM-DD HH:MM:SS' in UTC, or None for its 'never' value."""
    if not value or value == NO_DATE:
        return None
    try:
        naive = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return naive.replace(tzinfo=datetime.UTC)


def decoded_slug(value):
    """WordPress stores non-ASCII slugs percent-encoded ('caf%c3%a9')."""
    return unquote(value or "").strip()


@dataclass
class WxrAuthor:
    login: str
    display_name: str


@dataclass
class WxrTerm:
    kind: str  # "category", "post_tag" or "author" (co-authors)
    slug: str
    name: str
    parent: str = ""  # a category's parent slug: its address is /category/parent/child/


@dataclass
class WxrItem:
    wp_id: int
    post_type: str
    title: str
    link: str
    slug: str
    status: str
    creator: str
    content: str
    excerpt: str
    local_date: datetime.datetime | None
    published_at: datetime.datetime | None
    modified_at: datetime.datetime | None
    parent_id: int
    is_sticky: bool
    attachment_url: str
    terms: list[WxrTerm] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comment_count: int = 0

    @property
    def old_path(self):
        """The item's own address on the old site, without the host."""
        return urlsplit(self.link).path if self.link else ""


@dataclass
class WxrExport:
    site_url: str
    authors: dict[str, WxrAuthor]
    terms: dict[tuple[str, str], WxrTerm]
    items: list[WxrItem]

    def of_type(self, *post_types):
        return [item for item in self.items if item.post_type in post_types]


def parse_item(element):
    wp_id = text_of(element, "wp:post_id")
    if not wp_id.isdigit():
        raise WxrError(_("An item in the export has no WordPress ID, so it is not an export."))
    local_date = text_of(element, "wp:post_date")
    gmt_date = parse_datetime(text_of(element, "wp:post_date_gmt"))
    local = parse_datetime(local_date)
    terms = [
        WxrTerm(
            kind=category.get("domain", ""),
            slug=decoded_slug(category.get("nicename")),
            name=(category.text or "").strip(),
        )
        for category in children(element, "category")
        if category.get("domain") and category.get("nicename")
    ]
    meta = {
        text_of(postmeta, "wp:meta_key"): text_of(postmeta, "wp:meta_value")
        for postmeta in children(element, "wp:postmeta")
    }
    parent = text_of(element, "wp:post_parent", "0")
    return WxrItem(
        wp_id=int(wp_id),
        post_type=text_of(element, "wp:post_type"),
        title=text_of(element, "title"),
        link=text_of(element, "link"),
        slug=decoded_slug(text_of(element, "wp:post_name")),
        status=text_of(element, "wp:status"),
        creator=text_of(element, "dc:creator"),
        content=text_of(element, "content:encoded"),
        excerpt=text_of(element, "excerpt:encoded"),
        # The date in the old address and on the post is the blog's local date; the UTC
        # one says when it really went out. Drafts have neither.
        local_date=local,
        published_at=gmt_date or (local and timezone.make_aware(local.replace(tzinfo=None))),
        modified_at=parse_datetime(text_of(element, "wp:post_modified_gmt")),
        parent_id=int(parent) if parent.isdigit() else 0,
        is_sticky=text_of(element, "wp:is_sticky") == "1",
        attachment_url=text_of(element, "wp:attachment_url"),
        terms=terms,
        meta=meta,
        comment_count=len(children(element, "wp:comment")),
    )


def parse_channel_terms(channel):
    terms = {}
    for category in children(channel, "wp:category"):
        slug = decoded_slug(text_of(category, "wp:category_nicename"))
        terms[("category", slug)] = WxrTerm(
            "category",
            slug,
            text_of(category, "wp:cat_name"),
            decoded_slug(text_of(category, "wp:category_parent")),
        )
    for tag in children(channel, "wp:tag"):
        slug = decoded_slug(text_of(tag, "wp:tag_slug"))
        terms[("post_tag", slug)] = WxrTerm("post_tag", slug, text_of(tag, "wp:tag_name"))
    return terms


def parse_wxr(data):
    """The export in `data` (bytes), or WxrError saying plainly why it cannot be read."""
    try:
        root = defusedxml.ElementTree.fromstring(data)
    except defusedxml.DefusedXmlException as error:
        raise WxrError(
            _(
                "The file declares its own XML entities, which a WordPress export never "
                "does, so it was not read."
            )
        ) from error
    except ParseError as error:
        raise WxrError(
            _(
                "The file is not complete XML (%(problem)s). If it is a WordPress export, "
                "it may have been cut short: export it again and upload the whole file."
            )
            % {"problem": error}
        ) from error
    channel = children(root, "channel")
    if root.tag != "rss" or not channel or not children(channel[0], "wp:wxr_version"):
        raise WxrError(
            _(
                "The file is XML but not a WordPress export. In WordPress, use Tools > "
                "Export > All content and upload the file it gives you."
            )
        )
    channel = channel[0]
    authors = {}
    for author in children(channel, "wp:author"):
        login = text_of(author, "wp:author_login")
        authors[login] = WxrAuthor(login, text_of(author, "wp:author_display_name") or login)
    site_url = text_of(channel, "wp:base_blog_url") or text_of(channel, "link")
    return WxrExport(
        site_url=site_url,
        authors=authors,
        terms=parse_channel_terms(channel),
        items=[parse_item(item) for item in children(channel, "item")],
    )
