"""What frames every page and is the same for many requests: which Site and page an address
is, the menus, the footer, each language's home page and a page's translations. Reading
them from the database cost some twenty queries a page; here they are built once per
process and kept until anything they are made of changes.

Every server process keeps its own copy (Django's "default" cache, in memory), labelled
with a generation that all processes share through the "shared" cache (Redis in
production, else a database table). A change anywhere (a page published, unpublished,
moved or deleted, a setting, a Site or a language saved) starts a new generation, so every
process drops its copy at its next request. Reading the generation is the one cost left: a
cache read per request (a query when the shared cache is the database table).

Django's per-site cache middleware would keep whole pages, but a page also shows what the
consent gate lets out, which changes without any page being saved; what is kept here does
not depend on consent."""

import hashlib
import uuid
from contextvars import ContextVar

from django.core.cache import caches
from django.db import transaction
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Locale, Page, PageViewRestriction, Site

GENERATION_KEY = "website:frame-generation"
# The copies are dropped by a new generation, not by age; a day only bounds the memory
# old generations keep.
LOCAL_TIMEOUT = 24 * 60 * 60

# The request being answered, for what is asked without one (Wagtail renders rich text
# links with no request): without it each such read would cost the generation again.
_current_request = ContextVar("frame_request", default=None)


def keep_request(get_response):
    """Middleware: makes the request being answered known to `generation`, for callers
    that have none in hand."""

    def middleware(request):
        token = _current_request.set(request)
        try:
            return get_response(request)
        finally:
            _current_request.reset(token)

    return middleware


def generation(request):
    """The current generation, read once per request (the one being answered when
    `request` is None)."""
    request = request or _current_request.get()
    current = getattr(request, "_frame_generation", None)
    if current is None:
        shared = caches["shared"]
        current = shared.get(GENERATION_KEY)
        if current is None:
            # Random rather than counted: a counter lost with the shared cache (or rolled
            # back with a test's transaction) would start again at values that label
            # copies made from other content.
            current = uuid.uuid4().hex
            shared.set(GENERATION_KEY, current, None)
        if request is not None:
            request._frame_generation = current
    return current


def remembered(request, key, build):
    """`build()`, kept in this process until the generation changes."""
    local = caches["default"]
    full_key = f"frame:{generation(request)}:{key}"
    value = local.get(full_key)
    if value is None:
        value = build()
        local.set(full_key, value, LOCAL_TIMEOUT)
    return value


def start_new_generation(**kwargs):
    """Signal receiver: every process's copies are out of date. Once now, for this process
    and this transaction's later reads, and once the change is committed, because another
    process may have made a copy from the old rows in between."""
    caches["shared"].delete(GENERATION_KEY)
    transaction.on_commit(lambda: caches["shared"].delete(GENERATION_KEY))


def page_changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        start_new_generation()


def language_code(request, locale_id):
    """The language code of the locale with this id."""
    codes = remembered(
        request, "locales", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
    return codes.get(locale_id)


def find_site(request):
    """The Site that answers `request`, as `Site.find_for_request` finds it, which Wagtail
    and our code then read from the request."""
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        hostname, port = request.get_host().partition(":")[0], request.get_port()
        request._wagtail_site = (
            remembered(
                request, f"site:{hostname}:{port}", lambda: Site._find_for_request(request) or False
            )
            or None
        )
    return request._wagtail_site


def route(request, path):
    """Answers `Page.route_for_request(request, path)` with one query for the page once
    the address has been routed before: Wagtail walks the tree a level at a time (two
    queries a level). The page's own `route` still runs on what is left of the address,
    so a blog archive still reads its route and a page taken down still answers as such."""
    site = find_site(request)
    if site is None or hasattr(request, "_wagtail_route_for_request"):
        return
    components = [component for component in path.split("/") if component]
    local = caches["default"]
    # Hashed so that any address a reader types makes a key every cache backend accepts.
    address = hashlib.sha256("/".join(components).encode()).hexdigest()
    key = f"frame:{generation(request)}:route:{site.pk}:{get_language()}:{address}"
    known = local.get(key)
    if known is None:
        result = Page.route_for_request(request, path)
        if result is not None:
            # Every language's home page sits at the depth of the site's root page.
            consumed = result[0].depth - site.root_page.depth
            local.set(key, (type(result[0]), result[0].pk, consumed), LOCAL_TIMEOUT)
        return
    model, pk, consumed = known
    try:
        page = model.objects.get(pk=pk)
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except (model.DoesNotExist, Http404):
        request._wagtail_route_for_request = None


def where_restrictions_are():
    """The paths of the pages with a view restriction (a password, sign-in or group) and
    of the aliases, in the request being answered."""
    return remembered(
        None,
        "view-restrictions",
        lambda: (
            tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
            tuple(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
        ),
    )


def view_restrictions_anywhere():
    restricted, _aliases = where_restrictions_are()
    return bool(restricted)


class RestrictionsFromFrame:
    """Page mixin. Before serving a page Wagtail asks it for the view restrictions (a
    password, sign-in or group) on it and its ancestors, in two queries, though almost
    no page has any. The paths of the restricted pages and of the aliases are kept in the
    frame (saving or deleting a restriction or a page starts a new generation), so a page
    with neither above it answers with no query. Beneath an alias, Wagtail's own answer
    follows the alias to its source page."""

    def get_view_restrictions(self):
        restricted, aliases = where_restrictions_are()
        if self.path.startswith(restricted + aliases):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
