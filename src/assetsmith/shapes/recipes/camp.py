"""Camp props: a campfire, a tent, a sleeping bag, a backpack, a coil of rope, a fishing rod."""

from __future__ import annotations

import math

from ..dsl import (
    blob,
    box,
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
# Flames glow: a saturated orange (a strong glow tone-maps towards white), on an opaque base.
FIRE = MaterialRole("ceramic", "#d94a0a", emissive="#ff8c1a", emissive_strength=1.0)


def campfire(p) -> dict:
    ring_r = 0.42
    parts = [
        # A ring of stones: one lumpy stone repeated round the fire, each turned and sized anew.
        part(
            "stones",
            "stone",
            blob([0.2, 0.13, 0.16], lumps=0.2, lump_count=8, facets=3, flat_bottom=0.25),
        ).radial(
            p.stones,
            radius=ring_r,
            jitter={"scale": 0.25, "rotate": [0, 40, 0], "translate": [0.03, 0, 0.03]},
        ),
        part("ash", "ash", blob([0.62, 0.05, 0.62], lumps=0.1, lump_count=10, flat_bottom=0.4)),
        # Logs leaning together over the fire, like a tent.
        part("logs", "bark", cylinder(0.045, 0.66, bevel=0.01))
        .turned(x=34)
        .moved(0, 0.0, -0.33)
        .radial(p.logs, start=15, jitter={"rotate": [4, 10, 0], "scale": 0.12})
        .uv("cylindrical"),
    ]
    if p.lit:
        # A tall twisted tongue in the middle and a crown of smaller ones leaning out round it,
        # faceted (few sides), as stylised fire is drawn.
        flame = [[0, 0], [0.1, 0.05], [0.11, 0.16], [0.075, 0.34], [0.035, 0.52], [0, 0.7]]
        parts += [
            part("flames", "fire", lathe(flame, sides=4)).twist(160).on("ash", "top", gap=-0.02),
            part("flames_ring", "fire", lathe(flame, sides=4), part="flames")
            .scaled([0.75, 0.7, 0.75])
            .twist(-90)
            .turned(x=14)
            .radial(5, radius=0.1, start=20, jitter={"scale": 0.22, "rotate": [6, 25, 6]})
            .on("ash", "top", gap=-0.03),
        ]
    return program(*parts, collider="mesh_convex")


def _helix(
    radius: float, turns: float, rise: float, y0: float, per_turn: int = 14, start: float = 0.0
) -> list[list[float]]:
    n = int(turns * per_turn)
    return [
        [
            round(radius * math.cos(start + 2 * math.pi * i / per_turn), 5),
            round(y0 + rise * i / per_turn, 5),
            round(radius * math.sin(start + 2 * math.pi * i / per_turn), 5),
        ]
        for i in range(n + 1)
    ]


def rope(p) -> dict:
    r = 0.016
    if (
        p.style == "lasso"
    ):  # a wide loop on the ground, its running end through the eye, the rest coiled
        loop = [
            [round(0.5 * math.cos(a) - 0.2, 5), r, round(0.38 * math.sin(a) + 0.55, 5)]
            for a in [2 * math.pi * i / 20 for i in range(20)]
        ]
        parts = [
            part("loop", "rope", sweep(loop, r, curve="smooth", closed=True), part="rope"),
            part("eye", "rope", torus(0.05, r * 1.2), part="rope").at(0.3, 0, 0.55),
            part(
                "coil",
                "rope",
                sweep(_helix(0.17, 3.0, 2 * r + 0.002, r, start=0.0), r, curve="smooth"),
                part="rope",
            ).at(0.1, 0, -0.3),
            part(
                "tail",
                "rope",
                sweep(
                    [[0.27, r, -0.3], [0.4, r, 0.0], [0.3, r, 0.4], [0.3, r, 0.55]],
                    r,
                    curve="smooth",
                ),
                part="rope",
            ),
        ]
        return program(*parts, collider="box")
    turns = p.turns
    rise = 2 * r + 0.002
    coil = _helix(0.18, turns, rise, r)
    end = coil[-1]
    tail = [
        end,
        [end[0] + 0.05, end[1] - 0.01, end[2] + 0.12],
        [end[0] + 0.02, r, end[2] + 0.3],
        [end[0] - 0.1, r, end[2] + 0.42],
    ]
    parts = [
        part("coil", "rope", sweep(coil, r, curve="smooth", caps="round"), part="rope").detail(1.3),
        part("tail", "rope", sweep(tail, r, curve="smooth", caps="round"), part="rope"),
        # Two turns of the end bound round the coil, as a coiled rope is tied.
        part("binding", "rope", torus(0.03, r * 0.9), part="rope")
        .turned(z=90)
        .array(2, [0, 0, 0.025], center=True)
        .at(-0.18, turns * rise / 2 - 0.012, 0),
    ]
    return program(*parts, collider="mesh_convex")


def fishing_rod(p) -> dict:
    length, y = 2.4, 0.06  # lying along X, the rod resting on its reel and butt
    parts = [
        part("rod", "rod", cone(0.011, length - 0.3, radius_top=0.0025))
        .turned(z=-90)
        .at(0.3, y, 0),
        part("handle", "cork", cylinder(0.021, 0.36, bevel=0.005)).turned(z=-90).at(-0.06, y, 0),
        part("butt", "rod", sphere(0.022), part="rod").at(-0.045, y - 0.022, 0),
        # Line guides under the rod, smaller towards the tip.
        part("guides", "metal", torus(0.012, 0.0018))
        .turned(x=90)
        .array(6, [0.33, 0, 0])
        .at(0.55, y - 0.026, 0),
    ]
    if p.reel:
        parts += [
            part("reel_foot", "metal", box([0.05, 0.03, 0.012]), part="reel").at(0.17, y - 0.04, 0),
            part("reel", "metal", cylinder(0.045, 0.04, bevel=0.005))
            .turned(x=90)
            .at(0.17, y - 0.085, -0.02),
            part("reel_handle", "metal", cylinder(0.005, 0.05), part="reel")
            .turned(x=90)
            .at(0.17, y - 0.06, -0.07),
        ]
        start = [0.17, y - 0.04, 0.0]
    else:  # a plain pole (bamboo, cane): joints along it, the line tied at the tip
        parts.append(
            part("joints", "rod", torus(0.0105, 0.0022), part="rod")
            .turned(z=90)
            .array(5, [0.42, 0, 0])
            .at(0.28, y, 0)
        )
        start = [length - 0.05, y, 0.0]
    tip = [length, y, 0.0]
    line = (
        [start, tip, [length + 0.12, y * 0.6, 0.05], [length + 0.2, 0.025, 0.1]]
        if p.reel
        else [tip, [length + 0.12, y * 0.6, 0.05], [length + 0.2, 0.025, 0.1]]
    )
    parts += [
        part("line", "line", sweep(line, 0.0012, curve="smooth")),
        part("float", "float", sphere(0.02)).scaled([1.0, 1.4, 1.0]).at(length + 0.2, 0.0, 0.1),
    ]
    return program(*parts, collider="box")


def sleeping_bag(p) -> dict:
    if p.rolled:  # a bedroll: the bag rolled up, tied with two straps
        return program(
            part("bag", "fabric", cylinder(0.13, 0.62, bevel=0.03))
            .turned(z=90)
            .at(0.31, 0.13, 0)
            .uv("cylindrical"),
            part("spiral", "lining", cylinder(0.1, 0.63)).turned(z=90).at(0.315, 0.13, 0),
            part("straps", "leather", torus(0.134, 0.012))
            .turned(z=90)
            .array(2, [0.36, 0, 0], center=True)
            .at(0.012, 0.13, 0),
            collider="capsule",
        )
    # Laid out: a padded bag narrowing to the feet (+Z), its top turned back at the head, a pillow.
    bag = loft(
        *(
            section(z, "rounded_rect", size=[w, h], corner=h * 0.45, offset=[0, h / 2])
            for z, w, h in (
                (-1.0, 0.74, 0.1),
                (-0.95, 0.8, 0.14),
                (0.3, 0.76, 0.16),
                (0.9, 0.6, 0.13),
                (1.0, 0.52, 0.09),
            )
        ),
        axis="z",
        smooth=True,
    )
    return program(
        part("bag", "fabric", bag).uv("box"),
        part("flap", "lining", box([0.72, 0.03, 0.36], bevel=0.012))
        .turned(x=-4)
        .at(0, 0.125, -0.6),
        part(
            "pillow", "pillow", blob([0.5, 0.1, 0.3], lumps=0.08, lump_count=6, flat_bottom=0.3)
        ).at(0, 0.12, -0.86),
        part("zip", "lining", cylinder(0.008, 1.5), part="flap").turned(x=90).at(0.37, 0.08, -0.55),
        collider="box",
    )


def backpack(p) -> dict:
    body = loft(
        section(0.0, "rounded_rect", size=[0.32, 0.2], corner=0.06),
        section(0.22, "rounded_rect", size=[0.35, 0.23], corner=0.07),
        section(0.44, "rounded_rect", size=[0.34, 0.22], corner=0.07),
        section(0.5, "rounded_rect", size=[0.28, 0.18], corner=0.07),
        smooth=True,
    )
    parts = [
        part("body", "canvas", body).uv("box"),
        # The lid: over the top and down the front, with two buckled straps.
        part("flap", "leather", box([0.33, 0.04, 0.24], bevel=0.015)).at(0, 0.48, 0.005),
        part("flap_front", "leather", box([0.3, 0.2, 0.025], bevel=0.01), part="flap")
        .turned(x=-4)
        .at(0, 0.31, 0.115),
        part("buckles", "brass", box([0.035, 0.025, 0.012], bevel=0.003))
        .array(2, [0.16, 0, 0], center=True)
        .at(0, 0.31, 0.13),
        # Shoulder straps down the back.
        part(
            "straps",
            "leather",
            sweep(
                [[0.08, 0.46, -0.1], [0.09, 0.38, -0.135], [0.1, 0.15, -0.135], [0.11, 0.05, -0.1]],
                0.02,
                curve="smooth",
                section=[[-1, -0.25], [1, -0.25], [1, 0.25], [-1, 0.25]],
            ),
        ).mirror("x"),
    ]
    if p.pockets >= 1:
        parts.append(
            part("pocket", "canvas", box([0.24, 0.17, 0.07], bevel=0.025), part="pockets").at(
                0, 0.06, 0.1
            )
        )
    if p.pockets >= 2:
        parts.append(
            part("side_pockets", "canvas", box([0.06, 0.16, 0.14], bevel=0.02), part="pockets")
            .moved(0.185, 0.08, 0)
            .mirror("x")
        )
    if p.bedroll:
        parts += [
            part("bedroll", "bedroll", cylinder(0.075, 0.46, bevel=0.02))
            .turned(z=90)
            .at(0.23, 0.5, 0)
            .uv("cylindrical"),
            part("bedroll_straps", "leather", torus(0.078, 0.007), part="straps")
            .turned(z=90)
            .array(2, [0.3, 0, 0], center=True)
            .at(0, 0.497, 0),
        ]
    return program(*parts, collider="box")


def tent(p) -> dict:
    if p.style == "teepee":
        h, r = 3.0, 1.5
        parts = [
            part(
                "canvas",
                "canvas",
                lathe([[r, 0], [0.08, h * 0.9], [0.06, h * 0.9], [r - 0.04, 0.0]], crease=20),
            ).uv("cylindrical"),
            # Poles crossing at the smoke hole and sticking out above it.
            part("poles", "wood", cylinder(0.03, h * 1.2))
            .turned(x=-27)
            .moved(0, 0, r - 0.02)
            .radial(8, start=22.5)
            .uv("cylindrical"),
            part(
                "door",
                "hollow",
                extrude([[-0.35, 0], [0.35, 0], [0.22, 0.95], [0, 1.05], [-0.22, 0.95]], 0.03),
            )
            .turned(x=-26)
            .at(0, 0.0, r - 0.07),
        ]
        return program(*parts, collider="mesh_convex")
    if p.style == "yurt":
        r, wall = 2.2, 1.5
        parts = [
            part("canvas", "canvas", cylinder(r, wall, bevel=0.05)).uv("cylindrical"),
            part("roof", "roof", cone(r + 0.12, 1.1, radius_top=0.35)).at(0, wall - 0.02, 0),
            part("crown", "wood", cylinder(0.4, 0.12, inner_radius=0.3), part="poles").at(
                0, wall + 1.06, 0
            ),
            part("bands", "rope", torus(r + 0.01, 0.02), part="bands")
            .array(2, [0, 0.9, 0])
            .at(0, 0.3, 0),
            part("door", "door", box([0.9, 1.3, 0.08], bevel=0.01)).at(0, 0.0, r - 0.02),
        ]
        return program(*parts, collider="capsule")
    w, h, length = 2.0, 1.45, 2.4
    half = w / 2
    # The fly: a chevron (the two sloping sides) run along Z, open at the ends.
    fly = [[-half, 0], [0, h], [half, 0], [half - 0.05, 0], [0, h - 0.07], [-half + 0.05, 0]]
    parts = [
        part("canvas", "canvas", extrude(fly, length, crease=20)).uv("box"),
        part(
            "back",
            "canvas",
            extrude([[-half + 0.03, 0], [half - 0.03, 0], [0, h - 0.04]], 0.02),
            part="canvas",
        ).at(0, 0, -length / 2 + 0.02),
        # The doorway: the front dark inside, the two flaps tied back.
        part(
            "door", "hollow", extrude([[-half + 0.06, 0], [half - 0.06, 0], [0, h - 0.08]], 0.02)
        ).at(0, 0, length / 2 - 0.3),
        # The door flaps rolled up along the front edges and tied.
        part(
            "flaps",
            "canvas",
            sweep(
                [[-half + 0.1, 0.04, length / 2 - 0.02], [-0.07, h - 0.16, length / 2 - 0.02]],
                0.045,
                caps="round",
            ),
            part="canvas",
        ).mirror("x"),
        part("poles", "wood", cylinder(0.025, h + 0.15)).array(
            2, [0, 0, length + 0.04], center=True
        ),
        part("ridge", "wood", cylinder(0.02, length + 0.2), part="poles")
        .turned(x=90)
        .at(0, h + 0.02, -length / 2 - 0.1),
        # Guy lines from the pole tops to pegs in the ground before and behind.
        part(
            "guy_lines",
            "rope",
            sweep([[0, h + 0.1, length / 2 + 0.02], [0, 0.03, length / 2 + 0.6]], 0.006),
        ).mirror("z"),
        part("pegs", "wood", box([0.03, 0.1, 0.03]), part="poles").array(
            2, [0, 0, 2 * (length / 2 + 0.6)], center=True
        ),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="campfire",
        category="camp",
        nouns=(
            "campfire",
            "camp fire",
            "bonfire",
            "fire pit",
            "firepit",
            "cookfire",
            "cooking fire",
            "fire",
        ),
        synsets=("campfire.n.01", "bonfire.n.01", "fire_pit.n.01"),
        size=SizePrior((1.1, 0.76, 1.1), 0.3),
        materials={
            "stone": M("rough_stone", "#7c776e"),
            "ash": M("rough_stone", "#3b3631"),
            "bark": M("bark"),
            "fire": FIRE,
        },
        parts=(
            RecipePart("stones", "stone", ("stones", "rocks", "ring")),
            RecipePart("ash", "ash", ("ash", "ashes", "embers", "coals")),
            RecipePart("logs", "bark", ("logs", "log", "wood", "firewood", "sticks")),
            RecipePart("flames", "fire", ("flames", "flame", "fire")),
        ),
        params=(
            Param(
                "stones",
                "int",
                9,
                5,
                16,
                count_nouns=("stones", "rocks"),
                doc="Stones in the ring.",
            ),
            Param(
                "logs", "int", 5, 3, 8, count_nouns=("logs", "sticks"), doc="Logs over the fire."
            ),
            Param(
                "lit",
                "bool",
                True,
                words={
                    "lit": True,
                    "burning": True,
                    "blazing": True,
                    "unlit": False,
                    "cold": False,
                    "extinguished": False,
                    "dead": False,
                },
                doc="Flames.",
            ),
        ),
        build=campfire,
        round=True,
        collider="mesh_convex",
        description="A ring of stones round ash and leaning logs, with flames.",
    ),
    Recipe(
        name="tent",
        category="camp",
        nouns=(
            "tent",
            "canvas tent",
            "pavilion",
            "yurt",
            "teepee",
            "tepee",
            "tipi",
            "camping tent",
            "pup tent",
            "wigwam",
        ),
        synsets=("tent.n.01", "tepee.n.01", "yurt.n.01", "pavilion.n.01"),
        size=SizePrior((2.0, 1.6, 3.65), 0.25),
        materials={
            "canvas": M("fabric", "#c9b48a"),
            "wood": M("wood_planks", "#6b4a2e"),
            "rope": M("rope"),
            "hollow": M("soil", "#1d1914"),
            "roof": M("fabric", "#a58e64"),
            "door": M("painted_wood", "#8c3a26"),
        },
        parts=(
            RecipePart(
                "canvas", "canvas", ("canvas", "fabric", "walls", "cover", "flaps", "sides")
            ),
            RecipePart("door", "hollow", ("door", "doorway", "entrance", "opening")),
            RecipePart("poles", "wood", ("poles", "pole", "ridge", "pegs", "stakes")),
            RecipePart("guy_lines", "rope", ("guy lines", "ropes", "lines")),
            RecipePart("roof", "roof", ("roof",)),
            RecipePart("bands", "rope", ("bands", "ropes")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "ridge",
                choices=("ridge", "teepee", "yurt"),
                words={
                    "ridge": "ridge",
                    "a-frame": "ridge",
                    "pup": "ridge",
                    "canvas": "ridge",
                    "teepee": "teepee",
                    "tepee": "teepee",
                    "tipi": "teepee",
                    "wigwam": "teepee",
                    "conical": "teepee",
                    "yurt": "yurt",
                    "ger": "yurt",
                    "round": "yurt",
                },
                doc="A ridge tent, a teepee of poles and canvas, or a round yurt.",
            ),
        ),
        build=tent,
        long_axis="z",
        collider="box",
        description="A canvas ridge tent on two poles with an open doorway and guy lines to pegs.",
    ),
    Recipe(
        name="sleeping_bag",
        category="camp",
        nouns=("sleeping bag", "bedroll", "bed roll", "sleeping roll", "sleeping mat"),
        synsets=("sleeping_bag.n.01", "bedroll.n.01"),
        size=SizePrior((0.8, 0.22, 2.0), 0.25),
        materials={
            "fabric": M("fabric", "#3f5a3a"),
            "lining": M("fabric", "#b8412c"),
            "pillow": M("fabric", "#d8d0bc"),
            "leather": M("leather"),
        },
        parts=(
            RecipePart("bag", "fabric", ("bag", "body", "padding", "roll")),
            RecipePart("flap", "lining", ("flap", "lining", "zip", "top")),
            RecipePart("pillow", "pillow", ("pillow", "cushion")),
            RecipePart("spiral", "lining", ("inside", "layers")),
            RecipePart("straps", "leather", ("straps", "ties", "belts")),
        ),
        params=(
            Param(
                "rolled",
                "bool",
                False,
                words={
                    "rolled": True,
                    "rolled-up": True,
                    "bedroll": True,
                    "roll": True,
                    "packed": True,
                    "unrolled": False,
                    "open": False,
                    "laid": False,
                },
                doc="Rolled up and tied (a bedroll) instead of laid out.",
            ),
        ),
        build=sleeping_bag,
        long_axis="z",
        collider="box",
        description="A padded sleeping bag laid out, its top turned back at the head, with a pillow.",
    ),
    Recipe(
        name="backpack",
        category="camp",
        nouns=(
            "backpack",
            "rucksack",
            "knapsack",
            "haversack",
            "pack",
            "travel pack",
            "adventurer's pack",
        ),
        synsets=("backpack.n.01",),
        size=SizePrior((0.46, 0.6, 0.34), 0.25),
        materials={
            "canvas": M("fabric", "#6b5a3a"),
            "leather": M("leather", "#5a3620"),
            "brass": M("brass"),
            "bedroll": M("fabric", "#5a6b4a"),
        },
        parts=(
            RecipePart("body", "canvas", ("body", "bag", "sack")),
            RecipePart("flap", "leather", ("flap", "lid", "cover")),
            RecipePart("buckles", "brass", ("buckles", "buckle", "clasps")),
            RecipePart("straps", "leather", ("straps", "strap", "shoulder straps", "belts")),
            RecipePart("pockets", "canvas", ("pockets", "pocket", "pouch")),
            RecipePart("bedroll", "bedroll", ("bedroll", "blanket", "roll", "sleeping bag")),
        ),
        params=(
            Param(
                "bedroll",
                "bool",
                True,
                words={"bedroll": True, "blanket": True, "light": False},
                doc="A rolled blanket strapped on top.",
            ),
            Param(
                "pockets",
                "int",
                1,
                0,
                2,
                count_nouns=("pockets",),
                doc="A front pocket (1), and side pockets too (2).",
            ),
        ),
        build=backpack,
        collider="box",
        description="A canvas backpack with a leather flap and buckles, a front pocket, shoulder straps "
        "and a bedroll on top.",
    ),
    Recipe(
        name="rope",
        category="camp",
        nouns=(
            "rope",
            "coil of rope",
            "lasso",
            "lariat",
            "coiled rope",
            "rope coil",
            "cord",
            "hawser",
        ),
        synsets=("rope.n.01", "lasso.n.02"),
        size=SizePrior((0.48, 0.17, 0.66), 0.3),
        materials={"rope": M("rope")},
        parts=(RecipePart("rope", "rope", ("rope", "coil", "loop", "cord", "noose")),),
        params=(
            Param(
                "style",
                "choice",
                "coil",
                choices=("coil", "lasso"),
                words={
                    "coil": "coil",
                    "coiled": "coil",
                    "lasso": "lasso",
                    "lariat": "lasso",
                    "loop": "lasso",
                    "noose": "lasso",
                },
                doc="A coil of rope, or a lasso: a wide loop and a coiled end.",
            ),
            Param(
                "turns",
                "int",
                4,
                2,
                8,
                count_nouns=("turns", "loops", "coils"),
                doc="Turns in the coil.",
            ),
        ),
        build=rope,
        collider="mesh_convex",
        description="A coil of rope lying on the ground, its end bound round the coil and trailing.",
    ),
    Recipe(
        name="fishing_rod",
        category="camp",
        nouns=("fishing rod", "fishing pole", "angling rod", "fishing tackle", "fishing stick"),
        synsets=("fishing_rod.n.01",),
        size=SizePrior((2.7, 0.15, 0.19), 0.3),
        materials={
            "rod": M("wood_planks", "#8a6a3a"),
            "cork": M("end_grain", "#b58a5a"),
            "metal": M("iron", "#8a8f96"),
            "line": M("fabric", "#e8e8e0"),
            "float": M("painted_metal", "#d8301f"),
        },
        parts=(
            RecipePart("rod", "rod", ("rod", "pole", "blank", "tip", "joints")),
            RecipePart("handle", "cork", ("handle", "grip", "cork")),
            RecipePart("guides", "metal", ("guides", "rings", "eyes")),
            RecipePart("reel", "metal", ("reel", "spool", "winch")),
            RecipePart("line", "line", ("line", "fishing line", "string")),
            RecipePart("float", "float", ("float", "bobber", "hook", "lure")),
        ),
        params=(
            Param(
                "reel",
                "bool",
                True,
                words={
                    "reel": True,
                    "bamboo": False,
                    "cane": False,
                    "simple": False,
                    "stick": False,
                },
                doc="A reel under the handle (otherwise a plain jointed pole with the line tied "
                "at its tip).",
            ),
        ),
        build=fishing_rod,
        long_axis="x",
        collider="box",
        description="A fishing rod lying on the ground: a tapered rod with a cork handle, a reel, line "
        "guides and a float on the line.",
    ),
]
