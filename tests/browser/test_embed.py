"""A partner's page on another origin embeds our widget with /embed.js: the frame appears,
sizes itself to the widget, trusts no one else's messages and leaves no cookie."""

import threading
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest

from tests.blog.conftest import blog  # noqa: F401
from tests.browser.accessibility import assert_no_axe_violations
from tests.reports.conftest import publish_report, reports_index  # noqa: F401
from tests.syndication.conftest import add_items, topic  # noqa: F401

HEIGHT_MESSAGE = "{type: 'shared-lives-widget:height', height: %d}"


@pytest.fixture
def partner_site(tmp_path, live_server):
    """A partner's page served from its own origin (another host name and port)."""
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Partner</title></head><body>'
        "<h1>Our partner news</h1>"
        '<div id="box" data-shared-lives-widget="all" data-limit="3" '
        'data-title="News from the charity"></div>'
        f'<script src="{live_server.url}/embed.js" async></script>'
        "</body></html>"
    )
    handler = partial(SimpleHTTPRequestHandler, directory=tmp_path)
    handler.log_message = lambda *args: None
    server = HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def frame_height(page):
    return page.eval_on_selector("#box iframe", "frame => frame.getBoundingClientRect().height")


def test_a_partner_page_embeds_the_widget_which_sizes_itself(
    live_server,
    page,
    context,
    partner_site,
    add_items,  # noqa: F811
):
    assert not live_server.url.startswith(partner_site)
    pages = add_items(2)
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(partner_site + "/")
    frame_element = page.wait_for_selector("#box iframe")
    widget = frame_element.content_frame()
    widget.wait_for_selector(".widget-card")

    assert frame_element.get_attribute("title") == "News from the charity"
    titles = widget.locator(".widget-card__title").all_inner_texts()
    assert [title.splitlines()[0] for title in titles] == [p.title for p in reversed(pages)][:3]
    # The frame takes the widget's own height, not the loader's starting 400px.
    content_height = widget.evaluate(
        "Math.ceil(document.documentElement.getBoundingClientRect().height)"
    )
    page.wait_for_function(
        f"Math.abs(document.querySelector('#box iframe').getBoundingClientRect().height"
        f" - {content_height}) <= 1"
    )
    assert content_height != 400

    # The partner page itself (or any script on it) cannot resize the frame...
    page.evaluate(f"window.postMessage({HEIGHT_MESSAGE % 50000}, '*')")
    page.wait_for_timeout(200)
    assert abs(frame_height(page) - content_height) <= 1
    # ...and even our widget cannot stretch it without limit.
    widget.evaluate(f"parent.postMessage({HEIGHT_MESSAGE % 100000}, '*')")
    page.wait_for_function("document.querySelector('#box iframe').style.height === '4000px'")

    assert context.cookies() == []
    origins = (live_server.url, partner_site)
    assert all(url.startswith(origins) for url in requested), requested


def test_widget_and_partner_page_have_no_wcag_violations(
    live_server,
    page,
    add_items,  # noqa: F811
):
    add_items(2)
    for address in ("/embed/all/", "/embed/stories/?lang=cy", "/feeds/", "/cy/feeds/"):
        page.goto(live_server.url + address)
        assert_no_axe_violations(page)


def test_the_snippet_can_be_copied_with_the_keyboard(live_server, page, context, add_items):  # noqa: F811
    add_items(1)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(live_server.url + "/feeds/?section=stories&limit=3&lang=en#widget")

    page.locator(".copy-button").focus()
    page.keyboard.press("Enter")

    page.wait_for_selector(".copy-status:has-text('Copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert 'data-shared-lives-widget="stories" data-limit="3"' in copied
    # The live preview on the page is the same widget.
    preview = page.wait_for_selector(".widget-preview iframe").content_frame()
    preview.wait_for_selector(".widget-card")
    assert preview.locator(".widget-card").count() == 1
