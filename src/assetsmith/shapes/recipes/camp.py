"""Camp props: a campfire."""

from __future__ import annotations

from ..dsl import blob, cylinder, lathe, part, program
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def campfire(p) -> dict:
    ring_r = 0.42
    parts = [
        # A ring of stones: one lumpy stone repeated round the fire, each turned and sized anew.
        part("stones", "stone", blob([0.2, 0.13, 0.16], lumps=0.2, lump_count=8, facets=3, flat_bottom=0.25))
        .radial(p.stones, radius=ring_r, jitter={"scale": 0.25, "rotate": [0, 40, 0], "translate": [0.03, 0, 0.03]}),
        part("ash", "ash", blob([0.62, 0.05, 0.62], lumps=0.1, lump_count=10, flat_bottom=0.4)),
        # Logs leaning together over the fire, like a tent.
        part("logs", "bark", cylinder(0.045, 0.66, bevel=0.01)).turned(x=34).moved(0, 0.0, -0.33)
        .radial(p.logs, start=15, jitter={"rotate": [4, 10, 0], "scale": 0.12}).uv("cylindrical"),
    ]
    if p.lit:
        flame = [[0, 0], [0.12, 0.04], [0.13, 0.13], [0.08, 0.28], [0.03, 0.42], [0, 0.52]]
        parts += [
            part("flames", "fire", lathe(flame, smooth=True, sides=5)).twist(120).on("ash", "top", gap=-0.02),
            part("flames_small", "fire", lathe(flame, smooth=True, sides=4), part="flames").scale(0.6)
            .twist(-90).radial(3, radius=0.09, start=40).on("ash", "top", gap=-0.02),
        ]
    return program(*parts, collider="mesh_convex")


RECIPES = [
    Recipe(
        name="campfire", category="camp",
        nouns=("campfire", "camp fire", "bonfire", "fire pit", "firepit", "fire"),
        synsets=("campfire.n.01", "bonfire.n.01"),
        size=SizePrior((1.1, 0.55, 1.1), 0.3),
        materials={"stone": M("rough_stone", "#7c776e"), "ash": M("rough_stone", "#3b3631"),
                   "bark": M("bark"), "fire": M("crystal", "#ff7a1a")},
        parts=(RecipePart("stones", "stone", ("stones", "rocks", "ring")),
               RecipePart("ash", "ash", ("ash", "ashes", "embers", "coals")),
               RecipePart("logs", "bark", ("logs", "log", "wood", "firewood", "sticks")),
               RecipePart("flames", "fire", ("flames", "flame", "fire"))),
        params=(Param("stones", "int", 9, 5, 16, count_nouns=("stones", "rocks"), doc="Stones in the ring."),
                Param("logs", "int", 5, 3, 8, count_nouns=("logs", "sticks"), doc="Logs over the fire."),
                Param("lit", "bool", True, words={"lit": True, "burning": True, "blazing": True,
                                                  "unlit": False, "cold": False, "extinguished": False,
                                                  "dead": False}, doc="Flames.")),
        build=campfire, round=True, collider="mesh_convex",
        description="A ring of stones round ash and leaning logs, with flames.",
    ),
]
