from django import template

from website.share import share_meta as meta_for

register = template.Library()


@register.simple_tag(takes_context=True)
def share_meta(context):
    page = context.get("page")
    return meta_for(
        context["request"], page if hasattr(page, "title") else None, context.get("SITE_NAME", "")
    )
