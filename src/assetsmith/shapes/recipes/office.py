"""Desk and office things, electronics and instruments: computer keyboard, computer mouse, printer,
loudspeaker, headphones, microphone, calculator, pencil, pen, stapler, radio, camera, binoculars,
compass and typewriter.

Everything faces +Z (keys towards the user, lenses and grilles forward) and stands on its bottom
centre; things that lie on a desk (pencil, pen) lie along X."""

from __future__ import annotations

import math

from ..dsl import (
    box,
    cone,
    cylinder,
    extrude,
    lathe,
    loft,
    part,
    program,
    section,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole

BLACK = M("plastic", "#1e1f22")
GREY = M("plastic", "#3a3c40")
WHITE = M("plastic", "#e6e7e4")
STEEL = M("iron", "#b9bdc2")
GLASS = M("crystal", "#9fc3d6")
DARK_GLASS = M("plastic", "#161b22")


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
# Computer things


def keyboard(p) -> dict:
    cols, pitch = 14, 0.019
    w = cols * pitch + 0.03 + (0.085 if p.numpad else 0.0)
    d = 0.14
    kx = -w / 2 + 0.015 + cols * pitch / 2
    parts = [
        part("base", "case", box([w, 0.022, d], bevel=0.006)).taper([1.0, 0.7], axis="z").uv("box"),
        part("keys", "keys", box([0.0165, 0.008, 0.0165], bevel=0.0015))
        .array(cols, [pitch, 0, 0], center=True)
        .array(4, [0, 0, pitch], center=True)
        .at(kx, 0.017, -0.012),
        part("space_row", "keys", box([0.0165, 0.008, 0.0165], bevel=0.0015), part="keys")
        .array(3, [pitch, 0, 0], center=True)
        .moved(-0.095, 0, 0)
        .mirror("x")
        .at(kx, 0.016, 0.03 + 0.0),
        part("spacebar", "keys", box([0.11, 0.008, 0.0165], bevel=0.0015), part="keys").at(
            kx, 0.016, 0.03
        ),
    ]
    if p.numpad:
        parts.append(
            part("numpad", "keys", box([0.0165, 0.008, 0.0165], bevel=0.0015), part="keys")
            .array(4, [pitch, 0, 0], center=True)
            .array(5, [0, 0, pitch], center=True)
            .at(w / 2 - 0.05, 0.016, -0.003)
        )
    if p.wired:
        parts.append(
            part(
                "cable",
                "cable",
                sweep(
                    [
                        [0, 0.01, -d / 2 + 0.005],
                        [0.0, 0.006, -d / 2 - 0.04],
                        [0.04, 0.003, -d / 2 - 0.08],
                        [0.05, 0.003, -d / 2 - 0.12],
                    ],
                    0.0025,
                    curve="smooth",
                ),
            )
        )
    return program(*parts, collider="box")


def computer_mouse(p) -> dict:
    body = loft(
        section(-0.06, "ellipse", size=[0.05, 0.018], offset=[0, 0.009]),
        section(-0.035, "ellipse", size=[0.062, 0.034], offset=[0, 0.017]),
        section(0.0, "ellipse", size=[0.064, 0.04], offset=[0, 0.02]),
        section(0.035, "ellipse", size=[0.058, 0.03], offset=[0, 0.015]),
        section(0.058, "ellipse", size=[0.04, 0.014], offset=[0, 0.007]),
        axis="z",
        smooth=True,
    )
    parts = [
        part("body", "shell", body).scale([1.0, 1.0, 1.0]).uv("box"),
        part("split", "trim", box([0.0025, 0.006, 0.05]), part="trim")
        .rotate(x=-9)
        .at(0, 0.028, 0.012),
        part("wheel", "trim", cylinder(0.008, 0.007, bevel=0.002), part="trim")
        .rotate(z=90)
        .at(0.0035, 0.029, 0.022),
        part("feet", "trim", box([0.04, 0.002, 0.09], bevel=0.0008), part="trim"),
    ]
    if p.wired:
        parts.append(
            part(
                "cable",
                "cable",
                sweep(
                    [
                        [0, 0.006, 0.055],
                        [0, 0.004, 0.09],
                        [0.02, 0.003, 0.12],
                        [0.025, 0.003, 0.15],
                    ],
                    0.0022,
                    curve="smooth",
                ),
            )
        )
    return program(*parts, collider="box")


def printer(p) -> dict:
    w, h, d = 0.42, 0.19, 0.34
    parts = [
        part("body", "case", box([w, h, d], bevel=0.02)).uv("box"),
        part("lid", "case", box([w - 0.02, 0.02, d - 0.08], bevel=0.008), part="body").at(
            0, h - 0.006, -0.03
        ),
        part("paper_tray", "trim", box([0.24, 0.006, 0.15], bevel=0.002))
        .rotate(x=-60)
        .at(0, h - 0.02, -d / 2 + 0.01),
        part("paper", "paper", box([0.21, 0.004, 0.13]))
        .rotate(x=-60)
        .at(0, h - 0.01, -d / 2 + 0.018),
        part("output_tray", "trim", box([0.26, 0.008, 0.1], bevel=0.003)).at(0, 0.05, d / 2 - 0.01),
        part("slot", "slot", box([0.28, 0.012, 0.01])).at(0, 0.075, d / 2 - 0.004),
        part("panel", "trim", box([0.1, 0.04, 0.012], bevel=0.004))
        .rotate(x=-30)
        .at(w / 2 - 0.07, h - 0.05, d / 2 - 0.008),
        part("display", "display", box([0.04, 0.02, 0.004]))
        .rotate(x=-30)
        .at(w / 2 - 0.08, h - 0.04, d / 2 + 0.0),
        part("buttons", "trim", cylinder(0.005, 0.004), part="trim")
        .rotate(x=60)
        .array(2, [0.014, 0, 0])
        .at(w / 2 - 0.05, h - 0.035, d / 2 + 0.0),
    ]
    return program(*parts, collider="box")


def loudspeaker(p) -> dict:
    tower = p.style == "tower"
    w, h, d = (0.24, 0.95, 0.3) if tower else (0.2, 0.34, 0.24)
    parts = [
        part("cabinet", "cabinet", box([w, h, d], bevel=0.01)).uv("box"),
        part("baffle", "baffle", box([w - 0.012, h - 0.012, 0.01], bevel=0.004)).at(
            0, 0.006, d / 2 - 0.004
        ),
    ]
    woofers = 2 if tower else 1
    r = 0.07
    for k in range(woofers):
        y = 0.12 + r + k * 0.2
        parts += [
            part(
                f"woofer_{k}",
                "cone",
                lathe(
                    [[r, 0.0], [r - 0.012, 0.002], [0.025, -0.028], [0.02, -0.026], [0.0, -0.024]]
                ),
                part="drivers",
            )
            .rotate(x=90)
            .at(0, y, d / 2 + 0.008),
            part(f"surround_{k}", "rubber", torus(r, 0.007), part="surrounds")
            .rotate(x=90)
            .at(0, y, d / 2 + 0.002),
            part(f"cap_{k}", "rubber", sphere(0.022, portion=0.4), part="surrounds")
            .rotate(x=90)
            .at(0, y, d / 2 - 0.02),
        ]
    ty = h - 0.07
    parts += [
        part("tweeter", "trim", sphere(0.016, portion=0.5), part="trim")
        .rotate(x=90)
        .at(0, ty, d / 2 + 0.004),
        part("tweeter_ring", "trim", torus(0.024, 0.005), part="trim")
        .rotate(x=90)
        .at(0, ty, d / 2 + 0.004),
        part("port", "slot", cylinder(0.018, 0.004))
        .rotate(x=90)
        .at(0, 0.05 if tower else 0.04, d / 2 + 0.001),
    ]
    if tower:
        parts.append(
            part(
                "plinth", "rubber", box([w + 0.04, 0.02, d + 0.04], bevel=0.005), part="surrounds"
            ).at(0, -0.0, 0)
        )
    return program(*parts, collider="box")


def headphones(p) -> dict:
    R, cy = 0.085, 0.05
    arc = [
        [R * math.cos(math.radians(a)), cy + 0.02 + R * 1.35 * math.sin(math.radians(a)), 0.0]
        for a in range(-10, 191, 20)
    ]
    cup_r = 0.045
    parts = [
        part("headband", "band", sweep(arc, 0.009, curve="smooth"))
        .scale([1.0, 1.0, 2.2])
        .uv("cylindrical"),
        part("padding", "cushion", sweep(arc[3:-3], 0.01, curve="smooth"), part="cushions")
        .scale([0.93, 0.96, 1.8])
        .at(0, 0.004, 0),
        part("cups", "shell", cylinder(cup_r, 0.03, bevel=0.008))
        .turned(z=-90)
        .moved(R + 0.012, 0, 0)
        .mirror("x")
        .at(0, cy, 0)
        .uv("cylindrical"),
        part("cushions", "cushion", torus(cup_r - 0.012, 0.012))
        .turned(z=-90)
        .moved(R - 0.01, 0, 0)
        .mirror("x")
        .at(0, cy, 0),
        part("yokes", "metal", torus(cup_r + 0.006, 0.0035, arc=160), part="metal")
        .turned(x=-90)
        .turned(y=90)
        .moved(R + 0.027, 0, 0)
        .mirror("x")
        .at(0, cy, 0),
    ]
    return program(*parts, collider="box")


def microphone(p) -> dict:
    parts = []
    if p.style == "stand":
        top = 1.45
        parts += [
            part("base", "stand", cylinder(0.14, 0.025, bevel=0.008)),
            part("pole", "stand", cylinder(0.011, top - 0.02)).at(0, 0.02, 0),
            part("clutch", "stand", cylinder(0.016, 0.04, bevel=0.004), part="pole").at(0, 0.85, 0),
            part("clip", "stand", box([0.03, 0.04, 0.03], bevel=0.006), part="pole").at(
                0, top - 0.01, 0
            ),
        ]
        y, tilt = top + 0.02, 35
    else:
        parts += [
            part("base", "stand", cylinder(0.06, 0.018, bevel=0.006)),
            part("pole", "stand", cylinder(0.008, 0.14)).at(0, 0.015, 0),
            part("clip", "stand", box([0.026, 0.03, 0.026], bevel=0.005), part="pole").at(
                0, 0.15, 0
            ),
        ]
        y, tilt = 0.17, 40
    handle = [[0.0, 0.0], [0.012, 0.0], [0.014, 0.04], [0.019, 0.15], [0.021, 0.16], [0.0, 0.16]]
    ca, sa = math.cos(math.radians(tilt)), math.sin(math.radians(tilt))
    parts += [
        part("handle", "body", lathe(handle, smooth=False))
        .rotate(x=tilt)
        .at(0, y - 0.05 * ca, -0.05 * sa)
        .uv("cylindrical"),
        part("grille", "grille", sphere(0.032)).at(
            0, y - 0.05 * ca + 0.16 * ca - 0.028, -0.05 * sa + 0.16 * sa
        ),
    ]
    return program(*parts, collider="box")


def calculator(p) -> dict:
    w, t, d = 0.08, 0.012, 0.15
    parts = [
        part("body", "case", box([w, t, d], bevel=0.004)).uv("box"),
        part("display", "display", box([w - 0.016, 0.002, 0.03], bevel=0.001)).at(
            0, t - 0.0005, -d / 2 + 0.03
        ),
        part("solar", "slot", box([0.03, 0.0015, 0.008])).at(0.012, t - 0.0005, -d / 2 + 0.008),
        part("buttons", "buttons", box([0.013, 0.004, 0.011], bevel=0.0015))
        .array(4, [0.017, 0, 0], center=True)
        .array(5, [0, 0, 0.017], center=True)
        .at(0, t - 0.001, 0.022),
        part("equals", "accent", box([0.013, 0.0042, 0.011], bevel=0.0015)).at(
            0.0255, t - 0.001, 0.022 + 0.034
        ),
    ]
    return program(*parts, collider="box")


def pencil(p) -> dict:
    r, L = 0.0037, 0.175
    parts = [
        part("pencil", "paint", cylinder(r, L, sides=6))
        .rotate(y=30)
        .rotate(z=-90)
        .at(-L / 2, r, 0)
        .uv("cylindrical"),
        part("tip", "wood", cone(r * 0.866, 0.018, radius_top=0.0012))
        .rotate(z=-90)
        .at(L / 2, r, 0),
        part("lead", "lead", cone(0.0012, 0.004)).rotate(z=-90).at(L / 2 + 0.018, r, 0),
        part("ferrule", "metal", cylinder(r * 1.02, 0.012)).rotate(z=90).at(-L / 2, r, 0),
        part("eraser", "eraser", cylinder(r * 0.95, 0.009, bevel=0.0015))
        .rotate(z=90)
        .at(-L / 2 - 0.012, r, 0),
    ]
    return program(*parts, collider="box")


def pen(p) -> dict:
    fountain = p.style == "fountain"
    r = 0.0065 if fountain else 0.005
    L = 0.1 if fountain else 0.105
    parts = [
        part("barrel", "barrel", cylinder(r, L, bevel=0.001))
        .rotate(z=-90)
        .at(-L / 2 - 0.015, r, 0)
        .uv("cylindrical"),
        part("cap", "barrel", cylinder(r * 1.12, 0.055, bevel=0.0015), part="barrel")
        .rotate(z=90)
        .at(-L / 2 - 0.015, r, 0),
        part("clip", "metal", box([0.045, 0.0015, 0.0025], bevel=0.0005)).at(
            -L / 2 - 0.04, 2 * r * 1.12 - 0.0003, 0
        ),
        part("band", "metal", cylinder(r * 1.14, 0.004))
        .rotate(z=90)
        .at(-L / 2 - 0.013, r - 0.00014, 0),
    ]
    tip_x = L / 2 - 0.015
    if fountain:
        parts.append(
            part("nib", "metal", cone(r * 0.8, 0.024, radius_top=0.0005))
            .scale([1.0, 1.0, 0.45])
            .rotate(z=-90)
            .at(tip_x, r, 0)
        )
    else:
        parts.append(
            part("nib", "metal", cone(r * 0.85, 0.016, radius_top=0.0006))
            .rotate(z=-90)
            .at(tip_x, r, 0)
        )
    return program(*parts, collider="box")


def stapler(p) -> dict:
    L = 0.16
    parts = [
        part("base", "metal", box([L, 0.01, 0.042], bevel=0.004)).uv("box"),
        part("hinge", "metal", cylinder(0.012, 0.03, bevel=0.002), part="base")
        .rotate(x=90)
        .at(-L / 2 + 0.014, 0.008, -0.015),
        part("magazine", "metal", box([L - 0.03, 0.018, 0.026], bevel=0.003), part="base")
        .rotate(z=3)
        .at(0.0, 0.016, 0),
        part("arm", "body", box([L - 0.005, 0.022, 0.04], bevel=0.009))
        .rotate(z=4)
        .at(0.0, 0.032, 0),
        part("foot", "rubber", box([L - 0.02, 0.003, 0.036], bevel=0.001)),
    ]
    return program(*parts, collider="box")


def radio(p) -> dict:
    w, h, d = 0.32, 0.2, 0.14
    outline = [
        [-w / 2, 0.0],
        [w / 2, 0.0],
        [w / 2, h - 0.06],
        [w / 2 - 0.04, h - 0.01],
        [0.0, h],
        [-w / 2 + 0.04, h - 0.01],
        [-w / 2, h - 0.06],
    ]
    parts = [
        part("body", "wood", extrude(outline, d, smooth=False, bevel=0.012)).uv("box"),
        part("grille", "grille", box([0.15, 0.12, 0.006], bevel=0.0025)).at(
            -0.065, 0.03, d / 2 - 0.001
        ),
        part("grille_bars", "trim", box([0.15, 0.006, 0.008]), part="trim")
        .array(6, [0, 0.02, 0])
        .at(-0.065, 0.035, d / 2 + 0.0),
        part("dial", "dial", cylinder(0.045, 0.006)).rotate(x=90).at(0.085, 0.09, d / 2 - 0.001),
        part("dial_ring", "trim", torus(0.047, 0.005), part="trim")
        .rotate(x=90)
        .at(0.085, 0.09, d / 2 + 0.0),
        part("needle", "trim", box([0.003, 0.04, 0.002]), part="trim")
        .rotate(z=25)
        .at(0.085, 0.09, d / 2 + 0.006),
        part("knobs", "knobs", cylinder(0.014, 0.018, bevel=0.004))
        .rotate(x=90)
        .array(2, [0.05, 0, 0], center=True)
        .at(0.085, 0.02, d / 2),
        part("handle", "trim", torus(0.07, 0.008, arc=180), part="trim")
        .rotate(x=-90)
        .at(0, h - 0.012, 0),
    ]
    if p.antenna:
        parts.append(
            part("antenna", "metal", cylinder(0.003, 0.32))
            .rotate(z=-30)
            .at(w / 2 - 0.03, h - 0.07, -d / 2 + 0.015)
        )
    return program(*parts, collider="box")


def camera(p) -> dict:
    w, h, d = 0.13, 0.085, 0.06
    prism = [[-0.035, 0.0], [0.035, 0.0], [0.022, 0.028], [-0.022, 0.028]]
    parts = [
        part("body", "body", box([w, h, d], bevel=0.008)).uv("box"),
        part("grip", "rubber", box([0.032, h - 0.006, d + 0.018], bevel=0.012)).at(
            w / 2 - 0.02, 0.003, 0.008
        ),
        part("prism", "body", extrude(prism, d - 0.01, bevel=0.004), part="body").at(
            0, h - 0.004, -0.002
        ),
        part("lens", "lens_barrel", cylinder(0.034, 0.065, bevel=0.004))
        .rotate(x=90)
        .at(-0.006, h / 2 - 0.034 + 0.034, d / 2 - 0.004),
        part("focus_ring", "rubber", cylinder(0.0355, 0.025), part="grip")
        .rotate(x=90)
        .at(-0.006, h / 2, d / 2 + 0.02),
        part("glass", "glass", sphere(0.027, portion=0.2))
        .rotate(x=90)
        .at(-0.006, h / 2, d / 2 + 0.059),
        part("shutter", "trim", cylinder(0.006, 0.006, bevel=0.0015), part="trim").at(
            w / 2 - 0.02, h, 0.015
        ),
        part("dial", "trim", cylinder(0.011, 0.008, bevel=0.002), part="trim").at(
            -w / 2 + 0.022, h, 0.0
        ),
    ]
    return program(*parts, collider="box")


def binoculars(p) -> dict:
    r, L, sep = 0.026, 0.11, 0.066
    parts = [
        part("barrels", "body", cylinder(r, L, bevel=0.004))
        .turned(x=90)
        .moved(sep / 2, r, -L / 2)
        .mirror("x")
        .uv("cylindrical"),
        part("eyepieces", "rubber", cylinder(0.017, 0.03, bevel=0.004))
        .turned(x=90)
        .moved(sep / 2 - 0.004, r, -L / 2 - 0.028)
        .mirror("x"),
        part("rims", "rubber", cylinder(r + 0.002, 0.02, bevel=0.003), part="eyepieces")
        .turned(x=90)
        .moved(sep / 2, r, L / 2 - 0.01)
        .mirror("x"),
        part("lenses", "glass", cylinder(r - 0.004, 0.002))
        .turned(x=90)
        .moved(sep / 2, r, L / 2 + 0.0085)
        .mirror("x"),
        part("bridge", "metal", box([sep - 0.02, 0.014, 0.05], bevel=0.004)).at(
            0, r + 0.006, -0.02
        ),
        part("focus", "metal", cylinder(0.009, 0.02, bevel=0.002), part="bridge")
        .rotate(z=90)
        .at(0.01, r + 0.022, -0.03),
    ]
    return program(*parts, collider="box")


def compass(p) -> dict:
    R, t = 0.036, 0.013
    needle = [[0.0, 0.028], [0.005, 0.0], [0.0, -0.028], [-0.005, 0.0]]
    parts = [
        part("case", "brass", cylinder(R, t, bevel=0.003)).uv("cylindrical"),
        part("face", "dial", cylinder(R - 0.004, 0.001)).at(0, t - 0.001, 0),
        part("ticks", "ink", box([0.0012, 0.0006, 0.005]), part="ink")
        .moved(0, 0, R - 0.009)
        .radial(16, axis="y")
        .at(0, t, 0),
        part(
            "needle_north",
            "north",
            extrude(needle[:2] + [[0.0, 0.0]] + needle[3:], 0.0012, axis="y"),
        )
        .rotate(y=20)
        .at(0, t + 0.001, 0),
        part(
            "needle",
            "ink",
            extrude([[0.005, 0.0], [0.0, -0.028], [-0.005, 0.0], [0.0, 0.0]], 0.0012, axis="y"),
            part="ink",
        )
        .rotate(y=20)
        .at(0, t + 0.001, 0),
        part("pivot", "brass", cylinder(0.0025, 0.003), part="case").at(0, t + 0.0015, 0),
        part("glass", "glass", cylinder(R - 0.003, 0.001)).at(0, t + 0.0035, 0),
        part("bezel", "brass", torus(R - 0.002, 0.0025), part="case").at(0, t + 0.001, 0),
        part("bow", "brass", torus(0.009, 0.0022), part="case").at(0, t / 2 - 0.0022, -R - 0.012),
        part("stem", "brass", cylinder(0.003, 0.007), part="case")
        .rotate(x=90)
        .at(0, t / 2, -R - 0.004),
    ]
    return program(*parts, collider="box")


def typewriter(p) -> dict:
    w, d = 0.42, 0.34
    side = [
        [-d / 2, 0.0],
        [d / 2, 0.0],
        [d / 2, 0.03],
        [-0.02, 0.11],
        [-d / 2 + 0.06, 0.12],
        [-d / 2, 0.1],
    ]
    parts = [
        part("body", "body", extrude(side, w, axis="x", bevel=0.012)).uv("box"),
        part("keys", "keys", cylinder(0.0085, 0.012, bevel=0.002))
        .array(10, [0.027, 0, 0], center=True)
        .array(4, [0.0, 0.012, -0.026], center=False)
        .at(0, 0.035, d / 2 - 0.045),
        part("spacebar", "metal", box([0.2, 0.008, 0.012], bevel=0.003)).at(0, 0.03, d / 2 - 0.015),
        part("platen", "rubber", cylinder(0.022, w + 0.04, bevel=0.004))
        .rotate(z=90)
        .at((w + 0.04) / 2, 0.1, -d / 2 + 0.05),
        part("knobs", "rubber", cylinder(0.018, 0.022, bevel=0.005), part="platen")
        .turned(z=-90)
        .moved(w / 2 + 0.02, 0, 0)
        .mirror("x")
        .at(0, 0.104 - 0.018, -d / 2 + 0.05),
        part(
            "lever",
            "metal",
            sweep(
                [
                    [-w / 2 - 0.02, 0.14, -d / 2 + 0.05],
                    [-w / 2 - 0.04, 0.16, -d / 2 + 0.09],
                    [-w / 2 - 0.03, 0.17, -d / 2 + 0.14],
                ],
                0.004,
                curve="smooth",
            ),
        ),
        part("paper", "paper", box([0.216, 0.2, 0.002])).rotate(x=-12).at(0, 0.12, -d / 2 + 0.035),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="keyboard",
        category="office",
        nouns=(
            "keyboard",
            "computer keyboard",
            "pc keyboard",
            "gaming keyboard",
            "mechanical keyboard",
            "wireless keyboard",
            "keypad",
        ),
        synsets=("computer_keyboard.n.01",),
        size=SizePrior((0.38, 0.026, 0.26), 0.25),
        materials={"case": GREY, "keys": BLACK, "cable": BLACK},
        parts=_p(
            ("base", "case", ("base", "case", "frame", "body")),
            ("keys", "keys", ("keys", "key", "keycaps", "spacebar", "numpad")),
            ("cable", "cable", ("cable", "cord", "wire")),
        ),
        params=(
            Param(
                "numpad",
                "bool",
                True,
                words={"tenkeyless": False, "compact": False, "numpad": True, "full-size": True},
                doc="A numeric keypad at the right.",
            ),
            Param(
                "wired",
                "bool",
                True,
                words={"wireless": False, "bluetooth": False, "wired": True, "usb": True},
                doc="A cable at the back.",
            ),
        ),
        build=keyboard,
        long_axis="x",
        collider="box",
        description="A computer keyboard: a low sloped case with rows of keys, a space bar and a numpad.",
    ),
    Recipe(
        name="computer_mouse",
        category="office",
        nouns=("computer mouse", "wireless mouse", "gaming mouse", "optical mouse", "pc mouse"),
        synsets=("mouse.n.04",),
        size=SizePrior((0.064, 0.04, 0.21), 0.25),
        materials={"shell": M("plastic", "#2b2d31"), "trim": BLACK, "cable": BLACK},
        parts=_p(
            ("body", "shell", ("body", "shell", "buttons", "mouse")),
            ("trim", "trim", ("wheel", "scroll wheel", "feet")),
            ("cable", "cable", ("cable", "cord", "wire")),
        ),
        params=(
            Param(
                "wired",
                "bool",
                True,
                words={"wireless": False, "bluetooth": False, "wired": True, "usb": True},
                doc="A cable out of its front.",
            ),
        ),
        build=computer_mouse,
        long_axis="z",
        collider="box",
        description="A computer mouse: a smooth palm-sized shell with two buttons, a scroll wheel and a cable.",
    ),
    Recipe(
        name="printer",
        category="office",
        nouns=(
            "printer",
            "computer printer",
            "inkjet printer",
            "laser printer",
            "office printer",
            "copier",
            "photocopier",
            "scanner",
        ),
        synsets=("printer.n.02", "printer.n.03", "photocopier.n.01"),
        size=SizePrior((0.42, 0.24, 0.41), 0.25),
        materials={
            "case": WHITE,
            "trim": M("plastic", "#3b3e44"),
            "paper": M("paper", "#f4f3ee"),
            "slot": BLACK,
            "display": M("plastic", "#3f7fb0", emissive="#7fc0ff", emissive_strength=1.2),
        },
        parts=_p(
            ("body", "case", ("body", "case", "lid", "housing")),
            ("trim", "trim", ("tray", "trays", "panel", "buttons")),
            ("paper_tray", "trim", ("tray", "paper tray")),
            ("output_tray", "trim", ("tray", "output tray")),
            ("panel", "trim", ("panel", "controls")),
            ("paper", "paper", ("paper", "sheet", "sheets")),
            ("slot", "slot", ("slot",)),
            ("display", "display", ("display", "screen")),
        ),
        build=printer,
        collider="box",
        description="An office printer: a white box with paper standing in the back tray and a front output tray.",
    ),
    Recipe(
        name="loudspeaker",
        category="office",
        nouns=(
            "loudspeaker",
            "speaker",
            "speakers",
            "stereo speaker",
            "bookshelf speaker",
            "hi-fi speaker",
            "speaker cabinet",
            "tower speaker",
            "floor speaker",
            "monitor speaker",
            "subwoofer",
            "speaker box",
        ),
        synsets=("loudspeaker.n.01",),
        size=SizePrior((0.2, 0.34, 0.26), 0.25),
        materials={
            "cabinet": M("wood_planks", "#4a3224"),
            "baffle": BLACK,
            "cone": M("plastic", "#55585e"),
            "trim": M("iron", "#8c9096"),
            "rubber": M("plastic", "#232427"),
            "slot": M("plastic", "#0e0e10"),
        },
        parts=_p(
            ("cabinet", "cabinet", ("cabinet", "box", "enclosure", "body", "case")),
            ("baffle", "baffle", ("front", "baffle", "panel")),
            ("drivers", "cone", ("cone", "woofer", "driver")),
            ("trim", "trim", ("tweeter", "rings")),
            ("surrounds", "rubber", ("surround", "dust cap", "plinth")),
            ("port", "slot", ("port",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "bookshelf",
                choices=("bookshelf", "tower"),
                words={
                    "bookshelf": "bookshelf",
                    "small": "bookshelf",
                    "desk": "bookshelf",
                    "tower": "tower",
                    "floor": "tower",
                    "floorstanding": "tower",
                    "tall": "tower",
                },
                doc="A small bookshelf speaker, or a tall floor-standing tower.",
            ),
        ),
        build=loudspeaker,
        collider="box",
        description="A bookshelf loudspeaker: a wooden cabinet with a woofer cone and a dome tweeter.",
    ),
    Recipe(
        name="headphones",
        category="office",
        nouns=(
            "headphones",
            "headphone",
            "headset",
            "earphones",
            "gaming headset",
            "studio headphones",
            "over-ear headphones",
            "earmuffs",
            "ear muffs",
            "cans",
        ),
        synsets=("earphone.n.01", "headset.n.01", "earmuff.n.01"),
        size=SizePrior((0.24, 0.22, 0.09), 0.25),
        materials={
            "band": BLACK,
            "shell": M("plastic", "#2c2e33"),
            "cushion": M("leather", "#1a1a1c"),
            "metal": STEEL,
        },
        parts=_p(
            ("headband", "band", ("headband", "band", "head band")),
            ("cushions", "cushion", ("cushions", "pads", "ear pads", "padding")),
            ("cups", "shell", ("cups", "ear cups", "earcups", "speakers")),
            ("metal", "metal", ("yokes", "hinges", "sliders")),
        ),
        build=headphones,
        collider="box",
        description="Over-ear headphones: a padded headband arching over two cushioned ear cups.",
    ),
    Recipe(
        name="microphone",
        category="office",
        nouns=(
            "microphone",
            "mic",
            "mike",
            "microphone stand",
            "mic stand",
            "studio microphone",
            "desk microphone",
            "vocal microphone",
        ),
        synsets=("microphone.n.01",),
        size=SizePrior((0.28, 1.62, 0.28), 0.25),
        materials={"stand": M("iron", "#26272a"), "body": BLACK, "grille": M("iron", "#9ea3a8")},
        parts=_p(
            ("base", "stand", ("base", "foot")),
            ("pole", "stand", ("pole", "stand", "clip", "clutch")),
            ("clip", "stand", ("clip", "holder")),
            ("handle", "body", ("handle", "body")),
            ("grille", "grille", ("grille", "head", "mesh")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "stand",
                choices=("stand", "desk"),
                words={
                    "stand": "stand",
                    "floor": "stand",
                    "stage": "stand",
                    "singer's": "stand",
                    "desk": "desk",
                    "table": "desk",
                    "podcast": "desk",
                    "studio": "desk",
                },
                doc="On a tall floor stand, or a short desk stand.",
            ),
        ),
        build=microphone,
        round=True,
        collider="box",
        description="A vocal microphone with a mesh grille, in a clip on a tall floor stand with a round base.",
    ),
    Recipe(
        name="calculator",
        category="office",
        nouns=(
            "calculator",
            "pocket calculator",
            "calculating machine",
            "electronic calculator",
            "scientific calculator",
        ),
        synsets=("calculator.n.02", "hand_calculator.n.01"),
        size=SizePrior((0.08, 0.016, 0.15), 0.25),
        materials={
            "case": M("plastic", "#2e3136"),
            "display": M("plastic", "#9fb08a"),
            "slot": M("plastic", "#3a2a20"),
            "buttons": M("plastic", "#d9dad6"),
            "accent": M("plastic", "#d9662a"),
        },
        parts=_p(
            ("body", "case", ("body", "case")),
            ("display", "display", ("display", "screen")),
            ("solar", "slot", ("solar panel", "solar cell")),
            ("buttons", "buttons", ("buttons", "keys", "keypad")),
            ("equals", "accent", ("equals", "equals key")),
        ),
        build=calculator,
        long_axis="z",
        collider="box",
        description="A pocket calculator lying flat: a display at the top and a grid of buttons below.",
    ),
    Recipe(
        name="pencil",
        category="office",
        nouns=(
            "pencil",
            "graphite pencil",
            "lead pencil",
            "colored pencil",
            "coloured pencil",
            "crayon",
            "drawing pencil",
        ),
        synsets=("pencil.n.01", "crayon.n.01"),
        size=SizePrior((0.21, 0.0074, 0.0074), 0.25),
        materials={
            "paint": M("painted_wood", "#e5b52a"),
            "wood": M("wood_planks", "#d9b48a"),
            "lead": M("plastic", "#2a2a2c"),
            "metal": M("iron", "#c2c4c0"),
            "eraser": M("plastic", "#e07f86"),
        },
        parts=_p(
            ("pencil", "paint", ("pencil", "body", "shaft", "barrel")),
            ("tip", "wood", ("tip", "point", "wood")),
            ("lead", "lead", ("lead", "graphite")),
            ("ferrule", "metal", ("ferrule", "band")),
            ("eraser", "eraser", ("eraser", "rubber")),
        ),
        build=pencil,
        long_axis="x",
        collider="box",
        description="A yellow hexagonal pencil lying on its side: a sharpened point and a pink eraser.",
    ),
    Recipe(
        name="pen",
        category="office",
        nouns=(
            "pen",
            "ballpoint pen",
            "ballpoint",
            "biro",
            "ballpen",
            "fountain pen",
            "ink pen",
            "gel pen",
            "rollerball",
        ),
        synsets=("pen.n.01", "ballpoint.n.01", "fountain_pen.n.01"),
        size=SizePrior((0.16, 0.012, 0.012), 0.25),
        materials={"barrel": M("plastic", "#1f3f8a"), "metal": M("iron", "#c9ccd0")},
        parts=_p(
            ("barrel", "barrel", ("barrel", "body", "cap")),
            ("clip", "metal", ("clip",)),
            ("band", "metal", ("band", "ring")),
            ("nib", "metal", ("nib", "tip", "point")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "ballpoint",
                choices=("ballpoint", "fountain"),
                words={
                    "ballpoint": "ballpoint",
                    "biro": "ballpoint",
                    "ballpen": "ballpoint",
                    "gel": "ballpoint",
                    "fountain": "fountain",
                    "ink": "fountain",
                    "calligraphy": "fountain",
                },
                doc="A slim ballpoint, or a fatter fountain pen with a nib.",
            ),
        ),
        build=pen,
        long_axis="x",
        collider="box",
        description="A capped ballpoint pen lying on its side, a steel clip on the cap.",
    ),
    Recipe(
        name="stapler",
        category="office",
        nouns=("stapler", "stapling machine", "desk stapler", "office stapler"),
        synsets=("stapler.n.01",),
        size=SizePrior((0.165, 0.056, 0.042), 0.25),
        materials={"body": M("plastic", "#b02a2a"), "metal": M("iron", "#a9adb2"), "rubber": BLACK},
        parts=_p(
            ("arm", "body", ("arm", "top", "body", "handle")),
            ("base", "metal", ("base", "anvil", "hinge", "magazine")),
            ("foot", "rubber", ("foot", "pad")),
        ),
        build=stapler,
        long_axis="x",
        collider="box",
        description="A desk stapler: a rounded red top arm hinged over a steel base.",
    ),
    Recipe(
        name="radio",
        category="office",
        nouns=(
            "radio",
            "radio set",
            "radio receiver",
            "transistor radio",
            "wireless set",
            "retro radio",
            "vintage radio",
            "boombox",
            "portable radio",
        ),
        synsets=("radio_receiver.n.01",),
        size=SizePrior((0.32, 0.26, 0.14), 0.25),
        materials={
            "wood": M("wood_planks", "#7a4a2a"),
            "grille": M("fabric", "#c8b48a"),
            "trim": M("brass", "#c9a24e"),
            "dial": M("ceramic", "#efe4c4"),
            "knobs": M("plastic", "#2a1e16"),
            "metal": STEEL,
        },
        parts=_p(
            ("body", "wood", ("body", "case", "cabinet")),
            ("grille", "grille", ("grille", "speaker", "cloth")),
            ("trim", "trim", ("handle", "bars", "ring", "needle")),
            ("dial", "dial", ("dial", "tuner", "scale")),
            ("knobs", "knobs", ("knobs", "knob", "buttons")),
            ("antenna", "metal", ("antenna", "aerial")),
        ),
        params=(
            Param(
                "antenna",
                "bool",
                False,
                words={"antenna": True, "aerial": True, "telescopic": True},
                doc="A telescopic antenna.",
            ),
        ),
        build=radio,
        collider="box",
        description="A retro table radio: a rounded wooden case with a cloth speaker grille, a tuning dial and knobs.",
    ),
    Recipe(
        name="camera",
        category="office",
        nouns=(
            "camera",
            "photo camera",
            "photographic camera",
            "dslr",
            "digital camera",
            "slr camera",
            "film camera",
            "reflex camera",
            "mirrorless camera",
        ),
        synsets=("camera.n.01", "digital_camera.n.01", "reflex_camera.n.01"),
        size=SizePrior((0.13, 0.115, 0.14), 0.25),
        materials={
            "body": M("plastic", "#1f2023"),
            "rubber": M("plastic", "#121214"),
            "lens_barrel": M("plastic", "#2a2b2f"),
            "glass": M("crystal", "#5d7fa6"),
            "trim": STEEL,
        },
        parts=_p(
            ("body", "body", ("body", "prism", "housing", "case")),
            ("grip", "rubber", ("grip", "focus ring")),
            ("lens", "lens_barrel", ("lens", "objective")),
            ("glass", "glass", ("glass", "lens glass")),
            ("trim", "trim", ("shutter", "button", "dial")),
        ),
        build=camera,
        collider="box",
        description="A reflex camera: a black body with a prism hump, a hand grip and a lens facing front.",
    ),
    Recipe(
        name="binoculars",
        category="office",
        nouns=("binoculars", "binocular", "field glasses", "opera glasses", "pair of binoculars"),
        synsets=("binoculars.n.01",),
        size=SizePrior((0.12, 0.06, 0.17), 0.25),
        materials={
            "body": M("plastic", "#2b3a2e"),
            "rubber": BLACK,
            "glass": M("crystal", "#6d8fb0"),
            "metal": STEEL,
        },
        parts=_p(
            ("barrels", "body", ("barrels", "barrel", "tubes", "body")),
            ("eyepieces", "rubber", ("eyepieces", "eyecups", "rims")),
            ("lenses", "glass", ("lenses", "lens", "glass")),
            ("bridge", "metal", ("bridge", "hinge", "focus wheel")),
        ),
        build=binoculars,
        long_axis="z",
        collider="box",
        description="A pair of binoculars lying on a table: two rubber-armoured barrels joined by a hinge.",
    ),
    Recipe(
        name="compass",
        category="office",
        nouns=(
            "compass",
            "magnetic compass",
            "pocket compass",
            "navigational compass",
            "mariner's compass",
        ),
        synsets=("compass.n.01", "magnetic_compass.n.01"),
        size=SizePrior((0.072, 0.019, 0.092), 0.25),
        materials={
            "brass": M("brass", "#c49a48"),
            "dial": M("paper", "#efe6cc"),
            "ink": M("plastic", "#1d1d1f"),
            "north": M("plastic", "#b3261e"),
            "glass": M("crystal", "#dcecf2"),
        },
        parts=_p(
            ("case", "brass", ("case", "bezel", "ring", "bow", "brass")),
            ("face", "dial", ("face", "dial", "card")),
            ("ink", "ink", ("ticks", "marks", "needle")),
            ("needle_north", "north", ("needle", "north")),
            ("glass", "glass", ("glass", "cover")),
        ),
        build=compass,
        collider="box",
        description="A brass pocket compass lying open: a dial with ticks, a red-and-black needle under glass.",
    ),
    Recipe(
        name="typewriter",
        category="office",
        nouns=(
            "typewriter",
            "type writer",
            "typing machine",
            "manual typewriter",
            "vintage typewriter",
        ),
        synsets=("typewriter.n.01",),
        size=SizePrior((0.52, 0.33, 0.37), 0.25),
        materials={
            "body": M("painted_metal", "#2a2c2a"),
            "keys": M("plastic", "#f0ebde"),
            "metal": STEEL,
            "rubber": BLACK,
            "paper": M("paper", "#f4f1e8"),
        },
        parts=_p(
            ("body", "body", ("body", "case", "frame")),
            ("keys", "keys", ("keys", "key", "keyboard")),
            ("metal", "metal", ("rims", "spacebar", "lever", "carriage")),
            ("spacebar", "metal", ("spacebar",)),
            ("lever", "metal", ("lever", "return lever")),
            ("platen", "rubber", ("platen", "roller", "knobs")),
            ("paper", "paper", ("paper", "sheet", "page")),
        ),
        build=typewriter,
        long_axis="x",
        collider="box",
        description="A manual typewriter: stepped rows of round keys, a rubber platen and a sheet of paper.",
    ),
]
