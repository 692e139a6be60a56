"""A small drawing surface for the demo illustrations: Pillow draws at twice the size and
shrinks the result, which is how flat artwork gets smooth edges without a vector renderer
(none is in the lock, and Pillow's own drawing has no anti-aliasing)."""

from PIL import Image, ImageDraw, ImageFilter

SUPERSAMPLE = 2
SHADOW = (74, 52, 36)


class Canvas:
    """Coordinates are in pixels of the picture at `design_width`, whatever size it is
    finished at, so one drawing serves every size the demo asks for."""

    def __init__(self, width, height, background, design_width):
        self.width, self.height = width, height
        self.factor = SUPERSAMPLE * width / design_width
        self.image = Image.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), background)
        self.draw = ImageDraw.Draw(self.image)

    def scaled(self, *values):
        return [round(value * self.factor) for value in values]

    def rect(self, x0, y0, x1, y1, fill, radius=0):
        box = self.scaled(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        self.draw.rounded_rectangle(box, radius=radius * self.factor, fill=fill)

    def ellipse(self, x0, y0, x1, y1, fill):
        self.draw.ellipse(self.scaled(x0, y0, x1, y1), fill=fill)

    def circle(self, x, y, radius, fill):
        self.ellipse(x - radius, y - radius, x + radius, y + radius, fill)

    def polygon(self, points, fill):
        self.draw.polygon([tuple(self.scaled(x, y)) for x, y in points], fill=fill)

    def pieslice(self, x0, y0, x1, y1, start, end, fill):
        self.draw.pieslice(self.scaled(x0, y0, x1, y1), start, end, fill=fill)

    def chord(self, x0, y0, x1, y1, start, end, fill):
        self.draw.chord(self.scaled(x0, y0, x1, y1), start, end, fill=fill)

    def arc(self, x0, y0, x1, y1, start, end, fill, width):
        box = self.scaled(x0, y0, x1, y1)
        self.draw.arc(box, start, end, fill=fill, width=round(width * self.factor))

    def line(self, points, fill, width):
        """A stroke with round ends and joints, like a limb or a rope."""
        self.draw.line(
            [tuple(self.scaled(x, y)) for x, y in points],
            fill=fill,
            width=round(width * self.factor),
            joint="curve",
        )
        for x, y in (points[0], points[-1]):
            self.circle(x, y, width / 2, fill)

    def gradient(self, x0, y0, x1, y1, top, bottom):
        """A vertical blend, for skies and walls."""
        left, top_edge, right, bottom_edge = self.scaled(x0, y0, x1, y1)
        # One column blended, then widened: resizing the whole band costs a tenth of a second.
        height = max(1, bottom_edge - top_edge)
        band = (
            Image.linear_gradient("L")
            .resize((1, height), Image.Resampling.BILINEAR)
            .resize((max(1, right - left), height), Image.Resampling.NEAREST)
        )
        blend = Image.composite(
            Image.new("RGB", band.size, bottom), Image.new("RGB", band.size, top), band
        )
        self.image.paste(blend, (left, top_edge))

    def shadow(self, x0, y0, x1, y1, *, blur=10, strength=0.22, shape="ellipse"):
        """A soft shadow under whatever is drawn next: blurred in a patch around the shape
        only, so that a picture with a dozen shadows still draws in milliseconds."""
        margin = blur * 3
        box = self.scaled(x0 - margin, y0 - margin, x1 + margin, y1 + margin)
        mask = Image.new("L", (box[2] - box[0], box[3] - box[1]), 0)
        inner = self.scaled(margin, margin, margin + x1 - x0, margin + y1 - y0)
        painter = ImageDraw.Draw(mask)
        if shape == "ellipse":
            painter.ellipse(inner, fill=round(255 * strength))
        else:
            painter.rectangle(inner, fill=round(255 * strength))
        mask = mask.filter(ImageFilter.GaussianBlur(blur * self.factor))
        self.image.paste(Image.new("RGB", mask.size, SHADOW), (box[0], box[1]), mask)

    def finished(self):
        """Each 2 x 2 block averaged into one pixel: the smooth edges, at a fraction of a
        resampling filter's cost."""
        return self.image.reduce(SUPERSAMPLE)
