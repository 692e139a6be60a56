"""The StreamField blocks every page type shares (one `BaseStreamBlock`)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Headings come from the heading block so that the page outline stays correct; the rich
# text editor offers only what keeps body text plain and accessible.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use a sub-heading only inside a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=200,
        help_text=_("Who said it, as they agreed to be named."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "What the image shows, for people who cannot see it. Do not start with 'Image of'."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


def embed_host_allowed(url):
    host = (urlsplit(url).hostname or "").lower()
    return host in settings.EMBED_ALLOWED_HOSTS


class AllowListedEmbedBlock(EmbedBlock):
    """Embeds only from providers we have checked for privacy and accessibility."""

    def clean(self, value):
        if value and value.url and not embed_host_allowed(value.url):
            raise ValidationError(
                _("Videos can be embedded from YouTube or Vimeo only. Link to other sites instead.")
            )
        return super().clean(value)

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"


class CaptionedTableBlock(TableBlock):
    """A data table with the caption and header row screen readers need to make sense of it."""

    def clean(self, value):
        value = super().clean(value)
        problems = []
        if not (value.get("table_caption") or "").strip():
            problems.append(_("Give the table a caption that says what it shows."))
        if not value.get("first_row_is_table_header"):
            problems.append(_("Make the first row the table's header row."))
        if problems:
            raise ValidationError(" ".join(str(problem) for problem in problems))
        return value

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("important", _("Important"))],
        default="info",
    )

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave blank to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    quote = QuoteBlock()
    image = ImageBlock()
    embed = AllowListedEmbedBlock(
        label=_("Video"), help_text=_("A YouTube or Vimeo address."), max_width=800
    )
    table = CaptionedTableBlock(label=_("Table"))
    callout = CalloutBlock(label=_("Call-out"))
    document = DocumentLinkBlock(label=_("Document link"))
