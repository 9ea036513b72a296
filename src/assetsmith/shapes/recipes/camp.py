"""Camp props: a campfire."""

from __future__ import annotations

from ..dsl import blob, cylinder, lathe, part, program
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
# Flames glow: a saturated orange (a strong glow tone-maps towards white), on an opaque base.
FIRE = MaterialRole("ceramic", "#e0560e", emissive="#ff4400", emissive_strength=1.4)


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
        # A tall twisted tongue in the middle and a crown of smaller ones leaning out round it,
        # faceted (few sides), as stylised fire is drawn.
        flame = [[0, 0], [0.1, 0.05], [0.11, 0.16], [0.075, 0.34], [0.035, 0.52], [0, 0.7]]
        parts += [
            part("flames", "fire", lathe(flame, sides=4)).twist(160).on("ash", "top", gap=-0.02),
            part("flames_ring", "fire", lathe(flame, sides=4), part="flames").scaled([0.75, 0.7, 0.75])
            .twist(-90).turned(x=14).radial(5, radius=0.1, start=20,
                                             jitter={"scale": 0.22, "rotate": [6, 25, 6]})
            .on("ash", "top", gap=-0.03),
        ]
    return program(*parts, collider="mesh_convex")


RECIPES = [
    Recipe(
        name="campfire", category="camp",
        nouns=("campfire", "camp fire", "bonfire", "fire pit", "firepit", "fire", "hearth"),
        synsets=("campfire.n.01", "bonfire.n.01"),
        size=SizePrior((1.1, 0.76, 1.1), 0.3),
        materials={"stone": M("rough_stone", "#7c776e"), "ash": M("rough_stone", "#3b3631"),
                   "bark": M("bark"),
                   "fire": FIRE},
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
