"""Nature: trees (a broadleaf tree in four kinds, a pine, a palm)."""

from __future__ import annotations

import numpy as np

from ..dsl import blob, extrude, lathe, part, program, sphere, sweep
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _branch_paths(
    rng, n: int, base_y: float, reach: float, rise: float, start_r: float, droop: float = 0.0
) -> list[list[list[float]]]:
    """`n` branches leaving the trunk between base_y and the top, spread round it, each a smooth
    path outwards and up (a negative `droop` bends the far end down, as on a willow)."""
    out = []
    turn0 = float(rng.uniform(0, 2 * np.pi))
    for k in range(n):
        a = turn0 + 2 * np.pi * k / n + float(rng.uniform(-0.35, 0.35))
        y0 = base_y + float(rng.uniform(0.0, 0.25)) * rise
        r = reach * float(rng.uniform(0.75, 1.05))
        d = np.array([np.sin(a), 0.0, np.cos(a)])
        pts = [
            d * start_r * 0.3 + [0, y0, 0],
            d * r * 0.35 + [0, y0 + rise * 0.45, 0],
            d * r * 0.75 + [0, y0 + rise * (0.8 + droop), 0],
            d * r + [0, y0 + rise * (0.95 + 2 * droop), 0],
        ]
        out.append([[round(float(v), 4) for v in p] for p in pts])
    return out


# Proportions per kind: crown base height, trunk radius, crown radius and crown height (metres).
_TREE_SHAPES = {
    "broadleaf": (2.3, 0.24, 2.1, 3.2),
    "birch": (1.9, 0.13, 1.25, 3.9),
    "willow": (2.2, 0.27, 2.3, 2.7),
    "dead": (2.0, 0.22, 2.1, 2.6),
}


def _wiggle(rng, path: list, amount: float) -> list[list[float]]:
    """A branch path with its inner points nudged sideways (gnarled wood)."""
    out = [path[0]]
    for q in path[1:-1]:
        out.append([round(float(v + rng.uniform(-amount, amount)), 4) for v in q])
    return [*out, path[-1]]


