"""Furniture that makes a room: bed, rug, mirror, fireplace."""

from __future__ import annotations

import math

from ..dsl import boards, box, cylinder, extrude, lathe, part, program, sphere
from ..recipe import STANDARD_PARAMS, MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
FIRE = M("crystal", "#ffb347", emissive="#ff7a1a", emissive_strength=8.0)


def _ellipse(rx: float, ry: float, n: int = 48) -> list[list[float]]:
    return [
        [rx * math.cos(2 * math.pi * i / n), ry * math.sin(2 * math.pi * i / n)] for i in range(n)
    ]


def _wave(w: float, t: float, folds: int) -> list[list[float]]:
    """A pleated curtain seen from above ([x, z], along X, `t` thick): a sine wave there and
    back."""
    n = folds * 4
    xs = [w * i / n - w / 2 for i in range(n + 1)]
    front = [[x, 0.03 * math.sin(2 * math.pi * folds * (x + w / 2) / w)] for x in xs]
    back = [[x, z - t] for x, z in reversed(front)]
    return front + back


def bed(p) -> dict:
    style = p.style
    cot = style == "cot"
    w = (0.9 if cot else 1.05) * p.width
    length = 2.05
    rail_y = 0.22 if not cot else 0.3
    mat_t = 0.18 if not cot else 0.09
    post = 0.075
    head_h = 1.0 if style == "bed" else (0.55 if cot else 2.15)
    foot_h = 0.62 if style == "bed" else (0.55 if cot else 2.15)
    zh, zf = -length / 2 + post / 2, length / 2 - post / 2
    xs = w / 2 - post / 2
    parts = [
        part("head_posts", "wood", box([post, head_h, post], bevel=0.01), part="frame")
        .array(2, [2 * xs, 0, 0], center=True)
        .at(0, 0, zh),
        part("foot_posts", "wood", box([post, foot_h, post], bevel=0.01), part="frame")
        .array(2, [2 * xs, 0, 0], center=True)
        .at(0, 0, zf),
        part("side_rails", "wood", box([0.05, 0.16, length - 2 * post], bevel=0.008), part="frame")
        .array(2, [2 * xs, 0, 0], center=True)
        .at(0, rail_y, 0),
        part("end_rails", "wood", box([w - 2 * post, 0.16, 0.05], bevel=0.008), part="frame")
        .array(2, [0, 0, length - post], center=True)
        .at(0, rail_y, 0),
        part(
            "mattress",
            "linen",
            box([w - 0.1, mat_t, length - 0.16], bevel=0.045 if not cot else 0.03),
        ).at(0, rail_y + 0.1, 0),
    ]
    top = rail_y + 0.1 + mat_t
    if not cot:
        board_h = 1.0 - top - 0.12  # the headboard ends a metre up, also under a canopy
        parts += [
            part(
                "headboard",
                "wood",
                boards(
                    [w - 2 * post, board_h, 0.03],
                    5,
                    run="y",
                    thickness_axis="z",
                    gap=0.01,
                    jitter=0.05,
                ),
                part="frame",
            ).at(0, top - 0.02, zh),
            part(
                "head_cap",
                "wood",
                box([w - 2 * post + 0.02, 0.06, 0.05], bevel=0.012),
                part="frame",
            ).at(0, top - 0.02 + board_h, zh),
            part(
                "footboard",
                "wood",
                boards(
                    [w - 2 * post, 0.62 - top + 0.02 - 0.06, 0.03],
                    4,
                    run="y",
                    thickness_axis="z",
                    gap=0.01,
                    jitter=0.05,
                ),
                part="frame",
            ).at(0, rail_y + 0.08, zf),
        ]
        if style == "bed":  # turned finials on the posts
            parts += [
                part("finials", "wood", sphere(0.045), part="frame")
                .array(2, [2 * xs, 0, 0], center=True)
                .at(0, head_h - 0.02, zh),
                part("foot_finials", "wood", sphere(0.04), part="frame")
                .array(2, [2 * xs, 0, 0], center=True)
                .at(0, foot_h - 0.02, zf),
            ]
    parts += [
        part("pillow", "linen", box([min(0.62, w - 0.2), 0.13, 0.4], bevel=0.05), part="pillows")
        .rotate(x=-8)
        .at(0, top - 0.02, -length / 2 + 0.36),
        # The cover: a slab over the lower two thirds, hanging over the sides, folded back at its head.
        part(
            "cover",
            "blanket",
            box([w - 0.06, mat_t + 0.08, length * 0.64], bevel=0.03),
            part="blanket",
        ).at(0, top - mat_t - 0.06, length / 2 - length * 0.32 - 0.1),
        part("fold", "linen", box([w - 0.05, 0.035, 0.18], bevel=0.014), part="blanket_fold").at(
            0, top + 0.01, length / 2 - length * 0.64 - 0.02
        ),
    ]
    if style == "four-poster":  # a canopy on the posts, curtains tied back at each post
        parts += [
            part(
                "canopy", "velvet", box([w + 0.06, 0.25, length + 0.06], bevel=0.01), part="canopy"
            ).at(0, head_h, 0),
            part(
                "curtains",
                "velvet",
                extrude(_wave(0.34, 0.012, 3), head_h - 0.3, axis="y"),
                part="curtains",
            )
            .array(2, [w - 0.3, 0, 0], center=True)
            .array(2, [0, 0, length - 0.3], center=True)
            .at(0, 0.3, 0)
            .taper([0.45, 1.0]),
        ]
    return program(*parts, collider="box")


