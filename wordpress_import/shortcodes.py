"""WordPress shortcodes turned into plain HTML elements the body converter understands.

Shortcodes are text, not HTML, so they are rewritten before the HTML is parsed: a
[caption] becomes a <figure>, a [gallery] and an [embed] become marked <div>s, and
footnote shortcodes become numbered markers. What is left of any other shortcode is
unwrapped (its text kept) and named in the report."""

import re
from html import escape

CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
# The image (perhaps inside a link) at the start of a caption's content; the rest is the
# caption text.
CAPTIONED_IMAGE = re.compile(
    r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.DOTALL | re.IGNORECASE
)
GALLERY = re.compile(r"\[gallery([^\]]*)\]", re.IGNORECASE)
EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
# WordPress.com's own video shortcodes: [youtube URL], [youtube=URL], [vimeo 123] ...
VIDEO = re.compile(r"\[(youtube|vimeo)[=\s]+([^\]\s]+)[^\]]*\]", re.IGNORECASE)
FOOTNOTE = re.compile(r"\[(?:ref|footnote)\](.*?)\[/(?:ref|footnote)\]", re.DOTALL | re.IGNORECASE)
ATTRIBUTE = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
# Anything still shaped like a shortcode: [name attr="x"], [name] ... [/name].
LEFTOVER = re.compile(r"\[(/?)([a-z][a-z0-9_-]*)((?:\s[^\]]*)?)\]", re.IGNORECASE)


def attributes(text):
    return {
        match.group(1).lower(): next(value for value in match.groups()[1:] if value is not None)
        for match in ATTRIBUTE.finditer(text)
    }


def video_url(provider, reference):
    if reference.startswith(("http://", "https://")):
        return reference
    if provider.lower() == "vimeo":
        return f"https://vimeo.com/{reference}"
    return f"https://www.youtube.com/watch?v={reference}"


def replace_caption(match):
    attrs = attributes(match.group(1))
    found = CAPTIONED_IMAGE.match(match.group(2))
    if not found:
        return match.group(2)
    image, caption = found.groups()
    # Older WordPress kept the caption in an attribute rather than after the image.
    caption = caption.strip() or escape(attrs.get("caption", ""))
    return f"<figure>{image}<figcaption>{caption}</figcaption></figure>"


def replace_gallery(match):
    ids = attributes(match.group(1)).get("ids", "")
    return f'<div data-wp-gallery="{escape(ids)}"></div>'


def replace_embed(match):
    return f'<div data-wp-embed="{escape(match.group(1).strip())}"></div>'


def replace_video(match):
    return f'<div data-wp-embed="{escape(video_url(*match.groups()))}"></div>'


def expand_shortcodes(html, footnotes):
    """The HTML with the shortcodes we convert rewritten, footnote texts appended to
    `footnotes`, and a sorted list of the names of shortcodes left unconverted."""

    def replace_footnote(match):
        footnotes.append(match.group(1).strip())
        return f"<sup data-wp-note>[{len(footnotes)}]</sup>"

    for pattern, replace in (
        (CAPTION, replace_caption),
        (GALLERY, replace_gallery),
        (EMBED, replace_embed),
        (VIDEO, replace_video),
        (FOOTNOTE, replace_footnote),
    ):
        html = pattern.sub(replace, html)
    closed = {match.group(2).lower() for match in LEFTOVER.finditer(html) if match.group(1)}
    leftover = set()

    def unwrap(match):
        name = match.group(2).lower()
        # Square brackets in prose ("[sic]", "[1]") stay as they are; a shortcode has a
        # closing tag or attributes.
        if name in closed or "=" in match.group(3):
            leftover.add(name)
            return ""
        return match.group(0)

    return LEFTOVER.sub(unwrap, html), sorted(leftover)