def tree(p) -> dict:
    rng = p.rng
    kind = p.kind
    base, trunk_r, crown_r, crown_h = _TREE_SHAPES[kind]
    top_y = base + crown_h * (0.55 if kind != "dead" else 0.75)
    flare = [
        [trunk_r * 1.75, 0.0],
        [trunk_r * 1.2, 0.18],
        [trunk_r, 0.6],
        [trunk_r * 0.85, base * 0.7],
        [trunk_r * 0.6, top_y * 0.85],
        [0.0, top_y],
    ]
    lean = float(rng.uniform(-4, 4))
    parts = [
        part("trunk", "bark", lathe(flare, smooth=True))
        .bend(lean, toward="x")
        .uv("cylindrical")
        .detail(1.4)
    ]
    n_branches = {"broadleaf": 5, "birch": 4, "willow": 5, "dead": 6}[kind]
    reach = crown_r * (0.65 if kind != "dead" else 1.0)
    droop = -0.25 if kind == "willow" else 0.0
    rise = (top_y - base) * (1.1 if kind != "dead" else 1.3)
    for k, path in enumerate(
        _branch_paths(rng, n_branches, base * 0.85, reach, rise, trunk_r, droop)
    ):
        if kind == "dead":
            path = _wiggle(rng, path, 0.18)
        parts.append(
            part(
                f"branch_{k}",
                "bark",
                sweep(
                    path,
                    radii=[trunk_r * 0.5, trunk_r * 0.36, trunk_r * 0.2, trunk_r * 0.07],
                    curve="smooth",
                ),
                part="trunk",
            ).detail(0.6)
        )
        if kind == "dead":  # bare twigs forking off each branch
            end, knee = np.array(path[-1]), np.array(path[1])
            d = (end - knee) / max(np.linalg.norm(end - knee), 1e-6)
            side = np.cross(d, [0, 1, 0]) * float(rng.choice([-1, 1]))
            tip = knee + 0.8 * (end - knee) + side * 0.7 + [0, 0.35, 0]
            parts.append(
                part(
                    f"twig_{k}",
                    "bark",
                    sweep(
                        [path[1], path[2], tip.round(4).tolist()],
                        radii=[trunk_r * 0.2, trunk_r * 0.12, trunk_r * 0.03],
                        curve="smooth",
                    ),
                    part="trunk",
                ).detail(0.4)
            )
    if kind == "dead":
        return program(*parts, collider="capsule")
    # The crown: lumpy foliage blobs, one big in the middle, a ring round it and a few on top.
    mid = base + 0.45 * crown_h
    turn0 = float(rng.uniform(0, 2 * np.pi))
    tall = 1.25 if kind == "birch" else 0.85  # blob height over its width
    blobs = [(0.0, mid, 0.0, 0.75)]
    ring = 6 if kind != "birch" else 5
    for k in range(ring):
        a = turn0 + 2 * np.pi * k / ring + float(rng.uniform(-0.3, 0.3))
        d = crown_r * float(rng.uniform(0.45, 0.55))
        y = mid + float(rng.uniform(-0.12, 0.08)) * crown_h
        blobs.append((d * np.sin(a), y, d * np.cos(a), float(rng.uniform(0.5, 0.6))))
    for k in range(3):
        a = turn0 + 2 * np.pi * (k + 0.5) / 3
        d = crown_r * 0.25
        blobs.append(
            (d * np.sin(a), mid + 0.28 * crown_h, d * np.cos(a), float(rng.uniform(0.45, 0.55)))
        )
    for k, (x, y, z, s) in enumerate(blobs):
        r = crown_r * s
        hgt = min(2 * r * tall, crown_h * 0.7)
        parts.append(
            part(
                f"leaves_{k}",
                "leaves",
                blob([2 * r, hgt, 2 * r], lumps=0.3, lump_count=24, sharpness=7),
                part="canopy",
            )
            .at(x, y - hgt / 2, z)
            .detail(0.7)
        )
    if kind == "willow":
        # Weeping curtains: long tapered strands hanging from round the crown almost to the ground.
        drop = mid - 0.5
        strand = [[0.0, 0.0], [0.16, -0.15 * drop], [0.12, -0.7 * drop], [0.0, -drop]]
        for ring, (n, rad, y) in enumerate(((24, 0.95, 0.05), (16, 0.7, 0.25))):
            parts.append(
                part(f"strands_{ring}", "leaves", lathe(strand, sides=5), part="canopy")
                .scaled([1.0, 1.0, 0.45])
                .radial(
                    n,
                    radius=crown_r * rad,
                    start=ring * 7.0,
                    jitter={"scale": 0.15, "rotate": [5, 10, 0]},
                )
                .at(0, mid + y * crown_h, 0)
                .detail(0.35)
            )
    return program(*parts, collider="capsule")


def _tier_profile(r: float, h: float) -> list[list[float]]:
    """A pine's needle tier (r, y): a cone with a hollow underside and a drooping rim."""
    return [
        [0.0, 0.32 * h],
        [0.55 * r, 0.1 * h],
        [r, 0.0],
        [0.93 * r, 0.1 * h],
        [0.5 * r, 0.5 * h],
        [0.0, h],
    ]


