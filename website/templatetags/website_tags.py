from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

from website import frame
from website.models import FooterSettings, NavigationSettings

register = template.Library()

MENUS = {
    "primary": (NavigationSettings, "primary_links"),
    "footer": (FooterSettings, "footer_links"),
}
FOOTER_DETAILS = ("contact_email", "charity_number", "company_number")


def home_for_language(request, language_code):
    """The site's home page in that language (the default one where it has none)."""
    site = frame.find_site(request) or Site.objects.get(is_default_site=True)

    def build():
        home = site.root_page.specific.get_translation_or_none(
            Locale.objects.get(language_code=language_code)
        )
        return home if home is not None and home.live else site.root_page

    return frame.remembered(request, f"home:{site.pk}:{language_code}", build)


def page_alternates(request, page):
    """(language code, live translation or None) for every language, in settings order."""

    def build():
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
        return [(code, translations.get(code)) for code, _name in settings.LANGUAGES]

    # Keyed by the page's id and draft state: a preview of an unsaved page has no id.
    if page.pk is None:
        return build()
    return frame.remembered(request, f"alternates:{page.pk}", build)


# Added to the other language's home page when the switcher lands there for want of a
# translation. It only ever says "1": the notice it shows is a fixed message, so nothing
# in a link can put words on the page.
UNTRANSLATED_PARAMETER = "untranslated"


def routed_subpath(request, page):
    """The part of this address past `page` when a routable page (a blog archive) answered
    it, so that each translation of the page can be sent to the same route; else ""."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not isinstance(page, RoutablePageMixin):
        return ""
    # Translations share their page type, so a route reverses the same under each.
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs).lstrip("/")


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages: its translation where there is one,
    otherwise that language's home page, which then says this page is not translated."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    alternates = dict(page_alternates(request, page)) if isinstance(page, Page) else {}
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        if not isinstance(page, Page):
            url = translate_url(request.get_full_path(), code)
        elif alternates.get(code) is not None:
            url = alternates[code].get_url(request) + routed_subpath(request, page)
        else:
            home = home_for_language(request, code).get_url(request)
            url = f"{home}?{UNTRANSLATED_PARAMETER}=1"
        links.append({"code": code, "name": get_language_info(code)["name_local"], "url": url})
    return {"links": links}


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    request = context.get("request")
    return {"show": request is not None and request.GET.get(UNTRANSLATED_PARAMETER) == "1"}


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """`<link rel="alternate" hreflang>` for every language this page exists in."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        subpath = routed_subpath(request, page)
        alternates = [
            (code, translation.get_full_url(request) + subpath)
            for code, translation in page_alternates(request, page)
            if translation is not None
        ]
    else:
        path = request.get_full_path()
        alternates = [
            (code, request.build_absolute_uri(translate_url(path, code)))
            for code, _name in settings.LANGUAGES
        ]
    default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
    return {"alternates": alternates, "x_default": default}


@register.simple_tag(takes_context=True)
def lang_attribute(context, item):
    """` lang="en"` on something (a page, a topic) in another language than the reader's,
    such as the English page a Welsh menu falls back to when a page has no Welsh version,
    so that screen readers pronounce it in its own language; otherwise nothing."""
    code = frame.language_code(context.get("request"), item.locale_id)
    if code is None or code == get_language():
        return ""
    return format_html(' lang="{}"', code)


@register.filter
def section_label(page):
    """What kind of page a search result is ("Blog post", "Story", "Report"), in the
    reader's language: the model's own translated name, so no query per result."""
    return capfirst(page.specific_class._meta.verbose_name)


# Each section names its own date field: the date a reader knows the page by.
DATE_FIELDS = ("date", "published_on", "publication_date", "first_published_at")


@register.filter
def section_date(page):
    """The date a search result is known by: the post's or story's own date, a report's
    publication date, otherwise when the page was first published."""
    return next(filter(None, (getattr(page, name, None) for name in DATE_FIELDS)), None)


def site_setting(setting_model, site):
    """The site's settings, or the defaults where none were saved. Unlike `for_site`, this
    never writes: serving a page should not create rows (nor start a new frame)."""
    return setting_model.objects.filter(site=site).first() or setting_model(site=site)


def menu_pages(request, setting_model, field_name):
    """The live pages a navigation setting links to, each in the reader's language where it
    has a live translation (else as it is, marked by `lang_attribute`)."""
    site = frame.find_site(request)
    language = get_language()
    if site is None:
        return []

    def build():
        stream_value = getattr(site_setting(setting_model, site), field_name)
        chosen = [block.value["page"] for block in stream_value if block.value["page"]]
        translations = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                translation_key__in=[page.translation_key for page in chosen],
                locale__language_code=language,
            )
        }
        localized = [translations.get(page.translation_key) or page for page in chosen]
        return [page for page in localized if page.live]

    key = f"menu:{site.pk}:{language}:{setting_model.__name__}:{field_name}"
    return frame.remembered(request, key, build)


@register.simple_tag(takes_context=True)
def menu_links(context, name):
    """The links of the header's (`name` "primary") or footer's ("footer") menu, with the
    `aria-current` value each link should carry."""
    setting_model, field_name = MENUS[name]
    current_page = context.get("page")
    links = []
    for page in menu_pages(context["request"], setting_model, field_name):
        current = None
        if isinstance(current_page, Page):
            if current_page.pk == page.pk:
                current = "page"
            elif current_page.path.startswith(page.path):
                current = "true"
        links.append({"page": page, "current": current})
    return links


@register.simple_tag(takes_context=True)
def footer_details(context):
    """The footer's contact and registration details."""
    site = frame.find_site(context["request"])
    if site is None:
        return {}

    def build():
        footer = site_setting(FooterSettings, site)
        return {name: getattr(footer, name) for name in FOOTER_DETAILS}

    return frame.remembered(context["request"], f"footer:{site.pk}", build)


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    """The pages above this one, from its home page down (the tree's root left out)."""
    page = context.get("page")
    if not isinstance(page, Page) or page.pk is None:
        return []
    request = context["request"]
    return frame.remembered(request, f"ancestors:{page.pk}", lambda: list(page.get_ancestors()[1:]))


@register.simple_tag(takes_context=True)
def home_url(context):
    return home_for_language(context["request"], get_language()).get_url(context["request"])


@register.simple_tag(takes_context=True)
def site_name(context):
    site = frame.find_site(context["request"])
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def url_for_page_number(context, number):
    """This address with its other query parameters (search words, filters) kept and only
    the page number changed, so that filters survive pagination."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.simple_tag(takes_context=True)
def staff_userbar(context):
    """Wagtail's user bar, asked for only when the reader has a session (editors do;
    anonymous readers never do). Asking reads the session, which makes Django mark the
    page `Vary: Cookie` and keeps every anonymous copy out of shared caches."""
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context)


@register.simple_tag(takes_context=True)
def parent_url(context, page):
    """The address of the page above `page` (its section's index, for the "All our ..."
    links under a list), kept with the frame: it changes only when pages are moved,
    renamed or published, which start a new generation."""
    request = context["request"]
    site = frame.find_site(request)
    parent_path = page.path[: -Page.steplen]
    return frame.remembered(
        request,
        f"parent-url:{site and site.pk}:{parent_path}",
        lambda: page.get_parent().get_url(request),
    )
