"""Market and street props: a market stall, a statue on its plinth, a trash can."""

from __future__ import annotations

import math

from ..dsl import (
    blob,
    boards,
    box,
    capsule,
    cone,
    cylinder,
    extrude,
    lathe,
    loft,
    part,
    program,
    section,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole

_GOODS = {  # what a stall sells: the role of each crate's heap and the size of one item
    "fruit": (("apples", 0.045), ("oranges", 0.048), ("pears", 0.045)),
    "vegetables": (("cabbages", 0.075), ("carrots", 0.035), ("onions", 0.04)),
}


def market_stall(p) -> dict:
    w, d, top_h = 2.4, 1.2, 0.92
    front_h, back_h, over = 2.1, 2.45, 0.4
    stripe = w / 8
    slope = math.degrees(math.atan2(back_h - front_h, d + over))
    run = math.hypot(back_h - front_h, d + over) + 0.1
    parts = [
        # The counter: a planked front and sides under a board top.
        part(
            "counter_front",
            "wood",
            boards([w, top_h - 0.05, 0.04], 6, run="x", thickness_axis="z", gap=0.006),
            part="counter",
        )
        .at(0, 0, d / 2 - 0.25)
        .uv("box"),
        part(
            "counter_sides",
            "wood",
            boards([0.04, top_h - 0.05, 0.66], 3, run="z", thickness_axis="x", gap=0.006),
            part="counter",
        )
        .moved(w / 2 - 0.06, 0, d / 2 - 0.58)
        .mirror("x")
        .uv("box"),
        part(
            "counter_top",
            "wood",
            boards([w + 0.08, 0.05, 0.74], 4, run="x", gap=0.004),
            part="counter",
        )
        .at(0, top_h - 0.05, d / 2 - 0.6)
        .uv("box"),
        # Posts: the back ones taller, so the awning slopes down to the front.
        part("posts", "dark_wood", box([0.09, front_h, 0.09], bevel=0.01))
        .array(2, [w - 0.1, 0, 0], center=True)
        .at(0, 0, d / 2 - 0.2)
        .uv("box"),
        part("back_posts", "dark_wood", box([0.09, back_h, 0.09], bevel=0.01), part="posts")
        .array(2, [w - 0.1, 0, 0], center=True)
        .at(0, 0, -d / 2 + 0.05)
        .uv("box"),
    ]
    if p.awning:
        # The striped canvas: strips of two colours side by side, pitched from the back posts'
        # tops out over the front, with a scalloped valance hanging at the front edge.
        strip = box([stripe, 0.02, run])
        flap = extrude(
            [
                [-stripe / 2, 0],
                [stripe / 2, 0],
                *[
                    [round(stripe / 2 * math.cos(a), 5), round(-0.1 - 0.05 * math.sin(a), 5)]
                    for a in [math.pi * i / 8 for i in range(9)]
                ],
            ],
            0.01,
        )
        fy = back_h + 0.02 - run * math.sin(math.radians(slope))
        fz = -d / 2 - 0.05 + run * math.cos(math.radians(slope))
        for k, role in enumerate(("canvas", "stripes")):
            x0 = -w / 2 + stripe / 2 + k * stripe
            parts += [
                part(f"awning_{role}", role, strip, part="awning" if k == 0 else "awning_stripes")
                .moved(0, 0, run / 2)
                .turned(x=slope)
                .array(4, [2 * stripe, 0, 0])
                .moved(x0, back_h + 0.02, -d / 2 - 0.05)
                .uv("box"),
                part(f"valance_{role}", role, flap, part="awning" if k == 0 else "awning_stripes")
                .array(4, [2 * stripe, 0, 0])
                .moved(x0, fy + 0.02, fz),
            ]
    if p.goods != "none":
        crate_w = (w - 0.3) / 3
        for k, (role, size) in enumerate(_GOODS[p.goods]):
            x = -w / 2 + 0.15 + crate_w * (k + 0.5)
            parts += [
                part(
                    f"crate_{k}",
                    "wood",
                    box([crate_w - 0.08, 0.14, 0.46], bevel=0.01),
                    part="crates",
                )
                .at(x, top_h, d / 2 - 0.52)
                .uv("box"),
                part(f"goods_{k}", role, sphere(size), part=role)
                .detail(0.4)
                .scatter(14, [crate_w / 2 - 0.08, 0.19], area="rect", spacing=size * 1.7, turn=360)
                .at(x, top_h + 0.1, d / 2 - 0.52),
            ]
    return program(*parts, collider="box")


def _figure(k: float, y0: float, subject: str) -> list:
    """A standing figure `k` x life size, its feet at y0, facing +Z: a robed figure with a sword
    raised, or a knight in armour resting both hands on a sword planted in front of him."""

    def v(*xyz):
        return [round(c * k, 5) for c in xyz]

    parts = []
    if subject == "knight":
        parts += [
            part("legs", "figure", capsule(0.075 * k, 0.92 * k), part="figure")
            .moved(0.1 * k, y0, 0)
            .mirror("x"),
            part(
                "tabard",
                "figure",
                lathe([v(0, 0), v(0.25, 0), v(0.22, 0.35), v(0.2, 0.7), v(0, 0.7)], smooth=True),
                part="figure",
            )
            .scaled([1.0, 1.0, 0.75])
            .moved(0, y0 + 0.62 * k, 0),
            part(
                "torso",
                "figure",
                loft(
                    section(0.0, "ellipse", size=v(0.38, 0.26)),
                    section(0.35 * k, "ellipse", size=v(0.44, 0.3)),
                    section(0.48 * k, "ellipse", size=v(0.3, 0.22)),
                    smooth=True,
                ),
                part="figure",
            ).moved(0, y0 + 1.05 * k, 0),
            part("pauldrons", "figure", sphere(0.1 * k), part="figure")
            .scaled([1.2, 0.8, 1.1])
            .moved(0.23 * k, y0 + 1.36 * k, 0)
            .mirror("x"),
            part(
                "helmet", "figure", cylinder(0.115 * k, 0.27 * k, bevel=0.04 * k), part="figure"
            ).moved(0, y0 + 1.53 * k, 0),
            part("visor", "figure", box(v(0.2, 0.025, 0.04)), part="figure").moved(
                0, y0 + 1.7 * k, 0.1 * k
            ),
            # Arms down to the hands on the pommel in front of the belly.
            part(
                "arms",
                "figure",
                sweep(
                    [v(0.25, 1.36, 0), v(0.28, 1.1, 0.06), v(0.07, 1.0, 0.26)],
                    0.055 * k,
                    curve="smooth",
                    caps="round",
                ),
                part="figure",
            )
            .moved(0, y0, 0)
            .mirror("x"),
            part(
                "blade",
                "figure",
                extrude(
                    [v(-0.035, 0.0), v(0.035, 0.0), v(0.035, 0.78), v(0, 0.84), v(-0.035, 0.78)],
                    0.012 * k,
                ),
                part="figure",
            )
            .turned(z=180)
            .moved(0, y0 + 0.86 * k, 0.3 * k),
            part("guard", "figure", box(v(0.3, 0.04, 0.05), bevel=0.01 * k), part="figure").moved(
                0, y0 + 0.86 * k, 0.3 * k
            ),
            part("grip", "figure", cylinder(0.022 * k, 0.16 * k), part="figure").moved(
                0, y0 + 0.9 * k, 0.3 * k
            ),
        ]
    else:
        parts += [
            part(
                "robe",
                "figure",
                lathe(
                    [
                        v(0, 0),
                        v(0.38, 0),
                        v(0.35, 0.08),
                        v(0.28, 0.5),
                        v(0.23, 0.95),
                        v(0.22, 1.1),
                        v(0, 1.12),
                    ],
                    smooth=True,
                ),
                part="figure",
            )
            .scaled([1.0, 1.0, 0.8])
            .moved(0, y0, 0),
            part(
                "torso",
                "figure",
                loft(
                    section(0.0, "ellipse", size=v(0.42, 0.3)),
                    section(0.3 * k, "ellipse", size=v(0.5, 0.3)),
                    section(0.42 * k, "ellipse", size=v(0.32, 0.22)),
                    smooth=True,
                ),
                part="figure",
            ).moved(0, y0 + 1.0 * k, 0),
            part("head", "figure", sphere(0.115 * k), part="figure")
            .scaled([0.9, 1.08, 1.0])
            .moved(0, y0 + 1.44 * k, 0.01 * k),
            # The right arm raised with a torch, the left holding a book at the hip.
            part(
                "arm_raised",
                "figure",
                sweep(
                    [v(0.22, 1.34, 0), v(0.34, 1.55, 0.04), v(0.31, 1.84, 0.06)],
                    0.06 * k,
                    curve="smooth",
                    caps="round",
                ),
                part="figure",
            ).moved(0, y0, 0),
            part(
                "torch", "figure", cone(0.03 * k, 0.34 * k, radius_top=0.045 * k), part="figure"
            ).moved(0.31 * k, y0 + 1.8 * k, 0.06 * k),
            part(
                "torch_flame",
                "figure",
                lathe(
                    [v(0, 0), v(0.07, 0.03), v(0.06, 0.1), v(0.02, 0.2), v(0, 0.24)], smooth=True
                ),
                part="figure",
            )
            .twist(90)
            .moved(0.31 * k, y0 + 2.12 * k, 0.06 * k),
            part(
                "arm_book",
                "figure",
                sweep(
                    [v(-0.22, 1.34, 0), v(-0.3, 1.08, 0.04), v(-0.22, 0.88, 0.14)],
                    0.06 * k,
                    curve="smooth",
                    caps="round",
                ),
                part="figure",
            ).moved(0, y0, 0),
            part("book", "figure", box(v(0.06, 0.3, 0.24), bevel=0.01 * k), part="figure")
            .turned(z=8)
            .moved(-0.2 * k, y0 + 0.74 * k, 0.12 * k),
        ]
    return parts


def statue(p) -> dict:
    small = p.kind == "figurine"
    k = 0.14 if small else 1.05  # figurines stand on a small round base
    if small:
        parts = [part("plinth", "stone", cylinder(0.09, 0.03, bevel=0.006)).uv("cylindrical")]
        y0 = 0.028
    else:
        parts = [
            part("plinth", "stone", box([1.2, 0.25, 1.2], bevel=0.02)).uv("box"),
            part("die", "stone", box([0.9, 0.95, 0.9], bevel=0.015), part="plinth")
            .at(0, 0.24, 0)
            .uv("box"),
            part("cornice", "stone", box([1.05, 0.14, 1.05], bevel=0.02), part="plinth")
            .at(0, 1.18, 0)
            .uv("box"),
            part("plaque", "plaque", box([0.5, 0.26, 0.02], bevel=0.005)).at(0, 0.62, 0.455),
        ]
        y0 = 1.31
    parts += _figure(k, y0, p.subject)
    return program(*parts, collider="box")


def trash_can(p) -> dict:
    r, h = 0.26, 0.74
    # A ribbed galvanised bin, slightly wider at the top, with handles and a domed lid.
    parts = [
        part(
            "can",
            "metal",
            lathe(
                [
                    [0, 0],
                    [r - 0.02, 0],
                    [r - 0.015, 0.02],
                    [r, h - 0.03],
                    [r + 0.012, h - 0.02],
                    [r + 0.012, h],
                    [r - 0.01, h],
                    [r - 0.025, 0.03],
                    [0, 0.03],
                ],
                crease=30,
            ),
        ),
        part("ribs", "metal", torus(r - 0.005, 0.008), part="can")
        .array(3, [0, 0.2, 0])
        .at(0, 0.14, 0),
        part("handles", "metal", torus(0.055, 0.009, arc=180), part="handles")
        .turned(z=90)
        .moved(r + 0.01, h - 0.16, 0)
        .mirror("x"),
    ]
    lid = lathe(
        [[0, 0], [r + 0.03, 0], [r + 0.03, 0.03], [r - 0.02, 0.05], [0.12, 0.09], [0, 0.1]],
        smooth=True,
    )
    if p.lid:
        parts += [
            part("lid", "metal", lid).at(0, h - 0.02, 0),
            part("lid_handle", "metal", torus(0.06, 0.01, arc=180), part="handles")
            .turned(x=-90)
            .at(0, h + 0.08, 0),
        ]
    else:  # the lid off, leaning against the can, and rubbish showing at the top
        parts += [
            part("lid", "metal", lid).rotate(x=-78).at(0, 0.0, r + 0.13),
            part(
                "rubbish",
                "rubbish",
                blob([2 * r - 0.06, 0.12, 2 * r - 0.06], lumps=0.4, lump_count=9),
                part="rubbish",
            ).at(0, h - 0.08, 0),
        ]
    return program(*parts, collider="capsule")


RECIPES = [
    Recipe(
        name="market_stall",
        category="market_town",
        nouns=(
            "market stall",
            "stall",
            "booth",
            "kiosk",
            "vendor stall",
            "fruit stall",
            "merchant stall",
            "market stand",
        ),
        synsets=("stall.n.03", "booth.n.02"),
        size=SizePrior((2.54, 2.5, 1.7), 0.25),
        materials={
            "wood": M("wood_planks", "#8a5f3a"),
            "dark_wood": M("wood_planks", "#5a3b22"),
            "canvas": M("fabric", "#e8dfc8"),
            "stripes": M("fabric", "#b3262b"),
            "apples": M("organic", "#b8262a"),
            "oranges": M("organic", "#e07a1a"),
            "pears": M("organic", "#a8b83a"),
            "cabbages": M("foliage", "#6f9a3a"),
            "carrots": M("organic", "#e0701a"),
            "onions": M("organic", "#c9a46a"),
        },
        parts=(
            RecipePart("counter", "wood", ("counter", "table", "planks", "boards", "front")),
            RecipePart("posts", "dark_wood", ("posts", "poles", "frame")),
            RecipePart("awning", "canvas", ("awning", "canopy", "roof", "canvas", "cover")),
            RecipePart("awning_stripes", "stripes", ("stripes", "striped awning")),
            RecipePart("crates", "wood", ("crates", "boxes", "baskets")),
            RecipePart("apples", "apples", ("apples", "fruit", "goods", "produce")),
            RecipePart("oranges", "oranges", ("oranges",)),
            RecipePart("pears", "pears", ("pears",)),
            RecipePart("cabbages", "cabbages", ("cabbages", "vegetables", "greens")),
            RecipePart("carrots", "carrots", ("carrots",)),
            RecipePart("onions", "onions", ("onions",)),
        ),
        params=(
            Param(
                "awning",
                "bool",
                True,
                words={
                    "awning": True,
                    "canopy": True,
                    "covered": True,
                    "striped": True,
                    "open": False,
                    "uncovered": False,
                },
                doc="A striped canvas awning on the posts.",
            ),
            Param(
                "goods",
                "choice",
                "fruit",
                choices=("fruit", "vegetables", "none"),
                words={
                    "fruit": "fruit",
                    "apples": "fruit",
                    "oranges": "fruit",
                    "vegetable": "vegetables",
                    "vegetables": "vegetables",
                    "greengrocer": "vegetables",
                    "empty": "none",
                    "bare": "none",
                },
                doc="Crates of produce on the counter.",
            ),
        ),
        build=market_stall,
        long_axis="x",
        collider="box",
        description="A wooden market stall: a planked counter with crates of fruit under a striped "
        "awning.",
    ),
    Recipe(
        name="statue",
        category="market_town",
        nouns=("statue", "sculpture", "figurine", "effigy", "monument", "statuette", "bust"),
        synsets=("statue.n.01", "sculpture.n.01", "figurine.n.01"),
        size=SizePrior((1.2, 3.32, 1.2), 0.25),
        materials={
            "stone": M("marble", "#d8d3c8"),
            "figure": M("marble", "#e2ddd2"),
            "plaque": M("brass", "#a88a4a"),
        },
        parts=(
            RecipePart("plinth", "stone", ("plinth", "pedestal", "base", "column")),
            RecipePart("plaque", "plaque", ("plaque", "inscription", "plate")),
            RecipePart(
                "figure",
                "figure",
                ("figure", "statue", "body", "knight", "sword", "man", "woman", "king", "hero"),
            ),
        ),
        params=(
            Param(
                "subject",
                "choice",
                "figure",
                choices=("figure", "knight"),
                words={
                    "knight": "knight",
                    "warrior": "knight",
                    "soldier": "knight",
                    "paladin": "knight",
                    "figure": "figure",
                    "hero": "figure",
                    "king": "figure",
                    "queen": "figure",
                    "saint": "figure",
                    "scholar": "figure",
                },
                doc="A robed figure raising a sword, or a knight resting on his sword.",
            ),
            Param(
                "kind",
                "choice",
                "statue",
                choices=("statue", "figurine"),
                words={
                    "statue": "statue",
                    "monument": "statue",
                    "figurine": "figurine",
                    "statuette": "figurine",
                    "miniature": "figurine",
                },
                doc="A life-size statue on a plinth, or a small figurine on a round base.",
            ),
        ),
        build=statue,
        collider="box",
        description="A stone statue of a standing figure on a moulded plinth with a plaque.",
    ),
    Recipe(
        name="trash_can",
        category="market_town",
        nouns=(
            "trash can",
            "garbage can",
            "dustbin",
            "bin",
            "wastebasket",
            "trash bin",
            "rubbish bin",
            "waste bin",
            "ashcan",
        ),
        synsets=("ashcan.n.01", "wastepaper_basket.n.01", "bin.n.01"),
        size=SizePrior((0.65, 0.84, 0.58), 0.25),
        materials={"metal": M("iron", "#9aa0a4"), "rubbish": M("organic", "#5b5346")},
        parts=(
            RecipePart("can", "metal", ("can", "body", "bin", "ribs")),
            RecipePart("lid", "metal", ("lid", "cover", "top")),
            RecipePart("handles", "metal", ("handles", "handle")),
            RecipePart("rubbish", "rubbish", ("rubbish", "trash", "garbage", "waste")),
        ),
        params=(
            Param(
                "lid",
                "bool",
                True,
                words={
                    "lidded": True,
                    "closed": True,
                    "open": False,
                    "lidless": False,
                    "overflowing": False,
                    "full": False,
                },
                doc="The lid on (otherwise leaning against the can, rubbish showing).",
            ),
        ),
        build=trash_can,
        round=True,
        collider="capsule",
        description="A ribbed galvanised metal trash can with side handles and a domed lid.",
    ),
]