def pine_tree(p) -> dict:
    rng = p.rng
    n = p.tiers
    height, base_r = 5.2, 1.15
    trunk_h = 0.9
    parts = [
        part(
            "trunk",
            "bark",
            lathe(
                [[0.2, 0.0], [0.14, 0.25], [0.12, 1.0], [0.05, height - 0.8], [0.0, height - 0.6]],
                smooth=True,
            ),
        ).uv("cylindrical")
    ]
    crown = height - trunk_h
    # Tiers from the bottom up: each narrower, overlapping the one below by a third.
    step = crown / (n + 0.9)
    for k in range(n):
        t = k / max(n - 1, 1)
        r = base_r * (1.0 - 0.72 * t)
        h = step * 1.9 * (1.0 - 0.25 * t)
        y = trunk_h + k * step
        turn = float(rng.uniform(0, 360))
        sides = 9 if k < n - 1 else 7
        parts.append(
            part(f"tier_{k}", "needles", lathe(_tier_profile(r, h), sides=sides), part="needles")
            .rotate(0, turn, 0)
            .at(0, y, 0)
        )
        if p.snow:  # snow on each tier's upper slope
            parts.append(
                part(
                    f"snow_{k}",
                    "snow",
                    lathe(
                        [
                            [0.0, 0.55 * h],
                            [0.72 * r, 0.2 * h],
                            [0.66 * r, 0.27 * h],
                            [0.0, h * 1.02],
                        ],
                        sides=sides,
                    ),
                    part="snow",
                )
                .rotate(0, turn, 0)
                .at(0, y, 0)
            )
    return program(*parts, collider="capsule")


def frond_outline(length: float, width: float, teeth: int) -> list[list[float]]:
    """A palm frond seen from above ([x, z], z along the frond): a long leaf with ragged leaflet
    tips down both sides."""
    right = []
    for i in range(1, teeth):
        t = i / teeth
        w = width * np.sin(np.pi * (0.12 + 0.88 * t)) * (1.0 - 0.3 * t)
        jag = 0.4 * w if i % 2 else 0.0
        right.append([round(w - jag, 4), round(length * t, 4)])
    left = [[-x, z] for x, z in reversed(right)]
    return [[0.0, 0.0], *right, [0.0, length], *left]


def palm_tree(p) -> dict:
    rng = p.rng
    height, lean = 5.6, float(rng.uniform(14, 22))
    # The trunk: a gently curving column of bulging rings (a sweep whose radius swells per ring).
    n_rings = 16
    ys = np.linspace(0.0, height, n_rings * 2 + 1)
    theta = np.radians(lean)
    R = height / theta
    path = [[R * (1 - np.cos(theta * y / height)), R * np.sin(theta * y / height), 0.0] for y in ys]
    radii = [(0.21 - 0.07 * y / height) * (1.0 if i % 2 == 0 else 0.86) for i, y in enumerate(ys)]
    radii[0] = 0.3
    top = np.array(path[-1])
    fronds = p.fronds
    parts = [
        part(
            "trunk",
            "bark",
            sweep([[round(v, 4) for v in q] for q in path], radii=radii, curve="smooth"),
        ).detail(1.2)
    ]
    leaf = extrude(frond_outline(2.9, 0.42, 14), 0.03, axis="y")
    parts += [
        part("fronds", "leaves", leaf)
        .bend(80, axis="z", toward="-y")
        .turned(x=-28)
        .radial(fronds, jitter={"rotate": [8, 12, 0], "scale": 0.12})
        .at(*top.round(4).tolist())
        .detail(1.3),
        part("crown", "bark", sphere(0.26)).scale([1.0, 0.8, 1.0]).at(top[0], top[1] - 0.2, top[2]),
    ]
    if p.coconuts:
        parts.append(
            part("coconuts", "coconut", sphere(0.11))
            .radial(4, radius=0.22, start=20, jitter={"translate": [0.03, 0.05, 0.03]})
            .at(top[0], top[1] - 0.38, top[2])
        )
    return program(*parts, collider="capsule")


TREE_KINDS = ("broadleaf", "birch", "willow", "dead")

