import pytest

from tests.browser.accessibility import assert_no_axe_violations
from tests.website.factories import StandardPageFactory

RICH_BODY = [
    {"type": "heading", "value": {"text": "Why it matters", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Plain words, with <a href='/'>a link</a>.</p>"},
    {"type": "quote", "value": {"quote": "It feels like home.", "attribution": "A carer"}},
    {
        "type": "callout",
        "value": {"title": "Get in touch", "text": "<p>Email us.</p>", "tone": "important"},
    },
    {
        "type": "table",
        "value": {
            "data": [["Nation", "People"], ["England", "11,800"], ["Wales", "900"]],
            "table_caption": "People using Shared Lives",
            "first_row_is_table_header": True,
            "table_header_choice": "row",
        },
    },
]


@pytest.fixture
def content(site_tree):
    about = StandardPageFactory(
        parent=site_tree.english_home, title="About us", slug="about", body=RICH_BODY
    )
    about.save_revision().publish()
    site_tree.translate(about, title="Amdanom ni", slug="amdanom")
    for number in range(11):
        page = StandardPageFactory(
            parent=site_tree.english_home, title=f"Gofal guide {number}", slug=f"guide-{number}"
        )
        site_tree.translate(page, title=f"Canllaw gofal {number}")
    return site_tree


@pytest.mark.parametrize(
    "address",
    [
        "/",
        "/about/",
        "/search/?q=guide",
        "/search/?q=nothing-matches-this",
        "/no-such-page/",
        "/cy/",
        "/cy/amdanom/",
        "/cy/search/?q=canllaw",
        "/cy/dim-tudalen/",
    ],
)
def test_public_pages_have_no_wcag_violations(live_server, page, content, address):
    page.goto(live_server.url + address)
    assert_no_axe_violations(page)


def test_narrow_screen_has_no_wcag_violations(live_server, page, content):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/about/")
    assert_no_axe_violations(page)


def test_the_sign_in_pause_page_has_no_wcag_violations(live_server, page, site_tree):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user(username="ffion", password="right", is_staff=True)
    page.goto(live_server.url + "/admin/login/")
    for _attempt in range(5):
        page.fill("input[name=username]", "ffion")
        page.fill("input[name=password]", "guess")
        with page.expect_navigation():
            page.keyboard.press("Enter")

    assert page.locator("h1").inner_text() == "Signing in is paused"
    assert_no_axe_violations(page)
