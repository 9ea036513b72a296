"""Wild animals as blockouts: whale, shark, frog, snake, rat (or mouse), bee, butterfly, spider, owl
and bat.

Each rests on its lowest point (belly, feet or legs), faces +Z, at its real size (a bee is 1.5 cm
long; size words scale it). Bodies are lofts or scaled spheres; fins, wings and membranes are thin
extrusions; legs and tails are tapered sweeps."""

from __future__ import annotations

import math

from ..dsl import (
    body_loft,
    box,
    capsule,
    cone,
    cylinder,
    extrude,
    part,
    program,
    sphere,
    sweep,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
_EYES = M("plastic", "#111111")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


# --- sea -------------------------------------------------------------------------------------------

_WHALE = [
    (-6.0, 0.35, 0.3, 1.45),
    (-4.6, 0.9, 0.95, 1.45),
    (-2.6, 2.0, 2.0, 1.35),
    (0.0, 2.8, 2.7, 1.35),
    (2.6, 2.8, 2.6, 1.35),
    (4.6, 2.4, 2.2, 1.25),
    (5.7, 1.6, 1.4, 1.15),
    (6.1, 0.7, 0.6, 1.1),
]


def whale(p) -> dict:
    parts = [
        part("body", "skin", body_loft(_WHALE)).detail(1.4),
        part(
            "belly",
            "belly",
            body_loft([(z, w * 0.86, h * 0.8, y - h * 0.13) for z, w, h, y in _WHALE[1:7]]),
        ),
        part(
            "flukes",
            "skin",
            extrude(
                [
                    [0, 0.2],
                    [1.2, -0.5],
                    [2.2, -1.4],
                    [1.1, -1.15],
                    [0, -0.7],
                    [-1.1, -1.15],
                    [-2.2, -1.4],
                    [-1.2, -0.5],
                ],
                0.14,
                axis="y",
                smooth=True,
            ),
            part="fins",
        ).at(0, 1.36, -5.9),
        part(
            "flippers",
            "skin",
            extrude(
                [[0, 0.3], [2.0, -0.6], [2.4, -1.1], [1.9, -0.95], [0, -0.3]],
                0.1,
                axis="y",
                smooth=True,
            ),
            part="fins",
        )
        .turned(z=-22)
        .moved(1.15, 0.75, 2.6)
        .mirror("x"),
        part(
            "dorsal",
            "skin",
            extrude([[0.5, 0], [-0.5, 0], [-0.45, 0.35]], 0.12, axis="x"),
            part="fins",
        ).at(0, 2.55, -3.0),
        part("eyes", "eyes", sphere(0.07)).moved(1.22, 0, 0).mirror("x").at(0, 0.95, 4.6),
        part(
            "mouth",
            "mouth",
            sweep(
                [
                    [-1.05, 0.85, 4.0],
                    [-0.7, 0.62, 5.4],
                    [0, 0.55, 6.1],
                    [0.7, 0.62, 5.4],
                    [1.05, 0.85, 4.0],
                ],
                0.04,
                curve="smooth",
            ),
        ),
    ]
    return program(*parts, collider="box")


_SHARK = [
    (-2.0, 0.08, 0.1, 0.62),
    (-1.55, 0.26, 0.36, 0.62),
    (-0.6, 0.7, 0.85, 0.6),
    (0.4, 0.8, 0.95, 0.6),
    (1.3, 0.62, 0.7, 0.63),
    (1.85, 0.32, 0.32, 0.67),
    (2.05, 0.08, 0.08, 0.68),
]


def shark(p) -> dict:
    parts = [
        part("body", "skin", body_loft(_SHARK)).detail(1.4),
        part(
            "belly",
            "belly",
            body_loft([(z, w * 0.86, h * 0.7, y - h * 0.17) for z, w, h, y in _SHARK[1:6]]),
        ),
        part(
            "tail",
            "skin",
            extrude(
                [
                    [0.1, 0.05],
                    [-0.5, 0.8],
                    [-0.68, 0.82],
                    [-0.32, 0.05],
                    [-0.46, -0.42],
                    [-0.32, -0.42],
                    [0.1, -0.05],
                ],
                0.05,
                axis="x",
            ),
            part="fins",
        ).at(0, 0.62, -1.9),
        part(
            "dorsal",
            "skin",
            extrude([[0.42, 0], [-0.28, 0], [-0.18, 0.1], [0.02, 0.55]], 0.05, axis="x"),
            part="fins",
        ).at(0, 0.98, 0.05),
        part(
            "fins",
            "skin",
            extrude([[0, 0.25], [0.78, -0.32], [0.8, -0.48], [0, -0.1]], 0.035, axis="y"),
            part="fins",
        )
        .turned(z=-22)
        .moved(0.3, 0.35, 0.75)
        .mirror("x"),
        part(
            "small_fins",
            "skin",
            extrude([[0.1, 0], [-0.12, 0], [-0.1, 0.14]], 0.03, axis="x"),
            part="fins",
        )
        .array(2, [0, -0.78, -0.85])
        .at(0, 0.3 + 0.78, -0.4),
        part("gills", "mouth", box([0.01, 0.14, 0.012]))
        .array(5, [0, 0, 0.06])
        .moved(0.31, 0, 0)
        .mirror("x")
        .at(0, 0.55, 0.95),
        part(
            "mouth",
            "mouth",
            sweep([[-0.2, 0.4, 1.45], [0, 0.35, 1.7], [0.2, 0.4, 1.45]], 0.02, curve="smooth"),
        ),
        part("eyes", "eyes", sphere(0.025)).moved(0.19, 0, 0).mirror("x").at(0, 0.72, 1.55),
    ]
    return program(*parts, collider="box")


# --- small animals ---------------------------------------------------------------------------------


def frog(p) -> dict:
    parts = [
        part("body", "skin", sphere(0.045)).scale([1.0, 0.7, 1.25]).rotate(x=-22).at(0, 0.01, 0),
        part("belly", "belly", sphere(0.04))
        .scale([0.9, 0.55, 1.1])
        .rotate(x=-22)
        .at(0, 0.008, 0.01),
        part("head", "skin", sphere(0.033), part="body")
        .scale([1.3, 0.75, 1.1])
        .at(0, 0.042, 0.045),
        part("eyes", "eyes", sphere(0.013)).moved(0.026, 0, 0).mirror("x").at(0, 0.06, 0.058),
        part("pupils", "pupils", sphere(0.006)).moved(0.033, 0, 0).mirror("x").at(0, 0.066, 0.066),
        # Folded hind legs: thigh forward, shin back, a long webbed foot forward on the ground.
        part(
            "legs",
            "skin",
            sweep(
                [
                    [0.03, 0.03, -0.035],
                    [0.058, 0.02, 0.02],
                    [0.055, 0.01, -0.045],
                    [0.05, 0.004, 0.03],
                ],
                radii=[0.014, 0.011, 0.007, 0.006],
                curve="smooth",
                caps="round",
            ),
            part="body",
        ).mirror("x"),
        part(
            "arms",
            "skin",
            sweep(
                [[0.028, 0.03, 0.04], [0.034, 0.012, 0.055], [0.03, 0.003, 0.068]],
                radii=[0.008, 0.006, 0.005],
                caps="round",
            ),
            part="body",
        ).mirror("x"),
        part(
            "feet",
            "skin",
            extrude([[0, 0], [0.012, 0.03], [0.0, 0.026], [-0.012, 0.03]], 0.003, axis="y"),
            part="body",
        )
        .moved(0.05, 0, 0.022)
        .mirror("x"),
    ]
    return program(*parts, collider="box")


def snake(p) -> dict:
    r = 0.028
    if p.pose == "coiled":  # a flat coil of two turns with the head raised from the middle
        pts = []
        for k in range(25):
            a = math.radians(k * 30)
            rr = 0.2 - k * 0.0055
            pts.append(
                [rr * math.cos(a), r + (0.045 if k > 12 else 0.0) + k * 0.002, rr * math.sin(a)]
            )
        pts += [[0.02, 0.14, 0.0], [0.0, 0.26, 0.03], [0.0, 0.3, 0.09]]
        head = (0.0, 0.3, 0.11)
        tail = pts[0]
    else:  # slithering: an S on the ground, the head a little raised
        pts = [
            [0.1 * math.sin(t * 2.4), r, -0.55 + t * 0.22]
            for t in (0.0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5)
        ]
        pts += [[pts[-1][0] + 0.02, r + 0.03, pts[-1][2] + 0.12]]
        head = (pts[-1][0] + 0.02, r + 0.04, pts[-1][2] + 0.07)
        tail = pts[0]
    n = len(pts)
    radii = [max(0.004, r * min(1.0, 0.25 + 1.5 * k / n)) for k in range(n)]
    hx, hy, hz = head
    parts = [
        part("body", "scales", sweep(pts, radii=radii, curve="smooth", caps="round")).detail(1.5),
        part("head", "scales", sphere(0.035), part="body")
        .scale([0.85, 0.55, 1.25])
        .at(hx, hy - 0.02, hz - 0.01),
        part("eyes", "eyes", sphere(0.006))
        .moved(0.024, 0, 0)
        .mirror("x")
        .at(hx, hy + 0.003, hz + 0.012),
        part(
            "tongue",
            "tongue",
            extrude([[0, 0], [0.004, 0.05], [0.0, 0.04], [-0.004, 0.05]], 0.002, axis="y"),
        ).at(hx, hy - 0.007, hz + 0.03),
    ]
    del tail
    return program(*parts, collider="box")


def rat(p) -> dict:
    s = 1.0 if p.kind == "rat" else 0.42
    ear = 0.018 if p.kind == "rat" else 0.02 / s  # a mouse's ears are big for its size
    parts = [
        part("body", "fur", sphere(0.05 * s)).scale([1.0, 0.9, 1.9]).at(0, 0.012 * s, 0),
        part("head", "fur", cone(0.038 * s, 0.09 * s, radius_top=0.006 * s), part="body")
        .turned(x=80)
        .at(0, 0.05 * s, 0.07 * s),
        part("nose", "skin", sphere(0.007 * s)).at(0, 0.062 * s, 0.155 * s),
        part("ears", "skin", cylinder(ear * s, 0.004 * s), part="nose")
        .turned(x=75, y=30)
        .moved(0.025 * s, 0, 0)
        .mirror("x")
        .at(0, 0.085 * s, 0.08 * s),
        part("eyes", "eyes", sphere(0.006 * s))
        .moved(0.02 * s, 0, 0)
        .mirror("x")
        .at(0, 0.07 * s, 0.115 * s),
        part("legs", "skin", cylinder(0.007 * s, 0.03 * s), part="nose")
        .array(2, [0.06 * s, 0, 0], center=True)
        .array(2, [0, 0, 0.1 * s], center=True),
        part(
            "tail",
            "skin",
            sweep(
                [
                    [0, 0.04 * s, -0.085 * s],
                    [0.02 * s, 0.01 * s, -0.16 * s],
                    [-0.03 * s, 0.006 * s, -0.24 * s],
                    [0.0, 0.004 * s, -0.31 * s],
                ],
                radii=[0.008 * s, 0.005 * s, 0.0035 * s, 0.002 * s],
                curve="smooth",
            ),
            part="nose",
        ),
    ]
    return program(*parts, collider="box")


def bee(p) -> dict:
    parts = [
        part("abdomen", "fuzz", sphere(0.0045))
        .scale([1.0, 0.95, 1.55])
        .rotate(x=-15)
        .at(0, 0.0035, -0.006),
        *(
            part(
                f"band_{k}",
                "stripes",
                cylinder(0.0047 * math.sqrt(1 - (dz / 0.0072) ** 2), 0.0011),
                part="bands",
            )
            .turned(x=90)
            .scaled([1, 0.95, 1])
            .moved(0, 0.004275, dz - 0.00055)
            .rotate(x=-15)
            .at(0, 0.0035, -0.006)
            for k, dz in enumerate((-0.0034, -0.0006, 0.0022))
        ),
        part("thorax", "fuzz", sphere(0.0035)).at(0, 0.0052, 0.0017),
        part("head", "stripes", sphere(0.0026), part="head")
        .scale([1.1, 1.0, 0.8])
        .at(0, 0.0058, 0.0068),
        part("eyes", "eyes", sphere(0.0013)).moved(0.0019, 0, 0).mirror("x").at(0, 0.0072, 0.0075),
        part(
            "wings",
            "wings",
            extrude(
                [[0, 0], [0.0035, 0.004], [0.0095, 0.0015], [0.0085, -0.001]],
                0.0003,
                axis="y",
                smooth=True,
            ),
        )
        .turned(y=-40, z=12)
        .moved(0.0015, 0.0088, 0.002)
        .mirror("x"),
        part(
            "legs",
            "stripes",
            sweep([[0.002, 0.004, 0], [0.0055, 0.0035, 0], [0.0065, 0.0, 0.0]], 0.0004),
            part="head",
        )
        .radial(3, axis="y", start=-40, span=80)
        .mirror("x")
        .at(0, 0.0, 0.0015),
        part(
            "antennae",
            "stripes",
            sweep(
                [[0.0008, 0.007, 0.008], [0.0017, 0.0095, 0.0095], [0.0022, 0.0098, 0.0115]],
                0.00025,
            ),
            part="head",
        ).mirror("x"),
        part("stinger", "stripes", cone(0.0006, 0.002), part="head")
        .turned(x=-100)
        .at(0, 0.0025, -0.0125),
    ]
    return program(*parts, collider="box")


_FORE = [
    [0.0, 0.004],
    [0.012, 0.014],
    [0.03, 0.026],
    [0.042, 0.024],
    [0.044, 0.012],
    [0.03, 0.0],
    [0.008, -0.004],
]
_HIND = [
    [0.0, -0.002],
    [0.014, -0.004],
    [0.03, -0.012],
    [0.032, -0.026],
    [0.022, -0.036],
    [0.01, -0.03],
]


def butterfly(p) -> dict:
    lift = 18 if p.wings == "open" else 80
    parts = [
        part("body", "body", capsule(0.0028, 0.026)).turned(x=90).at(0, 0.004, -0.013),
        part("head", "body", sphere(0.0033), part="body").at(0, 0.0043, 0.012),
        part(
            "antennae",
            "body",
            sweep([[0.001, 0.009, 0.014], [0.004, 0.014, 0.024], [0.007, 0.016, 0.03]], 0.0004),
            part="body",
        ).mirror("x"),
        part("legs", "body", cylinder(0.0004, 0.006), part="body")
        .turned(z=35)
        .array(3, [0, 0, 0.004], center=True)
        .moved(0.002, 0, 0.002)
        .mirror("x"),
    ]
    for k, (outline, z) in enumerate(((_FORE, 0.0), (_HIND, 0.0))):
        parts += [
            part(f"wing_{k}", "wings", extrude(outline, 0.0006, axis="y", smooth=True))
            .scaled([0.92, 1, 0.9])
            .moved(0.0006, 0.0006, 0.001)
            .turned(z=lift)
            .moved(0.002, 0.006, z)
            .mirror("x"),
            part(
                f"edge_{k}", "edges", extrude(outline, 0.0005, axis="y", smooth=True), part="edges"
            )
            .turned(z=lift)
            .moved(0.002, 0.006, z)
            .mirror("x"),
        ]
    return program(*parts, collider="box")


def spider(p) -> dict:
    s = 0.06  # leg span ~2.2 s
    parts = [
        part("abdomen", "body", sphere(0.45 * s)).scale([0.9, 0.8, 1.15]).at(0, 0.2 * s, -0.55 * s),
        part("cephalothorax", "body", sphere(0.28 * s), part="abdomen")
        .scale([0.9, 0.65, 1.1])
        .at(0, 0.3 * s, 0.12 * s),
        part("eyes", "eyes", sphere(0.045 * s))
        .array(4, [0.07 * s, 0, 0], center=True)
        .at(0, 0.55 * s, 0.38 * s),
        part("fangs", "eyes", cone(0.04 * s, 0.14 * s), part="eyes")
        .turned(x=160)
        .moved(0.05 * s, 0, 0)
        .mirror("x")
        .at(0, 0.42 * s, 0.4 * s),
    ]
    # Four legs a side: up to a knee, then down to the ground, fanned from front to back.
    for k, ang in enumerate((-55, -20, 15, 50)):
        a = math.radians(ang)
        out = [(0.2 * s, 0.35 * s), (0.8 * s, 0.85 * s), (1.25 * s, 0.02 * s)]
        path = [[r * math.cos(a), y, 0.12 * s - r * math.sin(a)] for r, y in out]
        parts.append(
            part(
                f"leg_{k}",
                "body",
                sweep(path, radii=[0.06 * s, 0.045 * s, 0.02 * s], caps="round"),
                part="legs",
            ).mirror("x")
        )
    return program(*parts, collider="box")


# --- owl and bat -----------------------------------------------------------------------------------


def owl(p) -> dict:
    parts = [
        part("body", "feathers", sphere(0.12)).scale([1.0, 1.35, 0.9]).at(0, 0.02, 0),
        part("breast", "breast", sphere(0.09)).scale([1.0, 1.4, 0.6]).at(0, 0.05, 0.05),
        part("head", "feathers", sphere(0.1), part="body").scale([1.1, 0.9, 0.95]).at(0, 0.24, 0.0),
        part("face", "breast", cylinder(0.055, 0.02, bevel=0.008), part="breast")
        .turned(x=90)
        .moved(0.045, 0, 0)
        .mirror("x")
        .at(0, 0.33, 0.066),
        part("eyes", "eyes", sphere(0.03)).moved(0.045, 0, 0).mirror("x").at(0, 0.30, 0.083),
        part("pupils", "pupils", sphere(0.016)).moved(0.045, 0, 0).mirror("x").at(0, 0.318, 0.106),
        part("beak", "beak", cone(0.014, 0.045, sides=6)).turned(x=160).at(0, 0.31, 0.115),
        part("tufts", "feathers", cone(0.025, 0.07, sides=4), part="body")
        .turned(z=-20)
        .moved(0.065, 0, 0)
        .mirror("x")
        .at(0, 0.39, -0.01),
        part("wings", "feathers", sphere(0.08), part="body")
        .scaled([0.35, 1.25, 1.0])
        .moved(0.105, 0, 0)
        .mirror("x")
        .at(0, 0.05, -0.02),
        part("tail", "feathers", box([0.08, 0.09, 0.02], bevel=0.008), part="body")
        .rotate(x=20)
        .at(0, 0.0, -0.1),
        part("talons", "beak", box([0.015, 0.015, 0.045], bevel=0.005), part="beak")
        .array(3, [0.018, 0, 0], center=True)
        .moved(0.04, 0, 0.06)
        .mirror("x"),
    ]
    return program(*parts, collider="box")


_BAT_WING = [
    [0.0, 0.035],
    [0.07, 0.05],
    [0.15, 0.02],
    [0.12, -0.01],
    [0.13, -0.05],
    [0.09, -0.025],
    [0.07, -0.07],
    [0.045, -0.03],
    [0.02, -0.055],
    [0.0, -0.03],
]


def bat(p) -> dict:
    lift = 15 if p.wings == "open" else 70
    sx = 1.0 if p.wings == "open" else 0.35
    parts = [
        part("body", "fur", sphere(0.022)).scale([0.9, 0.85, 1.6]).at(0, 0.0, -0.005),
        part("head", "fur", sphere(0.015), part="body").at(0, 0.012, 0.036),
        part("ears", "membrane", cone(0.008, 0.025, sides=4), part="wings")
        .turned(z=-20)
        .moved(0.009, 0, 0)
        .mirror("x")
        .at(0, 0.035, 0.036),
        part("eyes", "eyes", sphere(0.0025)).moved(0.007, 0, 0).mirror("x").at(0, 0.025, 0.049),
        part("wings", "membrane", extrude(_BAT_WING, 0.0015, axis="y"))
        .scaled([sx, 1, 1])
        .turned(z=lift)
        .moved(0.012, 0.02, 0.0)
        .mirror("x"),
        part("feet", "fur", cylinder(0.002, 0.02), part="body")
        .turned(x=-60)
        .moved(0.008, 0, -0.035)
        .mirror("x"),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------------

_WINGS = Param(
    "wings",
    "choice",
    "open",
    choices=("open", "folded"),
    words={
        "open": "open",
        "spread": "open",
        "flying": "open",
        "folded": "folded",
        "closed": "folded",
        "resting": "folded",
    },
    doc="Wings spread flat, or raised and folded together.",
)

RECIPES = [
    Recipe(
        name="whale",
        category="animals",
        nouns=(
            "whale",
            "blue whale",
            "humpback",
            "humpback whale",
            "sperm whale",
            "orca",
            "killer whale",
            "baleen whale",
            "beluga",
        ),
        synsets=("whale.n.02", "baleen_whale.n.01"),
        size=SizePrior((6.75, 3.03, 13.38), 0.25),
        materials={
            "skin": M("organic", "#3e4d5d"),
            "belly": M("organic", "#c4c8cb"),
            "eyes": _EYES,
            "mouth": M("organic", "#1c2026"),
        },
        parts=_p(
            ("body", "skin", ("body", "skin", "back")),
            ("belly", "belly", ("belly", "underside")),
            ("fins", "skin", ("fins", "flukes", "tail", "flippers")),
            ("eyes", "eyes", ("eyes",)),
            ("mouth", "mouth", ("mouth", "jaw")),
        ),
        build=whale,
        long_axis="z",
        collider="box",
        description="A whale: a long streamlined body, a pale belly, broad tail flukes, long flippers and a "
        "small dorsal fin.",
    ),
    Recipe(
        name="shark",
        category="animals",
        nouns=(
            "shark",
            "great white",
            "great white shark",
            "hammerhead",
            "tiger shark",
            "reef shark",
        ),
        synsets=("shark.n.01",),
        size=SizePrior((2.1, 1.55, 4.5), 0.25),
        materials={
            "skin": M("organic", "#6a7885"),
            "belly": M("organic", "#e6e3dc"),
            "eyes": _EYES,
            "mouth": M("organic", "#2a2022"),
        },
        parts=_p(
            ("body", "skin", ("body", "skin", "back")),
            ("belly", "belly", ("belly", "underside")),
            ("fins", "skin", ("fins", "fin", "tail", "dorsal fin")),
            ("gills", "mouth", ("gills", "gill slits")),
            ("mouth", "mouth", ("mouth", "jaws")),
            ("eyes", "eyes", ("eyes",)),
        ),
        build=shark,
        long_axis="z",
        collider="box",
        description="A shark: a torpedo body with a pointed snout, a tall dorsal fin, a crescent tail, side "
        "fins, gill slits and a pale belly.",
    ),
    Recipe(
        name="frog",
        category="animals",
        nouns=("frog", "toad", "bullfrog", "tree frog", "tadpole frog", "frog prince"),
        synsets=("frog.n.01",),
        size=SizePrior((0.14, 0.09, 0.15), 0.25),
        materials={
            "skin": M("organic", "#4e8a38"),
            "belly": M("organic", "#d7d39a"),
            "eyes": M("plastic", "#c9a227"),
            "pupils": _EYES,
        },
        parts=_p(
            ("body", "skin", ("body", "skin", "legs", "head", "feet")),
            ("belly", "belly", ("belly", "throat")),
            ("eyes", "eyes", ("eyes",)),
            ("pupils", "pupils", ("pupils", "eyes")),
        ),
        build=frog,
        long_axis="z",
        collider="box",
        description="A sitting frog: a squat body, bulging eyes on top, folded hind legs and webbed feet.",
    ),
    Recipe(
        name="snake",
        category="animals",
        nouns=(
            "snake",
            "serpent",
            "viper",
            "cobra",
            "python",
            "rattlesnake",
            "adder",
            "boa",
            "asp",
            "anaconda",
        ),
        synsets=("snake.n.01", "viper.n.01", "cobra.n.01", "python.n.01"),
        size=SizePrior((0.26, 0.09, 1.3), 0.25),
        materials={
            "scales": M("organic", "#5b7a2e"),
            "eyes": M("plastic", "#d9b02a"),
            "tongue": M("organic", "#b3212b"),
        },
        parts=_p(
            ("body", "scales", ("body", "scales", "skin", "head", "tail")),
            ("eyes", "eyes", ("eyes",)),
            ("tongue", "tongue", ("tongue",)),
        ),
        params=(
            Param(
                "pose",
                "choice",
                "slither",
                choices=("slither", "coiled"),
                words={
                    "coiled": "coiled",
                    "curled": "coiled",
                    "coil": "coiled",
                    "striking": "coiled",
                    "slithering": "slither",
                    "crawling": "slither",
                },
                doc="An S-curve on the ground, or coiled with the head raised.",
            ),
        ),
        build=snake,
        long_axis="z",
        collider="box",
        description="A snake: a long tapering body in an S on the ground (or coiled), a flat head and a "
        "forked tongue.",
    ),
    Recipe(
        name="rat",
        category="animals",
        nouns=(
            "rat",
            "mouse",
            "mice",
            "rodent",
            "field mouse",
            "house mouse",
            "sewer rat",
            "hamster",
            "vole",
            "gerbil",
        ),
        synsets=("rat.n.01", "mouse.n.01", "rodent.n.01"),
        size=SizePrior((0.1, 0.1, 0.44), 0.25),
        materials={"fur": M("fabric", "#77685c"), "skin": M("organic", "#d49a98"), "eyes": _EYES},
        parts=_p(
            ("body", "fur", ("body", "fur", "head")),
            ("nose", "skin", ("nose", "ears", "tail", "feet", "paws")),
            ("eyes", "eyes", ("eyes",)),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "rat",
                choices=("rat", "mouse"),
                words={
                    "rat": "rat",
                    "mouse": "mouse",
                    "mice": "mouse",
                    "hamster": "mouse",
                    "vole": "mouse",
                    "gerbil": "mouse",
                },
                doc="A rat, or a mouse (smaller, with bigger ears).",
            ),
        ),
        build=rat,
        long_axis="z",
        collider="box",
        description="A rat (or mouse): a pear-shaped furry body, a pointed snout, round pink ears and a long "
        "thin tail.",
    ),
    Recipe(
        name="bee",
        category="animals",
        nouns=("bee", "honeybee", "honey bee", "bumblebee", "bumble bee", "wasp", "hornet"),
        synsets=("bee.n.01", "honeybee.n.01", "wasp.n.02"),
        size=SizePrior((0.02, 0.013, 0.026), 0.3),
        materials={
            "stripes": M("organic", "#1d1a16"),
            "fuzz": M("fabric", "#e0a526"),
            "eyes": _EYES,
            "wings": M("crystal", "#dfe9ef"),
        },
        parts=_p(
            ("abdomen", "fuzz", ("abdomen", "body", "fuzz")),
            ("bands", "stripes", ("bands", "stripes")),
            ("thorax", "fuzz", ("thorax", "fuzz", "body")),
            ("head", "stripes", ("head", "legs", "stinger", "antennae")),
            ("eyes", "eyes", ("eyes",)),
            ("wings", "wings", ("wings",)),
        ),
        build=bee,
        long_axis="z",
        collider="box",
        description="A bee: a striped abdomen with a stinger, a fuzzy thorax, clear wings, six legs and "
        "antennae, at its real 2 cm size.",
    ),
    Recipe(
        name="butterfly",
        category="animals",
        nouns=("butterfly", "moth", "monarch butterfly", "swallowtail"),
        synsets=("butterfly.n.01", "moth.n.01"),
        size=SizePrior((0.093, 0.02, 0.06), 0.3),
        materials={
            "body": M("organic", "#1e1b18"),
            "wings": M("organic", "#e0822a"),
            "edges": M("organic", "#17130f"),
        },
        parts=_p(
            ("body", "body", ("body", "head", "antennae", "legs")),
            ("wing_0", "wings", ("wings", "forewings")),
            ("wing_1", "wings", ("wings", "hindwings")),
            ("edges", "edges", ("edges", "borders", "veins")),
        ),
        params=(_WINGS,),
        build=butterfly,
        long_axis="x",
        collider="box",
        description="A butterfly: two pairs of coloured wings with dark borders on a slim body, antennae.",
    ),
    Recipe(
        name="spider",
        category="animals",
        nouns=("spider", "tarantula", "giant spider", "black widow", "arachnid", "wolf spider"),
        synsets=("spider.n.01", "arachnid.n.01"),
        size=SizePrior((0.15, 0.05, 0.15), 0.25),
        materials={
            "body": M("organic", "#2a221e"),
            "eyes": M("plastic", "#7a1010", emissive="#b01010", emissive_strength=1.0),
        },
        parts=_p(
            ("abdomen", "body", ("abdomen", "body")),
            ("legs", "body", ("legs",)),
            ("eyes", "eyes", ("eyes", "fangs")),
        ),
        build=spider,
        collider="box",
        description="A spider: a round abdomen, a small head with a row of eyes and fangs, and eight bent legs.",
    ),
    Recipe(
        name="owl",
        category="animals",
        nouns=("owl", "barn owl", "snowy owl", "horned owl", "eagle owl", "owlet"),
        synsets=("owl.n.01",),
        size=SizePrior((0.27, 0.46, 0.24), 0.25),
        materials={
            "feathers": M("fabric", "#7a5a3a"),
            "breast": M("fabric", "#d8c8a6"),
            "eyes": M("plastic", "#e8b020"),
            "pupils": _EYES,
            "beak": M("bone", "#3a3028"),
        },
        parts=_p(
            ("body", "feathers", ("body", "feathers", "plumage", "wings", "head", "tufts")),
            ("breast", "breast", ("breast", "face", "chest")),
            ("eyes", "eyes", ("eyes",)),
            ("pupils", "pupils", ("pupils", "eyes")),
            ("beak", "beak", ("beak", "talons", "claws")),
        ),
        build=owl,
        collider="box",
        description="A perched owl: an upright egg-shaped body, a big round head with a pale face disc, large "
        "yellow eyes, ear tufts and folded wings.",
    ),
    Recipe(
        name="bat",
        category="animals",
        nouns=("bat", "vampire bat", "fruit bat", "flying fox", "chiropteran"),
        synsets=("bat.n.01",),
        size=SizePrior((0.31, 0.07, 0.13), 0.25),
        materials={
            "fur": M("fabric", "#3a302c"),
            "membrane": M("leather", "#2a2220"),
            "eyes": _EYES,
        },
        parts=_p(
            ("body", "fur", ("body", "fur", "head", "feet")),
            ("wings", "membrane", ("wings", "ears", "membrane")),
            ("eyes", "eyes", ("eyes",)),
        ),
        params=(_WINGS,),
        build=bat,
        collider="box",
        description="A bat in flight: a small furry body, pointed ears and membrane wings stretched on "
        "long fingers.",
    ),
]
