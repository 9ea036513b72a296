"""Medieval siege engines, crafts and castle pieces: catapult, trebuchet, blacksmith's forge,
grindstone, loom, spinning wheel, padlock, spider web, castle (a compact blockout keep), window,
nightstand, medal, telescope and microscope.

Everything stands on its bottom centre and faces +Z (siege engines shoot toward +Z)."""

from __future__ import annotations

import math

from ..dsl import box, cone, cylinder, extrude, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
TIMBER = M("wood_planks", "#8a6440")
IRON = M("iron", "#4e5154")
BRASS = M("brass", "#c9a64a")
THIN = [[-1, -0.6], [1, -0.6], [0, 1]]  # a three-sided section for fine threads


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _beam(a, b, size: float) -> dict:
    """A square timber from point a to point b (a sweep with a square section)."""
    return sweep([list(a), list(b)], size / 2, section=[[-1, -1], [1, -1], [1, 1], [-1, 1]])


# --- siege engines ---------------------------------------------------------------------------------


def catapult(p) -> dict:
    L, W = 3.0, 1.3
    axle_y = 0.38
    parts = [
        part("frame", "wood", box([0.16, 0.18, L], bevel=0.01))
        .moved(W / 2, 0, 0)
        .mirror("x")
        .at(0, axle_y, 0),
        part("cross", "wood", box([W + 0.16, 0.16, 0.16], bevel=0.01), part="frame")
        .array(3, [0, 0, L / 2 - 0.1], center=True)
        .at(0, axle_y + 0.01, 0),
        part("uprights", "wood", box([0.16, 1.3, 0.16], bevel=0.01), part="frame")
        .moved(W / 2, 0, 0)
        .mirror("x")
        .at(0, axle_y + 0.18, 0.35),
        part(
            "braces",
            "wood",
            _beam([W / 2, axle_y + 0.18, 1.3], [W / 2, axle_y + 1.3, 0.45], 0.12),
            part="frame",
        ).mirror("x"),
        part("crossbar", "wood", box([W + 0.3, 0.2, 0.2], bevel=0.015), part="frame").at(
            0, axle_y + 1.4, 0.35
        ),
        part("arm", "wood", _beam([0, axle_y + 0.35, -0.15], [0, axle_y + 0.55, -1.55], 0.14)),
        part("pivot", "iron", cylinder(0.06, W + 0.1))
        .rotate(z=90)
        .at((W + 0.1) / 2, axle_y + 0.28, -0.15),
        part("bucket", "wood", sphere(0.24, portion=0.5), part="arm")
        .scale([1, 0.6, 1])
        .at(0, axle_y + 0.6, -1.6),
        part("winch", "wood", cylinder(0.09, W)).rotate(z=90).at(W / 2, axle_y + 0.28, -1.2),
        part("wheels", "wheel", cylinder(axle_y, 0.1, bevel=0.015))
        .turned(z=90)
        .moved(W / 2 + 0.22, axle_y, 0)
        .mirror("x")
        .array(2, [0, 0, L - 0.8], center=True)
        .detail(0.8),
        part("hubs", "iron", cylinder(0.07, W + 0.5), part="pivot")
        .rotate(z=90)
        .array(2, [0, 0, L - 0.8], center=True)
        .at((W + 0.5) / 2, axle_y, 0),
    ]
    if p.loaded:
        parts.append(part("stone", "stone", sphere(0.17)).at(0, axle_y + 0.66, -1.6))
    return program(*parts, collider="box")


def trebuchet(p) -> dict:
    L, W, py = 5.0, 2.0, 5.0  # base length, width, pivot height
    a = math.asin((py - 0.9) / 6.4)
    tip = (py - 6.4 * math.sin(a), -6.4 * math.cos(a))
    short = (py + 1.7 * math.sin(a), 1.7 * math.cos(a))
    parts = [
        part("base", "wood", box([0.3, 0.3, L], bevel=0.02)).moved(W / 2, 0, 0).mirror("x"),
        part("sleepers", "wood", box([W + 0.6, 0.25, 0.3], bevel=0.02), part="base").array(
            3, [0, 0, L / 2 - 0.15], center=True
        ),
        part("towers", "wood", _beam([W / 2, 0.2, -1.9], [W / 2, py, 0], 0.28), part="base")
        .mirror("z")
        .mirror("x"),
        part("posts", "wood", box([0.3, py, 0.3], bevel=0.02), part="base")
        .moved(W / 2, 0, 0)
        .mirror("x"),
        part("axle", "iron", cylinder(0.1, W + 0.6)).rotate(z=90).at((W + 0.6) / 2, py - 0.1, 0),
        part("arm", "wood", _beam([0, short[0], short[1]], [0, tip[0], tip[1]], 0.3)),
        part(
            "hanger",
            "iron",
            _beam([0, short[0], short[1]], [0, short[0] - 1.0, short[1]], 0.1),
            part="axle",
        ),
        part("counterweight", "wood", box([1.3, 1.1, 1.1], bevel=0.03)).at(
            0, short[0] - 2.0, short[1]
        ),
        part("bands", "iron", box([1.34, 0.1, 1.14]), part="axle")
        .array(2, [0, 0.7, 0])
        .at(0, short[0] - 1.85, short[1]),
        part(
            "sling",
            "rope",
            sweep(
                [[0, tip[0], tip[1]], [0, 0.5, tip[1] + 0.9], [0, 0.3, tip[1] + 1.8]],
                0.025,
                curve="smooth",
            ),
        ),
        part("pouch", "leather", sphere(0.22)).scale([1, 0.6, 1.3]).at(0, 0.12, tip[1] + 1.9),
    ]
    return program(*parts, collider="box")


