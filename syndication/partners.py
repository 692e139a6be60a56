"""What the /feeds/ page offers partners: the address of every feed, and the two lines of
HTML that put a widget on their site."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import override as language_override

from syndication.feeds_items import site_name_for
from syndication.feeds_sources import ALL, section_label, sources
from syndication.templatetags.syndication_tags import FEED_FORMATS


def feed_directory(request):
    """[(section label, [(format name, absolute address)])] for every section, in the
    reader's language (Welsh feeds carry Welsh content)."""
    return [
        (
            section_label(section),
            [
                (
                    name,
                    request.build_absolute_uri(
                        reverse("syndication:feed", kwargs={"section": section, "fmt": fmt})
                    ),
                )
                for fmt, _media_type, name in FEED_FORMATS
            ],
        )
        for section in [ALL, *sources()]
    ]


def widget_snippet(request, section, topic, limit, lang):
    """The HTML a partner pastes: a placeholder the loader fills, then the loader."""
    with language_override(lang):
        title = gettext("%(section)s from %(site)s") % {
            "section": section_label(section),
            "site": site_name_for(request),
        }
    placeholder = format_html(
        '<div data-shared-lives-widget="{}"{} data-limit="{}" data-lang="{}" data-title="{}">'
        "</div>",
        section,
        format_html(' data-topic="{}"', topic) if topic else "",
        limit,
        lang,
        title,
    )
    loader = format_html(
        '<script src="{}" async></script>', request.build_absolute_uri(reverse("embed_js"))
    )
    return format_html("{}\n{}", placeholder, loader)
