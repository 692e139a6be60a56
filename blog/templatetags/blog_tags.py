import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from blog.models import BlogPostPage
from consent.gate import public_pages

register = template.Library()

LATEST_POSTS = 3
# The escapes Django's json_script uses: no string in the data can end the script element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.inclusion_tag("blog/includes/latest_posts.html", takes_context=True)
def latest_blog_posts(context):
    """The newest posts in the reader's language, for the home page."""
    language = get_language()
    posts = public_pages(BlogPostPage.objects.filter(locale__language_code=language))
    return {
        "request": context["request"],
        "posts": posts.newest_first().for_listing()[:LATEST_POSTS],
    }


@register.filter
def json_ld(data):
    """`data` as a JSON-LD block. It is data, not script, so the site's script-src 'self'
    policy does not apply to it."""
    payload = json.dumps(data, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
