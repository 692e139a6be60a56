"""Flat figures without faces, the way charity and public-service illustrations draw
people: a head, hair, clothes and hands in a range of skin tones, standing or seated."""

from dataclasses import dataclass

from website.illustrations.palette import BOTTOMS, HAIR_COLOURS, SKIN_TONES, TOPS

HAIR_STYLES = ["short", "long", "bun", "curly", "cropped"]
SHOES = (52, 44, 40)


@dataclass(frozen=True)
class Person:
    skin: tuple
    hair: tuple
    hair_style: str
    top: tuple
    bottom: tuple


def someone(rng, *, avoid=()):
    """A person drawn at random from the seeded generator, dressed unlike `avoid`."""
    tops = [colour for colour in TOPS if colour not in avoid] or TOPS
    return Person(
        skin=rng.choice(SKIN_TONES),
        hair=rng.choice(HAIR_COLOURS),
        hair_style=rng.choice(HAIR_STYLES),
        top=rng.choice(tops),
        bottom=rng.choice(BOTTOMS),
    )


def people(rng, count):
    chosen = []
    for _ in range(count):
        chosen.append(someone(rng, avoid=[person.top for person in chosen]))
    return chosen


def shade(colour, amount=0.78):
    """The same colour in shadow, for folds, collars and the far side of things."""
    return tuple(round(channel * amount) for channel in colour)


def hair_behind(c, person, x, y, r, facing):
    if person.hair_style == "long":
        c.rect(
            x - r * 1.12 - facing * r * 0.2,
            y - r,
            x + r * 1.12 - facing * r * 0.2,
            y + r * 1.9,
            person.hair,
            radius=r,
        )
    if person.hair_style == "bun":
        c.circle(x - facing * r * 0.75, y - r * 0.75, r * 0.55, person.hair)


def head(c, person, x, y, r, facing=0):
    """A head turned towards `facing` (0 towards us): hair behind it, the head, then the
    hair on top with the face carved out of it, which gives a hairline without features."""
    hair_behind(c, person, x, y, r, facing)
    c.rect(x - r * 0.38, y + r * 0.6, x + r * 0.38, y + r * 1.35, person.skin, radius=r * 0.2)
    c.circle(x, y, r, person.skin)
    if person.hair_style == "curly":
        for dx, dy in ((-0.7, -0.5), (-0.25, -0.8), (0.25, -0.8), (0.7, -0.5)):
            c.circle(x + dx * r - facing * r * 0.2, y + dy * r, r * 0.5, person.hair)
    else:
        cover = 0.55 if person.hair_style == "cropped" else 0.9
        c.chord(x - r * 1.05, y - r * 1.1, x + r * 1.05, y + r * cover, 180, 360, person.hair)
    if facing:
        start, end = (90, 270) if facing > 0 else (270, 450)
        c.chord(x - r * 1.04, y - r * 1.04, x + r * 1.04, y + r * 0.9, start, end, person.hair)
    shift = facing * r * 0.32
    c.ellipse(x - r * 0.8 + shift, y - r * 0.52, x + r * 0.8 + shift, y + r, person.skin)


def standing(c, person, x, ground, height, *, facing=0, hands=("down", "down")):
    """A standing figure `height` tall with its feet on `ground`. Each hand is "down",
    "wave" or "hold" (forward, as if carrying something)."""
    r = height * 0.085
    hip = ground - height * 0.47
    shoulder = ground - height * 0.79
    c.shadow(
        x - r * 1.8, ground - r * 0.35, x + r * 1.8, ground + r * 0.35, blur=r * 0.3, strength=0.28
    )
    for side in (-1, 1):
        c.line(
            [(x + side * r * 0.5, hip), (x + side * r * 0.6, ground - r * 0.35)],
            person.bottom,
            r * 0.9,
        )
        c.ellipse(
            x + side * r * 0.6 - r * 0.45 + facing * r * 0.25,
            ground - r * 0.55,
            x + side * r * 0.6 + r * 0.45 + facing * r * 0.25,
            ground,
            SHOES,
        )
    for side, pose in zip((-1, 1), hands, strict=True):
        start = (x + side * r * 0.95, shoulder + r * 0.45)
        if pose == "wave":
            end = (x + side * r * 1.9, shoulder - r * 1.2)
        elif pose == "hold":
            end = (x + side * r * 0.3 + facing * r * 1.6, hip - r * 0.5)
        else:
            end = (x + side * r * 1.45, hip + r * 0.2)
        c.line([start, end], person.top, r * 0.7)
        c.circle(*end, r * 0.36, person.skin)
    c.rect(x - r * 1.25, shoulder, x + r * 1.25, hip + r * 0.35, person.top, radius=r * 0.9)
    head(c, person, x, shoulder - r * 1.25, r, facing)
    return r


def seated(c, person, x, seat, height, *, facing=1):
    """A figure sitting at `seat` height, turned towards `facing` (1 right, -1 left).
    Returns the shoulder and arm width so the caller can draw the arm after whatever
    (a table, a mug) should sit under the hand."""
    r = height * 0.085
    shoulder = seat - height * 0.33
    knee = (x + facing * height * 0.2, seat - r * 0.1)
    foot = (knee[0] + facing * r * 0.3, seat + height * 0.24)
    c.line([(x, seat - r * 0.3), knee, foot], person.bottom, r * 0.95)
    c.ellipse(
        foot[0] - r * 0.4 + facing * r * 0.3,
        foot[1] - r * 0.2,
        foot[0] + r * 0.5 + facing * r * 0.3,
        foot[1] + r * 0.45,
        SHOES,
    )
    c.rect(x - r * 1.15, shoulder, x + r * 1.15, seat + r * 0.2, person.top, radius=r * 0.9)
    head(c, person, x + facing * r * 0.15, shoulder - r * 1.25, r, facing)
    return (x + facing * r * 0.35, shoulder + r * 0.5), r


def arm(c, person, shoulder, hand, r, *, elbow_drop=0.0):
    """An arm from the shoulder to the hand, bent at an elbow below the straight line."""
    elbow = ((shoulder[0] + hand[0]) / 2, max(shoulder[1], hand[1]) + r * elbow_drop)
    c.line([shoulder, elbow, hand], person.top, r * 0.7)
    c.circle(*hand, r * 0.36, person.skin)


def bust(c, person, x, y, r):
    """Head and shoulders, for portraits: `y` is the centre of the head."""
    c.chord(x - r * 2.4, y + r * 1.3, x + r * 2.4, y + r * 5.6, 180, 360, person.top)
    c.rect(x - r * 2.4, y + r * 3.4, x + r * 2.4, y + r * 4.4, person.top)
    head(c, person, x, y, r)
    c.polygon(
        [(x - r * 0.62, y + r * 1.38), (x + r * 0.62, y + r * 1.38), (x, y + r * 2.1)], person.skin
    )
    c.line(
        [(x - r * 0.75, y + r * 1.3), (x, y + r * 2.15), (x + r * 0.75, y + r * 1.3)],
        shade(person.top),
        r * 0.18,
    )
