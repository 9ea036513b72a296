"""Furniture to sit at and on: table, chair, stool, bench."""

from __future__ import annotations

import math

from ..dsl import boards, box, cylinder, extrude, lathe, macro, part, program
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
OPEN_WORDS = {"open": True, "opened": True, "ajar": True, "closed": False, "shut": False}


def turned_leg(h: float, r: float) -> list[list[float]]:
    """A lathe-turned leg profile [r, y] of height h and largest radius r: a foot, a long taper
    and beads under the top."""
    return [
        [0, 0],
        [0.8 * r, 0],
        [0.95 * r, 0.03 * h],
        [0.8 * r, 0.07 * h],
        [0.62 * r, 0.45 * h],
        [0.72 * r, 0.7 * h],
        [r, 0.76 * h],
        [0.7 * r, 0.82 * h],
        [0.85 * r, 0.9 * h],
        [0.85 * r, h],
        [0, h],
    ]


def _legs(n: int, w: float, d: float, leg_h: float, round_top: bool, turned: bool) -> list:
    """n legs under a top of w x d (a radius w / 2 when round_top): corners and pairs along the
    length for even counts on a rectangle, a ring otherwise. Turned legs, or square ones tapering
    towards the floor (built tapering upwards, then turned over)."""
    lw = 0.065
    if turned:
        leg = part("legs", "wood", lathe(turned_leg(leg_h, lw * 0.62), smooth=True))
    else:
        leg = (
            part("legs", "wood", box([lw, leg_h, lw], bevel=0.008))
            .taper(0.7)
            .turned(x=180)
            .moved(0, leg_h, 0)
        )
    if not round_top and n % 2 == 0:
        pairs = n // 2
        span = w - 0.2
        leg = leg.array(pairs, [span / max(pairs - 1, 1), 0, 0], center=True).array(
            2, [0, 0, d - 0.2], center=True
        )
    else:
        r = (min(w, d) / 2 - 0.14) if not round_top else w / 2 * 0.62
        leg = leg.moved(0, 0, r).radial(n, start=45 if n == 4 else 0)
    return [leg]


def table(p) -> dict:
    w, d, h, t = 1.3, 0.78, 0.76, 0.05
    shape = p.shape
    if shape == "round":
        w = d = 1.1
    elif shape == "square":
        w = d = 0.9
    turned = bool(p.rng.integers(0, 2))
    top_y = h - t
    if shape == "round":
        top = part("top", "wood", cylinder(w / 2, t, bevel=0.014)).at(0, top_y, 0)
        apron = part(
            "apron",
            "wood",
            cylinder(w / 2 * 0.72, 0.09, inner_radius=w / 2 * 0.72 - 0.025),
            part="legs",
        ).at(0, top_y - 0.09, 0)
    else:
        top = part(
            "top",
            "wood",
            boards(
                [w, t, d], max(3, round(d / 0.17)), run="x", gap=0.004, bevel=0.008, jitter=0.05
            ),
        ).at(0, top_y, 0)
        apron = (
            part("apron", "wood", box([w - 0.2, 0.09, 0.025], bevel=0.004), part="legs")
            .array(2, [0, 0, d - 0.2 - 0.02], center=True)
            .at(0, top_y - 0.09, 0)
        )
    parts = [top]
    n = p.legs
    if n == 1:  # a pedestal: a turned column on splayed feet
        col = [
            [0, 0],
            [0.11, 0],
            [0.11, 0.06],
            [0.07, 0.1],
            [0.06, 0.3],
            [0.09, 0.38],
            [0.05, 0.45],
            [0.045, top_y - 0.08],
            [0.07, top_y - 0.05],
            [0.07, top_y],
            [0, top_y],
        ]
        parts += [
            part("column", "wood", lathe(col, smooth=True), part="legs"),
            part(
                "feet",
                "wood",
                extrude(
                    [[0.0, 0], [0.36, 0], [0.36, 0.03], [0.1, 0.12], [0.0, 0.12]],
                    0.06,
                    axis="x",
                    bevel=0.01,
                ),
                part="legs",
            ).radial(4, start=45),
        ]
    elif n == 2 and shape != "round":  # trestle ends joined by a stretcher
        ends = extrude(
            [
                [-d / 2 + 0.06, 0],
                [d / 2 - 0.06, 0],
                [d / 2 - 0.06, 0.06],
                [0.06, 0.1],
                [0.05, top_y - 0.07],
                [d / 2 - 0.12, top_y - 0.02],
                [d / 2 - 0.12, top_y],
                [-d / 2 + 0.12, top_y],
                [-d / 2 + 0.12, top_y - 0.02],
                [-0.05, top_y - 0.07],
                [-0.06, 0.1],
                [-d / 2 + 0.06, 0.06],
            ],
            0.07,
            axis="x",
            bevel=0.012,
            crease=20,
        )
        parts += [
            part("trestles", "wood", ends, part="legs").array(2, [w - 0.36, 0, 0], center=True),
            part("stretcher", "wood", box([w - 0.3, 0.08, 0.05], bevel=0.01), part="legs").at(
                0, 0.3, -0.025
            ),
        ]
    else:
        parts += [*_legs(n, w, d, top_y + 0.002, shape == "round", turned), apron]
    return program(*parts, collider="box")


