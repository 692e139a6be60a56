"""A WordPress post's HTML (classic editor or Gutenberg) turned into our StreamField blocks.

Every piece of text that reaches a rich text block goes through Wagtail's own whitelist
conversion for the features our paragraphs allow, so nothing unsafe survives; what cannot
become one of our blocks is kept as such rich text and named in the problems list."""

import functools
import json
import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, Tag
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from website.blocks import RICH_TEXT_FEATURES, embed_host_allowed
from wordpress_import.shortcodes import expand_shortcodes

HEADING_MAX = 120
CAPTION_MAX = 250
# WordPress.com's additions to a post: sharing and like buttons, related posts, the
# advert slot and its "Advertisements" label, the "Continue reading" link of the more tag.
ARTEFACTS = (
    ".sharedaddy, .sd-sharing, .sd-block, .sd-like, .jp-relatedposts, #jp-post-flair, "
    ".wpcnt, .wpa, .wpa-about, .wordads-ad-wrapper, a.more-link, span[id^=more-], "
    ".wp-block-jetpack-sharing-buttons, .wp-block-jetpack-like"
)
ARTEFACT_TEXTS = {"advertisements", "share this:", "like this:", "like loading..."}
BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table",
    "figure", "iframe", "img", "hr", "pre", "script", "style", "noscript", "form", "object",
    "embed", "video", "audio", "section", "article", "aside", "dl", "center",
}  # fmt: skip
DROPPED_TAGS = {"script", "style", "noscript", "form", "object", "embed"}
WP_IMAGE_CLASS = re.compile(r"wp-image-(\d+)")
VIMEO_PLAYER = re.compile(r"player\.vimeo\.com/video/(\d+)")
YOUTUBE_PLAYER = re.compile(r"youtube(?:-nocookie)?\.com/embed/([\w-]+)")


@functools.cache
def rich_text_converter():
    # Made on first use: building it reads every app's wagtail_hooks, which may not all be
    # importable yet while this module is being imported.
    return EditorHTMLConverter(features=RICH_TEXT_FEATURES)


