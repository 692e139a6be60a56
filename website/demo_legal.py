"""The demo's privacy notice and accessibility statement, in English and Welsh, read from
`data/demo_legal_pages.json` (demo content is data). The retention period is the one this
site is configured with (CAMPAIGN_SIGNUP_RETENTION_DAYS), read when the demo is loaded."""

import json
from pathlib import Path

from django.conf import settings

DATA = Path(__file__).resolve().parent / "data" / "demo_legal_pages.json"
PAGES = ["privacy", "accessibility"]


def section_blocks(section, facts):
    """A heading, then the section's paragraphs and list as one rich text block. The data
    file's text is written as HTML (links, emphasis) and is ours, not a visitor's."""
    html = "".join(f"<p>{text.format(**facts)}</p>" for text in section.get("paragraphs", []))
    if section.get("list"):
        items = "".join(f"<li>{text.format(**facts)}</li>" for text in section["list"])
        html += f"<ul>{items}</ul>"
    return [
        {"type": "heading", "value": {"text": section["heading"], "level": "h2"}},
        {"type": "paragraph", "value": html},
    ]


def legal_pages():
    """{page key: {"slug": ..., "en": fields, "cy": fields}}, each language's fields ready
    for a StandardPage (title, introduction, body)."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    facts = {**data["facts"], "signup_days": settings.CAMPAIGN_SIGNUP_RETENTION_DAYS}
    pages = {}
    for key in PAGES:
        entry = data[key]
        pages[key] = {"slug": entry["slug"]}
        for language in ("en", "cy"):
            written = entry[language]
            pages[key][language] = {
                "title": written["title"],
                "introduction": written["introduction"],
                "body": [
                    block
                    for section in written["sections"]
                    for block in section_blocks(section, facts)
                ],
            }
    return pages
