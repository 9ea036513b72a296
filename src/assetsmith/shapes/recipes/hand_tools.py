"""Hafted hand tools: axe, hammer, pickaxe, shovel, rake, pitchfork, sickle. Each stands upright
on the butt of its handle (the sword's convention), the working end up, the head's silhouette
facing the front (+Z)."""

from __future__ import annotations

import math

from ..dsl import box, cone, cylinder, extrude, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .hafts import finer, haft

M = MaterialRole

# Axe bits: the outline [x, y] of one side of the head from the eye (x = 0) out to the edge.
_BITS = {
    "felling": [
        [0.0, -0.032],
        [0.05, -0.036],
        [0.12, -0.066],
        [0.165, -0.082],
        [0.178, -0.03],
        [0.18, 0.02],
        [0.172, 0.072],
        [0.12, 0.058],
        [0.05, 0.036],
        [0.0, 0.032],
    ],
    "bearded": [
        [0.0, -0.032],
        [0.04, -0.04],
        [0.07, -0.1],
        [0.1, -0.16],
        [0.16, -0.17],
        [0.175, -0.08],
        [0.18, 0.0],
        [0.17, 0.07],
        [0.11, 0.05],
        [0.04, 0.034],
        [0.0, 0.032],
    ],
    "crescent": [
        [0.0, -0.034],
        [0.05, -0.04],
        [0.12, -0.13],
        [0.2, -0.19],
        [0.2, -0.1],
        [0.19, 0.0],
        [0.2, 0.1],
        [0.2, 0.19],
        [0.12, 0.13],
        [0.05, 0.04],
        [0.0, 0.034],
    ],
}


def axe(p) -> dict:
    handle_len = 0.8
    top = handle_len - 0.02
    bit = extrude(_BITS[p.blade], 0.036, bevel=0.003, crease=35)
    head = part("bit", "iron", bit, part="head").taper([1.0, 0.14], axis="x").detail(1.5)
    if p.double:
        head = head.mirror("x")
    parts = [
        haft("handle", "wood", handle_len, 0.017, top_radius=0.015, bow=0.025).detail(1.2),
        head.at(0.0, top - 0.05, 0),
        part("eye", "iron", box([0.06, 0.075, 0.042], bevel=0.008), part="head").at(
            0.0, top - 0.085, 0
        ),
    ]
    if not p.double:  # the poll: a flat hammer back behind the eye
        parts.append(
            part("poll", "iron", box([0.035, 0.064, 0.04], bevel=0.006), part="head").at(
                -0.035, top - 0.08, 0
            )
        )
    parts.append(part("wedge", "wood", box([0.03, 0.006, 0.01]), part="handle").at(0, top, 0))
    return program(*finer(parts, 1.6), collider="box")


def hammer(p) -> dict:
    kind = p.kind
    if kind == "mallet":
        return program(
            haft("handle", "wood", 0.3, 0.013, top_radius=0.012),
            part("block", "wood_head", cylinder(0.045, 0.13, bevel=0.006))
            .rotate(z=-90)
            .at(-0.065, 0.3, 0)
            .uv("cylindrical"),
            collider="box",
        )
    if kind == "sledge":
        return program(
            *finer(
                [
                    haft("handle", "wood", 0.85, 0.018, top_radius=0.016),
                    part("head", "iron", box([0.2, 0.075, 0.075], bevel=0.012)).at(0, 0.8, 0),
                    part("ferrule", "iron", cylinder(0.021, 0.06), part="head").at(0, 0.75, 0),
                ],
                1.6,
            ),
            collider="box",
        )
    if kind == "smith":  # a cross-peen forging hammer: round face, wedge peen
        return program(
            *finer(
                [
                    haft("handle", "wood", 0.36, 0.014, top_radius=0.013),
                    part("head", "iron", box([0.07, 0.045, 0.042], bevel=0.006)).at(0, 0.325, 0),
                    part("face", "iron", cylinder(0.024, 0.05, bevel=0.005), part="head")
                    .rotate(z=-90)
                    .at(0.03, 0.3475, 0),
                    part(
                        "peen",
                        "iron",
                        extrude(
                            [
                                [0, -0.021],
                                [0.055, -0.004],
                                [0.058, 0.0],
                                [0.055, 0.004],
                                [0, 0.021],
                            ],
                            0.042,
                            bevel=0.002,
                        ),
                        part="head",
                    )
                    .rotate(z=180)
                    .at(-0.03, 0.3475, 0),
                ],
                1.6,
            ),
            collider="box",
        )
    # A claw hammer: a round face on a neck, a claw curving down behind.
    return program(
        *finer(
            [
                haft("handle", "wood", 0.31, 0.014, top_radius=0.012),
                part("head", "iron", box([0.035, 0.04, 0.03], bevel=0.005)).at(0, 0.29, 0),
                part("face", "iron", cylinder(0.015, 0.06, bevel=0.004), part="head")
                .rotate(z=-90)
                .at(0.015, 0.31, 0),
                part(
                    "claw",
                    "iron",
                    sweep(
                        [[-0.015, 0.31, 0], [-0.06, 0.305, 0], [-0.1, 0.28, 0]],
                        radii=[0.015, 0.01, 0.004],
                        curve="smooth",
                        section=[[-1.3, -0.7], [1.3, -0.7], [1.3, 0.7], [-1.3, 0.7]],
                    ),
                    part="head",
                ),
            ],
            1.6,
        ),
        collider="box",
    )