# --- crafts ----------------------------------------------------------------------------------------


def forge(p) -> dict:
    w, h, d = 1.6, 0.8, 1.1
    parts = [
        part("hearth", "brick", box([w, h, d], bevel=0.02)).uv("box"),
        part("rim", "stone", box([w + 0.06, 0.08, d + 0.06], bevel=0.02)).at(0, h, 0),
        part("firepot", "iron", cylinder(0.28, 0.1, inner_radius=0.24), part="iron").at(
            0.1, h + 0.02, 0.05
        ),
        part(
            "lit_coals" if p.lit else "coals",
            "lit_coals" if p.lit else "coals",
            sphere(0.26, portion=0.35),
        ).at(0.1, h + 0.01, 0.05),
        part("hood", "iron", lathe([[0.62, 0], [0.22, 0.5], [0.22, 0.55]], sides=4), part="iron")
        .rotate(y=45)
        .scale([1, 1, 0.75])
        .at(0, h + 0.7, -0.15),
        part("chimney", "brick", box([0.4, 2.2, 0.4], bevel=0.01), part="hearth").at(
            0, h, -d / 2 + 0.22
        ),
        part(
            "bellows",
            "leather",
            extrude([[0, -0.18], [0.55, -0.05], [0.55, 0.05], [0, 0.18]], 0.12, axis="y"),
        ).at(-w / 2 - 0.28, h - 0.35, 0.1),
        part("nozzle", "iron", cylinder(0.03, 0.3), part="iron")
        .rotate(z=-90)
        .at(-w / 2 - 0.02, h - 0.27, 0.1),
        part("tongs", "iron", box([0.02, 0.015, 0.55], bevel=0.005), part="iron")
        .array(2, [0.035, 0, 0], center=True)
        .rotate(y=30)
        .at(0.55, h + 0.08, 0.2),
    ]
    return program(*parts, collider="box")


def grindstone(p) -> dict:
    r = 0.38
    ay = 0.72
    parts = [
        part("stone", "stone", cylinder(r, 0.12, inner_radius=0.04, bevel=0.015))
        .rotate(z=90)
        .at(0.06, ay, 0)
        .uv("cylindrical"),
        part("frame", "wood", box([0.09, 0.09, 1.0], bevel=0.01))
        .moved(0.2, 0, 0)
        .mirror("x")
        .at(0, 0.45, 0),
        part("legs", "wood", box([0.08, 0.55, 0.08], bevel=0.01), part="frame")
        .turned(x=12)
        .moved(0.2, 0, 0.35)
        .mirror("x")
        .mirror("z"),
        part("posts", "wood", box([0.08, 0.32, 0.08], bevel=0.008), part="frame")
        .moved(0.2, 0, 0)
        .mirror("x")
        .at(0, 0.52, 0),
        part("axle", "iron", cylinder(0.025, 0.62)).rotate(z=90).at(0.31, ay, 0),
        part(
            "crank",
            "iron",
            sweep(
                [[-0.31, ay, 0], [-0.36, ay, 0], [-0.36, ay - 0.18, 0], [-0.46, ay - 0.18, 0]],
                0.016,
            ),
            part="axle",
        ),
        part("trough", "wood", box([0.3, 0.14, 0.5], bevel=0.01), part="frame")
        .cut(_hollow(0.26, 0.14, 0.46))
        .at(0, 0.45, 0),
    ]
    return program(*parts, collider="box")


def _hollow(w: float, h: float, d: float):
    from ..dsl import shape

    return shape(box([w, h, d])).at(0, 0.03, 0)


