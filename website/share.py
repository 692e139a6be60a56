"""What a page looks like when it is shared on social media (Open Graph and X cards): its
own picture when it has one the consent gate lets out, otherwise the site's share image.

A page offers its picture by defining `share_picture()` returning (image, alt text) or
None, and says it is an article with `share_type = "article"`; `website/` imports no
content app, so this is how the shared template learns about their fields."""

from django.templatetags.static import static
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from consent.gate import page_is_public, public_images

RENDITION = "fill-1200x630"
DEFAULT_SIZE = (1200, 630)
OG_LOCALES = {"en": "en_GB", "cy": "cy_GB"}
# The same words as base.html's default meta description.
DEFAULT_DESCRIPTION = gettext_lazy(
    "Shared Lives and Homeshare: people sharing ordinary homes and lives, with the support "
    "to make it work."
)


def default_image_path(language):
    return f"share/default-{language}.png"


def picture_of(page, request):
    """The page's own (image, alt text) when it has one whose files may be served: a
    photo whose people withdrew consent is withheld by the gate and never offered. A page
    the gate lets out needs no second question (its verdict counts the people in its
    photos, and the answer is already kept on the request); a preview asks of the photo."""
    offer = getattr(page, "share_picture", None)
    chosen = offer() if offer else None
    if not chosen or chosen[0] is None:
        return None
    image, alt = chosen
    if not page_is_public(page, request=request) and not (
        public_images(get_image_model().objects.filter(pk=image.pk)).exists()
    ):
        return None
    return image.get_rendition(RENDITION), alt or image.default_alt_text


def description_of(page):
    for field in ("search_description", "summary", "introduction"):
        text = getattr(page, field, "")
        if isinstance(text, str) and text.strip():
            return text.strip()
    return str(DEFAULT_DESCRIPTION)


def share_meta(request, page, site_name):
    """Everything share_meta.html writes, with absolute addresses."""
    language = get_language() or "en"
    meta = {
        "title": (page and (page.seo_title or page.title)) or site_name,
        "description": description_of(page) if page else str(DEFAULT_DESCRIPTION),
        "type": getattr(page, "share_type", "website"),
        "url": request.build_absolute_uri(),
        "locale": OG_LOCALES.get(language, "en_GB"),
        "site_name": site_name,
    }
    picture = picture_of(page, request) if page else None
    if picture:
        rendition, alt = picture
        meta.update(
            image=request.build_absolute_uri(rendition.url),
            image_width=rendition.width,
            image_height=rendition.height,
            image_alt=alt,
        )
    else:
        meta.update(
            image=request.build_absolute_uri(static(default_image_path(language))),
            image_width=DEFAULT_SIZE[0],
            image_height=DEFAULT_SIZE[1],
            image_alt=_("%(site)s: people sharing ordinary homes and lives.") % {"site": site_name},
        )
    return meta
