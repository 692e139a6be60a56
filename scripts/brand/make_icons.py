"""Draws the charity's mark (a roof over two people side by side, on a teal tile) as the
favicon SVG and, with Pillow, as the PNG icons browsers and phones ask for. One set of
shapes below feeds both, so the SVG and the PNGs cannot drift apart.

Run from the project root: .venv/bin/python scripts/brand/make_icons.py
(scripts/brand/make_logo.mjs then puts the same mark beside the name in static/img/logo.svg)."""

from pathlib import Path

from PIL import Image, ImageDraw

IMG = Path(__file__).resolve().parents[2] / "static" / "img"
TEAL, WHITE, SUN = "#0b5563", "#ffffff", "#f7c548"
SIZE = 64  # the drawing's own units; everything below is in them
TILE_RADIUS = 14
ROOF = [(8, 31), (32, 10), (56, 31), (51, 36), (32, 19), (13, 36)]
# (centre x, centre y, radius) of each head, and (left, top, right, bottom) of each body,
# whose top corners are rounded by BODY_RADIUS.
PEOPLE = [((25, 35, 5.5), (16, 43, 34, 56), WHITE), ((40, 35, 5.5), (31, 43, 49, 56), SUN)]
BODY_RADIUS = 8
HERO_TINTS = ["#cde4df", "#cde4df", "#f9dc91"]


def svg_shapes(colours=None):
    """The mark's shapes as SVG elements (without the tile), reused by make_logo.mjs;
    `colours` replaces the roof's and each person's colour (the hero's faint copy)."""
    roof_colour, *people_colours = colours or [WHITE] + [colour for *_, colour in PEOPLE]
    roof = " ".join(f"{x},{y}" for x, y in ROOF)
    parts = [f'<polygon points="{roof}" fill="{roof_colour}"/>']
    for ((cx, cy, r), (left, top, right, bottom), _), colour in zip(
        PEOPLE, people_colours, strict=True
    ):
        parts.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{colour}"/>')
        parts.append(
            f'<path d="M{left} {bottom}V{top + BODY_RADIUS}a{BODY_RADIUS} {BODY_RADIUS} 0 0 1 '
            f"{BODY_RADIUS} -{BODY_RADIUS}h{right - left - 2 * BODY_RADIUS}"
            f'a{BODY_RADIUS} {BODY_RADIUS} 0 0 1 {BODY_RADIUS} {BODY_RADIUS}V{bottom}z" '
            f'fill="{colour}"/>'
        )
    return "".join(parts)


def favicon_svg():
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
        f'<rect width="{SIZE}" height="{SIZE}" rx="{TILE_RADIUS}" fill="{TEAL}"/>'
        f"{svg_shapes()}</svg>\n"
    )


def png(pixels, *, rounded=True):
    """The mark at `pixels` square, drawn four times larger and scaled down for smooth edges.
    Apple rounds touch icons itself, so that one is a full square."""
    scale = pixels * 4 / SIZE
    big = Image.new("RGBA", (pixels * 4, pixels * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    if rounded:
        draw.rounded_rectangle(
            (0, 0, big.width - 1, big.height - 1), radius=TILE_RADIUS * scale, fill=TEAL
        )
    else:
        draw.rectangle((0, 0, big.width, big.height), fill=TEAL)
    draw.polygon([(x * scale, y * scale) for x, y in ROOF], fill=WHITE)
    for (cx, cy, r), (left, top, right, bottom), colour in PEOPLE:
        draw.ellipse(
            ((cx - r) * scale, (cy - r) * scale, (cx + r) * scale, (cy + r) * scale), fill=colour
        )
        box = (left * scale, top * scale, right * scale, bottom * scale)
        draw.rounded_rectangle(box, radius=BODY_RADIUS * scale, fill=colour)
        draw.rectangle((box[0], (top + BODY_RADIUS) * scale, box[2], box[3]), fill=colour)
    return big.resize((pixels, pixels), Image.LANCZOS)


def main():
    (IMG / "favicon.svg").write_text(favicon_svg())
    # Drawn large and faint behind a hero that has no picture of its own (components.css).
    (IMG / "hero-roof.svg").write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
        f"{svg_shapes(HERO_TINTS)}</svg>\n"
    )
    (Path(__file__).parent / "mark.fragment.svg").write_text(svg_shapes() + "\n")
    png(32).save(IMG / "favicon-32.png", optimize=True)
    png(180, rounded=False).convert("RGB").save(IMG / "apple-touch-icon.png", optimize=True)


if __name__ == "__main__":
    main()
