"""WordPress exports built in code, for tests that need many posts or one odd item."""

from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Built blog</title><link>https://built.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://built.example.org</wp:base_blog_url>
<wp:author><wp:author_login>writer</wp:author_login>
<wp:author_display_name>Rhian Writer</wp:author_display_name></wp:author>
"""
TAIL = "</channel></rss>"


def cdata(text):
    return f"<![CDATA[{text}]]>"


def post(wp_id, *, title=None, content="<p>Plain words.</p>", status="publish", day=1):
    date = f"2019-{(wp_id % 12) + 1:02d}-{day:02d} 09:00:00"
    title = f"Built post {wp_id}" if title is None else title
    return f"""<item><title>{escape(title)}</title>
<link>https://built.example.org/2019/{(wp_id % 12) + 1:02d}/{day:02d}/built-post-{wp_id}/</link>
<dc:creator>writer</dc:creator><content:encoded>{cdata(content)}</content:encoded>
<excerpt:encoded></excerpt:encoded><wp:post_id>{wp_id}</wp:post_id>
<wp:post_date>{date}</wp:post_date><wp:post_date_gmt>{date}</wp:post_date_gmt>
<wp:post_name>built-post-{wp_id}</wp:post_name><wp:status>{status}</wp:status>
<wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>
<category domain="category" nicename="topic-{wp_id % 5}">Topic {wp_id % 5}</category>
</item>"""


def attachment(wp_id, url, attached_file=""):
    meta = (
        f"<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key>"
        f"<wp:meta_value>{cdata(attached_file)}</wp:meta_value></wp:postmeta>"
        if attached_file
        else ""
    )
    return f"""<item><title>File {wp_id}</title><wp:post_id>{wp_id}</wp:post_id>
<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:post_parent>0</wp:post_parent><wp:attachment_url>{escape(url)}</wp:attachment_url>{meta}
</item>"""


def export(*items):
    return (HEAD + "".join(items) + TAIL).encode()


def many_posts(count):
    """An export of `count` posts, each with a heading, paragraphs, a list and a link to
    the post before it, like a real blog's."""
    items = []
    for wp_id in range(1, count + 1):
        body = (
            f"<h2>Part {wp_id}</h2>\n<p>Opening words of post {wp_id}.</p>\n"
            f"<ul><li>One</li><li>Two</li></ul>\n"
            f'<p>See <a href="https://built.example.org/?p={max(1, wp_id - 1)}">'
            "the last one</a>.</p>"
        )
        items.append(post(wp_id, content=body, day=(wp_id % 28) + 1))
    return export(*items)
