"""The items one feed request shows: the section's pages in the reader's language that the
consent gate lets partners have, newest first, filtered by topic, one page of them at a
time, each built once in the shape the feed generators take."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Case, DateField, F, IntegerField, Max, Value, When
from django.db.models.functions import Coalesce, TruncDate
from django.http import Http404
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape
from django.utils.translation import get_language, gettext
from wagtail.models import Page, PageLogEntry, Site

from consent.gate import public_pages
from syndication.feeds_sources import ALL, FEED_IMAGE, section_label, sources
from website.models import PageTopic, Topic
from website.templatetags.website_tags import home_for_language

ITEMS_PER_FEED = 20
# Tag URIs (RFC 4151) name an item for ever, whatever its address becomes; the date is the
# year the feeds started and must never change.
TAG_URI_YEAR = 2026


def topic_or_404(slug, language):
    """The topic with this slug, in `language` if it is translated. Slugs are shared by
    every translation. An unknown slug is a 404, not an empty feed: a partner who mistypes
    a topic should be told, not shown a feed that stays empty for ever."""
    in_language_first = Case(
        When(locale__language_code=language, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    topic = Topic.objects.filter(slug=slug).order_by(in_language_first).first()
    if topic is None:
        raise Http404
    return topic


def feed_date(section_sources):
    """One date to order pages of every section by: each type's own date field, else the
    day the page was first published."""
    dates = [
        F(f"{source.page_model._meta.model_name}__{source.date_field}")
        for source in section_sources
        if source.date_field
    ]
    dates.append(TruncDate("first_published_at"))
    return Coalesce(*dates, output_field=DateField()) if len(dates) > 1 else dates[0]


def page_number_or_404(paginator, number):
    try:
        return paginator.page(number or 1)
    except InvalidPage as error:
        raise Http404 from error


def last_change(section_sources):
    """When a page of these types was last published, unpublished or otherwise changed.
    Withdrawing consent unpublishes the story, so this moves when an item leaves a feed,
    which the newest item's date alone would not."""
    content_types = ContentType.objects.get_for_models(
        *[source.page_model for source in section_sources]
    ).values()
    return PageLogEntry.objects.filter(content_type__in=content_types).aggregate(
        latest=Max("timestamp")
    )["latest"]


def build_item(source, page, request, host):
    """One feed item: the keyword arguments of `SyndicationFeed.add_item`, with what our
    generators add (full content, plain summary, author list, image, attachment title)."""
    image = source.image(page)
    authors = source.authors(page)
    attachment = source.attachment(page, request)
    return {
        "title": page.title,
        "link": page.get_full_url(request),
        # RSS descriptions and Atom summaries are read as HTML; the summary is plain text.
        "description": escape(page.summary),
        "unique_id": f"tag:{host},{TAG_URI_YEAR}:page-{page.pk}",
        "unique_id_is_permalink": False,
        "pubdate": source.published(page),
        "updateddate": page.last_published_at,
        "author_name": ", ".join(authors) or None,
        "categories": [link.topic.name for link in page.page_topics.all()],
        "enclosures": (
            [Enclosure(attachment.url, str(attachment.size), attachment.mime_type)]
            if attachment
            else []
        ),
        "content_html": source.content_html(page),
        "summary": page.summary,
        "authors": authors,
        "image": request.build_absolute_uri(image.url) if image else None,
        "attachment_title": attachment.title if attachment else None,
    }


def load_items(window, section_sources, build, image_spec=FEED_IMAGE):
    """`build(source, page)` for each page of the window, loaded through its own section's
    queryset (one set of queries per section, however many items), in the window's order."""
    by_type = {
        ContentType.objects.get_for_model(source.page_model).pk: source
        for source in section_sources
    }
    ids_by_type = {}
    for pk, content_type_id in window:
        ids_by_type.setdefault(content_type_id, []).append(pk)
    items = {}
    for content_type_id, ids in ids_by_type.items():
        source = by_type[content_type_id]
        for page in source.queryset(image_spec).filter(pk__in=ids):
            items[page.pk] = build(source, page)
    return [items[pk] for pk, _type in window]


def section_link(section_sources, request, language):
    """The address of the section's index page; the home page for every section, or when
    the index is missing."""
    if len(section_sources) == 1:
        index_model = section_sources[0].index_model
        index = index_model.objects.live().filter(locale__language_code=language).first()
        if index is not None and index.get_full_url(request):
            return index.get_full_url(request)
    return home_for_language(request, language).get_full_url(request)


def sources_or_404(section):
    """The sources a section's outputs are made of: every section's for `all`."""
    every_source = sources()
    if section == ALL:
        return list(every_source.values())
    if section not in every_source:
        raise Http404
    return [every_source[section]]


def labelled_topic(section, topic_slug, language):
    """(what an output of `section` is called, the topic it is narrowed to or None); 404
    for an unknown topic."""
    label = section_label(section)
    if not topic_slug:
        return label, None
    topic = topic_or_404(topic_slug, language)
    return gettext("%(section)s about %(topic)s") % {"section": label, "topic": topic.name}, topic


def partner_pages(section_sources, language, topic=None):
    """(pk, content type id) of the pages of these sections in `language` that the consent
    gate lets partners have, newest first, optionally only those about `topic`."""
    pages = public_pages(
        Page.objects.type(*[source.page_model for source in section_sources]).filter(
            locale__language_code=language
        ),
        for_partners=True,
    )
    if topic is not None:
        tagged = PageTopic.objects.filter(topic__translation_key=topic.translation_key)
        pages = pages.filter(pk__in=tagged.values("page_id"))
    return (
        pages.annotate(feed_date=feed_date(section_sources))
        .order_by("-feed_date", "-pk")
        .values_list("pk", "content_type_id")
    )


def site_name_for(request):
    site = Site.find_for_request(request)
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


def feed_page(request, section):
    """(the feed generator's keyword arguments, the items) `request` asks for from
    `section`, or 404 for an unknown section or topic, or a page number that is not a page
    of the feed."""
    section_sources = sources_or_404(section)
    language = get_language()
    label, topic = labelled_topic(section, request.GET.get("topic"), language)
    ordered = partner_pages(section_sources, language, topic)
    window = page_number_or_404(Paginator(ordered, ITEMS_PER_FEED), request.GET.get("page"))

    site = Site.find_for_request(request)
    site_name = site_name_for(request)
    # Item ids are made from the Site's host name rather than the request's, which may vary.
    host = site.hostname if site else request.get_host().partition(":")[0]
    items = load_items(
        list(window),
        section_sources,
        lambda source, page: build_item(source, page, request, host),
    )
    next_url = None
    if window.has_next():
        query = request.GET.copy()
        query["page"] = window.next_page_number()
        next_url = request.build_absolute_uri("?" + query.urlencode())
    changes = [item["updateddate"] for item in items if item["updateddate"]]
    changes.append(last_change(section_sources))
    description = gettext("The latest from %(site)s, for partners to show on their sites.") % {
        "site": site_name
    }
    feed = {
        "title": gettext("%(site)s: %(section)s") % {"site": site_name, "section": label},
        "description": description,
        # Atom has no description; its subtitle says the same. RSS and JSON ignore it.
        "subtitle": description,
        "link": section_link(section_sources, request, language),
        "feed_url": request.build_absolute_uri(),
        "author_name": site_name,
        "next_url": next_url,
        "last_modified": max((change for change in changes if change), default=None),
    }
    return feed, items