RECIPES = [
    Recipe(
        name="tree",
        category="nature",
        nouns=(
            "tree",
            "oak tree",
            "oak",
            "maple",
            "maple tree",
            "birch",
            "birch tree",
            "willow",
            "weeping willow",
            "elm",
            "deciduous tree",
            "dead tree",
        ),
        synsets=("tree.n.01", "oak.n.01", "birch.n.01", "willow.n.01", "maple.n.01"),
        size=SizePrior((4.3, 5.6, 4.3), 0.3),
        materials={"bark": M("bark"), "leaves": M("foliage", "#4f7a2f")},
        parts=(
            RecipePart("trunk", "bark", ("trunk", "bark", "branches", "branch", "twigs")),
            RecipePart("canopy", "leaves", ("canopy", "leaves", "crown", "foliage", "leaf")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "broadleaf",
                choices=TREE_KINDS,
                words={
                    "oak": "broadleaf",
                    "maple": "broadleaf",
                    "elm": "broadleaf",
                    "leafy": "broadleaf",
                    "birch": "birch",
                    "aspen": "birch",
                    "willow": "willow",
                    "weeping": "willow",
                    "dead": "dead",
                    "bare": "dead",
                    "leafless": "dead",
                    "withered": "dead",
                    "gnarled": "dead",
                    "spooky": "dead",
                },
                doc="broadleaf (a round crown), birch (slim, tall), willow (weeping), dead "
                "(bare branches).",
            ),
        ),
        build=tree,
        round=True,
        collider="capsule",
        description="A broadleaf tree: a flared trunk, branches and a lumpy leafy crown (or a birch, "
        "a weeping willow, a dead tree).",
    ),
    Recipe(
        name="pine_tree",
        category="nature",
        nouns=(
            "pine tree",
            "pine",
            "fir",
            "fir tree",
            "spruce",
            "conifer",
            "christmas tree",
            "evergreen",
        ),
        synsets=("pine.n.01", "conifer.n.01", "fir.n.01", "spruce.n.01"),
        size=SizePrior((2.3, 5.2, 2.3), 0.25),
        materials={
            "bark": M("bark", "#4e3a2a"),
            "needles": M("foliage", "#2f5a2a"),
            "snow": M("ceramic", "#f2f5f7"),
        },
        parts=(
            RecipePart("trunk", "bark", ("trunk", "bark")),
            RecipePart("needles", "needles", ("needles", "branches", "tiers", "foliage", "leaves")),
            RecipePart("snow", "snow", ("snow",)),
        ),
        params=(
            Param(
                "tiers",
                "int",
                5,
                3,
                8,
                count_nouns=("tiers", "tier", "layers", "levels"),
                doc="Tiers of needles.",
            ),
            Param(
                "snow",
                "bool",
                False,
                words={
                    "snowy": True,
                    "snow-covered": True,
                    "frosted": True,
                    "wintry": True,
                    "winter": True,
                },
                doc="Snow on the tiers.",
            ),
        ),
        build=pine_tree,
        round=True,
        collider="capsule",
        description="A conifer: a tall trunk inside stacked drooping tiers of needles (optionally snowy).",
    ),
    Recipe(
        name="palm_tree",
        category="nature",
        nouns=("palm tree", "palm", "coconut palm", "date palm"),
        synsets=("palm.n.03",),
        size=SizePrior((5.6, 6.0, 5.0), 0.3),
        materials={
            "bark": M("bark", "#7a6248"),
            "leaves": M("foliage", "#4d8a2e"),
            "coconut": M("organic", "#5a3d22"),
        },
        parts=(
            RecipePart("trunk", "bark", ("trunk", "bark", "stem")),
            RecipePart("fronds", "leaves", ("fronds", "leaves", "frond", "crown")),
            RecipePart("crown", "bark", ("top",)),
            RecipePart("coconuts", "coconut", ("coconuts", "coconut", "fruit", "nuts")),
        ),
        params=(
            Param(
                "fronds",
                "int",
                9,
                5,
                14,
                count_nouns=("fronds", "leaves"),
                doc="Fronds in the crown.",
            ),
            Param(
                "coconuts",
                "bool",
                True,
                words={"coconut": True, "coconuts": True, "bare": False},
                doc="A bunch of coconuts under the crown.",
            ),
        ),
        build=palm_tree,
        collider="capsule",
        description="A leaning palm with a ringed trunk, drooping fronds and coconuts.",
    ),
]