def rug(p) -> dict:
    shape = p.shape
    w, d, t = 2.0, 1.3, 0.012
    if shape == "round":
        base = cylinder(0.8, t, bevel=0.004)
        border = extrude(_ellipse(0.74, 0.74), 0.004, holes=[_ellipse(0.62, 0.62)], axis="y")
        medallion = extrude(_ellipse(0.32, 0.32, 8), 0.004, axis="y")
        centre = extrude(_ellipse(0.14, 0.14), 0.006, axis="y")
    elif shape == "oval":
        base = cylinder(1.0, t, bevel=0.004)
        border = extrude(_ellipse(0.93, 0.93), 0.004, holes=[_ellipse(0.8, 0.8)], axis="y")
        medallion = extrude([[0.45, 0], [0, 0.3], [-0.45, 0], [0, -0.3]], 0.004, axis="y")
        centre = extrude(_ellipse(0.12, 0.12), 0.006, axis="y")
    else:
        base = box([w, t, d], bevel=0.004)
        o, i = 0.07, 0.2
        border = extrude(
            [
                [-w / 2 + o, -d / 2 + o],
                [w / 2 - o, -d / 2 + o],
                [w / 2 - o, d / 2 - o],
                [-w / 2 + o, d / 2 - o],
            ],
            0.004,
            holes=[
                [
                    [-w / 2 + i, -d / 2 + i],
                    [w / 2 - i, -d / 2 + i],
                    [w / 2 - i, d / 2 - i],
                    [-w / 2 + i, d / 2 - i],
                ]
            ],
            axis="y",
        )
        medallion = extrude([[0.5, 0], [0, 0.34], [-0.5, 0], [0, -0.34]], 0.004, axis="y")
        centre = extrude([[0.18, 0], [0, 0.12], [-0.18, 0], [0, -0.12]], 0.006, axis="y")
    parts = [
        part("rug", "wool", base).uv("planar", axis="y"),
        part("border", "border", border).at(0, t - 0.001, 0).uv("planar", axis="y"),
        part("medallion", "border", medallion, part="pattern")
        .at(0, t - 0.001, 0)
        .uv("planar", axis="y"),
        part("centre", "accent", centre, part="pattern_centre")
        .at(0, t - 0.001, 0)
        .uv("planar", axis="y"),
    ]
    if shape == "oval":
        for q in parts:
            q.scale([1.0, 1.0, 0.62])
    if p.fringe and shape == "rectangular":  # strands off both short ends
        n = 36
        parts.append(
            part("fringe", "fringe", box([0.07, 0.004, 0.008]))
            .array(
                n,
                [0, 0, (d - 0.04) / (n - 1)],
                center=True,
                jitter={"rotate": [0, 12, 0], "scale": 0.2},
            )
            .moved(w / 2 + 0.03, 0.002, 0)
            .mirror("x")
        )
    return program(*parts, collider="box")


