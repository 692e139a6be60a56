"""Purging every cached address that shows a page, when the page changes.

A page is shown at its own addresses in every language and through every alias, on the
pages above it (the home page and its section index, with the archives those route), on
the pages whose related content lists it (they share a topic with it), on every page that
refers to it (links and choosers, found through Wagtail's reference index), and by the
outputs other apps register with the `register_cache_addresses` hook (feeds, the API,
oEmbed, widgets, search, the sitemap). All of it is found from the database when the purge
runs, never from a list kept by hand.

Purging runs as a background task (Django's tasks interface) after the change commits,
so that publishing is not held up by the cache and the cache cannot be refilled from the
database before the change is visible. Varnish treats a purged path as that path with any
query string (deploy/varnish/default.vcl), which covers feeds' `?topic=`, the API's
filters, oEmbed's `?url=` and paginated listings without naming each one.

A page that moves or is renamed takes every address beneath it along (its section's posts,
a report's sub-pages, a blog's archives), which may be thousands of pages: those go with
one BAN of the path prefix per site and language, not one purge each."""

import logging
import re
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django_tasks import task
from wagtail import hooks
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.snippets.models import get_snippet_models

from website.models import PageTopic

logger = logging.getLogger(__name__)

ADDRESSES_HOOK = "register_cache_addresses"
# The regular expression of every path, for a BAN (deploy/varnish/default.vcl).
EVERYTHING = "^/"


def in_every_language(url_name, *args, **kwargs):
    """The path named `url_name` in each language, for outputs under `i18n_patterns`
    (others have one path, given once)."""
    paths = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.add(reverse(url_name, args=args, kwargs=kwargs))
    return paths


def versions_of(page_ids):
    """The pages, each in every language it has and every alias of it."""
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    return Page.objects.filter(
        Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys)
    ).order_by("path")


def with_ancestors(pages):
    """`pages` and the pages above them, every language's version of each: an English post
    that has no Welsh version may still be listed on Welsh pages."""
    ancestor_ids = set()
    for page in pages:
        ancestor_ids.update(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))
    return [*pages, *versions_of(ancestor_ids)]


def sharing_topics(pages):
    """Live pages that share a topic with any of `pages`: their related content lists it."""
    topics = PageTopic.objects.filter(page__in=[page.pk for page in pages]).values("topic")
    return list(Page.objects.live().filter(page_topics__topic__in=topics).distinct())


def is_setting(model):
    return model is not None and issubclass(model, BaseSiteSetting | BaseGenericSetting)


