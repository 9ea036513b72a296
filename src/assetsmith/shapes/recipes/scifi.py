"""Sci-fi kit: a small spaceship."""

from __future__ import annotations

from ..dsl import box, cone, cylinder, extrude, loft, part, program, section, sphere
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def spaceship(p) -> dict:
    # Built along Z (nose at +Z), sections [x, y]; about 6 m long, 5 m across the wings.
    hull = loft(section(-2.6, "rounded_rect", size=[1.1, 0.75], corner=0.2),
                section(-1.6, "rounded_rect", size=[1.4, 0.95], corner=0.3),
                section(0.2, "rounded_rect", size=[1.25, 0.9], corner=0.35, offset=[0, 0.02]),
                section(1.6, "ellipse", size=[0.75, 0.55], offset=[0, -0.05]),
                section(2.9, "circle", radius=0.06, offset=[0, -0.12]),
                axis="z", smooth=True)
    wing = [[0.55, -1.9], [2.5, -1.6], [2.55, -1.15], [0.55, 0.5]]  # top view [x, z], right side
    fin = [[-2.5, 0.0], [-1.5, 0.0], [-2.35, 1.05], [-2.7, 1.05]]  # side view [z, y]
    engines = {1: [0.0], 2: [-1.0, 1.0], 3: [-1.15, 0.0, 1.15], 4: [-1.45, -0.75, 0.75, 1.45]}[p.engines]
    parts = [
        part("hull", "hull", hull).uv("box"),
        part("canopy", "glass", sphere(0.42, portion=0.5)).scale([1.0, 0.75, 2.0])
        .on("hull", "top", gap=-0.12, z=0.62),
        part("wings", "hull", extrude(wing, 0.09, axis="y", bevel=0.03), part="hull").mirror("x")
        .on("hull", "center", y=-0.35, z=-0.3).uv("box"),
        part("wing_tips", "trim", box([0.12, 0.16, 1.0], bevel=0.03), part="trim")
        .array(2, [5.1, 0, 0], center=True).on("wings", "center", y=0.3, z=-0.55),
        part("fin", "trim", extrude(fin, 0.08, axis="x", bevel=0.025), part="trim").on("hull", "top", gap=-0.1, z=-1),
    ]
    for k, x in enumerate(engines):
        parts += [
            part(f"engine_{k}", "trim", cylinder(0.26, 1.3, bevel=0.04), part="engines").rotate(x=90)
            .on("hull", "back", gap=-0.9, y=-0.1, offset=[x, 0, 0]),
            part(f"nozzle_{k}", "trim", cone(0.16, 0.3, radius_top=0.24), part="engines").rotate(x=-90)
            .on(f"engine_{k}", "back", gap=-0.02),
            # The exhaust: a short glowing cone pointing out of the nozzle.
            part(f"glow_{k}", "glow", cone(0.2, 0.45), part="glow").rotate(x=-90)
            .on(f"nozzle_{k}", "back", gap=-0.12),
        ]
    return program(*parts, collider="mesh_convex")


RECIPES = [
    Recipe(
        name="spaceship", category="scifi",
        nouns=("spaceship", "space ship", "starship", "spacecraft", "fighter", "shuttle", "rocket ship",
               "ship"),
        synsets=("starship.n.01", "spacecraft.n.01"),
        size=SizePrior((5.2, 1.85, 6.4), 0.25),
        materials={"hull": M("plastic", "#b9bec6"), "trim": M("iron", "#4b5058"),
                   "glass": M("crystal", "#2d5f7d"), "glow": M("crystal", "#ff8a3d")},
        parts=(RecipePart("hull", "hull", ("hull", "body", "fuselage", "wings")),
               RecipePart("canopy", "glass", ("canopy", "cockpit", "window")),
               RecipePart("trim", "trim", ("fin", "tail", "trim", "wingtips")),
               RecipePart("engines", "trim", ("engines", "engine", "thrusters", "nozzles")),
               RecipePart("glow", "glow", ("exhaust", "glow", "flames"))),
        params=(Param("engines", "int", 2, 1, 4, count_nouns=("engines", "engine", "thrusters", "thruster"),
                      words={"twin": 2}, doc="Number of engines at the back."),),
        build=spaceship, long_axis="z", collider="mesh_convex",
        description="A small fighter-sized spaceship: a lofted hull, swept wings, a canopy, engines.",
    ),
]
