import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from website.blocks import (
    AllowListedEmbedBlock,
    BaseStreamBlock,
    CaptionedTableBlock,
    DocumentLinkBlock,
    ImageBlock,
    QuoteBlock,
)


def test_embed_from_an_unlisted_site_is_refused_with_a_reason():
    block = AllowListedEmbedBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(EmbedValue("https://tracker.example.com/video/123"))
    assert "YouTube or Vimeo only" in str(error.value)


@pytest.mark.django_db
def test_embed_from_an_allowed_provider_is_accepted():
    url = "https://www.youtube.com/watch?v=abc123"
    # Wagtail looks in its embed cache before asking the provider, so no network is needed.
    Embed.objects.create(
        hash=get_embed_hash(url, 800),
        url=url,
        max_width=800,
        type="video",
        html='<iframe title="A film" src="https://www.youtube-nocookie.com/embed/abc123"></iframe>',
        title="A film",
        width=800,
        height=450,
    )
    block = AllowListedEmbedBlock(max_width=800)
    value = block.clean(EmbedValue(url, max_width=800))
    assert value.url == url


def table_value(caption="Carers by region", header_choice="row"):
    return {
        "data": [["Region", "Carers"], ["North", "1,200"]],
        "table_caption": caption,
        "table_header_choice": header_choice,
    }


def test_table_needs_a_caption_and_a_header_row():
    block = CaptionedTableBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(table_value(caption="", header_choice="neither"))
    message = str(error.value)
    assert "caption" in message
    assert "header row" in message


def test_table_renders_caption_and_column_headers():
    block = CaptionedTableBlock()
    html = block.render(block.clean(table_value()))
    assert "<caption>Carers by region</caption>" in html
    assert '<th scope="col"' in html
    assert 'role="region"' in html


def test_image_needs_alternative_text():
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean({"image": None, "alt_text": "", "caption": ""})


def test_quote_shows_its_attribution():
    block = QuoteBlock()
    html = block.render({"quote": "It feels like home.", "attribution": "Brian"})
    assert "<blockquote><p>It feels like home.</p></blockquote>" in html
    assert "<figcaption>Brian</figcaption>" in html


@pytest.mark.django_db
def test_document_link_says_format_and_size():
    document = Document.objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4\n" + b"0" * 2048, name="annual.pdf")
    )
    html = DocumentLinkBlock().render({"document": document, "label": ""})
    assert "Annual report" in html
    assert "(PDF, 2.0\xa0KB)" in html


def test_rich_text_offers_no_headings_or_images():
    features = BaseStreamBlock().child_blocks["paragraph"].features
    assert not {"h1", "h2", "h3", "image", "embed"} & set(features)
