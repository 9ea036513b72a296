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
    w, h, d = 0.28, 0.19, 0.05 + 0.055 * p.slots
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


def salt_shaker(p) -> dict:
    body = [[0.0, 0.0], [0.022, 0.0], [0.024, 0.01], [0.02, 0.05], [0.018, 0.072], [0.0, 0.072]]
    grain = "pepper" if p.style == "pepper" else "salt"
    return program(
        part("body", "glass", lathe(body, sides=20)).uv("cylindrical"),
        part(
            grain, grain, lathe([[0.0, 0.0], [0.019, 0.0], [0.02, 0.045], [0.0, 0.045]], sides=16)
        ).at(0, 0.004, 0),
        part("cap", "cap", sphere(0.0195, portion=0.6)).scale([1.0, 0.9, 1.0]).at(0, 0.068, 0),
        part("holes", "hole", cylinder(0.0022, 0.004)).radial(5, 0.008).at(0, 0.084, 0),
        collider="capsule",
    )


def marionette(p) -> dict:
    top = 0.62
    strings = [(-0.11, 0.36), (0.11, 0.36), (-0.05, 0.15), (0.05, 0.15), (0.0, 0.5)]
    parts = [
        part("control", "wood", box([0.3, 0.02, 0.025], bevel=0.005)).at(0, top, 0).uv("box"),
        part("control_cross", "wood", box([0.025, 0.02, 0.2], bevel=0.005), part="control").at(
            0, top, 0
        ),
        part("head", "skin", sphere(0.045)).at(0, 0.44, 0),
        part("hat", "cloth", cone(0.035, 0.05, 0.0)).at(0, 0.52, 0),
        part("torso", "cloth", box([0.1, 0.14, 0.06], bevel=0.02)).at(0, 0.28, 0),
        part("arms", "cloth", cylinder(0.014, 0.14)).turned(z=12).moved(0.07, 0.28, 0).mirror("x"),
        part("hands", "skin", sphere(0.016)).moved(0.11, 0.26, 0).mirror("x"),
        part("legs", "trousers", cylinder(0.017, 0.2)).moved(0.028, 0.08, 0).mirror("x"),
        part("shoes", "shoes", box([0.035, 0.03, 0.06], bevel=0.01))
        .moved(0.028, 0.05, 0.01)
        .mirror("x"),
    ]
    for k, (x, y) in enumerate(strings):
        parts.append(
            part(f"string_{k}", "string", cylinder(0.0012, top - y, sides=4), part="strings").at(
                x, y, 0
            )
        )
    return program(*parts, collider="box")


def toy_soldier(p) -> dict:
    return program(
        part("base", "base", cylinder(0.04, 0.012, bevel=0.003)).uv("cylindrical"),
        part("legs", "trousers", cylinder(0.011, 0.075)).moved(0.013, 0.012, 0).mirror("x"),
        part("boots", "black", cylinder(0.012, 0.02)).moved(0.013, 0.012, 0).mirror("x"),
        part("coat", "coat", cylinder(0.028, 0.075, bevel=0.006)).at(0, 0.085, 0),
        part("belt", "white", cylinder(0.0295, 0.008)).at(0, 0.1, 0),
        part("sash", "white", torus(0.028, 0.0035)).turned(z=35).at(0, 0.135, 0),
        part("arms", "coat", cylinder(0.009, 0.07)).moved(0.035, 0.09, 0).mirror("x"),
        part("hands", "skin", sphere(0.01)).moved(0.035, 0.082, 0).mirror("x"),
        part("head", "skin", sphere(0.022)).at(0, 0.158, 0),
        part("hat", "black", cylinder(0.022, 0.055, bevel=0.006))
        .scale([1.0, 1.0, 1.0])
        .at(0, 0.185, 0),
        part("plume", "white", sphere(0.007)).at(0, 0.24, 0.012),
        part("buttons", "gold", sphere(0.0035)).array(3, [0, 0.018, 0]).at(0, 0.11, 0.027),
        part("rifle", "black", cylinder(0.004, 0.14, sides=6)).at(-0.046, 0.07, 0.006),
        collider="capsule",
    )