def stool(p) -> dict:
    h, t = 0.46, 0.04
    seat_r = 0.17
    n = p.legs
    seat = (
        cylinder(seat_r, t, bevel=0.012)
        if p.shape == "round"
        else box([2 * seat_r * 0.9, t, 2 * seat_r * 0.9], bevel=0.012)
    )
    splay = 9.0
    leg_len = (h - t + 0.01) / 0.988
    foot_r = seat_r * 0.85 + 0.05
    leg = (
        part("legs", "wood", cylinder(0.02, leg_len))
        .taper(0.75)
        .turned(x=-splay)
        .moved(0, 0, foot_r)
        .radial(n, start=45 if p.shape == "square" and n == 4 else 0)
    )
    # Rungs between neighbouring legs at a third of the height (tangent bars on a ring).
    rung_y = 0.16
    r_at = foot_r - rung_y * math.tan(math.radians(splay))
    chord = 2 * r_at * math.sin(math.pi / n)
    rung = (
        part("rungs", "wood", cylinder(0.011, chord * 0.98))
        .turned(z=90)
        .moved(chord * 0.49, rung_y, r_at * math.cos(math.pi / n))
        .radial(n, start=(180.0 / n) + (45 if p.shape == "square" and n == 4 else 0))
    )
    return program(part("seat", "wood", seat).at(0, h - t, 0), leg, rung, collider="box")


def _bench_plain(p) -> list:
    L, sh, sd = 1.5, 0.45, 0.34
    seat = part(
        "seat", "wood", boards([L, 0.05, sd], 2, run="x", gap=0.006, bevel=0.006, jitter=0.05)
    ).at(0, sh - 0.05, 0)
    leg_outline = [
        [-sd / 2 + 0.02, 0],
        [-0.08, 0],
        [-0.05, 0.08],
        [0.05, 0.08],
        [0.08, 0],
        [sd / 2 - 0.02, 0],
        [sd / 2 - 0.04, sh - 0.05],
        [-sd / 2 + 0.04, sh - 0.05],
    ]
    parts = [
        seat,
        part("legs", "wood", extrude(leg_outline, 0.05, axis="x", bevel=0.008, crease=20)).array(
            2, [L - 0.3, 0, 0], center=True
        ),
        part("rail", "wood", box([L - 0.3, 0.07, 0.035], bevel=0.008), part="legs").at(
            0, sh - 0.15, 0
        ),
    ]
    if p.back:
        parts += [
            part("back_posts", "wood", box([0.05, 0.45, 0.05], bevel=0.008), part="back")
            .array(2, [L - 0.3, 0, 0], center=True)
            .rotate(x=-8)
            .at(0, sh - 0.06, -sd / 2 + 0.03),
            part(
                "back",
                "wood",
                boards(
                    [L - 0.15, 0.2, 0.03], 2, run="x", thickness_axis="z", gap=0.02, jitter=0.05
                ),
            )
            .rotate(x=-8)
            .at(0, sh + 0.16, -sd / 2 - 0.0),
        ]
    return parts