def mirror(p) -> dict:
    shape = p.shape
    standing = p.style == "standing"
    fw, fh = (0.58, 1.15) if shape != "round" else (0.75, 0.75)
    if shape == "oval" or shape == "round":
        outer, inner = _ellipse(fw / 2, fh / 2), _ellipse(fw / 2 - 0.06, fh / 2 - 0.06)
    else:
        outer = [[-fw / 2, -fh / 2], [fw / 2, -fh / 2], [fw / 2, fh / 2], [-fw / 2, fh / 2]]
        inner = [
            [-fw / 2 + 0.06, -fh / 2 + 0.06],
            [fw / 2 - 0.06, -fh / 2 + 0.06],
            [fw / 2 - 0.06, fh / 2 - 0.06],
            [-fw / 2 + 0.06, fh / 2 - 0.06],
        ]
    cy = (0.42 + fh / 2) if standing else fh / 2
    tilt = -6 if standing else 0
    parts = [
        part(
            "frame",
            "frame",
            extrude(outer, 0.045, holes=[inner], bevel=0.012, smooth=shape != "rectangular"),
        )
        .rotate(x=tilt)
        .at(0, cy, 0)
        .uv("box"),
        part("glass", "glass", extrude(inner, 0.012, smooth=shape != "rectangular"))
        .rotate(x=tilt)
        .at(0, cy, 0.008),
        part("backing", "frame", extrude(inner, 0.012, smooth=shape != "rectangular"), part="frame")
        .rotate(x=tilt)
        .at(0, cy, -0.012)
        .uv("box"),
    ]
    if standing:
        post_h = cy + 0.28
        x = fw / 2 + 0.045
        parts += [
            part("uprights", "wood", box([0.045, post_h, 0.045], bevel=0.008), part="stand").array(
                2, [2 * x, 0, 0], center=True
            ),
            part("feet", "wood", box([0.05, 0.05, 0.5], bevel=0.012), part="stand").array(
                2, [2 * x, 0, 0], center=True
            ),
            part("stretcher", "wood", cylinder(0.016, 2 * x), part="stand")
            .rotate(z=90)
            .at(x, 0.16, 0),
            part(
                "finials",
                "wood",
                lathe(
                    [[0, 0], [0.025, 0], [0.03, 0.03], [0.012, 0.06], [0.02, 0.08], [0, 0.1]],
                    smooth=True,
                ),
                part="stand",
            )
            .array(2, [2 * x, 0, 0], center=True)
            .at(0, post_h, 0),
            part("pivots", "brass", cylinder(0.018, 0.03), part="pivots")
            .rotate(z=90)
            .array(2, [2 * x - 0.06, 0, 0], center=True)
            .at(0.015, cy, 0),
        ]
    else:
        parts.append(
            part("hanger", "brass", cylinder(0.012, 0.01), part="pivots")
            .rotate(x=90)
            .at(0, cy + fh / 2 - 0.04, -0.03)
        )
    return program(*parts, collider="box")


def fireplace(p) -> dict:
    w, h, d = 1.7, 1.25, 0.55
    ow, oh = 0.95, 0.8  # the opening
    if (
        p.shape == "arched"
    ):  # the opening's edge from its bottom left, over the top, to its bottom right
        r = ow / 2
        edge = [
            [r * math.cos(math.pi * (1 - i / 16)), oh - r + r * math.sin(math.pi * (1 - i / 16))]
            for i in range(17)
        ]
        edge = [[-r, 0], *edge, [r, 0]]
    else:
        edge = [[-ow / 2, 0], [-ow / 2, oh], [ow / 2, oh], [ow / 2, 0]]
    hearth_h = 0.08
    # The surround seen from the front: a slab with the opening notched out of its bottom edge.
    surround = [[-w / 2, 0], *edge, [w / 2, 0], [w / 2, h], [-w / 2, h]]
    parts = [
        part("hearth", "hearth", box([w + 0.25, hearth_h, d + 0.35], bevel=0.012))
        .at(0, 0, 0.17)
        .uv("box"),
        part("surround", "stone", extrude(surround, d, bevel=0.01, crease=20))
        .at(0, hearth_h, 0)
        .uv("box"),
        part("firebox", "soot", box([ow + 0.04, oh + 0.02, 0.04])).at(0, hearth_h, -d / 2 + 0.02),
        part("mantel", "wood", box([w + 0.16, 0.1, d / 2 + 0.2], bevel=0.012))
        .uv("box")
        .at(0, hearth_h + h, d / 4 - 0.08),
        part("breast", "stone", box([w - 0.3, 0.4, d - 0.12], bevel=0.01), part="surround")
        .uv("box")
        .at(0, hearth_h + h + 0.1, -0.06),
        part("grate", "iron", box([0.55, 0.03, 0.25], bevel=0.005)).at(0, hearth_h + 0.08, -0.05),
        part("andirons", "iron", box([0.03, 0.14, 0.3], bevel=0.006), part="grate")
        .array(2, [0.52, 0, 0], center=True)
        .at(0, hearth_h, -0.05),
        part("logs", "bark", cylinder(0.055, 0.6, bevel=0.012))
        .rotate(z=90, y=12)
        .array(2, [0, 0.0, 0.13], center=True, jitter={"rotate": [0, 10, 0]})
        .at(0.3, hearth_h + 0.14, -0.06)
        .uv("cylindrical"),
    ]
    if p.lit:
        flame = [[0, 0], [0.1, 0.04], [0.11, 0.12], [0.07, 0.26], [0.03, 0.4], [0, 0.48]]
        parts += [
            part("flames", "fire", lathe(flame, smooth=True, sides=5))
            .twist(120)
            .at(0, hearth_h + 0.18, -0.06),
            part("flames_side", "fire", lathe(flame, smooth=True, sides=4), part="flames")
            .scale(0.6)
            .twist(-90)
            .moved(0, 0, 0)
            .array(2, [0.3, 0, 0], center=True)
            .at(0, hearth_h + 0.18, -0.06),
        ]
    return program(*parts, collider="box")