def bellows(p) -> dict:
    pear = [
        [-0.1, 0.0],
        [-0.06, -0.1],
        [0.05, -0.11],
        [0.13, -0.06],
        [0.15, 0.0],
        [0.13, 0.06],
        [0.05, 0.11],
        [-0.06, 0.1],
    ]
    board = extrude(pear, 0.012, axis="y", bevel=0.003)
    return program(
        part("boards", "wood", board).at(0, 0.012, 0).uv("planar", axis="y"),
        part("boards_top", "wood", board, part="boards").turned(z=6).moved(0, 0.085, 0),
        part("leather", "leather", extrude(pear, 0.07, axis="y"))
        .scale([0.92, 1.0, 0.92])
        .at(0.0, 0.02, 0),
        part("nozzle", "brass", cone(0.018, 0.14, 0.006)).rotate(z=90).at(-0.08, 0.05, 0),
        part("handles", "wood", box([0.17, 0.012, 0.05], bevel=0.004)).at(0.2, 0.012, 0),
        part("handle_top", "wood", box([0.17, 0.012, 0.05], bevel=0.004), part="handles")
        .turned(z=6)
        .moved(0.2, 0.1, 0),
        part("studs", "brass", sphere(0.006)).radial(10, 0.085).at(0.02, 0.1, 0),
        collider="box",
    )


def projector(p) -> dict:
    if p.style == "video":
        return program(
            part("body", "body", box([0.3, 0.1, 0.24], bevel=0.02)).at(0, 0.01, 0).uv("box"),
            part("feet", "plastic", cylinder(0.012, 0.012))
            .moved(0.11, 0, 0.09)
            .mirror("x")
            .mirror("z"),
            part("lens", "lens", cylinder(0.035, 0.02)).rotate(x=90).at(0.07, 0.06, 0.13),
            part("vents", "plastic", box([0.01, 0.05, 0.12]))
            .array(6, [0.018, 0, 0])
            .at(-0.13, 0.035, 0.06),
            part("buttons", "plastic", cylinder(0.007, 0.004))
            .array(3, [0.022, 0, 0])
            .at(-0.1, 0.11, -0.05),
            collider="box",
        )
    reel = cylinder(0.11, 0.014, inner_radius=0.015)
    return program(
        part("stand", "metal", box([0.16, 0.05, 0.22], bevel=0.01)).uv("box"),
        part("body", "body", box([0.12, 0.2, 0.26], bevel=0.015)).at(0, 0.05, 0),
        part("arms", "metal", box([0.02, 0.14, 0.02]))
        .turned(x=25)
        .moved(0, 0.22, 0.04)
        .array(2, [0, 0, -0.18], center=False),
        part("reels", "reel", reel).rotate(z=90).at(0.007, 0.46, 0.13),
        part("reel_back", "reel", reel, part="reels").rotate(z=90).at(0.007, 0.4, -0.14),
        part("film", "film", cylinder(0.07, 0.016)).rotate(z=90).at(0.008, 0.46, 0.13),
        part("lens", "lens", cylinder(0.03, 0.1)).rotate(x=90).at(0, 0.16, 0.13),
        part("crank", "metal", cylinder(0.008, 0.06)).rotate(z=-90).at(0.06, 0.12, -0.05),
        collider="box",
    )


def wall_calendar(p) -> dict:
    w, h = 0.3, 0.46
    return program(
        part("picture", "picture", box([w, 0.2, 0.004]))
        .at(0, h - 0.21, 0.006)
        .uv("planar", axis="z"),
        part("page", "paper", box([w, h - 0.02, 0.004])).uv("planar", axis="z"),
        part("header", "ink", box([w - 0.04, 0.025, 0.001])).at(0, 0.2, 0.0025),
        part("days", "ink", box([0.03, 0.022, 0.001]))
        .array(7, [0.038, 0, 0], center=True)
        .array(5, [0, -0.032, 0])
        .at(0, 0.16, 0.0025),
        part("rings", "wire", torus(0.008, 0.0015))
        .turned(z=90)
        .array(9, [0.03, 0, 0], center=True)
        .at(0.0, h - 0.028, 0.003),
        part("nail", "wire", cylinder(0.0025, 0.02)).rotate(x=90).at(0, h - 0.01, -0.01),
        collider="box",
    )