def _bench_park(p) -> list:
    L, sh, sd = 1.55, 0.44, 0.46
    # One cast-iron end frame seen from the side ([z, y], front +Z): front leg, seat rail and arm,
    # rear leg rising into the back support.
    side = [
        [0.2, 0],
        [0.25, 0],
        [0.22, sh - 0.03],
        [0.25, 0.62],
        [0.2, 0.64],
        [0.02, 0.6],
        [-0.18, 0.86],
        [-0.23, 0.85],
        [-0.2, sh],
        [-0.24, 0],
        [-0.19, 0],
        [-0.15, sh - 0.04],
        [0.18, sh - 0.04],
    ]
    return [
        part(
            "seat",
            "wood",
            boards([L, 0.035, sd - 0.04], 5, run="x", gap=0.012, bevel=0.005, jitter=0.04),
        ).at(0, sh - 0.035, 0.01),
        part(
            "back",
            "wood",
            boards([L, 0.3, 0.03], 3, run="x", thickness_axis="z", gap=0.02, jitter=0.04),
        )
        .rotate(x=-16)
        .at(0, sh + 0.1, -0.17),
        part("frames", "iron", extrude(side, 0.05, axis="x", bevel=0.01, crease=35)).array(
            2, [L - 0.2, 0, 0], center=True
        ),
    ]


def _bench_stone(p) -> list:
    L, sh, sd = 1.5, 0.46, 0.42
    return [
        part("slab", "stone", box([L, 0.12, sd], bevel=0.02)).at(0, sh - 0.12, 0).uv("box"),
        part("supports", "stone", box([0.3, sh - 0.12 + 0.005, sd - 0.06], bevel=0.015))
        .array(2, [L - 0.55, 0, 0], center=True)
        .uv("box"),
    ]


def bench(p) -> dict:
    style = p.style
    parts = {"plain": _bench_plain, "park": _bench_park, "stone": _bench_stone}[style](p)
    return program(*parts, collider="box")


def chair(p) -> dict:
    return program(
        part("chair", None, macro("chair", 0.95, {"seat": "wood", "legs": "wood", "back": "wood"}))
    )