def pickaxe(p) -> dict:
    length = 0.9
    y = length - 0.03
    pick = sweep(
        [
            [-0.3, y - 0.1, 0],
            [-0.15, y - 0.005, 0],
            [0, y + 0.02, 0],
            [0.15, y - 0.005, 0],
            [0.3, y - 0.1, 0],
        ],
        radii=[0.004, 0.016, 0.024, 0.016, 0.004],
        curve="smooth",
    )
    parts = [
        haft("handle", "wood", length, 0.02, top_radius=0.018).detail(1.2),
        part("eye", "iron", box([0.07, 0.07, 0.05], bevel=0.008), part="head").at(0, y - 0.045, 0),
    ]
    if p.head == "mattock":  # a pick behind, a broad adze blade in front
        parts += [
            part(
                "pick",
                "iron",
                sweep(
                    [[0, y + 0.01, 0], [-0.15, y - 0.005, 0], [-0.3, y - 0.1, 0]],
                    radii=[0.024, 0.016, 0.004],
                    curve="smooth",
                ),
                part="head",
            ).detail(1.4),
            part(
                "adze",
                "iron",
                extrude(
                    [
                        [0, -0.025],
                        [0.2, -0.04],
                        [0.26, -0.06],
                        [0.27, 0.03],
                        [0.2, 0.03],
                        [0, 0.025],
                    ],
                    0.06,
                    bevel=0.004,
                ),
                part="head",
            )
            .taper([1.0, 0.2], axis="x")
            .bend(-16, axis="x", toward="y")
            .at(0.0, y - 0.01, 0),
        ]
    else:
        parts.append(part("pick", "iron", pick, part="head").detail(1.4))
    return program(*finer(parts, 1.6), collider="box")


def shovel(p) -> dict:
    spade = p.kind == "spade"
    shaft_len = 0.72 if spade else 1.15
    y0 = 0.14 if spade else 0.04
    parts = [haft("handle", "wood", shaft_len, 0.018).at(0, y0, 0)]
    if spade:  # a D-grip at the butt
        parts += [
            part("grip", "wood", torus(0.07, 0.014, arc=250), part="grip")
            .rotate(x=90, z=180)
            .at(0, 0.075, 0),
            part("grip_bar", "wood", cylinder(0.017, 0.12), part="grip")
            .rotate(z=-90)
            .at(-0.06, 0.02, 0),
        ]
        outline = [
            [-0.1, 0.0],
            [0.1, 0.0],
            [0.1, 0.27],
            [0.095, 0.29],
            [-0.095, 0.29],
            [-0.1, 0.27],
        ]
    else:
        parts.append(part("grip", "wood", sphere(0.024), part="grip").scale([1, 0.8, 1]))
        outline = [
            [-0.125, 0.0],
            [0.125, 0.0],
            [0.13, 0.17],
            [0.1, 0.26],
            [0.0, 0.32],
            [-0.1, 0.26],
            [-0.13, 0.17],
        ]
    y_blade = y0 + shaft_len + 0.1
    parts += [
        part("socket", "iron", cone(0.022, 0.14, radius_top=0.04), part="blade").at(
            0, y0 + shaft_len - 0.04, 0
        ),
        part("blade", "iron", extrude(outline, 0.005, smooth=not spade, crease=40))
        .bend(55 if not spade else 25, axis="x", toward="-z")
        .detail(1.4)
        .at(0, y_blade, 0.01),
    ]
    if spade:  # the tread: the blade's top edge folded over
        parts.append(
            part("tread", "iron", box([0.2, 0.01, 0.03], bevel=0.003), part="blade").at(
                0, y_blade - 0.006, 0
            )
        )
    return program(*finer(parts, 1.6), collider="box")


