"""Everyday and odd objects prompts name that no other recipe fits: toaster, blender, dishwasher,
aquarium, salt and pepper shakers, marionette, toy soldier, bellows, projector, wall calendar,
pagoda, flail, nunchaku, throwing star, milk churn, wax seal stamp and a robe on a hanger.

Everything stands on its bottom centre and faces +Z; long things (bellows, nunchaku) run along X."""

from __future__ import annotations

import math

from ..dsl import box, cone, cylinder, extrude, lathe, part, program, shape, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .wearables import _hanger

M = MaterialRole
STEEL = M("painted_metal", "#b9bcc0")
BLACK = M("plastic", "#1d1e21")
WOOD = M("wood_planks", "#7a5230")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def toaster(p) -> dict:
    w, h, d = 0.28, 0.19, 0.16
    return program(
        part("body", "shell", box([w, h, d], bevel=0.03)).at(0, 0.012, 0).uv("box"),
        part("feet", "plastic", box([0.03, 0.012, 0.03], bevel=0.004))
        .array(2, [w - 0.06, 0, 0], center=True)
        .array(2, [0, 0, d - 0.05], center=True),
        part("slots", "slot", box([0.2, 0.006, 0.028], bevel=0.003))
        .array(p.slots, [0, 0, 0.055], center=True)
        .at(0, h + 0.01, 0),
        part("toast", "bread", box([0.13, 0.1, 0.018], bevel=0.008))
        .array(p.slots, [0, 0, 0.055], center=True)
        .at(0, h - 0.06, 0),
        part("lever", "plastic", box([0.02, 0.02, 0.04], bevel=0.005)).at(w / 2 + 0.008, 0.13, 0),
        part("dial", "plastic", cylinder(0.014, 0.01)).rotate(z=-90).at(w / 2, 0.06, 0.035),
        collider="box",
    )


def blender(p) -> dict:
    jar = [[0.0, 0.0], [0.05, 0.0], [0.062, 0.02], [0.08, 0.22], [0.082, 0.23], [0.0, 0.23]]
    base_h = 0.12
    parts = [
        part(
            "base",
            "body",
            lathe([[0.0, 0.0], [0.085, 0.0], [0.08, base_h], [0.0, base_h]], sides=8),
        )
        .rotate(y=22.5)
        .uv("cylindrical"),
        part("buttons", "button", box([0.018, 0.012, 0.008], bevel=0.003))
        .array(3, [0.026, 0, 0], center=True)
        .at(0, 0.055, 0.081),
        part("collar", "plastic", cylinder(0.058, 0.025)).at(0, base_h, 0),
        part("jar", "glass", lathe(jar, sides=24)).at(0, base_h + 0.02, 0),
        part("lid", "plastic", cylinder(0.085, 0.022, bevel=0.005)).at(0, base_h + 0.25, 0),
        part("blades", "steel", box([0.07, 0.004, 0.012]))
        .turned(y=45)
        .array(2, [0, 0.006, 0])
        .at(0, base_h + 0.035, 0),
        part(
            "handle",
            "plastic",
            sweep([[0.075, 0.05, 0], [0.12, 0.06, 0], [0.125, 0.17, 0], [0.08, 0.19, 0]], 0.011),
        ).at(0, base_h + 0.02, 0),
    ]
    if p.filled:
        fill = [[0.0, 0.0], [0.048, 0.0], [0.06, 0.02], [0.07, 0.12], [0.0, 0.12]]
        parts.append(part("smoothie", "smoothie", lathe(fill, sides=20)).at(0, base_h + 0.025, 0))
    return program(*parts, collider="box")