def pagoda(p) -> dict:
    n = p.tiers
    base = 6.0
    parts = [part("plinth", "stone", box([base + 1.2, 0.6, base + 1.2], bevel=0.05)).uv("box")]
    y = 0.6
    for k in range(n):
        s = base * (1 - 0.55 * k / max(n, 1))
        storey = 2.6 if k == 0 else 2.0
        parts += [
            part(f"storey_{k}", "wall", box([s, storey, s], bevel=0.04), part="walls").at(0, y, 0),
            part(f"columns_{k}", "column", cylinder(0.12, storey, sides=8), part="columns")
            .moved(s / 2 + 0.05, y, s / 2 + 0.05)
            .mirror("x")
            .mirror("z"),
            part(
                f"roof_{k}",
                "roof",
                cone((s / 2 + 0.9) * 1.414, 0.9, s * 0.5, sides=4),
                part="roofs",
            ).at(0, y + storey, 0),
        ]
        y += storey + 0.9
    parts.append(part("spire", "gold", cone(0.3, 3.0, 0.05, sides=8)).at(0, y - 0.2, 0))
    parts.append(part("rings", "gold", torus(0.28, 0.06)).array(5, [0, 0.45, 0]).at(0, y + 0.3, 0))
    return program(*parts, collider="box")


def flail(p) -> dict:
    top = 0.6
    ball_r = 0.06
    parts = [
        part("handle", "wood", cylinder(0.018, top - 0.03, sides=10)).uv("cylindrical"),
        part("grip", "leather", cylinder(0.021, 0.18, sides=10)).at(0, 0.03, 0),
        part("pommel", "iron", sphere(0.026)).at(0, -0.01, 0),
        part("cap", "iron", cylinder(0.024, 0.05)).at(0, top - 0.05, 0),
        part("ring", "iron", torus(0.016, 0.005)).rotate(x=90).at(0, top + 0.012, 0),
    ]
    bx, by = 0.15, top - 0.3 - ball_r
    x0, y0, x1, y1 = 0.0, top + 0.02, bx, by + ball_r - 0.005
    n = max(3, int(math.hypot(x1 - x0, y1 - y0) / 0.024))
    tilt = math.degrees(math.atan2(x1 - x0, y1 - y0))
    for k in range(n + 1):
        t = k / n
        parts.append(
            part(f"link_{k}", "iron", torus(0.014, 0.0042), part="chain")
            .turned(z=90, y=90 if k % 2 else 0)
            .turned(z=-tilt)
            .at(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t - 0.004, 0)
        )
    parts += [
        part("ball", "iron", sphere(ball_r)).at(bx, by - ball_r, 0),
        part("spikes", "iron", cone(0.014, 0.035, sides=6))
        .turned(x=90)
        .radial(8, ball_r - 0.004)
        .turned(x=90)
        .at(bx, by, 0),
        part("spikes_ring", "iron", cone(0.014, 0.035, sides=6), part="spikes")
        .turned(x=90)
        .radial(6, ball_r - 0.004, start=30)
        .at(bx, by, 0),
    ]
    return program(*parts, collider="box")


def nunchaku(p) -> dict:
    L, r = 0.3, 0.015
    stick = cylinder(r, L, sides=8, bevel=0.003)
    return program(
        part("sticks", "wood", stick).rotate(z=90).at(-0.035, r, 0).uv("cylindrical"),
        part("stick_2", "wood", stick, part="sticks").rotate(z=-90).at(0.035, r, 0),
        part("grips", "grip", cylinder(r + 0.001, 0.16, sides=8))
        .turned(z=90)
        .moved(-0.15, r, 0)
        .mirror("x"),
        part("caps", "metal", cylinder(r + 0.0015, 0.012, sides=8))
        .turned(z=90)
        .moved(-0.035, r, 0)
        .mirror("x"),
        part("chain", "metal", torus(0.007, 0.0022))
        .rotate(x=90)
        .array(3, [0.015, 0, 0], center=True)
        .at(0, r - 0.007, 0),
        collider="box",
    )


def shuriken(p) -> dict:
    n, R, r = p.points, 0.055, 0.016
    star = []
    for k in range(2 * n):
        a = math.pi * k / n + math.pi / 2
        rad = R if k % 2 == 0 else r
        star.append([rad * math.cos(a), rad * math.sin(a)])
    hole = [
        [0.007 * math.cos(2 * math.pi * k / 12), 0.007 * math.sin(2 * math.pi * k / 12)]
        for k in range(12)
    ]
    return program(
        part("star", "steel", extrude(star, 0.004, holes=[hole], axis="y", bevel=0.0012)).uv(
            "planar", axis="y"
        ),
        part("edges", "edge", extrude(star, 0.0015, axis="y"))
        .scale([1.03, 1.0, 1.03])
        .at(0, 0.0013, 0),
        collider="box",
    )


