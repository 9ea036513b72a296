"""Home props: bathroom (bathtub, toilet, sink), kitchen appliances (refrigerator, stove, microwave,
washing machine), electronics (television, laptop, smartphone, telephone), and the things on walls
and floors (clock, grandfather clock, picture frame, potted plant, floor lamp, suitcase, umbrella).

Everything faces +Z (its front: doors, screens, dials) and stands on its bottom centre."""

from __future__ import annotations

import math

from ..dsl import box, cylinder, extrude, lathe, part, program, shape, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole

PORCELAIN = M("ceramic", "#eef0ee")
CHROME = M("iron", "#c4c9ce")
ENAMEL = M("painted_metal", "#e9eae6")
BLACK_PLASTIC = M("plastic", "#1d1f22")
DARK_GLASS = M("plastic", "#14191f")
LIT_SCREEN = M("plastic", "#5f93c4", emissive="#7fb8ff", emissive_strength=1.6)
ON_WORDS = {"on": True, "glowing": True, "lit": True, "off": False, "dark": False}


def _ellipse(rx: float, ry: float, cy: float = 0.0, n: int = 20) -> list[list[float]]:
    return [
        [rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n)]
        for k in range(n)
    ]


def _rect(w: float, h: float, cy: float = 0.0) -> list[list[float]]:
    return [[-w / 2, cy - h / 2], [w / 2, cy - h / 2], [w / 2, cy + h / 2], [-w / 2, cy + h / 2]]


# ---------------------------------------------------------------------------------------------
# Bathroom


def bathtub(p) -> dict:
    L, H, D = 1.7, 0.56, 0.76
    if p.style == "clawfoot":
        y0 = 0.12
        parts = [
            part("tub", "porcelain", box([L, H - 0.04, D], bevel=0.22))
            .cut(shape(box([L - 0.08, H, D - 0.08], bevel=0.2)).at(0, 0.1, 0))
            .at(0, y0, 0)
            .uv("box"),
            part("rim", "porcelain", torus(0.36, 0.025), part="tub")
            .scale([(L - 0.04) / 0.76, 1, 1.0])
            .at(0, y0 + H - 0.08, 0),
            part("feet", "brass", sphere(0.06))
            .scale([1, 1.6, 1])
            .array(2, [L - 0.5, 0, 0], center=True)
            .array(2, [0, 0, D - 0.3], center=True),
        ]
    else:
        y0 = 0.0
        parts = [
            part("tub", "porcelain", box([L, H, D], bevel=0.03))
            .cut(shape(box([L - 0.14, H, D - 0.14], bevel=0.14)).at(0, 0.12, 0))
            .uv("box"),
        ]
    top = y0 + H
    x0 = -L / 2 + 0.1
    parts += [
        part(
            "spout",
            "chrome",
            sweep(
                [
                    [x0, top - 0.04, 0],
                    [x0, top + 0.14, 0],
                    [x0 + 0.13, top + 0.14, 0],
                    [x0 + 0.13, top + 0.08, 0],
                ],
                0.016,
            ),
            part="fittings",
        ),
        part("taps", "chrome", cylinder(0.022, 0.07, bevel=0.006), part="fittings")
        .array(2, [0, 0, 0.2], center=True)
        .at(x0, top - 0.03, 0),
    ]
    return program(*parts, collider="box")


def toilet(p) -> dict:
    bowl = [
        [0.12, 0],
        [0.125, 0.02],
        [0.1, 0.14],
        [0.13, 0.27],
        [0.18, 0.35],
        [0.19, 0.39],
        [0.17, 0.39],
        [0.12, 0.31],
        [0.06, 0.22],
        [0, 0.21],
    ]
    zb = 0.05
    parts = [
        part("bowl", "porcelain", lathe(bowl, smooth=True))
        .scale([1.0, 1.0, 1.3])
        .at(0, 0, zb)
        .uv("cylindrical"),
        part("neck", "porcelain", box([0.24, 0.4, 0.22], bevel=0.04), part="bowl").at(0, 0, -0.2),
        part("tank", "porcelain", box([0.44, 0.36, 0.18], bevel=0.025), part="bowl").at(
            0, 0.4, -0.25
        ),
        part("tank_lid", "porcelain", box([0.46, 0.04, 0.2], bevel=0.012), part="bowl").at(
            0, 0.76, -0.25
        ),
        part("seat", "plastic", torus(0.15, 0.024)).scale([1.0, 0.6, 1.3]).at(0, 0.39, zb),
        part("flush", "chrome", box([0.05, 0.018, 0.02], bevel=0.005)).at(-0.15, 0.66, -0.15),
    ]
    if p.lid:  # closed over the seat
        parts.append(
            part(
                "lid",
                "plastic",
                extrude(_ellipse(0.175, 0.225), 0.022, axis="y", bevel=0.008),
                part="seat",
            ).at(0, 0.418, zb)
        )
    else:  # raised against the tank
        parts.append(
            part(
                "lid",
                "plastic",
                extrude(_ellipse(0.175, 0.225, 0.225), 0.022, bevel=0.008),
                part="seat",
            )
            .rotate(x=-8)
            .at(0, 0.41, -0.145)
        )
    return program(*parts, collider="box")


