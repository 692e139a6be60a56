"""Control characters: the C0 range less tab, newline and carriage return.

None of them is ever typed on purpose, but a Word soft line break pastes a vertical tab and
a stray escape arrives with copied text. XML 1.0 (RSS, Atom), spreadsheet files and
PostgreSQL (NUL) refuse them, so they are kept out where text enters and taken out where
text already stored leaves."""

import re

CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def has_control_characters(text):
    return bool(CONTROL_CHARACTERS.search(text))


def without_control_characters(text):
    return CONTROL_CHARACTERS.sub("", text)