def milk_churn(p) -> dict:
    if p.style == "butter":
        staves = [[0.0, 0.0], [0.17, 0.0], [0.15, 0.6], [0.0, 0.6]]
        return program(
            part("body", "wood", lathe(staves, sides=16)).uv("cylindrical"),
            part("hoops", "iron", cylinder(0.168, 0.025))
            .array(3, [0, 0.24, 0])
            .at(0, 0.05, 0)
            .scaled(1.0),
            part("lid", "wood", cylinder(0.155, 0.03, bevel=0.008)).at(0, 0.6, 0),
            part("dasher", "wood", cylinder(0.016, 0.5)).at(0, 0.62, 0),
            part("knob", "wood", sphere(0.03)).at(0, 1.1, 0),
            collider="capsule",
        )
    body = [
        [0.0, 0.0],
        [0.16, 0.0],
        [0.165, 0.02],
        [0.165, 0.42],
        [0.13, 0.52],
        [0.085, 0.56],
        [0.085, 0.64],
        [0.105, 0.66],
        [0.0, 0.66],
    ]
    return program(
        part("body", "metal", lathe(body, sides=24)).uv("cylindrical"),
        part("bands", "band", cylinder(0.168, 0.03)).array(2, [0, 0.3, 0]).at(0, 0.06, 0),
        part("lid", "metal", cylinder(0.1, 0.04, bevel=0.01)).at(0, 0.66, 0),
        part("lid_knob", "metal", sphere(0.025), part="lid").scale([1.0, 0.6, 1.0]).at(0, 0.69, 0),
        part("handles", "band", torus(0.05, 0.01, arc=180))
        .turned(x=90, z=90)
        .moved(0.13, 0.55, 0)
        .mirror("x"),
        collider="capsule",
    )


def wax_seal_stamp(p) -> dict:
    handle = [
        [0.0, 0.0],
        [0.012, 0.0],
        [0.008, 0.02],
        [0.01, 0.055],
        [0.02, 0.075],
        [0.016, 0.09],
        [0.0, 0.095],
    ]
    parts = [
        part("head", "brass", cylinder(0.014, 0.016, bevel=0.002)).uv("cylindrical"),
        part("handle", "wood", lathe(handle, sides=16)).at(0, 0.016, 0),
    ]
    if p.with_seal:
        parts += [
            part("wax", "wax", cylinder(0.017, 0.004, bevel=0.0015, sides=20)).at(0.05, 0, 0.0),
            part("imprint", "wax_dark", cylinder(0.009, 0.0015)).at(0.05, 0.004, 0.0),
        ]
    return program(*parts, collider="box")


