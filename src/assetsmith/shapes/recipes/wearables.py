"""Clothing and things worn or carried: hats (brimmed hat, cap, wizard hat), garments on a coat
hanger (shirt, dress, coat, trousers) and the hanger itself, scarf, sock, shoe, glove, handbag, wallet,
wristwatch and glasses.

Everything faces +Z (a garment's front, a shoe's toe) and stands on its bottom centre; garments
hang from their hanger's hook, so they stand on their hem."""

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

PAIR_WORDS = {
    "pair": True,
    "pairs": True,
    "both": True,
    "shoes": True,
    "sneakers": True,
    "trainers": True,
    "gloves": True,
    "mittens": True,
    "socks": True,
    "heels": True,
    "single": False,
    "one": False,
    "lone": False,
}


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _ellipse(
    rx: float, ry: float, cx: float = 0.0, cy: float = 0.0, n: int = 24
) -> list[list[float]]:
    return [
        [cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n)]
        for k in range(n)
    ]


def _rrect(
    w: float, h: float, r: float, cx: float = 0.0, cy: float = 0.0, n: int = 4
) -> list[list[float]]:
    """A rounded rectangle outline (corner radius r, n points per corner)."""
    out = []
    for (sx, sy), a0 in (((1, 1), 0), ((-1, 1), 90), ((-1, -1), 180), ((1, -1), 270)):
        ox, oy = cx + sx * (w / 2 - r), cy + sy * (h / 2 - r)
        for k in range(n + 1):
            a = math.radians(a0 + 90 * k / n)
            out.append([ox + r * math.cos(a), oy + r * math.sin(a)])
    return out


def _mirror_outline(half: list[list[float]]) -> list[list[float]]:
    """A symmetric outline from its right half (x >= 0, listed bottom to top)."""
    return half + [[-x, y] for x, y in reversed(half) if x > 0]


# ---------------------------------------------------------------------------------------------
# Hats


_HAT_PROFILES = {  # [r, y] from the brim's edge underside, over the crown to the axis (hollow inside)
    "fedora": [
        [0.145, 0.0],
        [0.17, 0.012],
        [0.172, 0.02],
        [0.15, 0.016],
        [0.1, 0.018],
        [0.097, 0.03],
        [0.092, 0.1],
        [0.08, 0.122],
        [0.045, 0.128],
        [0.0, 0.112],
    ],
    "top": [
        [0.14, 0.012],
        [0.152, 0.02],
        [0.148, 0.026],
        [0.125, 0.014],
        [0.088, 0.014],
        [0.084, 0.06],
        [0.086, 0.15],
        [0.092, 0.19],
        [0.07, 0.195],
        [0.0, 0.195],
    ],
    "bowler": [
        [0.125, 0.02],
        [0.138, 0.028],
        [0.134, 0.034],
        [0.11, 0.018],
        [0.092, 0.018],
        [0.094, 0.05],
        [0.088, 0.09],
        [0.068, 0.118],
        [0.035, 0.13],
        [0.0, 0.132],
    ],
    "cowboy": [
        [0.19, 0.045],
        [0.2, 0.055],
        [0.195, 0.06],
        [0.16, 0.022],
        [0.12, 0.014],
        [0.1, 0.018],
        [0.098, 0.03],
        [0.094, 0.1],
        [0.085, 0.135],
        [0.05, 0.142],
        [0.0, 0.125],
    ],
    "sun": [
        [0.23, 0.0],
        [0.235, 0.008],
        [0.2, 0.03],
        [0.13, 0.045],
        [0.1, 0.05],
        [0.098, 0.09],
        [0.08, 0.13],
        [0.04, 0.142],
        [0.0, 0.144],
    ],
}


def hat(p) -> dict:
    prof = _HAT_PROFILES[p.style]
    crown = prof[4:]  # the first four points are the brim
    parts = [
        part("hat", "felt", lathe([[0.0, prof[0][1]]] + prof, smooth=True, crease=70))
        .scale([1.0, 1.0, 0.88])
        .uv("cylindrical"),
        part("band", "ribbon", cylinder(crown[1][0] + 0.003, 0.03 if p.style == "sun" else 0.024))
        .scale([1.0, 1.0, 0.88])
        .at(0, crown[1][1] + 0.002, 0),
    ]
    return program(*parts, collider="box")


def cap(p) -> dict:
    if p.style == "beanie":
        dome = [[0.0, 0.0], [0.092, 0.0], [0.094, 0.06], [0.085, 0.13], [0.06, 0.175], [0.0, 0.19]]
        parts = [
            part("beanie", "knit", lathe(dome, smooth=True)).uv("cylindrical"),
            part(
                "brim", "knit", cylinder(0.097, 0.05, inner_radius=0.08, bevel=0.008), part="beanie"
            ),
            part("pompom", "pompom", sphere(0.032)).at(0, 0.178, 0),
        ]
        return program(*parts, collider="box")
    dome = [[0.0, 0.0], [0.095, 0.0], [0.095, 0.02], [0.088, 0.07], [0.06, 0.11], [0.0, 0.122]]
    visor = [
        [-0.085, 0.0],
        [-0.075, 0.05],
        [-0.04, 0.08],
        [0.0, 0.085],
        [0.04, 0.08],
        [0.075, 0.05],
        [0.085, 0.0],
    ]
    parts = [
        part("cap", "cotton", lathe(dome, smooth=True)).scale([1.0, 1.0, 1.12]).uv("cylindrical"),
        part("button", "cotton", sphere(0.01), part="cap").at(0, 0.116, 0),
        part("visor", "visor", extrude(visor, 0.007, axis="y", smooth=True, bevel=0.003))
        .bend(-30, axis="z", toward="y")
        .rotate(x=-8)
        .at(0, 0.006, 0.092),
    ]
    return program(*parts, collider="box")


