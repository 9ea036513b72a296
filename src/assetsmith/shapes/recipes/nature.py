"""Nature: mushrooms, boulders, crystals and logs."""

from __future__ import annotations

import numpy as np

from ..dsl import blob, cone, cylinder, lathe, part, program, sphere
from ..ops import euler
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _cap_profile(r: float, h: float) -> list[list[float]]:
    """A toadstool cap (r, y): the gills underneath, the rim rolled over, the dome on top."""
    return [
        [0.0, 0.0],
        [0.55 * r, 0.04 * h],
        [0.92 * r, 0.12 * h],
        [r, 0.22 * h],
        [0.96 * r, 0.4 * h],
        [0.78 * r, 0.72 * h],
        [0.45 * r, 0.94 * h],
        [0.0, h],
    ]


def _one(
    i: int, x: float, z: float, s: float, tilt: float, turn: float, spots: bool, glow: bool, rng
) -> list:
    r_cap, h_cap = 0.11 * s, 0.085 * s
    h_stem, r_stem = 0.17 * s, 0.022 * s
    stem = [
        [0.0, 0.0],
        [1.45 * r_stem, 0.0],
        [1.3 * r_stem, 0.06 * s],
        [r_stem, 0.35 * h_stem],
        [0.92 * r_stem, h_stem],
        [0.0, h_stem],
    ]
    rot = [tilt * np.cos(turn), 0.0, tilt * np.sin(turn)]
    # The cap sits on the stem, tilted with it about the stem's foot.
    top = euler(rot) @ np.array([0.0, h_stem, 0.0])
    parts = [
        part(f"stem_{i}", "stem", lathe(stem, smooth=True), part="stems").rotate(*rot).at(x, 0, z),
        part(
            f"cap_{i}",
            "glowing_cap" if glow else "cap",
            lathe(_cap_profile(r_cap, h_cap), smooth=True),
            part="glowing_caps" if glow else "caps",
        )
        .rotate(*rot)
        .at(x + top[0], top[1] - 0.004 * s, z + top[2]),
    ]
    if spots:
        # White warts on the dome: flat domes tilted to the cap's slope, in two rings.
        rings = ((0.5, 0.86, 5, 32), (0.84, 0.6, 8, 60)) if s > 0.7 else ((0.7, 0.75, 4, 45),)
        for ring, (fr, fy, n, tilt_deg) in enumerate(rings):
            off = float(rng.uniform(0, 360))
            parts.append(
                part(f"spots_{i}_{ring}", "spots", sphere(0.014 * s, portion=0.35), part="spots")
                .turned(x=tilt_deg)
                .moved(0, fy * h_cap, 0)
                .radial(n, radius=fr * r_cap, start=off, jitter={"scale": 0.35})
                .rotate(*rot)
                .at(x + top[0], top[1] - 0.004 * s, z + top[2])
            )
    return parts


def mushroom(p) -> dict:
    rng = p.rng
    n = p.count
    parts = []
    for i in range(n):
        if i == 0:
            x = z = 0.0
            s, tilt = 1.0, 0.0
        else:
            ang = 2 * np.pi * (i / max(n - 1, 1)) + float(rng.uniform(-0.4, 0.4))
            dist = float(rng.uniform(0.12, 0.17))
            x, z = dist * np.sin(ang), dist * np.cos(ang)
            s, tilt = float(rng.uniform(0.45, 0.8)), float(rng.uniform(4, 14))
        turn = float(np.arctan2(z, x)) if i else 0.0
        parts += _one(i, x, z, s, tilt, turn, p.spots, p.glowing, rng)
    return program(*parts, collider="capsule" if n == 1 else "mesh_convex")


