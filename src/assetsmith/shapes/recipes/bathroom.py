"""Bathroom and personal things (toothbrush, comb, hairbrush, soap, towel, lipstick, perfume
bottle, shower) and home appliances (desk fan, vacuum cleaner, mop, air conditioner, radiator).

Everything faces +Z and stands on its bottom centre; small things that lie on a shelf lie along X."""

from __future__ import annotations

import math

from ..dsl import box, cylinder, extrude, lathe, part, program, shape, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole

CHROME = M("iron", "#c4c9ce")
PORCELAIN = M("ceramic", "#eef0ee")
WHITE = M("plastic", "#eceeec")
BLACK = M("plastic", "#1e1f22")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _ellipse(
    rx: float, ry: float, cx: float = 0.0, cy: float = 0.0, n: int = 24
) -> list[list[float]]:
    return [
        [cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n)]
        for k in range(n)
    ]


# ---------------------------------------------------------------------------------------------
# Bathroom and personal things


def toothbrush(p) -> dict:
    path = [[-0.1, 0.008, 0], [-0.03, 0.009, 0], [0.03, 0.007, 0], [0.06, 0.006, 0]]
    parts = [
        part(
            "handle",
            "plastic",
            sweep(path, radii=[0.0065, 0.0075, 0.0045, 0.0035], curve="smooth", caps="round"),
        )
        .scale([1.0, 0.8, 1.3])
        .uv("cylindrical"),
        part("grip", "rubber", box([0.05, 0.004, 0.008], bevel=0.0018)).at(-0.055, 0.012, 0),
        part("head", "plastic", box([0.03, 0.006, 0.012], bevel=0.0025), part="handle").at(
            0.075, 0.003, 0
        ),
        part("bristles", "bristles", box([0.0028, 0.011, 0.0028]))
        .array(8, [0.0034, 0, 0], center=True)
        .array(3, [0, 0, 0.0034], center=True)
        .at(0.075, 0.008, 0),
    ]
    return program(*parts, collider="box")


def comb(p) -> dict:
    L = 0.17
    parts = [
        part("comb", "plastic", box([L, 0.004, 0.014], bevel=0.0015)).at(0, 0, -0.018).uv("box"),
        part("teeth", "plastic", box([0.0016, 0.0032, 0.026]), part="comb")
        .array(36, [(L - 0.012) / 35, 0, 0], center=True)
        .at(0, 0.0004, 0.0),
    ]
    return program(*parts, collider="box")


def hairbrush(p) -> dict:
    outline = _ellipse(0.037, 0.05, 0.0, 0.06, 24)[:13] + [
        [-0.016, 0.0],
        [-0.013, -0.13],
        [0.0, -0.138],
        [0.013, -0.13],
        [0.016, 0.0],
    ]
    parts = [
        part(
            "back",
            "wood",
            extrude([[x, -y] for x, y in outline], 0.016, axis="y", smooth=True, bevel=0.005),
        ).uv("planar", axis="y"),
        part(
            "cushion",
            "rubber",
            extrude(
                _ellipse(0.03, 0.042, 0.0, -0.06, 20), 0.006, axis="y", smooth=True, bevel=0.002
            ),
        ).at(0, 0.015, 0),
        part("bristles", "bristles", box([0.002, 0.016, 0.002]))
        .array(5, [0.01, 0, 0], center=True)
        .array(7, [0, 0, 0.011], center=True)
        .at(0, 0.019, -0.06),
        part("tips", "bristles", sphere(0.0022), part="bristles")
        .array(5, [0.01, 0, 0], center=True)
        .array(7, [0, 0, 0.011], center=True)
        .at(0, 0.033, -0.06),
    ]
    return program(*parts, collider="box")


