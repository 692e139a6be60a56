"""The Welsh interface catalogue is complete, matches the code, and is what Welsh pages show.

To bring the catalogue up to date after changing a translatable string, run

    python3 -m uv run python manage.py makemessages -l cy --ignore=.venv --ignore=tests \
        --ignore=static_collected --ignore=media --no-location --no-obsolete

then translate every entry with an empty msgstr or a `fuzzy` flag in
locale/cy/LC_MESSAGES/django.po and remove the flag.
"""

import ast
import html
import os
import re
import shutil
import subprocess
from contextlib import chdir
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.template import Context, Template
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext, ngettext

from stories.models import Region

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "cy" / "LC_MESSAGES" / "django.po"
WELSH_PLURAL_FORMS = 4
# What makemessages is told to ignore (the command in the module docstring); the hidden
# folders and the catalogue itself are never copied either.
IGNORED_FOLDERS = {".venv", "tests", "static_collected", "media", "locale", "node_modules"}
SOURCE_SUFFIXES = {".py", ".html", ".txt"}
ENTRY_START = re.compile(r"^(#|msgctxt\s|msgid\s)")
KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")$')
PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sdif]|<[^>]+>")


@dataclass
class Message:
    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def key(self):
        return (self.msgctxt, self.msgid, self.msgid_plural)

    @property
    def is_header(self):
        return self.msgid == "" and self.msgctxt is None and not self.obsolete

    def __str__(self):
        name = repr(self.msgid)
        if self.msgid_plural is not None:
            name += f" / {self.msgid_plural!r}"
        return f"{name} (context {self.msgctxt!r})" if self.msgctxt is not None else name


def read_catalogue(path):
    """The entries of a .po file. Enough of the format for what makemessages writes:
    flags, contexts, plurals, continuation lines and obsolete (#~) entries."""
    messages = []
    current = None
    last = None  # the field continuation lines add to: (name, plural index)
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        obsolete = line.startswith("#~")
        if (
            current is None
            or (current.msgstr and ENTRY_START.match(line))
            or current.obsolete != obsolete
        ):
            current = Message()
            messages.append(current)
            last = None
        if obsolete:
            current.obsolete = True
        elif line.startswith("#,"):
            current.flags.update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            assert last is not None, f"a continuation line with nothing to continue: {raw}"
            append(current, *last, ast.literal_eval(line))
        else:
            match = KEYWORD.match(line)
            assert match, f"not a line of a .po file: {raw}"
            name, index, text = match.groups()
            last = (name, int(index) if index is not None else 0)
            if name != "msgstr":
                setattr(current, name, "")
            append(current, *last, ast.literal_eval(text))
    return [message for message in messages if not message.obsolete]


def append(message, name, index, text):
    if name == "msgstr":
        message.msgstr[index] = message.msgstr.get(index, "") + text
    else:
        setattr(message, name, getattr(message, name) + text)


def catalogue_messages():
    return [message for message in read_catalogue(CATALOGUE) if not message.is_header]


def listing(messages):
    return "\n".join(f"  {message}" for message in messages)


# (a) Every message is translated and none is fuzzy.


def test_the_header_declares_welsh_and_its_four_plural_forms():
    headers = [message for message in read_catalogue(CATALOGUE) if message.is_header]
    assert len(headers) == 1
    header = headers[0]
    assert "fuzzy" not in header.flags, "Remove the fuzzy flag from the catalogue's header."
    assert "Language: cy\n" in header.msgstr[0]
    assert f"nplurals={WELSH_PLURAL_FORMS};" in header.msgstr[0]


def test_every_message_has_a_welsh_translation():
    untranslated = []
    for message in catalogue_messages():
        expected = range(WELSH_PLURAL_FORMS) if message.msgid_plural is not None else [0]
        if any(not message.msgstr.get(index) for index in expected):
            untranslated.append(message)
    assert not untranslated, (
        f"{len(untranslated)} message(s) in {CATALOGUE.name} have an empty msgstr (every "
        f"plural needs msgstr[0] to msgstr[3]):\n{listing(untranslated)}"
    )


def test_no_message_is_fuzzy():
    fuzzy = [message for message in catalogue_messages() if "fuzzy" in message.flags]
    assert not fuzzy, (
        f"{len(fuzzy)} message(s) are marked fuzzy: check each translation against its "
        f"English, then remove the flag:\n{listing(fuzzy)}"
    )


def test_translations_keep_every_placeholder_and_html_tag():
    broken = []
    for message in catalogue_messages():
        # A Welsh plural form may follow either English form.
        english = [set(PLACEHOLDER.findall(message.msgid))]
        if message.msgid_plural is not None:
            english.append(set(PLACEHOLDER.findall(message.msgid_plural)))
        for index, text in sorted(message.msgstr.items()):
            if text and set(PLACEHOLDER.findall(text)) not in english:
                broken.append(f"{message} -> msgstr[{index}] {text!r}")
    assert not broken, "Placeholders or HTML tags differ from the English:\n" + "\n".join(
        f"  {line}" for line in broken
    )


# (b) The catalogue holds every translatable string in the code and templates, and no more.


