"""Food (category food_kitchen): bread, cheese, an apple, a cake. Built at real size; cut faces
show the inside's own material (the crumb in a loaf's scores, the paste in a cheese's cut)."""

from __future__ import annotations

import math

from ..dsl import cylinder, extrude, lathe, part, program, sphere, sweep
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .lights import FLAME, flame_profile, lit_param

M = MaterialRole


def _parts(*rows) -> tuple[RecipePart, ...]:
    return tuple(RecipePart(name, role, tuple(words)) for name, role, words in rows)


# ---------------------------------------------------------------------------------------------
# Bread


def _dome_top(
    x: float, z: float, r: float, portion: float, sx: float, sy: float, sz: float
) -> float:
    """Height of a scaled sphere-portion dome (radius r, standing on y = 0) above (x, z)."""
    yc = (2 * portion - 1) * r
    q = 1.0 - (x / (r * sx)) ** 2 - (z / (r * sz)) ** 2
    return sy * (yc + r * math.sqrt(max(q, 0.0)))


def bread(p) -> dict:
    r, portion = 0.1, 0.6
    if p.style == "baguette":
        sx, sy, sz, xs, turn, score = (
            3.0,
            0.6,
            0.34,
            [-0.2, -0.1, 0.0, 0.1, 0.2],
            55,
            (0.085, 0.016),
        )
    elif p.style == "round":
        sx, sy, sz, xs, turn, score = 1.0, 0.9, 1.0, [0.0, 0.0], 0, (0.13, 0.02)
    else:
        sx, sy, sz, xs, turn, score = 1.4, 0.92, 0.7, [-0.075, 0.0, 0.075], 30, (0.1, 0.022)
    depth = 0.011
    # Each score is an ellipsoid of crumb half sunk into the crust across the top, tilted to the
    # dome's slope: the pale, slightly raised streak of an opened score. (Cutting grooves with
    # booleans looked much the same and cost five times the build time.)
    crumbs = []
    for k, x in enumerate(xs):
        angle = turn if p.style != "round" else (0 if k == 0 else 90)
        y = _dome_top(x, 0.0, r, portion, sx, sy, sz)
        dy = _dome_top(x + 0.005, 0.0, r, portion, sx, sy, sz) - _dome_top(
            x - 0.005, 0.0, r, portion, sx, sy, sz
        )
        slope = max(-35.0, min(35.0, math.degrees(math.atan2(dy, 0.01))))
        length, width = score
        # (A sphere of the score's real width, stretched: a primitive's segments follow its size.)
        crumbs.append(
            part(f"crumb_{k}", "crumb", sphere(width / 2), part="crumb")
            .scale([length / width, 1.6 * depth / width, 0.75])
            .rotate(z=slope, y=angle)
            .at(x, y - 1.4 * depth, 0)
            .detail(0.5)
        )
    crust = part("crust", "crust", sphere(r, portion=portion)).scale([sx, sy, sz]).detail(1.5)
    return program(crust, *crumbs, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Cheese


def _sector(radius: float, half: float, apex_z: float = 0.0, n: int = 40) -> list[list[float]]:
    """Top view [x, z] of a disc with a wedge missing round +Z: the wedge's faces are the lines
    from (0, apex_z) at +-`half` degrees from +Z; the arc runs the long way round between them."""
    a = math.radians(half)
    # Where each face meets the circle: (t sin a, apex_z + t cos a) at distance `radius`.
    t = -apex_z * math.cos(a) + math.sqrt((apex_z * math.cos(a)) ** 2 - apex_z**2 + radius**2)
    start = math.atan2(t * math.sin(a), apex_z + t * math.cos(a))
    angles = [start + (2 * math.pi - 2 * start) * k / n for k in range(n + 1)]
    return [[0.0, apex_z]] + [[radius * math.sin(v), radius * math.cos(v)] for v in angles]


def cheese(p) -> dict:
    r, h, half = 0.15, 0.1, 25.0
    if not p.cut:
        return program(
            part("rind", "rind", cylinder(r, h, bevel=0.015)).detail(1.4), collider="mesh_convex"
        )
    # Built from extruded sectors rather than booleans (five times faster): the rind is the whole
    # wheel less a wedge; the paste a smaller sector whose cut faces stand a hair in front of the
    # rind's, so the cut shows paste framed by rind. Holes are dark ovals on the cut faces.
    a = math.radians(half)
    lift = 0.0015 / math.sin(a)
    parts = [
        part(
            "rind",
            "rind",
            extrude(_sector(r, half), h, axis="y", smooth=True, crease=20, bevel=0.012),
        ).detail(1.4),
        part(
            "paste",
            "paste",
            extrude(_sector(r - 0.008, half, lift), h - 0.014, axis="y", smooth=True, crease=20),
        ).at(0, 0.007, 0),
    ]
    for k, (side, d, y, rad) in enumerate(
        (
            (1, 0.06, 0.03, 0.011),
            (-1, 0.1, 0.055, 0.009),
            (1, 0.11, 0.068, 0.008),
            (-1, 0.045, 0.035, 0.008),
            (1, 0.09, 0.014, 0.006),
            (-1, 0.075, 0.075, 0.006),
        )
    ):
        # A point on the face (`d` out from the apex) and the face's outward normal (into the gap).
        x, z = side * d * math.sin(a), lift + d * math.cos(a)
        nx, nz = -side * math.cos(a), math.sin(a)
        turn = math.degrees(math.atan2(nx, nz))
        parts.append(
            part(f"hole_{k}", "holes", cylinder(rad, 0.0012), part="holes")
            .scale([1.0, 1.0, 0.8])
            .rotate(x=90, y=turn)
            .at(x + 0.0002 * nx, 0.007 + y, z + 0.0002 * nz)
            .detail(0.5)
        )
    return program(*parts, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Apple


def apple(p) -> dict:
    profile = [
        [0, 0.008],
        [0.012, 0.002],
        [0.026, 0.0],
        [0.037, 0.012],
        [0.042, 0.032],
        [0.042, 0.052],
        [0.036, 0.07],
        [0.022, 0.08],
        [0.01, 0.077],
        [0, 0.07],
    ]
    parts = [
        part("apple", "skin", lathe(profile, smooth=True)).detail(1.5),
        part(
            "stem",
            "stem",
            sweep(
                [[0, 0.066, 0], [0.002, 0.08, 0], [0.007, 0.092, 0]],
                curve="smooth",
                radii=[0.0022, 0.0019, 0.0016],
            ),
        ),
    ]
    if p.leaf:
        leaf = [
            [0.0, 0.0],
            [0.012, 0.008],
            [0.026, 0.007],
            [0.038, 0.0],
            [0.026, -0.007],
            [0.012, -0.008],
        ]
        parts.append(
            part("leaf", "leaf", extrude(leaf, 0.0012, axis="y", smooth=True))
            .rotate(x=35, y=-20, z=12)
            .at(0.004, 0.086, 0)
        )
    return program(*parts, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Cake


def cake(p) -> dict:
    r, layer_h, cream_h = 0.115, 0.048, 0.008
    n = p.layers
    pitch = layer_h + cream_h
    top = 0.012 + n * pitch - cream_h
    parts = [
        part("board", "board", cylinder(0.14, 0.012, bevel=0.004)),
        part("sponge", "sponge", cylinder(r, layer_h)).array(n, [0, pitch, 0]).at(0, 0.012, 0),
        part("icing", "icing", cylinder(r + 0.004, 0.014, bevel=0.006)).at(0, top - 0.002, 0),
        # Icing running down the side, and a ring of berries on top.
        part("drips", "icing", sphere(0.008), part="icing")
        .scale([1.0, 2.6, 0.8])
        .radial(18, radius=r + 0.001, jitter={"scale": 0.35})
        .at(0, top - 0.028, 0)
        .detail(0.5),
    ]
    if n > 1:
        parts.append(
            part("cream", "icing", cylinder(r + 0.002, cream_h), part="icing")
            .array(n - 1, [0, pitch, 0])
            .at(0, 0.012 + layer_h, 0)
        )
    if p.candles:
        k = p.candles
        ring = 0.0 if k == 1 else 0.06
        parts.append(
            part("candles", "candle", cylinder(0.0045, 0.06, bevel=0.001))
            .moved(0, 0, ring)
            .radial(k, start=15)
            .at(0, top + 0.01, 0)
        )
        if p.lit:
            parts.append(
                part("flames", "flame", lathe(flame_profile(0.022, 0.005), smooth=True))
                .moved(0, 0, ring)
                .radial(k, start=15)
                .at(0, top + 0.074, 0)
            )
        parts.append(
            part("berries", "berry", sphere(0.011))
            .radial(10, radius=0.095)
            .at(0, top + 0.008, 0)
            .detail(0.5)
        )
    else:
        parts.append(
            part("berries", "berry", sphere(0.012))
            .radial(8, radius=0.08)
            .at(0, top + 0.008, 0)
            .detail(0.5)
        )
        parts.append(
            part("top_berry", "berry", sphere(0.016), part="berries").at(0, top + 0.008, 0)
        )
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------

RECIPES = [
    Recipe(
        name="bread",
        category="food_kitchen",
        nouns=("bread", "loaf", "baguette", "loaf of bread", "bread loaf", "boule", "cob"),
        synsets=("bread.n.01", "loaf_of_bread.n.01", "baguet.n.01"),
        size=SizePrior((0.28, 0.11, 0.14), 0.25),
        materials={"crust": M("organic", "#b26a2c"), "crumb": M("organic", "#e6c488")},
        parts=_parts(
            ("crust", "crust", ("crust", "loaf", "bread")),
            ("crumb", "crumb", ("crumb", "scores", "cuts")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "loaf",
                choices=("loaf", "baguette", "round"),
                words={
                    "loaf": "loaf",
                    "baguette": "baguette",
                    "french": "baguette",
                    "round": "round",
                    "boule": "round",
                    "cob": "round",
                },
                doc="A long loaf, a baguette, or a round boule.",
            ),
        ),
        build=bread,
        long_axis="x",
        collider="mesh_convex",
        description="A domed loaf of bread with scored cuts showing the crumb.",
    ),
    Recipe(
        name="cheese",
        category="food_kitchen",
        nouns=("cheese", "cheese wheel", "wheel of cheese", "cheddar", "round of cheese"),
        synsets=("cheese.n.01",),
        size=SizePrior((0.3, 0.1, 0.3), 0.25),
        materials={
            "rind": M("organic", "#d89a2a"),
            "paste": M("organic", "#f3d36b"),
            "holes": M("organic", "#c29a3c"),
        },
        parts=_parts(
            ("rind", "rind", ("rind", "wheel", "cheese")),
            ("paste", "paste", ("paste", "inside")),
            ("holes", "holes", ("holes", "eyes")),
        ),
        params=(
            Param(
                "cut",
                "bool",
                True,
                words={"cut": True, "sliced": True, "whole": False, "uncut": False},
                doc="A wedge cut out, showing the holes.",
            ),
        ),
        build=cheese,
        round=True,
        collider="mesh_convex",
        description="A wheel of cheese with a wedge cut out, the holey paste showing.",
    ),
    Recipe(
        name="apple",
        category="food_kitchen",
        nouns=("apple", "red apple", "green apple", "crab apple"),
        synsets=("apple.n.01",),
        size=SizePrior((0.085, 0.092, 0.084), 0.25),
        materials={
            "skin": M("organic", "#b3221c"),
            "stem": M("bark", "#4a3420"),
            "leaf": M("foliage", "#4f8a2a"),
        },
        parts=_parts(
            ("apple", "skin", ("skin", "apple", "fruit")),
            ("stem", "stem", ("stem", "stalk")),
            ("leaf", "leaf", ("leaf",)),
        ),
        params=(
            Param(
                "leaf",
                "bool",
                True,
                words={"leafy": True, "leaf": True, "leafless": False},
                doc="A leaf on the stalk.",
            ),
        ),
        build=apple,
        round=True,
        collider="mesh_convex",
        description="An apple with a stalk and a leaf, at its real size (8 cm).",
    ),
    Recipe(
        name="cake",
        category="food_kitchen",
        nouns=("cake", "birthday cake", "layer cake", "gateau", "sponge cake", "wedding cake"),
        synsets=("cake.n.03", "birthday_cake.n.01", "layer_cake.n.01"),
        size=SizePrior((0.28, 0.14, 0.28), 0.25),
        materials={
            "sponge": M("organic", "#e2b277"),
            "icing": M("ceramic", "#fbf1f0"),
            "berry": M("organic", "#a5122a"),
            "board": M("ceramic", "#e9e5dc"),
            "candle": M("ceramic", "#ee86ad"),
            "flame": FLAME,
        },
        parts=_parts(
            ("sponge", "sponge", ("sponge", "layers", "cake")),
            ("icing", "icing", ("icing", "frosting", "cream")),
            ("berries", "berry", ("berries", "cherries", "strawberries", "fruit")),
            ("board", "board", ("board", "plate", "stand")),
            ("candles", "candle", ("candles", "candle")),
            ("flames", "flame", ("flames", "flame")),
        ),
        params=(
            Param(
                "layers",
                "int",
                2,
                1,
                4,
                count_nouns=("layers", "layer", "layered", "tiers", "tier"),
                doc="Sponge layers with cream between.",
            ),
            Param(
                "candles",
                "int",
                0,
                0,
                12,
                count_nouns=("candles", "candle"),
                words={"birthday": 6},
                doc="Candles on top.",
            ),
            lit_param("The candles burn."),
        ),
        build=cake,
        round=True,
        collider="capsule",
        description="A layered sponge cake with icing running down the sides and berries on top.",
    ),
]
