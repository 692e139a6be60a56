"""The import itself: authors, topics, media, then posts and pages, then the old
addresses. Each item is imported in its own savepoint, so one bad item is reported and
the rest go on; a dry run does everything in a transaction that is then rolled back."""

import dataclasses
import hashlib
import io
import json
import logging
from html import unescape

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from blog.models import Author, BlogIndexPage, BlogPostPage
from website.models import StandardPage, Topic
from wordpress_import.body import BodyConverter, ImageRef
from wordpress_import.links import LinkMap
from wordpress_import.media import MediaMissing, MediaSource
from wordpress_import.models import ImportedItem
from wordpress_import.pages import (
    create_shell,
    fill_post,
    fill_standard_page,
    is_public,
    plain,
    save_as_on_old_site,
)
from wordpress_import.redirects import Redirects
from wordpress_import.report import CREATED, SKIPPED, UPDATED, Report
from wordpress_import.wxr import WxrError, parse_wxr

logger = logging.getLogger(__name__)
# Bumped when the conversion changes, so that a new version updates unchanged items.
CONVERTER_VERSION = "1"
IMAGE_EXTENSIONS = {"gif", "jpg", "jpeg", "png", "webp"}
Kind = ImportedItem.Kind


def source_hash(*parts):
    text = json.dumps([CONVERTER_VERSION, *parts], default=str, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def import_wordpress(data, *, media_dir=None, fetch_media=False, dry_run=False, progress=None):
    """Imports the export in `data` (bytes) and returns its Report. WxrError, before
    anything is written, when the file cannot be imported at all."""
    export = parse_wxr(data)
    blog = BlogIndexPage.objects.filter(locale=Locale.get_default()).first()
    if blog is None:
        raise WxrError(_("There is no blog to import into: create the blog index page first."))
    importer = Importer(export, blog, MediaSource(media_dir, fetch_media), dry_run, progress)
    if not dry_run:
        return importer.run()
    with transaction.atomic():
        report = importer.run()
        transaction.set_rollback(True)
    return report


class Importer:
    def __init__(self, export, blog, media, dry_run, progress):
        self.export = export
        self.blog = blog
        self.home = blog.get_parent().specific
        self.media = media
        self.dry_run = dry_run
        self.progress = progress or (lambda done, total: None)
        self.report = Report(dry_run=dry_run)
        self.links = LinkMap(export.site_url)
        self.redirects = Redirects(self.report, blog.get_site(), blog)
        self.locale = blog.locale
        self.done = 0
        self.total = 0

    def run(self):
        posts = self.export.of_type("post")
        pages = sorted(self.export.of_type("page"), key=self.page_depth)
        attachments = self.export.of_type("attachment")
        self.total = len(attachments) + 2 * (len(posts) + len(pages))
        self.report.comments = sum(item.comment_count for item in self.export.items)
        self.report.sticky = [
            {"wp_id": item.wp_id, "title": plain(item.title)} for item in posts if item.is_sticky
        ]
        self.authors = self.import_authors()
        self.topics = self.import_topics()
        for item in attachments:
            self.guarded("attachments", item, self.import_attachment)
        mapped = {}
        for item in pages + posts:
            self.guarded(f"{item.post_type}s", item, lambda item: mapped.update(self.shell(item)))
        for item in pages + posts:
            if item.wp_id in mapped:
                self.guarded(
                    f"{item.post_type}s", item, lambda item: self.fill(item, *mapped[item.wp_id])
                )
            else:
                self.advance()
        self.redirects.for_feeds()
        return self.report

    def page_depth(self, item):
        """Parents before children: a page's parent page must exist first."""
        by_id = {page.wp_id: page for page in self.export.of_type("page")}
        depth, seen = 0, set()
        while item.parent_id in by_id and item.parent_id not in seen:
            seen.add(item.parent_id)
            item, depth = by_id[item.parent_id], depth + 1
        return depth

    def guarded(self, kind, item, work):
        try:
            with transaction.atomic():
                work(item)
        except MediaMissing as error:
            self.report.fail(kind, item, error)
        except Exception as error:  # one bad item must never stop the rest
            logger.exception("WordPress item %s could not be imported", item.wp_id)
            self.report.fail(kind, item, error)
        self.advance()

    def advance(self):
        self.done += 1
        self.progress(self.done, self.total)

    def mapping(self, kind, key):
        return ImportedItem.objects.filter(kind=kind, wp_key=str(key)).first()

    def remember(self, kind, key, digest, **target):
        ImportedItem.objects.update_or_create(
            kind=kind, wp_key=str(key), defaults={"source_hash": digest, **target}
        )

    # Authors and topics

    def import_authors(self):
        wanted = {login: author.display_name for login, author in self.export.authors.items()}
        for item in self.export.of_type("post"):
            for term in item.terms:
                # Co-Authors Plus names extra authors as terms, their slug "cap-<login>".
                if term.kind == "author":
                    login = term.slug.removeprefix("cap-")
                    wanted.setdefault(login, plain(term.name) or login)
        return {login: self.import_author(login, name) for login, name in wanted.items()}

    def import_author(self, login, display_name):
        digest = source_hash(login, display_name)
        mapping = self.mapping(Kind.AUTHOR, login)
        if mapping and mapping.author:
            if mapping.source_hash == digest:
                self.report.count("authors", SKIPPED)
            else:
                mapping.author.name = display_name[:120]
                mapping.author.save()
                self.report.count("authors", UPDATED)
            author = mapping.author
        else:
            slug = slugify(login)[:120] or f"author-{slugify(display_name)}"[:120]
            author = Author.objects.filter(locale=self.locale, slug=slug).first()
            self.report.count("authors", SKIPPED if author else CREATED)
            author = author or Author.objects.create(
                name=display_name[:120], slug=slug, locale=self.locale
            )
        self.remember(Kind.AUTHOR, login, digest, author=author)
        self.redirects.for_author(login, author)
        return author

    def import_topics(self):
        terms = dict(self.export.terms)
        for item in self.export.items:
            for term in item.terms:
                if term.kind in ("category", "post_tag"):
                    terms.setdefault((term.kind, term.slug), term)
        topics = {}
        for key, term in terms.items():
            slug = slugify(term.slug)[:80] or slugify(unescape(term.name))[:80]
            if not slug:
                self.report.fail("topics", None, _("A topic has neither a name nor a slug."))
                continue
            topic = Topic.objects.filter(locale=self.locale, slug=slug).first()
            if topic is None:
                topic = Topic.objects.create(
                    name=plain(term.name)[:80] or slug, slug=slug, locale=self.locale
                )
                self.report.count("topics", CREATED)
            else:
                self.report.count("topics", SKIPPED)
            topics[key] = topic
            self.redirects.for_topic(term, topic, self.category_path(term, terms))
        return topics

    def category_path(self, term, terms):
        path, seen = [term.slug], {term.slug}
        while term.parent and (parent := terms.get(("category", term.parent))):
            if parent.slug in seen:
                break
            path.insert(0, parent.slug)
            seen.add(parent.slug)
            term = parent
        return "/".join(path)

    # Media

    def import_attachment(self, item):
        extension = item.attachment_url.rsplit(".", 1)[-1].lower()
        is_image = extension in IMAGE_EXTENSIONS
        if not is_image and extension != "pdf":
            raise MediaMissing(
                _("Only images and PDFs are imported; this is a .%(ext)s file.")
                % {"ext": extension}
            )
        alt_text = plain(item.meta.get("_wp_attachment_image_alt", ""))
        title = plain(item.title) or item.attachment_url.rsplit("/", 1)[-1]
        digest = source_hash(dataclasses.asdict(item))
        mapping = self.mapping(Kind.ATTACHMENT, item.wp_id)
        stored = mapping and (mapping.image or mapping.document)
        if stored:
            outcome = SKIPPED if mapping.source_hash == digest else UPDATED
            stored.title = title[:255]
            if is_image:
                stored.description = alt_text[:255]
            stored.save()
        elif self.dry_run:
            self.media.available(item)
            outcome = CREATED
        else:
            name, data = self.media.read(item)
            stored = self.store_file(is_image, name, data, title, alt_text)
            outcome = CREATED
        if stored:
            field = "image" if is_image else "document"
            self.remember(Kind.ATTACHMENT, item.wp_id, digest, **{field: stored})
            self.redirects.for_attachment(item, stored.file.url if is_image else stored.url)
        else:
            # A dry run stores no file; its redirects (rolled back) are made to be counted.
            self.redirects.for_attachment(item, item.attachment_url)
        if is_image:
            self.links.add_image(item, ImageRef(stored and stored.pk, alt_text, title))
        elif stored:
            self.links.add_document(item, stored.pk)
        self.report.count("attachments", outcome)

    def store_file(self, is_image, name, data, title, alt_text):
        collection = Collection.get_first_root_node()
        if not is_image:
            if not data.startswith(b"%PDF-"):
                raise MediaMissing(_("The file is not a PDF."))
            return get_document_model().objects.create(
                title=title[:255], file=ContentFile(data, name=name), collection=collection
            )
        try:
            with PILImage.open(io.BytesIO(data)) as picture:
                picture.verify()
        except (OSError, SyntaxError, ValueError) as error:
            raise MediaMissing(_("The file is not an image that can be read.")) from error
        image = get_image_model()(
            title=title[:255],
            description=alt_text[:255],
            file=ImageFile(ContentFile(data), name=name),
            collection=collection,
        )
        image._set_image_file_metadata()
        image.save()
        return image

    # Posts and pages

    def model_and_parent(self, item):
        if item.post_type == "post":
            return BlogPostPage, self.blog
        parent = self.mapping(Kind.PAGE, item.parent_id) if item.parent_id else None
        return StandardPage, (parent.page.specific if parent and parent.page else self.home)

    def shell(self, item):
        kind = Kind.POST if item.post_type == "post" else Kind.PAGE
        mapping = self.mapping(kind, item.wp_id)
        if mapping and mapping.page:
            page, created = mapping.page, False
        else:
            model, parent = self.model_and_parent(item)
            page, created = create_shell(parent, item, model), True
            self.remember(kind, item.wp_id, "", page=page)
        self.links.add_page(item, page.pk)
        return {item.wp_id: (page.pk, created, mapping.source_hash if mapping else "")}

    def fill(self, item, page_id, created, previous_hash):
        kind = f"{item.post_type}s"
        # Loaded afresh: a page object from the first pass would write back a stale count
        # of the children added since, hiding them from the page tree.
        page = Page.objects.get(pk=page_id).specific
        digest = source_hash(dataclasses.asdict(item))
        if digest == previous_hash:
            self.report.count(kind, SKIPPED)
        else:
            attached = [
                attachment.wp_id
                for attachment in self.export.of_type("attachment")
                if attachment.parent_id == item.wp_id
            ]
            converter = BodyConverter(self.links, attached)
            conversion = converter.convert(item.content, item.meta.get("footnotes", ""))
            if item.post_type == "post":
                fill_post(page, item, conversion.blocks, *self.credits(item))
            else:
                fill_standard_page(page, item, conversion.blocks)
            save_as_on_old_site(page, item)
            self.report.note(kind, item, conversion.problems)
            self.remember(Kind(item.post_type), item.wp_id, digest, page=page)
            self.report.count(kind, CREATED if created else UPDATED)
        if is_public(item):
            if item.post_type == "post":
                self.redirects.for_post(item, page)
            else:
                self.redirects.for_item(item, page)

    def credits(self, item):
        logins = [item.creator] if item.creator else []
        logins += [t.slug.removeprefix("cap-") for t in item.terms if t.kind == "author"]
        authors = []
        for login in logins:
            author = self.authors.get(login)
            if author and author not in authors:
                authors.append(author)
        if not authors:
            self.report.note("posts", item, [_("The post has no author we know of.")])
        topics = []
        for term in item.terms:
            topic = self.topics.get((term.kind, term.slug))
            if topic and topic not in topics:
                topics.append(topic)
        return authors, topics
