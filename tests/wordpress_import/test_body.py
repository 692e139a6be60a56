"""The conversion of post HTML into our blocks, with a link map filled by hand."""

import pytest

from wordpress_import.body import BodyConverter, ImageRef
from wordpress_import.links import LinkMap
from wordpress_import.wxr import WxrItem


def item(wp_id, link, post_type="post", attachment_url=""):
    return WxrItem(
        wp_id=wp_id,
        post_type=post_type,
        title="",
        link=link,
        slug="",
        status="publish",
        creator="",
        content="",
        excerpt="",
        local_date=None,
        published_at=None,
        modified_at=None,
        parent_id=0,
        is_sticky=False,
        attachment_url=attachment_url,
    )


@pytest.fixture
def links():
    links = LinkMap("https://oldblog.example.org")
    links.add_page(item(7, "https://oldblog.example.org/2015/02/03/older-post/"), 70)
    photo = "https://oldblog.files.wordpress.com/2015/02/garden.jpg"
    links.add_image(item(8, "", "attachment", photo), ImageRef(80, "A garden path", "Garden"))
    shed = photo.replace("garden", "shed")
    links.add_image(item(9, "", "attachment", shed), ImageRef(90, "", ""))
    return links


def convert(links, html, **options):
    return BodyConverter(links, **options).convert(html)


def types(result):
    return [block["type"] for block in result.blocks]


def test_classic_editor_text_becomes_paragraphs_with_entities_decoded(links):
    result = convert(links, "Fish &amp; chips&hellip;\nOn Friday.\n\nSecond &#8216;para&#8217;")
    assert result.blocks == [
        {"type": "paragraph", "value": "<p>Fish &amp; chips\u2026<br/>On Friday.</p>"},
        {"type": "paragraph", "value": "<p>Second \u2018para\u2019</p>"},
    ]
    assert result.problems == []


def test_unsafe_html_never_survives(links):
    result = convert(
        links,
        '<p onclick="steal()" style="x">Hi <a href="javascript:alert(1)">there</a>'
        '<img src="x" onerror="alert(2)"></p><script>alert(3)</script>'
        '<iframe src="https://evil.example.com/x"></iframe>',
    )
    html = " ".join(str(block["value"]) for block in result.blocks)
    for unsafe in ("onclick", "javascript:", "onerror", "<script", "alert(3)", "<iframe"):
        assert unsafe not in html
    assert result.blocks[0] == {"type": "paragraph", "value": "<p>Hi <a>there</a></p>"}
    assert "A <script> element was removed." in result.problems
    assert "Content embedded from evil.example.com was kept as a link." in result.problems


def test_links_to_old_posts_point_to_the_new_pages(links):
    result = convert(
        links,
        '<p><a href="https://oldblog.example.org/2015/02/03/older-post/">then</a>, '
        '<a href="/2015/02/03/older-post">relative</a>, '
        '<a href="https://www.oldblog.example.org/?p=7">by ID</a> and '
        '<a href="https://elsewhere.example.com/2015/02/03/older-post/">elsewhere</a></p>',
    )
    assert result.blocks[0]["value"] == (
        '<p><a id="70" linktype="page">then</a>, <a id="70" linktype="page">relative</a>, '
        '<a id="70" linktype="page">by ID</a> and '
        '<a href="https://elsewhere.example.com/2015/02/03/older-post/">elsewhere</a></p>'
    )


def test_captions_galleries_and_resized_images_find_the_library_image(links):
    result = convert(
        links,
        '[caption id="attachment_8" width="300"]<img src="https://oldblog.files.wordpress.com/'
        '2015/02/garden-300x200.jpg?w=300" alt="" /> The path in May[/caption]'
        '[caption caption="Old style caption"]<img class="wp-image-9" src="x.jpg" />[/caption]'
        "[gallery]",
        attached_ids=[8],
    )
    assert result.blocks == [
        {
            "type": "image",
            "value": {"image": 80, "alt_text": "A garden path", "caption": "The path in May"},
        },
        {
            "type": "image",
            "value": {"image": 90, "alt_text": "", "caption": "Old style caption"},
        },
        {"type": "image", "value": {"image": 80, "alt_text": "A garden path", "caption": ""}},
    ]
    assert "An image has no alternative text; its title is used." in result.problems


