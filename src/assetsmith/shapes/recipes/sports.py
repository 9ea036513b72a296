"""Sports gear and toys: surfboard, snowboard, skis, sled, ice skates, tennis racket, bowling pin,
dumbbell (barbell and kettlebell styles), hockey stick, archery target, treadmill, trampoline, kite,
baby stroller, crib and yo-yo.

Boards, skis and sticks lie flat along X like the skateboard; things you ride or walk on (sled,
treadmill, stroller) face +Z; a target, kite and racket stand upright facing +Z."""

from __future__ import annotations

import math

from ..dsl import box, cylinder, extrude, lathe, part, program, shape, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
BLACK = M("plastic", "#1d1e21")
STEEL = M("iron", "#a9adb2")
WOOD = M("wood_planks", "#a4733f")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _board_outline(L: float, W: float, nose: float, tail: float, n: int = 14) -> list[list[float]]:
    """A board seen from above along X: widest a little ahead of the middle, `nose` and `tail` the
    half-widths at the tips (0: a point)."""
    top = []
    for k in range(n + 1):
        t = k / n
        x = -L / 2 + L * t
        half = W / 2 * math.sin(math.pi * (0.08 + 0.84 * t)) ** 0.6
        half = max(half, tail if t < 0.5 else nose)
        top.append([x, half])
    return top + [[x, -z] for x, z in reversed(top)]


def surfboard(p) -> dict:
    L, W, t = 2.1, 0.54, 0.065
    out = _board_outline(L, W, 0.0, 0.09)
    fin = [[0.0, 0.0], [-0.14, 0.0], [-0.11, -0.05], [-0.05, -0.11], [0.0, -0.12]]
    return program(
        part("board", "board", extrude(out, t, axis="y", smooth=True, bevel=0.02))
        .at(0, 0.12, 0)
        .uv("planar", axis="y"),
        part(
            "stripe",
            "stripe",
            extrude([[x, z * 0.12] for x, z in out], 0.002, axis="y", smooth=True),
        ).at(0, 0.12 + t - 0.0005, 0),
        part("fins", "fin", extrude(fin, 0.008, axis="z"))
        .array(3, [0, 0, 0.16], center=True)
        .at(-L / 2 + 0.2, 0.121, 0),
        collider="box",
    )


def snowboard(p) -> dict:
    L, W = 1.55, 0.26
    out = [
        [-L / 2 + 0.12 - 0.12 * math.cos(a), W / 2 * math.sin(a)]
        for a in [math.pi / 2 * k / 6 for k in range(7)]
    ]
    out = [[x, z] for x, z in out]
    right = [[-x, z] for x, z in reversed(out)]
    half = out + right
    outline = half + [[x, -z] for x, z in reversed(half)]
    parts = [
        part("board", "board", extrude(outline, 0.014, axis="y", bevel=0.005)).uv(
            "planar", axis="y"
        ),
        part(
            "graphic", "graphic", extrude([[x * 0.7, z * 0.5] for x, z in outline], 0.001, axis="y")
        ).at(0, 0.0141, 0),
    ]
    if p.bindings:
        parts += [
            part("bindings", "binding", box([0.12, 0.03, 0.24], bevel=0.01))
            .turned(y=15)
            .moved(0.26, 0, 0)
            .mirror("x")
            .at(0, 0.014, 0),
            part(
                "highbacks",
                "binding",
                extrude(
                    [[-0.1, 0.0], [0.1, 0.0], [0.06, 0.16], [-0.06, 0.16]],
                    0.012,
                    axis="x",
                    bevel=0.004,
                ),
                part="bindings",
            )
            .turned(z=15)
            .moved(0.26 - 0.06, 0, 0)
            .mirror("x")
            .at(0, 0.03, 0),
            part("straps", "strap", box([0.05, 0.035, 0.26], bevel=0.012))
            .turned(y=15)
            .moved(0.29, 0, 0)
            .mirror("x")
            .at(0, 0.03, 0),
        ]
    return program(*parts, collider="box")


def skis(p) -> dict:
    sec = [[-1, -0.2], [1, -0.2], [1, 0.2], [-1, 0.2]]
    path = [[-0.85, 0.007, 0.0], [0.6, 0.007, 0.0], [0.78, 0.02, 0.0], [0.88, 0.07, 0.0]]
    parts = [
        part("skis", "ski", sweep(path, 0.035, section=sec, curve="smooth"))
        .moved(0, 0, 0.07)
        .mirror("z")
        .uv("box"),
        part("bindings", "binding", box([0.3, 0.04, 0.07], bevel=0.012))
        .moved(-0.1, 0.014, 0.07)
        .mirror("z"),
    ]
    if p.poles:
        parts += [
            part("poles", "pole", cylinder(0.009, 1.2))
            .turned(z=-90)
            .moved(-0.6, 0.06, 0.23)
            .mirror("z"),
            part("baskets", "binding", cylinder(0.05, 0.01), part="bindings")
            .turned(z=-90)
            .moved(0.45, 0.01, 0.23)
            .mirror("z"),
            part("grips", "binding", cylinder(0.016, 0.14, bevel=0.006), part="bindings")
            .turned(z=-90)
            .moved(-0.6, 0.044, 0.23)
            .mirror("z"),
        ]
    return program(*parts, collider="box")


