"""The demo's local schemes, for the scheme finder: read from `data/demo_schemes.json` so
that the directory is data, not code. Each is an Organisation of kind "scheme" with its
Welsh translation."""

import json
from pathlib import Path

from wagtail.models import Locale

from website.models import Organisation

DEMO_SCHEMES_FILE = Path(__file__).parent / "data" / "demo_schemes.json"


def contact(number):
    """Ofcom keeps 01632 960000-960999 for drama, so no real line is ever rung."""
    return f"01632 960{number:03d}"


def load(log):
    english = Locale.objects.get(language_code="en")
    welsh, _ = Locale.objects.get_or_create(language_code="cy")
    schemes = json.loads(DEMO_SCHEMES_FILE.read_text(encoding="utf-8"))["schemes"]
    for number, entry in enumerate(schemes, start=101):
        slug = entry["name"].lower().replace(" ", "-")
        scheme, _ = Organisation.objects.update_or_create(
            locale=english,
            name=entry["name"],
            defaults={
                "kind": Organisation.Kind.SCHEME,
                "description": entry["description"],
                "region": entry["region"],
                "local_authorities": entry["areas"],
                "offers_long_term": "long_term" in entry["offers"],
                "offers_short_breaks": "short_breaks" in entry["offers"],
                "offers_day_support": "day_support" in entry["offers"],
                "offers_homeshare": "homeshare" in entry["offers"],
                "phone": contact(number),
                "email": f"hello@{slug}.example.org",
                "website": f"https://{slug}.example.org/",
            },
        )
        translation = scheme.get_translation_or_none(welsh) or scheme.copy_for_translation(welsh)
        translation.name = entry.get("name_cy", entry["name"])
        translation.description = entry["description_cy"]
        for field in [f.name for f in Organisation._meta.fields]:
            if field not in {"id", "locale", "translation_key", "name", "description"}:
                setattr(translation, field, getattr(scheme, field))
        translation.save()
    log(f"Loaded {len(schemes)} local schemes for the scheme finder, in both languages.")