def boulder(p) -> dict:
    w, h, d = 2.2, 1.55, 1.9
    lumps, facets, sharp = {
        "rounded": (0.12, 5, 4.0),
        "jagged": (0.2, 12, 9.0),
        "flat": (0.1, 6, 4.0),
    }[p.shape]
    if p.shape == "flat":
        w, h, d = 2.6, 0.9, 2.1
    parts = [
        part(
            "rock",
            "stone",
            blob(
                [w, h, d],
                lumps=lumps,
                lump_count=16,
                sharpness=sharp,
                facets=facets,
                flat_bottom=0.12,
            ),
        ).detail(1.5),
        # A few smaller stones leaning against its foot.
        part(
            "stones",
            "stone",
            blob([0.5, 0.32, 0.42], lumps=0.2, lump_count=8, facets=4, flat_bottom=0.3),
            part="rock",
        )
        .radial(
            3,
            radius=0.5 * w + 0.05,
            start=70,
            span=140,
            jitter={"scale": 0.3, "rotate": [0, 50, 0]},
        )
        .detail(0.4),
    ]
    if p.moss:  # a cushion of moss over the top, sunk into the stone so only its crown shows
        parts.append(
            part(
                "moss",
                "moss",
                blob([0.74 * w, 0.5 * h, 0.72 * d], lumps=0.15, lump_count=12, flat_bottom=0.3),
            )
            .on("rock", "top", gap=-0.44 * h)
            .detail(0.6)
        )
    return program(*parts, collider="mesh_convex")


# Per kind of rock: extents (m), lump height, chisel facets.
_ROCKS = {
    "rock": ((1.65, 0.8, 1.3), 0.16, 8),
    "stone": ((0.5, 0.3, 0.42), 0.14, 6),
    "pebble": ((0.09, 0.045, 0.07), 0.06, 0),
}


def rock(p) -> dict:
    size, lumps, facets = _ROCKS[p.kind]
    parts = [
        part(
            "rock",
            "stone",
            blob(
                list(size),
                lumps=lumps,
                lump_count=14,
                sharpness=4.5,
                facets=facets,
                flat_bottom=0.2 if p.kind != "pebble" else 0.35,
            ),
        ).detail(1.5)
    ]
    if p.moss:  # moss over the top and down one side, sunk so only its crown shows
        w, h, d = size
        parts.append(
            part(
                "moss",
                "moss",
                blob([0.74 * w, 0.5 * h, 0.72 * d], lumps=0.12, lump_count=10, flat_bottom=0.3),
            )
            .on("rock", "top", gap=-0.44 * h)
            .detail(0.6)
        )
    return program(*parts, collider="mesh_convex")


def _crystal(h: float, r: float) -> dict:
    """A hexagonal prism with a pointed six-sided tip, standing on its base."""
    return lathe([[0.0, 0.0], [0.85 * r, 0.0], [r, 0.15 * h], [r, 0.78 * h], [0.0, h]], sides=6)


def crystal(p) -> dict:
    rng = p.rng
    n = p.count
    role, name = ("glowing_crystal", "glowing_crystals") if p.glowing else ("crystal", "crystals")
    parts = []
    big_h, big_r = 0.8, 0.13
    base_r = 0.3 + 0.035 * min(n, 9)
    if p.base:
        parts.append(
            part(
                "base",
                "stone",
                blob(
                    [2 * base_r, 0.22, 1.7 * base_r],
                    lumps=0.2,
                    lump_count=10,
                    facets=5,
                    flat_bottom=0.35,
                ),
            )
        )
    y0 = 0.12 if p.base else 0.0
    turn0 = float(rng.uniform(0, 360))
    for i in range(n):
        if i == 0:
            h, r, x, z, tilt, turn = big_h, big_r, 0.0, 0.0, float(rng.uniform(0, 6)), 0.0
        else:
            a = np.radians(turn0 + 360.0 * i / (n - 1) + float(rng.uniform(-18, 18)))
            dist = float(rng.uniform(0.45, 0.75)) * (base_r - 0.06)
            x, z = dist * np.cos(a), dist * np.sin(a)
            h = big_h * float(rng.uniform(0.45, 0.8))
            r = big_r * float(rng.uniform(0.55, 0.85))
            tilt, turn = float(rng.uniform(14, 34)), float(np.degrees(-a)) + 90.0
        parts.append(
            part(f"crystal_{i}", role, _crystal(h, r), part=name)
            .rotate(tilt, turn, 0)
            .at(round(x, 4), y0, round(z, 4))
        )
    return program(*parts, collider="mesh_convex")