def _tine_runs(n: int, broken: bool, rng) -> list[tuple[int, int]]:
    """Runs (first index, count) of the tines present: all of them, or gaps where some broke off."""
    if not broken or n < 5:
        return [(0, n)]
    gone = sorted(int(i) for i in rng.choice(range(1, n - 1), size=2, replace=False))
    runs, start = [], 0
    for g in gone:
        if g > start:
            runs.append((start, g - start))
        start = g + 1
    runs.append((start, n - start))
    return runs


def rake(p) -> dict:
    length = 1.5
    n = p.tines
    width = 0.03 * (n - 1) + 0.04
    y = length + 0.02
    parts = [
        haft("handle", "wood", length, 0.015),
        part("head", "iron", box([width, 0.025, 0.03], bevel=0.005)).at(0, y, 0),
        part(
            "bows",
            "iron",
            sweep(
                [
                    [-width * 0.35, y + 0.012, 0.0],
                    [-width * 0.15, y - 0.1, 0.0],
                    [0.0, y - 0.16, 0.0],
                ],
                0.005,
                curve="smooth",
            ),
            part="head",
        ).mirror("x"),
    ]
    for k, (first, count) in enumerate(_tine_runs(n, p.condition == "broken", p.rng)):
        x0 = -0.015 * (n - 1) + 0.03 * first
        parts.append(
            part(f"tines_{k}", "iron", cone(0.005, 0.1, radius_top=0.002, sides=6), part="tines")
            .turned(x=60)
            .array(count, [0.03, 0, 0])
            .at(x0, y + 0.012, 0.01)
        )
    return program(*finer(parts, 3.0), collider="box")


def pitchfork(p) -> dict:
    length = 1.3
    n = p.tines
    spread = 0.075 * (n - 1) / 2
    y = length + 0.06
    parts = [
        haft("handle", "wood", length, 0.017),
        part("ferrule", "iron", cone(0.022, 0.1, radius_top=0.018), part="tines").at(
            0, length - 0.04, 0
        ),
    ]
    for i in range(n):
        x = -spread + 0.075 * i if n > 1 else 0.0
        path = [
            [x * 0.25, y - 0.005, 0],
            [x * 0.8, y + 0.04, 0],
            [x, y + 0.12, 0.005],
            [x, y + 0.32, 0.02],
            [x * 1.02, y + 0.44, 0.05],
        ]
        parts.append(
            part(
                f"tine_{i}",
                "iron",
                sweep(path, radii=[0.009, 0.008, 0.0075, 0.006, 0.0015], curve="smooth"),
                part="tines",
            )
        )
    if n > 1:
        parts.append(
            part(
                "crossbar",
                "iron",
                sweep(
                    [
                        [-spread * 0.35, y + 0.015, 0],
                        [0, y + 0.005, 0],
                        [spread * 0.35, y + 0.015, 0],
                    ],
                    0.01,
                    curve="smooth",
                    caps="round",
                ),
                part="tines",
            )
        )
    return program(*finer(parts, 3.0), collider="box")


def _crescent(
    r_out: float, start: float, end: float, width: float, root: tuple[float, float], n: int = 14
) -> list[list[float]]:
    """A curved blade's outline: an outer arc from `start` to `end` degrees, the inner (cutting)
    edge coming back to it so the blade narrows from `width` to a point; placed so that the middle
    of its root (the `start` end) sits at `root`."""
    a0 = math.radians(start)
    cx = root[0] - (r_out - width / 2) * math.cos(a0)
    cy = root[1] - (r_out - width / 2) * math.sin(a0)
    outer, inner = [], []
    for i in range(n + 1):
        t = i / n
        a = math.radians(start + (end - start) * t)
        w = width * (1 - t) ** 0.8
        outer.append([round(cx + r_out * math.cos(a), 5), round(cy + r_out * math.sin(a), 5)])
        inner.append(
            [round(cx + (r_out - w) * math.cos(a), 5), round(cy + (r_out - w) * math.sin(a), 5)]
        )
    return outer + inner[::-1][:-1]


