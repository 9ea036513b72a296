"""Street, industrial and building props: bollard, traffic light, road sign, bus stop, phone booth,
dumpster, pallet, oil drum, pipe, valve, scaffold, barricade, vending machine, fire extinguisher,
tyre, and the bigger pieces: gate, bridge, house and lighthouse.

Everything faces +Z and stands on its bottom centre; long things lie along X."""

from __future__ import annotations

import math

from ..dsl import (
    boards,
    box,
    cone,
    cylinder,
    extrude,
    lathe,
    part,
    program,
    shape,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole

STEEL = M("iron", "#6c7177")
CONCRETE = M("concrete", "#9c9a93")
GLASS = M("crystal", "#a9c7d3")
RUBBER = M("plastic", "#1e1f21")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _ngon(r: float, n: int, turn: float = 0.0, cy: float = 0.0) -> list[list[float]]:
    return [
        [
            r * math.cos(math.radians(turn + 360 * k / n)),
            cy + r * math.sin(math.radians(turn + 360 * k / n)),
        ]
        for k in range(n)
    ]


# ---------------------------------------------------------------------------------------------


def bollard(p) -> dict:
    if p.style == "mooring":
        prof = [
            [0, 0],
            [0.2, 0],
            [0.2, 0.04],
            [0.13, 0.08],
            [0.11, 0.3],
            [0.13, 0.4],
            [0.2, 0.44],
            [0.2, 0.5],
            [0.12, 0.54],
            [0, 0.55],
        ]
        return program(
            part("post", "iron", lathe(prof, smooth=True)).uv("cylindrical"), collider="box"
        )
    prof = [[0, 0], [0.1, 0], [0.1, 0.82], [0.085, 0.88], [0.05, 0.91], [0, 0.92]]
    parts = [
        part("post", "iron", lathe(prof, smooth=True)).uv("cylindrical"),
        part("bands", "reflector", cylinder(0.102, 0.05)).array(2, [0, 0.08, 0]).at(0, 0.66, 0),
    ]
    return program(*parts, collider="box")


def traffic_light(p) -> dict:
    pole_h, hw, hh = 2.9, 0.34, 0.96
    y0 = pole_h - 0.1
    parts = [
        part("pole", "steel", cylinder(0.06, pole_h + 0.1)),
        part("foot", "steel", cylinder(0.14, 0.06, bevel=0.02), part="pole"),
        part("housing", "housing", box([hw, hh, 0.24], bevel=0.03)).at(0, y0, 0.06),
        part(
            "backplate", "housing", box([hw + 0.2, hh + 0.2, 0.02], bevel=0.01), part="housing"
        ).at(0, y0 - 0.1, -0.07),
        part("visors", "housing", cylinder(0.125, 0.14, inner_radius=0.115), part="housing")
        .cut(shape(box([0.3, 0.2, 0.15])).at(0, -0.01, 0))
        .turned(x=90)
        .array(3, [0, 0.3, 0])
        .at(0, y0 + 0.18, 0.18),
    ]
    lit = {"red": 2, "amber": 1, "green": 0}.get(p.signal, -1)
    for k, colour in enumerate(("green", "amber", "red")):
        role = f"lit_{colour}" if k == lit else f"{colour}_lens"
        parts.append(
            part(f"{colour}_lamp", role, cylinder(0.105, 0.03), part=role)
            .rotate(x=90)
            .at(0, y0 + 0.18 + 0.3 * k, 0.175)
        )
    return program(*parts, collider="box")


_SIGN_STYLES = {  # shape -> (face role, border role)
    "stop": ("red_paint", "white_paint"),
    "yield": ("white_paint", "red_paint"),
    "warning": ("yellow_paint", "black_paint"),
    "street": ("green_paint", "white_paint"),
    "speed": ("white_paint", "red_paint"),
}


def road_sign(p) -> dict:
    face_role, border_role = _SIGN_STYLES[p.kind]
    post_h = 2.1
    if p.kind == "stop":
        outer, inner = _ngon(0.38, 8, 22.5), _ngon(0.35, 8, 22.5)
    elif p.kind == "yield":
        outer, inner = _ngon(0.45, 3, -90), _ngon(0.36, 3, -90)
    elif p.kind == "warning":
        outer, inner = _ngon(0.42, 4, 0), _ngon(0.38, 4, 0)
    elif p.kind == "speed":
        outer, inner = _ngon(0.32, 32), _ngon(0.26, 32)
    else:
        outer = [[-0.5, -0.13], [0.5, -0.13], [0.5, 0.13], [-0.5, 0.13]]
        inner = [[-0.48, -0.11], [0.48, -0.11], [0.48, 0.11], [-0.48, 0.11]]
    top = max(q[1] for q in outer)
    cy = post_h - top + 0.02
    parts = [
        part("post", "steel", cylinder(0.03, post_h)),
        part(f"border_{border_role}", border_role, extrude(outer, 0.012)).at(0, cy, 0.042),
        part(f"face_{face_role}", face_role, extrude(inner, 0.006)).at(0, cy, 0.05),
    ]
    if p.kind == "stop":  # a white bar for the lettering
        parts.append(
            part("legend", "white_paint", box([0.4, 0.1, 0.004]), part=f"border_{border_role}").at(
                0, cy - 0.05, 0.054
            )
        )
    elif p.kind == "speed":
        parts.append(
            part("legend", "black_paint", box([0.05, 0.2, 0.004]), part="border_black_paint")
            .array(2, [0.11, 0, 0], center=True)
            .at(0, cy - 0.1, 0.054)
        )
    elif p.kind == "warning":
        parts.append(
            part(
                "legend", "black_paint", box([0.06, 0.26, 0.004]), part=f"border_{border_role}"
            ).at(0, cy - 0.1, 0.054)
        )
    return program(*parts, collider="box")


def bus_stop(p) -> dict:
    w, h, d = 3.0, 2.4, 1.4
    parts = [
        part("posts", "frame", box([0.08, h, 0.08], bevel=0.01), part="frame")
        .array(2, [w - 0.1, 0, 0], center=True)
        .array(2, [0, 0, d - 0.2], center=True)
        .at(0, 0, -0.05),
        part("roof", "roof", box([w + 0.2, 0.1, d + 0.1], bevel=0.02)).rotate(x=3).at(0, h, -0.05),
        part("back", "glass", box([w - 0.16, h - 0.3, 0.02])).at(0, 0.2, -d / 2 + 0.06),
        part("sides", "glass", box([0.02, h - 0.3, d - 0.4]))
        .array(2, [w - 0.1, 0, 0], center=True)
        .at(0, 0.2, -0.15),
        part("bench", "frame", box([w - 0.8, 0.05, 0.34], bevel=0.01)).at(0, 0.44, -d / 2 + 0.28),
        part("bench_legs", "frame", box([0.05, 0.44, 0.3]), part="frame")
        .array(2, [w - 1.1, 0, 0], center=True)
        .at(0, 0, -d / 2 + 0.28),
        part("sign_pole", "frame", cylinder(0.035, 2.5), part="frame").at(
            w / 2 + 0.25, 0, d / 2 - 0.1
        ),
        part("sign", "sign", cylinder(0.22, 0.03))
        .rotate(x=90)
        .at(w / 2 + 0.25, 2.55, d / 2 - 0.12),
        part("advert", "advert", box([0.02, 1.4, d - 0.6], bevel=0.005)).at(
            w / 2 - 0.08, 0.5, -0.15
        ),
    ]
    return program(*parts, collider="box")


def phone_booth(p) -> dict:
    w, h = 0.95, 2.2
    vault = [
        [-w / 2 - 0.03, 0],
        [w / 2 + 0.03, 0],
        [w / 2 + 0.03, 0.08],
        [0.3, 0.2],
        [0, 0.24],
        [-0.3, 0.2],
        [-w / 2 - 0.03, 0.08],
    ]
    parts = [
        part("plinth", "paint", box([w + 0.1, 0.12, w + 0.1], bevel=0.01), part="body"),
        part("body", "paint", box([w, h, w], bevel=0.02)).at(0, 0.12, 0).uv("box"),
        part("header", "paint", box([w + 0.06, 0.2, w + 0.06], bevel=0.01), part="body").at(
            0, h + 0.02, 0
        ),
        part("roof_x", "paint", extrude(vault, w + 0.06, smooth=False), part="body").at(
            0, h + 0.22, 0
        ),
        part("roof_z", "paint", extrude(vault, w + 0.06, axis="x"), part="body").at(0, h + 0.22, 0),
        part("crown", "paint", sphere(0.08), part="body").at(0, h + 0.42, 0),
    ]
    sign = "lit_sign" if p.lit else "sign"
    # Glazed panels on the front and both sides, glazing bars over them; a lit sign above each.
    for k, (rot, pos) in enumerate(
        ((0, (0, 0, w / 2)), (90, (w / 2, 0, 0)), (-90, (-w / 2, 0, 0)))
    ):
        x, _, z = pos
        parts += [
            part(f"glass_{k}", "glass", box([w - 0.2, h - 0.5, 0.02]), part="windows")
            .rotate(y=rot)
            .at(x, 0.45, z),
            part(f"bars_{k}", "paint", box([w - 0.2, 0.03, 0.035]), part="body")
            .array(7, [0, (h - 0.5) / 6, 0])
            .rotate(y=rot)
            .at(x, 0.45, z),
            part(f"mullions_{k}", "paint", box([0.03, h - 0.5, 0.035]), part="body")
            .array(3, [(w - 0.2) / 2, 0, 0], center=True)
            .rotate(y=rot)
            .at(x, 0.45, z),
            part(f"sign_{k}", sign, box([w - 0.3, 0.12, 0.02]), part=sign)
            .rotate(y=rot)
            .at(x, h + 0.06, z),
        ]
    parts.append(
        part("sign_back", sign, box([w - 0.3, 0.12, 0.02]), part=sign).at(0, h + 0.06, -w / 2)
    )
    return program(*parts, collider="box")


def dumpster(p) -> dict:
    w, h, d = 1.8, 1.05, 1.1
    parts = [
        part("body", "paint", box([w, h - 0.12, d], bevel=0.03))
        .taper([1.05, 1.1], axis="y")
        .at(0, 0.12, 0)
        .uv("box"),
        part("rim", "paint", box([w + 0.06, 0.08, d + 0.06], bevel=0.015), part="body").at(
            0, h - 0.04, 0
        ),
        part("pockets", "paint", box([0.2, 0.12, 0.14], bevel=0.01), part="body")
        .array(2, [w - 0.5, 0, 0], center=True)
        .mirror("z", keep=True)
        .at(0, 0.6, d / 2 - 0.02),
        part("ribs", "paint", box([0.05, h - 0.3, 0.05], bevel=0.01), part="body")
        .array(3, [0.6, 0, 0], center=True)
        .at(0, 0.2, d / 2 - 0.05),
        part("wheels", "rubber", cylinder(0.06, 0.05))
        .turned(z=90)
        .array(2, [w - 0.3, 0, 0], center=True)
        .array(2, [0, 0, d - 0.3], center=True)
        .at(0.025, 0, 0),
    ]
    if p.open:
        parts.append(
            part("lids", "plastic", box([w / 2 - 0.02, 0.05, d + 0.08], bevel=0.015))
            .rotate(x=-100)
            .array(2, [w / 2, 0, 0], center=True)
            .at(0, h + 0.02, -d / 2 - 0.02)
        )
    else:
        parts.append(
            part("lids", "plastic", box([w / 2 - 0.02, 0.05, d + 0.08], bevel=0.015))
            .array(2, [w / 2, 0, 0], center=True)
            .at(0, h + 0.03, 0)
        )
    return program(*parts, collider="box")


def pallet(p) -> dict:
    w, d = 1.2, 0.8
    parts = []
    for k in range(p.count):
        y = k * 0.144
        parts += [
            part(
                f"deck_{k}",
                "wood",
                boards([w, 0.022, d], 5, run="x", gap=0.045, bevel=0.003, jitter=0.004),
                part="boards",
            ).at(0, y + 0.122, 0),
            part(f"stringers_{k}", "wood", box([w, 0.022, 0.1], bevel=0.003), part="boards")
            .array(3, [0, 0, d / 2 - 0.05], center=True)
            .at(0, y + 0.1, 0),
            part(f"blocks_{k}", "end_grain", box([0.14, 0.078, 0.1], bevel=0.004), part="blocks")
            .array(3, [w / 2 - 0.07, 0, 0], center=True)
            .array(3, [0, 0, d / 2 - 0.05], center=True)
            .at(0, y + 0.022, 0),
            part(f"runners_{k}", "wood", box([w, 0.022, 0.1], bevel=0.003), part="boards")
            .array(3, [0, 0, d / 2 - 0.05], center=True)
            .at(0, y, 0),
        ]
    return program(*parts, collider="box")


def oil_drum(p) -> dict:
    r, h = 0.29, 0.88
    parts = [
        part("body", "paint", cylinder(r, h, bevel=0.012)).uv("cylindrical"),
        part("chimes", "paint", torus(r - 0.004, 0.012), part="body").array(2, [0, h - 0.024, 0]),
        part("hoops", "paint", torus(r - 0.002, 0.01), part="body")
        .array(2, [0, h / 3, 0])
        .at(0, h / 3 - 0.01, 0),
        part("bungs", "steel", cylinder(0.03, 0.014), part="bungs")
        .array(2, [0.36, 0, 0], center=True)
        .at(0, h, 0.05),
    ]
    if p.hazard:
        parts.append(part("label", "label", cylinder(r + 0.002, 0.16)).at(0, h / 2 - 0.08, 0))
    return program(*parts, collider="capsule")


def pipe(p) -> dict:
    r, L = 0.15, 2.0
    fl = [part("flanges", "steel", cylinder(r + 0.06, 0.04, bevel=0.006), part="flanges")]
    if p.shape == "elbow":
        R = 0.45
        path = [[-0.8, r + 0.06, 0], [-R, r + 0.06, 0]]
        path += [
            [-R + R * math.sin(math.radians(a)), r + 0.06, R - R * math.cos(math.radians(a))]
            for a in range(15, 91, 15)
        ]
        path += [[0, r + 0.06, 0.8]]
        parts = [
            part("pipe", "steel", sweep(path, r)).uv("cylindrical"),
            fl[0].rotate(z=90).at(-0.78, r + 0.06, 0),
            part("flange_b", "steel", cylinder(r + 0.06, 0.04, bevel=0.006), part="flanges")
            .rotate(x=90)
            .at(0, r + 0.06, 0.76),
        ]
    else:
        parts = [
            part("pipe", "steel", cylinder(r, L))
            .rotate(z=90)
            .at(L / 2, r + 0.06, 0)
            .uv("cylindrical"),
            fl[0].turned(z=90).array(2, [L - 0.04, 0, 0], center=True).at(0.02, r + 0.06, 0),
        ]
        if p.shape == "tee":
            parts.append(
                part("branch", "steel", cylinder(r * 0.8, 0.7), part="pipe").at(0, r + 0.06, 0)
            )
    saddle = part("saddles", "concrete", box([0.12, 0.1, 2 * r + 0.06], bevel=0.01))
    parts.append(
        saddle.at(-0.55, 0, 0) if p.shape == "elbow" else saddle.array(2, [1.0, 0, 0], center=True)
    )
    return program(*parts, collider="box")


def valve(p) -> dict:
    parts = [
        part("pipe", "steel", cylinder(0.07, 0.4)).uv("cylindrical"),
        part("flange", "steel", cylinder(0.12, 0.03, bevel=0.006), part="pipe").at(0, 0, 0),
        part(
            "body",
            "paint",
            lathe(
                [
                    [0, 0],
                    [0.11, 0],
                    [0.14, 0.08],
                    [0.14, 0.16],
                    [0.09, 0.22],
                    [0.05, 0.24],
                    [0, 0.24],
                ],
                smooth=True,
            ),
        ).at(0, 0.34, 0),
        part("stem", "steel", cylinder(0.018, 0.2), part="pipe").at(0, 0.56, 0),
        part("wheel", "wheel", torus(0.17, 0.018)).at(0, 0.7, 0),
        part("spokes", "wheel", box([0.02, 0.02, 0.34]), part="wheel")
        .radial(3, axis="y")
        .at(0, 0.708, 0),
        part("hub", "wheel", cylinder(0.035, 0.04, bevel=0.008), part="wheel").at(0, 0.7, 0),
    ]
    return program(*parts, collider="box")


def scaffold(p) -> dict:
    n = p.levels
    w, d, lh = 2.5, 1.2, 2.0
    h = n * lh + 1.0
    parts = [
        part("standards", "steel", cylinder(0.024, h))
        .array(2, [w, 0, 0], center=True)
        .array(2, [0, 0, d], center=True),
        part("ledgers", "steel", cylinder(0.022, w + 0.1), part="standards")
        .turned(z=90)
        .array(n + 1, [0, lh, 0])
        .array(2, [0, 0, d], center=True)
        .at((w + 0.1) / 2, 0.2, 0),
        part("transoms", "steel", cylinder(0.022, d + 0.1), part="standards")
        .turned(x=90)
        .array(n + 1, [0, lh, 0])
        .array(2, [w, 0, 0], center=True)
        .at(0, 0.24, -(d + 0.1) / 2),
        part("rails", "steel", cylinder(0.022, w + 0.1), part="standards")
        .turned(z=90)
        .array(n, [0, lh, 0])
        .at((w + 0.1) / 2, lh + 1.1, d / 2),
        part("braces", "steel", cylinder(0.02, math.hypot(w, lh) - 0.1), part="standards")
        .turned(z=-math.degrees(math.atan2(w, lh)))
        .array(n, [0, lh, 0])
        .at(-w / 2 + 0.05, 0.24, -d / 2),
        part(
            "planks",
            "wood",
            boards([w + 0.3, 0.04, d - 0.1], 4, run="x", gap=0.02, bevel=0.005, jitter=0.003),
        )
        .array(n, [0, lh, 0])
        .at(0, lh + 0.25, 0),
        part("base_plates", "steel", box([0.15, 0.01, 0.15]), part="standards")
        .array(2, [w, 0, 0], center=True)
        .array(2, [0, 0, d], center=True),
    ]
    return program(*parts, collider="box")


def barricade(p) -> dict:
    if p.style == "concrete":
        prof = [
            [-0.3, 0],
            [0.3, 0],
            [0.3, 0.08],
            [0.12, 0.3],
            [0.09, 0.81],
            [-0.09, 0.81],
            [-0.12, 0.3],
            [-0.3, 0.08],
        ]
        parts = [
            part("block", "concrete", extrude(prof, 2.0, axis="x", bevel=0.01)).uv("box"),
            part("stripes", "white_paint", box([0.3, 0.1, 0.005]), part="boards")
            .array(3, [0.6, 0, 0], center=True)
            .at(0, 0.55, 0.1)
            .rotate(x=-3),
        ]
        return program(*parts, collider="box")
    w = 1.6
    parts = [
        part("legs", "frame", box([0.05, 1.05, 0.05], bevel=0.008), part="frame")
        .turned(x=14)
        .mirror("z")
        .array(2, [w - 0.2, 0, 0], center=True)
        .at(0, 0, 0),
        part("boards", "white_paint", box([w, 0.2, 0.03], bevel=0.008))
        .array(2, [0, 0.4, 0])
        .at(0, 0.5, 0.14),
        part("stripes", "red_paint", box([0.14, 0.2, 0.006]))
        .array(5, [0.32, 0, 0], center=True)
        .array(2, [0, 0.4, 0])
        .at(0, 0.5, 0.157),
    ]
    if p.lit:
        parts.append(
            part("lamp", "lamp", cylinder(0.06, 0.06, bevel=0.01))
            .rotate(x=90)
            .at(-w / 2 + 0.1, 1.1, 0.12)
        )
    return program(*parts, collider="box")


def vending_machine(p) -> dict:
    w, h, d = 0.9, 1.83, 0.8
    parts = [
        part("cabinet", "paint", box([w, h, d], bevel=0.02)).uv("box"),
        # The display: a dark back, shelves of cans in front of it, a steel frame round it (open, so the
        # goods read from any side).
        part("display_back", "panel_dark", box([0.58, 1.2, 0.01]), part="keypad").at(
            -0.1, 0.5, d / 2
        ),
        part("shelves", "steel", box([0.56, 0.012, 0.09]), part="panel")
        .array(5, [0, 0.23, 0])
        .at(-0.1, 0.51, d / 2 + 0.05),
        part("goods", "goods", cylinder(0.03, 0.11))
        .array(7, [0.075, 0, 0], center=True)
        .array(5, [0, 0.23, 0])
        .at(-0.1, 0.522, d / 2 + 0.045),
        part(
            "window_frame",
            "steel",
            extrude(
                [[-0.32, 0], [0.32, 0], [0.32, 1.26], [-0.32, 1.26]],
                0.1,
                holes=[[[-0.29, 0.03], [0.29, 0.03], [0.29, 1.23], [-0.29, 1.23]]],
            ),
            part="panel",
        ).at(-0.1, 0.47, d / 2 + 0.05),
        part("panel", "steel", box([0.2, 1.2, 0.02], bevel=0.005)).at(
            w / 2 - 0.12, 0.5, d / 2 - 0.005
        ),
        part("keypad", "panel_dark", box([0.035, 0.03, 0.01], bevel=0.003))
        .array(3, [0.045, 0, 0], center=True)
        .array(4, [0, 0.04, 0])
        .at(w / 2 - 0.12, 1.1, d / 2 + 0.01),
        part("slot", "panel_dark", box([0.6, 0.16, 0.03], bevel=0.01), part="keypad").at(
            -0.06, 0.14, d / 2 - 0.01
        ),
        part("header", "lit_sign", box([w - 0.08, 0.2, 0.02], bevel=0.005)).at(0, h - 0.26, d / 2),
    ]
    return program(*parts, collider="box")


def fire_extinguisher(p) -> dict:
    body = [
        [0, 0],
        [0.075, 0],
        [0.08, 0.015],
        [0.08, 0.42],
        [0.07, 0.47],
        [0.04, 0.5],
        [0.02, 0.51],
        [0, 0.51],
    ]
    parts = [
        part("cylinder", "red_paint", lathe(body, smooth=True)).uv("cylindrical"),
        part("head", "brass", cylinder(0.02, 0.06, bevel=0.004)).at(0, 0.5, 0),
        part("lever", "steel", box([0.025, 0.012, 0.12], bevel=0.004))
        .rotate(x=-12)
        .at(0, 0.57, -0.02),
        part("handle", "steel", box([0.025, 0.012, 0.1], bevel=0.004), part="lever").at(
            0, 0.545, -0.03
        ),
        part(
            "hose",
            "rubber",
            sweep(
                [[0, 0.55, 0.02], [0, 0.58, 0.09], [0, 0.45, 0.11], [0, 0.2, 0.1], [0, 0.12, 0.09]],
                0.01,
                curve="smooth",
            ),
        ),
        part("nozzle", "rubber", cone(0.018, 0.05, radius_top=0.012), part="hose")
        .rotate(x=180)
        .at(0, 0.13, 0.09),
        part("label", "label", cylinder(0.082, 0.14)).at(0, 0.2, 0),
    ]
    return program(*parts, collider="capsule")


def tyre(p) -> dict:
    r, w = 0.33, 0.22
    tyre = torus(
        r - 0.1, 0.1
    )  # 0.2 thick, scaled to the tread width: a doughnut with the rim's hole
    parts = []
    for k in range(p.count):
        parts.append(
            part(f"tyre_{k}", "rubber", tyre, part="tyres")
            .scale([1, w / 0.2, 1])
            .turned(y=17 * k)
            .at(0.015 * ((k * 7) % 3 - 1), k * w, 0.015 * ((k * 5) % 3 - 1))
        )
    if p.count == 1:
        parts = [
            part("tyre_0", "rubber", tyre, part="tyres")
            .scale([1, w / 0.2, 1])
            .rotate(x=90)
            .at(0, r, -w / 2)
        ]
    if p.rim:
        parts.append(
            part("rim", "steel", cylinder(0.16, w * 0.8, bevel=0.01))
            .rotate(x=90)
            .at(0, r, -w * 0.4)
            if p.count == 1
            else part("rim", "steel", cylinder(0.16, w * 0.8, bevel=0.01)).at(
                0, w * (p.count - 0.9), 0
            )
        )
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Bigger pieces


def gate(p) -> dict:
    w, h = 1.2 * p.leaves, 1.1
    post_h = h + 0.25
    parts = [
        part("posts", "posts", box([0.14, post_h, 0.14], bevel=0.01)).array(
            2, [w + 0.2, 0, 0], center=True
        ),
        part("caps", "posts", cone(0.11, 0.08, sides=4), part="posts")
        .turned(y=45)
        .array(2, [w + 0.2, 0, 0], center=True)
        .at(0, post_h, 0),
    ]
    leaf_w = w / p.leaves - 0.04
    for k in range(p.leaves):
        cx = -w / 2 + (k + 0.5) * w / p.leaves
        if p.style == "iron":
            nb = int(leaf_w / 0.11) + 1
            parts += [
                part(f"bars_{k}", "iron", cylinder(0.012, h - 0.12), part="iron_leaf")
                .array(nb, [0.11, 0, 0], center=True)
                .at(cx, 0.08, 0),
                part(f"finials_{k}", "iron", cone(0.025, 0.09), part="iron_leaf")
                .array(nb, [0.11, 0, 0], center=True)
                .at(cx, h - 0.05, 0),
                part(f"rails_{k}", "iron", box([leaf_w, 0.04, 0.03], bevel=0.005), part="iron_leaf")
                .array(2, [0, h - 0.35, 0])
                .at(cx, 0.12, 0),
            ]
        else:
            n = 5 if p.style == "farm" else 1
            parts += [
                part(f"rails_{k}", "wood", box([leaf_w, 0.1, 0.05], bevel=0.008), part="leaf")
                .array(n if n > 1 else 2, [0, (h - 0.25) / ((n if n > 1 else 2) - 1), 0])
                .at(cx, 0.1, 0),
                part(f"stiles_{k}", "wood", box([0.1, h - 0.05, 0.06], bevel=0.008), part="leaf")
                .array(2, [leaf_w - 0.1, 0, 0], center=True)
                .at(cx, 0.05, 0),
                part(
                    f"brace_{k}",
                    "wood",
                    box([0.08, math.hypot(leaf_w - 0.2, h - 0.35), 0.04], bevel=0.006),
                    part="leaf",
                )
                .moved(0, -math.hypot(leaf_w - 0.2, h - 0.35) / 2, 0)
                .rotate(z=(-1 if k % 2 else 1) * math.degrees(math.atan2(leaf_w - 0.2, h - 0.35)))
                .at(cx, 0.1 + (h - 0.15) / 2, 0.045),
            ]
            if p.style == "picket":
                parts.append(
                    part(
                        f"pickets_{k}",
                        "wood",
                        extrude(
                            [[-0.04, 0], [0.04, 0], [0.04, h - 0.06], [0, h], [-0.04, h - 0.06]],
                            0.025,
                        ),
                        part="leaf",
                    )
                    .array(int(leaf_w / 0.13), [0.13, 0, 0], center=True)
                    .at(cx, 0.05, -0.04)
                )
    return program(*parts, collider="box")


def bridge(p) -> dict:
    L, wd = 6.0, 1.6
    if p.style == "stone":
        L, wd = 8.0, 3.0
        n = 24
        arch_r, rise = 2.6, 1.6
        top = [
            [-L / 2 + L * k / n, 2.4 + 0.5 * math.cos(math.pi * (k / n - 0.5)) - 0.5]
            for k in range(n + 1)
        ]
        outline = [[-L / 2, 0], [-arch_r, 0]]
        outline += [
            [-arch_r * math.cos(math.radians(a)), rise * math.sin(math.radians(a))]
            for a in range(12, 180, 12)
        ]
        outline += [[arch_r, 0], [L / 2, 0]] + top[::-1]
        parts = [part("span", "stone", extrude(outline, wd, axis="z")).uv("box")]
        # Parapets follow the hump: one short wall segment per step.
        for side in (-1, 1):
            for k in range(n):
                (x0, y0), (x1, y1) = top[k], top[k + 1]
                seg = math.hypot(x1 - x0, y1 - y0)
                parts.append(
                    part(
                        f"parapet_{(side + 1) // 2}_{k}",
                        "stone",
                        box([seg + 0.02, 0.45, 0.28], bevel=0.02),
                        part="parapets",
                    )
                    .rotate(z=math.degrees(math.atan2(y1 - y0, x1 - x0)))
                    .at((x0 + x1) / 2, min(y0, y1) - 0.02, side * (wd / 2 - 0.14))
                )
        return program(*parts, collider="mesh_convex")
    n = 16
    rise = 0.6
    pts = [[-L / 2 + L * k / n, rise * math.sin(math.pi * k / n)] for k in range(n + 1)]
    parts = []
    for k in range(n):
        (x0, y0), (x1, y1) = pts[k], pts[k + 1]
        seg = math.hypot(x1 - x0, y1 - y0)
        ang = math.degrees(math.atan2(y1 - y0, x1 - x0))
        parts += [
            part(
                f"deck_{k}",
                "wood",
                boards([seg + 0.01, 0.05, wd], 3, run="z", gap=0.01, bevel=0.004, jitter=0.004),
                part="deck",
            )
            .rotate(z=ang)
            .at((x0 + x1) / 2, (y0 + y1) / 2 + 0.2, 0),
            part(f"rails_{k}", "wood", box([seg + 0.02, 0.07, 0.07], bevel=0.01), part="railings")
            .rotate(z=ang)
            .mirror("z", offset=0)
            .at((x0 + x1) / 2, (y0 + y1) / 2 + 1.15, wd / 2 - 0.04),
        ]
    for k in range(0, n + 1, 2):
        x, y = pts[k]
        parts.append(
            part(
                f"post_{k}",
                "wood",
                box([0.09, 1.0 + (0.2 if k in (0, n) else 0), 0.09], bevel=0.01),
                part="railings",
            )
            .array(2, [0, 0, wd - 0.08], center=True)
            .at(x, y + 0.2 - (0.2 if k in (0, n) else 0), 0)
        )
    parts.append(
        part("beams", "wood", box([0.14, 0.2, wd - 0.1], bevel=0.01), part="deck").array(
            2, [L - 0.2, 0, 0], center=True
        )
    )
    return program(*parts, collider="mesh_convex")


def house(p) -> dict:
    n = p.floors
    w, d, fh = 6.0, 5.0, 2.7
    wall_h = n * fh
    roof_h = 2.3
    gable = [[-w / 2 - 0.35, 0], [w / 2 + 0.35, 0], [0, roof_h]]
    parts = [
        part("walls", "plaster", box([w, wall_h, d], bevel=0.03)).at(0, 0.3, 0).uv("box"),
        part("foundation", "stone", box([w + 0.14, 0.32, d + 0.14], bevel=0.02)),
        part("roof", "roof", extrude(gable, d + 0.6, bevel=0.02)).at(0, wall_h + 0.28, 0).uv("box"),
        part(
            "gables",
            "plaster",
            extrude([[-w / 2, 0], [w / 2, 0], [0, roof_h - 0.3]], d - 0.02),
            part="walls",
        ).at(0, wall_h + 0.28, 0),
        part("chimney", "brick", box([0.6, 2.0, 0.6], bevel=0.02)).at(
            w / 2 - 1.2, wall_h + 0.9, -d / 4
        ),
        part("door", "wood", box([1.0, 2.1, 0.08], bevel=0.02)).at(-0.9, 0.3, d / 2 - 0.02),
        part("door_frame", "trim", box([1.2, 2.2, 0.06], bevel=0.01), part="frames").at(
            -0.9, 0.28, d / 2 - 0.03
        ),
        part("step", "stone", box([1.4, 0.3, 0.5], bevel=0.02), part="foundation").at(
            -0.9, 0, d / 2 + 0.2
        ),
        part("windows", "glass", box([1.0, 1.1, 0.06])).at(1.4, 1.2, d / 2),
        part("window_frames", "trim", box([1.16, 1.26, 0.05], bevel=0.01), part="frames").at(
            1.4, 1.12, d / 2 - 0.005
        ),
        part("mullions", "trim", box([0.05, 1.1, 0.08]), part="frames").at(1.4, 1.2, d / 2),
        part("side_windows", "glass", box([0.06, 1.1, 1.0]))
        .mirror("x", offset=0)
        .at(w / 2, 1.2, 0),
        part("side_frames", "trim", box([0.05, 1.26, 1.16], bevel=0.01), part="frames")
        .mirror("x", offset=0)
        .at(w / 2 - 0.005, 1.12, 0),
    ]
    if n > 1:
        parts += [
            part("upper_windows", "glass", box([1.0, 1.1, 0.06]), part="windows")
            .array(2, [2.6, 0, 0], center=True)
            .array(n - 1, [0, fh, 0])
            .at(0.2, 1.2 + fh, d / 2),
            part("upper_frames", "trim", box([1.16, 1.26, 0.05], bevel=0.01), part="frames")
            .array(2, [2.6, 0, 0], center=True)
            .array(n - 1, [0, fh, 0])
            .at(0.2, 1.12 + fh, d / 2 - 0.005),
        ]
    return program(*parts, collider="box")


def lighthouse(p) -> dict:
    h = 10.0
    prof = [[2.0, 0], [1.95, 0.4], [1.3, h], [0, h]]
    parts = [
        part("tower", "paint", lathe(prof)).uv("cylindrical"),
        part("base", "stone", cylinder(2.4, 0.6, bevel=0.05)),
    ]
    # Red bands: short frustums of the tower's own taper, a little proud of it.
    for k, y in enumerate((1.6, 4.6, 7.6)):
        r0 = 1.95 - (1.95 - 1.3) * (y - 0.4) / (h - 0.4)
        r1 = 1.95 - (1.95 - 1.3) * (y + 1.5 - 0.4) / (h - 0.4)
        parts.append(
            part(
                f"band_{k}", "stripe", cone(r0 + 0.02, 1.5, radius_top=r1 + 0.02), part="bands"
            ).at(0, y, 0)
        )
    lamp = "lit_glass" if p.lit else "glass"
    parts += [
        part("gallery", "iron", cylinder(1.75, 0.15, bevel=0.02)).at(0, h, 0),
        part("railing", "iron", torus(1.68, 0.03), part="gallery").at(0, h + 0.95, 0),
        part("rail_posts", "iron", cylinder(0.03, 0.95), part="gallery")
        .radial(16, radius=1.68)
        .at(0, h + 0.15, 0),
        part(
            "lantern_room",
            lamp,
            cylinder(0.95, 1.6, sides=8),
            part="lantern_room_lit" if p.lit else "lantern_room",
        ).at(0, h + 0.15, 0),
        part("frames", "iron", box([0.06, 1.6, 0.06]), part="gallery")
        .radial(8, radius=0.95, start=22.5)
        .at(0, h + 0.15, 0),
        part("dome", "roof", sphere(1.1, portion=0.5)).at(0, h + 1.75, 0),
        part("vent", "roof", sphere(0.22), part="dome").at(0, h + 2.75, 0),
        part("door", "wood", box([0.9, 1.9, 0.3], bevel=0.03)).at(0, 0.6, 1.86),
    ]
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------

_PAINTS = {
    "red_paint": M("painted_metal", "#b3202a"),
    "white_paint": M("painted_metal", "#efefea"),
    "yellow_paint": M("painted_metal", "#f2c21b"),
    "green_paint": M("painted_metal", "#1f6b3a"),
    "black_paint": M("painted_metal", "#1b1b1b"),
}


def jerrycan(p) -> dict:
    w, h, d = 0.34, 0.47, 0.17
    parts = [
        part("body", "paint", box([w, h, d], bevel=0.02)).uv("box"),
        # The stamped X on both faces.
        part("ribs", "paint", box([0.035, 0.46, 0.012], bevel=0.005), part="body")
        .moved(0, -0.23, 0)
        .turned(z=34)
        .mirror("x")
        .moved(0, 0, d / 2)
        .mirror("z", offset=0)
        .at(0, h / 2, 0),
        part("handles", "paint", box([0.02, 0.07, 0.1], bevel=0.006), part="body")
        .array(3, [0.075, 0, 0], center=True)
        .at(-0.04, h - 0.01, 0),
        part("grip", "paint", box([0.2, 0.025, 0.1], bevel=0.008), part="body").at(
            -0.04, h + 0.045, 0
        ),
        part("spout", "steel", cylinder(0.03, 0.05, bevel=0.006))
        .rotate(z=-30)
        .at(w / 2 - 0.06, h - 0.02, 0),
    ]
    return program(*parts, collider="box")


def toolbox(p) -> dict:
    w, h, d = 0.5, 0.18, 0.22
    parts = [
        part("body", "paint", box([w, h, d], bevel=0.01)).uv("box"),
        part("lid", "paint", box([w + 0.01, 0.05, d + 0.01], bevel=0.01), part="body").at(0, h, 0),
        part(
            "handle",
            "steel",
            sweep(
                [
                    [-0.14, h + 0.05, 0],
                    [-0.14, h + 0.12, 0],
                    [0.14, h + 0.12, 0],
                    [0.14, h + 0.05, 0],
                ],
                0.012,
            ),
        ),
        part("latches", "steel", box([0.04, 0.05, 0.012], bevel=0.004), part="handle")
        .array(2, [0.34, 0, 0], center=True)
        .at(0, h - 0.03, d / 2),
        part("seam", "steel", box([w + 0.012, 0.012, d + 0.012]), part="handle").at(
            0, h - 0.006, 0
        ),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="bollard",
        category="street",
        nouns=(
            "bollard",
            "traffic bollard",
            "security bollard",
            "mooring bollard",
            "post bollard",
            "bitt",
            "mooring post",
        ),
        synsets=("bollard.n.01",),
        size=SizePrior((0.2, 0.92, 0.2), 0.25),
        materials={
            "iron": M("painted_metal", "#2c2e31"),
            "reflector": M("painted_metal", "#e8e2c8"),
        },
        parts=_p(
            ("post", "iron", ("post", "body")),
            ("bands", "reflector", ("bands", "band", "stripes", "reflector")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "street",
                choices=("street", "mooring"),
                words={
                    "mooring": "mooring",
                    "dock": "mooring",
                    "harbour": "mooring",
                    "harbor": "mooring",
                    "street": "street",
                    "traffic": "street",
                },
                doc="A tall street bollard, or a squat iron mooring bollard.",
            ),
        ),
        build=bollard,
        round=True,
        collider="box",
        description="A street bollard: a round steel post with reflective bands.",
    ),
    Recipe(
        name="traffic_light",
        category="street",
        nouns=(
            "traffic light",
            "traffic lights",
            "traffic signal",
            "stoplight",
            "stop light",
            "signal light",
            "traffic lamp",
            "traffic signals",
        ),
        synsets=(),
        size=SizePrior((0.54, 3.86, 0.44), 0.25),
        materials={
            "steel": M("painted_metal", "#3b3f44"),
            "housing": M("painted_metal", "#1f2124"),
            "red_lens": M("plastic", "#4a1512"),
            "amber_lens": M("plastic", "#4a3512"),
            "green_lens": M("plastic", "#123a1c"),
            "lit_red": M("plastic", "#ff3b2a", emissive="#ff2a1a", emissive_strength=2.0),
            "lit_amber": M("plastic", "#ffb12a", emissive="#ffa21a", emissive_strength=2.0),
            "lit_green": M("plastic", "#3bff7a", emissive="#2aff6a", emissive_strength=2.0),
        },
        parts=_p(
            ("pole", "steel", ("pole", "post", "foot")),
            ("housing", "housing", ("housing", "head", "visors")),
            *(
                (f"{c}_lens", f"{c}_lens", (c, "lights", "lamps", "lenses"))
                for c in ("red", "amber", "green")
            ),
            *(
                (f"lit_{c}", f"lit_{c}", (c, "lights", "lamps", "lenses"))
                for c in ("red", "amber", "green")
            ),
        ),
        params=(
            Param(
                "signal",
                "choice",
                "red",
                choices=("red", "amber", "green", "off"),
                words={
                    "red": "red",
                    "stop": "red",
                    "amber": "amber",
                    "yellow": "amber",
                    "orange": "amber",
                    "green": "green",
                    "go": "green",
                    "off": "off",
                    "broken": "off",
                    "dark": "off",
                },
                doc="Which lamp is lit.",
            ),
        ),
        build=traffic_light,
        collider="box",
        description="A traffic light: a pole with a three-lamp housing, one lamp lit.",
    ),
    Recipe(
        name="road_sign",
        category="street",
        nouns=(
            "road sign",
            "street sign",
            "traffic sign",
            "stop sign",
            "yield sign",
            "give way sign",
            "warning sign",
            "speed limit sign",
            "speed sign",
            "street name sign",
        ),
        synsets=("street_sign.n.01",),
        size=SizePrior((0.76, 2.12, 0.1), 0.25),
        materials={"steel": M("iron", "#8d9297"), **_PAINTS},
        parts=_p(
            ("post", "steel", ("post", "pole")),
            *((f"face_{k}", k, ("face", "sign", "panel")) for k in _PAINTS),
            *((f"border_{k}", k, ("border", "rim", "edge")) for k in _PAINTS),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "stop",
                choices=("stop", "yield", "warning", "speed", "street"),
                words={
                    "stop": "stop",
                    "yield": "yield",
                    "give": "yield",
                    "warning": "warning",
                    "caution": "warning",
                    "hazard": "warning",
                    "danger": "warning",
                    "speed": "speed",
                    "limit": "speed",
                    "street": "street",
                    "name": "street",
                },
                doc="A stop sign, a yield triangle, a warning diamond, a speed-limit disc or a street "
                "name plate.",
            ),
        ),
        build=road_sign,
        collider="box",
        description="A road sign on a steel post: a red octagonal stop sign by default.",
    ),
    Recipe(
        name="bus_stop",
        category="street",
        nouns=("bus stop", "bus shelter", "tram stop", "waiting shelter", "bus station"),
        synsets=("stop.n.05",),
        size=SizePrior((3.75, 2.77, 1.5), 0.25),
        materials={
            "frame": M("painted_metal", "#3a4a5a"),
            "steel": M("iron", "#8d9297"),
            "roof": M("painted_metal", "#2d3742"),
            "glass": GLASS,
            "sign": M("painted_metal", "#2a64b0"),
            "advert": M("plastic", "#d9cf9a", emissive="#fff2c0", emissive_strength=1.0),
        },
        parts=_p(
            ("frame", "frame", ("frame", "posts", "bench", "seat")),
            ("roof", "roof", ("roof", "canopy")),
            ("back", "glass", ("glass", "panels", "walls")),
            ("sides", "glass", ("glass", "panels")),
            ("bench", "frame", ("bench", "seat")),
            ("sign", "sign", ("sign",)),
            ("advert", "advert", ("advert", "poster", "billboard")),
        ),
        build=bus_stop,
        long_axis="x",
        collider="box",
        description="A bus shelter: a glazed back and sides under a flat roof, a bench and a stop sign.",
    ),
    Recipe(
        name="phone_booth",
        category="street",
        nouns=(
            "phone booth",
            "telephone booth",
            "phone box",
            "telephone box",
            "call box",
            "telephone kiosk",
            "phonebooth",
            "red phone box",
        ),
        synsets=("telephone_booth.n.01",),
        size=SizePrior((1.05, 2.78, 1.05), 0.25),
        materials={
            "paint": M("painted_metal", "#b01c1c"),
            "glass": GLASS,
            "sign": M("plastic", "#efeee6"),
            "lit_sign": M("plastic", "#f5f2e0", emissive="#fff6d8", emissive_strength=1.3),
        },
        parts=_p(
            ("body", "paint", ("body", "frame", "roof", "walls", "bars")),
            ("windows", "glass", ("windows", "glass", "panes")),
            ("sign", "sign", ("sign", "header")),
            ("lit_sign", "lit_sign", ("sign", "header")),
        ),
        params=(
            Param(
                "lit",
                "bool",
                True,
                words={"lit": True, "glowing": True, "unlit": False, "dark": False},
                doc="The header signs glow.",
            ),
        ),
        build=phone_booth,
        collider="box",
        description="A red telephone box: glazed panels with glazing bars, lit signs and a vaulted roof.",
    ),
    Recipe(
        name="dumpster",
        category="street",
        nouns=(
            "dumpster",
            "skip",
            "garbage container",
            "waste container",
            "trash container",
            "rubbish skip",
            "refuse container",
            "roll-off container",
        ),
        synsets=("dumpster.n.01",),
        size=SizePrior((1.86, 1.13, 1.2), 0.25),
        materials={
            "paint": M("painted_metal", "#2f5f3a"),
            "plastic": M("plastic", "#202225"),
            "rubber": RUBBER,
        },
        parts=_p(
            ("body", "paint", ("body", "bin", "container", "sides")),
            ("lids", "plastic", ("lids", "lid", "cover")),
            ("wheels", "rubber", ("wheels", "castors")),
        ),
        params=(
            Param(
                "open",
                "bool",
                False,
                words={"open": True, "opened": True, "closed": False, "shut": False},
                doc="The lids thrown back.",
            ),
        ),
        build=dumpster,
        long_axis="x",
        collider="box",
        description="A steel dumpster: a tapered green bin with two plastic lids on casters.",
    ),
    Recipe(
        name="pallet",
        category="containers",
        nouns=(
            "pallet",
            "wooden pallet",
            "shipping pallet",
            "euro pallet",
            "skid",
            "pallets",
            "stack of pallets",
        ),
        synsets=("pallet.n.02",),
        size=SizePrior((1.2, 0.144, 0.8), 0.25),
        materials={"wood": M("wood_planks", "#b08a5a"), "end_grain": M("end_grain", "#a58052")},
        parts=_p(
            ("boards", "wood", ("boards", "deck", "planks", "slats")),
            ("blocks", "end_grain", ("blocks", "feet")),
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                6,
                count_nouns=("pallets", "pallet"),
                words={"stack": 4, "stacked": 4},
                doc="Pallets in a stack.",
            ),
        ),
        build=pallet,
        long_axis="x",
        collider="box",
        description="A wooden shipping pallet: slatted top deck on nine blocks and three runners.",
    ),
    Recipe(
        name="oil_drum",
        category="containers",
        nouns=(
            "oil drum",
            "metal drum",
            "steel drum",
            "fuel drum",
            "oil barrel",
            "metal barrel",
            "chemical drum",
            "toxic barrel",
            "explosive barrel",
            "55-gallon drum",
            "fuel barrel",
        ),
        synsets=("drum.n.04",),
        size=SizePrior((0.6, 0.89, 0.6), 0.2),
        materials={
            "paint": M("painted_metal", "#2f5a8a"),
            "steel": M("iron", "#8d9297"),
            "label": M("painted_metal", "#e2c21a"),
        },
        parts=_p(
            ("body", "paint", ("body", "drum", "shell", "hoops")),
            ("bungs", "steel", ("bungs", "caps", "lid")),
            ("label", "label", ("label", "stripe", "band", "warning")),
        ),
        params=(
            Param(
                "hazard",
                "bool",
                False,
                words={
                    "toxic": True,
                    "hazard": True,
                    "hazardous": True,
                    "explosive": True,
                    "radioactive": True,
                    "chemical": True,
                },
                doc="A warning band round the middle.",
            ),
        ),
        build=oil_drum,
        round=True,
        collider="capsule",
        description="A 200-litre steel oil drum with rolling hoops and two bung caps.",
    ),
    Recipe(
        name="pipe",
        category="street",
        nouns=(
            "pipe",
            "pipes",
            "pipeline",
            "pipe section",
            "sewer pipe",
            "water pipe",
            "drainpipe",
            "conduit",
            "pipework",
            "steel pipe",
            "pipe elbow",
        ),
        synsets=("pipe.n.02", "pipe.n.03", "drainpipe.n.01"),
        size=SizePrior((2.0, 0.42, 0.42), 0.25),
        materials={"steel": M("iron", "#6f7479"), "concrete": CONCRETE},
        parts=_p(
            ("pipe", "steel", ("pipe", "tube", "branch", "body")),
            ("flanges", "steel", ("flanges", "flange", "bolts")),
            ("saddles", "concrete", ("saddles", "supports", "blocks")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "straight",
                choices=("straight", "elbow", "tee"),
                words={
                    "straight": "straight",
                    "elbow": "elbow",
                    "bent": "elbow",
                    "curved": "elbow",
                    "bend": "elbow",
                    "tee": "tee",
                    "t-junction": "tee",
                    "junction": "tee",
                    "branch": "tee",
                },
                doc="A straight length, a 90-degree elbow, or a tee with a branch.",
            ),
        ),
        build=pipe,
        long_axis="x",
        collider="box",
        description="A flanged steel pipe section lying on two concrete saddles.",
    ),
    Recipe(
        name="valve",
        category="street",
        nouns=(
            "valve",
            "valve wheel",
            "handwheel",
            "hand wheel",
            "gate valve",
            "stopcock",
            "shutoff valve",
            "pipe valve",
            "steam valve",
        ),
        synsets=("valve.n.03", "stopcock.n.01"),
        size=SizePrior((0.38, 0.74, 0.38), 0.25),
        materials={
            "steel": M("iron", "#6f7479"),
            "paint": M("painted_metal", "#3a4c6a"),
            "wheel": M("painted_metal", "#b3202a"),
        },
        parts=_p(
            ("pipe", "steel", ("pipe", "stem", "flange")),
            ("body", "paint", ("body", "bonnet", "housing")),
            ("wheel", "wheel", ("wheel", "handwheel", "handle", "spokes")),
        ),
        build=valve,
        round=True,
        collider="box",
        description="A gate valve on a pipe stub, turned by a red spoked handwheel.",
    ),
    Recipe(
        name="scaffold",
        category="street",
        nouns=("scaffold", "scaffolding", "scaffold tower", "staging", "construction scaffold"),
        synsets=("scaffold.n.01", "scaffolding.n.01"),
        size=SizePrior((2.6, 5.0, 1.3), 0.25),
        materials={"steel": M("iron", "#8a8f94"), "wood": M("wood_planks", "#b48c5a")},
        parts=_p(
            ("standards", "steel", ("tubes", "poles", "frame", "braces", "rails")),
            ("planks", "wood", ("planks", "boards", "deck", "platforms")),
        ),
        params=(
            Param(
                "levels",
                "int",
                2,
                1,
                4,
                count_nouns=("levels", "level", "storeys", "stories", "floors", "tiers", "lifts"),
                doc="Working platforms, 2 m apart; the scaffold grows with them.",
            ),
        ),
        build=scaffold,
        long_axis="x",
        collider="box",
        description="A steel tube scaffold: standards, ledgers, diagonal braces and plank platforms.",
    ),
    Recipe(
        name="barricade",
        category="street",
        nouns=(
            "barricade",
            "road barrier",
            "roadblock",
            "police barrier",
            "traffic barrier",
            "sawhorse barrier",
            "jersey barrier",
            "concrete barrier",
            "construction barrier",
            "road block",
            "barrier",
        ),
        synsets=("roadblock.n.02", "barricade.n.02", "barrier.n.01"),
        size=SizePrior((1.6, 1.2, 0.56), 0.25),
        materials={
            "frame": M("painted_metal", "#3a3c40"),
            "white_paint": _PAINTS["white_paint"],
            "red_paint": M("painted_metal", "#d8431f"),
            "concrete": CONCRETE,
            "lamp": M("plastic", "#ffb12a", emissive="#ffa21a", emissive_strength=1.8),
        },
        parts=_p(
            ("frame", "frame", ("legs", "frame", "stand")),
            ("boards", "white_paint", ("boards", "rails", "planks")),
            ("stripes", "red_paint", ("stripes", "stripe")),
            ("block", "concrete", ("block", "barrier", "body")),
            ("lamp", "lamp", ("lamp", "light", "beacon")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "sawhorse",
                choices=("sawhorse", "concrete"),
                words={
                    "sawhorse": "sawhorse",
                    "wooden": "sawhorse",
                    "police": "sawhorse",
                    "concrete": "concrete",
                    "jersey": "concrete",
                    "highway": "concrete",
                },
                doc="A striped A-frame barrier, or a concrete jersey barrier.",
            ),
            Param(
                "lit",
                "bool",
                True,
                words={"lit": True, "flashing": True, "unlit": False},
                doc="A warning lamp on top (A-frame).",
            ),
        ),
        build=barricade,
        long_axis="x",
        collider="box",
        description="A road barricade: two striped boards on folding steel legs with a warning lamp.",
    ),
    Recipe(
        name="vending_machine",
        category="street",
        nouns=(
            "vending machine",
            "soda machine",
            "snack machine",
            "drinks machine",
            "coke machine",
            "slot machine",
            "ticket machine",
            "atm",
            "cash machine",
            "kiosk machine",
        ),
        synsets=("vending_machine.n.01", "slot_machine.n.01", "cash_machine.n.01"),
        size=SizePrior((0.9, 1.83, 0.84), 0.25),
        materials={
            "paint": M("painted_metal", "#b3202a"),
            "steel": M("iron", "#a4a9ae"),
            "panel_dark": M("plastic", "#1e2024"),
            "goods": M("plastic", "#e8a23a"),
            "lit_sign": M("plastic", "#f3f0e2", emissive="#fff6e0", emissive_strength=1.4),
        },
        parts=_p(
            ("cabinet", "paint", ("cabinet", "body", "case")),
            ("panel", "steel", ("panel", "shelves", "coin slot", "frame", "window")),
            ("goods", "goods", ("cans", "drinks", "snacks", "bottles", "goods")),
            ("keypad", "panel_dark", ("keypad", "buttons", "slot")),
            ("header", "lit_sign", ("sign", "header", "logo")),
        ),
        build=vending_machine,
        collider="box",
        description="A vending machine: a tall cabinet with a framed display of shelved drinks, a keypad "
        "and a lit header.",
    ),
    Recipe(
        name="fire_extinguisher",
        category="street",
        nouns=("fire extinguisher", "extinguisher", "fire-extinguisher"),
        synsets=("fire_extinguisher.n.01",),
        size=SizePrior((0.16, 0.6, 0.24), 0.25),
        materials={
            "red_paint": M("painted_metal", "#c0191b"),
            "brass": M("brass"),
            "steel": M("iron", "#2a2b2d"),
            "rubber": RUBBER,
            "label": M("paper", "#eeeadc"),
        },
        parts=_p(
            ("cylinder", "red_paint", ("cylinder", "body", "tank", "bottle")),
            ("head", "brass", ("head", "valve")),
            ("lever", "steel", ("lever", "handle", "trigger")),
            ("hose", "rubber", ("hose", "nozzle")),
            ("label", "label", ("label", "sticker")),
        ),
        build=fire_extinguisher,
        collider="capsule",
        description="A red fire extinguisher: a pressurised cylinder with a valve, a lever and a hose.",
    ),
    Recipe(
        name="tyre",
        category="street",
        nouns=(
            "tyre",
            "tire",
            "tyres",
            "tires",
            "car tyre",
            "car tire",
            "tyre stack",
            "tire stack",
            "rubber tyre",
            "old tyre",
            "spare tyre",
        ),
        synsets=("tire.n.01",),
        size=SizePrior((0.66, 0.66, 0.22), 0.25),
        materials={"rubber": M("plastic", "#1c1c1e"), "steel": M("iron", "#a4a9ae")},
        parts=_p(
            ("tyres", "rubber", ("tyre", "tire", "tyres", "tires", "rubber", "tread")),
            ("rim", "steel", ("rim", "hub", "wheel")),
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                5,
                count_nouns=("tyres", "tires", "tyre", "tire"),
                words={"stack": 4, "stacked": 4, "pile": 4},
                doc="One tyre standing up, or a stack of this many lying flat.",
            ),
            Param(
                "rim",
                "bool",
                False,
                words={"rimmed": True, "wheel": True},
                doc="A steel rim inside.",
            ),
        ),
        build=tyre,
        collider="box",
        description="A car tyre standing on its tread (or a stack of tyres).",
    ),
    Recipe(
        name="gate",
        category="farm",
        nouns=(
            "gate",
            "garden gate",
            "farm gate",
            "wooden gate",
            "field gate",
            "picket gate",
            "iron gate",
            "wrought iron gate",
            "fence gate",
            "five-bar gate",
            "wicket gate",
        ),
        synsets=("gate.n.01", "wicket.n.03"),
        size=SizePrior((1.75, 1.43, 0.2), 0.25),
        materials={
            "wood": M("wood_planks", "#8a6a44"),
            "posts": M("wood_planks", "#6b4f33"),
            "iron": M("iron", "#26282b"),
        },
        parts=_p(
            ("posts", "posts", ("posts", "post", "pillars", "gateposts")),
            ("leaf", "wood", ("rails", "boards", "pickets", "brace", "leaf", "door")),
            ("iron_leaf", "iron", ("bars", "rails", "railings", "finials", "leaf")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "farm",
                choices=("farm", "picket", "iron"),
                words={
                    "farm": "farm",
                    "field": "farm",
                    "five-bar": "farm",
                    "picket": "picket",
                    "garden": "picket",
                    "cottage": "picket",
                    "iron": "iron",
                    "wrought": "iron",
                    "metal": "iron",
                    "cemetery": "iron",
                },
                doc="A five-bar farm gate, a picket garden gate or a wrought-iron gate.",
            ),
            Param(
                "leaves",
                "int",
                1,
                1,
                2,
                count_nouns=("leaves", "doors", "wings"),
                words={"double": 2, "single": 1},
                doc="One leaf, or a double gate.",
            ),
        ),
        build=gate,
        long_axis="x",
        collider="box",
        description="A wooden farm gate with five rails and a diagonal brace, hung between two posts.",
    ),
    Recipe(
        name="bridge",
        category="market_town",
        nouns=(
            "bridge",
            "footbridge",
            "foot bridge",
            "wooden bridge",
            "stone bridge",
            "arched bridge",
            "arch bridge",
            "pedestrian bridge",
            "plank bridge",
            "span",
        ),
        synsets=("bridge.n.01", "footbridge.n.01"),
        size=SizePrior((6.0, 1.95, 1.6), 0.25),
        materials={"wood": M("wood_planks", "#8a6440"), "stone": M("rough_stone", "#8f897e")},
        parts=_p(
            ("deck", "wood", ("deck", "planks", "boards", "beams")),
            ("railings", "wood", ("railings", "rails", "handrail", "posts")),
            ("span", "stone", ("arch", "span", "body")),
            ("parapets", "stone", ("parapets", "walls", "rails")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "wood",
                choices=("wood", "stone"),
                words={
                    "wood": "wood",
                    "wooden": "wood",
                    "plank": "wood",
                    "stone": "stone",
                    "brick": "stone",
                    "roman": "stone",
                    "medieval": "stone",
                },
                doc="An arched plank footbridge with railings, or a humped stone arch bridge.",
            ),
        ),
        build=bridge,
        long_axis="x",
        collider="mesh_convex",
        description="An arched wooden footbridge: a planked deck on a gentle hump with railings each side.",
    ),
    Recipe(
        name="house",
        category="market_town",
        nouns=(
            "house",
            "cottage",
            "home",
            "hut",
            "cabin",
            "bungalow",
            "farmhouse",
            "dwelling",
            "townhouse",
            "village house",
            "small house",
            "building",
            "shack",
        ),
        synsets=(
            "house.n.01",
            "bungalow.n.01",
            "cabin.n.02",
            "hut.n.01",
            "hovel.n.01",
            "farmhouse.n.01",
            "dwelling.n.01",
        ),
        size=SizePrior((6.7, 5.9, 5.9), 0.25),
        materials={
            "plaster": M("concrete", "#e3d7bd"),
            "stone": M("rough_stone", "#807a70"),
            "roof": M("roof_tiles", "#8e4330"),
            "brick": M("brick"),
            "wood": M("wood_planks", "#5a3a22"),
            "trim": M("painted_wood", "#efeae0"),
            "glass": M("crystal", "#9fc2d6"),
        },
        parts=_p(
            ("walls", "plaster", ("walls", "wall", "facade", "gables")),
            ("foundation", "stone", ("foundation", "base", "step")),
            ("roof", "roof", ("roof", "tiles")),
            ("chimney", "brick", ("chimney",)),
            ("door", "wood", ("door",)),
            ("frames", "trim", ("frames", "shutters", "trim")),
            ("windows", "glass", ("windows", "window", "glass")),
            ("side_windows", "glass", ("windows", "window")),
        ),
        params=(
            Param(
                "floors",
                "int",
                1,
                1,
                3,
                count_nouns=("floors", "floor", "storeys", "storey", "stories", "story", "levels"),
                words={"two-storey": 2, "two-story": 2, "double-storey": 2},
                doc="Storeys under the roof.",
            ),
        ),
        build=house,
        long_axis="x",
        collider="box",
        description="A small cottage: plastered walls on a stone footing, a gabled tile roof, a chimney, a "
        "door and windows.",
    ),
    Recipe(
        name="lighthouse",
        category="market_town",
        nouns=("lighthouse", "light house", "beacon tower", "pharos", "lighthouse tower"),
        synsets=("beacon.n.03",),
        size=SizePrior((4.8, 12.97, 4.8), 0.25),
        materials={
            "paint": M("painted_metal", "#efede6"),
            "stripe": M("painted_metal", "#b3202a"),
            "stone": M("rough_stone", "#7f7a72"),
            "iron": M("iron", "#26282b"),
            "roof": M("painted_metal", "#2a2c30"),
            "glass": M("crystal", "#c8dde6"),
            "wood": M("wood_planks", "#5a3a22"),
            "lit_glass": M("crystal", "#fff2b0", emissive="#ffe27a", emissive_strength=2.0),
        },
        parts=_p(
            ("tower", "paint", ("tower", "body", "walls")),
            ("bands", "stripe", ("bands", "stripes", "stripe")),
            ("base", "stone", ("base", "foundation")),
            ("gallery", "iron", ("gallery", "railing", "balcony", "frames")),
            ("lantern_room", "glass", ("lantern", "lamp", "light", "glass")),
            ("lantern_room_lit", "lit_glass", ("lantern", "lamp", "light", "glass")),
            ("dome", "roof", ("dome", "roof", "cupola")),
            ("door", "wood", ("door",)),
        ),
        params=(
            Param(
                "lit",
                "bool",
                True,
                words={
                    "lit": True,
                    "glowing": True,
                    "shining": True,
                    "unlit": False,
                    "dark": False,
                },
                doc="The lantern glows.",
            ),
        ),
        build=lighthouse,
        round=True,
        collider="capsule",
        description="A striped lighthouse: a tapering white tower with red bands, a gallery and a glowing "
        "lantern room under a dome.",
    ),
    Recipe(
        name="jerrycan",
        category="containers",
        nouns=(
            "jerrycan",
            "jerry can",
            "gas can",
            "petrol can",
            "fuel can",
            "gasoline can",
            "fuel canister",
            "petrol canister",
            "jerrican",
        ),
        synsets=(),
        size=SizePrior((0.35, 0.54, 0.18), 0.25),
        materials={"paint": M("painted_metal", "#3f5a2e"), "steel": M("iron", "#8d9297")},
        parts=_p(
            ("body", "paint", ("body", "can", "handles", "grip")),
            ("spout", "steel", ("spout", "cap", "nozzle")),
        ),
        build=jerrycan,
        collider="box",
        description="A steel jerrycan: a flat tank with a stamped X, a triple handle and a spout.",
    ),
    Recipe(
        name="toolbox",
        category="tools",
        nouns=("toolbox", "tool box", "tool chest", "tool case", "tool kit", "toolkit"),
        synsets=("toolbox.n.01",),
        size=SizePrior((0.51, 0.32, 0.23), 0.25),
        materials={"paint": M("painted_metal", "#b3202a"), "steel": M("iron", "#9aa0a6")},
        parts=_p(
            ("body", "paint", ("body", "box", "lid", "case")),
            ("handle", "steel", ("handle", "latches", "clasps")),
        ),
        build=toolbox,
        long_axis="x",
        collider="box",
        description="A red steel toolbox with a lid, a carrying handle and two latches.",
    ),
]