def wizard_hat(p) -> dict:
    h = 0.42
    brim = [[0.0, 0.0], [0.2, 0.0], [0.22, 0.012], [0.21, 0.02], [0.13, 0.022], [0.0, 0.022]]
    parts = [
        part("brim", "felt", lathe(brim, smooth=True), part="hat").uv("cylindrical"),
        part("cone", "felt", cone(0.12, h, radius_top=0.006), part="hat")
        .bend(55, axis="y", toward="x")
        .at(0, 0.015, 0),
        part("band", "ribbon", cylinder(0.122, 0.035)).taper(0.92).at(0, 0.02, 0),
    ]
    if p.stars:
        star = [
            [
                0.5 * 0.022 * math.cos(math.radians(90 + 36 * k)) * (1 if k % 2 == 0 else 0.45) * 2,
                0.5 * 0.022 * math.sin(math.radians(90 + 36 * k)) * (1 if k % 2 == 0 else 0.45) * 2,
            ]
            for k in range(10)
        ]
        parts += [
            part("stars", "gold", extrude(star, 0.004)).rotate(x=-16).at(0.0, 0.13, 0.1),
            part("star_b", "gold", extrude(star, 0.004), part="stars")
            .scale(0.7)
            .rotate(x=-14, y=50)
            .at(0.072, 0.09, 0.07),
            part("star_c", "gold", extrude(star, 0.004), part="stars")
            .scale(0.6)
            .rotate(x=-20, y=10)
            .at(0.03, 0.21, 0.06),
        ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Garments on a hanger


def _hanger(top: float, w: float = 0.42) -> list:
    """A wooden coat hanger whose bar sits at y = top: the bar, a crossbar and a steel hook."""
    arch = [
        [-w / 2, top - 0.035, 0],
        [-w / 4, top - 0.01, 0],
        [0, top + 0.004, 0],
        [w / 4, top - 0.01, 0],
        [w / 2, top - 0.035, 0],
    ]
    return [
        part("hanger", "wood", sweep(arch, 0.011, curve="smooth", caps="round")).scale(
            [1.0, 1.0, 0.8]
        ),
        part(
            "hook",
            "steel",
            sweep(
                [
                    [0, top, 0],
                    [0, top + 0.07, 0],
                    [0.02, top + 0.1, 0],
                    [0.0, top + 0.125, 0],
                    [-0.025, top + 0.1, 0],
                ],
                0.0022,
                curve="smooth",
            ),
        ),
    ]


def shirt(p) -> dict:
    tee = p.kind == "tshirt"
    if p.style == "folded":
        w, h, d = 0.3, 0.06, 0.25
        parts = [
            part("shirt", "cotton", box([w, h, d], bevel=0.018)).uv("box"),
            part("fold", "cotton", box([w - 0.02, 0.02, d - 0.06], bevel=0.008), part="shirt").at(
                0, h - 0.01, 0.01
            ),
        ]
        if tee:
            parts.append(
                part("collar", "cotton", torus(0.05, 0.007, arc=180), part="shirt")
                .scale([1.2, 1, 0.7])
                .at(0, h + 0.005, d / 2 - 0.07)
            )
        else:
            parts += [
                part("collar", "cotton", torus(0.055, 0.011, arc=200), part="shirt")
                .scale([1.1, 1, 0.8])
                .at(0, h + 0.004, d / 2 - 0.075),
                part("buttons", "buttons", cylinder(0.006, 0.004))
                .array(3, [0, 0, 0.05])
                .at(0, h + 0.01, -0.02),
            ]
        return program(*parts, collider="box")
    # Hanging from a hanger: the body a soft slab, the sleeves hanging beside it.
    top = 0.72
    body = _mirror_outline(
        [[0.0, 0.0], [0.23, 0.0], [0.235, 0.45], [0.2, top - 0.04], [0.075, top], [0.0, top - 0.07]]
    )
    parts = [part("shirt", "cotton", extrude(body, 0.05, bevel=0.018)).uv("box")]
    if tee:
        sleeve = [[0.0, 0.0], [0.12, 0.0], [0.12, 0.14], [0.0, 0.17]]
        parts += [
            part("sleeves", "cotton", extrude(sleeve, 0.045, bevel=0.014), part="shirt")
            .turned(z=40)
            .moved(0.19, top - 0.2, 0)
            .mirror("x"),
            part("collar", "cotton", torus(0.07, 0.009, arc=180), part="shirt")
            .rotate(x=90)
            .scale([1.0, 0.8, 1.0])
            .at(0, top - 0.005, 0.012),
        ]
    else:
        sleeve = [[0.0, 0.0], [0.09, 0.0], [0.1, 0.6], [0.0, 0.62]]
        collar = [[0.0, top - 0.075], [0.06, top - 0.13], [0.085, top - 0.01], [0.03, top - 0.02]]
        parts += [
            part("sleeves", "cotton", extrude(sleeve, 0.042, bevel=0.012), part="shirt")
            .turned(z=7)
            .moved(0.225, 0.05, 0)
            .mirror("x"),
            part("cuffs", "cotton", box([0.1, 0.06, 0.048], bevel=0.012), part="shirt")
            .turned(z=7)
            .moved(0.28, 0.045, 0)
            .mirror("x"),
            part("collar", "cotton", extrude(collar, 0.012, bevel=0.004), part="shirt")
            .mirror("x")
            .at(0, 0, 0.026),
            part("placket", "cotton", box([0.03, top - 0.1, 0.006], bevel=0.002), part="shirt").at(
                0, 0.0, 0.024
            ),
            part("buttons", "buttons", cylinder(0.007, 0.004))
            .turned(x=90)
            .array(6, [0, 0.1, 0])
            .at(0, 0.07, 0.028),
            part("pocket", "cotton", box([0.09, 0.1, 0.006], bevel=0.003), part="shirt").at(
                -0.11, 0.42, 0.024
            ),
        ]
    return program(*parts, *_hanger(top - 0.02, 0.4), collider="box")


def dress(p) -> dict:
    top, waist = 1.08, 0.72
    hem = 0.3 + 0.12 * (p.skirt == "full")
    skirt = [
        [hem, 0.0],
        [hem - 0.02, 0.03],
        [0.22, 0.38],
        [0.15, waist - 0.02],
        [0.135, waist],
        [0.0, waist],
    ]
    parts = [
        part("skirt", "fabric", lathe([[0.0, 0.0]] + skirt, smooth=True), part="dress")
        .scale([1.0, 1.0, 0.5])
        .uv("cylindrical"),
        part(
            "bodice",
            "fabric",
            loft(
                section(waist - 0.01, "ellipse", size=[0.26, 0.12]),
                section(waist + 0.14, "ellipse", size=[0.3, 0.15]),
                section(top - 0.16, "ellipse", size=[0.32, 0.14]),
                section(top - 0.1, "ellipse", size=[0.28, 0.1]),
                smooth=True,
            ),
            part="dress",
        ),
        part("straps", "fabric", box([0.035, 0.1, 0.02], bevel=0.006), part="dress")
        .turned(z=-8)
        .moved(0.11, top - 0.12, 0)
        .mirror("x"),
        part("belt", "belt", torus(0.135, 0.012)).scale([1.0, 1.0, 0.48]).at(0, waist - 0.02, 0),
    ]
    return program(*parts, *_hanger(top - 0.03, 0.38), collider="box")


def coat(p) -> dict:
    long = p.style == "coat"
    top = 1.05 if long else 0.76
    w = 0.25 if long else 0.235
    body = _mirror_outline(
        [
            [0.0, 0.0],
            [w, 0.0],
            [w - 0.01, top * 0.55],
            [w - 0.02, top - 0.05],
            [0.08, top],
            [0.0, top - 0.1],
        ]
    )
    sleeve_len = 0.62
    lapel = [
        [0.0, top * 0.5],
        [0.04, top * 0.5],
        [0.1, top - 0.03],
        [0.085, top - 0.0],
        [0.02, top - 0.12],
    ]
    parts = [
        part("coat", "wool", extrude(body, 0.07, bevel=0.022)).uv("box"),
        part(
            "sleeves",
            "wool",
            extrude(
                [[0.0, 0.0], [0.11, 0.0], [0.12, sleeve_len], [0.0, sleeve_len + 0.02]],
                0.06,
                bevel=0.018,
            ),
            part="coat",
        )
        .turned(z=6)
        .moved(w - 0.03, top - sleeve_len - 0.06, 0)
        .mirror("x"),
        part("lapels", "wool", extrude(lapel, 0.014, bevel=0.005), part="coat")
        .mirror("x")
        .at(0, 0, 0.036),
        part("collar", "wool", torus(0.075, 0.014, arc=200), part="coat")
        .rotate(x=90)
        .at(0, top - 0.02, 0.0),
        part("buttons", "buttons", cylinder(0.011, 0.006, bevel=0.002))
        .turned(x=90)
        .array(3 if long else 2, [0, 0.1, 0])
        .moved(0.035, 0, 0)
        .at(0, top * 0.28, 0.036),
        part("pockets", "wool", box([0.12, 0.012, 0.016], bevel=0.004), part="coat")
        .moved(0.13, 0, 0)
        .mirror("x")
        .at(0, top * 0.22, 0.036),
    ]
    return program(*parts, *_hanger(top - 0.025, 0.44), collider="box")


def trousers(p) -> dict:
    top = 1.0 if p.length == "long" else 0.56
    w, hem = 0.2, 0.11 if p.length == "long" else 0.13
    legs = [
        [-w, top],
        [w, top],
        [w + 0.012, top * 0.6],
        [hem + 0.04, 0.0],
        [0.03, 0.0],
        [0.0, top - 0.3],
        [-0.03, 0.0],
        [-hem - 0.04, 0.0],
        [-w - 0.012, top * 0.6],
    ]
    parts = [
        part("trousers", "cloth", extrude(legs, 0.06, bevel=0.018)).uv("box"),
        part(
            "waistband", "cloth", box([2 * w + 0.006, 0.045, 0.066], bevel=0.01), part="trousers"
        ).at(0, top - 0.045, 0),
        part("loops", "cloth", box([0.012, 0.05, 0.072], bevel=0.003), part="trousers")
        .array(2, [0.16, 0, 0])
        .moved(0.05, 0, 0)
        .mirror("x")
        .at(0, top - 0.048, 0),
        part("fly", "cloth", box([0.03, 0.2, 0.066], bevel=0.006), part="trousers").at(
            0.012, top - 0.24, 0
        ),
        part("button", "metal", cylinder(0.008, 0.004)).rotate(x=90).at(0, top - 0.022, 0.033),
        part("hems", "cloth", box([hem + 0.028, 0.035, 0.066], bevel=0.008), part="trousers")
        .moved((hem + 0.07) / 2 - 0.0, 0, 0)
        .mirror("x")
        .at(0, 0.0, 0),
        # A steel clip hanger holding the waistband.
        part("clips", "metal", box([0.03, 0.05, 0.074], bevel=0.004), part="metal")
        .moved(0.15, 0, 0)
        .mirror("x")
        .at(0, top - 0.03, 0),
        part("hanger", "metal", cylinder(0.005, 0.36), part="metal")
        .rotate(z=90)
        .at(0.18, top + 0.03, 0),
        part(
            "hook",
            "metal",
            sweep(
                [
                    [0, top + 0.03, 0],
                    [0, top + 0.09, 0],
                    [0.02, top + 0.12, 0],
                    [0.0, top + 0.145, 0],
                    [-0.025, top + 0.12, 0],
                ],
                0.0025,
                curve="smooth",
            ),
            part="metal",
        ),
    ]
    return program(*parts, collider="box")


def coat_hanger(p) -> dict:
    w = 0.44
    parts = _hanger(0.1, w)
    if p.style == "wire":
        tri = [[-w / 2, 0.0, 0], [0, 0.07, 0], [w / 2, 0.0, 0]]
        parts = [
            part("hanger", "steel", sweep(tri + [[-w / 2, 0.0, 0]], 0.0025, closed=True)),
            part(
                "hook",
                "steel",
                sweep(
                    [
                        [0, 0.07, 0],
                        [0, 0.1, 0],
                        [0.02, 0.13, 0],
                        [0.0, 0.155, 0],
                        [-0.025, 0.13, 0],
                    ],
                    0.0025,
                    curve="smooth",
                ),
            ),
        ]
    else:
        parts.append(
            part("bar", "wood", cylinder(0.006, w - 0.08)).rotate(z=90).at((w - 0.08) / 2, 0.0, 0)
        )
        parts.append(
            part("bar_ends", "wood", box([0.012, 0.072, 0.014], bevel=0.003), part="hanger")
            .moved((w - 0.08) / 2, 0, 0)
            .mirror("x")
            .at(0, -0.006, 0)
        )
    return program(*parts, collider="box")


def scarf(p) -> dict:
    tail = [[-0.075, 0.0], [0.075, 0.0], [0.08, 0.56], [-0.07, 0.56]]
    parts = [  # a thick knitted collar, tilted forward, with both ends hanging down its front
        part("scarf", "wool", cylinder(0.115, 0.1, inner_radius=0.075, bevel=0.018))
        .scale([1.0, 1.0, 0.9])
        .rotate(x=14)
        .at(0, 0.48, 0.0)
        .uv("cylindrical"),
        part("tails", "wool", extrude(tail, 0.022, bevel=0.008), part="scarf")
        .turned(z=6)
        .moved(-0.05, 0.03, 0.09)
        .uv("box"),
        part("tail_b", "wool", extrude(tail, 0.022, bevel=0.008), part="scarf")
        .scale([1.0, 0.78, 1.0])
        .turned(z=-9)
        .moved(0.06, 0.13, 0.075),
    ]
    if p.stripes:  # bands across each end, following its slant
        parts += [
            part("stripes", "stripe", box([0.158, 0.03, 0.026], bevel=0.004))
            .turned(z=6)
            .array(3, [-0.0063, 0.06, 0])
            .moved(-0.0573, 0.1, 0.09),
            part("stripes_b", "stripe", box([0.158, 0.03, 0.026], bevel=0.004), part="stripes")
            .turned(z=-9)
            .array(3, [0.0094, 0.06, 0])
            .moved(0.071, 0.2, 0.075),
        ]
    parts += [
        part("fringe", "wool", box([0.006, 0.04, 0.006]), part="scarf")
        .array(9, [0.016, 0, 0], center=True)
        .turned(z=6)
        .moved(-0.05, 0.0, 0.09),
        part("fringe_b", "wool", box([0.006, 0.04, 0.006]), part="scarf")
        .array(9, [0.016, 0, 0], center=True)
        .turned(z=-9)
        .moved(0.06, 0.1, 0.075),
    ]
    return program(*parts, collider="box")


def sock(p) -> dict:
    leg = 0.26 if p.length == "long" else 0.14
    path = [
        [0, leg + 0.04, -0.02],
        [0, 0.12, -0.03],
        [0, 0.05, -0.02],
        [0, 0.035, 0.05],
        [0, 0.035, 0.15],
    ]
    parts = [
        part(
            "sock",
            "wool",
            sweep(path, radii=[0.043, 0.041, 0.042, 0.036, 0.033], curve="smooth", caps="round"),
        )
        .scale([1.0, 1.0, 1.0])
        .uv("cylindrical"),
        part("cuff", "rib", cylinder(0.045, 0.045, bevel=0.006)).at(0, leg + 0.0, -0.02),
        part("heel", "rib", sphere(0.042)).scale([1.0, 1.0, 1.0]).at(0, 0.0, -0.03),
        part("toe", "rib", sphere(0.035)).scale([1.0, 1.0, 1.2]).at(0, 0.0, 0.15),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Shoes, gloves, bags and accessories


_SOLE = [
    [0.04, -0.13],
    [0.046, -0.06],
    [0.05, 0.03],
    [0.046, 0.1],
    [0.03, 0.138],
    [0.0, 0.145],
    [-0.03, 0.138],
    [-0.046, 0.1],
    [-0.046, 0.03],
    [-0.04, -0.06],
    [-0.036, -0.13],
    [0.0, -0.14],
]


def _shoe_parts(prefix: str, style: str, x: float) -> list:
    if style == "heel":
        ys, z = 0.085, lambda t: t  # the heel raised, the toe on the ground
        insole = [
            [-0.13, ys + 0.008],
            [-0.05, ys + 0.003],
            [0.02, 0.03],
            [0.08, 0.012],
            [0.14, 0.012],
            [0.14, 0.0],
            [0.08, 0.0],
            [0.02, 0.018],
            [-0.05, ys - 0.009],
            [-0.13, ys - 0.004],
        ]
        del z
        return [
            part(
                f"{prefix}sole",
                "sole",
                extrude([[a, b] for a, b in insole], 0.07, axis="x", smooth=True),
                part="sole",
            ).at(x, 0, 0),
            part(
                f"{prefix}stiletto", "sole", cone(0.006, ys - 0.01, radius_top=0.014), part="sole"
            ).at(x, 0, -0.115),
            part(f"{prefix}toe", "upper", sphere(0.045, portion=0.55), part="upper")
            .scale([0.82, 0.9, 1.55])
            .at(x, 0.012, 0.085),
            part(f"{prefix}counter", "upper", box([0.066, 0.04, 0.03], bevel=0.012), part="upper")
            .rotate(x=-12)
            .at(x, ys - 0.004, -0.118),
        ]
    low = style == "dress"
    h = 0.062 if low else 0.078
    sole_t = 0.012 if low else 0.028
    upper = loft(
        section(
            -0.13, "rounded_rect", size=[0.08, h], corner=min(0.03, h * 0.45), offset=[0, h / 2]
        ),
        section(
            -0.05,
            "rounded_rect",
            size=[0.092, h * 0.95],
            corner=min(0.035, h * 0.45),
            offset=[0, h * 0.95 / 2],
        ),
        section(
            0.04,
            "rounded_rect",
            size=[0.096, h * 0.75],
            corner=min(0.03, h * 0.37),
            offset=[0, h * 0.75 / 2],
        ),
        section(0.1, "ellipse", size=[0.085, h * 0.52], offset=[0, h * 0.52 / 2]),
        section(0.14, "ellipse", size=[0.045, h * 0.3], offset=[0, h * 0.3 / 2]),
        axis="z",
        smooth=True,
    )
    out = [
        part(f"{prefix}upper", "upper", upper, part="upper").at(x, sole_t - 0.002, 0),
        part(
            f"{prefix}sole",
            "sole",
            extrude(_SOLE, sole_t, axis="y", smooth=True, bevel=0.003 if low else 0.006),
            part="sole",
        ).at(x, 0, 0),
        part(f"{prefix}opening", "lining", cylinder(0.03, 0.006))
        .scale([1.0, 1.0, 1.45])
        .at(x, sole_t + h - 0.008, -0.08),
        part(f"{prefix}collar", "upper", torus(0.032, 0.008), part="upper")
        .scale([1.1, 1.0, 1.45])
        .at(x, sole_t + h - 0.01, -0.08),
        part(f"{prefix}tongue", "upper", box([0.036, 0.03, 0.008], bevel=0.003), part="upper")
        .rotate(x=-30)
        .at(x, sole_t + h - 0.012, -0.036),
    ]
    if low:
        out.append(
            part(f"{prefix}heel", "sole", box([0.07, 0.022, 0.055], bevel=0.004), part="sole").at(
                x, 0, -0.105
            )
        )
    else:
        out += [
            part(f"{prefix}laces", "laces", box([0.046, 0.005, 0.008], bevel=0.002), part="laces")
            .array(4, [0, -0.0055, 0.02])
            .at(x, sole_t + h * 0.93 - 0.004, -0.03),
            part(f"{prefix}stripe", "laces", box([0.004, 0.022, 0.08], bevel=0.0015), part="laces")
            .rotate(x=-12)
            .moved(0.046, 0, 0)
            .mirror("x")
            .at(x, sole_t + 0.012, -0.02),
        ]
    return out


def shoe(p) -> dict:
    n = 2 if p.pair else 1
    parts = []
    for k in range(n):
        x = (0.06 if k == 0 else -0.06) if n == 2 else 0.0
        parts += _shoe_parts("" if k == 0 else "other_", p.style, x)
    return program(*parts, collider="box")


def glove(p) -> dict:
    mitten = p.style == "mitten"
    if mitten:
        hand = [
            [-0.045, 0.0],
            [0.045, 0.0],
            [0.05, 0.1],
            [0.048, 0.16],
            [0.03, 0.19],
            [0.0, 0.195],
            [-0.03, 0.19],
            [-0.048, 0.16],
            [-0.05, 0.1],
        ]
    else:
        hand = [
            [-0.045, 0.0],
            [0.045, 0.0],
            [0.047, 0.1],
            [0.046, 0.165],
            [0.035, 0.17],
            [0.031, 0.11],
            [0.027, 0.11],
            [0.026, 0.19],
            [0.014, 0.195],
            [0.008, 0.115],
            [0.004, 0.115],
            [0.001, 0.2],
            [-0.013, 0.2],
            [-0.017, 0.113],
            [-0.021, 0.113],
            [-0.024, 0.188],
            [-0.037, 0.182],
            [-0.041, 0.105],
            [-0.047, 0.1],
        ]
    thumb = [[0.0, 0.0], [0.018, 0.0], [0.02, 0.07], [0.008, 0.078], [-0.002, 0.07]]
    parts = [
        part("glove", "cloth", extrude(hand, 0.026, axis="z", smooth=mitten, bevel=0.008))
        .turned(x=-90)
        .at(0, 0.013, 0.0)
        .uv("planar", axis="y"),
        part(
            "thumb",
            "cloth",
            extrude(thumb, 0.022, axis="z", smooth=True, bevel=0.007),
            part="glove",
        )
        .turned(z=-35)
        .turned(x=-90)
        .at(0.04, 0.011, -0.07),
        part("cuff", "rib", box([0.1, 0.03, 0.05], bevel=0.012)).at(0, 0.0, 0.02),
    ]
    return program(*parts, collider="box")


def handbag(p) -> dict:
    w, h, d = 0.3, 0.22, 0.12
    body = [[-w / 2, 0.0], [w / 2, 0.0], [w / 2 - 0.03, h], [-w / 2 + 0.03, h]]
    flap = [
        [-w / 2 + 0.03, h],
        [w / 2 - 0.03, h],
        [w / 2 - 0.045, h - 0.09],
        [0.0, h - 0.11],
        [-w / 2 + 0.045, h - 0.09],
    ]
    parts = [
        part("bag", "leather", extrude(body, d, bevel=0.02)).uv("box"),
        part("flap", "leather", extrude(flap, 0.008, bevel=0.003), part="bag").at(
            0, 0.0, d / 2 + 0.002
        ),
        part("clasp", "gold", box([0.026, 0.02, 0.008], bevel=0.003)).at(
            0, h - 0.115, d / 2 + 0.006
        ),
    ]
    if p.strap == "shoulder":
        parts.append(
            part(
                "handles",
                "strap",
                sweep(
                    [
                        [-w / 2 + 0.035, h - 0.02, 0],
                        [-0.12, h + 0.33, 0],
                        [0.12, h + 0.33, 0],
                        [w / 2 - 0.035, h - 0.02, 0],
                    ],
                    0.006,
                    curve="smooth",
                ),
            )
        )
    else:
        parts.append(
            part(
                "handles",
                "strap",
                sweep(
                    [
                        [-0.075, h - 0.01, 0],
                        [-0.07, h + 0.1, 0],
                        [0.07, h + 0.1, 0],
                        [0.075, h - 0.01, 0],
                    ],
                    0.008,
                    curve="smooth",
                ),
            )
            .moved(0, 0, 0.03)
            .mirror("z")
        )
    return program(*parts, collider="box")


def wallet(p) -> dict:
    w, d = 0.115, 0.095
    parts = [
        part("wallet", "leather", box([w, 0.009, d], bevel=0.004)).uv("box"),
        part("top_leaf", "leather", box([w, 0.009, d], bevel=0.004), part="wallet").at(
            0, 0.0095, 0
        ),
        part("fold", "leather", cylinder(0.0092, d - 0.004), part="wallet")
        .rotate(x=90)
        .at(-w / 2 + 0.004, 0.0, -d / 2 + 0.002),
        part("stitching", "thread", box([w - 0.012, 0.001, 0.002]), part="stitching")
        .moved(0, 0, d / 2 - 0.006)
        .mirror("z")
        .at(0, 0.0185, 0),
        part("card", "card", box([0.085, 0.002, 0.054], bevel=0.0008))
        .rotate(y=8)
        .at(0.022, 0.0185, -0.005),
    ]
    return program(*parts, collider="box")


def wristwatch(p) -> dict:
    ry, rz, cy = 0.035, 0.028, 0.036
    loop = [
        [0.0, cy + ry * math.sin(2 * math.pi * k / 24), rz * math.cos(2 * math.pi * k / 24)]
        for k in range(24)
    ]
    r = 0.02
    top = cy + ry + 0.003
    parts = [
        part("strap", "strap", sweep(loop, 0.004, closed=True, curve="smooth")).scale(
            [2.8, 1.0, 1.0]
        ),
        part("case", "steel", cylinder(r, 0.011, bevel=0.003)).at(0, top - 0.006, 0),
        part("crown", "steel", cylinder(0.003, 0.005, bevel=0.001), part="case")
        .rotate(z=-90)
        .at(r, top, 0),
        part("lugs", "steel", box([0.022, 0.006, 0.008], bevel=0.002), part="case")
        .moved(0, 0, 0.018)
        .mirror("z")
        .at(0, top - 0.006, 0),
        part("dial", "dial", cylinder(r - 0.0025, 0.0008)).at(0, top + 0.004, 0),
        part("hands", "hands", box([0.0016, 0.0006, 0.012]))
        .moved(0, 0, -0.006)
        .turned(y=40)
        .at(0, top + 0.0048, 0),
        part("minute_hand", "hands", box([0.0012, 0.0006, 0.016]), part="hands")
        .moved(0, 0, -0.008)
        .turned(y=-70)
        .at(0, top + 0.0054, 0),
        part("glass", "glass", cylinder(r - 0.002, 0.0012)).at(0, top + 0.0058, 0),
    ]
    return program(*parts, collider="box")


def glasses(p) -> dict:
    lw, gap, y = 0.05, 0.018, 0.03
    if p.shape == "round":
        outer, inner = _ellipse(0.026, 0.024, n=28), _ellipse(0.021, 0.019, n=28)
    else:
        outer, inner = _rrect(0.054, 0.04, 0.012), _rrect(0.046, 0.032, 0.008)
    cx = gap / 2 + lw / 2 + 0.002
    lens = "dark_lens" if p.tinted else "lens"
    parts = [
        part("frame", "frame", extrude(outer, 0.004, holes=[inner], bevel=0.0012))
        .moved(cx, 0, 0)
        .mirror("x")
        .at(0, y, 0.0),
        part(lens, lens, extrude(inner, 0.0018)).moved(cx, 0, 0).mirror("x").at(0, y, 0.0),
        part(
            "bridge",
            "frame",
            sweep(
                [
                    [-gap / 2 - 0.002, y + 0.006, 0],
                    [0, y + 0.011, 0.002],
                    [gap / 2 + 0.002, y + 0.006, 0],
                ],
                0.0018,
                curve="smooth",
            ),
            part="frame",
        ),
        part(
            "temples",
            "frame",
            sweep(
                [
                    [cx + lw / 2 + 0.002, y + 0.008, -0.002],
                    [cx + lw / 2 + 0.006, y + 0.008, -0.02],
                    [cx + lw / 2 + 0.006, y + 0.004, -0.12],
                    [cx + lw / 2 + 0.004, 0.0015, -0.145],
                ],
                0.0015,
                curve="smooth",
            ),
            part="frame",
        ).mirror("x"),
    ]
    return program(*parts, collider="box")


COTTON = M("fabric", "#e8e6df")
WOOD = M("wood_planks", "#8a5a32")
STEEL = M("iron", "#b9bdc2")

RECIPES = [
    Recipe(
        name="hat",
        category="wearables",
        nouns=(
            "hat",
            "fedora",
            "felt hat",
            "top hat",
            "bowler hat",
            "bowler",
            "derby hat",
            "cowboy hat",
            "stetson",
            "sun hat",
            "sunhat",
            "straw hat",
            "panama hat",
            "trilby",
            "homburg",
            "silk hat",
            "ten-gallon hat",
            "boater",
        ),
        synsets=(
            "hat.n.01",
            "fedora.n.01",
            "dress_hat.n.01",
            "bowler_hat.n.01",
            "cowboy_hat.n.01",
            "sunhat.n.01",
            "boater.n.01",
        ),
        size=SizePrior((0.34, 0.13, 0.3), 0.25),
        materials={"felt": M("fabric", "#4a3b30"), "ribbon": M("fabric", "#1c1a1a")},
        parts=_p(
            ("hat", "felt", ("crown", "brim", "hat", "felt")),
            ("band", "ribbon", ("band", "ribbon", "hatband")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "fedora",
                choices=("fedora", "top", "bowler", "cowboy", "sun"),
                words={
                    "fedora": "fedora",
                    "trilby": "fedora",
                    "homburg": "fedora",
                    "felt": "fedora",
                    "top": "top",
                    "silk": "top",
                    "stovepipe": "top",
                    "bowler": "bowler",
                    "derby": "bowler",
                    "cowboy": "cowboy",
                    "stetson": "cowboy",
                    "ten-gallon": "cowboy",
                    "western": "cowboy",
                    "sun": "sun",
                    "sunhat": "sun",
                    "straw": "sun",
                    "panama": "sun",
                    "beach": "sun",
                    "boater": "sun",
                },
                doc="A pinched fedora, a tall top hat, a domed bowler, a curled cowboy hat or a wide sun hat.",
            ),
        ),
        build=hat,
        round=True,
        collider="box",
        description="A felt fedora: a pinched crown with a ribbon band over a narrow brim.",
    ),
    Recipe(
        name="cap",
        category="wearables",
        nouns=(
            "cap",
            "baseball cap",
            "peaked cap",
            "ball cap",
            "trucker cap",
            "beanie",
            "knit cap",
            "woolly hat",
            "wool hat",
            "bobble hat",
            "toque",
            "knitted hat",
            "winter hat",
            "stocking cap",
        ),
        synsets=("cap.n.01", "baseball_cap.n.01", "beanie.n.01"),
        size=SizePrior((0.19, 0.125, 0.3), 0.25),
        materials={
            "cotton": M("fabric", "#2d4a7a"),
            "visor": M("fabric", "#2d4a7a"),
            "knit": M("fabric", "#a8322e"),
            "pompom": M("fabric", "#eeeae2"),
        },
        parts=_p(
            ("cap", "cotton", ("cap", "crown", "panels", "button")),
            ("visor", "visor", ("visor", "peak", "bill", "brim")),
            ("beanie", "knit", ("beanie", "cap", "cuff", "knit")),
            ("pompom", "pompom", ("pompom", "pom-pom", "bobble", "pom")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "baseball",
                choices=("baseball", "beanie"),
                words={
                    "baseball": "baseball",
                    "peaked": "baseball",
                    "trucker": "baseball",
                    "ball": "baseball",
                    "beanie": "beanie",
                    "knit": "beanie",
                    "knitted": "beanie",
                    "woolly": "beanie",
                    "wool": "beanie",
                    "bobble": "beanie",
                    "toque": "beanie",
                    "winter": "beanie",
                    "stocking": "beanie",
                },
                doc="A baseball cap with a curved visor, or a knitted beanie with a pompom.",
            ),
        ),
        build=cap,
        collider="box",
        description="A baseball cap: a six-panel crown with a button and a curved visor.",
    ),
    Recipe(
        name="wizard_hat",
        category="wearables",
        nouns=(
            "wizard hat",
            "wizard's hat",
            "witch hat",
            "witch's hat",
            "pointed hat",
            "sorcerer's hat",
            "mage hat",
            "magician's hat",
            "dunce cap",
            "dunce's cap",
            "pointy hat",
        ),
        synsets=("dunce_cap.n.01",),
        size=SizePrior((0.44, 0.4, 0.44), 0.25),
        materials={
            "felt": M("fabric", "#2c2d6b"),
            "ribbon": M("fabric", "#6b4a9b"),
            "gold": M("brass", "#e0b84a"),
        },
        parts=_p(
            ("hat", "felt", ("hat", "cone", "brim", "point", "tip")),
            ("band", "ribbon", ("band", "ribbon")),
            ("stars", "gold", ("stars", "star", "moons", "decorations")),
        ),
        params=(
            Param(
                "stars",
                "bool",
                True,
                words={"starry": True, "stars": True, "plain": False},
                doc="Gold stars on the cone.",
            ),
        ),
        build=wizard_hat,
        round=True,
        collider="box",
        description="A wizard's hat: a tall drooping cone on a wide brim, a ribbon band and gold stars.",
    ),
    Recipe(
        name="shirt",
        category="wearables",
        nouns=(
            "shirt",
            "t-shirt",
            "tshirt",
            "tee shirt",
            "dress shirt",
            "button-up shirt",
            "blouse",
            "polo shirt",
            "jersey",
            "folded shirt",
            "shirt on a hanger",
            "top",
        ),
        synsets=("shirt.n.01", "jersey.n.03", "blouse.n.01"),
        size=SizePrior((0.66, 0.82, 0.06), 0.25),
        materials={
            "cotton": COTTON,
            "buttons": M("plastic", "#f4f2ea"),
            "wood": WOOD,
            "steel": STEEL,
        },
        parts=_p(
            (
                "shirt",
                "cotton",
                ("shirt", "body", "sleeves", "collar", "cuffs", "pocket", "cotton"),
            ),
            ("buttons", "buttons", ("buttons", "button")),
            ("hanger", "wood", ("hanger", "coat hanger")),
            ("hook", "steel", ("hook",)),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "shirt",
                choices=("shirt", "tshirt"),
                words={
                    "t-shirt": "tshirt",
                    "tshirt": "tshirt",
                    "tee": "tshirt",
                    "short-sleeved": "tshirt",
                    "jersey": "tshirt",
                    "polo": "tshirt",
                    "dress": "shirt",
                    "button-up": "shirt",
                    "long-sleeved": "shirt",
                    "blouse": "shirt",
                    "formal": "shirt",
                },
                doc="A button shirt with a collar and long sleeves, or a short-sleeved t-shirt.",
            ),
            Param(
                "style",
                "choice",
                "hanger",
                choices=("hanger", "folded"),
                words={
                    "hanger": "hanger",
                    "hanging": "hanger",
                    "hung": "hanger",
                    "folded": "folded",
                    "stacked": "folded",
                    "pressed": "folded",
                },
                doc="Hanging from a coat hanger, or folded flat.",
            ),
        ),
        build=shirt,
        collider="box",
        description="A long-sleeved button shirt hanging from a wooden coat hanger.",
    ),
    Recipe(
        name="dress",
        category="wearables",
        nouns=(
            "dress",
            "gown",
            "frock",
            "sundress",
            "evening dress",
            "ball gown",
            "summer dress",
            "skirt",
            "party dress",
            "wedding dress",
            "evening gown",
        ),
        synsets=("dress.n.01", "gown.n.01", "skirt.n.02", "sundress.n.01"),
        size=SizePrior((0.6, 1.18, 0.32), 0.25),
        materials={
            "fabric": M("fabric", "#b0304a"),
            "belt": M("fabric", "#2a1e1e"),
            "wood": WOOD,
            "steel": STEEL,
        },
        parts=_p(
            ("dress", "fabric", ("dress", "skirt", "bodice", "straps", "gown")),
            ("belt", "belt", ("belt", "sash")),
            ("hanger", "wood", ("hanger", "coat hanger")),
            ("hook", "steel", ("hook",)),
        ),
        params=(
            Param(
                "skirt",
                "choice",
                "flared",
                choices=("flared", "full"),
                words={
                    "ball": "full",
                    "full": "full",
                    "wedding": "full",
                    "princess": "full",
                    "flared": "flared",
                    "summer": "flared",
                    "sundress": "flared",
                },
                doc="A knee-length flared skirt, or a full ball-gown skirt.",
            ),
        ),
        build=dress,
        collider="box",
        description="A sleeveless dress with a flared skirt and a sash, hanging from a coat hanger.",
    ),
    Recipe(
        name="coat",
        category="wearables",
        nouns=(
            "coat",
            "jacket",
            "overcoat",
            "blazer",
            "suit jacket",
            "trench coat",
            "greatcoat",
            "topcoat",
            "winter coat",
            "sport coat",
            "tailcoat",
            "coat on a hanger",
            "peacoat",
            "raincoat",
        ),
        synsets=(
            "coat.n.01",
            "jacket.n.01",
            "greatcoat.n.01",
            "trench_coat.n.01",
            "blazer.n.01",
            "raincoat.n.01",
        ),
        size=SizePrior((0.72, 1.15, 0.08), 0.25),
        materials={
            "wool": M("fabric", "#3b3f47"),
            "buttons": M("plastic", "#1b1a1a"),
            "wood": WOOD,
            "steel": STEEL,
        },
        parts=_p(
            ("coat", "wool", ("coat", "jacket", "body", "sleeves", "lapels", "collar", "pockets")),
            ("buttons", "buttons", ("buttons", "button")),
            ("hanger", "wood", ("hanger", "coat hanger")),
            ("hook", "steel", ("hook",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "coat",
                choices=("coat", "jacket"),
                words={
                    "coat": "coat",
                    "overcoat": "coat",
                    "long": "coat",
                    "trench": "coat",
                    "greatcoat": "coat",
                    "winter": "coat",
                    "raincoat": "coat",
                    "jacket": "jacket",
                    "blazer": "jacket",
                    "suit": "jacket",
                    "short": "jacket",
                    "sport": "jacket",
                },
                doc="A knee-length coat, or a hip-length jacket.",
            ),
        ),
        build=coat,
        collider="box",
        description="A wool overcoat with lapels and buttons, hanging from a wooden coat hanger.",
    ),
    Recipe(
        name="trousers",
        category="wearables",
        nouns=(
            "trousers",
            "pants",
            "jeans",
            "slacks",
            "chinos",
            "pair of trousers",
            "pair of jeans",
            "blue jeans",
            "denim jeans",
            "shorts",
            "breeches",
            "pair of pants",
            "cargo pants",
        ),
        synsets=("trouser.n.01", "jean.n.01", "short_pants.n.01", "breeches.n.01"),
        size=SizePrior((0.43, 1.15, 0.075), 0.25),
        materials={"cloth": M("fabric", "#34496e"), "metal": M("iron", "#b9bdc2")},
        parts=_p(
            (
                "trousers",
                "cloth",
                ("trousers", "legs", "waistband", "belt loops", "fly", "hems", "denim"),
            ),
            ("button", "metal", ("button", "rivet")),
            ("metal", "metal", ("hanger", "clips", "hook")),
        ),
        params=(
            Param(
                "length",
                "choice",
                "long",
                choices=("long", "short"),
                words={
                    "long": "long",
                    "trousers": "long",
                    "jeans": "long",
                    "short": "short",
                    "shorts": "short",
                    "bermuda": "short",
                },
                doc="Full-length trousers, or shorts.",
            ),
        ),
        build=trousers,
        collider="box",
        description="A pair of trousers hanging by the waistband from a steel clip hanger.",
    ),
    Recipe(
        name="coat_hanger",
        category="wearables",
        nouns=(
            "coat hanger",
            "hanger",
            "clothes hanger",
            "clothes-hanger",
            "dress hanger",
            "wire hanger",
            "wooden hanger",
        ),
        synsets=("coat_hanger.n.01", "hanger.n.02"),
        size=SizePrior((0.44, 0.24, 0.02), 0.25),
        materials={"wood": WOOD, "steel": STEEL},
        parts=_p(
            ("hanger", "wood", ("hanger", "arms", "shoulders", "bar")),
            ("bar", "wood", ("bar", "rail")),
            ("hook", "steel", ("hook",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "wooden",
                choices=("wooden", "wire"),
                words={"wooden": "wooden", "wood": "wooden", "wire": "wire", "metal": "wire"},
                doc="A curved wooden hanger with a trouser bar, or a bent wire triangle.",
            ),
        ),
        build=coat_hanger,
        long_axis="x",
        collider="box",
        description="A curved wooden coat hanger with a trouser bar and a steel hook.",
    ),
    Recipe(
        name="scarf",
        category="wearables",
        nouns=(
            "scarf",
            "muffler",
            "woollen scarf",
            "wool scarf",
            "knitted scarf",
            "winter scarf",
            "neck scarf",
            "comforter",
        ),
        synsets=("scarf.n.01", "muffler.n.02"),
        size=SizePrior((0.4, 0.6, 0.22), 0.25),
        materials={"wool": M("fabric", "#9a2a2a"), "stripe": M("fabric", "#e9e2cf")},
        parts=_p(
            ("scarf", "wool", ("scarf", "loop", "ends", "tails", "fringe", "wool")),
            ("stripes", "stripe", ("stripes", "stripe", "bands")),
        ),
        params=(
            Param(
                "stripes",
                "bool",
                True,
                words={
                    "striped": True,
                    "stripy": True,
                    "stripes": True,
                    "plain": False,
                    "solid": False,
                },
                doc="Bands of a second colour across the ends.",
            ),
        ),
        build=scarf,
        collider="box",
        description="A knitted scarf wound in a loop with two fringed, striped ends hanging down.",
    ),
    Recipe(
        name="sock",
        category="wearables",
        nouns=(
            "sock",
            "socks",
            "stocking",
            "knee sock",
            "ankle sock",
            "woollen sock",
            "wool sock",
            "christmas stocking",
        ),
        synsets=("sock.n.01", "stocking.n.01", "christmas_stocking.n.01"),
        size=SizePrior((0.09, 0.22, 0.27), 0.25),
        materials={"wool": M("fabric", "#c9c3b5"), "rib": M("fabric", "#8a2f2f")},
        parts=_p(
            ("sock", "wool", ("sock", "leg", "foot", "wool")),
            ("cuff", "rib", ("cuff", "top", "band")),
            ("heel", "rib", ("heel",)),
            ("toe", "rib", ("toe",)),
        ),
        params=(
            Param(
                "length",
                "choice",
                "crew",
                choices=("crew", "long"),
                words={
                    "crew": "crew",
                    "ankle": "crew",
                    "short": "crew",
                    "long": "long",
                    "knee": "long",
                    "knee-high": "long",
                    "stocking": "long",
                    "christmas": "long",
                },
                doc="A crew sock, or a long knee sock / stocking.",
            ),
        ),
        build=sock,
        collider="box",
        description="A knitted sock shaped as if on a foot, with a ribbed cuff and a contrasting heel and toe.",
    ),
    Recipe(
        name="shoe",
        category="wearables",
        nouns=(
            "shoe",
            "shoes",
            "sneaker",
            "sneakers",
            "trainer",
            "trainers",
            "running shoe",
            "tennis shoe",
            "gym shoe",
            "high heel",
            "high heels",
            "high-heeled shoe",
            "stiletto heel",
            "court shoe",
            "loafer",
            "oxford shoe",
            "dress shoe",
            "brogue",
            "pair of shoes",
        ),
        synsets=(
            "shoe.n.01",
            "gym_shoe.n.01",
            "loafer.n.02",
            "oxford.n.04",
            "pump.n.03",
            "brogan.n.01",
        ),
        size=SizePrior((0.22, 0.11, 0.29), 0.25),
        materials={
            "upper": M("fabric", "#dfe3e8"),
            "sole": M("plastic", "#f1f1ee"),
            "lining": M("fabric", "#2a2a2e"),
            "laces": M("fabric", "#2f5fa8"),
        },
        parts=_p(
            ("upper", "upper", ("upper", "shoe", "toe", "collar", "counter", "leather")),
            ("sole", "sole", ("sole", "soles", "heel", "heels", "stiletto")),
            ("opening", "lining", ("lining",)),
            ("other_opening", "lining", ("lining",)),
            ("laces", "laces", ("laces", "lace", "stripe", "stripes")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "sneaker",
                choices=("sneaker", "dress", "heel"),
                words={
                    "sneaker": "sneaker",
                    "sneakers": "sneaker",
                    "trainer": "sneaker",
                    "trainers": "sneaker",
                    "running": "sneaker",
                    "tennis": "sneaker",
                    "gym": "sneaker",
                    "sport": "sneaker",
                    "dress": "dress",
                    "oxford": "dress",
                    "loafer": "dress",
                    "brogue": "dress",
                    "formal": "dress",
                    "heel": "heel",
                    "heels": "heel",
                    "high": "heel",
                    "high-heeled": "heel",
                    "stiletto": "heel",
                    "court": "heel",
                },
                doc="A laced sneaker on a thick sole, a low leather dress shoe, or a high heel.",
            ),
            Param("pair", "bool", True, words=PAIR_WORDS, doc="A pair side by side, or one shoe."),
        ),
        build=shoe,
        collider="box",
        description="A pair of laced sneakers on thick rubber soles.",
    ),
    Recipe(
        name="glove",
        category="wearables",
        nouns=(
            "glove",
            "gloves",
            "mitten",
            "mittens",
            "wool glove",
            "woollen glove",
            "winter glove",
            "knitted glove",
            "work glove",
            "rubber glove",
            "gardening glove",
            "cotton glove",
            "mitt",
        ),
        synsets=("glove.n.02", "mitten.n.01"),
        size=SizePrior((0.12, 0.028, 0.25), 0.3),
        materials={"cloth": M("fabric", "#3f5f8f"), "rib": M("fabric", "#2d4468")},
        parts=_p(
            ("glove", "cloth", ("glove", "fingers", "hand", "thumb", "palm")),
            ("cuff", "rib", ("cuff", "wrist")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "glove",
                choices=("glove", "mitten"),
                words={
                    "glove": "glove",
                    "gloves": "glove",
                    "fingered": "glove",
                    "mitten": "mitten",
                    "mittens": "mitten",
                    "mitt": "mitten",
                },
                doc="A five-fingered glove, or a mitten.",
            ),
        ),
        build=glove,
        long_axis="z",
        collider="box",
        description="A cloth glove lying flat: four fingers and a thumb above a ribbed cuff.",
    ),
    Recipe(
        name="handbag",
        category="wearables",
        nouns=(
            "handbag",
            "purse",
            "hand bag",
            "pocketbook",
            "clutch bag",
            "tote bag",
            "shoulder bag",
            "ladies' bag",
            "leather bag",
        ),
        synsets=("bag.n.04", "purse.n.03", "shoulder_bag.n.01"),
        size=SizePrior((0.3, 0.32, 0.13), 0.25),
        materials={
            "leather": M("leather", "#7a2e2a"),
            "strap": M("leather", "#4a1e1a"),
            "gold": M("brass", "#d4af5a"),
        },
        parts=_p(
            ("bag", "leather", ("bag", "body", "flap", "purse")),
            ("handles", "strap", ("handles", "handle", "strap")),
            ("clasp", "gold", ("clasp", "buckle", "lock", "fittings")),
        ),
        params=(
            Param(
                "strap",
                "choice",
                "handles",
                choices=("handles", "shoulder"),
                words={
                    "shoulder": "shoulder",
                    "strap": "shoulder",
                    "crossbody": "shoulder",
                    "handles": "handles",
                    "tote": "handles",
                    "top-handle": "handles",
                },
                doc="Two short top handles, or one long shoulder strap.",
            ),
        ),
        build=handbag,
        collider="box",
        description="A leather handbag: a tapered body with a flap, a gold clasp and two top handles.",
    ),
    Recipe(
        name="wallet",
        category="wearables",
        nouns=("wallet", "billfold", "notecase", "leather wallet", "card holder", "coin purse"),
        synsets=("wallet.n.01",),
        size=SizePrior((0.125, 0.028, 0.095), 0.25),
        materials={
            "leather": M("leather", "#4a2e1c"),
            "thread": M("fabric", "#c9b48a"),
            "card": M("plastic", "#2f6fb0"),
        },
        parts=_p(
            ("wallet", "leather", ("wallet", "leather", "leaf", "fold")),
            ("stitching", "thread", ("stitching", "seam")),
            ("card", "card", ("card", "cards", "credit card")),
        ),
        build=wallet,
        long_axis="x",
        collider="box",
        description="A folded leather wallet lying flat, stitched along its edges, a card on top.",
    ),
    Recipe(
        name="wristwatch",
        category="wearables",
        nouns=(
            "wristwatch",
            "wrist watch",
            "watch",
            "smartwatch",
            "smart watch",
            "diving watch",
            "gold watch",
        ),
        synsets=("wristwatch.n.01", "watch.n.01"),
        size=SizePrior((0.045, 0.082, 0.066), 0.25),
        materials={
            "strap": M("leather", "#3a2516"),
            "steel": STEEL,
            "dial": M("ceramic", "#f3f1ea"),
            "hands": M("iron", "#1d1e22"),
            "glass": M("crystal", "#dcecf2"),
        },
        parts=_p(
            ("strap", "strap", ("strap", "band", "bracelet")),
            ("case", "steel", ("case", "bezel", "crown", "lugs")),
            ("dial", "dial", ("dial", "face")),
            ("hands", "hands", ("hands", "hand")),
            ("glass", "glass", ("glass", "crystal")),
        ),
        build=wristwatch,
        collider="box",
        description="A wristwatch standing in the loop of its leather strap, a steel case and a white dial on top.",
    ),
    Recipe(
        name="glasses",
        category="wearables",
        nouns=(
            "glasses",
            "spectacles",
            "eyeglasses",
            "specs",
            "sunglasses",
            "shades",
            "reading glasses",
            "pair of glasses",
            "eyewear",
        ),
        synsets=("spectacles.n.01", "sunglasses.n.01"),
        size=SizePrior((0.14, 0.056, 0.15), 0.25),
        materials={
            "frame": M("plastic", "#1e1c1c"),
            "lens": M("crystal", "#dbeef5"),
            "dark_lens": M("plastic", "#1c2630"),
        },
        parts=_p(
            ("frame", "frame", ("frame", "rims", "bridge", "temples", "arms")),
            ("lens", "lens", ("lens", "lenses")),
            ("dark_lens", "dark_lens", ("lens", "lenses")),
        ),
        params=(
            Param(
                "tinted",
                "bool",
                False,
                words={
                    "sunglasses": True,
                    "shades": True,
                    "dark": True,
                    "tinted": True,
                    "sun": True,
                    "clear": False,
                    "reading": False,
                },
                doc="Dark sunglass lenses instead of clear ones.",
            ),
            Param(
                "shape",
                "choice",
                "square",
                choices=("square", "round"),
                words={
                    "round": "round",
                    "circular": "round",
                    "square": "square",
                    "rectangular": "square",
                },
                doc="Rounded-rectangle or round lenses.",
            ),
        ),
        build=glasses,
        collider="box",
        description="A pair of glasses standing on their folded-out arms: two framed lenses and a bridge.",
    ),
]