def sickle(p) -> dict:
    if p.kind == "scythe":  # a long snath with two grips, the blade across the top
        snath = 1.55
        blade = _crescent(0.75, 112, 52, 0.11, (0.02, snath - 0.03), n=18)
        return program(
            *finer(
                [
                    haft(
                        "snath", "wood", snath, 0.02, top_radius=0.018, bow=0.05, part_name="handle"
                    ),
                    part("nibs", "wood", cylinder(0.014, 0.16, bevel=0.004), part="handle")
                    .turned(x=90)
                    .array(2, [0, 0.55, 0])
                    .at(0.02, 0.45, 0.0),
                    part("tang", "iron", box([0.05, 0.05, 0.03], bevel=0.004), part="blade").at(
                        0.02, snath - 0.04, 0
                    ),
                    part("blade", "iron", extrude(blade, 0.004)).detail(1.5),
                ],
                2.0,
            ),
            collider="box",
        )
    blade = _crescent(0.12, 200, -30, 0.044, (0.0, 0.2))
    return program(
        *finer(
            [
                part("handle", "wood", cylinder(0.016, 0.13, bevel=0.004))
                .taper(0.85)
                .uv("cylindrical"),
                part("ferrule", "iron", cylinder(0.018, 0.02), part="blade").at(0, 0.125, 0),
                part("shank", "iron", box([0.01, 0.07, 0.005]), part="blade").at(0, 0.14, 0),
                part("blade", "iron", extrude(blade, 0.003)).detail(1.5),
            ],
            2.0,
        ),
        collider="box",
    )


_WOOD = {"wood": M("wood_planks", "#8a6038"), "dark_wood": M("wood_planks", "#5a3b22")}