def loom(p) -> dict:
    w, h, d = 1.3, 1.6, 1.2
    parts = [
        part("posts", "wood", box([0.08, h, 0.08], bevel=0.01))
        .array(2, [w, 0, 0], center=True)
        .array(2, [0, 0, d], center=True)
        .uv("box"),
        part("rails", "wood", box([0.06, 0.08, d], bevel=0.008), part="posts")
        .array(2, [w, 0, 0], center=True)
        .array(2, [0, h - 0.35, 0])
        .at(0, 0.2, 0),
        part("top_beam", "wood", box([w + 0.08, 0.1, 0.1], bevel=0.01), part="posts").at(
            0, h - 0.1, 0
        ),
        part("beams", "wood", cylinder(0.05, w))
        .rotate(z=90)
        .array(2, [0, 0, d - 0.1], center=True)
        .at(w / 2, 0.85, 0),
        part("warp", "thread", box([w - 0.2, 0.004, d - 0.25])).at(0, 0.9, 0.0),
        part("cloth", "cloth", cylinder(0.065, w - 0.2))
        .rotate(z=90)
        .at((w - 0.2) / 2, 0.835, d / 2 - 0.05),
        part("harness", "wood", box([w - 0.1, 0.5, 0.05], bevel=0.008), part="posts")
        .cut(_hollow_front(w - 0.2, 0.38))
        .at(0, 0.72, -0.05),
        part("heddles", "thread", cylinder(0.002, 0.38), part="warp")
        .array(24, [(w - 0.3) / 23, 0, 0], center=True)
        .at(0, 0.78, -0.05)
        .detail(0.3),
        part("treadles", "wood", box([0.06, 0.04, 0.7], bevel=0.006), part="posts")
        .array(4, [0.14, 0, 0], center=True)
        .rotate(x=6)
        .at(0, 0.05, -0.1),
        part("bench", "wood", box([0.9, 0.05, 0.3], bevel=0.01), part="bench").at(
            0, 0.58, d / 2 + 0.4
        ),
        part("bench_legs", "wood", box([0.05, 0.58, 0.05]), part="bench")
        .array(2, [0.8, 0, 0], center=True)
        .array(2, [0, 0, 0.22], center=True)
        .at(0, 0, d / 2 + 0.4),
    ]
    return program(*parts, collider="box")


def _hollow_front(w: float, h: float):
    from ..dsl import shape

    return shape(box([w, h, 0.2])).at(0, 0.06, -0.1)


def spinning_wheel(p) -> dict:
    R = 0.3
    wy = 0.62
    parts = [
        part("bench", "wood", box([0.2, 0.07, 0.8], bevel=0.01)).rotate(x=-10).at(0, 0.36, 0),
        part("legs", "wood", cylinder(0.022, 0.45)).turned(z=12).moved(0.08, 0, 0.3).mirror("x"),
        part("back_leg", "wood", cylinder(0.022, 0.45), part="legs").turned(x=-12).at(0, 0, -0.34),
        part("uprights", "wood", cylinder(0.02, 0.42), part="legs")
        .moved(0.06, 0, 0)
        .mirror("x")
        .at(0, 0.38, 0.2),
        part("wheel", "wood", torus(R, 0.02)).rotate(z=90).at(0, wy, 0.2).detail(1.2),
        part("spokes", "wood", cylinder(0.008, R)).radial(12, axis="x").at(0, wy, 0.2),
        part("hub", "wood", cylinder(0.04, 0.08), part="spokes").rotate(z=90).at(0.04, wy, 0.2),
        part("flyer", "wood", torus(0.06, 0.008, arc=200), part="flyer")
        .rotate(x=90, y=90)
        .at(0, 0.58, -0.32),
        part("bobbin", "yarn", cylinder(0.03, 0.1)).rotate(x=90).at(0, 0.55, -0.37),
        part("maidens", "wood", cylinder(0.015, 0.2), part="flyer")
        .array(2, [0, 0, 0.16], center=True)
        .at(0, 0.42, -0.32),
        part("treadle", "wood", box([0.18, 0.02, 0.3], bevel=0.005), part="legs")
        .rotate(x=8)
        .at(0, 0.03, 0.35),
        part("footman", "wood", cylinder(0.007, 0.3), part="legs").at(0.03, 0.05, 0.25),
    ]
    return program(*parts, collider="box")


def padlock(p) -> dict:
    w, h, d = 0.05, 0.045, 0.022
    rise = 0.018 if p.open else 0.0
    parts = [
        part("body", "brass", box([w, h, d], bevel=0.004)).uv("box"),
        part("shackle", "steel", torus(0.015, 0.0035, arc=180))
        .rotate(x=-90)
        .at(0, h + rise - 0.003, 0),
        part("legs", "steel", cylinder(0.0035, 0.012 + rise), part="shackle")
        .moved(0.015, 0, 0)
        .mirror("x", keep=not p.open)
        .at(0, h - 0.004, 0),
        part(
            "keyhole",
            "hollow",
            extrude(
                [
                    [-0.0018, -0.006],
                    [0.0018, -0.006],
                    [0.0012, 0.0],
                    [0.0025, 0.002],
                    [0.0, 0.0045],
                    [-0.0025, 0.002],
                    [-0.0012, 0.0],
                ],
                0.002,
            ),
        ).at(0, h * 0.4, d / 2),
    ]
    return program(*parts, collider="box")


def spider_web(p) -> dict:
    R = 0.4
    n = 12
    parts = [
        part("spokes", "silk", sweep([[0, 0, 0], [0, R * 1.08, 0]], 0.0016, section=THIN))
        .radial(n, axis="z")
        .at(0, R * 1.08, 0),
    ]
    pts = []
    turns, steps = 7, 12
    for k in range(turns * steps + 1):
        a = 2 * math.pi * k / steps
        r = R * (0.08 + 0.9 * k / (turns * steps))
        sag = 1 - 0.06 * math.cos(math.pi * (k % steps) / steps * 2)  # threads sag between spokes
        pts.append([r * sag * math.sin(a), R * 1.08 + r * sag * math.cos(a), 0.0])
    parts.append(
        part("spiral", "silk", sweep(pts, 0.0013, section=THIN), part="spokes").detail(1.5)
    )
    return program(*parts, collider="box")


