"""The scheme finder in a real browser, with the demo's schemes: no WCAG 2.2 AA violations
with results, with nothing found and with a mistake, in both languages, at a phone's width
and a desktop's; and a search by keyboard alone.

With SCHEME_SCREENSHOTS set to a folder, each page is also saved there
(docs/screenshots/schemes/ holds the ones checked by eye)."""

import os
from pathlib import Path

import pytest

from tests.browser.accessibility import assert_no_axe_violations
from website import demo_schemes

SCREENSHOTS = os.environ.get("SCHEME_SCREENSHOTS")


@pytest.fixture
def schemes(site_tree):
    demo_schemes.load(log=lambda message: None)
    return site_tree


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize(
    "name,address,status",
    [
        ("en-results", "/schemes/?q=Cardiff", 200),
        ("cy-results", "/cy/schemes/?q=Caerdydd", 200),
        ("en-region", "/schemes/?region=scotland", 200),
        ("en-unknown-district", "/schemes/?q=EX99", 200),
        ("cy-not-found", "/cy/schemes/?q=Atlantis", 200),
        ("en-mistake", "/schemes/?q=%22Exeter%22", 400),
        ("cy-mistake", "/cy/schemes/?q=%22Caerwysg%22", 400),
    ],
)
def test_the_finder_has_no_wcag_violations(
    live_server, page, schemes, name, address, status, width
):
    page.set_viewport_size({"width": width, "height": 900})
    response = page.goto(live_server.url + address)
    assert response.status == status
    heading = page.locator("h1").inner_text()
    assert heading in {"Find your local scheme", "Dod o hyd i'ch cynllun lleol"}
    assert_no_axe_violations(page)
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize(
    "prefix,typed,heading",
    [
        ("", "EX20 1AB", "1 scheme covers EX20"),
        ("/cy", "Sir Gâr", "Mae 1 cynllun yn cwmpasu Sir Gâr"),
    ],
)
def test_a_reader_finds_their_scheme_with_the_keyboard_alone(
    live_server, page, schemes, prefix, typed, heading
):
    page.goto(live_server.url + prefix + "/schemes/")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_q":
            break
    assert page.evaluate("document.activeElement.id") == "id_q"
    page.keyboard.type(typed)
    page.keyboard.press("Tab")  # to the region list, left at every region
    page.keyboard.press("Tab")  # to the button
    page.keyboard.press("Enter")
    page.wait_for_url("**/schemes/?q=*")
    assert heading in page.locator("#schemes-heading").inner_text()
    assert page.locator(".scheme-card").count() >= 1
