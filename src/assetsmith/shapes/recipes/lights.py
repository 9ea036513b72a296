"""Lights: a street lamp, a candle."""

from __future__ import annotations

from ..dsl import cone, cylinder, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def street_lamp(p) -> dict:
    h = 3.4
    two = p.arms == 2
    parts = [
        part("base", "iron", lathe([[0, 0], [0.2, 0], [0.2, 0.06], [0.16, 0.1], [0.13, 0.3], [0.09, 0.36],
                                    [0.075, 0.42], [0, 0.42]], smooth=False, crease=25)),
        part("post", "iron", cylinder(0.055, h - 0.6)).taper(0.7).on("base", "top", gap=-0.02),
        part("collars", "iron", cylinder(0.075, 0.04, bevel=0.012)).array(2, [0, 0.8, 0])
        .on("post", "around", y=-0.45),
        part("finial", "iron", lathe([[0, 0], [0.06, 0], [0.07, 0.05], [0.03, 0.1], [0.035, 0.16], [0, 0.22]],
                                     smooth=True)).on("post", "top", gap=-0.01),
    ]
    # The arm: a scroll out to one side, ending in a hook the lamp hangs from.
    arm = sweep([[0.0, 0.0, 0], [0.25, 0.12, 0], [0.5, 0.12, 0], [0.68, 0.02, 0], [0.7, -0.08, 0]],
                0.022, curve="smooth")
    arm_part = part("arm", "iron", arm)
    if two:
        arm_part = arm_part.mirror("x")
        parts.append(arm_part.on("post", "center", y=0.86))
    else:
        parts.append(arm_part.on("post", "right", gap=-0.03, y=0.86))
    # The lamp head, hung from the arm's end: a hood, a glass body and a bottom cap.
    heads = 2 if two else 1
    for k in range(heads):
        side = 1 if k == 0 else -1
        x_align = side
        parts += [
            part(f"hood_{k}", "iron", cone(0.2, 0.16, radius_top=0.03, sides=6), part="hood")
            .on("arm", "bottom", x=x_align, gap=-0.1, offset=[side * 0.12, 0, 0]),
            part(f"glass_{k}", "glass", cone(0.12, 0.28, radius_top=0.17, sides=6), part="glass")
            .on(f"hood_{k}", "bottom", gap=-0.01),
            part(f"cap_{k}", "iron", cone(0.05, 0.06, radius_top=0.125, sides=6), part="hood")
            .on(f"glass_{k}", "bottom", gap=-0.005),
            part(f"bulb_{k}", "light", sphere(0.05), part="bulb").on(f"glass_{k}", "center"),
        ]
    return program(*parts, collider="capsule")


def candle(p) -> dict:
    r, h = 0.024, 0.15 * p.height
    melt = [[0, 0], [r, 0], [r, h - 0.006], [r - 0.003, h], [r - 0.008, h - 0.004], [0.004, h - 0.006],
            [0, h - 0.006]]
    parts = [part("wax", "wax", lathe(melt, crease=40)),
             # Drips down the side: small capsules around the top rim.
             part("drips", "wax", cylinder(0.005, 0.03), part="wax").taper(0.6, curve=2)
             .radial(3, radius=r - 0.001, start=35, span=250, jitter={"scale": 0.4})
             .on("wax", "center", y=0.9)]
    parts.append(part("wick", "wick", cylinder(0.0018, 0.016)).on("wax", "top", gap=-0.007))
    if p.lit:
        parts.append(part("flame", "flame", lathe([[0, 0], [0.005, 0.004], [0.0065, 0.012], [0.003, 0.024],
                                                   [0, 0.034]], smooth=True)).on("wick", "top", gap=-0.006))
    if p.holder:
        parts += [
            part("dish", "brass", lathe([[0, 0], [0.05, 0], [0.065, 0.012], [0.07, 0.018], [0.066, 0.02],
                                         [0.05, 0.01], [0, 0.01]], crease=40)),
            part("socket", "brass", cylinder(r + 0.004, 0.025, inner_radius=r - 0.004, bevel=0.002))
            .on("dish", "top", gap=-0.004),
            part("ring", "brass", torus(0.022, 0.004, arc=220)).rotate(x=-90, y=0)
            .on("dish", "right", gap=-0.012, y=-1),
        ]
        parts[0] = parts[0].on("dish", "top", gap=-0.003)
    return program(*parts, collider="capsule")


RECIPES = [
    Recipe(
        name="street_lamp", category="lights",
        nouns=("street lamp", "streetlight", "street light", "lamppost", "lamp post", "gas lamp",
               "lamp"),
        synsets=("streetlight.n.01", "lamppost.n.01"),
        size=SizePrior((0.95, 3.55, 0.4), 0.25),
        materials={"iron": M("iron", "#3c3f42"), "glass": M("crystal", "#f4e6b0"),
                   "light": M("crystal", "#ffd36b")},
        parts=(RecipePart("base", "iron", ("base", "foot", "plinth")),
               RecipePart("post", "iron", ("post", "pole", "column")),
               RecipePart("collars", "iron", ("collars", "rings")),
               RecipePart("finial", "iron", ("finial", "top")),
               RecipePart("arm", "iron", ("arm", "arms", "bracket")),
               RecipePart("hood", "iron", ("hood", "lamp", "head", "lantern")),
               RecipePart("glass", "glass", ("glass", "panes")),
               RecipePart("bulb", "light", ("bulb", "light", "flame"))),
        params=(Param("arms", "int", 1, 1, 2, words={"double": 2, "twin": 2, "single": 1},
                      count_nouns=("arms", "arm", "lamps", "lights", "heads"),
                      doc="One lamp on one side, or two on both sides."),),
        build=street_lamp, collider="capsule",
        description="A cast-iron street lamp: a tall post on a moulded base, a scrolled arm and a "
                    "hanging hexagonal lantern.",
    ),
    Recipe(
        name="candle", category="lights",
        nouns=("candle", "taper", "wax candle", "candlestick"), synsets=("candle.n.01", "candlestick.n.01"),
        size=SizePrior((0.15, 0.2, 0.14), 0.3),
        materials={"wax": M("ceramic", "#efe6cf"), "wick": M("fabric", "#2b2622"),
                   "flame": M("crystal", "#ffc54a"), "brass": M("brass")},
        parts=(RecipePart("wax", "wax", ("wax", "candle", "body")),
               RecipePart("wick", "wick", ("wick",)),
               RecipePart("flame", "flame", ("flame", "fire")),
               RecipePart("dish", "brass", ("holder", "dish", "saucer", "candlestick")),
               RecipePart("socket", "brass", ("socket",)),
               RecipePart("ring", "brass", ("ring", "handle"))),
        params=(Param("lit", "bool", True, words={"lit": True, "burning": True, "unlit": False,
                                                  "extinguished": False, "out": False}),
                Param("holder", "bool", True, words={"holder": True, "candlestick": True,
                                                     "chamberstick": True, "bare": False}),
                Param("height", "float", 1.0, 0.5, 2.5, words={"tall": 1.6, "short": 0.6, "stub": 0.5,
                                                                "long": 1.6},
                      doc="Height of the wax (the holder stays its size).")),
        build=candle, round=True, collider="capsule",
        description="A wax candle with a flame, in a brass chamberstick.",
    ),
]
