"""Control characters: the C0 range less tab, newline and carriage return.

None of them is ever typed on purpose, but a Word soft line break pastes a vertical tab and
a stray escape arrives with copied text. XML 1.0 (RSS, Atom), spreadsheet files and
PostgreSQL (NUL) refuse them, so they are kept out where text enters and taken out where
text already stored leaves."""

import re

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def has_control_characters(text):
    return bool(CONTROL_CHARACTERS.search(text))


def without_control_characters(text):
    return CONTROL_CHARACTERS.sub("", text)


def refuse_control_characters(value):
    """A validator for text the comms team types: they can find and retype what they pasted."""
    if isinstance(value, str) and has_control_characters(value):
        raise ValidationError(
            _(
                "This text has an invisible control character in it, usually pasted in from "
                "Word or a PDF. Delete the part you pasted and type it again, or paste it "
                "as plain text."
            ),
            code="control_characters",
        )


class WithoutControlCharactersMixin:
    """For public forms: a visitor cannot see, so cannot remove, a control character that
    came in with pasted text, so it is taken out of what they sent before the form reads
    it, rather than refused."""

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            lists = data.lists() if isinstance(data, QueryDict) else data.items()
            cleaned = QueryDict(mutable=True)
            for key, values in lists:
                values = values if isinstance(values, list) else [values]
                cleaned.setlist(
                    key,
                    [without_control_characters(v) if isinstance(v, str) else v for v in values],
                )
            data = cleaned
        super().__init__(data, *args, **kwargs)
