"""The stylesheets name only custom properties the design tokens (or another stylesheet)
define: an unknown name makes its whole declaration invalid, which is how the sign-off
page's main button lost its background, white text on the page's own colour."""

import re
from pathlib import Path

from django.conf import settings

CSS = sorted((Path(settings.BASE_DIR) / "static" / "css").glob("*.css"))


def custom_properties(pattern):
    return {(path.name, name) for path in CSS for name in re.findall(pattern, path.read_text())}


def test_every_custom_property_used_is_defined():
    defined = {name for _file, name in custom_properties(r"(--[\w-]+)\s*:")}
    used = custom_properties(r"var\(\s*(--[\w-]+)")
    # The control: the tokens are found, and the stylesheets do use them.
    assert "--colour-brand" in defined
    assert any(name == "--colour-brand" for _file, name in used)
    assert not {(file, name) for file, name in used if name not in defined}