def referring_to(pages):
    """(pages, whether a setting refers to them) from Wagtail's reference index: a page
    linking to one of `pages` shows its title; a setting (the menus, the footer) is shown
    on every page."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id__in=[str(page.pk) for page in pages]
    )
    referring_pages = references.filter(base_content_type=page_type).values_list(
        "object_id", flat=True
    )
    # Object ids are text in the index; a page's is always a whole number.
    found = list(Page.objects.live().filter(pk__in=[int(pk) for pk in referring_pages]))
    referrer_types = ContentType.objects.filter(
        pk__in=references.values("base_content_type")
    ).distinct()
    return found, any(is_setting(kind.model_class()) for kind in referrer_types)


def addresses_showing(page_ids):
    """(full URLs to purge, whether every page must go) for the pages with these ids."""
    pages = list(versions_of(page_ids))
    if not pages:
        return set(), False
    referring, shown_everywhere = referring_to(pages)
    batch = PurgeBatch()
    batch.add_pages(with_ancestors(pages) + sharing_topics(pages) + referring)
    roots = {site.root_url for site in Site.objects.all()}
    for register in hooks.get_hooks(ADDRESSES_HOOK):
        for path in register(pages):
            batch.add_urls(root + path for root in roots)
    return batch.urls, shown_everywhere


def ban(host, path_pattern):
    """Asks Varnish to drop every cached path of `host` matching the regular expression
    (deploy/varnish/default.vcl, BAN; a ban it cannot make answers 400, which raises)."""
    request = Request(
        settings.FRONTEND_CACHE_URL,
        method="BAN",
        headers={"Host": host, "X-Ban-Path": path_pattern},
    )
    with urlopen(request, timeout=10):
        pass


def ban_everything():
    """Asks Varnish to drop every page of every site."""
    if not settings.FRONTEND_CACHE_URL:
        return
    for site in Site.objects.all():
        ban(urlsplit(site.root_url).netloc, EVERYTHING)


def addresses_of_path(url_path):
    """(host, path) of the page at this `url_path` on every site serving it, in its
    language's prefix. Written out because Wagtail's `get_url_parts` gives one site's only,
    and a page that is no longer at `url_path` has no other way to ask. A path Wagtail
    cannot serve (a slug with a dot, from an import) was never cached, and has none."""
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            try:
                with translation.override(root.language_code):
                    path = reverse("wagtail_serve", args=(url_path[len(root.root_path) :],))
            except NoReverseMatch:
                continue
            yield urlsplit(root.root_url).netloc, path


def prefixes_to_ban(page_id, old_url_path):
    """[host, regular expression] for every address beneath the page's old place and its
    new one (a reader may have been given a 404 there, or a redirect from an earlier
    move), and beneath each other version of it: a translation's pages link to the moved
    pages in the language switcher. The path is escaped, so that nothing in it is read as
    a pattern, and anchored, so that `/blog/` leaves `/about/blog/` alone."""
    url_paths = {old_url_path, *versions_of([page_id]).values_list("url_path", flat=True)}
    addresses = {address for url_path in url_paths for address in addresses_of_path(url_path)}
    return sorted([host, "^" + re.escape(path)] for host, path in addresses)


@task()
def purge_pages(page_ids):
    urls, shown_everywhere = addresses_showing(page_ids)
    logger.info("Purging %d addresses for pages %s", len(urls), page_ids)
    # Called, not enqueued: this is already the background task.
    purge_urls_from_cache_task.call(sorted(urls))
    if shown_everywhere:
        ban_everything()


@task()
def purge_everything():
    logger.info("Purging every page")
    ban_everything()


@task()
def purge_beneath(page_id, old_url_path):
    if not settings.FRONTEND_CACHE_URL:
        return
    prefixes = prefixes_to_ban(page_id, old_url_path)
    logger.info("Purging every address beneath %s for page %s", prefixes, page_id)
    for host, path_pattern in prefixes:
        ban(host, path_pattern)


def purge_after_commit(page_ids):
    """Purges, in the background, every address showing these pages, once the change that
    hid or showed them is committed (before, a reader could refill the cache with the
    old page)."""
    page_ids = sorted(set(page_ids))
    if page_ids and settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(lambda: purge_pages.enqueue(page_ids))


def purge_page(sender, instance, **kwargs):
    purge_after_commit([instance.pk])


def purge_snippet_or_setting(sender, instance, signal, **kwargs):
    """A setting (the menus, the footer) is shown on every page, so every page goes. A
    snippet (a topic, an author, a person's public name) is shown by the pages referring
    to it in Wagtail's reference index, and wherever those are shown; a deleted one has
    left the index already, so every page goes. Snippets no page refers to (sign-ups,
    consent records) purge nothing."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    if is_setting(sender) or (signal is post_delete and sender in get_snippet_models()):
        transaction.on_commit(purge_everything.enqueue)
    elif sender in get_snippet_models():
        references = ReferenceIndex.get_references_to(instance).filter(
            base_content_type=ContentType.objects.get_for_model(Page)
        )
        purge_after_commit(int(pk) for pk in references.values_list("object_id", flat=True))


def purge_beneath_after_commit(page, old_url_path):
    """A page whose address changed is still cached at the old one, and so is every page
    and archive beneath it."""
    if settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(lambda: purge_beneath.enqueue(page.pk, old_url_path))


def purge_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    """A moved page leaves its old address, and its old section's listings. Reordering
    within a section moves nothing: the listings alone change."""
    if url_path_before != instance.url_path:
        purge_beneath_after_commit(instance, url_path_before)
    purge_after_commit([instance.pk, parent_page_before.pk])


def purge_slug_changed(sender, instance, instance_before, **kwargs):
    purge_beneath_after_commit(instance, instance_before.url_path)


def purge_consent_changed(sender, pages, **kwargs):
    """Consent given, narrowed or withdrawn changes what the gate lets through (a page may
    stay live and still leave the partner feeds), so everything showing the pages goes."""
    purge_after_commit([page.pk for page in pages])