def soap(p) -> dict:
    w, h, d = 0.09, 0.028, 0.06
    parts = []
    y = 0.0
    if p.dish:
        dish = [
            [0.0, 0.0],
            [0.045, 0.0],
            [0.06, 0.012],
            [0.064, 0.018],
            [0.058, 0.018],
            [0.05, 0.01],
            [0.0, 0.008],
        ]
        parts.append(part("dish", "ceramic", lathe(dish)).scale([1.35, 1.0, 1.0]).uv("cylindrical"))
        y = 0.008
    parts += [
        part("soap", "soap", box([w, h, d], bevel=0.011)).at(0, y, 0).uv("box"),
        part(
            "emboss", "soap", extrude(_ellipse(0.028, 0.016, n=20), 0.0016, axis="y"), part="soap"
        ).at(0, y + h - 0.0004, 0),
    ]
    return program(*parts, collider="box")


def towel(p) -> dict:
    w, t, d = 0.32, 0.032, 0.22
    parts = []
    for k in range(p.count):
        y = k * (t + 0.002)
        jitter = ((k * 37) % 7 - 3) * 0.004
        parts += [
            part(f"towel_{k}", "cloth", box([w, t, d - t / 2], bevel=0.011), part="towel")
            .at(jitter, y, -t / 4)
            .uv("box"),
            part(f"fold_{k}", "cloth", cylinder(t / 2, w - 0.004), part="towel")
            .rotate(z=90)
            .at(jitter + (w - 0.004) / 2, y + t / 2, d / 2 - t / 2 - t / 4),
            part(
                f"stripe_{k}",
                "stripe",
                box([0.03, t + 0.002, d - t / 2 + 0.002], bevel=0.004),
                part="stripe",
            )
            .moved(w / 2 - 0.05, 0, 0)
            .mirror("x")
            .at(jitter, y - 0.001, -t / 4),
        ]
    return program(*parts, collider="box")


def lipstick(p) -> dict:
    r = 0.011
    parts = [
        part("case", "case", cylinder(r, 0.045, bevel=0.0015)).uv("cylindrical"),
        part("sleeve", "sleeve", cylinder(r - 0.0015, 0.012)).at(0, 0.045, 0),
        part("bullet", "colour", cylinder(0.0075, 0.026, bevel=0.002))
        .cut(shape(box([0.03, 0.03, 0.03])).rotate(x=40).at(0, 0.02, -0.004))
        .at(0, 0.05, 0),
    ]
    if p.cap:
        parts.append(
            part("cap", "case", cylinder(r + 0.0005, 0.032, bevel=0.0015), part="case").at(
                0.028, 0, 0.004
            )
        )
    return program(*parts, collider="box")


def perfume_bottle(p) -> dict:
    w, h, d = 0.07, 0.075, 0.04
    parts = [
        part("bottle", "glass", box([w, h, d], bevel=0.008)).uv("box"),
        part("perfume", "liquid", box([w - 0.012, h * 0.6, d - 0.012], bevel=0.004)).at(
            0, 0.006, 0
        ),
        part("collar", "gold", cylinder(0.011, 0.012, bevel=0.002)).at(0, h - 0.002, 0),
    ]
    if p.style == "atomizer":
        parts += [
            part("nozzle", "gold", cylinder(0.008, 0.014, bevel=0.002), part="collar").at(
                0, h + 0.01, 0
            ),
            part(
                "tube",
                "gold",
                sweep(
                    [
                        [0.006, h + 0.018, 0],
                        [0.03, h + 0.03, 0],
                        [0.05, h + 0.02, 0],
                        [0.062, h + 0.0, 0],
                    ],
                    0.0025,
                    curve="smooth",
                ),
                part="collar",
            ),
            part("bulb", "bulb", sphere(0.014)).scale([1.0, 1.3, 1.0]).at(0.066, h - 0.036, 0),
        ]
    else:
        parts.append(
            part("stopper", "glass", sphere(0.016, kind="ico"), part="bottle")
            .scale([1.0, 1.15, 0.55])
            .at(0, h + 0.008, 0)
        )
    return program(*parts, collider="box")


