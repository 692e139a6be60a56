"""`{% kept_picture %}`: Wagtail's `{% picture %}`, with its markup kept with the frame.

Wagtail builds a picture's markup anew on every showing: it parses each filter spec
(width x format: six here for a card), looks each rendition up in the cache and writes
every one back. That was a fifth of the home page's time. The markup changes only when
the image's file, focal point or default text changes (all in the key), when renditions
are deleted (a new file, or a photo withdrawn with consent) or when consent changes; the
last two start a new frame generation (website/apps.py)."""

import hashlib

from django import template
from django.template.base import Token
from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

from website import frame

register = template.Library()


FOCAL_POINT_FIELDS = ("focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height")


class KeptPictureNode(PictureNode):
    def render(self, context):
        image_ = self.validate_image(context)
        if not image_:
            return ""
        attrs = {key: str(value.resolve(context)) for key, value in self.attrs.items()}
        described = [
            image_.pk,
            image_.file.name,
            image_.default_alt_text,
            *(getattr(image_, field) for field in FOCAL_POINT_FIELDS),
            *self.filter_specs,
            *sorted(attrs.items()),
        ]
        digest = hashlib.sha256(repr(described).encode()).hexdigest()
        return frame.remembered(
            context.get("request"),
            f"picture:{digest}",
            lambda: PictureNode.render(self, context),
        )


@register.tag
def kept_picture(parser, token):
    """Takes what `{% picture %}` takes, but not `as`: the markup is what is kept."""
    _name, _space, arguments = token.contents.partition(" ")
    node = image(parser, Token(token.token_type, f"picture {arguments}"))
    if node.output_var_name:
        raise template.TemplateSyntaxError("kept_picture writes its markup; it has no 'as'.")
    return KeptPictureNode(node.image_expr, node.filter_specs, attrs=node.attrs)