def robe(p) -> dict:
    top = 1.2
    body = [
        [-0.2, 0.0],
        [0.2, 0.0],
        [0.24, 0.3],
        [0.22, top - 0.12],
        [0.16, top - 0.03],
        [0.06, top],
        [-0.06, top],
        [-0.16, top - 0.03],
        [-0.22, top - 0.12],
        [-0.24, 0.3],
    ]
    sleeve = [[0.0, 0.0], [0.14, 0.0], [0.11, 0.55], [0.0, 0.57]]
    lapel = [[0.0, 0.45], [0.07, 0.62], [0.1, top - 0.05], [0.05, top - 0.01], [0.03, 0.62]]
    return program(
        part("robe", "cloth", extrude(body, 0.07, bevel=0.025)).uv("box"),
        part("sleeves", "cloth", extrude(sleeve, 0.06, bevel=0.02), part="robe")
        .turned(z=10)
        .moved(0.22, 0.45, 0)
        .mirror("x"),
        part("lapels", "trim", extrude(lapel, 0.012, bevel=0.004))
        .moved(-0.05, 0, 0.035)
        .mirror("x"),
        part("belt", "trim", box([0.5, 0.05, 0.09], bevel=0.015)).at(0, 0.62, 0),
        part("belt_ends", "trim", box([0.05, 0.3, 0.012], bevel=0.005), part="belt")
        .moved(0.05, 0.36, 0.045)
        .mirror("x", keep=True),
        part("pocket", "cloth", box([0.11, 0.12, 0.008], bevel=0.004), part="robe").at(
            0.12, 0.4, 0.038
        ),
        *_hanger(top - 0.01, 0.42),
        collider="box",
    )


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
    Recipe(
        name="salt_shaker",
        category="food_kitchen",
        nouns=(
            "salt shaker",
            "saltshaker",
            "salt cellar",
            "salt pot",
            "pepper shaker",
            "pepper pot",
            "pepperbox",
            "salt and pepper",
            "cruet shaker",
        ),
        synsets=("saltshaker.n.01", "pepper_shaker.n.01"),
        size=SizePrior((0.048, 0.088, 0.048), 0.25),
        materials={
            "glass": M("crystal", "#dfeef0"),
            "salt": M("organic", "#f4f2ec"),
            "pepper": M("organic", "#3a332c"),
            "cap": M("painted_metal", "#c2c5c8"),
            "hole": BLACK,
        },
        parts=_p(
            ("body", "glass", ("body", "glass", "jar")),
            ("salt", "salt", ("salt",)),
            ("pepper", "pepper", ("pepper",)),
            ("cap", "cap", ("cap", "lid", "top")),
            ("holes", "hole", ("holes",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "salt",
                choices=("salt", "pepper"),
                words={"salt": "salt", "pepper": "pepper", "pepperbox": "pepper"},
                doc="Salt (white grains) or pepper (dark grains) in the glass.",
            ),
        ),
        build=salt_shaker,
        round=True,
        collider="capsule",
        description="A glass salt shaker with a domed steel cap with holes; a pepper style with dark grains.",
    ),
    Recipe(
        name="marionette",
        category="leisure",
        nouns=(
            "marionette",
            "puppet",
            "string puppet",
            "puppet on strings",
            "wooden puppet",
            "pinocchio",
        ),
        synsets=("puppet.n.01",),
        size=SizePrior((0.3, 0.6, 0.2), 0.25),
        materials={
            "wood": WOOD,
            "skin": M("painted_wood", "#e8b890"),
            "cloth": M("fabric", "#b8342c"),
            "trousers": M("fabric", "#2f4a7a"),
            "shoes": M("painted_wood", "#3a2a20"),
            "string": M("rope", "#e8e2d0"),
        },
        parts=_p(
            ("control", "wood", ("control", "control bar", "cross", "handle")),
            ("head", "skin", ("head", "face")),
            ("hat", "cloth", ("hat", "cap")),
            ("torso", "cloth", ("torso", "body", "jacket", "shirt")),
            ("arms", "cloth", ("arms", "sleeves")),
            ("hands", "skin", ("hands",)),
            ("legs", "trousers", ("legs", "trousers")),
            ("shoes", "shoes", ("shoes", "feet")),
            ("strings", "string", ("strings", "string", "threads")),
        ),
        build=marionette,
        collider="box",
        description="A string marionette: a painted wooden figure hanging from a wooden control cross by strings.",
    ),
    Recipe(
        name="toy_soldier",
        category="leisure",
        nouns=(
            "toy soldier",
            "tin soldier",
            "wooden soldier",
            "lead soldier",
            "nutcracker soldier",
            "toy guardsman",
            "toy army man",
        ),
        synsets=("toy_soldier.n.01",),
        size=SizePrior((0.09, 0.25, 0.08), 0.25),
        materials={
            "base": M("painted_wood", "#2f6a36"),
            "trousers": M("painted_wood", "#1f2a4a"),
            "black": M("painted_wood", "#18181a"),
            "coat": M("painted_wood", "#c02a26"),
            "white": M("painted_wood", "#ecebe4"),
            "skin": M("painted_wood", "#eec0a0"),
            "gold": M("brass", "#d8b040"),
        },
        parts=_p(
            ("base", "base", ("base", "stand")),
            ("legs", "trousers", ("legs", "trousers")),
            ("boots", "black", ("boots",)),
            ("coat", "coat", ("coat", "tunic", "jacket", "uniform")),
            ("belt", "white", ("belt",)),
            ("sash", "white", ("sash", "strap")),
            ("arms", "coat", ("arms", "sleeves")),
            ("hands", "skin", ("hands",)),
            ("head", "skin", ("head", "face")),
            ("hat", "black", ("hat", "busby", "bearskin", "shako")),
            ("plume", "white", ("plume",)),
            ("buttons", "gold", ("buttons",)),
            ("rifle", "black", ("rifle", "musket", "gun")),
        ),
        build=toy_soldier,
        collider="capsule",
        description="A painted wooden toy soldier: red coat, white sash, tall black busby and a musket, on a "
        "round base.",
    ),
    Recipe(
        name="bellows",
        category="tools",
        nouns=(
            "bellows",
            "fireplace bellows",
            "hand bellows",
            "forge bellows",
            "fire bellows",
            "blacksmith bellows",
        ),
        synsets=("bellows.n.01",),
        size=SizePrior((0.52, 0.12, 0.22), 0.25),
        materials={
            "wood": M("wood_planks", "#8a5a32"),
            "leather": M("leather", "#5a3a24"),
            "brass": M("brass", "#c8a040"),
        },
        parts=_p(
            ("boards", "wood", ("boards", "board", "paddles")),
            ("leather", "leather", ("leather", "bag", "pleats")),
            ("nozzle", "brass", ("nozzle", "spout")),
            ("handles", "wood", ("handles", "handle")),
            ("studs", "brass", ("studs", "nails", "tacks")),
        ),
        build=bellows,
        long_axis="x",
        collider="box",
        description="Hand bellows: two pear-shaped wooden boards joined by leather, handles at the back and a "
        "brass nozzle.",
    ),
    Recipe(
        name="projector",
        category="office",
        nouns=(
            "projector",
            "film projector",
            "movie projector",
            "cinema projector",
            "slide projector",
            "video projector",
            "beamer",
            "digital projector",
            "home cinema projector",
        ),
        synsets=("projector.n.02",),
        size=SizePrior((0.2, 0.57, 0.49), 0.25),
        materials={
            "metal": M("painted_metal", "#3a3d42"),
            "body": M("painted_metal", "#5a6068"),
            "reel": M("painted_metal", "#9ea3a8"),
            "film": M("plastic", "#2a2420"),
            "lens": M("crystal", "#7fa8c0"),
            "plastic": BLACK,
        },
        parts=_p(
            ("stand", "metal", ("stand", "base")),
            ("body", "body", ("body", "housing", "case")),
            ("arms", "metal", ("arms", "reel arms")),
            ("reels", "reel", ("reels", "reel", "spools")),
            ("film", "film", ("film", "film reel")),
            ("lens", "lens", ("lens",)),
            ("crank", "metal", ("crank",)),
            ("feet", "plastic", ("feet",)),
            ("vents", "plastic", ("vents", "grille")),
            ("buttons", "plastic", ("buttons",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "film",
                choices=("film", "video"),
                words={
                    "film": "film",
                    "movie": "film",
                    "cinema": "film",
                    "vintage": "film",
                    "reel": "film",
                    "video": "video",
                    "digital": "video",
                    "beamer": "video",
                    "modern": "video",
                    "home": "video",
                },
                doc="A vintage film projector with two reels, or a modern video projector box.",
            ),
        ),
        build=projector,
        collider="box",
        description="A vintage film projector: a housing on a stand with a lens and two film reels on arms; a "
        "modern video projector style.",
    ),
    Recipe(
        name="wall_calendar",
        category="office",
        nouns=(
            "wall calendar",
            "calendar",
            "hanging calendar",
            "paper calendar",
            "monthly calendar",
            "desk calendar",
            "wall planner",
        ),
        synsets=("calendar.n.03",),
        size=SizePrior((0.3, 0.48, 0.02), 0.3),
        materials={
            "paper": M("paper", "#f2efe6"),
            "picture": M("paper", "#5c8fb8"),
            "ink": M("paper", "#3a3a40"),
            "wire": M("iron", "#55575a"),
        },
        parts=_p(
            ("picture", "picture", ("picture", "photo", "image")),
            ("page", "paper", ("page", "pages", "sheet", "paper")),
            ("header", "ink", ("header", "month")),
            ("days", "ink", ("days", "dates", "grid")),
            ("rings", "wire", ("rings", "binding", "spiral")),
            ("nail", "wire", ("nail", "pin")),
        ),
        build=wall_calendar,
        collider="box",
        description="A wall calendar hanging from a nail: a picture above a month's grid of days, wire binding.",
    ),
    Recipe(
        name="pagoda",
        category="market_town",
        nouns=(
            "pagoda",
            "chinese pagoda",
            "japanese pagoda",
            "tiered tower",
            "stupa tower",
            "temple tower",
            "buddhist pagoda",
        ),
        synsets=("pagoda.n.01",),
        size=SizePrior((7.8, 18.5, 7.8), 0.25),
        materials={
            "stone": M("rough_stone", "#8a877e"),
            "wall": M("painted_wood", "#b8342a"),
            "column": M("painted_wood", "#8a2018"),
            "roof": M("roof_tiles", "#2e3a36"),
            "gold": M("brass", "#d0a840"),
        },
        parts=_p(
            ("plinth", "stone", ("plinth", "base", "platform")),
            ("walls", "wall", ("walls", "storeys", "floors")),
            ("columns", "column", ("columns", "pillars", "posts")),
            ("roofs", "roof", ("roofs", "roof", "eaves", "tiles")),
            ("spire", "gold", ("spire", "finial")),
            ("rings", "gold", ("rings",)),
        ),
        params=(
            Param(
                "tiers",
                "int",
                5,
                2,
                9,
                count_nouns=("tiers", "storeys", "stories", "floors", "levels", "roofs"),
                doc="Storeys, each with its own flared roof.",
            ),
        ),
        build=pagoda,
        round=True,
        collider="box",
        description="A tiered pagoda on a stone plinth: red storeys narrowing upwards, each under a wide tiled "
        "roof, a golden spire with rings on top.",
    ),
    Recipe(
        name="flail",
        category="weapons",
        nouns=(
            "flail",
            "morning star flail",
            "war flail",
            "military flail",
            "chain mace",
            "spiked flail",
            "flail weapon",
        ),
        synsets=("flail.n.01",),
        size=SizePrior((0.27, 0.64, 0.16), 0.25),
        materials={
            "wood": WOOD,
            "leather": M("leather", "#4a3020"),
            "iron": M("iron", "#4a4b4e"),
        },
        parts=_p(
            ("handle", "wood", ("handle", "haft", "shaft")),
            ("grip", "leather", ("grip", "wrap")),
            ("pommel", "iron", ("pommel",)),
            ("cap", "iron", ("cap", "ferrule")),
            ("ring", "iron", ("ring",)),
            ("chain", "iron", ("chain", "links")),
            ("ball", "iron", ("ball", "head", "morning star")),
            ("spikes", "iron", ("spikes", "spike")),
        ),
        build=flail,
        collider="box",
        description="A war flail: a wooden handle with a leather grip, an iron chain and a spiked iron ball.",
    ),
    Recipe(
        name="nunchaku",
        category="weapons",
        nouns=(
            "nunchaku",
            "nunchucks",
            "nunchuks",
            "nunchuck",
            "chucks",
            "nunchakus",
            "karate sticks",
        ),
        synsets=(),
        size=SizePrior((0.67, 0.03, 0.03), 0.25),
        materials={
            "wood": M("wood_planks", "#3a2418"),
            "grip": M("leather", "#1e1e20"),
            "metal": M("iron", "#8a8c90"),
        },
        parts=_p(
            ("sticks", "wood", ("sticks", "stick", "handles", "batons")),
            ("grips", "grip", ("grips", "grip", "wrap")),
            ("caps", "metal", ("caps", "ferrules")),
            ("chain", "metal", ("chain", "cord", "rope")),
        ),
        build=nunchaku,
        long_axis="x",
        collider="box",
        description="Nunchaku: two octagonal hardwood sticks with black grips, joined end to end by a short chain.",
    ),
    Recipe(
        name="shuriken",
        category="weapons",
        nouns=(
            "shuriken",
            "throwing star",
            "ninja star",
            "throwing stars",
            "ninja throwing star",
            "hira shuriken",
        ),
        synsets=(),
        size=SizePrior((0.11, 0.004, 0.11), 0.3),
        materials={
            "steel": M("iron", "#5a5d62"),
            "edge": M("painted_metal", "#c4c8cc"),
        },
        parts=_p(
            ("star", "steel", ("star", "body", "blade")),
            ("edges", "edge", ("edges", "edge", "points")),
        ),
        params=(
            Param(
                "points",
                "int",
                4,
                3,
                8,
                count_nouns=("points", "blades", "pointed"),
                doc="Points of the star.",
            ),
        ),
        build=shuriken,
        round=True,
        collider="box",
        description="A steel throwing star lying flat: a pointed star with a hole in the middle and bright edges.",
    ),
    Recipe(
        name="milk_churn",
        category="farm",
        nouns=(
            "milk churn",
            "churn",
            "milk can",
            "milk urn",
            "dairy churn",
            "butter churn",
            "churn can",
        ),
        synsets=("churn.n.01",),
        size=SizePrior((0.38, 0.72, 0.34), 0.25),
        materials={
            "metal": M("painted_metal", "#b8bcc0"),
            "band": M("iron", "#6a6c70"),
            "wood": M("wood_planks", "#9a6a3a"),
            "iron": M("iron", "#3f4043"),
        },
        parts=_p(
            ("body", "metal", ("body", "can", "barrel")),
            ("bands", "band", ("bands", "rims")),
            ("lid", "metal", ("lid", "cap")),
            ("handles", "band", ("handles", "handle")),
            ("hoops", "iron", ("hoops",)),
            ("dasher", "wood", ("dasher", "plunger", "stick")),
            ("knob", "wood", ("knob",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "milk",
                choices=("milk", "butter"),
                words={
                    "milk": "milk",
                    "dairy": "milk",
                    "metal": "milk",
                    "butter": "butter",
                    "wooden": "butter",
                },
                doc="A steel milk churn with a lid and handles, or a wooden butter churn with a dasher.",
            ),
        ),
        build=milk_churn,
        round=True,
        collider="capsule",
        description="A steel milk churn: a tall can with shoulders, a narrow neck and lid, two handles; a "
        "wooden butter churn style with hoops and a dasher.",
    ),
    Recipe(
        name="wax_seal_stamp",
        category="office",
        nouns=(
            "wax seal stamp",
            "wax seal",
            "seal stamp",
            "signet stamp",
            "sealing stamp",
            "wax stamp",
            "sealing wax stamp",
        ),
        synsets=(),
        size=SizePrior((0.085, 0.11, 0.04), 0.3),
        materials={
            "brass": M("brass", "#c8a040"),
            "wood": M("wood_planks", "#4a2a1a"),
            "wax": M("plastic", "#a01c1c"),
            "wax_dark": M("plastic", "#6a1010"),
        },
        parts=_p(
            ("head", "brass", ("head", "die", "seal")),
            ("handle", "wood", ("handle",)),
            ("wax", "wax", ("wax", "wax seal", "blob")),
            ("imprint", "wax_dark", ("imprint", "crest")),
        ),
        params=(
            Param(
                "with_seal",
                "bool",
                True,
                words={"wax": True, "pressed": True},
                doc="A pressed red wax seal lying beside the stamp.",
            ),
        ),
        build=wax_seal_stamp,
        collider="box",
        description="A wax seal stamp: a turned wooden handle on a brass die, a pressed red wax seal beside it.",
    ),
    Recipe(
        name="robe",
        category="wearables",
        nouns=(
            "robe",
            "bathrobe",
            "bath robe",
            "dressing gown",
            "house robe",
            "kimono robe",
            "wizard robe",
            "monk robe",
            "lounging robe",
            "robe on a hanger",
        ),
        synsets=("robe.n.01", "bathrobe.n.01", "dressing_gown.n.01"),
        size=SizePrior((0.7, 1.32, 0.1), 0.25),
        materials={
            "cloth": M("fabric", "#e8e2d8"),
            "trim": M("fabric", "#7a8ea8"),
            "wood": M("wood_planks", "#9a6a3a"),
            "steel": M("iron", "#8a8c90"),
        },
        parts=_p(
            ("robe", "cloth", ("robe", "body", "gown", "towelling")),
            ("lapels", "trim", ("lapels", "collar", "shawl collar")),
            ("belt", "trim", ("belt", "sash", "tie")),
            ("hanger", "wood", ("hanger", "coat hanger")),
            ("hook", "steel", ("hook",)),
        ),
        build=robe,
        collider="box",
        description="A bathrobe hanging on a wooden hanger: long towelling body and wide sleeves, a shawl collar "
        "and a tied belt.",
    ),
]
