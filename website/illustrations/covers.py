"""Pictures with words on them: a report's cover and the site's default share image (the
picture social media show when someone shares a page that has none of its own)."""

import textwrap

from PIL import Image, ImageDraw

from website.illustrations import draw, font
from website.illustrations import palette as p

SHARE_SIZE = (1200, 630)


def rounded_paste(base, picture, position, radius):
    mask = Image.new("L", picture.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, *picture.size], radius=radius, fill=255)
    base.paste(picture, position, mask)


def report_cover(title, scene, *, width=840, height=1188):
    """A report's front cover: the charity's name, the title and a scene below it."""
    unit = width / 840
    cover = Image.new("RGB", (width, height), p.TEAL)
    painter = ImageDraw.Draw(cover)
    painter.rectangle([0, height - round(36 * unit), width, height], fill=p.YELLOW)
    painter.text(
        (round(64 * unit), round(64 * unit)),
        "Shared Lives Plus",
        fill=p.PAPER,
        font=font(round(34 * unit)),
    )
    lines = textwrap.wrap(title, width=18)
    heading = font(round(72 * unit))
    for index, line in enumerate(lines[:4]):
        painter.text(
            (round(64 * unit), round((170 + index * 86) * unit)), line, fill=p.WHITE, font=heading
        )
    picture = draw(scene, title, round(width - 128 * unit))
    top = height - round(100 * unit) - picture.height
    rounded_paste(cover, picture, (round(64 * unit), top), round(28 * unit))
    return cover


def share_image(tagline, scene="kitchen"):
    """1200 x 630, the size Facebook, LinkedIn and X show large: the wordmark and a
    tagline on the brand's teal beside a scene."""
    width, height = SHARE_SIZE
    card = Image.new("RGB", SHARE_SIZE, p.TEAL)
    painter = ImageDraw.Draw(card)
    painter.rectangle([0, height - 24, width, height], fill=p.YELLOW)
    painter.rounded_rectangle([64, 96, 84, 176], radius=10, fill=p.YELLOW)
    painter.text((108, 88), "Shared Lives", fill=p.WHITE, font=font(64))
    painter.text((108, 160), "Plus", fill=p.PEACH, font=font(64))
    for index, line in enumerate(textwrap.wrap(tagline, width=26)[:5]):
        painter.text((64, 280 + index * 50), line, fill=p.PAPER, font=font(36, bold=False))
    picture = draw(scene, "share", 560, 520)
    rounded_paste(card, picture, (width - 560 - 40, 40), 32)
    return card