def sink(p) -> dict:
    w, h, d = 0.56, 0.16, 0.44
    y = 0.86 - h
    # A turned oval bowl (up the outside, over the rim, down the inside): no boolean to build.
    bowl = [
        [0.12, 0.0],
        [0.2, 0.05],
        [0.228, 0.13],
        [0.233, h],
        [0.213, h],
        [0.19, 0.12],
        [0.13, 0.065],
        [0.0, 0.05],
    ]
    basin = (
        part("basin", "porcelain", lathe(bowl, smooth=True))
        .scale([w / 0.466, 1.0, d / 0.466])
        .uv("cylindrical")
    )
    if p.style == "vanity":
        parts = [
            basin.at(0, y, 0),
            part("cabinet", "wood", box([w - 0.02, y, d - 0.04], bevel=0.01))
            .at(0, 0, -0.02)
            .uv("box"),
            part("doors", "wood", box([w / 2 - 0.03, y - 0.1, 0.02], bevel=0.006), part="cabinet")
            .array(2, [w / 2 - 0.01, 0, 0], center=True)
            .at(0, 0.06, d / 2 - 0.04),
            part("knobs", "chrome", sphere(0.013), part="tap")
            .array(2, [0.08, 0, 0], center=True)
            .at(0, y - 0.2, d / 2 - 0.01),
        ]
    elif p.style == "wall":
        parts = [
            basin.at(0, y, 0),
            part("bracket", "chrome", cylinder(0.03, y - 0.2), part="tap")
            .array(2, [0.36, 0, 0], center=True)
            .at(0, 0.2, -0.12),
        ]
    else:
        column = [[0.11, 0], [0.09, 0.04], [0.065, 0.1], [0.06, y - 0.1], [0.1, y], [0, y]]
        parts = [
            basin.at(0, y, 0),
            part("pedestal", "porcelain", lathe(column, smooth=True), part="basin").at(0, 0, -0.02),
        ]
    parts += [
        part(
            "tap",
            "chrome",
            sweep(
                [
                    [0, y + h - 0.01, -0.17],
                    [0, y + h + 0.2, -0.17],
                    [0, y + h + 0.22, -0.07],
                    [0, y + h + 0.14, -0.04],
                ],
                0.013,
                curve="smooth",
            ),
        ),
        part("handles", "chrome", cylinder(0.018, 0.05, bevel=0.005), part="tap")
        .array(2, [0.16, 0, 0], center=True)
        .at(0, y + h - 0.01, -0.16),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Kitchen and laundry appliances


def refrigerator(p) -> dict:
    w, h, d = 0.74, 1.8, 0.66
    bev = 0.1 if p.style == "retro" else 0.025
    parts = [
        part("body", "enamel", box([w, h - 0.04, d], bevel=bev)).at(0, 0.04, -0.02).uv("box"),
        part("plinth", "rubber", box([w - 0.08, 0.05, d - 0.06], bevel=0.005)).at(0, 0, -0.02),
    ]
    if p.doors == 1:
        parts += [
            part(
                "doors",
                "enamel",
                box([w - 0.02, h - 0.1, 0.05], bevel=min(bev, 0.024)),
                part="body",
            ).at(0, 0.07, d / 2 - 0.04),
            part("handles", "chrome", box([0.035, 0.34, 0.04], bevel=0.012)).at(
                w / 2 - 0.08, 0.95, d / 2 + 0.01
            ),
        ]
    else:
        top_h = 0.5
        parts += [
            part(
                "doors", "enamel", box([w - 0.02, h - top_h - 0.12, 0.05], bevel=0.02), part="body"
            ).at(0, 0.07, d / 2 - 0.04),
            part("freezer", "enamel", box([w - 0.02, top_h, 0.05], bevel=0.02), part="body").at(
                0, h - top_h - 0.03, d / 2 - 0.04
            ),
            part("handles", "chrome", box([0.032, 0.42, 0.035], bevel=0.012)).at(
                w / 2 - 0.08, 0.62, d / 2 + 0.01
            ),
            part("handle_top", "chrome", box([0.032, 0.24, 0.035], bevel=0.012), part="handles").at(
                w / 2 - 0.08, h - top_h + 0.01, d / 2 + 0.01
            ),
        ]
    return program(*parts, collider="box")


def stove(p) -> dict:
    if p.style == "wood":
        return _wood_stove(p)
    w, h, d = 0.76, 0.9, 0.64
    parts = [
        part("body", "enamel", box([w, h, d], bevel=0.015)).uv("box"),
        part("cooktop", "iron", box([w - 0.01, 0.02, d - 0.01], bevel=0.005)).at(0, h, 0),
        part("burners", "iron", cylinder(0.085, 0.016, bevel=0.004), part="cooktop")
        .array(2, [0.36, 0, 0], center=True)
        .array(2, [0, 0, 0.3], center=True)
        .at(0, h + 0.02, 0.02),
        part("grates", "iron", torus(0.075, 0.007), part="cooktop")
        .array(2, [0.36, 0, 0], center=True)
        .array(2, [0, 0, 0.3], center=True)
        .at(0, h + 0.034, 0.02),
        part("backguard", "enamel", box([w, 0.18, 0.05], bevel=0.01), part="body").at(
            0, h + 0.02, -d / 2 + 0.025
        ),
        part("door", "enamel", box([w - 0.06, 0.5, 0.03], bevel=0.01), part="body").at(
            0, 0.16, d / 2 - 0.01
        ),
        part("window", "glass", box([w - 0.24, 0.24, 0.01], bevel=0.004)).at(0, 0.3, d / 2 + 0.015),
        part("handle", "chrome", cylinder(0.013, w - 0.16, bevel=0.004))
        .rotate(z=90)
        .at((w - 0.16) / 2, 0.62, d / 2 + 0.06),
        part("handle_posts", "chrome", box([0.02, 0.02, 0.05]), part="handle")
        .array(2, [w - 0.22, 0, 0], center=True)
        .at(0, 0.605, d / 2 + 0.015),
        part("knobs", "iron", cylinder(0.022, 0.03, bevel=0.005), part="cooktop")
        .rotate(x=90)
        .array(5, [0.13, 0, 0], center=True)
        .at(0, h - 0.06, d / 2),
        part("drawer", "enamel", box([w - 0.06, 0.1, 0.02], bevel=0.006), part="body").at(
            0, 0.03, d / 2 - 0.005
        ),
    ]
    return program(*parts, collider="box")


def _wood_stove(p) -> dict:
    belly = [
        [0, 0],
        [0.2, 0],
        [0.26, 0.12],
        [0.28, 0.3],
        [0.25, 0.5],
        [0.2, 0.6],
        [0.08, 0.64],
        [0, 0.64],
    ]
    parts = [
        part("belly", "iron", lathe(belly, smooth=True), part="stove_body")
        .at(0, 0.16, 0)
        .uv("cylindrical"),
        part("legs", "iron", cylinder(0.025, 0.2), part="stove_body")
        .taper(0.6)
        .radial(4, radius=0.18, start=45),
        part("cooktop", "iron", cylinder(0.3, 0.03, bevel=0.008)).at(0, 0.78, 0),
        part("firedoor", "iron", cylinder(0.11, 0.04, bevel=0.01), part="stove_body")
        .rotate(x=90)
        .at(0, 0.4, 0.24),
        part("window_fire", "fire", cylinder(0.07, 0.02)).rotate(x=90).at(0, 0.4, 0.27),
        part("flue", "iron", cylinder(0.07, 0.9, bevel=0.005), part="stove_body").at(
            0, 0.81, -0.08
        ),
    ]
    return program(*parts, collider="box")


def microwave(p) -> dict:
    w, h, d = 0.5, 0.29, 0.38
    parts = [
        part("body", "steel", box([w, h, d], bevel=0.012)).at(0, 0.01, 0).uv("box"),
        part("feet", "plastic", cylinder(0.015, 0.012), part="panel")
        .array(2, [w - 0.08, 0, 0], center=True)
        .array(2, [0, 0, d - 0.08], center=True),
        part("door", "plastic", box([0.35, h - 0.03, 0.014], bevel=0.006), part="panel").at(
            -w / 2 + 0.185, 0.025, d / 2 - 0.004
        ),
        part("window", "glass", box([0.26, h - 0.1, 0.006], bevel=0.003)).at(
            -w / 2 + 0.17, 0.06, d / 2 + 0.01
        ),
        part("handle", "steel", box([0.018, h - 0.09, 0.02], bevel=0.006), part="body").at(
            -w / 2 + 0.33, 0.055, d / 2 + 0.006
        ),
        part("panel", "plastic", box([0.12, h - 0.03, 0.012], bevel=0.004)).at(
            w / 2 - 0.07, 0.025, d / 2 - 0.004
        ),
        part("display", "display", box([0.08, 0.025, 0.004])).at(
            w / 2 - 0.07, 0.245, d / 2 + 0.008
        ),
        part("buttons", "steel", box([0.02, 0.014, 0.006], bevel=0.002), part="body")
        .array(3, [0.026, 0, 0], center=True)
        .array(4, [0, 0.026, 0], center=True)
        .at(w / 2 - 0.07, 0.1, d / 2 + 0.008),
    ]
    return program(*parts, collider="box")


def washing_machine(p) -> dict:
    w, h, d = 0.6, 0.85, 0.6
    parts = [
        part("body", "enamel", box([w, h, d], bevel=0.02)).uv("box"),
        part("panel", "enamel", box([w - 0.02, 0.1, 0.02], bevel=0.006), part="body").at(
            0, h - 0.12, d / 2 - 0.008
        ),
        part("drawer", "plastic", box([0.18, 0.07, 0.012], bevel=0.004), part="knob").at(
            -0.17, h - 0.105, d / 2 + 0.006
        ),
        part("knob", "plastic", cylinder(0.03, 0.03, bevel=0.006))
        .rotate(x=90)
        .at(0.16, h - 0.07, d / 2 + 0.005),
        part("door_ring", "chrome", torus(0.18, 0.028)).rotate(x=90).at(0, 0.43, d / 2),
        part("door_glass", "glass", sphere(0.19, portion=0.25))
        .rotate(x=90)
        .at(0, 0.43, d / 2 - 0.01),
        part("plinth", "enamel", box([w - 0.04, 0.06, 0.02], bevel=0.004), part="body").at(
            0, 0.01, d / 2 - 0.006
        ),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Electronics


def television(p) -> dict:
    screen = "lit_screen" if p.on else "screen"
    if p.style == "crt":
        parts = [
            part("body", "plastic", box([0.62, 0.48, 0.46], bevel=0.04)).at(0, 0.02, 0).uv("box"),
            part("back", "plastic", box([0.46, 0.36, 0.2], bevel=0.05), part="body")
            .taper(0.7, axis="z")
            .at(0, 0.08, -0.3),
            part("feet", "plastic", box([0.5, 0.02, 0.36], bevel=0.006), part="body"),
            part("bezel", "trim", box([0.56, 0.42, 0.03], bevel=0.012)).at(-0.04, 0.05, 0.225),
            part(screen, screen, sphere(0.28, portion=0.2))
            .scale([0.82, 0.62, 1.0])
            .rotate(x=90)
            .at(-0.05, 0.26, 0.22),
            part("knobs", "trim", cylinder(0.016, 0.02), part="bezel")
            .turned(x=90)
            .array(2, [0, 0.07, 0], center=True)
            .at(0.26, 0.3, 0.23),
            part("antenna", "chrome", cylinder(0.005, 0.45))
            .turned(z=25)
            .mirror("x")
            .at(0, 0.49, -0.05),
        ]
        return program(*parts, collider="box")
    w, h = 1.12, 0.64
    parts = [
        part("stand", "trim", box([0.36, 0.016, 0.22], bevel=0.006)),
        part("neck", "trim", box([0.07, 0.1, 0.03], bevel=0.006), part="stand").at(0, 0.01, -0.02),
        part("body", "plastic", box([w, h, 0.045], bevel=0.008)).at(0, 0.085, -0.02),
        part(screen, screen, box([w - 0.03, h - 0.03, 0.004])).at(0, 0.1, 0.004),
    ]
    return program(*parts, collider="box")


def laptop(p) -> dict:
    w, d, t = 0.34, 0.24, 0.017
    tilt = -18 if p.open else -90
    parts = [
        part("base", "aluminium", box([w, t, d], bevel=0.004)).uv("box"),
        part("keys", "plastic", box([0.018, 0.003, 0.017], bevel=0.001))
        .array(13, [0.0235, 0, 0], center=True)
        .array(5, [0, 0, 0.022], center=True)
        .at(0, t, -0.03),
        part("trackpad", "plastic", box([0.1, 0.002, 0.06], bevel=0.0008), part="keys").at(
            0, t, 0.075
        ),
        part("lid", "aluminium", box([w, 0.23, 0.007], bevel=0.003), part="base")
        .rotate(x=tilt)
        .at(0, t - 0.002, -d / 2 + 0.004),
    ]
    if p.open:
        screen = "lit_screen" if p.on else "screen"
        parts.append(
            part(screen, screen, box([w - 0.03, 0.19, 0.002]))
            .moved(0, 0.022, 0.0035)
            .rotate(x=tilt)
            .at(0, t - 0.002, -d / 2 + 0.004 + 0.0035 * math.cos(math.radians(tilt)))
        )
    return program(*parts, collider="box")


def smartphone(p) -> dict:
    screen = "lit_screen" if p.on else "screen"
    parts = [
        part("body", "casing", box([0.075, 0.008, 0.155], bevel=0.0035)).uv("box"),
        part(screen, screen, box([0.069, 0.0008, 0.147], bevel=0.0003)).at(0, 0.0078, 0),
        part("camera", "trim", cylinder(0.006, 0.0012), part="casing_trim")
        .array(2, [0.014, 0, 0], center=True)
        .rotate(x=180)
        .at(0.012, 0.0004, -0.06),
    ]
    return program(*parts, collider="box")


def telephone(p) -> dict:
    base = [[-0.1, 0.0], [0.11, 0.0], [0.11, 0.02], [0.04, 0.11], [-0.07, 0.12], [-0.1, 0.09]]
    parts = [
        part("base", "bakelite", extrude(base, 0.2, axis="x", bevel=0.012)).uv("box"),
        # The dial on the sloping front face (its normal about 52 degrees from up).
        part("dial", "chrome", cylinder(0.05, 0.008, bevel=0.002)).rotate(x=52).at(0, 0.065, 0.075),
        part("finger_plate", "paper", cylinder(0.026, 0.004)).rotate(x=52).at(0, 0.07, 0.081),
        part("cradle", "bakelite", box([0.12, 0.04, 0.05], bevel=0.01), part="base").at(
            0, 0.1, -0.02
        ),
        part(
            "handset",
            "bakelite",
            sweep(
                [
                    [-0.1, 0.155, -0.02],
                    [-0.08, 0.17, -0.02],
                    [0.08, 0.17, -0.02],
                    [0.1, 0.155, -0.02],
                ],
                0.014,
                curve="smooth",
            ),
        ),
        part("cups", "bakelite", cylinder(0.03, 0.035, bevel=0.008), part="handset")
        .array(2, [0.2, 0, 0], center=True)
        .at(0, 0.125, -0.02),
        part(
            "cord",
            "rubber",
            sweep(
                [
                    [0.1, 0.13, -0.035],
                    [0.13, 0.09, -0.06],
                    [0.12, 0.04, -0.08],
                    [0.09, 0.03, -0.095],
                ],
                0.005,
                curve="smooth",
            ),
        ),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# On walls and floors


def clock(p) -> dict:
    if p.style == "alarm":
        r, y = 0.065, 0.09
        parts = [
            part("shell", "brass", cylinder(r, 0.05, bevel=0.01)).rotate(x=90).at(0, y, -0.025),
            part("face", "dial", cylinder(r - 0.008, 0.004)).rotate(x=90).at(0, y, 0.025),
            part("bells", "brass", sphere(0.034, portion=0.55), part="shell")
            .turned(z=-35)
            .moved(0.045, 0, 0)
            .mirror("x")
            .at(0, y + r - 0.025, 0),
            part("legs", "brass", cylinder(0.006, 0.035), part="shell")
            .turned(z=25)
            .moved(0.04, 0, 0)
            .mirror("x"),
        ]
        hy = y
    else:
        r, hy = 0.16, 0.17
        parts = [
            part("case", "wood", torus(r, 0.016)).rotate(x=90).at(0, hy, 0),
            part("face", "dial", cylinder(r - 0.004, 0.02)).rotate(x=90).at(0, hy, 0.004),
            part("ticks", "iron", box([0.01, 0.024, 0.003]), part="hands")
            .moved(0, r - 0.045, 0)
            .radial(12, axis="z")
            .at(0, hy, 0.024),
        ]
    zf = 0.026 if p.style == "alarm" else 0.024
    s = 1.0 if p.style != "alarm" else 0.42
    parts += [
        part("hands", "iron", box([0.012 * s + 0.002, 0.075 * s, 0.003]))
        .rotate(z=60)
        .at(0, hy, zf + 0.003),
        part("minute_hand", "iron", box([0.008 * s + 0.002, 0.115 * s, 0.003]), part="hands")
        .rotate(z=-60)
        .at(0, hy, zf),
        part("pin", "iron", cylinder(0.008 * s + 0.002, 0.008), part="hands")
        .rotate(x=90)
        .at(0, hy, zf),
    ]
    return program(*parts, collider="box")


def grandfather_clock(p) -> dict:
    w, d = 0.5, 0.3
    pediment = [[-0.27, 0], [0.27, 0], [0.27, 0.04], [0.06, 0.17], [-0.06, 0.17], [-0.27, 0.04]]
    parts = [
        part("case", "wood", box([w, 0.32, d], bevel=0.01)).uv("box"),
        part("waist", "wood", box([w - 0.1, 1.06, d - 0.06], bevel=0.008), part="case").at(
            0, 0.32, -0.01
        ),
        part("hood", "wood", box([w + 0.02, 0.5, d + 0.02], bevel=0.01), part="case").at(
            0, 1.38, 0
        ),
        part("crest", "wood", extrude(pediment, d + 0.04, bevel=0.008), part="case").at(0, 1.88, 0),
        part("mouldings", "wood", box([w + 0.04, 0.04, d + 0.04], bevel=0.01), part="case")
        .array(2, [0, 1.06, 0], center=False)
        .at(0, 0.3, 0),
        part("face", "dial", cylinder(0.16, 0.012)).rotate(x=90).at(0, 1.63, d / 2 + 0.006),
        part("bezel", "brass", torus(0.165, 0.012)).rotate(x=90).at(0, 1.63, d / 2 + 0.004),
        part("ticks", "iron", box([0.01, 0.024, 0.003]), part="hands")
        .moved(0, 0.12, 0)
        .radial(12, axis="z")
        .at(0, 1.63, d / 2 + 0.018),
        part("hands", "iron", box([0.014, 0.08, 0.003])).rotate(z=50).at(0, 1.63, d / 2 + 0.022),
        part("minute_hand", "iron", box([0.01, 0.12, 0.003]), part="hands")
        .rotate(z=-40)
        .at(0, 1.63, d / 2 + 0.019),
        part("window", "glass", box([0.24, 0.7, 0.01])).at(0, 0.52, d / 2 - 0.035),
        part("pendulum", "brass", cylinder(0.006, 0.5)).at(0, 0.62, d / 2 - 0.06),
        part("bob", "brass", cylinder(0.07, 0.012, bevel=0.004), part="pendulum")
        .rotate(x=90)
        .at(0, 0.64, d / 2 - 0.065),
    ]
    return program(*parts, collider="box")


def picture_frame(p) -> dict:
    w, h = (0.46, 0.6) if p.orientation == "portrait" else (0.6, 0.46)
    b = 0.06
    if p.shape == "oval":
        outline, hole = _ellipse(w / 2, h / 2, h / 2, 28), _ellipse(w / 2 - b, h / 2 - b, h / 2, 28)
        parts = [
            part("frame", "frame", extrude(outline, 0.035, holes=[hole], bevel=0.008)),
            part(
                "canvas",
                "canvas",
                extrude(_ellipse(w / 2 - b + 0.01, h / 2 - b + 0.01, h / 2, 28), 0.01),
            ).at(0, 0, -0.012),
            part(
                "paint",
                "paint",
                extrude(
                    [
                        [-w / 2 + b, h * 0.2],
                        [w * 0.05, h * 0.52],
                        [w / 2 - b, h * 0.3],
                        [w / 2 - b, h * 0.12],
                        [-w / 2 + b, h * 0.12],
                    ],
                    0.004,
                    smooth=True,
                ),
            ).at(0, 0, -0.004),
        ]
    else:
        parts = [
            part(
                "frame",
                "frame",
                extrude(
                    _rect(w, h, h / 2),
                    0.035,
                    holes=[_rect(w - 2 * b, h - 2 * b, h / 2)],
                    bevel=0.008,
                ),
            ),
            part(
                "inner_frame",
                "frame",
                extrude(
                    _rect(w - 2 * b + 0.02, h - 2 * b + 0.02, h / 2),
                    0.012,
                    holes=[_rect(w - 2 * b - 0.01, h - 2 * b - 0.01, h / 2)],
                ),
                part="frame",
            ).at(0, 0, 0.008),
            part("canvas", "canvas", box([w - 2 * b + 0.02, h - 2 * b + 0.02, 0.01])).at(
                0, b - 0.01, -0.012
            ),
            part(
                "paint",
                "paint",
                extrude(
                    [
                        [-w / 2 + b, b],
                        [w / 2 - b, b],
                        [w / 2 - b, h * 0.38],
                        [w * 0.1, h * 0.5],
                        [-w * 0.15, h * 0.42],
                        [-w / 2 + b, h * 0.46],
                    ],
                    0.004,
                ),
            ).at(0, 0, -0.004),
        ]
    return program(*parts, collider="box")


def potted_plant(p) -> dict:
    pot = [
        [0, 0],
        [0.12, 0],
        [0.15, 0.26],
        [0.175, 0.27],
        [0.175, 0.32],
        [0.16, 0.32],
        [0.148, 0.29],
        [0, 0.29],
    ]
    leaf = [
        [0, 0],
        [0.045, 0.1],
        [0.055, 0.22],
        [0.03, 0.33],
        [0, 0.4],
        [-0.03, 0.33],
        [-0.055, 0.22],
        [-0.045, 0.1],
    ]
    parts = [
        part("pot", "terracotta", lathe(pot)).uv("cylindrical"),
        part("soil", "soil", cylinder(0.15, 0.02)).at(0, 0.28, 0),
    ]
    if p.plant:
        n = p.leaves
        parts += [
            part("leaves", "leaf", extrude(leaf, 0.006, smooth=True))
            .bend(40, axis="y", toward="z")
            .turned(x=28)
            .radial(n, axis="y")
            .at(0, 0.29, 0),
            part("inner_leaves", "leaf", extrude(leaf, 0.006, smooth=True), part="leaves")
            .scale(0.8)
            .bend(25, axis="y", toward="z")
            .turned(x=10)
            .radial(max(3, n // 2), axis="y", start=25)
            .at(0, 0.29, 0),
        ]
    return program(*parts, collider="box")


def floor_lamp(p) -> dict:
    shade = "lit_shade" if p.lit else "shade"
    parts = [
        part("base", "iron", cylinder(0.16, 0.03, bevel=0.01)),
        part("pole", "brass", cylinder(0.013, 1.34)).at(0, 0.03, 0),
        part("socket", "brass", cylinder(0.022, 0.05, bevel=0.005), part="pole").at(0, 1.33, 0),
        part(shade, shade, lathe([[0.23, 0], [0.16, 0.32], [0.155, 0.32], [0.225, 0.0]])).at(
            0, 1.3, 0
        ),
    ]
    return program(*parts, collider="capsule")


def suitcase(p) -> dict:
    if p.style == "modern":
        w, h, d = 0.42, 0.6, 0.25
        parts = [
            part("shell", "shell", box([w, h, d], bevel=0.045)).at(0, 0.04, 0).uv("box"),
            part("ribs", "shell", box([0.03, h - 0.1, 0.01], bevel=0.004), part="shell")
            .array(4, [0.09, 0, 0], center=True)
            .at(0, 0.09, d / 2 - 0.002),
            part("wheels", "rubber", cylinder(0.025, 0.025, bevel=0.005))
            .turned(z=90)
            .array(2, [w - 0.07, 0, 0], center=True)
            .array(2, [0, 0, d - 0.06], center=True)
            .at(0.0125, 0.0, 0),
            part("rods", "steel", box([0.016, 0.3, 0.016], bevel=0.003))
            .array(2, [0.2, 0, 0], center=True)
            .at(0, h + 0.02, -d / 2 + 0.03),
            part("grip", "rubber", box([0.24, 0.03, 0.03], bevel=0.01)).at(
                0, h + 0.31, -d / 2 + 0.03
            ),
        ]
        return program(*parts, collider="box")
    w, h, d = 0.6, 0.42, 0.2
    parts = [
        part("body", "leather", box([w, h, d], bevel=0.03)).uv("box"),
        part("straps", "strap", box([0.05, h + 0.008, d + 0.01], bevel=0.006))
        .array(2, [0.34, 0, 0], center=True)
        .at(0, -0.004, 0),
        part("corners", "brass", sphere(0.024), part="fittings")
        .array(2, [w - 0.04, 0, 0], center=True)
        .array(2, [0, 0, d - 0.03], center=True)
        .array(2, [0, h - 0.04, 0])
        .at(0, -0.004, 0),
        part("latches", "brass", box([0.04, 0.03, 0.012], bevel=0.004), part="fittings")
        .array(2, [0.2, 0, 0], center=True)
        .at(0, h - 0.06, d / 2),
        part("handle", "strap", torus(0.06, 0.012, arc=180)).rotate(x=90).at(0, h - 0.015, 0),
    ]
    return program(*parts, collider="box")


def umbrella(p) -> dict:
    big = p.style == "beach"
    r, shaft = (1.0, 2.1) if big else (0.5, 0.86)
    parts = []
    if p.open:
        canopy = [
            [r, 0],
            [r * 0.72, 0.1 * r / 0.5 * 0.6],
            [r * 0.4, 0.19 * r / 0.5 * 0.6],
            [0, 0.22 * r / 0.5 * 0.6],
        ]
        cy = shaft - canopy[-1][1] - 0.02
        parts += [
            part("canopy", "canopy", lathe(canopy, sides=8, crease=20)).at(0, cy, 0),
            part("ribs", "steel", box([0.008, 0.008, r * 0.97]), part="shaft")
            .moved(0, 0, -r * 0.485)
            .turned(x=-15)
            .radial(8, axis="y", start=22.5)
            .at(0, cy + canopy[-1][1] - 0.03, 0),
            part("tip", "steel", cylinder(0.008, 0.08), part="shaft").at(0, shaft - 0.03, 0),
        ]
    else:
        parts.append(
            part(
                "canopy",
                "canopy",
                lathe(
                    [[0, 0], [0.045, 0.08], [0.05, 0.2], [0.02, 0.62], [0.006, 0.66], [0, 0.66]],
                    smooth=True,
                ),
            ).at(0, shaft - 0.66 + 0.05, 0)
        )
    if big:
        parts += [
            part("shaft", "steel", cylinder(0.02, shaft)),
            part("handle", "plastic", cylinder(0.25, 0.06, bevel=0.02)),
        ]
    else:
        parts += [
            part("shaft", "steel", cylinder(0.008, shaft - 0.12)).at(0, 0.12, 0),
            part(
                "handle",
                "plastic",
                sweep(
                    [
                        [0, 0.16, 0],
                        [0, 0.04, 0],
                        [0.03, 0.0, 0],
                        [0.065, 0.03, 0],
                        [0.065, 0.06, 0],
                    ],
                    0.012,
                    curve="smooth",
                    caps="round",
                ),
            ),
        ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


_SCREEN_PARTS = (
    ("screen", "screen", ("screen", "display")),
    ("lit_screen", "lit_screen", ("screen", "display")),
)

RECIPES = [
    Recipe(
        name="bathtub",
        category="household",
        nouns=("bathtub", "bath tub", "bath", "tub", "clawfoot tub", "clawfoot bathtub", "hot tub"),
        synsets=("bathtub.n.01",),
        size=SizePrior((1.7, 0.76, 0.76), 0.25),
        materials={"porcelain": PORCELAIN, "chrome": CHROME, "brass": M("brass", "#c8a45a")},
        parts=_p(
            ("tub", "porcelain", ("tub", "body", "basin", "shell")),
            ("fittings", "chrome", ("taps", "faucet", "tap", "spout", "fittings")),
            ("feet", "brass", ("feet", "claws", "legs")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "built-in",
                choices=("built-in", "clawfoot"),
                words={
                    "clawfoot": "clawfoot",
                    "claw-foot": "clawfoot",
                    "freestanding": "clawfoot",
                    "victorian": "clawfoot",
                    "vintage": "clawfoot",
                    "built-in": "built-in",
                    "modern": "built-in",
                },
                doc="A rectangular built-in tub, or a rounded clawfoot tub on feet.",
            ),
        ),
        build=bathtub,
        long_axis="x",
        collider="box",
        description="A porcelain bathtub with a chrome spout and taps (built-in, or clawfoot on feet).",
    ),
    Recipe(
        name="toilet",
        category="household",
        nouns=("toilet", "lavatory", "wc", "water closet", "loo", "toilet bowl", "latrine"),
        synsets=("toilet_bowl.n.01",),
        size=SizePrior((0.46, 0.8, 0.64), 0.25),
        materials={"porcelain": PORCELAIN, "plastic": M("plastic", "#f2f2ef"), "chrome": CHROME},
        parts=_p(
            ("bowl", "porcelain", ("bowl", "tank", "cistern", "body", "pan")),
            ("seat", "plastic", ("seat", "lid", "cover")),
            ("flush", "chrome", ("flush", "handle", "lever")),
        ),
        params=(
            Param(
                "lid",
                "bool",
                False,
                words={"closed": True, "lidded": True, "open": False},
                doc="The lid closed over the seat (default: raised).",
            ),
        ),
        build=toilet,
        collider="box",
        description="A porcelain toilet: an oval bowl on a pedestal, a cistern, a seat and a lid.",
    ),
    Recipe(
        name="sink",
        category="household",
        nouns=(
            "sink",
            "washbasin",
            "wash basin",
            "basin sink",
            "bathroom sink",
            "hand basin",
            "washstand",
            "lavabo",
            "vanity",
            "vanity unit",
        ),
        synsets=("sink.n.01", "washbasin.n.01", "washbasin.n.02"),
        size=SizePrior((0.56, 1.2, 0.48), 0.25),
        materials={"porcelain": PORCELAIN, "chrome": CHROME, "wood": M("painted_wood", "#d8d4c8")},
        parts=_p(
            ("basin", "porcelain", ("basin", "bowl", "pedestal", "body")),
            ("tap", "chrome", ("tap", "taps", "faucet", "spout", "handles")),
            ("cabinet", "wood", ("cabinet", "cupboard", "doors", "vanity")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "pedestal",
                choices=("pedestal", "vanity", "wall"),
                words={
                    "pedestal": "pedestal",
                    "vanity": "vanity",
                    "cabinet": "vanity",
                    "wall-mounted": "wall",
                    "wall": "wall",
                    "hung": "wall",
                },
                doc="On a pedestal, on a vanity cabinet, or hung on the wall.",
            ),
        ),
        build=sink,
        collider="box",
        description="A porcelain washbasin with a chrome gooseneck tap, on a pedestal (or a cabinet).",
    ),
    Recipe(
        name="refrigerator",
        category="household",
        nouns=(
            "refrigerator",
            "fridge",
            "icebox",
            "freezer",
            "fridge freezer",
            "fridge-freezer",
            "ice box",
            "refrigerator freezer",
        ),
        synsets=("refrigerator.n.01", "electric_refrigerator.n.01", "deep-freeze.n.01"),
        size=SizePrior((0.74, 1.8, 0.7), 0.25),
        materials={"enamel": ENAMEL, "chrome": CHROME, "rubber": BLACK_PLASTIC},
        parts=_p(
            ("body", "enamel", ("body", "doors", "door", "cabinet", "shell")),
            ("handles", "chrome", ("handles", "handle")),
            ("plinth", "rubber", ("plinth", "grille", "base")),
        ),
        params=(
            Param(
                "doors",
                "int",
                2,
                1,
                2,
                count_nouns=("doors", "door"),
                words={"single": 1, "double": 2},
                doc="One door, or a fridge door below a freezer door.",
            ),
            Param(
                "style",
                "choice",
                "modern",
                choices=("modern", "retro"),
                words={
                    "retro": "retro",
                    "vintage": "retro",
                    "fifties": "retro",
                    "modern": "modern",
                },
                doc="Square modern edges or a rounded retro body.",
            ),
        ),
        build=refrigerator,
        collider="box",
        description="A tall enamel refrigerator with a freezer door on top and chrome handles.",
    ),
    Recipe(
        name="stove",
        category="household",
        nouns=(
            "stove",
            "oven",
            "cooker",
            "kitchen stove",
            "cooking stove",
            "kitchen range",
            "gas stove",
            "electric stove",
            "wood stove",
            "wood-burning stove",
            "potbelly stove",
            "cookstove",
        ),
        synsets=("stove.n.01", "stove.n.02", "oven.n.01", "cookstove.n.01"),
        size=SizePrior((0.76, 1.1, 0.72), 0.25),
        materials={
            "enamel": ENAMEL,
            "iron": M("iron", "#2d2e30"),
            "chrome": CHROME,
            "glass": DARK_GLASS,
            "fire": M("plastic", "#ff8a2a", emissive="#ff7a1a", emissive_strength=1.6),
        },
        parts=_p(
            ("body", "enamel", ("body", "oven", "door", "drawer", "backguard")),
            (
                "cooktop",
                "iron",
                ("cooktop", "hob", "burners", "burner", "grates", "knobs", "flue", "chimney"),
            ),
            ("window", "glass", ("window", "glass")),
            ("handle", "chrome", ("handle", "rail")),
            ("window_fire", "fire", ("fire", "flames")),
            ("stove_body", "iron", ("body", "belly", "firebox", "flue", "chimney", "legs")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "modern",
                choices=("modern", "wood"),
                words={
                    "wood": "wood",
                    "wood-burning": "wood",
                    "potbelly": "wood",
                    "pot-bellied": "wood",
                    "iron": "wood",
                    "cast-iron": "wood",
                    "gas": "modern",
                    "electric": "modern",
                    "modern": "modern",
                },
                doc="A kitchen range with four burners and an oven, or a pot-bellied wood stove.",
            ),
        ),
        build=stove,
        collider="box",
        description="A kitchen range: four burners on a cooktop, knobs, and an oven door with a window.",
    ),
    Recipe(
        name="microwave",
        category="household",
        nouns=("microwave", "microwave oven", "toaster oven"),
        synsets=("microwave.n.02", "toaster_oven.n.01"),
        size=SizePrior((0.5, 0.3, 0.4), 0.25),
        materials={
            "steel": M("painted_metal", "#d5d7d9"),
            "plastic": BLACK_PLASTIC,
            "glass": DARK_GLASS,
            "display": M("plastic", "#3a7a3a", emissive="#6aff6a", emissive_strength=1.4),
        },
        parts=_p(
            ("body", "steel", ("body", "case", "casing", "handle")),
            ("panel", "plastic", ("panel", "door", "controls", "feet")),
            ("window", "glass", ("window", "glass")),
            ("display", "display", ("display", "clock", "screen")),
        ),
        build=microwave,
        collider="box",
        description="A microwave oven: a door with a dark window, a keypad and a glowing display.",
    ),
    Recipe(
        name="washing_machine",
        category="household",
        nouns=(
            "washing machine",
            "washer",
            "clothes washer",
            "tumble dryer",
            "dryer",
            "laundry machine",
        ),
        synsets=("washer.n.03", "clothes_dryer.n.01"),
        size=SizePrior((0.6, 0.85, 0.66), 0.25),
        materials={
            "enamel": ENAMEL,
            "chrome": CHROME,
            "plastic": M("plastic", "#b9bcc0"),
            "glass": M("crystal", "#3a4a58"),
        },
        parts=_p(
            ("body", "enamel", ("body", "case", "panel")),
            ("door_ring", "chrome", ("door", "ring", "porthole")),
            ("door_glass", "glass", ("glass", "window")),
            ("knob", "plastic", ("knob", "dial", "drawer")),
        ),
        build=washing_machine,
        collider="box",
        description="A front-loading washing machine with a round porthole door and a dial.",
    ),
    Recipe(
        name="television",
        category="household",
        nouns=(
            "television",
            "tv",
            "tv set",
            "television set",
            "telly",
            "flat screen",
            "flatscreen",
            "flat-screen tv",
            "monitor",
            "computer monitor",
            "screen",
            "display",
            "crt tv",
        ),
        synsets=("television_receiver.n.01", "monitor.n.04", "crt_screen.n.01"),
        size=SizePrior((1.12, 0.73, 0.22), 0.25),
        materials={
            "plastic": BLACK_PLASTIC,
            "trim": M("plastic", "#2b2d31"),
            "screen": DARK_GLASS,
            "lit_screen": LIT_SCREEN,
            "chrome": CHROME,
        },
        parts=_p(
            ("body", "plastic", ("body", "bezel", "frame", "case", "cabinet")),
            ("stand", "trim", ("stand", "base", "foot", "neck")),
            ("bezel", "trim", ("bezel", "knobs")),
            *_SCREEN_PARTS,
            ("antenna", "chrome", ("antenna", "aerial", "rabbit ears")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "flat",
                choices=("flat", "crt"),
                words={
                    "flat": "flat",
                    "flatscreen": "flat",
                    "modern": "flat",
                    "lcd": "flat",
                    "crt": "crt",
                    "retro": "crt",
                    "vintage": "crt",
                    "tube": "crt",
                    "boxy": "crt",
                },
                doc="A flat screen on a stand, or a boxy CRT set with rabbit-ear antennas.",
            ),
            Param("on", "bool", False, words=ON_WORDS, doc="The screen glows."),
        ),
        build=television,
        collider="box",
        description="A flat-screen television on a stand (or a boxy CRT set).",
    ),
    Recipe(
        name="laptop",
        category="household",
        nouns=("laptop", "notebook computer", "laptop computer", "notebook", "netbook", "macbook"),
        synsets=("laptop.n.01", "notebook.n.02"),
        size=SizePrior((0.34, 0.23, 0.31), 0.25),
        materials={
            "aluminium": M("metal_panels", "#b4b8bd"),
            "plastic": BLACK_PLASTIC,
            "screen": DARK_GLASS,
            "lit_screen": LIT_SCREEN,
        },
        parts=_p(
            ("base", "aluminium", ("base", "body", "case", "lid", "shell")),
            ("keys", "plastic", ("keys", "keyboard", "trackpad", "touchpad")),
            *_SCREEN_PARTS,
        ),
        params=(
            Param(
                "open",
                "bool",
                True,
                words={
                    "open": True,
                    "opened": True,
                    "closed": False,
                    "shut": False,
                    "folded": False,
                },
                doc="The lid open (screen up) or closed.",
            ),
            Param("on", "bool", True, words=ON_WORDS, doc="The screen glows."),
        ),
        build=laptop,
        collider="box",
        description="An open laptop: a thin aluminium base with a keyboard and a glowing screen.",
    ),
    Recipe(
        name="smartphone",
        category="household",
        nouns=(
            "smartphone",
            "phone",
            "mobile phone",
            "cell phone",
            "cellphone",
            "mobile",
            "iphone",
            "smart phone",
        ),
        synsets=("cellular_telephone.n.01",),
        size=SizePrior((0.075, 0.009, 0.155), 0.3),
        materials={
            "casing": M("plastic", "#26292e"),
            "screen": DARK_GLASS,
            "lit_screen": LIT_SCREEN,
            "trim": M("iron", "#8b9096"),
        },
        parts=_p(
            ("body", "casing", ("body", "case", "back", "casing")),
            *_SCREEN_PARTS,
            ("casing_trim", "trim", ("camera", "lens")),
        ),
        params=(Param("on", "bool", True, words=ON_WORDS, doc="The screen glows."),),
        build=smartphone,
        long_axis="z",
        collider="box",
        description="A smartphone lying face up: a thin slab with a glowing glass screen.",
    ),
    Recipe(
        name="telephone",
        category="household",
        nouns=(
            "telephone",
            "rotary phone",
            "landline",
            "landline phone",
            "desk phone",
            "telephone set",
            "old phone",
            "rotary telephone",
            "dial phone",
            "handset",
        ),
        synsets=("telephone.n.01", "dial_telephone.n.01"),
        size=SizePrior((0.22, 0.19, 0.23), 0.25),
        materials={
            "bakelite": M("plastic", "#1b1b1c"),
            "chrome": CHROME,
            "paper": M("paper", "#ece4cf"),
            "rubber": M("plastic", "#141414"),
        },
        parts=_p(
            ("base", "bakelite", ("base", "body", "cradle")),
            ("handset", "bakelite", ("handset", "receiver")),
            ("dial", "chrome", ("dial", "rotary dial")),
            ("finger_plate", "paper", ("label", "centre")),
            ("cord", "rubber", ("cord", "cable", "wire")),
        ),
        build=telephone,
        collider="box",
        description="A rotary desk telephone: a sloped base with a dial and a handset on its cradle.",
    ),
    Recipe(
        name="clock",
        category="household",
        nouns=("clock", "wall clock", "alarm clock", "kitchen clock", "station clock", "timepiece"),
        synsets=("clock.n.01", "wall_clock.n.01", "alarm_clock.n.01", "timepiece.n.01"),
        size=SizePrior((0.35, 0.35, 0.035), 0.25),
        materials={
            "wood": M("wood_planks", "#5a3a22"),
            "dial": M("ceramic", "#f1ede2"),
            "iron": M("iron", "#1f1f22"),
            "brass": M("brass", "#c9a24e"),
        },
        parts=_p(
            ("case", "wood", ("case", "frame", "rim")),
            ("shell", "brass", ("case", "body", "bells", "legs")),
            ("face", "dial", ("face", "dial")),
            ("hands", "iron", ("hands", "hand", "numbers", "ticks", "pin")),
            ("minute_hand", "iron", ("hands",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "wall",
                choices=("wall", "alarm"),
                words={"wall": "wall", "alarm": "alarm", "bedside": "alarm", "twin-bell": "alarm"},
                doc="A round wall clock, or a small twin-bell alarm clock.",
            ),
        ),
        build=clock,
        collider="box",
        description="A round wall clock: a wooden rim, a white dial with ticks and two hands.",
    ),
    Recipe(
        name="grandfather_clock",
        category="household",
        nouns=(
            "grandfather clock",
            "longcase clock",
            "long-case clock",
            "tall clock",
            "pendulum clock",
            "floor clock",
            "grandmother clock",
        ),
        synsets=("grandfather_clock.n.01", "pendulum_clock.n.01"),
        size=SizePrior((0.54, 2.05, 0.34), 0.25),
        materials={
            "wood": M("wood_planks", "#5a3420"),
            "dial": M("ceramic", "#efe7d2"),
            "iron": M("iron", "#1f1f22"),
            "brass": M("brass", "#caa14a"),
            "glass": M("crystal", "#c9dfe6"),
        },
        parts=_p(
            ("case", "wood", ("case", "cabinet", "hood", "body", "waist", "crest")),
            ("face", "dial", ("face", "dial")),
            ("hands", "iron", ("hands", "ticks", "numbers")),
            ("minute_hand", "iron", ("hands",)),
            ("pendulum", "brass", ("pendulum", "bob", "weights")),
            ("bezel", "brass", ("bezel", "rim")),
            ("window", "glass", ("window", "glass", "door")),
        ),
        build=grandfather_clock,
        collider="box",
        description="A longcase clock: a tall wooden case with a dial in the hood and a brass pendulum "
        "behind a glass door.",
    ),
    Recipe(
        name="picture_frame",
        category="household",
        nouns=(
            "picture frame",
            "painting",
            "picture",
            "portrait",
            "framed picture",
            "framed painting",
            "canvas",
            "photo frame",
            "photograph",
            "artwork",
            "landscape painting",
            "frame",
        ),
        synsets=("picture_frame.n.01", "painting.n.01", "portrait.n.02", "picture.n.01"),
        size=SizePrior((0.6, 0.46, 0.04), 0.25),
        materials={
            "frame": M("brass", "#b8903e"),
            "canvas": M("fabric", "#7f9fbe"),
            "paint": M("fabric", "#5c7a3e"),
        },
        parts=_p(
            ("frame", "frame", ("frame", "border", "moulding")),
            ("canvas", "canvas", ("canvas", "picture", "sky")),
            ("paint", "paint", ("paint", "painting", "landscape", "hills")),
        ),
        params=(
            Param(
                "orientation",
                "choice",
                "landscape",
                choices=("landscape", "portrait"),
                words={
                    "landscape": "landscape",
                    "wide": "landscape",
                    "portrait": "portrait",
                    "tall": "portrait",
                    "upright": "portrait",
                },
                doc="Wider than tall, or taller than wide.",
            ),
            Param(
                "shape",
                "choice",
                "rectangle",
                choices=("rectangle", "oval"),
                words={
                    "oval": "oval",
                    "round": "oval",
                    "square": "rectangle",
                    "rectangular": "rectangle",
                },
                doc="A rectangular or an oval frame.",
            ),
        ),
        build=picture_frame,
        collider="box",
        description="A framed painting for a wall: a gilded moulded frame round a painted landscape.",
    ),
    Recipe(
        name="potted_plant",
        category="household",
        nouns=(
            "potted plant",
            "pot plant",
            "houseplant",
            "house plant",
            "plant pot",
            "flowerpot",
            "flower pot",
            "planter",
            "indoor plant",
            "plant",
            "pot of flowers",
        ),
        synsets=("pot_plant.n.01", "houseplant.n.01", "pot.n.04"),
        size=SizePrior((0.6, 0.68, 0.6), 0.3),
        materials={
            "terracotta": M("ceramic", "#b5643c"),
            "soil": M("soil", "#4a3626"),
            "leaf": M("foliage", "#3f7a30"),
        },
        parts=_p(
            ("pot", "terracotta", ("pot", "planter", "flowerpot")),
            ("soil", "soil", ("soil", "earth", "dirt")),
            ("leaves", "leaf", ("leaves", "leaf", "plant", "foliage")),
        ),
        params=(
            Param(
                "plant",
                "bool",
                True,
                words={"empty": False},
                doc="A plant in the pot (or an empty pot).",
            ),
            Param("leaves", "int", 7, 4, 12, count_nouns=("leaves", "leaf"), doc="Outer leaves."),
        ),
        build=potted_plant,
        round=True,
        collider="box",
        description="A houseplant: a terracotta pot of soil with a rosette of broad leaves.",
    ),
    Recipe(
        name="floor_lamp",
        category="lights",
        nouns=(
            "floor lamp",
            "standing lamp",
            "standard lamp",
            "torchiere",
            "lamp stand",
            "tall lamp",
        ),
        synsets=("floor_lamp.n.01",),
        size=SizePrior((0.46, 1.62, 0.46), 0.25),
        materials={
            "iron": M("iron", "#2a2b2d"),
            "brass": M("brass"),
            "shade": M("fabric", "#e7dcc0"),
            "lit_shade": M("fabric", "#efe2c2", emissive="#ffd890", emissive_strength=1.1),
        },
        parts=_p(
            ("base", "iron", ("base", "foot")),
            ("pole", "brass", ("pole", "stem", "stand", "socket")),
            ("shade", "shade", ("shade", "lampshade")),
            ("lit_shade", "lit_shade", ("shade", "lampshade")),
        ),
        params=(
            Param(
                "lit",
                "bool",
                True,
                words={
                    "lit": True,
                    "glowing": True,
                    "on": True,
                    "unlit": False,
                    "off": False,
                    "dark": False,
                },
                doc="The shade glows.",
            ),
        ),
        build=floor_lamp,
        round=True,
        collider="capsule",
        description="A standing floor lamp: a heavy round base, a tall brass pole and a fabric shade.",
    ),
    Recipe(
        name="suitcase",
        category="household",
        nouns=(
            "suitcase",
            "luggage",
            "valise",
            "travel case",
            "trolley case",
            "carry-on",
            "baggage",
            "travelling bag",
            "portmanteau",
            "briefcase",
        ),
        synsets=("bag.n.06", "luggage.n.01", "valise.n.01", "briefcase.n.01", "portmanteau.n.02"),
        size=SizePrior((0.6, 0.47, 0.21), 0.25),
        materials={
            "leather": M("leather", "#7a4a2a"),
            "strap": M("leather", "#3d2616"),
            "brass": M("brass"),
            "shell": M("plastic", "#2f4f6f"),
            "rubber": BLACK_PLASTIC,
            "steel": CHROME,
        },
        parts=_p(
            ("body", "leather", ("body", "case", "shell")),
            ("straps", "strap", ("straps", "strap", "belts")),
            ("fittings", "brass", ("corners", "latches", "clasps", "fittings")),
            ("handle", "strap", ("handle",)),
            ("shell", "shell", ("body", "case", "shell", "ribs")),
            ("wheels", "rubber", ("wheels", "castors")),
            ("grip", "rubber", ("handle", "grip")),
            ("rods", "steel", ("rods", "telescopic handle")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "vintage",
                choices=("vintage", "modern"),
                words={
                    "vintage": "vintage",
                    "retro": "vintage",
                    "leather": "vintage",
                    "modern": "modern",
                    "rolling": "modern",
                    "wheeled": "modern",
                    "trolley": "modern",
                    "hard-shell": "modern",
                    "hardshell": "modern",
                },
                doc="A leather case with straps and brass corners, or a hard-shell wheeled case.",
            ),
        ),
        build=suitcase,
        long_axis="x",
        collider="box",
        description="A vintage leather suitcase with two straps, brass corners and a top handle.",
    ),
    Recipe(
        name="umbrella",
        category="household",
        nouns=(
            "umbrella",
            "parasol",
            "brolly",
            "beach umbrella",
            "patio umbrella",
            "sunshade",
            "sun umbrella",
        ),
        synsets=("umbrella.n.01", "parasol.n.01"),
        size=SizePrior((1.0, 0.88, 1.0), 0.25),
        materials={
            "canopy": M("fabric", "#8a1f2b"),
            "steel": M("iron", "#3d3f43"),
            "plastic": M("plastic", "#2a1e18"),
        },
        parts=_p(
            ("canopy", "canopy", ("canopy", "cover", "fabric", "cloth")),
            ("shaft", "steel", ("shaft", "ribs", "pole", "tip")),
            ("handle", "plastic", ("handle", "grip", "base")),
        ),
        params=(
            Param(
                "open",
                "bool",
                True,
                words={
                    "open": True,
                    "opened": True,
                    "closed": False,
                    "folded": False,
                    "furled": False,
                },
                doc="The canopy open or furled.",
            ),
            Param(
                "style",
                "choice",
                "hand",
                choices=("hand", "beach"),
                words={
                    "beach": "beach",
                    "patio": "beach",
                    "garden": "beach",
                    "cafe": "beach",
                    "market": "beach",
                },
                doc="A hand umbrella with a crook, or a big beach/patio umbrella on a base.",
            ),
        ),
        build=umbrella,
        round=True,
        collider="box",
        description="An open umbrella: an eight-panel fabric canopy on ribs, a shaft and a crook handle.",
    ),
]
