"""Where the old blog's addresses now lead, for links inside imported posts."""

from urllib.parse import parse_qs, urlsplit

from wagtail.contrib.redirects.models import Redirect

from wordpress_import.media import upload_key


def bare_host(url):
    return (urlsplit(url).hostname or "").removeprefix("www.")


class LinkMap:
    def __init__(self, site_url):
        self.site_host = bare_host(site_url)
        self.page_by_path = {}
        self.page_by_wp_id = {}
        self.image_by_id = {}
        self.image_by_key = {}
        self.document_by_key = {}

    def add_page(self, item, page_id):
        self.page_by_wp_id[item.wp_id] = page_id
        for path in item_paths(item):
            self.page_by_path[Redirect.normalise_path(path)] = page_id

    def add_image(self, item, ref):
        self.image_by_id[item.wp_id] = ref
        self.image_by_key[upload_key(item.attachment_url)] = ref

    def add_document(self, item, document_id):
        self.document_by_key[upload_key(item.attachment_url)] = document_id

    def is_old_site(self, url):
        host = bare_host(url)
        return not host or host == self.site_host

    def page_id(self, url):
        if not url or not self.is_old_site(url):
            return None
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        for name in ("p", "page_id"):
            value = query.get(name, [""])[0]
            if value.isdigit():
                return self.page_by_wp_id.get(int(value))
        if not parts.path:
            return None
        return self.page_by_path.get(Redirect.normalise_path(parts.path))

    def document_id(self, url):
        return self.document_by_key.get(upload_key(url)) if url else None

    def image(self, attachment_id, src):
        if attachment_id in self.image_by_id:
            return self.image_by_id[attachment_id]
        return self.image_by_key.get(upload_key(src)) if src else None


def item_paths(item):
    """The old addresses of a post or page: its permalink and, for posts, the dated form."""
    paths = [item.old_path] if item.old_path else []
    if item.post_type == "post" and item.local_date and item.slug:
        paths.append(f"/{item.local_date:%Y/%m/%d}/{item.slug}/")
    return paths
