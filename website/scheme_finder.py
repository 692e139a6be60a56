"""Find your local scheme (/schemes/): the directory of Shared Lives and Homeshare schemes,
searched by town, council or postcode from the places file the site ships
(`website.places`)."""

import re
from dataclasses import dataclass, field

from django import forms
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from website.models import Organisation, Region
from website.places import gazetteer, normalise

# Letters in any alphabet, digits, spaces and the punctuation of place names
# (King's Lynn, Stratford-upon-Avon, St. Ives).
PLACE_TEXT = re.compile(r"^[\w\s'\u2019.,()&-]*$")


class SchemeSearchForm(forms.Form):
    # Control characters never reach here: website.middleware answers 400 to them.
    q = forms.CharField(
        label=_("Town, council or postcode"),
        help_text=_("For example Okehampton, Caerdydd, Sir Gâr, EX20 or CF10 1AA."),
        max_length=80,
        required=False,
        error_messages={
            "max_length": _(
                "That is longer than any place name. Type just your town, your council "
                "or the first half of your postcode."
            )
        },
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )

    def clean_q(self):
        query = " ".join(self.cleaned_data["q"].split())
        if "_" in query or not PLACE_TEXT.match(query):
            raise forms.ValidationError(
                _(
                    "Use only letters, numbers, spaces and hyphens: a town, a council or "
                    "a postcode."
                ),
                code="invalid_characters",
            )
        return query


@dataclass
class Finding:
    """What the finder shows: the schemes that answer the search, or, when none does, the
    nearest others (the region's, or all) and why."""

    schemes: list = field(default_factory=list)
    alternatives: list = field(default_factory=list)
    place_name: str = ""
    region: str = ""
    outcome: str = "all"  # all, serving, region, unknown_district, named, no_scheme, not_found


def directory():
    """Every local scheme once, in the reader's language where it has been translated and
    in English otherwise, in one query."""
    language = get_language()
    chosen = {}
    for scheme in Organisation.objects.filter(kind=Organisation.Kind.SCHEME).select_related(
        "locale"
    ):
        current = chosen.get(scheme.translation_key)
        if current is None or scheme.locale.language_code == language:
            chosen[scheme.translation_key] = scheme
    return sorted(chosen.values(), key=lambda scheme: normalise(scheme.name))


def find(query, region, schemes):
    in_region = [s for s in schemes if s.region == region] if region else schemes
    if not query:
        return Finding(in_region, region=region, outcome="region" if region else "all")
    place = gazetteer().find(query)
    if place is None:
        key = normalise(query)
        named = [s for s in in_region if key and key in normalise(s.name)]
        if named:
            return Finding(named, region=region, outcome="named")
        return Finding(alternatives=in_region, place_name=query, outcome="not_found")
    region = region or place.region
    in_region = [s for s in schemes if s.region == region]
    place_name = place.postcode_district or query
    if not place.authorities:
        outcome = "unknown_district" if place.postcode_district else "region"
        return Finding(in_region, region=region, place_name=place_name, outcome=outcome)
    serving = [s for s in in_region if set(place.authorities) & set(s.local_authorities)]
    if serving:
        return Finding(serving, region=region, place_name=place_name, outcome="serving")
    return Finding(
        alternatives=in_region or schemes, region=region, place_name=place_name, outcome="no_scheme"
    )


def areas_served(scheme, language):
    authorities = gazetteer().authorities
    return [
        authorities[slug].display_name(language)
        for slug in scheme.local_authorities
        if slug in authorities
    ]


@require_GET
def find_scheme(request):
    form = SchemeSearchForm(request.GET or None)
    finding = None
    if form.is_bound and not form.is_valid():
        status = 400
    else:
        status = 200
        data = form.cleaned_data if form.is_bound else {"q": "", "region": ""}
        finding = find(data["q"], data["region"], directory())
        language = get_language()
        for scheme in [*finding.schemes, *finding.alternatives]:
            scheme.areas = areas_served(scheme, language)
    return render(
        request,
        "website/scheme_finder.html",
        {
            "form": form,
            "finding": finding,
            "region_name": Region(finding.region).label if finding and finding.region else "",
        },
        status=status,
    )