# --- castle ----------------------------------------------------------------------------------------


def castle(p) -> dict:
    s, wh = 16.0, 7.0  # curtain wall square, wall height
    tr, th = 2.0, 11.0  # corner towers
    kw, kh = 7.0, 14.0  # keep
    parts = [
        part("walls", "stone", box([s, wh, 1.4])).moved(0, 0, s / 2 - 0.7).mirror("z").uv("box"),
        part("side_walls", "stone", box([1.4, wh, s - 1.4]), part="walls")
        .moved(s / 2 - 0.7, 0, 0)
        .mirror("x")
        .uv("box"),
        part("merlons", "stone", box([0.7, 0.9, 1.4]), part="walls")
        .array(12, [s / 12, 0, 0], center=True)
        .moved(0, wh, s / 2 - 0.7)
        .mirror("z"),
        part("side_merlons", "stone", box([1.4, 0.9, 0.7]), part="walls")
        .array(12, [0, 0, s / 12], center=True)
        .moved(s / 2 - 0.7, wh, 0)
        .mirror("x"),
        part("towers", "stone", cylinder(tr, th))
        .moved(s / 2, 0, s / 2)
        .mirror("x")
        .mirror("z")
        .uv("cylindrical"),
        part("tower_roofs", "roof", cone(tr + 0.4, 4.0, sides=16))
        .moved(s / 2, th, s / 2)
        .mirror("x")
        .mirror("z"),
        part("keep", "stone", box([kw, kh, kw])).at(0, 0, -1.5).uv("box"),
        part("keep_merlons", "stone", box([0.8, 1.0, 0.8]), part="keep")
        .array(5, [kw / 5, 0, 0], center=True)
        .moved(0, kh, kw / 2 - 0.4)
        .mirror("z")
        .at(0, 0, -1.5),
        part(
            "gate", "hollow", extrude([[-1.6, 0], [1.6, 0], [1.6, 2.8], [0, 4.2], [-1.6, 2.8]], 0.3)
        ).at(0, 0, s / 2 + 0.2),
        part("gatehouse", "stone", box([6.0, wh + 1.8, 2.4]), part="walls")
        .cut(_gate_cut())
        .at(0, 0, s / 2 - 0.7),
        part("windows", "hollow", box([0.6, 1.4, 0.1]))
        .array(3, [2.0, 0, 0], center=True)
        .array(2, [0, 4.0, 0])
        .at(0, 6.0, -1.5 + kw / 2 + 0.02),
        part("flagpole", "wood", cylinder(0.08, 3.5)).at(0, kh, -1.5),
        part("flag", "flag", box([2.0, 1.2, 0.04])).at(1.05, kh + 2.2, -1.5),
    ]
    return program(*parts, collider="box")


def _gate_cut():
    from ..dsl import shape

    return shape(extrude([[-1.6, 0], [1.6, 0], [1.6, 2.8], [0, 4.2], [-1.6, 2.8]], 3.0)).at(
        0, -0.01, 0
    )


def window(p) -> dict:
    w, h, d = 1.0, 1.25, 0.1
    f = 0.07
    cols = 1 if p.panes == 1 else 2
    rows = max(1, math.ceil(p.panes / cols))
    inner = [[-w / 2 + f, f], [w / 2 - f, f], [w / 2 - f, h - f], [-w / 2 + f, h - f]]
    parts = [
        part(
            "frame",
            "frame",
            extrude([[-w / 2, 0], [w / 2, 0], [w / 2, h], [-w / 2, h]], d, holes=[inner]),
        ).uv("box"),
        part("glass", "glass", box([w - 2 * f, h - 2 * f, 0.008])).at(0, f, 0),
        part("sill", "sill", box([w + 0.12, 0.05, d + 0.08], bevel=0.008)).at(0, -0.03, 0.04),
    ]
    bar = 0.03
    if cols == 2:
        parts.append(
            part("mullion", "frame", box([bar, h - 2 * f, d * 0.6]), part="frame").at(0, f, 0)
        )
    if rows > 1:
        parts.append(
            part("transoms", "frame", box([w - 2 * f, bar, d * 0.6]), part="frame")
            .array(rows - 1, [0, (h - 2 * f) / rows, 0])
            .at(0, f + (h - 2 * f) / rows - bar / 2, 0)
        )
    if p.shutters:
        parts.append(
            part("shutters", "shutter", box([w / 2, h, 0.03], bevel=0.006))
            .moved(w * 0.75 + 0.02, 0, 0)
            .mirror("x")
            .at(0, 0, d / 2)
        )
    return program(*parts, collider="box")


# --- household -------------------------------------------------------------------------------------