def sled(p) -> dict:
    L, w = 1.0, 0.42
    runner = [
        [0.0, 0.02, -L / 2],
        [0.0, 0.02, L / 2 - 0.12],
        [0.0, 0.06, L / 2 - 0.02],
        [0.0, 0.16, L / 2 - 0.04],
        [0.0, 0.2, L / 2 - 0.12],
    ]
    return program(
        part("runners", "metal", sweep(runner, 0.012, curve="smooth"))
        .moved(w / 2 - 0.02, 0, 0)
        .mirror("x"),
        part("struts", "wood", box([0.04, 0.13, 0.04], bevel=0.006))
        .array(3, [0, 0, 0.3], center=True)
        .moved(w / 2 - 0.02, 0.03, -0.06)
        .mirror("x")
        .uv("box"),
        part("seat", "wood", box([0.09, 0.025, L - 0.22], bevel=0.006))
        .array(4, [0.11, 0, 0], center=True)
        .at(0, 0.16, -0.06),
        part("crossbars", "wood", box([w, 0.03, 0.05], bevel=0.006), part="struts")
        .array(3, [0, 0, 0.3], center=True)
        .at(0, 0.13, -0.06),
        part(
            "rope",
            "rope",
            sweep(
                [
                    [w / 2 - 0.03, 0.2, L / 2 - 0.12],
                    [0.1, 0.22, L / 2 + 0.05],
                    [0.0, 0.2, L / 2 + 0.1],
                    [-0.1, 0.22, L / 2 + 0.05],
                    [-w / 2 + 0.03, 0.2, L / 2 - 0.12],
                ],
                0.008,
                curve="smooth",
            ),
        ),
        collider="box",
    )


def ice_skates(p) -> dict:
    blade = [[-0.15, 0.0], [0.13, 0.0], [0.16, 0.012], [0.15, 0.03], [-0.15, 0.03]]
    parts = [
        part("blades", "steel", extrude(blade, 0.004, axis="x")).moved(0.07, 0, 0).mirror("x"),
        part("stanchions", "steel", box([0.03, 0.05, 0.04], bevel=0.004), part="blades")
        .array(2, [0, 0, 0.2], center=True)
        .moved(0.07, 0.025, 0.0)
        .mirror("x"),
        part("soles", "sole", box([0.09, 0.02, 0.29], bevel=0.008))
        .moved(0.07, 0.07, 0.0)
        .mirror("x"),
        part("boots", "boot", box([0.095, 0.09, 0.26], bevel=0.035))
        .moved(0.07, 0.085, 0.01)
        .mirror("x")
        .uv("box"),
        part("ankles", "boot", box([0.09, 0.2, 0.12], bevel=0.03), part="boots")
        .moved(0.07, 0.1, -0.075)
        .mirror("x"),
        part("laces", "lace", box([0.03, 0.004, 0.13]), part="laces")
        .turned(x=-40)
        .moved(0.07, 0.2, 0.02)
        .mirror("x"),
        part("cuffs", "lace", box([0.1, 0.03, 0.13], bevel=0.012), part="laces")
        .moved(0.07, 0.29, -0.075)
        .mirror("x"),
    ]
    return program(*parts, collider="box")


def tennis_racket(p) -> dict:
    rx, ry = 0.125, 0.155
    cy = 0.36 + ry
    head = torus(0.14, 0.01)
    parts = [
        part("handle", "grip", cylinder(0.016, 0.2, sides=8, bevel=0.003)).uv("cylindrical"),
        part("butt", "frame", cylinder(0.018, 0.015, sides=8, bevel=0.004), part="frame"),
        part("frame", "frame", head).scale([rx / 0.14, 1.0, ry / 0.14]).rotate(x=90).at(0, cy, 0.0),
        part(
            "throat",
            "frame",
            sweep(
                [[-0.005, 0.2, 0.0], [-0.045, 0.29, 0.0], [-0.09, cy - ry + 0.04, 0.0]],
                0.009,
                curve="smooth",
            ),
            part="frame",
        ).mirror("x"),
        part("bridge", "frame", cylinder(0.008, 0.16), part="frame")
        .rotate(z=90)
        .at(0.08, cy - ry + 0.03, 0),
    ]
    # The strings fill the oval: a grid clipped by an elliptic cylinder.
    clip = (
        shape(cylinder(1.0, 0.1, sides=32))
        .scale([rx - 0.004, 1.0, ry - 0.004])
        .rotate(x=90)
        .at(0, cy, -0.05)
    )
    parts += [
        part("strings_v", "strings", box([0.0018, 2 * ry, 0.0018]), part="strings")
        .array(14, [0.016, 0, 0], center=True)
        .moved(0, cy - ry, 0)
        .intersect(clip),
        part("strings_h", "strings", box([2 * rx, 0.0018, 0.0018]), part="strings")
        .array(16, [0, 0.018, 0], center=True)
        .moved(0, cy, 0)
        .intersect(clip),
    ]
    return program(*parts, collider="box")


def bowling_pin(p) -> dict:
    prof = [
        [0.0, 0.0],
        [0.026, 0.0],
        [0.045, 0.04],
        [0.06, 0.11],
        [0.056, 0.16],
        [0.034, 0.225],
        [0.022, 0.26],
        [0.025, 0.3],
        [0.032, 0.34],
        [0.026, 0.37],
        [0.0, 0.381],
    ]
    n = p.count
    spots = [(r, k) for r in range(4) for k in range(r + 1)][:n]
    parts = []
    for i, (r, k) in enumerate(spots):
        x, z = (k - r / 2) * 0.305, -r * 0.264
        parts += [
            part(f"pin_{i}", "pin", lathe(prof, smooth=True), part="pins")
            .at(x, 0, z)
            .uv("cylindrical"),
            part(f"stripes_{i}", "stripe", cylinder(0.0235, 0.01), part="stripes")
            .array(2, [0, 0.022, 0])
            .at(x, 0.25, z),
        ]
    return program(*parts, collider="box")


