from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from syndication import views as syndication_views
from syndication.api import api_router
from website import scheme_finder, styleguide, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include("documents.urls")),
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("feed/", syndication_views.wordpress_feed, name="wordpress_feed"),
    path("api/v2/", api_router.urls),
    # oEmbed and the widget take their language from the address or `lang`, not a prefix.
    path("oembed/", syndication_views.oembed, name="oembed"),
    path("embed.js", syndication_views.embed_js, name="embed_js"),
    path("embed/<slug:section>/", syndication_views.embed_section, name="embed_section"),
    path(
        "embed/<slug:section>/<int:page_id>/",
        syndication_views.embed_item,
        name="embed_item",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English lives at unprefixed addresses and Welsh under /cy/; Wagtail's page serving comes
# last because it answers every remaining address.
urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("schemes/", scheme_finder.find_scheme, name="schemes"),
    path("styleguide/", styleguide.styleguide, name="styleguide"),
    path("feeds/", include("syndication.urls")),
    path("consent/", include("consent.signoff.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("", include("campaigns.urls")),
    # Wagtail's own addresses, with its page serving pattern sent to the view that finds
    # pages from the cached routes.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, views.serve, name="wagtail_serve"),
    prefix_default_language=False,
)

handler400 = "website.views.bad_request"
handler404 = "website.views.page_not_found"
handler500 = "website.views.server_error"