RECIPES = [
    Recipe(
        name="table",
        category="furniture",
        nouns=(
            "table",
            "dining table",
            "kitchen table",
            "tabletop",
            "wooden table",
            "round table",
            "coffee table",
            "side table",
            "feast table",
            "trestle table",
            "pedestal table",
        ),
        synsets=("table.n.02", "dining_table.n.01", "kitchen_table.n.01"),
        size=SizePrior((1.3, 0.76, 0.78), 0.25),
        materials={"wood": M("wood_planks", "#8a5a32")},
        parts=(
            RecipePart("top", "wood", ("top", "tabletop", "surface", "board")),
            RecipePart(
                "legs", "wood", ("legs", "leg", "base", "pedestal", "trestles", "frame", "stand")
            ),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "rectangular",
                choices=("rectangular", "round", "square"),
                words={
                    "round": "round",
                    "circular": "round",
                    "oval": "round",
                    "square": "square",
                    "rectangular": "rectangular",
                    "long": "rectangular",
                    "oblong": "rectangular",
                },
                doc="Rectangular (1.3 x 0.78 m), round (1.1 m across) or square (0.9 m).",
            ),
            Param(
                "legs",
                "int",
                4,
                1,
                8,
                count_nouns=("legs", "leg", "legged"),
                words={"pedestal": 1, "trestle": 2, "tripod": 3},
                doc="1: a pedestal on feet; 2: trestle ends (rectangular); 3 or more: legs, "
                "in pairs along a rectangle or in a ring.",
            ),
        ),
        build=table,
        long_axis="x",
        collider="box",
        description="A wooden table: a planked top on turned or square legs (round and square "
        "tops, pedestal and trestle bases).",
    ),
    Recipe(
        name="chair",
        category="furniture",
        nouns=("chair", "seat", "dining chair", "wooden chair", "kitchen chair", "side chair"),
        synsets=("chair.n.01",),
        size=SizePrior((0.45, 0.95, 0.48), 0.25),
        materials={"wood": M("wood_planks")},
        parts=(
            RecipePart("seat", "wood", ("seat",)),
            RecipePart("legs", "wood", ("legs", "leg")),
            RecipePart("back", "wood", ("back", "backrest", "slats")),
        ),
        build=chair,
        collider="box",
        description="A wooden chair with a slatted back (the chair archetype).",
    ),
    Recipe(
        name="stool",
        category="furniture",
        nouns=("stool", "footstool", "milking stool", "bar stool", "wooden stool", "tabouret"),
        synsets=("stool.n.01", "footstool.n.01", "milking_stool.n.01"),
        size=SizePrior((0.38, 0.46, 0.38), 0.25),
        materials={"wood": M("wood_planks", "#8d5e36")},
        parts=(
            RecipePart("seat", "wood", ("seat", "top")),
            RecipePart("legs", "wood", ("legs", "leg")),
            RecipePart("rungs", "wood", ("rungs", "rung", "stretchers", "rails")),
        ),
        params=(
            Param(
                "legs",
                "int",
                3,
                3,
                6,
                count_nouns=("legs", "leg", "legged"),
                words={"milking": 3, "tripod": 3},
                doc="Splayed legs, joined by rungs.",
            ),
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "square"),
                words={"round": "round", "circular": "round", "square": "square"},
                doc="Shape of the seat.",
            ),
        ),
        build=stool,
        round=True,
        collider="box",
        description="A round wooden stool on splayed legs joined by rungs.",
    ),
    Recipe(
        name="bench",
        category="furniture",
        nouns=(
            "bench",
            "park bench",
            "pew",
            "settle",
            "wooden bench",
            "stone bench",
            "garden bench",
            "church bench",
        ),
        synsets=("bench.n.01", "pew.n.01", "park_bench.n.01", "settle.n.01"),
        size=SizePrior((1.5, 0.45, 0.34), 0.25),
        materials={
            "wood": M("wood_planks", "#85582f"),
            "iron": M("iron", "#2f3133"),
            "stone": M("rough_stone", "#8a857c"),
        },
        parts=(
            RecipePart("seat", "wood", ("seat", "planks", "slats", "boards")),
            RecipePart("legs", "wood", ("legs", "leg", "supports")),
            RecipePart("back", "wood", ("back", "backrest")),
            RecipePart("frames", "iron", ("frame", "frames", "ends", "legs", "armrests", "arms")),
            RecipePart("slab", "stone", ("slab", "seat", "top")),
            RecipePart("supports", "stone", ("supports", "blocks", "legs", "plinths")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "plain",
                choices=("plain", "park", "stone"),
                words={
                    "park": "park",
                    "garden": "park",
                    "street": "park",
                    "cast-iron": "park",
                    "stone": "stone",
                    "marble": "stone",
                    "granite": "stone",
                    "wooden": "plain",
                    "plain": "plain",
                    "tavern": "plain",
                    "pew": "plain",
                },
                doc="A plank bench on slab legs, a park bench with an iron frame and "
                "slatted back, or a stone slab on two blocks.",
            ),
            Param(
                "back",
                "bool",
                False,
                words={"backrest": True, "back": True, "pew": True, "backless": False},
                doc="A backrest (the plain bench; the park bench always has one).",
            ),
        ),
        build=bench,
        long_axis="x",
        collider="box",
        description="A bench: planks on slab legs, a slatted park bench, or a stone slab.",
    ),
]