def dumbbell(p) -> dict:
    if p.style == "kettlebell":
        return program(
            part("bell", "iron", sphere(0.11)).scale([1.0, 0.92, 1.0]).uv("spherical"),
            part("base", "iron", cylinder(0.07, 0.02), part="bell"),
            part("handle", "iron", torus(0.075, 0.016, arc=200)).rotate(x=-90).at(0, 0.17, 0),
            collider="box",
        )
    bar_l, plate_r, n = (2.2, 0.225, 2) if p.style == "barbell" else (0.36, 0.1, 3)
    grip = bar_l - (0.5 if p.style == "barbell" else 0.2)
    parts = [
        part("bar", "steel", cylinder(0.014 if p.style == "barbell" else 0.016, bar_l))
        .rotate(z=90)
        .at(bar_l / 2, plate_r, 0),
        part("grip", "knurl", cylinder(0.0165 if p.style == "barbell" else 0.018, grip - 0.1))
        .rotate(z=90)
        .at((grip - 0.1) / 2, plate_r, 0),
        part("plates", "plate", cylinder(plate_r, 0.03, bevel=0.006))
        .turned(z=90)
        .array(n, [0.033, 0, 0])
        .moved(grip / 2 + 0.03 + 0.033 * (n - 1), 0, 0)
        .mirror("x")
        .at(0, plate_r, 0),
        part("collars", "steel", cylinder(0.03, 0.025), part="bar")
        .turned(z=90)
        .moved(grip / 2 + 0.025, 0, 0)
        .mirror("x")
        .at(0, plate_r, 0),
    ]
    return program(*parts, collider="box")


def hockey_stick(p) -> dict:
    sec = [[-1, -0.6], [1, -0.6], [1, 0.6], [-1, 0.6]]
    shaft = [[-0.7, 0.015, 0.0], [0.55, 0.015, 0.0]]
    blade = [[0.5, 0.012, 0.0], [0.62, 0.012, 0.06], [0.7, 0.012, 0.2], [0.7, 0.012, 0.26]]
    parts = [
        part("shaft", "shaft", sweep(shaft, 0.015, section=sec)).uv("box"),
        part(
            "blade",
            "blade",
            sweep(
                blade, 0.04, section=[[-1, -0.3], [1, -0.3], [1, 0.3], [-1, 0.3]], curve="smooth"
            ),
        ),
        part(
            "tape",
            "tape",
            sweep(
                blade[1:],
                0.041,
                section=[[-1, -0.32], [1, -0.32], [1, 0.32], [-1, 0.32]],
                curve="smooth",
            ),
        ),
        part("knob", "tape", box([0.14, 0.034, 0.024], bevel=0.008), part="tape").at(-0.63, 0.0, 0),
    ]
    if p.puck:
        parts.append(part("puck", "puck", cylinder(0.038, 0.025, bevel=0.004)).at(0.55, 0, 0.32))
    return program(*parts, collider="box")


def archery_target(p) -> dict:
    R, cy, tilt = 0.6, 1.0, -12
    rings = (("white", 1.0), ("black", 0.8), ("blue", 0.6), ("red", 0.4), ("gold", 0.2))
    parts = [
        part("boss", "straw", cylinder(R, 0.16, bevel=0.03))
        .rotate(x=90 + tilt)
        .at(0, cy, -0.08)
        .uv("cylindrical"),
    ]
    for k, (role, f) in enumerate(rings):
        parts.append(
            part(
                f"ring_{role}", role, cylinder(R * f * 0.92, 0.004 + 0.002 * k), part=f"face_{role}"
            )
            .rotate(x=90 + tilt)
            .at(0, cy + 0.033, 0.076)
        )
    leg = 1.55
    parts += [
        part("legs", "wood", box([0.05, leg, 0.05], bevel=0.01))
        .turned(x=-12, z=10)
        .moved(0.38, 0, 0.12)
        .mirror("x")
        .uv("box"),
        part("back_leg", "wood", box([0.05, 1.3, 0.05], bevel=0.01), part="legs")
        .rotate(x=20)
        .at(0, 0, -0.55),
        part("crossbar", "wood", box([0.95, 0.05, 0.05], bevel=0.01), part="legs").at(
            0, 0.42, -0.02
        ),
    ]
    for i in range(p.arrows):
        a = 2.1 * i + 0.4
        r = 0.12 + 0.1 * i
        x, y = r * math.cos(a), cy + r * math.sin(a)
        parts += [
            part(f"arrow_{i}", "shaft", cylinder(0.005, 0.5), part="arrows")
            .rotate(x=90)
            .at(x, y, 0.0),
            part(f"fletch_{i}", "fletching", box([0.002, 0.03, 0.08]), part="fletching").at(
                x, y - 0.015, 0.4
            ),
            part(f"fletch2_{i}", "fletching", box([0.03, 0.002, 0.08]), part="fletching").at(
                x, y - 0.001, 0.4
            ),
        ]
    return program(*parts, collider="box")