_BED_WIDTH = Param(
    "width",
    "float",
    1.0,
    0.7,
    2.0,
    words={
        **STANDARD_PARAMS["width"].words,
        "double": 1.45,
        "single": 1.0,
        "twin": 1.0,
        "queen": 1.55,
        "king": 1.75,
        "king-size": 1.75,
        "queen-size": 1.55,
    },
    doc="Width of the bed (double: 1.45); the posts and pillows keep their size.",
)

RECIPES = [
    Recipe(
        name="bed",
        category="furniture",
        nouns=(
            "bed",
            "four-poster",
            "four-poster bed",
            "bedstead",
            "cot",
            "camp bed",
            "double bed",
            "single bed",
            "canopy bed",
            "bunk",
        ),
        synsets=("bed.n.01", "bedstead.n.01", "four-poster.n.01", "cot.n.03"),
        size=SizePrior((1.07, 1.07, 2.06), 0.25),
        materials={
            "wood": M("wood_planks", "#6e4428"),
            "linen": M("fabric", "#e6e0d2"),
            "blanket": M("fabric", "#7d2b2b"),
            "velvet": M("fabric", "#5e1826"),
        },
        parts=(
            RecipePart(
                "frame", "wood", ("frame", "bedstead", "posts", "headboard", "footboard", "legs")
            ),
            RecipePart("mattress", "linen", ("mattress",)),
            RecipePart(
                "blanket", "blanket", ("blanket", "cover", "quilt", "duvet", "bedspread", "sheets")
            ),
            RecipePart("blanket_fold", "linen", ("sheet", "fold")),
            RecipePart("pillows", "linen", ("pillow", "pillows")),
            RecipePart("canopy", "velvet", ("canopy", "tester")),
            RecipePart("curtains", "velvet", ("curtains", "drapes", "hangings")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "bed",
                choices=("bed", "four-poster", "cot"),
                words={
                    "four-poster": "four-poster",
                    "canopy": "four-poster",
                    "canopied": "four-poster",
                    "curtains": "four-poster",
                    "cot": "cot",
                    "camp": "cot",
                    "barracks": "cot",
                    "army": "cot",
                    "simple": "cot",
                },
                doc="A bed with head- and footboard, a four-poster with canopy and curtains, "
                "or a low cot.",
            ),
            _BED_WIDTH,
        ),
        build=bed,
        long_axis="z",
        collider="box",
        description="A wooden bed with a mattress, pillow and blanket (a four-poster, or a cot).",
    ),
    Recipe(
        name="rug",
        category="furniture",
        nouns=("rug", "carpet", "mat", "doormat", "runner", "hearthrug", "prayer rug"),
        synsets=("rug.n.01", "mat.n.01", "doormat.n.02", "prayer_rug.n.01"),
        size=SizePrior((2.14, 0.017, 1.3), 0.3),
        materials={
            "wool": M("fabric", "#8a2b26"),
            "border": M("fabric", "#2a3d5e"),
            "accent": M("fabric", "#d9b25a"),
            "fringe": M("fabric", "#e3d8bd"),
        },
        parts=(
            RecipePart("rug", "wool", ("rug", "field", "carpet", "weave")),
            RecipePart("border", "border", ("border", "edge", "trim")),
            RecipePart("pattern", "border", ("pattern", "medallion", "motif")),
            RecipePart("pattern_centre", "accent", ("centre", "center")),
            RecipePart("fringe", "fringe", ("fringe", "tassels")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "rectangular",
                choices=("rectangular", "round", "oval"),
                words={
                    "round": "round",
                    "circular": "round",
                    "oval": "oval",
                    "rectangular": "rectangular",
                    "square": "rectangular",
                },
                doc="Outline of the rug.",
            ),
            Param(
                "fringe",
                "bool",
                True,
                words={"fringed": True, "tasselled": True, "plain": False},
                doc="Fringes at both ends (rectangular rugs).",
            ),
        ),
        build=rug,
        long_axis="x",
        collider="box",
        description="A woven rug with a border, a medallion and fringed ends.",
    ),
    Recipe(
        name="mirror",
        category="furniture",
        nouns=(
            "mirror",
            "looking glass",
            "standing mirror",
            "cheval glass",
            "wall mirror",
            "vanity mirror",
        ),
        synsets=("mirror.n.01", "looking_glass.n.01", "cheval_glass.n.01"),
        size=SizePrior((0.73, 1.57, 0.5), 0.25),
        materials={
            "frame": M("wood_planks", "#5e3a22"),
            "glass": M("iron", "#dfe7ea"),
            "wood": M("wood_planks", "#6a4328"),
            "brass": M("brass", "#c29a48"),
        },
        parts=(
            RecipePart("frame", "frame", ("frame", "surround", "border")),
            RecipePart("glass", "glass", ("glass", "mirror", "pane", "reflection")),
            RecipePart("stand", "wood", ("stand", "legs", "feet", "uprights", "base")),
            RecipePart("pivots", "brass", ("pivots", "hinges", "hanger")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "standing",
                choices=("standing", "wall"),
                words={
                    "standing": "standing",
                    "cheval": "standing",
                    "floor": "standing",
                    "full-length": "standing",
                    "wall": "wall",
                    "hanging": "wall",
                    "wall-mounted": "wall",
                },
                doc="A tilting mirror on a floor stand, or a framed wall mirror.",
            ),
            Param(
                "shape",
                "choice",
                "oval",
                choices=("oval", "rectangular", "round"),
                words={
                    "oval": "oval",
                    "rectangular": "rectangular",
                    "square": "rectangular",
                    "round": "round",
                    "circular": "round",
                },
                doc="Shape of the glass and frame.",
            ),
        ),
        build=mirror,
        collider="box",
        description="A standing mirror: an oval glass in a frame, tilting between two uprights.",
    ),
    Recipe(
        name="fireplace",
        category="furniture",
        nouns=(
            "fireplace",
            "hearth",
            "mantel",
            "mantelpiece",
            "chimneypiece",
            "fire place",
            "inglenook",
        ),
        synsets=("fireplace.n.01", "mantel.n.01"),
        size=SizePrior((1.95, 1.83, 0.9), 0.25),
        materials={
            "stone": M("cobblestone", "#8a847a"),
            "hearth": M("rough_stone", "#6f6a63"),
            "soot": M("rough_stone", "#2b2724"),
            "wood": M("wood_planks", "#5a3a22"),
            "iron": M("iron", "#2e3033"),
            "bark": M("bark"),
            "fire": FIRE,
        },
        parts=(
            RecipePart(
                "surround",
                "stone",
                ("surround", "stones", "walls", "chimney", "breast", "stonework"),
            ),
            RecipePart("hearth", "hearth", ("hearth", "hearthstone", "floor", "base")),
            RecipePart("mantel", "wood", ("mantel", "mantelpiece", "beam", "shelf")),
            RecipePart("firebox", "soot", ("firebox", "back", "soot")),
            RecipePart("grate", "iron", ("grate", "andirons", "firedogs")),
            RecipePart("logs", "bark", ("logs", "log", "firewood", "wood")),
            RecipePart("flames", "fire", ("fire", "flames", "flame", "embers")),
        ),
        params=(
            Param(
                "lit",
                "bool",
                True,
                words={
                    "lit": True,
                    "burning": True,
                    "roaring": True,
                    "blazing": True,
                    "unlit": False,
                    "cold": False,
                    "dead": False,
                    "out": False,
                },
                doc="A fire burning on the logs.",
            ),
            Param(
                "shape",
                "choice",
                "square",
                choices=("square", "arched"),
                words={
                    "arched": "arched",
                    "arch": "arched",
                    "round": "arched",
                    "square": "square",
                    "rectangular": "square",
                },
                doc="Shape of the opening.",
            ),
        ),
        build=fireplace,
        long_axis="x",
        collider="box",
        description="A stone fireplace: a hearth, a surround with a wooden mantel beam, logs and fire.",
    ),
]
