"""Browser tests drive Debian's Chromium (never a browser Playwright downloads) against
Django's live server."""

import pytest

CHROMIUM = "/usr/bin/chromium"
# Without the networking flags Chromium keeps trying to reach Google, which this machine's
# closed network refuses.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


def pytest_collection_modifyitems(items):
    # The live server's database is emptied after every test; a serialized rollback puts
    # back what the migrations made (groups, collections, workflows) before the next one.
    # `make test` runs browser tests in a pytest run of their own, after the others, so
    # that no other test ever sees the emptied database.
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))
