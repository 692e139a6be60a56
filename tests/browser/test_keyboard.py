def test_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content(
    live_server, page, site_tree
):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_a_reader_can_search_and_switch_language_with_the_keyboard_alone(
    live_server, page, site_tree
):
    page.goto(live_server.url + "/")
    # Tab through the header until the search box has focus, as a keyboard user would.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search-input":
            break
    assert page.evaluate("document.activeElement.id") == "site-search-input"
    page.keyboard.type("welcome")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=welcome")
    assert "1 result for “welcome”" in page.locator("#results-heading").inner_text()

    page.locator(".language-switcher a").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/cy/search/?q=welcome")
    assert page.locator("html").get_attribute("lang") == "cy"