def nightstand(p) -> dict:
    w, h, d = 0.48, 0.58, 0.4
    parts = [
        part("carcass", "wood", box([w, h - 0.1, d], bevel=0.006))
        .at(0, 0.1, 0)
        .cut(_shelf_cut(w - 0.06, 0.2, d))
        .uv("box"),
        part("top", "wood", box([w + 0.03, 0.025, d + 0.02], bevel=0.008), part="carcass").at(
            0, h - 0.005, 0
        ),
        part("legs", "wood", cylinder(0.018, 0.12))
        .array(2, [w - 0.06, 0, 0], center=True)
        .array(2, [0, 0, d - 0.06], center=True)
        .taper(0.7),
        part("drawer", "front", box([w - 0.04, 0.15, 0.02], bevel=0.004)).at(0, h - 0.19, d / 2),
        part("knob", "brass", sphere(0.016)).at(0, h - 0.13, d / 2 + 0.01),
    ]
    return program(*parts, collider="box")


def _shelf_cut(w: float, h: float, d: float):
    from ..dsl import shape

    return shape(box([w, h, d])).at(0, 0.03, 0.03)


def medal(p) -> dict:
    r = 0.022
    parts = [
        part("disc", "metal", cylinder(r, 0.003, bevel=0.001)).rotate(x=90).at(0, r, -0.0015),
        part("rim", "metal", torus(r, 0.0016), part="disc").rotate(x=90).at(0, r, 0.0),
        part(
            "emblem",
            "metal",
            extrude(
                [
                    [
                        0.012 * math.sin(math.radians(36 * k)) * (1 if k % 2 == 0 else 0.45),
                        0.012 * math.cos(math.radians(36 * k)) * (1 if k % 2 == 0 else 0.45),
                    ]
                    for k in range(10)
                ],
                0.0015,
            ),
            part="disc",
        ).at(0, r, 0.0015),
        part("ring", "metal", torus(0.004, 0.0012), part="disc")
        .rotate(x=90)
        .at(0, 2 * r + 0.003, 0),
        part(
            "ribbon",
            "ribbon",
            extrude([[-0.018, 0.0], [0.018, 0.0], [0.018, 0.06], [-0.018, 0.06]], 0.0015),
        ).at(0, 2 * r + 0.006, 0),
        part("stripe", "stripe", box([0.01, 0.06, 0.0017])).at(0, 2 * r + 0.006, 0.0001),
    ]
    return program(*parts, collider="box")


def telescope(p) -> dict:
    y0 = 1.15
    tilt = 28
    prof = [
        [0.0, 0],
        [0.045, 0],
        [0.045, 0.05],
        [0.04, 0.06],
        [0.04, 0.7],
        [0.05, 0.72],
        [0.05, 0.78],
        [0.058, 0.8],
        [0.058, 0.95],
        [0.05, 0.95],
        [0.0, 0.95],
    ]
    parts = [
        part("tube", "brass", lathe(prof)).moved(0, -0.45, 0).turned(x=90 - tilt).at(0, y0, 0),
        part("lens", "glass", cylinder(0.05, 0.006))
        .moved(0, 0.5, 0)
        .turned(x=90 - tilt)
        .at(0, y0, 0),
        part("eyepiece", "brass", cylinder(0.016, 0.09), part="tube")
        .moved(0, -0.54, 0)
        .turned(x=90 - tilt)
        .at(0, y0, 0),
        part("finder", "brass", cylinder(0.015, 0.22), part="tube")
        .moved(0, 0.05, 0.065)
        .turned(x=90 - tilt)
        .at(0, y0, 0),
        part("mount", "wood", box([0.1, 0.1, 0.08], bevel=0.01)).at(0, y0 - 0.14, 0),
        part("tripod", "wood", cylinder(0.018, y0 - 0.05))
        .turned(x=-16)
        .moved(0, 0, 0.3)
        .radial(3, axis="y", start=30),
        part("spreader", "brass", torus(0.18, 0.008), part="tube").at(0, 0.45, 0),
    ]
    return program(*parts, collider="box")