def _log_parts(k: int, length: float, r: float, at: list[float], turn: float, rng) -> list:
    """One log lying along X: bark, the sawn ends, and a branch stub or two."""
    x, y, z = at
    stub_at = float(rng.uniform(-0.25, 0.25)) * length
    return [
        part(f"bark_{k}", "bark", cylinder(r, length, bevel=0.2 * r), part="bark")
        .rotate(0, turn, 90)
        .at(x + length / 2, y + r, z)
        .uv("cylindrical"),
        part(f"ends_{k}", "end_grain", cylinder(0.9 * r, length + 0.012), part="ends")
        .rotate(0, turn, 90)
        .at(x + length / 2 + 0.006, y + r, z)
        .detail(0.6),
        part(f"stub_{k}", "bark", cone(0.3 * r, 0.5 * r, radius_top=0.22 * r), part="bark")
        .rotate(-60, turn, 0)
        .at(x + stub_at, y + 1.8 * r, z + 0.2 * r)
        .detail(0.3),
    ]


def log(p) -> dict:
    rng = p.rng
    n = p.count
    length, r = 1.5, 0.17
    # Rows from the bottom, each one log shorter, logs of a row resting in the gaps below.
    rows, left = [], n
    b = 1
    while b * (b + 1) // 2 < n:
        b += 1
    size = b
    while left > 0:
        rows.append(min(size, left))
        left -= rows[-1]
        size -= 1
    parts = []
    k = 0
    for row, m in enumerate(rows):
        y = row * r * 1.73
        for j in range(m):
            zc = (j - (m - 1) / 2) * 2 * r
            jl = length * float(rng.uniform(0.88, 1.0)) if n > 1 else length
            dx = float(rng.uniform(-0.06, 0.06)) if n > 1 else 0.0
            turn = float(rng.uniform(-4, 4)) if n > 1 else 0.0
            parts += _log_parts(
                k, jl, r * float(rng.uniform(0.9, 1.0)), [dx - jl / 2, y, zc], turn, rng
            )
            k += 1
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="mushroom",
        category="nature",
        nouns=("mushroom", "toadstool", "fly agaric", "fungus", "mushrooms"),
        synsets=("mushroom.n.01", "mushroom.n.02", "toadstool.n.01", "fly_agaric.n.01"),
        size=SizePrior((0.22, 0.25, 0.22), 0.25),
        materials={
            "cap": M("ceramic", "#b8261c"),
            "stem": M("ceramic", "#e9e1cc"),
            "spots": M("ceramic", "#f4efe4"),
            "glowing_cap": M("ceramic", "#3fb8c9", emissive="#4fe3f0", emissive_strength=2.5),
        },
        parts=(
            RecipePart("caps", "cap", ("cap", "caps", "head")),
            RecipePart("glowing_caps", "glowing_cap", ("cap", "caps", "head", "glow")),
            RecipePart("stems", "stem", ("stem", "stalk", "stems")),
            RecipePart("spots", "spots", ("spots", "dots", "warts")),
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                7,
                count_nouns=("mushrooms", "toadstools", "mushroom"),
                words={"cluster": 5, "clump": 5, "patch": 6, "group": 4},
                doc="One mushroom, or a cluster round a big one.",
            ),
            Param(
                "spots",
                "bool",
                True,
                words={"spotted": True, "spotty": True, "plain": False, "smooth": False},
                doc="White warts on the cap.",
            ),
            Param(
                "glowing",
                "bool",
                False,
                words={"glowing": True, "luminous": True, "bioluminescent": True, "glowy": True},
                doc="Caps that give light (a cave or fairy mushroom).",
            ),
        ),
        build=mushroom,
        round=True,
        collider="capsule",
        description="A red-capped, white-spotted toadstool (or a cluster).",
    ),
    Recipe(
        name="boulder",
        category="nature",
        nouns=("boulder", "large rock", "big rock", "crag", "outcrop"),
        synsets=("boulder.n.01",),
        size=SizePrior((2.7, 1.55, 2.2), 0.3),
        materials={"stone": M("rough_stone", "#85807a"), "moss": M("ground_moss")},
        parts=(
            RecipePart("rock", "stone", ("rock", "stone", "boulder", "stones")),
            RecipePart("moss", "moss", ("moss", "lichen")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "rounded",
                choices=("rounded", "jagged", "flat"),
                words={
                    "rounded": "rounded",
                    "round": "rounded",
                    "smooth": "rounded",
                    "worn": "rounded",
                    "jagged": "jagged",
                    "sharp": "jagged",
                    "craggy": "jagged",
                    "angular": "jagged",
                    "flat": "flat",
                    "slab": "flat",
                },
                doc="A rounded boulder, a jagged one, or a low flat one.",
            ),
            Param(
                "moss",
                "bool",
                False,
                words={
                    "mossy": True,
                    "moss": True,
                    "moss-covered": True,
                    "overgrown": True,
                    "lichen": True,
                },
                doc="A cushion of moss on top.",
            ),
        ),
        build=boulder,
        collider="mesh_convex",
        description="A big weathered boulder with stones at its foot (mossy, jagged or flat).",
    ),
    Recipe(
        name="crystal",
        category="nature",
        nouns=("crystal", "quartz", "amethyst", "crystals", "crystal cluster", "geode", "shard"),
        synsets=("crystal.n.01", "amethyst.n.01"),
        size=SizePrior((0.8, 0.92, 0.7), 0.3),
        materials={
            "crystal": M("crystal", "#9fd6ee"),
            "glowing_crystal": M("crystal", "#3f9be0", emissive="#2f8cff", emissive_strength=1.5),
            "stone": M("rough_stone", "#5f5a55"),
        },
        parts=(
            RecipePart("crystals", "crystal", ("crystals", "crystal", "shards", "points")),
            RecipePart(
                "glowing_crystals", "glowing_crystal", ("crystals", "crystal", "shards", "glow")
            ),
            RecipePart("base", "stone", ("base", "rock", "stone")),
        ),
        params=(
            Param(
                "count",
                "int",
                5,
                1,
                11,
                count_nouns=("crystals", "crystal", "shards", "points"),
                words={"cluster": 7, "group": 5, "clump": 6, "geode": 9, "single": 1, "lone": 1},
                doc="One big crystal, or a cluster leaning out round it.",
            ),
            Param(
                "glowing",
                "bool",
                True,
                words={
                    "glowing": True,
                    "luminous": True,
                    "shining": True,
                    "magic": True,
                    "dull": False,
                    "dark": False,
                    "raw": False,
                },
                doc="Crystals that give light.",
            ),
            Param(
                "base", "bool", True, words={"loose": False}, doc="A rock the crystals grow out of."
            ),
        ),
        build=crystal,
        round=True,
        collider="mesh_convex",
        description="A six-sided pointed crystal on a rock (or a cluster), glowing softly.",
    ),
    Recipe(
        name="log",
        category="nature",
        nouns=("log", "firewood", "logs", "timber", "woodpile", "log pile"),
        synsets=("log.n.01", "firewood.n.01"),
        size=SizePrior((1.5, 0.36, 0.36), 0.25),
        materials={"bark": M("bark"), "end_grain": M("end_grain")},
        parts=(
            RecipePart("bark", "bark", ("bark", "log", "logs", "trunk")),
            RecipePart("ends", "end_grain", ("ends", "end", "rings", "cut")),
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                10,
                count_nouns=("logs", "log"),
                words={"pile": 6, "stack": 6, "heap": 6, "woodpile": 10, "firewood": 6},
                doc="One log, or a stacked pile.",
            ),
        ),
        build=log,
        long_axis="x",
        collider="box",
        description="A sawn log with bark, end grain and branch stubs (or a pile of them).",
    ),
    Recipe(
        name="rock",
        category="nature",
        nouns=("rock", "stone", "pebble", "rocks", "stones", "pebbles"),
        synsets=("rock.n.01", "pebble.n.01"),
        size=SizePrior((1.65, 0.8, 1.3), 0.3),
        materials={"stone": M("rough_stone"), "moss": M("ground_moss")},
        parts=(
            RecipePart("rock", "stone", ("rock", "stone")),
            RecipePart("moss", "moss", ("moss", "lichen")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "rock",
                choices=tuple(_ROCKS),
                words={
                    "rock": "rock",
                    "stone": "stone",
                    "pebble": "pebble",
                    "pebbles": "pebble",
                    "cobble": "stone",
                    "rubble": "stone",
                },
                doc="A knee-high rock (1.65 m across), a stone you could carry, or a pebble.",
            ),
            Param(
                "moss",
                "bool",
                False,
                words={
                    "mossy": True,
                    "moss": True,
                    "moss-covered": True,
                    "overgrown": True,
                    "lichen": True,
                },
                doc="A cushion of moss on top.",
            ),
        ),
        build=rock,
        collider="mesh_convex",
        description="A weathered rock with chiselled facets (or a stone, or a pebble), optionally mossy.",
    ),
]
