import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.browser.accessibility import assert_no_axe_violations
from tests.browser.signing_in import sign_in

PASSWORD = "a long and careful password"


@pytest.mark.parametrize("address", ["/styleguide/", "/cy/styleguide/"])
def test_the_styleguide_has_no_wcag_violations_at_either_width(
    live_server, page, site_tree, address
):
    editor = get_user_model().objects.create_user(username="eira", password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in(page, live_server, "eira", PASSWORD)
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_server.url + address)
        assert page.locator(".error-summary").is_visible()
        assert_no_axe_violations(page)
        # Nothing is wider than the screen, phones included.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