def dishwasher(p) -> dict:
    w, h, d = 0.6, 0.85, 0.6
    return program(
        part("cabinet", "body", box([w, h - 0.08, d - 0.04], bevel=0.01))
        .at(0, 0.08, -0.02)
        .uv("box"),
        part("kick", "plastic", box([w - 0.02, 0.08, d - 0.1])).at(0, 0, -0.05),
        part("door", "panel", box([w - 0.01, h - 0.2, 0.04], bevel=0.012)).at(
            0, 0.09, d / 2 - 0.04
        ),
        part("controls", "panel", box([w - 0.01, 0.1, 0.05], bevel=0.01), part="door").at(
            0, h - 0.11, d / 2 - 0.045
        ),
        part("display", "display", box([0.12, 0.03, 0.006], bevel=0.003)).at(
            0.12, h - 0.075, d / 2 + 0.005
        ),
        part("buttons", "plastic", cylinder(0.009, 0.006))
        .rotate(x=90)
        .array(4, [0.035, 0, 0])
        .at(-0.22, h - 0.06, d / 2 + 0.005),
        part("handle", "steel", box([0.4, 0.02, 0.025], bevel=0.006)).at(
            0, h - 0.175, d / 2 + 0.01
        ),
        collider="box",
    )


def aquarium(p) -> dict:
    w, h, d = 0.6, 0.4, 0.3
    parts = [
        part("base", "trim", box([w + 0.02, 0.03, d + 0.02], bevel=0.004)).uv("box"),
        part("glass", "glass", box([w, h - 0.03, d], bevel=0.004)).at(0, 0.03, 0),
        part("water", "water", box([w - 0.02, h - 0.1, d - 0.02])).at(0, 0.04, 0),
        part("gravel", "gravel", box([w - 0.02, 0.035, d - 0.02], bevel=0.01)).at(0, 0.035, 0),
        part("hood", "trim", box([w + 0.02, 0.03, d + 0.02], bevel=0.004)).at(0, h, 0),
        part("plants", "plant", cone(0.018, 0.2, 0.004, sides=6))
        .scatter(7, [w - 0.12, d - 0.1], area="rect", spacing=0.05, scale=[0.6, 1.2])
        .at(0, 0.06, 0),
        part("rock", "stone", sphere(0.05, kind="ico"))
        .scale([1.4, 0.8, 1.0])
        .at(0.15, 0.055, -0.04),
    ]
    if p.fish:
        parts.append(
            part("fish", "fish", sphere(0.018))
            .scale([1.8, 1.0, 0.6])
            .add(shape(cone(0.014, 0.02, sides=4)).rotate(z=90).at(-0.022, 0.008, 0))
            .array(p.fish, [0.085, 0.037, 0.045], center=True)
            .at(0, 0.2, 0)
        )
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="toaster",
        category="food_kitchen",
        nouns=("toaster", "pop-up toaster", "bread toaster", "electric toaster", "kitchen toaster"),
        synsets=("toaster.n.02",),
        size=SizePrior((0.3, 0.22, 0.16), 0.25),
        materials={
            "shell": M("painted_metal", "#c7cacd"),
            "plastic": BLACK,
            "slot": M("plastic", "#111214"),
            "bread": M("organic", "#c98d48"),
        },
        parts=_p(
            ("body", "shell", ("body", "shell", "casing")),
            ("feet", "plastic", ("feet",)),
            ("slots", "slot", ("slots", "slot")),
            ("toast", "bread", ("toast", "bread", "slices")),
            ("lever", "plastic", ("lever",)),
            ("dial", "plastic", ("dial", "knob")),
        ),
        params=(
            Param(
                "slots", "int", 2, 1, 4, count_nouns=("slots", "slot", "slices"), doc="Bread slots."
            ),
        ),
        build=toaster,
        long_axis="x",
        collider="box",
        description="A pop-up toaster: a rounded steel body with bread slots, toast slices, a lever and a dial.",
    ),
    Recipe(
        name="blender",
        category="food_kitchen",
        nouns=(
            "blender",
            "kitchen blender",
            "liquidizer",
            "liquidiser",
            "smoothie maker",
            "food blender",
        ),
        synsets=("blender.n.01",),
        size=SizePrior((0.22, 0.39, 0.17), 0.25),
        materials={
            "body": M("plastic", "#d8d8d4"),
            "button": M("plastic", "#3a3c40"),
            "plastic": BLACK,
            "glass": M("crystal", "#cfe4ea"),
            "steel": STEEL,
            "smoothie": M("organic", "#d2506a"),
        },
        parts=_p(
            ("base", "body", ("base", "motor base", "body")),
            ("buttons", "button", ("buttons", "controls")),
            ("collar", "plastic", ("collar",)),
            ("jar", "glass", ("jar", "jug", "pitcher", "glass")),
            ("lid", "plastic", ("lid", "cap")),
            ("blades", "steel", ("blades", "blade")),
            ("handle", "plastic", ("handle",)),
            ("smoothie", "smoothie", ("smoothie", "juice", "contents")),
        ),
        params=(
            Param(
                "filled",
                "bool",
                True,
                words={"empty": False, "smoothie": True, "full": True},
                doc="A smoothie in the jar.",
            ),
        ),
        build=blender,
        collider="box",
        description="A kitchen blender: a motor base with buttons, a glass jar with blades, lid and handle.",
    ),
    Recipe(
        name="dishwasher",
        category="household",
        nouns=("dishwasher", "dish washer", "dishwashing machine", "dish washing machine"),
        synsets=("dishwasher.n.01",),
        size=SizePrior((0.6, 0.85, 0.62), 0.25),
        materials={
            "body": M("metal_panels", "#c9ccd0"),
            "panel": STEEL,
            "plastic": BLACK,
            "display": M("plastic", "#1c3a48", emissive="#40c0ff", emissive_strength=1.2),
            "steel": M("painted_metal", "#8e9296"),
        },
        parts=_p(
            ("cabinet", "body", ("cabinet", "body", "sides")),
            ("kick", "plastic", ("kick plate", "plinth")),
            ("door", "panel", ("door", "front")),
            ("display", "display", ("display", "screen")),
            ("buttons", "plastic", ("buttons",)),
            ("handle", "steel", ("handle", "bar")),
        ),
        build=dishwasher,
        collider="box",
        description="A built-in-size dishwasher: a steel front door with a bar handle, a control strip with a "
        "display and buttons.",
    ),
    Recipe(
        name="aquarium",
        category="household",
        nouns=(
            "aquarium",
            "fish tank",
            "fishtank",
            "fish bowl tank",
            "terrarium tank",
            "reef tank",
        ),
        synsets=("aquarium.n.01",),
        size=SizePrior((0.62, 0.43, 0.32), 0.25),
        materials={
            "trim": BLACK,
            "glass": M("crystal", "#d8eef2"),
            "water": M("crystal", "#4aa6c8"),
            "gravel": M("rough_stone", "#b89a70"),
            "plant": M("foliage", "#3f8f3a"),
            "stone": M("rough_stone", "#7d7a72"),
            "fish": M("plastic", "#f08a24"),
        },
        parts=_p(
            ("base", "trim", ("base", "frame", "trim")),
            ("glass", "glass", ("glass", "tank", "walls")),
            ("water", "water", ("water",)),
            ("gravel", "gravel", ("gravel", "sand", "substrate")),
            ("hood", "trim", ("hood", "lid")),
            ("plants", "plant", ("plants", "weeds", "seaweed")),
            ("rock", "stone", ("rock", "stone")),
            ("fish", "fish", ("fish", "goldfish")),
        ),
        params=(
            Param(
                "fish", "int", 3, 0, 6, count_nouns=("fish", "goldfish"), doc="Fish swimming in it."
            ),
        ),
        build=aquarium,
        long_axis="x",
        collider="box",
        description="A glass fish tank on a black base with a hood: water, gravel, water plants, a rock and fish.",
    ),
]