def copy_sources(target):
    """Copies the files makemessages reads, without the virtualenv, tests and uploads."""
    base = Path(settings.BASE_DIR)
    for folder, subfolders, files in os.walk(base):
        here = Path(folder)
        subfolders[:] = [
            name
            for name in subfolders
            if not name.startswith(".")
            and name != "__pycache__"
            and not (here == base and name in IGNORED_FOLDERS)
        ]
        for name in files:
            if Path(name).suffix in SOURCE_SUFFIXES:
                destination = target / here.relative_to(base) / name
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(here / name, destination)


@pytest.fixture(scope="module")
def extracted_messages(tmp_path_factory):
    """What makemessages finds in a copy of the code today, as catalogue entries."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is needed: `make test` installs it (apt-get install gettext).")
    project = tmp_path_factory.mktemp("project")
    copy_sources(project)
    locale = project / "locale"
    locale.mkdir()
    # LOCALE_PATHS points at the copy, so the real catalogue is never written to.
    with chdir(project), override_settings(LOCALE_PATHS=[locale]):
        call_command(
            "makemessages",
            locale=["cy"],
            ignore_patterns=sorted(IGNORED_FOLDERS - {"locale"}),
            no_location=True,
            no_obsolete=True,
            verbosity=0,
        )
    fresh = read_catalogue(locale / "cy" / "LC_MESSAGES" / "django.po")
    return {message.key: message for message in fresh if not message.is_header}


def test_the_catalogue_has_every_translatable_string_in_the_code(extracted_messages):
    in_catalogue = {message.key for message in catalogue_messages()}
    missing = [message for key, message in extracted_messages.items() if key not in in_catalogue]
    assert not missing, (
        f"{len(missing)} translatable string(s) in the code or templates are not in "
        f"{CATALOGUE.relative_to(settings.BASE_DIR)}. Run makemessages (see the top of "
        f"tests/website/test_translations.py) and translate them:\n{listing(missing)}"
    )


def test_the_catalogue_has_no_strings_the_code_no_longer_uses(extracted_messages):
    stale = [message for message in catalogue_messages() if message.key not in extracted_messages]
    assert not stale, (
        f"{len(stale)} message(s) in the catalogue are no longer in the code. Run "
        f"makemessages with --no-obsolete (see the top of this file):\n{listing(stale)}"
    )


# (c) Welsh pages and strings come out of the catalogue.


@pytest.fixture(scope="module")
def compiled_locale(tmp_path_factory):
    """The catalogue compiled now, so these tests never read a stale .mo file. msgfmt's own
    checks (header, python-format placeholders, plural forms) run at the same time."""
    if shutil.which("msgfmt") is None:
        pytest.fail("GNU gettext is needed: `make test` installs it (apt-get install gettext).")
    locale = tmp_path_factory.mktemp("compiled") / "locale"
    (locale / "cy" / "LC_MESSAGES").mkdir(parents=True)
    result = subprocess.run(
        ["msgfmt", "--check", "-o", locale / "cy" / "LC_MESSAGES" / "django.mo", CATALOGUE],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"msgfmt rejected the catalogue:\n{result.stderr}"
    return locale


@pytest.fixture
def welsh_catalogue(compiled_locale):
    # Changing LOCALE_PATHS empties Django's translation caches, on the way in and out.
    with override_settings(LOCALE_PATHS=[compiled_locale]):
        yield


def test_strings_from_code_and_templates_are_welsh(welsh_catalogue):
    with translation.override("cy"):
        assert gettext("Skip to main content") == "Neidio i'r prif gynnwys"
        assert str(Region.NORTH_EAST.label) == "Gogledd-ddwyrain Lloegr"
        refusal = gettext("%(name)s has not agreed to this use: %(use)s.")
        use = gettext("Welsh translation")
        assert refusal % {"name": "Sam", "use": use} == (
            "Nid yw Sam wedi cytuno i'r defnydd hwn: Cyfieithiad Cymraeg."
        )
        # Welsh has four plural forms: one, two, and two more chosen by the header's rule.
        assert [ngettext("About the author", "About the authors", n) for n in (1, 2, 3)] == [
            "Am yr awdur",
            "Am yr awduron",
            "Am yr awduron",
        ]
        template = Template(
            "{% load i18n %}{% blocktranslate count counter=n %}{{ counter }} story"
            "{% plural %}{{ counter }} stories{% endblocktranslate %}"
        )
        assert [template.render(Context({"n": n})) for n in (1, 2, 8)] == [
            "1 stori",
            "2 stori",
            "8 stori",
        ]


@pytest.mark.django_db
def test_the_welsh_search_page_is_in_welsh(client, site_tree, welsh_catalogue):
    response = client.get("/cy/search/", {"q": "dim byd o gwbl"})
    assert response.status_code == 200
    text = html.unescape(response.text)
    assert "Am beth ydych chi'n chwilio?" in text
    assert "0 canlyniad ar gyfer “dim byd o gwbl”" in text
    assert "Neidio i'r prif gynnwys" in text
    assert "Skip to main content" not in text