def in_site_language(message):
    """Text that becomes part of the content is in the site's main language, whoever runs
    the import."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(message)


@dataclass
class ImageRef:
    """An image of the library; `pk` is None in a dry run, where no file is stored."""

    pk: int | None
    alt_text: str
    title: str


@dataclass
class Conversion:
    blocks: list = field(default_factory=list)
    problems: list = field(default_factory=list)


def plain_text(node):
    return " ".join(node.get_text(" ").split())


def video_from_player(src):
    """The watch address of a YouTube or Vimeo player address, which the embed needs."""
    if match := YOUTUBE_PLAYER.search(src):
        return f"https://www.youtube.com/watch?v={match.group(1)}"
    if match := VIMEO_PLAYER.search(src):
        return f"https://vimeo.com/{match.group(1)}"
    return src


class BodyConverter:
    """Converts one post; `links` finds the new page, document or image for an old address
    (see importer.LinkMap)."""

    def __init__(self, links, attached_ids=()):
        self.links = links
        self.attached_ids = list(attached_ids)
        self.result = Conversion()
        self.footnotes = []

    def convert(self, html, footnotes_meta=""):
        html, leftover = expand_shortcodes(html or "", self.footnotes)
        for name in leftover:
            self.problem(
                gettext("The [%(name)s] shortcode was removed; its text was kept.") % {"name": name}
            )
        soup = BeautifulSoup(html, "html.parser")
        self.clean_artefacts(soup)
        self.number_block_footnotes(soup, footnotes_meta)
        self.convert_children(soup)
        self.add_notes()
        return self.result

    def problem(self, message):
        if message not in self.result.problems:
            self.result.problems.append(message)

    def add(self, block_type, value):
        self.result.blocks.append({"type": block_type, "value": value})

    # Clean-up before conversion

    def clean_artefacts(self, soup):
        for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
            comment.extract()
        for tag in soup.select(ARTEFACTS):
            tag.decompose()
        for tag in soup.find_all(["p", "h3", "span", "div"]):
            if tag.decomposed:
                continue
            if plain_text(tag).lower() in ARTEFACT_TEXTS:
                tag.decompose()

    def number_block_footnotes(self, soup, footnotes_meta):
        """Gutenberg keeps footnote texts in the post's `footnotes` meta (JSON) and marks
        each place with <sup data-fn="id">."""
        try:
            notes = {note["id"]: note["content"] for note in json.loads(footnotes_meta or "[]")}
        except (ValueError, TypeError, KeyError):
            notes = {}
            self.problem(gettext("The footnotes could not be read; their markers were kept."))
        for marker in soup.find_all("sup", attrs={"data-fn": True}):
            if marker["data-fn"] in notes:
                self.footnotes.append(notes[marker["data-fn"]])
                marker.replace_with(f"[{len(self.footnotes)}]")
        for marker in soup.find_all("sup", attrs={"data-wp-note": True}):
            marker.unwrap()

    def add_notes(self):
        if not self.footnotes:
            return
        self.add("heading", {"text": in_site_language(gettext_noop("Notes")), "level": "h2"})
        items = "".join(f"<li>{note}</li>" for note in self.footnotes)
        self.add_rich_text(f"<ol>{items}</ol>")

    # Walking the document

    def convert_children(self, parent):
        inline = []
        for node in list(parent.children):
            if isinstance(node, Tag) and node.name in BLOCK_TAGS:
                self.flush_inline(inline)
                inline = []
                self.convert_block(node)
            elif isinstance(node, Tag) and node.find("img") and not plain_text(node):
                self.flush_inline(inline)
                inline = []
                self.add_images(node)
            else:
                inline.append(node)
        self.flush_inline(inline)

    def flush_inline(self, nodes):
        """Text outside any paragraph, as the classic editor stores it: a blank line
        starts a new paragraph and a single line break is a <br>."""
        html = "".join(str(node) for node in nodes)
        for chunk in re.split(r"\n\s*\n", html):
            if chunk.strip():
                chunk = re.sub(r"\s*\n\s*", "<br/>", chunk.strip())
                self.convert_paragraph(BeautifulSoup(f"<p>{chunk}</p>", "html.parser").p)

    def convert_block(self, node):
        name = node.name
        if name == "p":
            self.convert_paragraph(node)
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.convert_heading(node)
        elif name in ("ul", "ol"):
            self.add_rich_text(str(node))
        elif name == "blockquote":
            self.convert_quote(node)
        elif name == "table":
            self.convert_table(node, caption="")
        elif name == "figure":
            self.convert_figure(node)
        elif name == "img":
            self.add_images(node)
        elif name == "iframe":
            self.add_embed(video_from_player(node.get("src", "")))
        elif name == "div" and node.has_attr("data-wp-gallery"):
            self.convert_gallery(node["data-wp-gallery"])
        elif name == "div" and node.has_attr("data-wp-embed"):
            self.add_embed(node["data-wp-embed"])
        elif name == "div" and "wp-caption" in node.get("class", []):
            self.convert_figure(node)
        elif name in DROPPED_TAGS:
            self.problem(gettext("A <%(tag)s> element was removed.") % {"tag": name})
        elif name in ("video", "audio"):
            self.convert_media_element(node)
        elif name == "pre":
            self.problem(gettext("Preformatted text was kept as ordinary text."))
            lines = (escape(line) for line in node.get_text().splitlines())
            self.add_rich_text("<br>".join(lines), wrap=True)
        elif name != "hr":
            # Containers (div, section ...): their contents are converted in their place.
            self.convert_children(node)

    def convert_paragraph(self, node):
        if node.find("img"):
            images = [img.extract() for img in node.find_all("img")]
            for link in node.find_all("a"):
                if not plain_text(link):
                    link.decompose()
            self.convert_paragraph(node)
            for image in images:
                self.add_images(image)
            return
        text = plain_text(node)
        links = node.find_all("a")
        if text and len(links) <= 1 and (not links or plain_text(links[0]) == text):
            url = links[0].get("href", text) if links else text
            if re.fullmatch(r"https?://\S+", text) and embed_host_allowed(url):
                # The classic editor turns a video address alone on a line into the video.
                self.add_embed(url)
                return
        self.add_rich_text(node.decode_contents(), wrap=True)

    def convert_heading(self, node):
        text = plain_text(node)
        if not text:
            return
        if len(text) > HEADING_MAX:
            self.problem(gettext("A heading longer than 120 characters became bold text."))
            self.add_rich_text(f"<p><b>{node.decode_contents()}</b></p>")
            return
        self.add("heading", {"text": text, "level": "h2" if node.name in ("h1", "h2") else "h3"})

    def convert_quote(self, node):
        cite = node.find(["cite", "footer"])
        attribution = plain_text(cite.extract()) if cite else ""
        paragraphs = [plain_text(p) for p in node.find_all("p")] or [plain_text(node)]
        quote = "\n\n".join(text for text in paragraphs if text)
        if quote:
            self.add("quote", {"quote": quote, "attribution": attribution[:200]})

    def convert_table(self, node, caption):
        rows = [
            [plain_text(cell) for cell in row.find_all(["th", "td"])] for row in node.find_all("tr")
        ]
        rows = [row for row in rows if row]
        if not rows:
            return
        width = max(len(row) for row in rows)
        caption = caption or (plain_text(node.caption) if node.caption else "")
        first_row = node.find("tr")
        header = bool(node.thead) or bool(first_row and not first_row.find("td"))
        if not caption or not header:
            self.problem(gettext("A table has no caption or header row; add them when editing."))
        self.add(
            "table",
            {
                "data": [row + [""] * (width - len(row)) for row in rows],
                "first_row_is_table_header": header,
                "first_col_is_header": False,
                "table_caption": caption[:CAPTION_MAX],
            },
        )

    def convert_figure(self, node):
        caption_node = node.find(["figcaption"]) or node.find(class_="wp-caption-text")
        caption = plain_text(caption_node.extract()) if caption_node else ""
        if node.find("table"):
            self.convert_table(node.find("table"), caption)
        elif node.find("blockquote"):
            self.convert_quote(node.find("blockquote"))
        elif node.find("img"):
            self.add_images(node, caption)
        elif "wp-block-embed" in node.get("class", []) or node.find("iframe"):
            iframe = node.find("iframe")
            self.add_embed(video_from_player(iframe["src"]) if iframe else plain_text(node))
        else:
            self.convert_children(node)

    def convert_gallery(self, ids):
        wanted = [int(part) for part in ids.split(",") if part.strip().isdigit()]
        for attachment_id in wanted or self.attached_ids:
            self.add_image(self.links.image(attachment_id, ""), "", "")

    def add_images(self, node, caption=""):
        images = [node] if node.name == "img" else node.find_all("img")
        for img in images:
            match = WP_IMAGE_CLASS.search(" ".join(img.get("class", [])))
            ref = self.links.image(int(match.group(1)) if match else None, img.get("src", ""))
            self.add_image(ref, img.get("alt", ""), caption, img.get("src", ""))

    def add_image(self, ref, alt_text, caption, src=""):
        if ref is None:
            self.problem(
                gettext("An image whose file was not imported was left out: %(src)s")
                % {"src": src or gettext("(a gallery image)")}
            )
            return
        alt_text = alt_text.strip() or ref.alt_text or ref.title
        if not alt_text:
            self.problem(gettext("An image has no alternative text; its title is used."))
        self.add(
            "image",
            {"image": ref.pk, "alt_text": alt_text[:250], "caption": caption[:CAPTION_MAX]},
        )

    def add_embed(self, url):
        url = url.strip()
        if url.startswith("//"):
            url = "https:" + url
        if embed_host_allowed(url):
            self.add("embed", url)
            return
        host = urlsplit(url).hostname or url
        self.problem(gettext("Content embedded from %(host)s was kept as a link.") % {"host": host})
        self.add_rich_text(f'<p><a href="{escape(url)}">{escape(url)}</a></p>')

    def convert_media_element(self, node):
        source = node.get("src") or (node.source and node.source.get("src")) or ""
        self.problem(gettext("A <%(tag)s> player was kept as a link.") % {"tag": node.name})
        if source:
            self.add_rich_text(f'<p><a href="{escape(source)}">{escape(source)}</a></p>')

    # Rich text

    def add_rich_text(self, html, wrap=False):
        soup = BeautifulSoup(f"<p>{html}</p>" if wrap else html, "html.parser")
        for link in soup.find_all("a"):
            self.rewrite_link(link)
        cleaned = rich_text_converter().to_database_format(str(soup))
        text = BeautifulSoup(cleaned, "html.parser").get_text().replace("\xa0", " ").strip()
        if text:
            self.add("paragraph", cleaned)

    def rewrite_link(self, link):
        href = link.get("href", "")
        if page_id := self.links.page_id(href):
            link.attrs = {"data-linktype": "page", "data-id": str(page_id)}
        elif document_id := self.links.document_id(href):
            link.attrs = {"data-linktype": "document", "data-id": str(document_id)}
        else:
            link.attrs = {"href": href} if href else {}
