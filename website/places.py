"""Where a town, council or postcode is: the lookup behind the scheme finder (/schemes/).

It reads `data/places.json`, a file shipped with the site, because the finder must work
without asking an online service where a visitor lives. The file is partial (see its
`about`); what it does not know falls back to a postcode area's region, then to nothing.
"""

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

PLACES_FILE = Path(__file__).parent / "data" / "places.json"

# A UK postcode district (`EX20`, `CF10`, `M1`, `EC1A`), optionally followed by the inward
# code (`1AA`), with or without the space.
POSTCODE = re.compile(r"^(?P<district>[A-Z]{1,2}[0-9][0-9A-Z]?)\s*(?P<inward>[0-9][A-Z]{2})?$")
# `EX1-EX22`: a range of districts in one area.
DISTRICT_RANGE = re.compile(r"^([A-Z]{1,2})(\d+)-\1(\d+)$")


def normalise(text):
    """Case, accents (Sir Gâr, Ynys Môn), apostrophes and spacing do not change a place."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    letters = re.sub(r"['\u2019`.]", "", letters)
    return " ".join(re.sub(r"[-,()/]", " ", letters).split())


@dataclass(frozen=True)
class Authority:
    slug: str
    name: str
    name_cy: str
    region: str

    def display_name(self, language_code):
        return self.name_cy if language_code == "cy" and self.name_cy else self.name


@dataclass(frozen=True)
class Place:
    """What a search found: the authorities it names (none when only the region is known)
    and the region."""

    authorities: tuple = ()
    region: str = ""
    postcode_district: str = ""


@dataclass
class Gazetteer:
    authorities: dict = field(default_factory=dict)
    names: dict = field(default_factory=dict)  # normalised name → authority slugs
    regions: dict = field(default_factory=dict)  # normalised region name → region slug
    districts: dict = field(default_factory=dict)  # `EX20` → authority slugs
    areas: dict = field(default_factory=dict)  # `EX` → region slug

    def find(self, query):
        """The place a visitor typed, or None when it is none we know."""
        postcode = POSTCODE.match(query.strip().upper())
        if postcode:
            district = postcode["district"]
            authorities = self.districts.get(district, ())
            area = re.match(r"[A-Z]+", district)[0]
            region = self.authorities[authorities[0]].region if authorities else ""
            region = region or self.areas.get(area, "")
            if authorities or region:
                return Place(tuple(authorities), region, district)
            return None
        key = normalise(query)
        if key in self.names:
            slugs = self.names[key]
            return Place(tuple(slugs), self.authorities[slugs[0]].region)
        if key in self.regions:
            return Place((), self.regions[key])
        return None


def expand_districts(text):
    for token in text.split():
        matched = DISTRICT_RANGE.match(token)
        if matched:
            area, first, last = matched[1], int(matched[2]), int(matched[3])
            yield from (f"{area}{number}" for number in range(first, last + 1))
        else:
            yield token


def add_once(index, key, slug):
    slugs = index.setdefault(key, [])
    if slug not in slugs:
        slugs.append(slug)


@cache
def gazetteer():
    data = json.loads(PLACES_FILE.read_text(encoding="utf-8"))
    found = Gazetteer(areas=data["postcode_areas"])
    for slug, names in data["regions"].items():
        for name in names:
            found.regions[normalise(name)] = slug
    for slug, entry in data["authorities"].items():
        found.authorities[slug] = Authority(
            slug, entry["name"], entry.get("name_cy", ""), entry["region"]
        )
        names = [entry["name"], entry.get("name_cy", ""), *entry.get("aliases", [])]
        for name in [*names, *entry.get("towns", [])]:
            if name:
                add_once(found.names, normalise(name), slug)
        for district in expand_districts(entry.get("postcodes", "")):
            add_once(found.districts, district, slug)
    return found


def authority_choices():
    """Every authority the site knows, for the admin's choice of the areas a scheme serves."""
    return sorted(((a.slug, a.name) for a in gazetteer().authorities.values()), key=lambda c: c[1])