def shower(p) -> dict:
    s, t = 0.9, 0.06
    top = 2.05
    parts = [
        part("tray", "ceramic", box([s, t, s], bevel=0.012)).uv("box"),
        part("basin", "ceramic", box([s - 0.06, 0.01, s - 0.06], bevel=0.004), part="tray").at(
            0, t - 0.006, 0
        ),
        part("drain", "chrome", cylinder(0.04, 0.004), part="fittings").at(0, t + 0.002, 0),
        part("riser", "chrome", cylinder(0.012, top - 0.9), part="fittings").at(
            0.2, 0.9, -s / 2 + 0.04
        ),
        part("arm", "chrome", cylinder(0.01, 0.2), part="fittings")
        .rotate(x=90)
        .at(0.2, top - 0.02, -s / 2 + 0.04),
        part("head", "chrome", cylinder(0.1, 0.018, bevel=0.005), part="head").at(
            0.2, top - 0.05, -s / 2 + 0.24
        ),
        part("spray", "nozzles", cylinder(0.09, 0.003)).at(0.2, top - 0.052, -s / 2 + 0.24),
        part("mixer", "chrome", box([0.2, 0.08, 0.04], bevel=0.015), part="fittings").at(
            0.2, 1.0, -s / 2 + 0.03
        ),
        part("handle", "chrome", cylinder(0.025, 0.04, bevel=0.006), part="fittings")
        .rotate(x=90)
        .at(0.28, 1.04, -s / 2 + 0.06),
    ]
    if p.enclosure:
        parts += [
            part("glass", "glass", box([0.008, top - 0.2, s - 0.02])).at(-s / 2 + 0.02, t, 0),
            part("back_glass", "glass", box([s - 0.02, top - 0.2, 0.008]), part="glass").at(
                0, t, -s / 2 + 0.006
            ),
            part("frame", "chrome", box([0.03, 0.03, s - 0.02], bevel=0.006), part="fittings").at(
                -s / 2 + 0.02, t + top - 0.22, 0
            ),
        ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Home appliances


def desk_fan(p) -> dict:
    tall = p.stand == "pedestal"
    hy = 1.2 if tall else 0.28
    R = 0.15 if tall else 0.13
    blade = [
        [0.0, 0.0],
        [0.03, 0.03],
        [0.055, 0.1],
        [0.04, R - 0.02],
        [0.0, R - 0.015],
        [-0.02, 0.06],
    ]
    parts = [
        part("base", "body", cylinder(0.15 if tall else 0.11, 0.03, bevel=0.01)),
        part("stand", "body", cylinder(0.014 if tall else 0.018, hy - 0.06)).at(0, 0.025, 0),
        part("motor", "body", sphere(0.065)).scale([1.0, 1.0, 1.4]).at(0, hy - 0.065, -0.06),
        part("blades", "blades", extrude(blade, 0.003))
        .turned(y=20)
        .radial(4, axis="z")
        .at(0, hy, 0.04),
        part("hub", "body", sphere(0.03, portion=0.6)).rotate(x=90).at(0, hy, 0.046),
        part("cage", "cage", torus(R, 0.004)).rotate(x=90).at(0, hy, 0.02),
        part("cage_back", "cage", torus(R - 0.01, 0.003), part="cage")
        .rotate(x=90)
        .at(0, hy, -0.006),
        part("wires", "cage", box([0.003, R - 0.004, 0.003]), part="cage")
        .radial(12, axis="z")
        .at(0, hy, 0.05),
        part("wires_side", "cage", torus(R * 0.5, 0.003), part="cage").rotate(x=90).at(0, hy, 0.05),
    ]
    return program(*parts, collider="box")


def vacuum_cleaner(p) -> dict:
    parts = [
        part("nozzle", "body", box([0.3, 0.07, 0.16], bevel=0.02)).at(0, 0.012, 0.05).uv("box"),
        part("brush_strip", "rubber", box([0.28, 0.014, 0.02]), part="rubber").at(0, 0.0, 0.11),
        part("wheels", "rubber", cylinder(0.04, 0.03, bevel=0.006), part="rubber")
        .rotate(z=90)
        .moved(0.0, 0, 0)
        .array(2, [0.27, 0, 0], center=True)
        .at(0.015, 0.0, -0.06),
        part("body", "body", box([0.22, 0.55, 0.17], bevel=0.04)).at(0, 0.08, -0.06),
        part("bin", "bin", cylinder(0.07, 0.3, bevel=0.01)).at(0, 0.2, 0.04),
        part("bin_cap", "rubber", cylinder(0.072, 0.03, bevel=0.008), part="rubber").at(
            0, 0.49, 0.04
        ),
        part("pole", "metal", cylinder(0.016, 0.36)).at(0, 0.62, -0.07),
        part("handle", "rubber", torus(0.05, 0.014, arc=220), part="rubber")
        .turned(x=-90)
        .rotate(y=90)
        .at(0, 0.97, -0.07),
        part(
            "hose",
            "rubber",
            sweep(
                [[0.09, 0.2, -0.12], [0.12, 0.5, -0.16], [0.1, 0.85, -0.14], [0.02, 0.95, -0.09]],
                0.016,
                curve="smooth",
            ),
            part="rubber",
        ),
    ]
    return program(*parts, collider="box")


def mop(p) -> dict:
    L = 1.3
    parts = [
        part("strands", "strands", cylinder(0.012, 0.2, bevel=0.004))
        .taper([1.6, 0.6])
        .bend(-40, axis="y", toward="z")
        .turned(x=180)
        .moved(0, 0.2, 0.02)
        .radial(14, axis="y", radius=0.03)
        .uv("cylindrical"),
        part("core", "strands", cylinder(0.05, 0.14, bevel=0.02), part="strands")
        .taper(0.8)
        .at(0, 0.07, 0),
        part("clamp", "plastic", cylinder(0.035, 0.05, bevel=0.006)).at(0, 0.19, 0),
        part("handle", "pole", cylinder(0.013, L)).at(0, 0.23, 0),
        part("cap", "plastic", cylinder(0.015, 0.04, bevel=0.006), part="clamp").at(0, L + 0.22, 0),
    ]
    return program(*parts, collider="capsule")


def air_conditioner(p) -> dict:
    if p.style == "window":
        w, h, d = 0.56, 0.38, 0.6
        parts = [
            part("body", "body", box([w, h, d], bevel=0.015)).uv("box"),
            part("grille", "vent", box([w - 0.06, h - 0.14, 0.01], bevel=0.004)).at(
                -0.0, 0.03, d / 2 - 0.004
            ),
            part("louvers", "body", box([w - 0.08, 0.008, 0.014], bevel=0.002), part="louvers")
            .array(9, [0, 0.024, 0])
            .at(0, 0.04, d / 2 + 0.002),
            part("panel", "body", box([w - 0.06, 0.07, 0.012], bevel=0.004), part="louvers").at(
                0, h - 0.1, d / 2
            ),
            part("knobs", "knobs", cylinder(0.014, 0.014, bevel=0.003))
            .rotate(x=90)
            .array(2, [0.08, 0, 0], center=True)
            .at(0.12, h - 0.065, d / 2 + 0.004),
            part("fins", "vent", box([0.008, h - 0.1, d * 0.4]), part="grille")
            .array(10, [0.05, 0, 0], center=True)
            .at(0, 0.05, -d / 2 + d * 0.2 - 0.004),
        ]
        return program(*parts, collider="box")
    w, h, d = 0.82, 0.28, 0.2
    side = [
        [-d / 2, 0.05],
        [-d / 2, h],
        [d / 2 - 0.05, h],
        [d / 2, h - 0.06],
        [d / 2, 0.06],
        [d / 2 - 0.05, 0.0],
        [-d / 2 + 0.04, 0.0],
    ]
    parts = [
        part("body", "body", extrude(side, w, axis="x", smooth=False, bevel=0.012)).uv("box"),
        part("grille", "vent", box([w - 0.06, 0.012, 0.06])).at(0, 0.004, -0.0),
        part("louvers", "body", box([w - 0.08, 0.006, 0.05], bevel=0.002), part="louvers")
        .rotate(x=-25)
        .at(0, 0.02, d / 2 - 0.06),
        part("intake", "vent", box([w - 0.06, 0.006, 0.12]), part="grille")
        .array(6, [0, 0, 0.0])
        .at(0, h - 0.002, -0.03),
        part("display", "display", box([0.04, 0.014, 0.004])).at(w / 2 - 0.09, 0.1, d / 2 + 0.0),
    ]
    return program(*parts, collider="box")


def radiator(p) -> dict:
    n, pitch, h = p.sections, 0.06, 0.6
    L = n * pitch
    parts = [
        part("sections", "iron", box([0.048, h, 0.14], bevel=0.018))
        .array(n, [pitch, 0, 0], center=True)
        .at(0, 0.1, 0)
        .uv("box"),
        part("hubs", "iron", cylinder(0.022, L, bevel=0.004), part="sections")
        .turned(z=90)
        .array(2, [0, h - 0.1, 0])
        .at(L / 2, 0.13, 0),
        part("feet", "iron", box([0.05, 0.1, 0.16], bevel=0.01), part="sections")
        .moved(L / 2 - pitch / 2 - 0.0, 0, 0)
        .mirror("x"),
        part("valve", "brass", cylinder(0.014, 0.08, bevel=0.003), part="fittings")
        .rotate(z=-90)
        .at(L / 2 - 0.01, 0.13, 0),
        part("knob", "knob", cylinder(0.024, 0.03, bevel=0.006)).at(L / 2 + 0.05, 0.135, 0),
        part("pipe", "brass", cylinder(0.012, 0.13), part="fittings").at(L / 2 + 0.05, 0.0, 0),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="toothbrush",
        category="household",
        nouns=("toothbrush", "tooth brush", "electric toothbrush"),
        synsets=("toothbrush.n.01",),
        size=SizePrior((0.19, 0.019, 0.02), 0.25),
        materials={
            "plastic": M("plastic", "#3f8fd0"),
            "rubber": M("plastic", "#e9f0f4"),
            "bristles": M("plastic", "#f4f6f6"),
        },
        parts=_p(
            ("handle", "plastic", ("handle", "head", "body")),
            ("grip", "rubber", ("grip",)),
            ("bristles", "bristles", ("bristles",)),
        ),
        build=toothbrush,
        long_axis="x",
        collider="box",
        description="A plastic toothbrush lying on its side, bristles up.",
    ),
    Recipe(
        name="comb",
        category="household",
        nouns=("comb", "hair comb", "pocket comb", "fine-tooth comb"),
        synsets=("comb.n.01",),
        size=SizePrior((0.17, 0.004, 0.038), 0.25),
        materials={"plastic": M("plastic", "#2a2220")},
        parts=_p(
            ("comb", "plastic", ("comb", "spine", "teeth")),
        ),
        build=comb,
        long_axis="x",
        collider="box",
        description="A plastic comb lying flat: a spine and a row of fine teeth.",
    ),
    Recipe(
        name="hairbrush",
        category="household",
        nouns=("hairbrush", "hair brush", "paddle brush", "brush"),
        synsets=("hairbrush.n.01", "brush.n.02"),
        size=SizePrior((0.074, 0.036, 0.25), 0.25),
        materials={
            "wood": M("wood_planks", "#9a6a40"),
            "rubber": M("plastic", "#1f1f22"),
            "bristles": M("plastic", "#2a2a2c"),
        },
        parts=_p(
            ("back", "wood", ("back", "handle", "body", "paddle")),
            ("cushion", "rubber", ("cushion", "pad")),
            ("bristles", "bristles", ("bristles", "pins")),
        ),
        build=hairbrush,
        long_axis="z",
        collider="box",
        description="A wooden paddle hairbrush lying bristles up: an oval head on a rubber cushion and a handle.",
    ),
    Recipe(
        name="soap",
        category="household",
        nouns=("soap", "bar of soap", "soap bar", "bar soap", "soap dish", "cake of soap"),
        synsets=("bar_soap.n.01", "soap_dish.n.01"),
        size=SizePrior((0.09, 0.028, 0.06), 0.25),
        materials={"soap": M("ceramic", "#f1d8e2"), "ceramic": PORCELAIN},
        parts=_p(
            ("soap", "soap", ("soap", "bar")), ("dish", "ceramic", ("dish", "soap dish", "tray"))
        ),
        params=(
            Param(
                "dish",
                "bool",
                False,
                words={"dish": True, "tray": True, "holder": True},
                doc="On an oval ceramic soap dish.",
            ),
        ),
        build=soap,
        collider="box",
        description="A rounded bar of soap with an embossed oval (or on a ceramic dish).",
    ),
    Recipe(
        name="towel",
        category="household",
        nouns=(
            "towel",
            "folded towel",
            "bath towel",
            "hand towel",
            "stack of towels",
            "beach towel",
            "washcloth",
            "face cloth",
            "tea towel",
        ),
        synsets=("towel.n.01", "bath_towel.n.01", "hand_towel.n.01", "washcloth.n.01"),
        size=SizePrior((0.32, 0.032, 0.22), 0.25),
        materials={"cloth": M("fabric", "#e8e4da"), "stripe": M("fabric", "#4a7ab0")},
        parts=_p(
            ("towel", "cloth", ("towel", "cloth", "fold", "terry")),
            ("stripe", "stripe", ("stripe", "stripes", "border")),
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                5,
                words={"stack": 3, "pile": 3},
                count_nouns=("towels", "towel"),
                doc="Folded towels stacked on each other.",
            ),
        ),
        build=towel,
        collider="box",
        description="A folded terry towel with a striped border.",
    ),
    Recipe(
        name="lipstick",
        category="household",
        nouns=("lipstick", "lip stick", "lip rouge", "tube of lipstick"),
        synsets=("lipstick.n.01",),
        size=SizePrior((0.05, 0.073, 0.027), 0.25),
        materials={
            "case": M("brass", "#cfa85a"),
            "sleeve": BLACK,
            "colour": M("plastic", "#b3142c"),
        },
        parts=_p(
            ("case", "case", ("case", "tube", "cap")),
            ("sleeve", "sleeve", ("sleeve",)),
            ("bullet", "colour", ("bullet", "stick", "tip", "lipstick")),
        ),
        params=(
            Param(
                "cap",
                "bool",
                True,
                words={"capped": False, "closed": False, "open": True},
                doc="The cap standing beside it.",
            ),
        ),
        build=lipstick,
        collider="box",
        description="An open lipstick: a gold case with its slanted red bullet out and the cap beside it.",
    ),
    Recipe(
        name="perfume_bottle",
        category="household",
        nouns=(
            "perfume bottle",
            "perfume",
            "cologne",
            "cologne bottle",
            "scent bottle",
            "fragrance",
            "fragrance bottle",
            "atomizer",
            "atomiser",
            "eau de toilette",
        ),
        synsets=("perfume.n.02", "cologne.n.02", "atomizer.n.01"),
        size=SizePrior((0.07, 0.12, 0.04), 0.25),
        materials={
            "glass": M("crystal", "#e8d8f0"),
            "liquid": M("plastic", "#e3a54a"),
            "gold": M("brass", "#d4af5a"),
            "bulb": M("fabric", "#8a2a4a"),
        },
        parts=_p(
            ("bottle", "glass", ("bottle", "glass", "stopper")),
            ("perfume", "liquid", ("perfume", "liquid", "scent")),
            ("collar", "gold", ("collar", "neck", "nozzle", "tube")),
            ("bulb", "bulb", ("bulb", "atomizer bulb")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "stopper",
                choices=("stopper", "atomizer"),
                words={
                    "stopper": "stopper",
                    "atomizer": "atomizer",
                    "atomiser": "atomizer",
                    "spray": "atomizer",
                    "bulb": "atomizer",
                    "vintage": "atomizer",
                },
                doc="A faceted glass stopper, or a spray bulb on a tube.",
            ),
        ),
        build=perfume_bottle,
        collider="box",
        description="A glass perfume bottle of amber scent with a gold collar and a glass stopper.",
    ),
    Recipe(
        name="shower",
        category="household",
        nouns=(
            "shower",
            "shower stall",
            "shower cubicle",
            "shower enclosure",
            "shower head",
            "showerhead",
            "shower tray",
            "walk-in shower",
            "shower cabin",
        ),
        synsets=("shower.n.01", "shower_stall.n.01", "showerhead.n.01"),
        size=SizePrior((0.9, 2.08, 0.9), 0.25),
        materials={
            "ceramic": PORCELAIN,
            "chrome": CHROME,
            "glass": M("crystal", "#cfe6ee"),
            "nozzles": M("plastic", "#3a3d42"),
        },
        parts=_p(
            ("tray", "ceramic", ("tray", "base", "floor", "basin")),
            (
                "fittings",
                "chrome",
                ("riser", "pipe", "arm", "mixer", "valve", "handle", "frame", "drain"),
            ),
            ("head", "chrome", ("head", "shower head", "rose")),
            ("spray", "nozzles", ("nozzles", "spray plate")),
            ("glass", "glass", ("glass", "screen", "panels", "door")),
        ),
        params=(
            Param(
                "enclosure",
                "bool",
                True,
                words={
                    "enclosure": True,
                    "glass": True,
                    "cubicle": True,
                    "stall": True,
                    "open": False,
                    "walk-in": False,
                },
                doc="Glass panels at the side and back.",
            ),
        ),
        build=shower,
        collider="box",
        description="A shower: a square ceramic tray, a chrome riser with a rain head and mixer, and glass panels.",
    ),
    Recipe(
        name="desk_fan",
        category="household",
        nouns=(
            "desk fan",
            "electric fan",
            "fan",
            "table fan",
            "pedestal fan",
            "standing fan",
            "floor fan",
            "oscillating fan",
        ),
        synsets=("electric_fan.n.01", "fan.n.01"),
        size=SizePrior((0.28, 0.42, 0.29), 0.25),
        materials={
            "body": M("plastic", "#e8e6e0"),
            "blades": M("plastic", "#8fc0d8"),
            "cage": M("iron", "#c4c9ce"),
        },
        parts=_p(
            ("base", "body", ("base", "foot")),
            ("stand", "body", ("stand", "pole", "neck")),
            ("motor", "body", ("motor", "housing", "hub")),
            ("hub", "body", ("hub",)),
            ("blades", "blades", ("blades", "blade", "propeller")),
            ("cage", "cage", ("cage", "guard", "grille")),
        ),
        params=(
            Param(
                "stand",
                "choice",
                "desk",
                choices=("desk", "pedestal"),
                words={
                    "desk": "desk",
                    "table": "desk",
                    "pedestal": "pedestal",
                    "standing": "pedestal",
                    "floor": "pedestal",
                    "tall": "pedestal",
                },
                doc="A desk fan, or a tall pedestal fan.",
            ),
        ),
        build=desk_fan,
        collider="box",
        description="A desk fan: four blades in a wire cage on a motor, on a round base.",
    ),
    Recipe(
        name="vacuum_cleaner",
        category="household",
        nouns=(
            "vacuum cleaner",
            "vacuum",
            "hoover",
            "upright vacuum",
            "upright vacuum cleaner",
            "vacuum machine",
            "hoover vacuum",
        ),
        synsets=("vacuum.n.04",),
        size=SizePrior((0.3, 1.2, 0.3), 0.25),
        materials={
            "body": M("plastic", "#b03a3a"),
            "rubber": M("plastic", "#242528"),
            "bin": M("crystal", "#a9b9c4"),
            "metal": M("iron", "#b9bdc2"),
        },
        parts=_p(
            ("nozzle", "body", ("nozzle", "head", "floor head")),
            ("body", "body", ("body", "motor", "housing")),
            ("bin", "bin", ("bin", "dust bin", "canister", "bag")),
            ("pole", "metal", ("pole", "wand", "tube")),
            ("rubber", "rubber", ("handle", "hose", "wheels", "brush")),
        ),
        build=vacuum_cleaner,
        collider="box",
        description="An upright vacuum cleaner: a floor head on wheels, a body with a clear dust bin, a hose and a handle.",
    ),
    Recipe(
        name="mop",
        category="household",
        nouns=("mop", "string mop", "floor mop", "swab", "wet mop"),
        synsets=("mop.n.01", "swab.n.02"),
        size=SizePrior((0.24, 1.55, 0.24), 0.25),
        materials={
            "strands": M("fabric", "#e4ddcb"),
            "plastic": M("plastic", "#2f6fb0"),
            "pole": M("wood_planks", "#b48a5a"),
        },
        parts=_p(
            ("strands", "strands", ("strands", "head", "strings", "mop head")),
            ("clamp", "plastic", ("clamp", "cap")),
            ("handle", "pole", ("handle", "pole", "stick")),
        ),
        build=mop,
        round=True,
        collider="capsule",
        description="A string mop standing on its head: a mop of cotton strands, a clamp and a long handle.",
    ),
    Recipe(
        name="air_conditioner",
        category="household",
        nouns=(
            "air conditioner",
            "air conditioning unit",
            "ac unit",
            "a/c unit",
            "air con",
            "aircon",
            "air conditioning",
            "split air conditioner",
            "window air conditioner",
            "heat pump",
        ),
        synsets=("air_conditioner.n.01",),
        size=SizePrior((0.82, 0.28, 0.2), 0.25),
        materials={
            "body": M("plastic", "#eef0ee"),
            "vent": M("plastic", "#3a3d42"),
            "knobs": BLACK,
            "display": M("plastic", "#3f8fd0", emissive="#7fc0ff", emissive_strength=1.2),
        },
        parts=_p(
            ("body", "body", ("body", "case", "housing", "panel")),
            ("louvers", "body", ("louvers", "flap", "panel")),
            ("grille", "vent", ("grille", "vent", "vents", "intake", "fins")),
            ("knobs", "knobs", ("knobs", "dials")),
            ("display", "display", ("display", "light", "led")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "wall",
                choices=("wall", "window"),
                words={
                    "wall": "wall",
                    "split": "wall",
                    "mounted": "wall",
                    "window": "window",
                    "box": "window",
                },
                doc="A slim wall-mounted split unit, or a boxy window unit with a grille.",
            ),
        ),
        build=air_conditioner,
        long_axis="x",
        collider="box",
        description="A wall-mounted air conditioner: a long rounded white unit with an air flap and a small display.",
    ),
    Recipe(
        name="radiator",
        category="household",
        nouns=(
            "radiator",
            "heating radiator",
            "cast iron radiator",
            "column radiator",
            "heater",
            "space heater",
            "central heating radiator",
        ),
        synsets=("radiator.n.02", "heater.n.01", "space_heater.n.01"),
        size=SizePrior((0.72, 0.7, 0.16), 0.25),
        materials={
            "iron": M("painted_metal", "#e8e6e0"),
            "brass": M("brass", "#c29a4e"),
            "knob": M("plastic", "#e8e6e0"),
        },
        parts=_p(
            ("sections", "iron", ("sections", "columns", "fins", "body", "feet")),
            ("fittings", "brass", ("valve", "pipe", "pipes")),
            ("knob", "knob", ("knob", "thermostat")),
        ),
        params=(
            Param(
                "sections",
                "int",
                10,
                4,
                20,
                count_nouns=("sections", "columns", "fins"),
                doc="Cast sections side by side.",
            ),
        ),
        build=radiator,
        long_axis="x",
        collider="box",
        description="A cast-iron column radiator: ten painted sections on feet with a valve and a knob.",
    ),
]
