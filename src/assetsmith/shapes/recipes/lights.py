"""Lights: candles, candlesticks, lanterns, lamps, torches, braziers, chandeliers, street lamps.

Whatever gives the light glows: flames, lit lamp glass, shades and hot coals have material roles
with an emissive colour (see MaterialRole). A material role cannot switch its glow per build, so
an object that can be lit or unlit names the lit piece as its own part (`glass` vs `lit_glass`).
"""

from __future__ import annotations

import math

from ..dsl import (
    blob,
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

# Shared glowing roles.
FLAME = M("plastic", "#ffa640", emissive="#ff8a1c", emissive_strength=1.3)
WARM_GLASS = M("crystal", "#f3d28a", emissive="#ffb64a", emissive_strength=1.0)
LIT_WORDS = {
    "lit": True,
    "burning": True,
    "glowing": True,
    "flaming": True,
    "unlit": False,
    "extinguished": False,
    "cold": False,
    "dark": False,
}


def flame_profile(h: float, r: float) -> list[list[float]]:
    """A candle flame's lathe profile, `h` tall and `r` wide at its belly."""
    return [
        [0, 0],
        [0.55 * r, 0.1 * h],
        [r, 0.33 * h],
        [0.85 * r, 0.58 * h],
        [0.4 * r, 0.84 * h],
        [0, h],
    ]


def lit_param(doc: str = "Burning, with a flame.") -> Param:
    return Param("lit", "bool", True, words=LIT_WORDS, doc=doc)


# ---------------------------------------------------------------------------------------------
# Candle


def candle(p) -> dict:
    rng = p.rng
    n = p.candles
    r = 0.024
    # A cluster: the first candle in the middle, the others round it, each of its own height.
    angles = [0.6 + k * 2 * math.pi / max(1, n - 1) for k in range(n - 1)]
    spots = [(0.0, 0.0)] + [(0.052 * math.cos(a), 0.052 * math.sin(a)) for a in angles]
    parts = []
    base_y = 0.0
    if p.holder:
        dish_r = 0.07 if n == 1 else 0.11
        parts.append(
            part(
                "dish",
                "brass",
                lathe(
                    [
                        [0, 0],
                        [dish_r - 0.02, 0],
                        [dish_r - 0.005, 0.012],
                        [dish_r, 0.018],
                        [dish_r - 0.004, 0.02],
                        [dish_r - 0.02, 0.01],
                        [0, 0.01],
                    ],
                    crease=40,
                ),
            )
        )
        base_y = 0.008
        if n == 1:
            parts += [
                part(
                    "socket",
                    "brass",
                    cylinder(r + 0.004, 0.025, inner_radius=r - 0.004, bevel=0.002),
                ).at(0, base_y, 0),
                part("ring", "brass", torus(0.022, 0.004, arc=220))
                .rotate(x=-90)
                .on("dish", "right", gap=-0.012, y=-1),
            ]
    for k, (x, z) in enumerate(spots):
        h = 0.15 * p.height * (1.0 if k == 0 else float(rng.uniform(0.45, 0.85)))
        melt = 0.006 + (0.012 if p.melted else 0.0)
        profile = [
            [0, 0],
            [r, 0],
            [r, h - melt],
            [r - 0.003, h - melt + 0.005],
            [r - 0.008, h - melt + 0.002],
            [0.004, h - melt - 0.002],
            [0, h - melt - 0.002],
        ]
        top = h - melt - 0.002
        drips = 5 if p.melted else 3
        parts += [
            part(f"wax_{k}", "wax", lathe(profile, crease=40), part="wax").at(x, base_y, z),
            # Drips down the side: thin tapered rods round the rim, each its own length.
            part(
                f"drips_{k}", "wax", cylinder(0.005, 0.03 + (0.03 if p.melted else 0.0)), part="wax"
            )
            .taper(0.6, curve=2)
            .radial(drips, radius=r - 0.001, start=35 + 40 * k, span=250, jitter={"scale": 0.4})
            .at(x, base_y + top - 0.03 - (0.03 if p.melted else 0.0), z)
            .detail(0.5),
            part(f"wick_{k}", "wick", cylinder(0.0018, 0.014), part="wick")
            .at(x, base_y + top - 0.002, z)
            .detail(0.3),
        ]
        if p.lit:
            parts.append(
                part(
                    f"flame_{k}",
                    "flame",
                    lathe(flame_profile(0.034, 0.0065), smooth=True),
                    part="flame",
                ).at(x, base_y + top + 0.006, z)
            )
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Candlestick and candelabra


def _candle_on_cup(
    tag: str, x: float, y: float, z: float, lit: bool, h: float = 0.13, r: float = 0.012
) -> list:
    """A cup (bobeche), a candle standing in it, its wick and flame, at (x, y, z)."""
    out = [
        part(
            f"cup_{tag}",
            "brass",
            lathe(
                [
                    [0, 0],
                    [0.012, 0],
                    [0.016, 0.012],
                    [0.032, 0.018],
                    [0.034, 0.024],
                    [0.018, 0.022],
                    [0, 0.022],
                ],
                crease=35,
            ),
            part="cups",
        ).at(x, y, z),
        part(f"candle_{tag}", "wax", cylinder(r, h, bevel=0.002), part="candles").at(
            x, y + 0.018, z
        ),
        part(f"wick_{tag}", "wick", cylinder(0.0016, 0.012), part="wick")
        .at(x, y + 0.016 + h, z)
        .detail(0.3),
    ]
    if lit:
        out.append(
            part(
                f"flame_{tag}",
                "flame",
                lathe(flame_profile(0.03, 0.006), smooth=True),
                part="flame",
            ).at(x, y + 0.022 + h, z)
        )
    return out


def candlestick(p) -> dict:
    stem_h = 0.2
    parts = [
        part(
            "base",
            "brass",
            lathe(
                [
                    [0, 0],
                    [0.075, 0],
                    [0.078, 0.01],
                    [0.065, 0.018],
                    [0.05, 0.024],
                    [0.028, 0.04],
                    [0.016, 0.05],
                    [0, 0.05],
                ],
                smooth=True,
            ),
            part="stick",
        ),
        # The turned stem: a column with knops (the bulges that give a grip).
        part(
            "stem",
            "brass",
            lathe(
                [
                    [0, 0],
                    [0.016, 0],
                    [0.026, 0.02],
                    [0.014, 0.045],
                    [0.012, 0.1],
                    [0.022, 0.12],
                    [0.011, 0.14],
                    [0.012, stem_h - 0.01],
                    [0.02, stem_h],
                    [0, stem_h],
                ],
                smooth=True,
            ),
            part="stick",
        ).at(0, 0.048, 0),
    ]
    top = 0.048 + stem_h
    parts += _candle_on_cup("c", 0, top - 0.004, 0, p.lit)
    side = p.arms - 1
    if side:
        # The branches: an S-curve out from the stem and up to a cup, repeated round it (two
        # branches face left and right, so the candelabra reads from the front).
        reach = 0.15
        y0 = top - 0.085
        path = [[0, 0, 0.0], [0, -0.03, 0.06], [0, 0.0, reach - 0.01], [0, 0.05, reach]]
        start = 90 if side == 2 else 0
        parts += [
            part("branches", "brass", sweep(path, 0.008, curve="smooth"), part="stick")
            .radial(side, start=start)
            .at(0, y0, 0),
            part(
                "branch_cups",
                "brass",
                lathe(
                    [
                        [0, 0],
                        [0.012, 0],
                        [0.016, 0.012],
                        [0.032, 0.018],
                        [0.034, 0.024],
                        [0.018, 0.022],
                        [0, 0.022],
                    ],
                    crease=35,
                ),
                part="cups",
            )
            .moved(0, 0, reach)
            .radial(side, start=start)
            .at(0, y0 + 0.05, 0),
            part("branch_candles", "wax", cylinder(0.012, 0.11, bevel=0.002), part="candles")
            .moved(0, 0, reach)
            .radial(side, start=start)
            .at(0, y0 + 0.068, 0),
        ]
        if p.lit:
            parts.append(
                part(
                    "branch_flames",
                    "flame",
                    lathe(flame_profile(0.03, 0.006), smooth=True),
                    part="flame",
                )
                .moved(0, 0, reach)
                .radial(side, start=start)
                .at(0, y0 + 0.068 + 0.115, 0)
            )
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Chandelier


def chandelier(p) -> dict:
    n = p.candles
    ring_r = 0.36
    parts = [
        # The ceiling rose and the chain down to the body: round links, every other one turned.
        part("rose", "iron", cylinder(0.09, 0.03, bevel=0.008), part="frame").at(0, 1.07, 0),
        part("links_a", "iron", torus(0.024, 0.006))
        .turned(x=90)
        .array(4, [0, -0.08, 0])
        .at(0, 1.05, 0),
        part("links_b", "iron", torus(0.024, 0.006))
        .turned(x=90, y=90)
        .array(4, [0, -0.08, 0])
        .at(0, 1.01, 0),
        # The body: a turned central column with a ball below.
        part(
            "column",
            "iron",
            lathe(
                [
                    [0, 0],
                    [0.05, 0.02],
                    [0.06, 0.06],
                    [0.03, 0.1],
                    [0.022, 0.2],
                    [0.035, 0.24],
                    [0.02, 0.3],
                    [0.03, 0.4],
                    [0, 0.42],
                ],
                smooth=True,
            ),
            part="frame",
        ).at(0, 0.3, 0),
        part("finial", "iron", sphere(0.04), part="frame").at(0, 0.24, 0),
        part("ring", "iron", torus(ring_r, 0.018), part="frame").at(0, 0.465, 0),
        # Scrolls between the column and the ring.
        part(
            "scrolls",
            "iron",
            sweep(
                [
                    [0, 0.12, 0.03],
                    [0, 0.2, 0.12],
                    [0, 0.14, 0.22],
                    [0, 0.05, 0.25],
                    [0, 0.03, ring_r - 0.01],
                ],
                0.008,
                curve="smooth",
            ),
            part="frame",
        )
        .radial(min(n, 6))
        .at(0, 0.45, 0)
        .detail(0.5),
        # The arms: a curve from the column out under the ring and up to a candle cup.
        part(
            "arms",
            "iron",
            sweep(
                [
                    [0, 0.0, 0.03],
                    [0, -0.08, 0.2],
                    [0, -0.04, ring_r + 0.05],
                    [0, 0.06, ring_r + 0.07],
                ],
                0.014,
                curve="smooth",
            ),
            part="frame",
        )
        .radial(n, start=180 / n)
        .at(0, 0.44, 0),
        part(
            "cups",
            "iron",
            lathe(
                [
                    [0, 0],
                    [0.014, 0],
                    [0.02, 0.012],
                    [0.04, 0.02],
                    [0.042, 0.028],
                    [0.02, 0.026],
                    [0, 0.026],
                ],
                crease=35,
            ),
            part="frame",
        )
        .moved(0, 0, ring_r + 0.07)
        .radial(n, start=180 / n)
        .at(0, 0.49, 0),
        part("candles", "wax", cylinder(0.016, 0.13, bevel=0.002))
        .moved(0, 0, ring_r + 0.07)
        .radial(n, start=180 / n)
        .at(0, 0.51, 0),
    ]
    if p.lit:
        parts.append(
            part("flames", "flame", lathe(flame_profile(0.035, 0.007), smooth=True), part="flame")
            .moved(0, 0, ring_r + 0.07)
            .radial(n, start=180 / n)
            .at(0, 0.645, 0)
        )
    if p.crystals:
        # Prisms hanging from the ring and a drop under every arm.
        drop = lathe([[0, 0], [0.012, 0.02], [0.008, 0.04], [0, 0.05]], sides=6)
        parts += [
            part("prisms", "crystal", drop, part="crystals")
            .moved(0, 0, ring_r)
            .radial(2 * n, start=0)
            .at(0, 0.405, 0)
            .detail(0.4),
            part("drops", "crystal", drop, part="crystals")
            .scale(1.4)
            .moved(0, 0, 0.2)
            .radial(n, start=180 / n)
            .at(0, 0.26, 0)
            .detail(0.4),
            part(
                "pendant",
                "crystal",
                lathe([[0, 0], [0.03, 0.06], [0.02, 0.1], [0, 0.12]], sides=8),
                part="crystals",
            ).at(0, 0.12, 0),
        ]
    return program(*parts, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Lantern


def lantern(p) -> dict:
    if p.style == "pumpkin":
        return _pumpkin_lantern(p)
    return _paper_lantern(p) if p.style == "paper" else _iron_lantern(p)


def _pumpkin_body(radius: float, lobes: int = 8, n: int = 64) -> list[list[float]]:
    """A pumpkin's ribbed cross-section: a circle with `lobes` rounded bulges."""
    out = []
    for k in range(n):
        a = 2 * math.pi * k / n
        rr = radius * (1.0 + 0.07 * math.cos(lobes * a))
        out.append([rr * math.sin(a), rr * math.cos(a)])
    return out


def _pumpkin_lantern(p) -> dict:
    """A jack-o'-lantern: a ribbed pumpkin (a loft of lobed sections) with a stalk, its carved
    face glowing where the candle inside shows through."""
    R = 0.15
    heights = [
        (0.0, 0.3),
        (0.015, 0.62),
        (0.05, 0.88),
        (0.1, 1.0),
        (0.15, 0.93),
        (0.19, 0.7),
        (0.21, 0.32),
    ]
    sections = [
        section(y, "outline", points=[[a * f, b * f] for a, b in _pumpkin_body(R)])
        for y, f in heights
    ]
    face = "lit_face" if p.lit else "carving"
    parts = [
        part("pumpkin", "pumpkin", loft(*sections, smooth=True)).detail(1.5),
        part("stalk", "stalk", cylinder(0.018, 0.06, bevel=0.004))
        .taper(0.7)
        .bend(25, toward="x")
        .at(0, 0.2, 0),
    ]
    # The face: flat glowing pieces set into the front, each turned to the surface where it sits.
    pieces = [
        ("eye_l", [[-0.022, 0], [0.022, 0], [0, 0.032]], -0.048, 0.115),
        ("eye_r", [[-0.022, 0], [0.022, 0], [0, 0.032]], 0.048, 0.115),
        ("nose", [[-0.012, 0], [0.012, 0], [0, 0.018]], 0.0, 0.092),
        (
            "mouth_l",
            [
                [-0.03, 0.02],
                [0.03, 0.02],
                [0.03, 0.0],
                [0.015, 0.01],
                [0.0, -0.004],
                [-0.03, 0.008],
            ],
            -0.042,
            0.052,
        ),
        (
            "mouth_m",
            [[-0.018, 0.02], [0.018, 0.02], [0.018, 0.004], [0.0, -0.008], [-0.018, 0.004]],
            0.0,
            0.05,
        ),
        (
            "mouth_r",
            [
                [-0.03, 0.02],
                [0.03, 0.02],
                [0.03, 0.008],
                [0.0, -0.004],
                [-0.015, 0.01],
                [-0.03, 0.0],
            ],
            0.042,
            0.052,
        ),
    ]
    for name, outline, x, y in pieces:
        outline = [[1.35 * a, 1.35 * b] for a, b in outline]
        x *= 1.3
        turn = math.degrees(math.asin(x / R))
        z = math.sqrt(max(R * R - x * x, 0.0)) * _profile_at(heights, y) + 0.006
        parts.append(
            part(name, face, extrude(outline, 0.012), part=face).rotate(y=turn).at(x, y, z - 0.006)
        )
    return program(*parts, collider="mesh_convex")


def _profile_at(heights: list[tuple[float, float]], y: float) -> float:
    """The loft's radius factor at height y (linear between sections)."""
    for (y0, f0), (y1, f1) in zip(heights, heights[1:], strict=False):
        if y0 <= y <= y1:
            return f0 + (f1 - f0) * (y - y0) / (y1 - y0)
    return heights[-1][1]


def _iron_lantern(p) -> dict:
    w, h = 0.19, 0.24  # the glass box
    glass = "lit_glass" if p.lit else "glass"
    parts = [
        part("base", "iron", box([w + 0.03, 0.035, w + 0.03], bevel=0.006), part="frame"),
        part("feet", "iron", box([0.025, 0.012, 0.025]), part="frame")
        .array(2, [w, 0, 0], center=True)
        .array(2, [0, 0, w], center=True)
        .on("base", "bottom", gap=-0.002),
        part(glass, glass, box([w - 0.006, h, w - 0.006])).on("base", "top", gap=-0.002),
        # Corner posts and the bars across each pane: the cage.
        part("posts", "iron", box([0.014, h, 0.014], bevel=0.003), part="frame")
        .array(2, [w - 0.002, 0, 0], center=True)
        .array(2, [0, 0, w - 0.002], center=True)
        .on("base", "top", gap=-0.002),
        part("bars", "iron", box([w + 0.004, 0.01, 0.006]), part="frame")
        .array(2, [0, 0, w], center=True)
        .on(glass, "center"),
        part("bars_side", "iron", box([0.006, 0.01, w + 0.004]), part="frame")
        .array(2, [w, 0, 0], center=True)
        .on(glass, "center"),
        part("band", "iron", box([w + 0.024, 0.025, w + 0.024], bevel=0.004), part="frame").on(
            glass, "top", gap=-0.004
        ),
        # The roof: a four-sided pyramid, a vented chimney cap and the ring it hangs from.
        part("roof", "iron", cone(0.17, 0.09, radius_top=0.035, sides=4), part="frame").on(
            "band", "top", gap=-0.003
        ),
        part("chimney", "iron", cylinder(0.03, 0.035, bevel=0.005), part="frame").on(
            "roof", "top", gap=-0.01
        ),
        part("cap", "iron", cone(0.045, 0.025, radius_top=0.008), part="frame").on(
            "chimney", "top", gap=0.006
        ),
        part("handle", "iron", torus(0.04, 0.006)).rotate(x=90).on("cap", "top", gap=-0.012),
    ]
    return program(*parts, collider="box")


def _paper_lantern(p) -> dict:
    shade = "lit_paper" if p.lit else "paper"
    r, h = 0.16, 0.34
    body = [
        [0.07, 0],
        [0.12, 0.025],
        [0.15, 0.08],
        [r, 0.17],
        [0.15, 0.26],
        [0.12, 0.315],
        [0.07, h],
    ]
    parts = [
        part("bottom_cap", "lacquer", cylinder(0.075, 0.025, bevel=0.006), part="caps").at(
            0, 0.06, 0
        ),
        part(shade, shade, lathe([[0, 0], *body, [0, h]], smooth=True)).at(0, 0.075, 0),
        part("top_cap", "lacquer", cylinder(0.075, 0.03, bevel=0.006), part="caps").at(
            0, 0.075 + h - 0.01, 0
        ),
        part("cord", "cord", cylinder(0.004, 0.09), part="cord").at(0, 0.075 + h + 0.015, 0),
        part("loop", "cord", torus(0.02, 0.004), part="cord")
        .rotate(x=90)
        .at(0, 0.075 + h + 0.1, 0),
        part("tassel", "tassel", cone(0.022, 0.06, radius_top=0.006), part="tassel"),
    ]
    # The ribs that give a paper lantern its bands: one ring per height, each sized to the body.
    for k, (rr, y) in enumerate(body[1:-1]):
        parts.append(
            part(f"rib_{k}", "lacquer", torus(rr + 0.002, 0.0035), part="ribs")
            .at(0, 0.075 + y - 0.0035, 0)
            .detail(0.5)
        )
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Lamp


def lamp(p) -> dict:
    if p.style == "desk":
        return _desk_lamp(p)
    if p.style == "oil":
        return _oil_lamp(p)
    return _table_lamp(p)


def _table_lamp(p) -> dict:
    parts = [
        part(
            "base",
            "ceramic",
            lathe(
                [
                    [0, 0],
                    [0.07, 0],
                    [0.09, 0.03],
                    [0.1, 0.09],
                    [0.085, 0.16],
                    [0.04, 0.21],
                    [0.025, 0.23],
                    [0, 0.23],
                ],
                smooth=True,
            ),
        ),
        part("stem", "brass", cylinder(0.012, 0.1), part="fittings").on("base", "top", gap=-0.005),
        part("socket", "brass", cylinder(0.02, 0.04, bevel=0.004), part="fittings").on(
            "stem", "top"
        ),
        part("shade", "lit_shade", lathe([[0.2, 0], [0.12, 0.24], [0.115, 0.24], [0.195, 0.0]])).on(
            "socket", "top", gap=-0.09
        ),
        part("finial", "brass", sphere(0.014), part="fittings").on("shade", "top", gap=-0.005),
    ]
    return program(*parts, collider="capsule")


def _desk_lamp(p) -> dict:
    parts = [
        part("base", "painted", cylinder(0.09, 0.03, bevel=0.01)),
        part(
            "stem",
            "brass",
            sweep([[0, 0.03, -0.02], [0, 0.2, -0.05], [0, 0.36, 0.0]], 0.01),
            part="fittings",
        ),
        part("joint", "brass", sphere(0.018), part="fittings").at(0, 0.342, 0),
        part(
            "arm",
            "painted",
            sweep([[0, 0.36, 0.0], [0, 0.4, 0.12], [0, 0.38, 0.22]], 0.009),
            part="base",
        ),
        part(
            "shade",
            "painted",
            lathe([[0.075, 0], [0.07, 0.012], [0.035, 0.09], [0.02, 0.1], [0, 0.1]]),
            part="shade_metal",
        )
        .rotate(x=-150)
        .at(0, 0.44, 0.25),
        part("bulb", "bulb", sphere(0.028)).at(0, 0.355, 0.27),
    ]
    return program(*parts, collider="box")


def _oil_lamp(p) -> dict:
    parts = [
        part(
            "base",
            "brass",
            lathe(
                [
                    [0, 0],
                    [0.07, 0],
                    [0.072, 0.012],
                    [0.05, 0.02],
                    [0.022, 0.05],
                    [0.02, 0.07],
                    [0.065, 0.1],
                    [0.07, 0.13],
                    [0.05, 0.16],
                    [0.03, 0.17],
                    [0, 0.17],
                ],
                smooth=True,
            ),
            part="fittings",
        ),
        part("collar", "brass", cylinder(0.035, 0.03, bevel=0.005), part="fittings").on(
            "base", "top", gap=-0.005
        ),
        part("gallery", "brass", cylinder(0.042, 0.018, inner_radius=0.036), part="fittings").on(
            "collar", "top", gap=-0.004
        ),
        part(
            "chimney",
            "lit_glass",
            lathe(
                [
                    [0, 0],
                    [0.034, 0],
                    [0.034, 0.02],
                    [0.05, 0.06],
                    [0.05, 0.09],
                    [0.026, 0.14],
                    [0.024, 0.2],
                    [0, 0.2],
                ],
                smooth=True,
            ),
        ).on("gallery", "top", gap=-0.012),
        part("handle", "brass", torus(0.035, 0.007, arc=220), part="fittings")
        .rotate(x=90, y=90)
        .on("base", "right", gap=-0.03, y=-0.1),
        part("knob", "brass", cylinder(0.008, 0.02), part="fittings")
        .rotate(x=90)
        .on("collar", "front", gap=-0.004),
    ]
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Torch


def torch(p) -> dict:
    stick_h = 0.55
    head_y = stick_h - 0.06
    # Pieces are placed with `moved` (an operator), so a mounted torch can tilt them all together
    # about the stick's foot with one more operator.
    pieces = [
        part("stick", "wood", cylinder(0.017, stick_h, bevel=0.006)).taper(1.3),
        # The head: cloth wound round the top, as a few fat rings stacked.
        part("wrap", "cloth", cylinder(0.034, 0.11, bevel=0.012)).moved(0, head_y - 0.02, 0),
        part("bands", "cloth", torus(0.034, 0.008), part="wrap")
        .array(3, [0, 0.036, 0])
        .moved(0, head_y - 0.015, 0)
        .detail(0.5),
        part("binding", "iron", cylinder(0.026, 0.02, bevel=0.004)).moved(0, head_y - 0.045, 0),
    ]
    if p.lit:
        flame = flame_profile(0.2, 0.045)
        pieces += [
            part("flame", "flame", lathe(flame, smooth=True, sides=6))
            .twist(90)
            .moved(0, head_y + 0.07, 0),
            part("flame_tongues", "flame", lathe(flame, smooth=True, sides=5), part="flame")
            .scaled(0.55)
            .twist(-70)
            .radial(3, radius=0.022, start=20)
            .moved(0, head_y + 0.07, 0),
        ]
    if not p.mount:
        return program(*pieces, collider="capsule")
    # A wall sconce: a plate on the wall behind, an arm and a ring holding the torch tilted out.
    tilt = 20
    foot_z = 0.0
    for pc in pieces:
        pc.turned(x=tilt)
    pieces += [
        part("plate", "iron", box([0.08, 0.22, 0.012], bevel=0.004), part="bracket").at(
            0, 0.05, -0.13
        ),
        part(
            "arm",
            "iron",
            sweep(
                [[0, 0.24, -0.125], [0, 0.2, -0.07], [0, 0.2, foot_z + 0.02], [0, 0.21, 0.07]],
                0.007,
                curve="smooth",
            ),
            part="bracket",
        ),
        part("holder", "iron", cylinder(0.03, 0.035, inner_radius=0.022), part="bracket")
        .rotate(x=tilt)
        .at(0, 0.18, 0.065),
        part("cup", "iron", cone(0.02, 0.05, radius_top=0.03), part="bracket")
        .rotate(x=tilt)
        .at(0, -0.02, 0.0),
    ]
    return program(*pieces, collider="box")


# ---------------------------------------------------------------------------------------------
# Brazier


def brazier(p) -> dict:
    bowl_r, top = 0.3, 0.82
    parts = [
        # Legs: a curve from a scrolled foot up to the bowl's rim, repeated round the bowl.
        part(
            "legs",
            "iron",
            sweep(
                [
                    [0, 0.02, 0.34],
                    [0, 0.0, 0.28],
                    [0, 0.3, 0.2],
                    [0, 0.62, 0.17],
                    [0, top - 0.02, bowl_r + 0.01],
                ],
                0.018,
                curve="smooth",
            ),
        ).radial(p.legs, start=0),
        part("feet", "iron", sphere(0.03), part="legs")
        .moved(0, 0, 0.33)
        .radial(p.legs, start=0)
        .detail(0.4),
        part("ring", "iron", torus(0.18, 0.012), part="legs").at(0, 0.3, 0),
        part(
            "bowl",
            "iron",
            lathe(
                [
                    [0.06, 0],
                    [0.2, 0.05],
                    [0.27, 0.12],
                    [bowl_r, 0.2],
                    [bowl_r + 0.02, 0.215],
                    [bowl_r - 0.01, 0.22],
                    [0.25, 0.13],
                    [0.18, 0.07],
                    [0.0, 0.04],
                ],
                crease=40,
            ),
        ).at(0, top - 0.2, 0),
        # Bars across the bowl's rim, like a fire basket.
        part("bars", "iron", box([0.014, 0.09, 0.014], bevel=0.003), part="bowl")
        .radial(12, radius=bowl_r)
        .at(0, top + 0.005, 0)
        .detail(0.4),
    ]
    coals = "coals" if p.lit else "ash"
    parts.append(
        part(
            coals,
            coals,
            blob(
                [0.54, 0.15, 0.54], lumps=0.4, lump_count=28, sharpness=8, facets=4, flat_bottom=0.3
            ),
        ).at(0, top - 0.07, 0)
    )
    if p.lit:
        flame = [[0, 0], [0.12, 0.04], [0.13, 0.12], [0.08, 0.24], [0.03, 0.36], [0, 0.44]]
        parts += [
            part("flames", "flame", lathe(flame, smooth=True, sides=5))
            .twist(120)
            .at(0, top - 0.02, 0),
            part("flame_tongues", "flame", lathe(flame, smooth=True, sides=4), part="flames")
            .scale(0.55)
            .twist(-90)
            .radial(4, radius=0.12, start=30)
            .at(0, top - 0.03, 0),
        ]
    return program(*parts, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Street lamp


def street_lamp(p) -> dict:
    h = 3.4
    two = p.arms == 2
    glass = "lit_glass" if p.lit else "glass"
    parts = [
        part(
            "base",
            "iron",
            lathe(
                [
                    [0, 0],
                    [0.2, 0],
                    [0.2, 0.06],
                    [0.16, 0.1],
                    [0.13, 0.3],
                    [0.09, 0.36],
                    [0.075, 0.42],
                    [0, 0.42],
                ],
                smooth=False,
                crease=25,
            ),
        ),
        part("post", "iron", cylinder(0.055, h - 0.6)).taper(0.7).on("base", "top", gap=-0.02),
        part("collars", "iron", cylinder(0.075, 0.04, bevel=0.012))
        .array(2, [0, 0.8, 0])
        .on("post", "around", y=-0.45),
        part(
            "finial",
            "iron",
            lathe(
                [[0, 0], [0.06, 0], [0.07, 0.05], [0.03, 0.1], [0.035, 0.16], [0, 0.22]],
                smooth=True,
            ),
        ).on("post", "top", gap=-0.01),
    ]
    # The arm: a scroll out to one side, ending in a hook the lamp hangs from.
    arm = sweep(
        [[0.0, 0.0, 0], [0.25, 0.12, 0], [0.5, 0.12, 0], [0.68, 0.02, 0], [0.7, -0.08, 0]],
        0.022,
        curve="smooth",
    )
    arm_part = part("arm", "iron", arm)
    if two:
        parts.append(arm_part.mirror("x").on("post", "center", y=0.86))
    else:
        parts.append(arm_part.on("post", "right", gap=-0.03, y=0.86))
    # The lamp head, hung from the arm's end: a hood, a glass body and a bottom cap.
    for k in range(2 if two else 1):
        side = 1 if k == 0 else -1
        parts += [
            part(f"hood_{k}", "iron", cone(0.2, 0.16, radius_top=0.03, sides=6), part="hood").on(
                "arm", "bottom", x=side, gap=-0.1, offset=[side * 0.12, 0, 0]
            ),
            part(f"glass_{k}", glass, cone(0.12, 0.28, radius_top=0.17, sides=6), part=glass).on(
                f"hood_{k}", "bottom", gap=-0.01
            ),
            part(f"cap_{k}", "iron", cone(0.05, 0.06, radius_top=0.125, sides=6), part="hood").on(
                f"glass_{k}", "bottom", gap=-0.005
            ),
        ]
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------


def _parts(*rows) -> tuple[RecipePart, ...]:
    return tuple(RecipePart(name, role, tuple(words)) for name, role, words in rows)


RECIPES = [
    Recipe(
        name="candle",
        category="lights",
        nouns=("candle", "taper", "wax candle", "candles", "tallow candle", "pillar candle"),
        synsets=("candle.n.01",),
        size=SizePrior((0.15, 0.2, 0.14), 0.3),
        materials={
            "wax": M("ceramic", "#efe6cf"),
            "wick": M("fabric", "#2b2622"),
            "flame": FLAME,
            "brass": M("brass"),
        },
        parts=_parts(
            ("wax", "wax", ("wax", "candle", "candles", "body")),
            ("wick", "wick", ("wick",)),
            ("flame", "flame", ("flame", "fire")),
            ("dish", "brass", ("holder", "dish", "saucer", "chamberstick")),
            ("socket", "brass", ("socket",)),
            ("ring", "brass", ("ring", "handle")),
        ),
        params=(
            lit_param(),
            Param(
                "holder",
                "bool",
                True,
                words={"holder": True, "chamberstick": True, "bare": False, "loose": False},
                doc="Standing in a brass dish.",
            ),
            Param(
                "height",
                "float",
                1.0,
                0.5,
                2.5,
                words={"tall": 1.6, "short": 0.6, "stub": 0.5, "long": 1.6},
                doc="Height of the wax (the holder stays its size).",
            ),
            Param(
                "candles",
                "int",
                1,
                1,
                5,
                count_nouns=("candles", "candle", "tapers"),
                words={"cluster": 5, "several": 3},
                doc="Candles standing together.",
            ),
            Param(
                "melted",
                "bool",
                False,
                words={
                    "melted": True,
                    "melting": True,
                    "dripping": True,
                    "burnt": True,
                    "fresh": False,
                },
                doc="Burnt down, with a sunken top and long drips.",
            ),
        ),
        build=candle,
        round=True,
        collider="capsule",
        description="A wax candle with a glowing flame, in a brass chamberstick (or a cluster).",
    ),
    Recipe(
        name="candlestick",
        category="lights",
        nouns=("candlestick", "candelabrum", "candelabra", "candle holder", "candle stick"),
        synsets=("candlestick.n.01", "candelabrum.n.01"),
        size=SizePrior((0.16, 0.45, 0.16), 0.25),
        materials={
            "brass": M("brass", "#c39a45"),
            "wax": M("ceramic", "#f1e9d4"),
            "wick": M("fabric", "#2b2622"),
            "flame": FLAME,
        },
        parts=_parts(
            ("stick", "brass", ("stem", "base", "stick", "branches", "arms", "holder")),
            ("cups", "brass", ("cups", "drip pan", "bobeche", "sockets")),
            ("candles", "wax", ("candles", "candle", "wax")),
            ("wick", "wick", ("wick", "wicks")),
            ("flame", "flame", ("flames", "flame", "fire")),
        ),
        params=(
            lit_param(),
            Param(
                "arms",
                "int",
                1,
                1,
                7,
                count_nouns=("arms", "armed", "branches", "branched", "candles", "lights"),
                words={"candelabra": 3, "candelabrum": 3, "single": 1},
                doc="Candles it holds: one on a plain stick, more on branches round the stem.",
            ),
        ),
        build=candlestick,
        round=True,
        collider="capsule",
        description="A turned brass candlestick with a lit candle; with arms, a candelabra.",
    ),
    Recipe(
        name="chandelier",
        category="lights",
        nouns=("chandelier", "candle chandelier", "hanging candelabra", "ceiling light"),
        synsets=("chandelier.n.01",),
        size=SizePrior((0.95, 1.1, 0.95), 0.25),
        materials={
            "iron": M("iron", "#3a3733"),
            "wax": M("ceramic", "#f1e9d4"),
            "flame": FLAME,
            "crystal": M(
                "crystal",
                "#e8f4ff",
                emissive="#fff2d0",
                emissive_strength=0.6,
                emissive_pattern="family",
            ),
        },
        parts=_parts(
            ("frame", "iron", ("frame", "ring", "arms", "column", "body", "cups")),
            ("links_a", "iron", ("chain", "links")),
            ("links_b", "iron", ("chain", "links")),
            ("candles", "wax", ("candles", "candle", "wax")),
            ("flame", "flame", ("flames", "fire")),
            ("crystals", "crystal", ("crystals", "prisms", "drops", "pendants")),
        ),
        params=(
            lit_param(),
            Param(
                "candles",
                "int",
                6,
                3,
                12,
                count_nouns=("candles", "arms", "lights", "branches"),
                doc="Candles on arms round the ring.",
            ),
            Param(
                "crystals",
                "bool",
                False,
                words={
                    "crystal": True,
                    "crystals": True,
                    "glass": True,
                    "plain": False,
                    "iron": False,
                },
                doc="Hanging crystal prisms and drops.",
            ),
        ),
        build=chandelier,
        round=True,
        collider="mesh_convex",
        description="A hanging iron chandelier: a ring of candles on curved arms, on a chain.",
    ),
    Recipe(
        name="lantern",
        category="lights",
        nouns=(
            "lantern",
            "storm lantern",
            "hand lantern",
            "hurricane lantern",
            "paper lantern",
            "hanging lantern",
            "hurricane lamp",
        ),
        synsets=("lantern.n.01", "hurricane_lamp.n.01"),
        size=SizePrior((0.23, 0.45, 0.23), 0.25),
        materials={
            "iron": M("iron", "#3d3f41"),
            "glass": M("crystal", "#cfe3e8"),
            "lit_glass": WARM_GLASS,
            "paper": M("paper", "#e8d8b4"),
            "lit_paper": M("paper", "#e94f2c", emissive="#ff8a3a", emissive_strength=1.4),
            "lacquer": M("painted_wood", "#241a16"),
            "cord": M("rope", "#b0352a"),
            "tassel": M("fabric", "#c0392b"),
            "pumpkin": M("organic", "#e07a1c"),
            "stalk": M("bark", "#5a4a2a"),
            "carving": M("organic", "#8a4a12"),
            "lit_face": M("plastic", "#ffd048", emissive="#ffb224", emissive_strength=2.4),
        },
        parts=_parts(
            ("frame", "iron", ("frame", "cage", "roof", "base", "bars")),
            ("glass", "glass", ("glass", "panes", "windows")),
            ("lit_glass", "lit_glass", ("glass", "panes", "windows", "light")),
            ("handle", "iron", ("handle", "ring", "hook")),
            ("paper", "paper", ("paper", "shade", "body")),
            ("lit_paper", "lit_paper", ("paper", "shade", "body", "light")),
            ("caps", "lacquer", ("caps", "top", "bottom")),
            ("ribs", "lacquer", ("ribs", "bands")),
            ("cord", "cord", ("cord", "string", "loop")),
            ("tassel", "tassel", ("tassel",)),
            ("pumpkin", "pumpkin", ("pumpkin", "gourd")),
            ("stalk", "stalk", ("stalk", "stem")),
            ("lit_face", "lit_face", ("face", "eyes", "mouth", "carving")),
            ("carving", "carving", ("face", "eyes", "mouth", "carving")),
        ),
        params=(
            lit_param("Lit: the glass (or paper) glows."),
            Param(
                "style",
                "choice",
                "iron",
                choices=("iron", "paper", "pumpkin"),
                words={
                    "iron": "iron",
                    "metal": "iron",
                    "storm": "iron",
                    "hurricane": "iron",
                    "paper": "paper",
                    "chinese": "paper",
                    "silk": "paper",
                    "festival": "paper",
                    "pumpkin": "pumpkin",
                    "jack-o'-lantern": "pumpkin",
                    "halloween": "pumpkin",
                    "carved": "pumpkin",
                },
                doc="An iron storm lantern with glass panes, a round paper lantern, or a carved "
                "pumpkin (jack-o'-lantern).",
            ),
        ),
        build=lantern,
        round=True,
        collider="box",
        description="An iron lantern with glowing glass panes and a hanging ring (or a paper lantern).",
    ),
    Recipe(
        name="lamp",
        category="lights",
        nouns=(
            "lamp",
            "table lamp",
            "oil lamp",
            "desk lamp",
            "reading lamp",
            "kerosene lamp",
            "bedside lamp",
        ),
        synsets=("lamp.n.01", "table_lamp.n.01", "oil_lamp.n.01"),
        size=SizePrior((0.4, 0.56, 0.4), 0.25),
        materials={
            "ceramic": M("ceramic", "#3f6f7a"),
            "brass": M("brass"),
            "lit_shade": M("fabric", "#efe2c2", emissive="#ffd890", emissive_strength=1.1),
            "painted": M("painted_metal", "#2f5a3a"),
            "bulb": M("crystal", "#fff3d0", emissive="#fff0c0", emissive_strength=5.0),
            "lit_glass": WARM_GLASS,
        },
        parts=_parts(
            ("base", "ceramic", ("base", "body", "foot")),
            ("fittings", "brass", ("stem", "fittings")),
            ("shade", "lit_shade", ("shade", "lampshade")),
            ("shade_metal", "painted", ("shade", "head")),
            ("bulb", "bulb", ("bulb", "light")),
            ("chimney", "lit_glass", ("chimney", "glass", "globe")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "table",
                choices=("table", "desk", "oil"),
                words={
                    "table": "table",
                    "bedside": "table",
                    "desk": "desk",
                    "reading": "desk",
                    "office": "desk",
                    "oil": "oil",
                    "kerosene": "oil",
                    "paraffin": "oil",
                },
                doc="A table lamp with a shade, a desk lamp on an arm, or an oil lamp.",
            ),
        ),
        build=lamp,
        round=True,
        collider="capsule",
        description="A table lamp: a ceramic base and a glowing fabric shade (or a desk or oil lamp).",
    ),
    Recipe(
        name="torch",
        category="lights",
        nouns=("torch", "flambeau", "wall torch", "fire torch", "brand"),
        synsets=("torch.n.01", "flambeau.n.01"),
        size=SizePrior((0.1, 0.82, 0.1), 0.3),
        materials={
            "wood": M("wood_planks", "#6b4a2c"),
            "cloth": M("fabric", "#7d6548"),
            "iron": M("iron", "#3b3c3e"),
            "flame": FLAME,
        },
        parts=_parts(
            ("stick", "wood", ("stick", "handle", "shaft")),
            ("wrap", "cloth", ("head", "cloth", "rags")),
            ("binding", "iron", ("binding", "band")),
            ("flame", "flame", ("flame", "fire", "flames")),
            ("bracket", "iron", ("bracket", "sconce", "mount", "holder")),
        ),
        params=(
            lit_param(),
            Param(
                "mount",
                "bool",
                False,
                words={
                    "wall": True,
                    "mounted": True,
                    "sconce": True,
                    "bracket": True,
                    "hand": False,
                    "handheld": False,
                },
                doc="In an iron wall bracket, tilted out.",
            ),
        ),
        build=torch,
        collider="capsule",
        description="A wooden torch with a cloth-wrapped head and a flame (or in a wall bracket).",
    ),
    Recipe(
        name="brazier",
        category="lights",
        nouns=("brazier", "fire basket", "fire bowl", "brasier"),
        synsets=("brazier.n.01",),
        size=SizePrior((0.7, 1.2, 0.7), 0.25),
        materials={
            "iron": M("iron", "#34322f"),
            "coals": M(
                "rough_stone",
                "#2a2420",
                emissive="#ff5a14",
                emissive_strength=3.0,
                emissive_pattern="family",
            ),
            "ash": M("rough_stone", "#3a3531"),
            "flame": FLAME,
        },
        parts=_parts(
            ("legs", "iron", ("legs", "stand", "tripod", "feet")),
            ("bowl", "iron", ("bowl", "basket", "dish")),
            ("coals", "coals", ("coals", "embers", "fire")),
            ("ash", "ash", ("ash", "coals")),
            ("flames", "flame", ("flames", "flame", "fire")),
        ),
        params=(
            lit_param(),
            Param(
                "legs",
                "int",
                3,
                3,
                6,
                count_nouns=("legs", "leg", "legged"),
                words={"tripod": 3},
                doc="Legs round the bowl.",
            ),
        ),
        build=brazier,
        round=True,
        collider="mesh_convex",
        description="An iron fire bowl on curved legs, full of glowing coals and flames.",
    ),
    Recipe(
        name="street_lamp",
        category="lights",
        nouns=(
            "street lamp",
            "streetlight",
            "street light",
            "lamppost",
            "lamp post",
            "gas lamp",
            "lamp standard",
        ),
        synsets=("streetlight.n.01", "lamppost.n.01"),
        size=SizePrior((0.95, 3.55, 0.4), 0.25),
        materials={
            "iron": M("iron", "#3c3f42"),
            "glass": M("crystal", "#dfe8ea"),
            "lit_glass": WARM_GLASS,
        },
        parts=_parts(
            ("base", "iron", ("base", "foot", "plinth")),
            ("post", "iron", ("post", "pole", "column")),
            ("collars", "iron", ("collars", "rings")),
            ("finial", "iron", ("finial", "top")),
            ("arm", "iron", ("arm", "arms", "bracket")),
            ("hood", "iron", ("hood", "lamp", "head", "lantern")),
            ("glass", "glass", ("glass", "panes")),
            ("lit_glass", "lit_glass", ("glass", "panes", "light", "bulb")),
        ),
        params=(
            Param(
                "arms",
                "int",
                1,
                1,
                2,
                words={"double": 2, "twin": 2, "single": 1},
                count_nouns=("arms", "arm", "lamps", "lights", "heads"),
                doc="One lamp on one side, or two on both sides.",
            ),
            lit_param("Lit: the lamp glass glows."),
        ),
        build=street_lamp,
        collider="capsule",
        description="A cast-iron street lamp: a tall post on a moulded base, a scrolled arm and a "
        "hanging hexagonal lantern with glowing glass.",
    ),
]
