"""Nature: a mushroom (or a cluster of them)."""

from __future__ import annotations

import numpy as np

from ..dsl import lathe, part, program, sphere
from ..ops import euler
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _cap_profile(r: float, h: float) -> list[list[float]]:
    """A toadstool cap (r, y): the gills underneath, the rim rolled over, the dome on top."""
    return [[0.0, 0.0], [0.55 * r, 0.04 * h], [0.92 * r, 0.12 * h], [r, 0.22 * h], [0.96 * r, 0.4 * h],
            [0.78 * r, 0.72 * h], [0.45 * r, 0.94 * h], [0.0, h]]


def _one(i: int, x: float, z: float, s: float, tilt: float, turn: float, spots: bool, rng) -> list:
    r_cap, h_cap = 0.11 * s, 0.085 * s
    h_stem, r_stem = 0.17 * s, 0.022 * s
    stem = [[0.0, 0.0], [1.45 * r_stem, 0.0], [1.3 * r_stem, 0.06 * s], [r_stem, 0.35 * h_stem],
            [0.92 * r_stem, h_stem], [0.0, h_stem]]
    rot = [tilt * np.cos(turn), 0.0, tilt * np.sin(turn)]
    # The cap sits on the stem, tilted with it about the stem's foot.
    top = euler(rot) @ np.array([0.0, h_stem, 0.0])
    parts = [part(f"stem_{i}", "stem", lathe(stem, smooth=True), part="stems").rotate(*rot).at(x, 0, z),
             part(f"cap_{i}", "cap", lathe(_cap_profile(r_cap, h_cap), smooth=True), part="caps")
             .rotate(*rot).at(x + top[0], top[1] - 0.004 * s, z + top[2])]
    if spots:
        # White warts on the dome: flat domes tilted to the cap's slope, in two rings.
        rings = ((0.5, 0.86, 5, 32), (0.84, 0.6, 8, 60)) if s > 0.7 else ((0.7, 0.75, 4, 45),)
        for ring, (fr, fy, n, tilt_deg) in enumerate(rings):
            off = float(rng.uniform(0, 360))
            parts.append(
                part(f"spots_{i}_{ring}", "spots", sphere(0.014 * s, portion=0.35), part="spots")
                .turned(x=tilt_deg).moved(0, fy * h_cap, 0)
                .radial(n, radius=fr * r_cap, start=off, jitter={"scale": 0.35})
                .rotate(*rot).at(x + top[0], top[1] - 0.004 * s, z + top[2]))
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
        parts += _one(i, x, z, s, tilt, turn, p.spots, rng)
    return program(*parts, collider="capsule" if n == 1 else "mesh_convex")


RECIPES = [
    Recipe(
        name="mushroom", category="nature",
        nouns=("mushroom", "toadstool", "fly agaric", "fungus", "mushrooms"),
        synsets=("mushroom.n.02", "toadstool.n.01", "fly_agaric.n.01"),
        size=SizePrior((0.22, 0.25, 0.22), 0.25),
        materials={"cap": M("ceramic", "#b8261c"), "stem": M("ceramic", "#e9e1cc"),
                   "spots": M("ceramic", "#f4efe4")},
        parts=(RecipePart("caps", "cap", ("cap", "caps", "head")),
               RecipePart("stems", "stem", ("stem", "stalk", "stems")),
               RecipePart("spots", "spots", ("spots", "dots", "warts"))),
        params=(Param("count", "int", 1, 1, 7, count_nouns=("mushrooms", "toadstools", "mushroom"),
                      words={"cluster": 5, "clump": 5, "patch": 6, "group": 4},
                      doc="One mushroom, or a cluster round a big one."),
                Param("spots", "bool", True, words={"spotted": True, "spotty": True, "plain": False,
                                                    "smooth": False},
                      doc="White warts on the cap.")),
        build=mushroom, round=True, collider="capsule",
        description="A red-capped, white-spotted toadstool (or a cluster).",
    ),
]