def treadmill(p) -> dict:
    L, w = 1.85, 0.8
    side = [[-L / 2, 0.0], [L / 2, 0.0], [L / 2, 0.12], [-L / 2 + 0.1, 0.2], [-L / 2, 0.2]]
    return program(
        part("deck", "body", extrude(side, w, axis="x", bevel=0.02)).uv("box"),
        part("belt", "belt", box([w - 0.18, 0.02, L - 0.3], bevel=0.008))
        .rotate(x=-2.5)
        .at(0, 0.15, 0.04),
        part("rails", "body", box([0.08, 0.04, L - 0.3], bevel=0.01), part="deck")
        .rotate(x=-2.5)
        .array(2, [w - 0.1, 0, 0], center=True)
        .at(0, 0.15, 0.04),
        part("uprights", "frame", box([0.07, 1.25, 0.09], bevel=0.012))
        .rotate(x=12)
        .array(2, [w - 0.12, 0, 0], center=True)
        .at(0, 0.18, -L / 2 + 0.2),
        part("console", "body", box([w - 0.05, 0.22, 0.16], bevel=0.03), part="deck")
        .rotate(x=-30)
        .at(0, 1.3, -L / 2 + 0.02),
        part("screen", "screen", box([0.3, 0.14, 0.01])).rotate(x=-30).at(0, 1.34, -L / 2 + 0.09),
        part("handrails", "frame", box([0.04, 0.04, 0.5], bevel=0.01), part="uprights")
        .array(2, [w - 0.1, 0, 0], center=True)
        .at(0, 1.08, -L / 2 + 0.45),
        collider="box",
    )


def trampoline(p) -> dict:
    R, h = 1.5, 0.75
    parts = [
        part("frame", "frame", torus(R, 0.022)).at(0, h - 0.022, 0),
        part("legs", "frame", cylinder(0.022, h - 0.02)).moved(R, 0, 0).radial(6, axis="y"),
        part("pad", "pad", torus(R - 0.12, 0.12)).scale([1.0, 0.3, 1.0]).at(0, h - 0.04, 0),
        part("mat", "mat", cylinder(R - 0.2, 0.01)).at(0, h - 0.05, 0),
    ]
    if p.net:
        parts += [
            part("net_poles", "pole", cylinder(0.02, 1.8))
            .moved(R + 0.02, 0, 0)
            .radial(6, axis="y", start=30)
            .at(0, h - 0.1, 0),
            part("net", "net", cylinder(R - 0.02, 1.55, inner_radius=R - 0.025)).at(0, h + 0.05, 0),
            part("net_ring", "pole", torus(R - 0.02, 0.018), part="net_poles").at(0, h + 1.6, 0),
        ]
    return program(*parts, collider="box")


def kite(p) -> dict:
    W, H, cross = 0.8, 1.0, 0.7  # cross: the spar's height from the bottom tip
    y0 = 0.9
    sail = [[0.0, 0.0], [W / 2, cross], [0.0, H], [-W / 2, cross]]
    tail = [
        [0.0, y0 + 0.01, 0.0],
        [0.1, 0.75, 0.0],
        [-0.08, 0.5, 0.0],
        [0.07, 0.25, 0.0],
        [0.0, 0.0, 0.0],
    ]
    parts = [
        part("sail", "sail", extrude(sail, 0.004)).at(0, y0, 0),
        part(
            "panel", "panel", extrude([[0.0, 0.0], [W / 2, cross], [0.0, H]], 0.005), part="panels"
        ).at(0, y0, 0),
        part("spine", "spar", cylinder(0.006, H)).at(0, y0, -0.006),
        part("spar", "spar", cylinder(0.006, W), part="spine")
        .rotate(z=90)
        .at(W / 2, y0 + cross, -0.008),
        part("tail", "tail", sweep(tail, 0.004, curve="smooth")),
    ]
    for k, (x, y) in enumerate(((0.09, 0.72), (-0.07, 0.5), (0.06, 0.27), (0.0, 0.06))):
        parts.append(
            part(f"bow_{k}", "bows", box([0.07, 0.03, 0.008], bevel=0.003), part="bows").at(
                x, y, -0.004
            )
        )
    return program(*parts, collider="box")


def stroller(p) -> dict:
    L = 0.85
    outer = [
        [0.3 * math.cos(math.radians(a)), 0.3 * math.sin(math.radians(a))]
        for a in range(60, 181, 15)
    ]
    hood = outer + [[0.27 * x / 0.3, 0.27 * y / 0.3] for x, y in reversed(outer)]
    return program(
        part("basket", "body", box([0.44, 0.28, 0.7], bevel=0.1)).at(0, 0.42, 0.0).uv("box"),
        part("hood", "hood", extrude(hood, 0.46, axis="x")).at(0, 0.66, -0.05),
        part("chassis", "frame", box([0.03, 0.03, L - 0.1]), part="frame")
        .array(2, [0.5, 0, 0], center=True)
        .at(0, 0.2, 0),
        part("struts", "frame", cylinder(0.014, 0.32), part="frame")
        .array(2, [0.56, 0, 0], center=True)
        .array(2, [0, 0, 0.6], center=True)
        .at(0, 0.12, 0),
        part(
            "handle",
            "frame",
            sweep(
                [
                    [0.25, 0.45, -0.3],
                    [0.25, 0.9, -0.55],
                    [0.22, 1.02, -0.6],
                    [-0.22, 1.02, -0.6],
                    [-0.25, 0.9, -0.55],
                    [-0.25, 0.45, -0.3],
                ],
                0.013,
                curve="polyline",
            ),
        ),
        part("grip", "tyre", cylinder(0.02, 0.38), part="wheels").rotate(z=90).at(0.19, 1.0, -0.6),
        part("wheels", "tyre", cylinder(0.12, 0.04, bevel=0.01))
        .turned(z=90)
        .moved(0.32, 0, 0)
        .mirror("x")
        .array(2, [0, 0, 0.6], center=True)
        .at(0, 0.12, 0),
        part("hubs", "chrome", cylinder(0.05, 0.046))
        .turned(z=90)
        .moved(0.323, 0, 0)
        .mirror("x")
        .array(2, [0, 0, 0.6], center=True)
        .at(0, 0.12, 0),
        collider="box",
    )


