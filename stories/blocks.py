"""The Easy Read block: short sentences in large type, each of which may have a picture
beside it, the way Easy Read documents are made (a picture on the left, a sentence on the
right)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class EasyReadPointBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Sentence"),
        max_length=200,
        help_text=_("One short sentence in plain words."),
    )
    # Wagtail's own image block: its alternative text starts as the image's description
    # in the library, and a picture that adds nothing a reader needs can be marked
    # decorative. A photo of a person counts for that person's photo consent like every
    # other image on the page (the consent gate reads every image a page uses).
    picture = ImageBlock(
        required=False,
        label=_("Picture"),
        help_text=_("A picture that helps the sentence make sense. Choose one from the library."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Easy Read point")
        template = "blocks/easy_read_point_block.html"


class EasyReadBlock(blocks.StreamBlock):
    point = EasyReadPointBlock()

    class Meta:
        min_num = 1
        max_num = 12


# How a point without a picture is stored: Wagtail reads a list of points' pictures
# together, and cannot mix a bare null among image blocks.
NO_PICTURE = {"image": None, "decorative": False, "alt_text": ""}


def easy_read_points(*sentences):
    """Stream data for an Easy Read field with one point, without a picture, per sentence
    (demo content, data migrations and tests write Easy Read this way)."""
    return [{"type": "point", "value": {"text": text, "picture": NO_PICTURE}} for text in sentences]