RECIPES = [
    Recipe(
        name="axe",
        category="tools",
        nouns=(
            "axe",
            "ax",
            "hatchet",
            "battle-ax",
            "battleaxe",
            "battle axe",
            "tomahawk",
            "woodaxe",
            "felling axe",
            "wood axe",
        ),
        synsets=("ax.n.01", "hatchet.n.02", "tomahawk.n.01", "battle-ax.n.01", "broadax.n.01"),
        size=SizePrior((0.24, 0.8, 0.05), 0.25),
        materials={**_WOOD, "iron": M("iron", "#6a6e73")},
        parts=(
            RecipePart("handle", "wood", ("handle", "haft", "shaft", "helve")),
            RecipePart("head", "iron", ("head", "blade", "bit", "edge", "poll", "blades")),
        ),
        params=(
            Param(
                "blade",
                "choice",
                "felling",
                choices=tuple(_BITS),
                words={
                    "felling": "felling",
                    "woodcutter's": "felling",
                    "bearded": "bearded",
                    "viking": "bearded",
                    "dane": "bearded",
                    "crescent": "crescent",
                    "battle": "crescent",
                    "battleaxe": "crescent",
                    "battle-axe": "crescent",
                    "great": "crescent",
                },
                doc="The shape of the bit: a felling wedge, a bearded (viking) bit, a battle crescent.",
            ),
            Param(
                "double",
                "bool",
                False,
                words={
                    "double-headed": True,
                    "double-bladed": True,
                    "double-bit": True,
                    "double-bitted": True,
                    "double": True,
                    "two-headed": True,
                },
                doc="A bit on both sides of the eye instead of a poll.",
            ),
        ),
        build=axe,
        collider="box",
        description="A felling axe standing on the butt of its curved handle, bit to +X.",
    ),
    Recipe(
        name="hammer",
        category="tools",
        nouns=(
            "hammer",
            "mallet",
            "sledgehammer",
            "sledge hammer",
            "maul",
            "claw hammer",
            "smith's hammer",
            "forging hammer",
            "gavel",
        ),
        synsets=(
            "hammer.n.02",
            "mallet.n.03",
            "maul.n.01",
            "claw_hammer.n.01",
            "ball-peen_hammer.n.01",
        ),
        size=SizePrior((0.18, 0.33, 0.04), 0.25),
        materials={**_WOOD, "iron": M("iron", "#55595e"), "wood_head": M("wood_planks", "#a07a4a")},
        parts=(
            RecipePart("handle", "wood", ("handle", "haft", "shaft")),
            RecipePart("head", "iron", ("head", "face", "claw", "peen")),
            RecipePart("block", "wood_head", ("head", "mallet head", "block")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "claw",
                choices=("claw", "smith", "mallet", "sledge"),
                words={
                    "claw": "claw",
                    "carpenter's": "claw",
                    "blacksmith": "smith",
                    "smith": "smith",
                    "smith's": "smith",
                    "blacksmith's": "smith",
                    "forging": "smith",
                    "mallet": "mallet",
                    "sledgehammer": "sledge",
                    "sledge": "sledge",
                    "maul": "sledge",
                },
                doc="A claw hammer, a smith's cross-peen, a wooden mallet or a long sledgehammer.",
            ),
        ),
        build=hammer,
        collider="box",
        description="A claw hammer standing on its handle, head up.",
    ),
    Recipe(
        name="pickaxe",
        category="tools",
        nouns=("pickaxe", "pick", "pickax", "pick axe", "mattock", "miner's pick"),
        synsets=("pick.n.07", "mattock.n.01"),
        size=SizePrior((0.62, 0.9, 0.05), 0.25),
        materials={**_WOOD, "iron": M("iron", "#55595e")},
        parts=(
            RecipePart("handle", "wood", ("handle", "haft", "shaft")),
            RecipePart("head", "iron", ("head", "pick", "points", "blade", "adze")),
        ),
        params=(
            Param(
                "head",
                "choice",
                "pick",
                choices=("pick", "mattock"),
                words={"mattock": "mattock", "adze": "mattock", "pick": "pick", "miner's": "pick"},
                doc="Two curved points, or a point and a broad adze blade (a mattock).",
            ),
        ),
        build=pickaxe,
        collider="box",
        description="A miner's pickaxe: a curved double-pointed iron head on a wooden handle.",
    ),
    Recipe(
        name="shovel",
        category="tools",
        nouns=("shovel", "spade", "garden spade", "garden shovel", "scoop"),
        synsets=("shovel.n.01", "spade.n.02"),
        size=SizePrior((0.25, 1.61, 0.16), 0.25),
        materials={**_WOOD, "iron": M("iron", "#6a6e73")},
        parts=(
            RecipePart("handle", "wood", ("handle", "shaft", "haft")),
            RecipePart("grip", "wood", ("grip", "d-grip", "knob")),
            RecipePart("blade", "iron", ("blade", "head", "scoop", "tread")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "shovel",
                choices=("shovel", "spade"),
                words={"shovel": "shovel", "spade": "spade", "digging": "spade"},
                doc="A long-handled round-point shovel, or a short spade with a D-grip.",
            ),
        ),
        build=shovel,
        collider="box",
        description="A round-point shovel standing on its handle, blade up.",
    ),
    Recipe(
        name="rake",
        category="tools",
        nouns=("rake", "garden rake", "hay rake", "leaf rake"),
        synsets=("rake.n.03",),
        size=SizePrior((0.4, 1.6, 0.1), 0.25),
        materials={**_WOOD, "iron": M("iron", "#55595e")},
        parts=(
            RecipePart("handle", "wood", ("handle", "shaft", "haft", "pole")),
            RecipePart("head", "iron", ("head", "bar", "bows")),
            RecipePart("tines", "iron", ("tines", "teeth", "prongs")),
        ),
        params=(
            Param(
                "tines",
                "int",
                12,
                5,
                20,
                count_nouns=("tines", "teeth", "prongs"),
                doc="Tines along the head (the head widens with them).",
            ),
        ),
        build=rake,
        collider="box",
        description="A garden rake: an iron bar of tines on a long wooden handle, tines up.",
    ),
    Recipe(
        name="pitchfork",
        category="tools",
        nouns=("pitchfork", "hayfork", "pitch fork", "hay fork"),
        synsets=("pitchfork.n.01", "hayfork.n.01"),
        size=SizePrior((0.17, 1.83, 0.07), 0.25),
        materials={**_WOOD, "iron": M("iron", "#55595e")},
        parts=(
            RecipePart("handle", "wood", ("handle", "shaft", "haft", "pole")),
            RecipePart("tines", "iron", ("tines", "prongs", "head", "teeth")),
        ),
        params=(
            Param(
                "tines",
                "int",
                3,
                2,
                5,
                count_nouns=("tines", "prongs", "teeth"),
                doc="Long curved tines.",
            ),
        ),
        build=pitchfork,
        collider="box",
        description="A three-tined hay pitchfork standing on its handle.",
    ),
    Recipe(
        name="sickle",
        category="tools",
        nouns=("sickle", "scythe", "reaping hook", "reaping_hook", "reap hook", "billhook"),
        synsets=("sickle.n.01", "scythe.n.01"),
        size=SizePrior((0.24, 0.355, 0.036), 0.25),
        materials={**_WOOD, "iron": M("iron", "#7a7f85")},
        parts=(
            RecipePart("handle", "wood", ("handle", "snath", "grip", "nibs")),
            RecipePart("blade", "iron", ("blade", "edge", "hook")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "sickle",
                choices=("sickle", "scythe"),
                words={
                    "sickle": "sickle",
                    "scythe": "scythe",
                    "reaper": "scythe",
                    "reaper's": "scythe",
                    "grim": "scythe",
                    "death's": "scythe",
                },
                doc="A hand sickle, or a long scythe with its blade across the top (grim reaper).",
            ),
        ),
        build=sickle,
        collider="box",
        description="A hand sickle: a crescent blade on a short wooden handle, standing on it.",
    ),
]