def crib(p) -> dict:
    L, w, h = 1.25, 0.66, 0.95
    parts = [
        part("posts", "wood", box([0.05, h, 0.05], bevel=0.008))
        .array(2, [L, 0, 0], center=True)
        .array(2, [0, 0, w], center=True)
        .uv("box"),
        part("rails", "wood", box([L, 0.05, 0.04], bevel=0.008))
        .array(2, [0, 0, w], center=True)
        .array(2, [0, h - 0.5, 0])
        .at(0, 0.4, 0),
        part("end_panels", "wood", box([0.03, h - 0.35, w], bevel=0.006), part="rails")
        .array(2, [L, 0, 0], center=True)
        .at(0, 0.3, 0),
        part("slats", "wood", cylinder(0.011, h - 0.52))
        .array(15, [0.075, 0, 0], center=True)
        .array(2, [0, 0, w], center=True)
        .at(0, 0.45, 0),
        part("base", "wood", box([L, 0.03, w], bevel=0.005), part="rails").at(0, 0.3, 0),
        part("mattress", "mattress", box([L - 0.06, 0.1, w - 0.06], bevel=0.03)).at(0, 0.33, 0),
        part("blanket", "blanket", box([0.5, 0.02, w - 0.1], bevel=0.01)).at(0.2, 0.43, 0),
        part("pillow", "blanket", box([0.25, 0.05, 0.3], bevel=0.02), part="blanket").at(
            -0.42, 0.43, 0
        ),
    ]
    if p.mobile:
        parts += [
            part(
                "mobile_arm",
                "wood",
                sweep(
                    [[-L / 2, h, -w / 2], [-L / 2, h + 0.45, -w / 2], [-0.25, h + 0.55, 0.0]],
                    0.01,
                    curve="smooth",
                ),
                part="posts",
            ),
            part("toys", "toys", sphere(0.035))
            .moved(0.12, 0, 0)
            .radial(4, axis="y")
            .at(-0.25, h + 0.35, 0),
        ]
    return program(*parts, collider="box")