def test_videos_become_embeds_however_written(links):
    result = convert(
        links,
        "https://youtu.be/a1\n\n[youtube https://www.youtube.com/watch?v=b2]\n\n"
        '[vimeo 123]\n\n<iframe src="https://www.youtube.com/embed/c3?rel=0"></iframe>'
        '<p><a href="https://vimeo.com/456">https://vimeo.com/456</a></p>',
    )
    assert [block["value"] for block in result.blocks] == [
        "https://youtu.be/a1",
        "https://www.youtube.com/watch?v=b2",
        "https://vimeo.com/123",
        "https://www.youtube.com/watch?v=c3",
        "https://vimeo.com/456",
    ]
    assert set(types(result)) == {"embed"}


def test_wordpress_com_artefacts_are_removed_and_the_text_kept(links):
    result = convert(
        links,
        "<p>Real words.</p><!--more--><p>&nbsp;</p><p></p>"
        '<p><a class="more-link" href="#more-1">Continue reading</a></p>'
        '<div class="wpcnt"><div class="wpa"><span class="wpa-about">Advertisements</span>'
        "</div></div><p>Advertisements</p>"
        '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3></div>'
        '<div id="jp-post-flair"><div class="sd-like">Like this:</div></div>'
        "<p>More real words.</p>",
    )
    assert result.blocks == [
        {"type": "paragraph", "value": "<p>Real words.</p>"},
        {"type": "paragraph", "value": "<p>More real words.</p>"},
    ]


def test_footnotes_become_numbered_notes_at_the_end(links):
    result = convert(links, "<p>A claim[ref]A source.[/ref] and another[ref]Second.[/ref].</p>")
    assert result.blocks == [
        {"type": "paragraph", "value": "<p>A claim[1] and another[2].</p>"},
        {"type": "heading", "value": {"text": "Notes", "level": "h2"}},
        {"type": "paragraph", "value": "<ol><li>A source.</li><li>Second.</li></ol>"},
    ]


def test_headings_quotes_lists_and_tables(links):
    result = convert(
        links,
        "<h1>Top</h1><h4>Deep</h4><h2>" + "Long " * 30 + "</h2>"
        "<ol><li>One <b>bold</b></li></ol>"
        "<blockquote><p>Said once.</p><p>Said twice.</p><footer>Someone</footer></blockquote>"
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
    )
    assert result.blocks[:2] == [
        {"type": "heading", "value": {"text": "Top", "level": "h2"}},
        {"type": "heading", "value": {"text": "Deep", "level": "h3"}},
    ]
    assert result.blocks[2]["type"] == "paragraph"
    assert result.blocks[3] == {"type": "paragraph", "value": "<ol><li>One <b>bold</b></li></ol>"}
    assert result.blocks[4] == {
        "type": "quote",
        "value": {"quote": "Said once.\n\nSaid twice.", "attribution": "Someone"},
    }
    assert result.blocks[5]["value"]["data"] == [["a", "b"], ["c", ""]]
    assert "A heading longer than 120 characters became bold text." in result.problems
    assert "A table has no caption or header row; add them when editing." in result.problems


def test_unknown_shortcodes_are_reported_and_brackets_in_prose_kept(links):
    result = convert(links, '[contact-form to="a@b"]Write to us[/contact-form] [sic] [1]')
    assert result.blocks == [{"type": "paragraph", "value": "<p>Write to us [sic] [1]</p>"}]
    assert result.problems == ["The [contact-form] shortcode was removed; its text was kept."]