def microscope(p) -> dict:
    parts = [
        part(
            "base",
            "body",
            extrude(
                [
                    [-0.08, -0.09],
                    [0.08, -0.09],
                    [0.09, 0.05],
                    [0.05, 0.09],
                    [-0.05, 0.09],
                    [-0.09, 0.05],
                ],
                0.03,
                axis="y",
                bevel=0.006,
            ),
        ),
        part(
            "arm",
            "body",
            sweep(
                [[0, 0.03, -0.06], [0, 0.15, -0.08], [0, 0.26, -0.05], [0, 0.3, 0.0]],
                radii=[0.028, 0.024, 0.02, 0.02],
                curve="smooth",
                section=[[-1, -1], [1, -1], [1, 1], [-1, 1]],
            ),
        ),
        part("stage", "body", box([0.12, 0.012, 0.11], bevel=0.003)).at(0, 0.12, 0.02),
        part("slide", "glass", box([0.075, 0.003, 0.025])).at(0, 0.132, 0.03),
        part("tube", "chrome", cylinder(0.018, 0.14)).turned(x=-20).at(0, 0.22, 0.02),
        part("eyepiece", "chrome", cylinder(0.013, 0.05), part="tube")
        .turned(x=-20)
        .at(0, 0.35, -0.027),
        part("turret", "chrome", cylinder(0.026, 0.018), part="tube").at(0, 0.2, 0.025),
        part("objectives", "chrome", cylinder(0.006, 0.04), part="tube")
        .turned(x=180)
        .moved(0.014, 0, 0)
        .radial(3, axis="y")
        .at(0, 0.205, 0.025),
        part("knobs", "chrome", cylinder(0.022, 0.014), part="tube")
        .turned(z=90)
        .moved(0.04, 0, 0)
        .mirror("x")
        .at(0, 0.1, -0.06),
        part("lamp", "chrome", cylinder(0.015, 0.01), part="tube").at(0, 0.03, 0.02),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------------

RECIPES = [
    Recipe(
        name="catapult",
        category="weapons",
        nouns=("catapult", "mangonel", "onager", "siege catapult", "siege engine"),
        synsets=("catapult.n.03",),
        size=SizePrior((1.8, 1.98, 3.34), 0.25),
        materials={
            "wood": TIMBER,
            "iron": IRON,
            "wheel": M("wood_planks", "#6e4f32"),
            "stone": M("rough_stone", "#8d8a82"),
        },
        parts=_p(
            ("frame", "wood", ("frame", "base", "uprights", "crossbar", "chassis")),
            ("arm", "wood", ("arm", "bucket")),
            ("pivot", "iron", ("axle", "pivot", "hubs")),
            ("winch", "wood", ("winch", "windlass")),
            ("wheels", "wheel", ("wheels",)),
            ("stone", "stone", ("stone", "boulder", "ammunition", "rock")),
        ),
        params=(
            Param(
                "loaded",
                "bool",
                True,
                words={"loaded": True, "empty": False, "unloaded": False},
                doc="A stone in the bucket.",
            ),
        ),
        build=catapult,
        long_axis="z",
        collider="box",
        description="A wheeled siege catapult: a timber frame, a crossbar stop, a throwing arm with a bucket "
        "(a stone in it) and a winch.",
    ),
    Recipe(
        name="trebuchet",
        category="weapons",
        nouns=("trebuchet", "trebucket", "counterweight catapult"),
        synsets=("catapult.n.03",),
        size=SizePrior((2.6, 6.2, 7.51), 0.25),
        materials={
            "wood": TIMBER,
            "iron": IRON,
            "rope": M("rope", "#b8a27a"),
            "leather": M("leather", "#6a4a30"),
        },
        parts=_p(
            ("base", "wood", ("base", "frame", "towers", "posts", "uprights")),
            ("arm", "wood", ("arm", "beam")),
            ("axle", "iron", ("axle", "pivot", "bands")),
            ("counterweight", "wood", ("counterweight", "box")),
            ("sling", "rope", ("sling", "rope")),
            ("pouch", "leather", ("pouch",)),
        ),
        build=trebuchet,
        long_axis="z",
        collider="box",
        description="A trebuchet: braced timber towers on a long base, a throwing arm on a high axle with a "
        "banded counterweight box, and a sling lying back along the ground.",
    ),
    Recipe(
        name="forge",
        category="tools",
        nouns=(
            "forge",
            "blacksmith forge",
            "smithy",
            "smithy forge",
            "blacksmith's forge",
            "hearth forge",
            "smith's hearth",
            "smelter",
        ),
        synsets=("forge.n.01", "forge.n.02"),
        size=SizePrior((1.91, 3.0, 1.27), 0.25),
        materials={
            "brick": M("brick", "#8a4a36"),
            "stone": M("rough_stone", "#7a7770"),
            "iron": IRON,
            "coals": M("rough_stone", "#2a2420"),
            "leather": M("leather", "#6a4a30"),
            "lit_coals": M("plastic", "#ff6a1a", emissive="#ff5a10", emissive_strength=2.0),
        },
        parts=_p(
            ("hearth", "brick", ("hearth", "base", "chimney", "bricks")),
            ("rim", "stone", ("rim", "top")),
            ("iron", "iron", ("hood", "firepot", "tongs", "nozzle")),
            ("coals", "coals", ("coals", "fire", "embers")),
            ("lit_coals", "lit_coals", ("coals", "fire", "embers")),
            ("bellows", "leather", ("bellows",)),
        ),
        params=(
            Param(
                "lit",
                "bool",
                True,
                words={
                    "lit": True,
                    "burning": True,
                    "glowing": True,
                    "hot": True,
                    "cold": False,
                    "unlit": False,
                    "out": False,
                },
                doc="The coals glow.",
            ),
        ),
        build=forge,
        collider="box",
        description="A blacksmith's forge: a brick hearth with glowing coals in a firepot, an iron hood and "
        "chimney, bellows at the side and tongs.",
    ),
    Recipe(
        name="grindstone",
        category="tools",
        nouns=(
            "grindstone",
            "grinding wheel",
            "whetstone wheel",
            "sharpening wheel",
            "sharpening stone",
            "grinding stone",
        ),
        synsets=("grindstone.n.01",),
        size=SizePrior((0.77, 1.11, 1.01), 0.25),
        materials={"stone": M("rough_stone", "#a29c8e"), "wood": TIMBER, "iron": IRON},
        parts=_p(
            ("stone", "stone", ("stone", "wheel", "grindstone")),
            ("frame", "wood", ("frame", "legs", "trough")),
            ("axle", "iron", ("axle", "crank", "handle")),
        ),
        build=grindstone,
        collider="box",
        description="A grindstone: a big stone wheel on an iron axle with a crank, in a wooden frame over a "
        "water trough.",
    ),
    Recipe(
        name="loom",
        category="tools",
        nouns=("loom", "weaving loom", "floor loom", "handloom", "hand loom"),
        synsets=("loom.n.01",),
        size=SizePrior((1.38, 1.6, 1.79), 0.25),
        materials={
            "wood": M("wood_planks", "#a07850"),
            "thread": M("fabric", "#e8dcc0"),
            "cloth": M("fabric", "#9a3a34"),
        },
        parts=_p(
            ("posts", "wood", ("frame", "posts", "beams", "harness", "treadles")),
            ("beams", "wood", ("beams", "rollers")),
            ("warp", "thread", ("warp", "threads", "yarn", "heddles")),
            ("cloth", "cloth", ("cloth", "fabric", "weave")),
            ("bench", "wood", ("bench", "seat")),
        ),
        build=loom,
        collider="box",
        description="A floor loom: a timber frame with warp threads stretched between two beams, a harness of "
        "heddles, treadles, woven cloth rolled on the front beam and a bench.",
    ),
    Recipe(
        name="spinning_wheel",
        category="tools",
        nouns=("spinning wheel", "spinning-wheel", "spinner wheel"),
        synsets=("spinning_wheel.n.01",),
        size=SizePrior((0.2, 0.94, 0.97), 0.25),
        materials={"wood": M("wood_planks", "#8a5a34"), "yarn": M("fabric", "#d8c6a0")},
        parts=_p(
            ("bench", "wood", ("bench", "table", "body")),
            ("legs", "wood", ("legs", "treadle", "uprights")),
            ("wheel", "wood", ("wheel", "rim")),
            ("spokes", "wood", ("spokes", "hub")),
            ("flyer", "wood", ("flyer", "maidens")),
            ("bobbin", "yarn", ("bobbin", "yarn", "wool", "thread")),
        ),
        build=spinning_wheel,
        long_axis="z",
        collider="box",
        description="A spinning wheel: a slanted bench on three legs, a big spoked wheel, a treadle and the "
        "flyer with a bobbin of yarn.",
    ),
    Recipe(
        name="padlock",
        category="tools",
        nouns=("padlock", "lock", "pad lock", "combination lock"),
        synsets=("padlock.n.01", "lock.n.01"),
        size=SizePrior((0.05, 0.06, 0.022), 0.25),
        materials={"brass": BRASS, "steel": M("iron", "#a9acb0"), "hollow": M("iron", "#141414")},
        parts=_p(
            ("body", "brass", ("body", "case")),
            ("shackle", "steel", ("shackle", "loop", "hasp")),
            ("keyhole", "hollow", ("keyhole",)),
        ),
        params=(
            Param(
                "open",
                "bool",
                False,
                words={"open": True, "unlocked": True, "locked": False, "closed": False},
                doc="The shackle raised and swung free.",
            ),
        ),
        build=padlock,
        collider="box",
        description="A padlock: a brass body with a keyhole and a steel shackle.",
    ),
    Recipe(
        name="spider_web",
        category="dungeon_castle",
        nouns=("spider web", "spiderweb", "cobweb", "web", "spider's web", "cobwebs"),
        synsets=("spider_web.n.01", "cobweb.n.03"),
        size=SizePrior((0.86, 0.86, 0.0033), 0.3),
        materials={"silk": M("fabric", "#e8e8ea")},
        parts=_p(
            ("spokes", "silk", ("threads", "silk", "spokes", "web", "strands")),
        ),
        build=spider_web,
        collider="box",
        description="A spider web: twelve radial threads and a spiral of sagging silk, upright, to hang in a "
        "corner or doorway.",
    ),
    Recipe(
        name="castle",
        category="dungeon_castle",
        nouns=(
            "castle",
            "fortress",
            "fort",
            "citadel",
            "stronghold",
            "castle keep",
            "fortification",
            "chateau",
        ),
        synsets=("castle.n.02", "fortress.n.01"),
        size=SizePrior((20.71, 17.5, 20.71), 0.25),
        materials={
            "stone": M("rough_stone", "#8e8a80"),
            "roof": M("roof_tiles", "#4a4f6a"),
            "hollow": M("wood_planks", "#2a2016"),
            "wood": TIMBER,
            "flag": M("fabric", "#b02a2a"),
        },
        parts=_p(
            ("walls", "stone", ("walls", "wall", "curtain wall", "battlements", "gatehouse")),
            ("towers", "stone", ("towers", "turrets")),
            ("tower_roofs", "roof", ("roofs", "spires", "cones")),
            ("keep", "stone", ("keep", "donjon")),
            ("gate", "hollow", ("gate", "door", "gateway")),
            ("windows", "hollow", ("windows",)),
            ("flagpole", "wood", ("flagpole", "pole")),
            ("flag", "flag", ("flag", "banner")),
        ),
        build=castle,
        round=True,
        collider="box",
        description="A compact castle blockout: a square curtain wall with battlements, round corner towers "
        "with conical roofs, a gatehouse and a tall central keep with a flag.",
    ),
    Recipe(
        name="window",
        category="dungeon_castle",
        nouns=(
            "window",
            "window frame",
            "casement",
            "casement window",
            "sash window",
            "windowpane",
            "window pane",
        ),
        synsets=("window.n.01", "casement_window.n.01", "sash_window.n.01"),
        size=SizePrior((1.12, 1.28, 0.18), 0.25),
        materials={
            "frame": M("painted_wood", "#efece4"),
            "glass": M("crystal", "#a9c7d3"),
            "sill": M("painted_wood", "#d8d4ca"),
            "shutter": M("painted_wood", "#3a6a4a"),
        },
        parts=_p(
            ("frame", "frame", ("frame", "mullion", "transoms", "bars", "muntins")),
            ("glass", "glass", ("glass", "panes")),
            ("sill", "sill", ("sill", "ledge")),
            ("shutters", "shutter", ("shutters",)),
        ),
        params=(
            Param(
                "panes",
                "int",
                4,
                1,
                8,
                count_nouns=("panes", "pane", "lights"),
                doc="Glass panes, in one or two columns.",
            ),
            Param(
                "shutters",
                "bool",
                False,
                words={"shutters": True, "shuttered": True},
                doc="A pair of shutters open at the sides.",
            ),
        ),
        build=window,
        collider="box",
        description="A window for a wall: a painted frame with glazing bars dividing the glass into panes, "
        "and a sill.",
    ),
    Recipe(
        name="nightstand",
        category="furniture",
        nouns=(
            "nightstand",
            "night stand",
            "bedside table",
            "night table",
            "bedside cabinet",
            "nightstand table",
            "bedside stand",
        ),
        synsets=(),
        size=SizePrior((0.51, 0.6, 0.44), 0.25),
        materials={
            "wood": M("wood_planks", "#8a5a36"),
            "front": M("wood_planks", "#9a6a42"),
            "brass": BRASS,
        },
        parts=_p(
            ("carcass", "wood", ("body", "carcass", "cabinet", "top", "shelf")),
            ("legs", "wood", ("legs", "feet")),
            ("drawer", "front", ("drawer", "front")),
            ("knob", "brass", ("knob", "handle", "pull")),
        ),
        build=nightstand,
        collider="box",
        description="A nightstand: a small cabinet with a drawer and brass knob over an open shelf, on short "
        "tapered legs.",
    ),
    Recipe(
        name="medal",
        category="leisure",
        nouns=(
            "medal",
            "gold medal",
            "silver medal",
            "bronze medal",
            "medallion",
            "military medal",
            "award medal",
            "olympic medal",
        ),
        synsets=("medallion.n.01",),
        size=SizePrior((0.046, 0.11, 0.0055), 0.25),
        materials={
            "metal": M("brass", "#d4af37"),
            "ribbon": M("fabric", "#2a4aa8"),
            "stripe": M("fabric", "#c82a2a"),
        },
        parts=_p(
            ("disc", "metal", ("disc", "medal", "medallion", "emblem", "star")),
            ("ribbon", "ribbon", ("ribbon", "band")),
            ("stripe", "stripe", ("stripe",)),
        ),
        build=medal,
        collider="box",
        description="A medal: a round gold disc with a raised star and rim, hung from a striped ribbon.",
    ),
    Recipe(
        name="telescope",
        category="household",
        nouns=(
            "telescope",
            "spyglass",
            "refracting telescope",
            "astronomical telescope",
            "brass telescope",
            "scope",
            "stargazing telescope",
        ),
        synsets=("telescope.n.01",),
        size=SizePrior((0.5, 1.44, 0.95), 0.25),
        materials={
            "brass": BRASS,
            "glass": M("crystal", "#a9c7d3"),
            "wood": M("wood_planks", "#7a4f30"),
        },
        parts=_p(
            ("tube", "brass", ("tube", "barrel", "eyepiece", "finder")),
            ("lens", "glass", ("lens", "glass")),
            ("mount", "wood", ("mount", "head")),
            ("tripod", "wood", ("tripod", "legs", "stand")),
        ),
        build=telescope,
        collider="box",
        description="A brass refracting telescope tilted up on a wooden tripod, with an eyepiece and a finder.",
    ),
    Recipe(
        name="microscope",
        category="household",
        nouns=("microscope", "light microscope", "compound microscope", "lab microscope"),
        synsets=("microscope.n.01",),
        size=SizePrior((0.18, 0.4, 0.19), 0.25),
        materials={
            "body": M("painted_metal", "#e8e6e0"),
            "chrome": M("iron", "#b8bcc0"),
            "glass": M("crystal", "#cfe6ee"),
        },
        parts=_p(
            ("base", "body", ("base", "foot")),
            ("arm", "body", ("arm", "body")),
            ("stage", "body", ("stage",)),
            ("slide", "glass", ("slide", "glass")),
            ("tube", "chrome", ("tube", "eyepiece", "lenses", "objectives", "knobs")),
        ),
        build=microscope,
        collider="box",
        description="A compound microscope: a heavy base, a curved arm, a stage with a glass slide, a turret "
        "of objectives and an angled eyepiece tube.",
    ),
]
