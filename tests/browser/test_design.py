import pytest

from tests.website.factories import StandardPageFactory

BODY = [
    {"type": "paragraph", "value": "<p>Read <a href='https://example.org/guide'>the guide</a>.</p>"}
]


@pytest.fixture
def about(site_tree):
    page = StandardPageFactory(
        parent=site_tree.english_home, title="About us", slug="about", body=BODY
    )
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("address", ["/", "/about/", "/search/?q=about"])
def test_nothing_scrolls_sideways_on_a_320_pixel_screen(live_server, page, about, address):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + address)
    assert page.locator("h1").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_phones_get_a_search_button_and_wider_screens_the_search_box(live_server, page, about):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(live_server.url + "/about/")
    assert page.locator(".site-header__search-link").is_visible()
    assert not page.locator("#site-search-input").is_visible()
    page.locator(".site-header__search-link").click()
    page.wait_for_url("**/search/")
    assert page.locator("h1").inner_text() == "Search"

    page.set_viewport_size({"width": 1366, "height": 800})
    page.goto(live_server.url + "/about/")
    assert page.locator("#site-search-input").is_visible()
    assert not page.locator(".site-header__search-link").is_visible()


def test_a_printed_page_leaves_out_the_header_tools_and_footer_and_shows_where_links_go(
    live_server, page, about
):
    page.goto(live_server.url + "/about/")
    link = page.locator(".stream a[href='https://example.org/guide']")
    after = "element => getComputedStyle(element, '::after').content"
    assert page.locator(".site-header__tools").is_visible()
    assert page.locator(".site-footer").is_visible()
    assert link.evaluate(after) == "none"
    page.emulate_media(media="print")
    assert not page.locator(".site-header__tools").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.locator("h1").is_visible()
    assert link.evaluate(after) == '" (https://example.org/guide)"'