def yo_yo(p) -> dict:
    r = 0.029
    parts = [
        part("halves", "body", cylinder(r, 0.015, bevel=0.006))
        .turned(x=90)
        .moved(0, r, 0.003)
        .mirror("z")
        .uv("cylindrical"),
        part("axle", "axle", cylinder(0.006, 0.012)).rotate(x=90).at(0, r, -0.006),
        part("caps", "cap", cylinder(r * 0.55, 0.002)).turned(x=90).moved(0, r, 0.018).mirror("z"),
    ]
    if p.string:
        parts.append(
            part(
                "string",
                "string",
                sweep(
                    [[0.0, r + 0.006, 0.0], [0.004, 0.3, 0.0], [0.0, 0.56, 0.0]],
                    0.0015,
                    curve="smooth",
                ),
            )
        )
        parts.append(
            part("loop", "string", torus(0.01, 0.0015), part="string").rotate(x=90).at(0, 0.56, 0.0)
        )
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="surfboard",
        category="leisure",
        nouns=(
            "surfboard",
            "surf board",
            "longboard",
            "shortboard",
            "paddleboard",
            "paddle board",
            "bodyboard",
            "boogie board",
        ),
        synsets=("surfboard.n.01",),
        size=SizePrior((2.1, 0.19, 0.54), 0.25),
        materials={
            "board": M("plastic", "#f2efe6"),
            "stripe": M("plastic", "#2a86c8"),
            "fin": M("plastic", "#2a2c30"),
        },
        parts=_p(
            ("board", "board", ("board", "deck", "body")),
            ("stripe", "stripe", ("stripe", "stringer")),
            ("fins", "fin", ("fins", "fin", "skeg")),
        ),
        build=surfboard,
        long_axis="x",
        collider="box",
        description="A surfboard lying flat: a long pointed foam board with a stripe down its middle and three fins.",
    ),
    Recipe(
        name="snowboard",
        category="leisure",
        nouns=("snowboard", "snow board"),
        synsets=("snowboard.n.01",),
        size=SizePrior((1.55, 0.2, 0.27), 0.25),
        materials={
            "board": M("plastic", "#2a2c34"),
            "graphic": M("plastic", "#e0562a"),
            "binding": M("plastic", "#1b1c1f"),
            "strap": M("plastic", "#d8d8d8"),
        },
        parts=_p(
            ("board", "board", ("board", "deck")),
            ("graphic", "graphic", ("graphic", "design", "print")),
            ("bindings", "binding", ("bindings", "binding", "highbacks")),
            ("straps", "strap", ("straps",)),
        ),
        params=(
            Param(
                "bindings",
                "bool",
                True,
                words={"bindings": True, "bare": False},
                doc="Two bindings with highbacks and straps.",
            ),
        ),
        build=snowboard,
        long_axis="x",
        collider="box",
        description="A snowboard lying flat: a long board with rounded ends, a printed graphic and two bindings.",
    ),
    Recipe(
        name="skis",
        category="leisure",
        nouns=("skis", "ski", "pair of skis", "ski set", "cross-country skis", "downhill skis"),
        synsets=("ski.n.01",),
        size=SizePrior((1.75, 0.08, 0.21), 0.25),
        materials={
            "ski": M("plastic", "#c8302a"),
            "binding": M("plastic", "#1d1e21"),
            "pole": M("iron", "#a9adb2"),
        },
        parts=_p(
            ("skis", "ski", ("skis", "ski", "tips")),
            ("bindings", "binding", ("bindings", "binding", "grips")),
            ("poles", "pole", ("poles", "ski poles", "sticks")),
        ),
        params=(
            Param(
                "poles",
                "bool",
                False,
                words={"poles": True, "sticks": True},
                doc="A pair of ski poles lying beside the skis.",
            ),
        ),
        build=skis,
        long_axis="x",
        collider="box",
        description="A pair of skis lying side by side, their tips curled up, with bindings; poles as an option.",
    ),
    Recipe(
        name="sled",
        category="leisure",
        nouns=(
            "sled",
            "sledge",
            "toboggan",
            "snow sled",
            "wooden sled",
            "sleigh",
            "luge",
            "bobsled",
        ),
        synsets=("sled.n.01",),
        size=SizePrior((0.43, 0.23, 1.08), 0.25),
        materials={"wood": WOOD, "metal": M("iron", "#3f4043"), "rope": M("rope", "#b89a6a")},
        parts=_p(
            ("runners", "metal", ("runners", "blades", "skids")),
            ("struts", "wood", ("struts", "frame", "crossbars")),
            ("seat", "wood", ("seat", "slats", "deck", "boards")),
            ("rope", "rope", ("rope", "pull rope", "cord")),
        ),
        build=sled,
        long_axis="z",
        collider="box",
        description="A wooden sled: slatted seat on struts over two curled iron runners, a pull rope at the front.",
    ),
    Recipe(
        name="ice_skates",
        category="leisure",
        nouns=(
            "ice skates",
            "ice skate",
            "skates",
            "skate",
            "figure skates",
            "hockey skates",
            "pair of ice skates",
        ),
        synsets=("ice_skate.n.01",),
        size=SizePrior((0.24, 0.32, 0.31), 0.25),
        materials={
            "boot": M("leather", "#efe9df"),
            "sole": M("leather", "#3a2a20"),
            "steel": STEEL,
            "lace": M("fabric", "#f4f2ec"),
        },
        parts=_p(
            ("boots", "boot", ("boots", "boot", "ankles", "uppers")),
            ("soles", "sole", ("soles", "heels")),
            ("blades", "steel", ("blades", "blade", "runners")),
            ("laces", "lace", ("laces", "cuffs")),
        ),
        build=ice_skates,
        collider="box",
        description="A pair of ice skates: laced leather boots on steel blades.",
    ),
    Recipe(
        name="tennis_racket",
        category="leisure",
        nouns=(
            "tennis racket",
            "tennis racquet",
            "racket",
            "racquet",
            "badminton racket",
            "squash racket",
        ),
        synsets=("tennis_racket.n.01",),
        size=SizePrior((0.27, 0.69, 0.03), 0.25),
        materials={
            "frame": M("plastic", "#2b2f3a"),
            "grip": M("leather", "#e8e2d4"),
            "strings": M("plastic", "#e7e04a"),
        },
        parts=_p(
            ("frame", "frame", ("frame", "head", "throat", "rim")),
            ("handle", "grip", ("handle", "grip")),
            ("strings", "strings", ("strings", "string bed", "net")),
        ),
        build=tennis_racket,
        collider="box",
        description="A tennis racket standing on its handle: an oval strung head on a split throat.",
    ),
    Recipe(
        name="bowling_pin",
        category="leisure",
        nouns=(
            "bowling pin",
            "skittle",
            "ninepin",
            "tenpin",
            "bowling pins",
            "skittles",
            "tenpins",
        ),
        synsets=("bowling_pin.n.01",),
        size=SizePrior((0.12, 0.38, 0.12), 0.25),
        materials={"pin": M("plastic", "#f3f1ea"), "stripe": M("plastic", "#c8202a")},
        parts=_p(
            ("pins", "pin", ("pin", "pins", "body")),
            ("stripes", "stripe", ("stripes", "stripe", "neck")),
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                10,
                count_nouns=(
                    "pins",
                    "pin",
                    "skittles",
                    "tenpins",
                    "bowling_pin",
                    "bowling pin",
                    "bowling pins",
                ),
                doc="Pins set out in the triangle of a bowling lane (10: a full rack).",
            ),
        ),
        build=bowling_pin,
        collider="box",
        description="A bowling pin: a turned white club shape with two red neck stripes; up to ten in a triangle.",
    ),
    Recipe(
        name="dumbbell",
        category="leisure",
        nouns=(
            "dumbbell",
            "dumbell",
            "hand weight",
            "free weight",
            "barbell",
            "weight bar",
            "kettlebell",
            "kettle bell",
            "dumbbells",
        ),
        synsets=("dumbbell.n.01", "barbell.n.01"),
        size=SizePrior((0.48, 0.2, 0.2), 0.25),
        materials={
            "steel": STEEL,
            "knurl": M("iron", "#6d7176"),
            "plate": M("iron", "#2a2b2e"),
            "iron": M("iron", "#2a2b2e"),
        },
        parts=_p(
            ("bar", "steel", ("bar", "handle", "shaft", "collars")),
            ("grip", "knurl", ("grip", "handle")),
            ("plates", "plate", ("plates", "weights", "discs")),
            ("bell", "iron", ("bell", "ball", "body")),
            ("handle", "iron", ("handle",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "dumbbell",
                choices=("dumbbell", "barbell", "kettlebell"),
                words={
                    "dumbbell": "dumbbell",
                    "barbell": "barbell",
                    "olympic": "barbell",
                    "kettlebell": "kettlebell",
                    "kettle": "kettlebell",
                },
                doc="A hand dumbbell, a 2.2 m barbell with big plates, or a kettlebell.",
            ),
        ),
        build=dumbbell,
        long_axis="x",
        collider="box",
        description="A dumbbell lying on its plates: a knurled grip between stacks of iron plates.",
    ),
    Recipe(
        name="hockey_stick",
        category="leisure",
        nouns=("hockey stick", "ice hockey stick", "field hockey stick", "hockey stick and puck"),
        synsets=("hockey_stick.n.01",),
        size=SizePrior((1.44, 0.034, 0.3), 0.25),
        materials={
            "shaft": M("wood_planks", "#b88a52"),
            "blade": M("wood_planks", "#8a6038"),
            "tape": M("fabric", "#1c1d20"),
            "puck": M("plastic", "#111113"),
        },
        parts=_p(
            ("shaft", "shaft", ("shaft", "handle", "stick")),
            ("blade", "blade", ("blade",)),
            ("tape", "tape", ("tape", "knob", "grip")),
            ("puck", "puck", ("puck",)),
        ),
        params=(Param("puck", "bool", False, words={"puck": True}, doc="A puck by the blade."),),
        build=hockey_stick,
        long_axis="x",
        collider="box",
        description="An ice hockey stick lying flat: a long shaft, an angled taped blade and a taped knob.",
    ),
    Recipe(
        name="archery_target",
        category="leisure",
        nouns=(
            "archery target",
            "target",
            "bullseye",
            "bull's-eye",
            "archery butt",
            "target board",
            "shooting target",
            "practice target",
            "target boss",
        ),
        synsets=("target.n.04",),
        size=SizePrior((1.22, 1.7, 0.95), 0.25),
        materials={
            "straw": M("straw", "#c9ad6a"),
            "white": M("fabric", "#f1efe8"),
            "black": M("fabric", "#1d1d1f"),
            "blue": M("fabric", "#2b78c8"),
            "red": M("fabric", "#d02a2a"),
            "gold": M("fabric", "#f2cc2a"),
            "wood": WOOD,
            "shaft": M("wood_planks", "#c8a070"),
            "fletching": M("fabric", "#e84a2a"),
        },
        parts=_p(
            ("boss", "straw", ("boss", "straw", "butt", "bale")),
            ("face_white", "white", ("rings", "face")),
            ("face_black", "black", ("rings",)),
            ("face_blue", "blue", ("rings",)),
            ("face_red", "red", ("rings",)),
            ("face_gold", "gold", ("bullseye", "centre", "center", "gold")),
            ("legs", "wood", ("legs", "stand", "easel", "tripod")),
            ("arrows", "shaft", ("arrows", "arrow")),
            ("fletching", "fletching", ("fletching", "feathers")),
        ),
        params=(
            Param(
                "arrows",
                "int",
                3,
                0,
                6,
                count_nouns=("arrows", "arrow"),
                doc="Arrows stuck in the face.",
            ),
        ),
        build=archery_target,
        collider="box",
        description="An archery target: a round straw boss with coloured rings on a wooden easel, arrows in it.",
    ),
    Recipe(
        name="treadmill",
        category="leisure",
        nouns=(
            "treadmill",
            "running machine",
            "walking machine",
            "exercise machine",
            "gym treadmill",
        ),
        synsets=("treadmill.n.01",),
        size=SizePrior((0.8, 1.5, 1.85), 0.25),
        materials={
            "body": M("plastic", "#2a2c30"),
            "belt": M("plastic", "#141416"),
            "frame": M("painted_metal", "#a9adb2"),
            "screen": M("plastic", "#1a3040", emissive="#4fa8ff", emissive_strength=1.1),
        },
        parts=_p(
            ("deck", "body", ("deck", "base", "motor cover", "console")),
            ("belt", "belt", ("belt", "track")),
            ("uprights", "frame", ("uprights", "handrails", "arms", "frame")),
            ("screen", "screen", ("screen", "display")),
        ),
        build=treadmill,
        long_axis="z",
        collider="box",
        description="A treadmill: a long deck with a running belt, two uprights with handrails and a console screen.",
    ),
    Recipe(
        name="trampoline",
        category="garden",
        nouns=("trampoline", "garden trampoline", "backyard trampoline", "rebounder"),
        synsets=("trampoline.n.01",),
        size=SizePrior((3.05, 0.76, 3.05), 0.25),
        materials={
            "frame": M("painted_metal", "#8a9096"),
            "pad": M("plastic", "#2a7ad0"),
            "mat": M("fabric", "#1b1c1f"),
            "pole": M("painted_metal", "#2a2c30"),
            "net": M("fabric", "#30343a"),
        },
        parts=_p(
            ("frame", "frame", ("frame", "ring")),
            ("legs", "frame", ("legs",)),
            ("pad", "pad", ("pad", "padding", "springs")),
            ("mat", "mat", ("mat", "bed", "jumping mat")),
            ("net_poles", "pole", ("poles",)),
            ("net", "net", ("net", "safety net", "enclosure")),
        ),
        params=(
            Param(
                "net",
                "bool",
                False,
                words={"net": True, "enclosure": True, "enclosed": True, "safety": True},
                doc="A safety net on poles round the mat.",
            ),
        ),
        build=trampoline,
        round=True,
        collider="box",
        description="A round garden trampoline: a black mat inside a padded ring on legs; a safety net as an option.",
    ),
    Recipe(
        name="kite",
        category="leisure",
        nouns=("kite", "diamond kite", "paper kite", "toy kite", "flying kite"),
        synsets=("kite.n.03",),
        size=SizePrior((0.8, 1.9, 0.02), 0.25),
        materials={
            "sail": M("fabric", "#d8302a"),
            "panel": M("fabric", "#f2c82a"),
            "spar": M("wood_planks", "#b88a52"),
            "tail": M("rope", "#e8e2d0"),
            "bows": M("fabric", "#2a7ad0"),
        },
        parts=_p(
            ("sail", "sail", ("sail", "body", "cover")),
            ("panels", "panel", ("panels", "stripe")),
            ("spine", "spar", ("spars", "spine", "sticks", "frame")),
            ("tail", "tail", ("tail", "string")),
            ("bows", "bows", ("bows", "ribbons")),
        ),
        build=kite,
        collider="box",
        description="A diamond kite standing upright: a two-tone sail on crossed sticks, a long tail with bows.",
    ),
    Recipe(
        name="stroller",
        category="household",
        nouns=(
            "stroller",
            "baby stroller",
            "pram",
            "baby carriage",
            "pushchair",
            "baby buggy",
            "buggy",
            "perambulator",
            "push chair",
        ),
        synsets=("baby_buggy.n.01",),
        size=SizePrior((0.65, 1.03, 1.04), 0.25),
        materials={
            "body": M("fabric", "#2a3a5a"),
            "hood": M("fabric", "#3b4f78"),
            "frame": M("painted_metal", "#c6cacf"),
            "tyre": M("plastic", "#1d1e21"),
            "chrome": M("iron", "#c6cacf"),
        },
        parts=_p(
            ("basket", "body", ("bassinet", "basket", "body", "carrycot", "seat")),
            ("hood", "hood", ("hood", "canopy")),
            ("frame", "frame", ("frame", "chassis", "struts")),
            ("handle", "frame", ("handle", "handlebar", "push bar")),
            ("wheels", "tyre", ("wheels", "tyres", "tires", "grip")),
            ("hubs", "chrome", ("hubs",)),
        ),
        build=stroller,
        long_axis="z",
        collider="box",
        description="A baby stroller: a padded carrycot with a folding hood on a chrome frame, four wheels and a "
        "push handle.",
    ),
    Recipe(
        name="crib",
        category="furniture",
        nouns=(
            "crib",
            "baby crib",
            "baby cot",
            "cot bed",
            "baby bed",
            "nursery crib",
            "infant bed",
            "cradle",
        ),
        synsets=("crib.n.01",),
        size=SizePrior((1.3, 0.98, 0.71), 0.25),
        materials={
            "wood": M("painted_wood", "#f1ede4"),
            "mattress": M("fabric", "#e9eef2"),
            "blanket": M("fabric", "#9cc6e6"),
            "toys": M("plastic", "#f0b030"),
        },
        parts=_p(
            ("posts", "wood", ("posts", "legs", "corner posts")),
            ("rails", "wood", ("rails", "headboard", "ends")),
            ("slats", "wood", ("slats", "bars", "spindles")),
            ("mattress", "mattress", ("mattress",)),
            ("blanket", "blanket", ("blanket", "pillow", "bedding")),
            ("toys", "toys", ("mobile", "toys")),
        ),
        params=(
            Param(
                "mobile",
                "bool",
                False,
                words={"mobile": True},
                doc="A toy mobile hanging over the bed.",
            ),
        ),
        build=crib,
        long_axis="x",
        collider="box",
        description="A baby crib: a slatted wooden cot on four posts with a mattress, blanket and pillow.",
    ),
    Recipe(
        name="yo_yo",
        category="leisure",
        nouns=("yo-yo", "yoyo", "yo yo"),
        synsets=("yo-yo.n.01",),
        size=SizePrior((0.058, 0.058, 0.04), 0.25),
        materials={
            "body": M("plastic", "#d82a2a"),
            "axle": M("iron", "#a9adb2"),
            "cap": M("plastic", "#f2f0ea"),
            "string": M("rope", "#f2efe6"),
        },
        parts=_p(
            ("halves", "body", ("body", "halves", "discs")),
            ("axle", "axle", ("axle",)),
            ("caps", "cap", ("caps", "hubs", "logo")),
            ("string", "string", ("string", "loop", "cord")),
        ),
        params=(
            Param(
                "string",
                "bool",
                False,
                words={"string": True, "hanging": True},
                doc="A string rising from the axle to a finger loop.",
            ),
        ),
        build=yo_yo,
        collider="box",
        description="A yo-yo: two rounded discs on an axle, standing on edge; a string as an option.",
    ),
]
