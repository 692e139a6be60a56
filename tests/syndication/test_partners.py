"""/feeds/: the page partners use to find every feed and build a widget."""

import html
import re

import pytest

pytestmark = pytest.mark.django_db


def page_text(client, url="/feeds/", **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def snippet(text):
    """The code shown for copying: escaped, so that it shows as text rather than running."""
    shown = re.search(r'<pre class="snippet"[^>]*><code>(.*?)</code>', text, re.S)[1]
    assert "<" not in shown
    return html.unescape(shown)


def test_every_feed_of_every_section_is_listed(client, site_tree):
    text = page_text(client)

    for section in ("all", "blog", "stories", "campaigns", "reports"):
        for fmt in ("rss", "atom", "json"):
            assert f'href="http://testserver/feeds/{section}.{fmt}"' in text
    # The Welsh page lists the Welsh feeds.
    assert 'href="http://testserver/cy/feeds/stories.json"' in page_text(client, "/cy/feeds/")


def test_the_default_snippet_is_the_loader_and_a_placeholder(client, site_tree):
    code = snippet(page_text(client))

    assert code == (
        '<div data-shared-lives-widget="all" data-limit="5" data-lang="en" '
        'data-title="Everything from Test charity"></div>\n'
        '<script src="http://testserver/embed.js" async></script>'
    )


def test_choices_change_the_snippet_and_the_preview(client, site_tree, topic):
    text = page_text(client, section="stories", topic="later-life", limit="3", lang="cy")

    code = snippet(text)
    assert 'data-shared-lives-widget="stories" data-topic="later-life"' in code
    assert 'data-limit="3" data-lang="cy"' in code
    # The preview is the snippet itself, live on the page.
    preview = re.search(r'<div class="widget-preview"[^>]*>(.*?</script>)</div>', text, re.S)[1]
    assert 'data-shared-lives-widget="stories"' in preview
    assert '<script src="http://testserver/embed.js" async></script>' in preview


@pytest.mark.parametrize(
    ("params", "message", "kept"),
    [
        ({"limit": "500"}, "Enter a whole number from 1 to 20.", 'name="limit" value="500"'),
        ({"limit": "abc"}, "Enter a whole number from 1 to 20.", 'name="limit" value="abc"'),
        (
            {"section": "letters"},
            "Choose one of the options in the list.",
            'name="limit" value="4"',
        ),
    ],
)
def test_a_mistake_is_explained_and_what_was_chosen_is_kept(
    client, site_tree, params, message, kept
):
    text = page_text(client, **{"section": "blog", "limit": "4", **params})

    assert message in html.unescape(text)
    assert kept in text
    # The snippet falls back to the defaults rather than offering broken code.
    assert 'data-shared-lives-widget="all"' in snippet(text)


def test_a_mistake_is_explained_in_welsh_on_the_welsh_page(client, site_tree):
    text = page_text(client, "/cy/feeds/", limit="500")

    assert "Rhowch rif cyfan o 1 i 20." in html.unescape(text)


def test_choices_left_out_of_the_address_keep_their_defaults(client, site_tree):
    text = page_text(client, "/cy/feeds/", section="stories")

    assert "notice--error" not in text
    assert 'data-shared-lives-widget="stories" data-limit="5" data-lang="cy"' in snippet(text)


def test_the_page_allows_its_own_widget_preview_to_be_framed(client, site_tree):
    response = client.get("/feeds/")

    frame_sources = re.search(r"frame-src ([^;]+)", response["Content-Security-Policy"])[1]
    assert "'self'" in frame_sources.split()
