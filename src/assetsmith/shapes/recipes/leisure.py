"""Toys, games, sports and music: ball, dice, teddy bear, drum, guitar, violin, piano, trumpet,
soccer goal, basketball hoop and skateboard.

Everything faces +Z and stands on its bottom centre; long things lie along X."""

from __future__ import annotations

import math

from ..dsl import (
    box,
    capsule,
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
PHI = (1 + 5**0.5) / 2


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _aim(d) -> dict:
    """Rotation (x then y degrees) that turns +Y onto the unit direction d."""
    dx, dy, dz = d
    return {
        "x": math.degrees(math.acos(max(-1.0, min(1.0, dy)))),
        "y": math.degrees(math.atan2(dx, dz)),
    }


def _ico_dirs() -> list[tuple[float, float, float]]:
    out: list[tuple[float, float, float]] = []
    for a in (-1, 1):
        for b in (-PHI, PHI):
            for x, y, z in ((0, a, b), (a, b, 0), (b, 0, a)):
                n = math.sqrt(x * x + y * y + z * z)
                out.append((x / n, y / n, z / n))
    return out


def ball(p) -> dict:
    r = {"soccer": 0.11, "basketball": 0.12, "beach": 0.25, "plain": 0.1, "tennis": 0.033}[p.kind]
    role, out = {"soccer": ("leather", "ball"), "basketball": ("orange", "basketball")}.get(
        p.kind, ("rubber", "rubber_ball")
    )
    parts = [part("ball", role, sphere(r), part=out).uv("spherical")]
    if p.kind == "soccer":  # twelve black pentagons at the icosahedron's vertices
        for k, d in enumerate(_ico_dirs()):
            parts.append(
                part(f"patch_{k}", "patches", cylinder(r * 0.33, r * 0.04, sides=5), part="patches")
                .rotate(**_aim(d))
                .at(d[0] * (r - r * 0.025), r + d[1] * (r - r * 0.025), d[2] * (r - r * 0.025))
            )
    elif p.kind == "basketball":  # seams: the equator and two meridians
        parts += [
            part("seams", "patches", torus(r, r * 0.02), part="patches").at(0, r - r * 0.02, 0),
            part("seam_a", "patches", torus(r, r * 0.02), part="patches")
            .rotate(x=90)
            .at(0, r, -r * 0.02),
            part("seam_b", "patches", torus(r, r * 0.02), part="patches")
            .rotate(z=90)
            .at(r * 0.02, r, 0),
        ]
    elif p.kind == "beach":
        parts.append(
            part("stripes", "stripes", sphere(r * 1.004))
            .intersect(shape(box([2.2 * r, 0.5 * r, 2.2 * r])).at(0, 0.75 * r, 0))
            .at(0, -0.004 * r, 0)
        )
    return program(*parts, collider="capsule")


_PIPS = {  # face value -> pip (u, v) positions on a unit face
    1: [(0, 0)],
    2: [(-1, -1), (1, 1)],
    3: [(-1, -1), (0, 0), (1, 1)],
    4: [(-1, -1), (1, -1), (-1, 1), (1, 1)],
    5: [(-1, -1), (1, -1), (-1, 1), (1, 1), (0, 0)],
    6: [(-1, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (1, 1)],
}


def dice(p) -> dict:
    s = 0.016
    parts = []
    q = s * 0.27
    pr = s * 0.085
    for k in range(p.count):
        cx = (k - (p.count - 1) / 2) * s * 1.6
        rz = (k * 37) % 90
        cz = ((k * 7) % 3 - 1) * s * 0.3
        parts.append(
            part(f"die_{k}", "body", box([s, s, s], bevel=s * 0.14), part="dice")
            .rotate(y=rz)
            .at(cx, 0, cz)
        )
        # Faces: +Y 1, -Y 6, +Z 2, -Z 5, +X 3, -X 4 (opposite faces sum to seven).
        faces = {
            1: ((0, 1, 0), "y"),
            6: ((0, -1, 0), "y"),
            2: ((0, 0, 1), "z"),
            5: ((0, 0, -1), "z"),
            3: ((1, 0, 0), "x"),
            4: ((-1, 0, 0), "x"),
        }
        for val, (n, axis) in faces.items():
            for j, (u, v) in enumerate(_PIPS[val]):
                off = [n[0] * s / 2, s / 2 + n[1] * s / 2, n[2] * s / 2]
                if axis == "y":
                    off[0] += u * q
                    off[2] += v * q
                elif axis == "z":
                    off[0] += u * q
                    off[1] += v * q
                else:
                    off[2] += u * q
                    off[1] += v * q
                # Rotate the pip offset with the die about Y.
                a = math.radians(rz)
                x, z = (
                    off[0] * math.cos(a) + off[2] * math.sin(a),
                    -off[0] * math.sin(a) + off[2] * math.cos(a),
                )
                parts.append(
                    part(f"pip_{k}_{val}_{j}", "pips", sphere(pr, kind="ico"), part="pips").at(
                        cx + x, off[1] - pr * 0.9, cz + z
                    )
                )
    return program(*parts, collider="box")


def teddy_bear(p) -> dict:
    parts = [
        part("body", "fur", sphere(0.1)).scale([1.0, 1.2, 0.9]).at(0, 0.02, 0),
        part("belly", "felt", sphere(0.065)).scale([1.0, 1.2, 0.5]).at(0, 0.06, 0.055),
        part("head", "fur", sphere(0.075), part="body").scale([1.05, 0.95, 1.0]).at(0, 0.23, 0.01),
        part("ears", "fur", sphere(0.028), part="body")
        .scale([1, 1, 0.6])
        .moved(0.055, 0, 0)
        .mirror("x")
        .at(0, 0.33, 0.0),
        part("muzzle", "felt", sphere(0.032)).scale([1.1, 0.8, 1.0]).at(0, 0.245, 0.06),
        part("nose", "eyes", sphere(0.012)).scale([1.3, 0.9, 1]).at(0, 0.278, 0.1),
        part("eyes", "eyes", sphere(0.009), part="nose")
        .moved(0.027, 0, 0)
        .mirror("x")
        .at(0, 0.295, 0.072),
        part("arms", "fur", capsule(0.03, 0.13), part="body")
        .turned(z=40, x=-25)
        .moved(0.085, 0, 0)
        .mirror("x")
        .at(0, 0.08, 0.04),
        part("legs", "fur", capsule(0.035, 0.13), part="body")
        .turned(x=80)
        .moved(0.055, 0, 0)
        .mirror("x")
        .at(0, 0.035, -0.0),
        part("paws", "felt", cylinder(0.028, 0.01), part="belly")
        .turned(x=80)
        .moved(0.055, 0, 0)
        .mirror("x")
        .at(0, 0.038, 0.125),
    ]
    return program(*parts, collider="box")


def drum(p) -> dict:
    r, h = 0.25, 0.3
    parts = [
        part("shell", "shell", cylinder(r, h)).uv("cylindrical"),
        part("heads", "skin", cylinder(r - 0.005, 0.004))
        .array(2, [0, h - 0.002, 0])
        .at(0, -0.001, 0),
        part("hoops", "hoops", torus(r, 0.012)).array(2, [0, h - 0.024, 0]),
        part("cords", "cord", cylinder(0.005, math.hypot(h - 0.03, 0.12)))
        .turned(z=math.degrees(math.atan2(0.12, h - 0.03)))
        .moved(0, 0, r + 0.004)
        .radial(12, axis="y")
        .at(0, 0.015, 0),
    ]
    if p.sticks:
        parts.append(
            part("sticks", "stick", cylinder(0.009, 0.4))
            .turned(z=90, y=20)
            .moved(0.2, 0, 0)
            .mirror("z", offset=0.0)
            .at(0, h + 0.01, 0)
        )
    return program(*parts, collider="capsule")


def _string_instrument(
    L: float, body: list, body_d: float, neck_l: float, neck_w: float, head_l: float, scroll: bool
) -> list:
    """An upright guitar or violin: a body outline extruded front to back, a neck, a head, strings."""
    top = max(v for _, v in body)
    parts = [
        part("body", "wood", extrude(body, body_d, smooth=True, bevel=body_d * 0.2))
        .at(0, 0, 0)
        .uv("box"),
        part("neck", "neck_wood", box([neck_w, neck_l, body_d * 0.35], bevel=0.004)).at(
            0, top - 0.02, 0.0
        ),
        part(
            "fingerboard",
            "fingerboard",
            box([neck_w * 0.95, neck_l + top * 0.25, 0.008], bevel=0.002),
            part="neck_trim",
        ).at(0, top - top * 0.25, body_d * 0.175),
        part(
            "bridge", "fingerboard", box([neck_w * 1.8, 0.015, 0.01], bevel=0.002), part="neck_trim"
        ).at(0, top * 0.28, body_d / 2),
        part("strings", "strings", cylinder(0.0009, neck_l + top * 0.7))
        .array(4, [neck_w * 0.2, 0, 0], center=True)
        .at(0, top * 0.29, body_d / 2 + 0.008),
    ]
    if scroll:
        parts += [
            part(
                "head",
                "neck_wood",
                box([neck_w * 0.9, head_l, body_d * 0.3], bevel=0.004),
                part="neck",
            ).at(0, top + neck_l - 0.03, -0.005),
            part("scroll", "neck_wood", torus(0.014, 0.008), part="neck")
            .rotate(z=90)
            .at(0.004, top + neck_l + head_l - 0.03, 0),
            part("pegs", "fingerboard", cylinder(0.004, 0.05), part="neck_trim")
            .rotate(z=90)
            .at(0.025, top + neck_l + head_l * 0.4, -0.005),
        ]
    else:
        parts += [
            part(
                "head",
                "neck_wood",
                box([neck_w * 1.5, head_l, body_d * 0.3], bevel=0.006),
                part="neck",
            )
            .rotate(x=-12)
            .at(0, top + neck_l - 0.03, 0.0),
            part("pegs", "fingerboard", cylinder(0.005, 0.03), part="neck_trim")
            .turned(z=90)
            .array(3, [0, head_l * 0.28, 0], center=True)
            .moved(neck_w * 0.75 + 0.03, 0, 0)
            .mirror("x", offset=0)
            .at(0, top + neck_l - 0.03 + head_l / 2, 0),
        ]
    return parts


def _figure8(lower: float, upper: float, waist: float, h: float, n: int = 14) -> list[list[float]]:
    """A guitar/violin body outline: a lower bout, a waist and an upper bout, bottom at y = 0."""
    pts: list[list[float]] = [
        [0, 0],
        [lower * 0.75, lower * 0.18],
        [lower, h * 0.3],
        [waist + (lower - waist) * 0.4, h * 0.5],
        [waist, h * 0.58],
        [upper, h * 0.78],
        [upper * 0.6, h * 0.97],
        [0, h],
    ]
    right = pts[1:-1]
    return [pts[0], *right, pts[-1], *[[-x, y] for x, y in reversed(right)]]


def guitar(p) -> dict:
    body = _figure8(0.19, 0.15, 0.12, 0.5)
    parts = _string_instrument(1.0, body, 0.1, 0.42, 0.05, 0.19, False)
    parts.append(part("soundhole", "hollow", cylinder(0.045, 0.004)).rotate(x=90).at(0, 0.3, 0.05))
    return program(*parts, collider="box")


def violin(p) -> dict:
    body = _figure8(0.105, 0.085, 0.058, 0.36)
    parts = _string_instrument(0.6, body, 0.045, 0.13, 0.028, 0.09, True)
    parts.append(
        part("f_holes", "hollow", box([0.006, 0.07, 0.004]), part="soundhole")
        .turned(z=8)
        .moved(0.04, 0, 0)
        .mirror("x")
        .at(0, 0.12, 0.0225)
    )
    return program(*parts, collider="box")


def piano(p) -> dict:
    if p.style == "grand":
        return _grand_piano(p)
    w, h, d = 1.5, 1.25, 0.6
    parts = [
        part("case", "case", box([w, h - 0.05, 0.38], bevel=0.015))
        .at(0, 0.05, -d / 2 + 0.19)
        .uv("box"),
        part("cheeks", "case", box([0.06, 0.8, d], bevel=0.01), part="case")
        .array(2, [w - 0.06, 0, 0], center=True)
        .at(0, 0.0, 0),
        part("key_bed", "case", box([w - 0.12, 0.08, 0.22], bevel=0.006), part="case").at(
            0, 0.64, d / 2 - 0.13
        ),
        part("keys", "ivory", box([w - 0.16, 0.025, 0.15], bevel=0.003)).at(0, 0.72, d / 2 - 0.095),
        part("black_keys", "ebony", box([0.012, 0.015, 0.09], bevel=0.002))
        .array(36, [0.0365, 0, 0], center=True)
        .at(0, 0.744, d / 2 - 0.13),
        part("fallboard", "case", box([w - 0.14, 0.1, 0.03], bevel=0.006), part="case")
        .rotate(x=-20)
        .at(0, 0.76, 0.0),
        part("music_desk", "case", box([0.7, 0.25, 0.03], bevel=0.006), part="case")
        .rotate(x=-12)
        .at(0, 0.88, -0.04),
        part("lid", "case", box([w + 0.02, 0.03, 0.42], bevel=0.01), part="case").at(
            0, h, -d / 2 + 0.19
        ),
        part("pedals", "brass", box([0.03, 0.012, 0.09], bevel=0.004))
        .array(3, [0.08, 0, 0], center=True)
        .at(0, 0.06, -d / 2 + 0.42),
    ]
    return program(*parts, collider="box")


def _grand_piano(p) -> dict:
    outline = [
        [-0.75, 0.0],
        [0.75, 0.0],
        [0.75, -0.6],
        [0.6, -1.1],
        [0.25, -1.45],
        [0.0, -1.75],
        [-0.35, -1.95],
        [-0.65, -1.9],
        [-0.75, -1.6],
    ]
    # Seen from above ([x, z]): the keyboard side along z = 0, the curved tail towards -Z.
    parts = [
        part("case", "case", extrude(outline, 0.32, axis="y", bevel=0.01))
        .at(0, 0.62, 0.8)
        .uv("box"),
        part("lid", "case", extrude(outline, 0.02, axis="y"), part="case")
        .moved(-0.75, 0, 0)
        .rotate(z=-35)
        .at(0.75, 0.94, 0.8),
        part("legs", "case", box([0.1, 0.62, 0.1], bevel=0.01), part="case")
        .array(2, [1.3, 0, 0], center=True)
        .at(0, 0, 0.72),
        part("tail_leg", "case", box([0.1, 0.62, 0.1], bevel=0.01), part="case").at(
            -0.35, 0, -0.95
        ),
        part("keys", "ivory", box([1.4, 0.025, 0.15], bevel=0.003)).at(0, 0.78, 0.88),
        part("black_keys", "ebony", box([0.012, 0.015, 0.09], bevel=0.002))
        .array(36, [0.0365, 0, 0], center=True)
        .at(0, 0.804, 0.85),
        part("pedals", "brass", box([0.03, 0.012, 0.09], bevel=0.004))
        .array(3, [0.08, 0, 0], center=True)
        .at(0, 0.06, 0.75),
    ]
    return program(*parts, collider="box")


def trumpet(p) -> dict:
    y = 0.075
    parts = [
        part(
            "bell",
            "brass",
            lathe(
                [
                    [0.006, 0.0],
                    [0.007, 0.12],
                    [0.012, 0.2],
                    [0.025, 0.25],
                    [0.062, 0.282],
                    [0.058, 0.28],
                    [0.02, 0.245],
                    [0.0, 0.2],
                ],
                smooth=True,
            ),
        )
        .rotate(z=-90)
        .at(0.1, y, 0.0),
        part(
            "tubes",
            "brass",
            sweep(
                [
                    [0.1, y, 0],
                    [-0.12, y, 0],
                    [-0.17, y - 0.025, 0],
                    [-0.12, y - 0.05, 0],
                    [0.08, y - 0.05, 0],
                    [0.12, y - 0.025, 0],
                    [0.08, y, -0.001],
                ],
                0.0055,
                curve="smooth",
            ),
            part="bell",
        ),
        part(
            "lead",
            "brass",
            sweep([[-0.02, y + 0.0, 0.0], [-0.25, y + 0.0, 0.0]], 0.005),
            part="bell",
        ),
        part("valves", "brass", cylinder(0.009, 0.09, bevel=0.002), part="bell")
        .array(3, [0.022, 0, 0], center=True)
        .at(-0.04, y - 0.07, 0),
        part("buttons", "pearl", cylinder(0.008, 0.01, bevel=0.002))
        .array(3, [0.022, 0, 0], center=True)
        .at(-0.04, y + 0.02, 0),
        part(
            "mouthpiece",
            "brass",
            lathe([[0.004, 0], [0.005, 0.05], [0.012, 0.07], [0.0, 0.072]]),
            part="bell",
        )
        .rotate(z=90)
        .at(-0.25, y, 0),
    ]
    return program(*parts, collider="box")


def soccer_goal(p) -> dict:
    w, h, d = 7.32, 2.44, 2.0
    r = 0.06
    parts = [
        part("posts", "frame", cylinder(r, h)).array(2, [w, 0, 0], center=True),
        part("crossbar", "frame", cylinder(r, w + 2 * r), part="posts")
        .rotate(z=90)
        .at((w + 2 * r) / 2, h - r, 0),
        part("back_bars", "frame", cylinder(0.03, math.hypot(d, h)), part="posts")
        .turned(x=math.degrees(math.atan2(d, h)))
        .array(2, [w, 0, 0], center=True)
        .at(0, 0, -d),
        part("ground_bars", "frame", cylinder(0.03, d), part="posts")
        .turned(x=90)
        .array(2, [w, 0, 0], center=True)
        .at(0, 0.03, -d),
        part("net_v", "net", cylinder(0.008, math.hypot(d, h)))
        .turned(x=math.degrees(math.atan2(d, h)))
        .array(31, [w / 30, 0, 0], center=True)
        .at(0, 0, -d),
        part("net_h", "net", cylinder(0.008, w), part="net_v")
        .turned(z=90)
        .array(9, [0, h / 9, d / 9], center=False)
        .at(w / 2, 0.2, -d + 0.2 * d / h),
    ]
    for k in range(8):  # the side nets: strands shortening up the slope
        y = 0.2 + k * h / 9
        parts.append(
            part(f"net_side_{k}", "net", cylinder(0.008, d * (1 - y / h)), part="net_v")
            .turned(x=90)
            .array(2, [w, 0, 0], center=True)
            .at(0, y, -d * (1 - y / h))
        )
    return program(*parts, collider="box")


def basketball_hoop(p) -> dict:
    rim_y = 3.05
    parts = [
        part("base", "base", box([0.8, 0.3, 1.2], bevel=0.05)).at(0, 0, -0.8),
        part("pole", "steel", cylinder(0.07, rim_y + 0.5)).at(0, 0.3, -0.8),
        part("arm", "steel", box([0.1, 0.1, 0.75], bevel=0.01), part="pole").at(
            0, rim_y + 0.35, -0.6
        ),
        part("backboard", "board", box([1.8, 1.05, 0.05], bevel=0.01)).at(0, rim_y - 0.15, -0.2),
        part("square", "paint", box([0.59, 0.45, 0.006])).at(0, rim_y, -0.172),
        part("square_inner", "board", box([0.5, 0.37, 0.008]), part="backboard").at(
            0, rim_y + 0.04, -0.171
        ),
        part("rim", "paint", torus(0.23, 0.01)).at(0, rim_y - 0.01, 0.08),
        part(
            "net", "net", lathe([[0.23, 0.0], [0.16, -0.4], [0.155, -0.4], [0.225, 0.0]], sides=12)
        ).at(0, rim_y, 0.08),
    ]
    return program(*parts, collider="box")


def skateboard(p) -> dict:
    L, W = 0.8, 0.2
    n = 10
    deck = [
        [
            L / 2 - W / 2 + W / 2 * math.cos(math.pi * k / n - math.pi / 2),
            W / 2 * math.sin(math.pi * k / n - math.pi / 2),
        ]
        for k in range(n + 1)
    ]
    deck += [[-x, -y] for x, y in deck]
    y0 = 0.085
    parts = [
        part("deck", "deck", extrude(deck, 0.012, axis="y", bevel=0.004)).at(0, y0, 0),
        part(
            "grip",
            "grip",
            extrude([[x * 0.97, y * 0.93] for x, y in deck], 0.001, axis="y"),
            part="grip",
        ).at(0, y0 + 0.012, 0),
        part("trucks", "steel", box([0.05, 0.05, 0.16], bevel=0.01))
        .array(2, [0.44, 0, 0], center=True)
        .at(0, 0.035, 0),
        part("axles", "steel", cylinder(0.006, 0.2), part="trucks")
        .turned(x=90)
        .array(2, [0.44, 0, 0], center=True)
        .at(0, 0.028, -0.1),
        part("wheels", "wheels", cylinder(0.028, 0.035, bevel=0.008))
        .turned(x=90)
        .array(2, [0.44, 0, 0], center=True)
        .array(2, [0, 0, 0.165], center=True)
        .at(0, 0.028, -0.0175),
    ]
    return program(*parts, collider="box")


def trophy(p) -> dict:
    cup = [
        [0.0, 0.0],
        [0.02, 0.0],
        [0.022, 0.02],
        [0.05, 0.06],
        [0.075, 0.13],
        [0.08, 0.17],
        [0.074, 0.17],
        [0.068, 0.13],
        [0.045, 0.07],
        [0.0, 0.05],
    ]
    parts = [
        part("base", "wood", box([0.16, 0.07, 0.16], bevel=0.008)).uv("box"),
        part("plate", "gold", box([0.1, 0.03, 0.004]), part="cup").at(0, 0.02, 0.081),
        part(
            "stem",
            "gold",
            lathe(
                [
                    [0.045, 0.0],
                    [0.035, 0.015],
                    [0.014, 0.03],
                    [0.012, 0.09],
                    [0.025, 0.11],
                    [0.0, 0.112],
                ],
                smooth=True,
            ),
            part="cup",
        ).at(0, 0.07, 0),
        part("cup", "gold", lathe(cup, smooth=True)).at(0, 0.175, 0),
        part("handles", "gold", torus(0.04, 0.007, arc=200), part="cup")
        .rotate(x=90, z=90)
        .at(0.085, 0.29, 0),
        part("handle_l", "gold", torus(0.04, 0.007, arc=200), part="cup")
        .rotate(x=90, z=-90)
        .at(-0.085, 0.29, 0),
    ]
    return program(*parts, collider="box")


def snowman(p) -> dict:
    parts = [
        part("snow", "snow", sphere(0.32)).scale([1, 0.9, 1]),
        part("middle", "snow", sphere(0.23), part="snow").at(0, 0.5, 0),
        part("head", "snow", sphere(0.16), part="snow").at(0, 0.88, 0),
        part("nose", "carrot", cone(0.025, 0.13)).rotate(x=90).at(0, 1.03, 0.14),
        part("eyes", "coal", sphere(0.018), part="coal")
        .moved(0.05, 0, 0)
        .mirror("x")
        .at(0, 1.06, 0.13),
        part("buttons", "coal", sphere(0.022), part="coal")
        .array(3, [0, 0.1, 0.0])
        .at(0, 0.6, 0.215),
        part(
            "arms",
            "wood",
            sweep([[0.2, 0.75, 0], [0.38, 0.85, 0.02], [0.52, 0.98, 0.0]], 0.014, curve="smooth"),
        ).mirror("x"),
        part("hat", "coal", cylinder(0.1, 0.16, bevel=0.01), part="hat").at(0, 1.15, 0),
        part("brim", "coal", cylinder(0.15, 0.02, bevel=0.006), part="hat").at(0, 1.14, 0),
        part("scarf", "scarf", torus(0.14, 0.035)).scale([1, 0.8, 1]).at(0, 0.8, 0),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="ball",
        category="leisure",
        nouns=(
            "ball",
            "football",
            "soccer ball",
            "basketball",
            "beach ball",
            "volleyball",
            "rubber ball",
            "bouncy ball",
            "kickball",
            "tennis ball",
            "playground ball",
        ),
        synsets=(
            "ball.n.01",
            "football.n.02",
            "basketball.n.02",
            "beach_ball.n.01",
            "volleyball.n.02",
            "tennis_ball.n.01",
            "soccer_ball.n.01",
        ),
        size=SizePrior((0.22, 0.22, 0.22), 0.2),
        materials={
            "leather": M("leather", "#f2f0ea"),
            "patches": M("plastic", "#1a1a1c"),
            "rubber": M("plastic", "#d8382c"),
            "stripes": M("plastic", "#f2f0ea"),
            "orange": M("leather", "#d8692a"),
        },
        parts=_p(
            ("ball", "leather", ("ball", "leather", "cover", "panels")),
            ("basketball", "orange", ("ball", "leather")),
            ("patches", "patches", ("patches", "seams", "pentagons")),
            ("rubber_ball", "rubber", ("ball", "rubber")),
            ("stripes", "stripes", ("stripes", "band")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "soccer",
                choices=("soccer", "basketball", "beach", "plain", "tennis"),
                words={
                    "soccer": "soccer",
                    "football": "soccer",
                    "basketball": "basketball",
                    "beach": "beach",
                    "inflatable": "beach",
                    "rubber": "plain",
                    "bouncy": "plain",
                    "playground": "plain",
                    "tennis": "tennis",
                    "volleyball": "plain",
                },
                doc="A soccer ball with black pentagons, a basketball with seams, a striped beach ball, a "
                "plain rubber ball or a tennis ball.",
            ),
        ),
        build=ball,
        collider="capsule",
        description="A soccer ball: a white leather sphere with twelve black pentagon patches.",
    ),
    Recipe(
        name="dice",
        category="leisure",
        nouns=("dice", "die", "pair of dice", "game dice", "gaming dice", "craps dice"),
        synsets=("die.n.01",),
        size=SizePrior((0.016, 0.016, 0.016), 0.3),
        materials={"body": M("plastic", "#f1eee6"), "pips": M("plastic", "#161616")},
        parts=_p(
            ("dice", "body", ("dice", "die", "body", "cube")),
            ("pips", "pips", ("pips", "dots", "spots")),
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                3,
                count_nouns=("dice", "die"),
                words={"pair": 2},
                doc="Dice lying side by side.",
            ),
        ),
        build=dice,
        collider="box",
        description="A six-sided die: a rounded cube with dark pips (opposite faces sum to seven).",
    ),
    Recipe(
        name="teddy_bear",
        category="leisure",
        nouns=(
            "teddy bear",
            "teddy",
            "plush toy",
            "plushie",
            "soft toy",
            "stuffed toy",
            "toy bear",
            "cuddly toy",
        ),
        synsets=("teddy.n.01",),
        size=SizePrior((0.2, 0.38, 0.23), 0.25),
        materials={
            "fur": M("fabric", "#8a5a34"),
            "felt": M("fabric", "#d8b48a"),
            "eyes": M("plastic", "#141414"),
        },
        parts=_p(
            ("body", "fur", ("body", "fur", "head", "arms", "legs", "ears")),
            ("belly", "felt", ("belly", "paws", "pads")),
            ("muzzle", "felt", ("muzzle", "snout")),
            ("nose", "eyes", ("nose", "eyes")),
        ),
        build=teddy_bear,
        collider="box",
        description="A sitting teddy bear: a plump furry body and head, round ears, felt muzzle and paw pads.",
    ),
    Recipe(
        name="drum",
        category="leisure",
        nouns=(
            "drum",
            "war drum",
            "snare drum",
            "tom-tom",
            "bass drum",
            "tambour",
            "side drum",
            "kettle drum",
            "tribal drum",
            "bongo",
        ),
        synsets=("drum.n.01", "snare_drum.n.01", "tom-tom.n.01", "bass_drum.n.01"),
        size=SizePrior((0.56, 0.42, 0.55), 0.25),
        materials={
            "shell": M("painted_wood", "#8a2a22"),
            "skin": M("leather", "#e4d6b8"),
            "hoops": M("wood_planks", "#6b4a2c"),
            "cord": M("rope", "#d8ccb0"),
            "stick": M("wood_planks", "#c8a878"),
        },
        parts=_p(
            ("shell", "shell", ("shell", "body")),
            ("heads", "skin", ("heads", "head", "skin", "drumhead")),
            ("hoops", "hoops", ("hoops", "rims", "rim")),
            ("cords", "cord", ("cords", "ropes", "lacing")),
            ("sticks", "stick", ("sticks", "drumsticks", "mallets")),
        ),
        params=(
            Param(
                "sticks",
                "bool",
                True,
                words={"sticks": True, "drumsticks": True},
                doc="Two drumsticks resting on the head.",
            ),
        ),
        build=drum,
        round=True,
        collider="capsule",
        description="A rope-tensioned drum: a painted wooden shell, skin heads, wooden hoops and two sticks.",
    ),
    Recipe(
        name="guitar",
        category="leisure",
        nouns=(
            "guitar",
            "acoustic guitar",
            "lute",
            "classical guitar",
            "electric guitar",
            "bass guitar",
            "mandolin",
            "ukulele",
            "banjo",
        ),
        synsets=(
            "guitar.n.01",
            "acoustic_guitar.n.01",
            "lute.n.02",
            "mandolin.n.01",
            "ukulele.n.01",
        ),
        size=SizePrior((0.38, 1.05, 0.1), 0.25),
        materials={
            "wood": M("wood_planks", "#c08a4a"),
            "neck_wood": M("wood_planks", "#6b4226"),
            "fingerboard": M("wood_planks", "#2a1b12"),
            "strings": M("iron", "#d8d8d0"),
            "hollow": M("plastic", "#120d0a"),
        },
        parts=_p(
            ("body", "wood", ("body", "top", "soundboard")),
            ("neck", "neck_wood", ("neck", "head", "headstock")),
            ("neck_trim", "fingerboard", ("fingerboard", "bridge", "pegs", "tuners")),
            ("strings", "strings", ("strings",)),
            ("soundhole", "hollow", ("soundhole", "sound hole")),
        ),
        build=guitar,
        collider="box",
        description="An acoustic guitar standing upright: a figure-of-eight body, a soundhole, a long neck and "
        "six strings.",
    ),
    Recipe(
        name="violin",
        category="leisure",
        nouns=("violin", "fiddle", "viola", "violoncello"),
        synsets=("violin.n.01", "viola.n.01"),
        size=SizePrior((0.21, 0.62, 0.06), 0.25),
        materials={
            "wood": M("wood_planks", "#a0522d"),
            "neck_wood": M("wood_planks", "#7a3e20"),
            "fingerboard": M("wood_planks", "#1c130d"),
            "strings": M("iron", "#d8d8d0"),
            "hollow": M("plastic", "#120d0a"),
        },
        parts=_p(
            ("body", "wood", ("body", "top")),
            ("neck", "neck_wood", ("neck", "scroll", "head")),
            ("neck_trim", "fingerboard", ("fingerboard", "bridge", "pegs")),
            ("strings", "strings", ("strings",)),
            ("soundhole", "hollow", ("f-holes", "soundholes")),
        ),
        build=violin,
        collider="box",
        description="A violin standing upright: a narrow-waisted body with f-holes, a fingerboard and a scroll.",
    ),
    Recipe(
        name="piano",
        category="leisure",
        nouns=(
            "piano",
            "upright piano",
            "grand piano",
            "pianoforte",
            "baby grand",
            "harpsichord",
            "organ",
            "keyboard instrument",
            "piano keyboard",
            "musical keyboard",
            "electronic keyboard",
            "digital piano",
        ),
        synsets=("piano.n.01", "upright.n.02", "grand_piano.n.01", "harpsichord.n.01"),
        size=SizePrior((1.5, 1.28, 0.6), 0.25),
        materials={
            "case": M("painted_wood", "#1b1716"),
            "ivory": M("ceramic", "#f4f0e4"),
            "ebony": M("plastic", "#111111"),
            "brass": M("brass"),
        },
        parts=_p(
            ("case", "case", ("case", "body", "lid", "cabinet", "legs")),
            ("keys", "ivory", ("keys", "keyboard")),
            ("black_keys", "ebony", ("keys", "black keys")),
            ("pedals", "brass", ("pedals",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "upright",
                choices=("upright", "grand"),
                words={"upright": "upright", "grand": "grand", "concert": "grand", "baby": "grand"},
                doc="An upright piano against a wall, or a grand piano with its lid raised.",
            ),
        ),
        build=piano,
        long_axis="x",
        collider="box",
        description="An upright piano: a tall black case, a keyboard of white and black keys, a music desk "
        "and brass pedals.",
    ),
    Recipe(
        name="trumpet",
        category="leisure",
        nouns=(
            "trumpet",
            "bugle",
            "cornet",
            "horn",
            "brass horn",
            "fanfare trumpet",
            "trombone",
            "tuba",
        ),
        synsets=("trumpet.n.01", "bugle.n.01", "cornet.n.01"),
        size=SizePrior((0.7, 0.134, 0.126), 0.25),
        materials={"brass": M("brass", "#d4a840"), "pearl": M("ceramic", "#efe6d2")},
        parts=_p(
            ("bell", "brass", ("bell", "tubes", "tubing", "body", "valves", "mouthpiece")),
            ("buttons", "pearl", ("buttons", "keys")),
        ),
        build=trumpet,
        long_axis="x",
        collider="box",
        description="A brass trumpet lying on its side: a flared bell, looped tubing, three valves.",
    ),
    Recipe(
        name="soccer_goal",
        category="leisure",
        nouns=(
            "soccer goal",
            "football goal",
            "goal",
            "goalpost",
            "goal post",
            "goalposts",
            "goal net",
            "hockey goal",
            "handball goal",
        ),
        synsets=("goal.n.03", "goalpost.n.01"),
        size=SizePrior((7.44, 2.44, 2.06), 0.25),
        materials={"frame": M("painted_metal", "#f0efe9"), "net": M("rope", "#e8e6dc")},
        parts=_p(
            ("posts", "frame", ("posts", "frame", "crossbar", "bars")),
            ("net_v", "net", ("net", "netting")),
        ),
        build=soccer_goal,
        long_axis="x",
        collider="box",
        description="A full-size soccer goal: white posts and crossbar with a net stretched back to the ground.",
    ),
    Recipe(
        name="basketball_hoop",
        category="leisure",
        nouns=(
            "basketball hoop",
            "basketball net",
            "hoop",
            "basketball goal",
            "basketball basket",
            "basketball stand",
            "backboard",
        ),
        synsets=("basket.n.03", "backboard.n.02"),
        size=SizePrior((1.8, 3.85, 1.52), 0.25),
        materials={
            "base": M("plastic", "#2a2c30"),
            "steel": M("painted_metal", "#3b3f44"),
            "board": M("plastic", "#eeeeea"),
            "paint": M("painted_metal", "#d8561f"),
            "net": M("rope", "#f0eee6"),
        },
        parts=_p(
            ("base", "base", ("base", "foot", "ballast")),
            ("pole", "steel", ("pole", "post", "arm")),
            ("backboard", "board", ("backboard", "board")),
            ("square", "paint", ("square", "target")),
            ("rim", "paint", ("rim", "ring", "hoop")),
            ("net", "net", ("net", "mesh")),
        ),
        build=basketball_hoop,
        collider="box",
        description="A portable basketball hoop: a weighted base, a pole, a backboard, an orange rim and a net.",
    ),
    Recipe(
        name="skateboard",
        category="leisure",
        nouns=("skateboard", "skate board", "longboard", "skate deck", "penny board"),
        synsets=("skateboard.n.01",),
        size=SizePrior((0.8, 0.13, 0.2), 0.25),
        materials={
            "deck": M("wood_planks", "#b4824a"),
            "grip": M("concrete", "#222222"),
            "steel": M("iron", "#a4a9ae"),
            "wheels": M("plastic", "#e8d8a8"),
        },
        parts=_p(
            ("deck", "deck", ("deck", "board")),
            ("grip", "grip", ("grip", "griptape", "grip tape")),
            ("trucks", "steel", ("trucks", "axles")),
            ("wheels", "wheels", ("wheels",)),
        ),
        build=skateboard,
        long_axis="x",
        collider="box",
        description="A skateboard: a maple deck with kicked-up ends, grip tape, two trucks and four wheels.",
    ),
    Recipe(
        name="trophy",
        category="leisure",
        nouns=(
            "trophy",
            "trophy cup",
            "cup trophy",
            "prize cup",
            "award",
            "loving cup",
            "championship cup",
        ),
        synsets=("trophy.n.02", "loving_cup.n.01"),
        size=SizePrior((0.26, 0.36, 0.16), 0.25),
        materials={"gold": M("brass", "#e0b23a"), "wood": M("wood_planks", "#3e2618")},
        parts=_p(
            ("cup", "gold", ("cup", "bowl", "handles", "stem", "plate")),
            ("base", "wood", ("base", "plinth", "stand")),
        ),
        build=trophy,
        collider="box",
        description="A gold trophy cup with two handles on a stem, on a wooden plinth.",
    ),
    Recipe(
        name="snowman",
        category="leisure",
        nouns=("snowman", "snow man", "snowwoman", "frosty"),
        synsets=("snowman.n.01",),
        size=SizePrior((1.07, 1.31, 0.64), 0.25),
        materials={
            "snow": M("plastic", "#f4f6f8"),
            "carrot": M("organic", "#e8772a"),
            "coal": M("plastic", "#1a1a1a"),
            "wood": M("bark", "#5a4330"),
            "scarf": M("fabric", "#b3202a"),
        },
        parts=_p(
            ("snow", "snow", ("body", "snow", "head", "balls")),
            ("nose", "carrot", ("nose", "carrot")),
            ("coal", "coal", ("eyes", "buttons", "coal")),
            ("arms", "wood", ("arms", "sticks", "twigs")),
            ("hat", "coal", ("hat", "top hat")),
            ("scarf", "scarf", ("scarf",)),
        ),
        build=snowman,
        collider="box",
        description="A snowman: three snowballs, a carrot nose, coal eyes and buttons, stick arms, a top hat "
        "and a scarf.",
    ),
]
