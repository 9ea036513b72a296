"""Motor vehicles (game blockouts at real size, front +Z): a car, a truck.

Bodies are side profiles extruded across the width (the silhouette a player knows), windows are
glass slabs standing a centimetre proud of the body, lights glow."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..dsl import box, cylinder, extrude, part, program
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .vehicle_parts import road_wheels

M = MaterialRole


def _arch(zc: float, r: float, y0: float, n: int = 8) -> list[list[float]]:
    """A wheel arch in a side profile, from the back of the wheel to the front (points [z, y])."""
    a = np.linspace(np.pi, 0.0, n + 1)
    return (
        [[zc - r, y0]]
        + [[zc + r * np.cos(v), y0 + 0.1 + r * np.sin(v)] for v in a]
        + [[zc + r, y0]]
    )


def _r(points) -> list[list[float]]:
    return [[round(float(a), 4), round(float(b), 4)] for a, b in points]


# Car profiles: lower body (z, y) from the rear bottom round the top to the nose, then the cabin
# (greenhouse) and its window openings. Arches are added for the wheels.
_CARS: dict[str, dict[str, Any]] = {
    "sedan": dict(
        length=4.2,
        width=1.8,
        r=0.33,
        base=2.7,
        belt=[(-2.1, 0.86), (-2.0, 0.98), (-1.3, 1.0), (1.2, 0.96), (1.95, 0.83), (2.1, 0.7)],
        cabin=[(-1.35, 0.96), (-0.8, 1.44), (0.3, 1.46), (1.2, 0.95)],
        cab_w=1.52,
    ),
    "sports": dict(
        length=4.4,
        width=1.9,
        r=0.34,
        base=2.6,
        belt=[(-2.2, 0.78), (-2.1, 0.88), (-1.5, 0.9), (0.9, 0.84), (1.95, 0.7), (2.2, 0.55)],
        cabin=[(-1.5, 0.86), (-0.55, 1.2), (0.1, 1.22), (0.95, 0.83)],
        cab_w=1.5,
    ),
}


def car(p) -> dict:
    kind = "sports" if p.kind == "sports" else "sedan"
    c = _CARS[kind]
    L, W, r = c["length"], c["width"], c["r"]
    zf, zb = c["base"] / 2, -c["base"] / 2
    y0 = 0.2  # sill height
    nose, tail = c["belt"][-1][0], c["belt"][0][0]
    body = [
        (tail, y0 + 0.08),
        *c["belt"],
        (nose + 0.02, 0.42),
        (nose - 0.05, y0),
        *reversed(_arch(zf, r + 0.07, y0)),
        *reversed(_arch(zb, r + 0.07, y0)),
        (tail + 0.05, y0),
    ]
    body = _r(body[:1] + body[1:])
    paint, body_part = ("taxi_paint", "taxi_body") if p.kind == "taxi" else ("paint", "body")
    cab = c["cabin"]
    parts = [
        part("body", paint, extrude(body, W, axis="x", bevel=0.05), part=body_part)
        .uv("box")
        .detail(1.5),
        part("cabin", paint, extrude(_r(cab), c["cab_w"], axis="x", bevel=0.04), part=body_part).uv(
            "box"
        ),
        # Side windows (two per side, split by the B pillar): slabs just wider than the cabin.
        part(
            "side_windows",
            "glass",
            extrude(_side_glass(cab, 0), c["cab_w"] + 0.02, axis="x"),
            part="windows",
        ),
        part(
            "side_windows_2",
            "glass",
            extrude(_side_glass(cab, 1), c["cab_w"] + 0.02, axis="x"),
            part="windows",
        ),
        part(
            "windscreen",
            "glass",
            extrude(_pane(cab[2], cab[3], 0.05), c["cab_w"] - 0.14, axis="x"),
            part="windows",
        ),
        part(
            "rear_window",
            "glass",
            extrude(_pane(cab[0], cab[1], 0.05), c["cab_w"] - 0.14, axis="x"),
            part="windows",
        ),
        part("grille", "trim", box([0.7, 0.16, 0.04], bevel=0.01)).at(0, 0.5, nose + 0.005),
        part("bumpers", "trim", box([W - 0.04, 0.16, 0.14], bevel=0.04), part="bumpers")
        .array(2, [0, 0, L - 0.02], center=True)
        .at(0, 0.26, (nose + tail) / 2),
        part("headlights", "headlight", box([0.34, 0.1, 0.06], bevel=0.02), part="lights")
        .array(2, [W - 0.55, 0, 0], center=True)
        .at(0, c["belt"][-1][1] - 0.14, nose + 0.02),
        part("taillights", "taillight", box([0.3, 0.1, 0.06], bevel=0.02), part="taillights")
        .array(2, [W - 0.45, 0, 0], center=True)
        .at(0, c["belt"][0][1] - 0.06, tail - 0.02),
        part("mirrors", "trim", box([0.16, 0.1, 0.08], bevel=0.02), part="bumpers")
        .array(2, [c["cab_w"] + 0.18, 0, 0], center=True)
        .at(0, cab[3][1] + 0.02, cab[3][0] - 0.3),
    ]
    parts += road_wheels("w", r, 0.22, [zb, zf], W - 0.26)
    if p.kind == "taxi":
        parts.append(
            part("taxi_sign", "sign", box([0.5, 0.16, 0.2], bevel=0.03)).at(
                0, cab[1][1] + 0.03, (cab[1][0] + cab[2][0]) / 2
            )
        )
    if kind == "sports":
        parts += [
            part("spoiler", paint, box([W - 0.2, 0.04, 0.26], bevel=0.015), part=body_part).at(
                0, c["belt"][1][1] + 0.16, tail + 0.2
            ),
            part("spoiler_posts", paint, box([0.05, 0.16, 0.1]), part=body_part)
            .array(2, [W - 0.7, 0, 0], center=True)
            .at(0, c["belt"][1][1] - 0.01, tail + 0.2),
        ]
    return program(*parts, collider="box")


def _side_glass(cab, which: int) -> list[list[float]]:
    """The front (1) or back (0) side window: the cabin outline cut at the B pillar, inset."""
    (zr, yb), (zrt, yt), (zft, _), (zf, _) = cab
    split = zrt + 0.45 * (zft - zrt)
    top = yt - 0.07
    lo = yb + 0.05
    if which == 0:
        k = (top - lo) / max(yt - yb, 1e-6)
        return _r(
            [
                (zr + 0.1, lo),
                (zr + 0.1 + (zrt - zr) * k, top),
                (split - 0.05, top),
                (split - 0.05, lo),
            ]
        )
    k = (top - lo) / max(yt - yb, 1e-6)
    return _r(
        [
            (split + 0.05, lo),
            (split + 0.05, top),
            (zft - 0.05, top),
            (zf - 0.12 - (zf - zft) * (1 - k), lo),
        ]
    )


def _pane(a, b, t: float) -> list[list[float]]:
    """A thin slab along the cabin edge from a to b (points [z, y]), standing just outside it and
    stopping short of both ends (the pillars and the roof show round the glass)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    d = b - a
    n = np.array([-d[1], d[0]]) / max(np.linalg.norm(d), 1e-9)
    if n[1] < 0:
        n = -n
    p0, p1 = a + 0.08 * d, a + 0.92 * d
    return _r([p0 - n * 0.005, p1 - n * 0.005, p1 + n * t, p0 + n * t])


# Axles a truck of each kind has when the prompt gives no wheel count.
_TRUCK_AXLES = {"box": 3, "flatbed": 3, "tanker": 3, "pickup": 2, "van": 2}


def truck(p) -> dict:
    kind = p.kind
    axles_n = max(2, (p.wheels + 1) // 2) if p.wheels else _TRUCK_AXLES[kind]
    small = kind in ("pickup", "van")
    W = 2.0 if small else 2.45
    r = 0.38 if small else 0.52
    y0 = 0.35 if small else 0.55
    parts = []
    if kind == "van":
        L = 5.3
        front = L / 2
        outline = [
            (-front, y0),
            (-front, 2.3),
            (-front + 0.1, 2.4),
            (front - 1.3, 2.4),
            (front - 0.35, 1.35),
            (front, 1.1),
            (front, y0 + 0.05),
            (front - 0.1, y0),
        ]
        parts.append(
            part("cab", "paint", extrude(_r(outline), W, axis="x", bevel=0.06))
            .uv("box")
            .detail(1.5)
        )
        glass = [(front - 1.25, 2.3), (front - 0.42, 1.4), (front - 0.42, 1.35)]
        parts += [
            part(
                "windscreen",
                "glass",
                extrude(_pane((front - 0.35, 1.35), (front - 1.3, 2.4), 0.05), W - 0.2, axis="x"),
                part="windows",
            ),
            part(
                "side_windows",
                "glass",
                extrude(
                    _r(
                        [
                            (front - 1.5, 1.45),
                            (front - 1.5, 2.2),
                            (glass[0][0] - 0.05, 2.2),
                            (front - 0.5, 1.45),
                        ]
                    ),
                    W + 0.02,
                    axis="x",
                ),
                part="windows",
            ),
        ]
        cab_front, cab_len = front, L
        axle_z = [front - 0.95, -front + 1.0]
    else:
        L = 5.4 if kind == "pickup" else 7.4
        front = L / 2
        cab_len = 2.6 if kind == "pickup" else 2.3
        cab_h = 1.85 if kind == "pickup" else 3.0
        hood = 1.0 if kind == "pickup" else 0.7
        zc = front - cab_len
        outline = [
            (zc, y0),
            (zc, cab_h - 0.05),
            (zc + 0.08, cab_h),
            (front - hood - 0.6, cab_h),
            (front - hood, cab_h * 0.62 + 0.2),
            (front - 0.1, cab_h * 0.55),
            (front, cab_h * 0.5),
            (front, y0 + 0.05),
            (front - 0.1, y0),
        ]
        parts.append(
            part("cab", "paint", extrude(_r(outline), W, axis="x", bevel=0.06))
            .uv("box")
            .detail(1.5)
        )
        parts += [
            part(
                "windscreen",
                "glass",
                extrude(
                    _pane((front - hood, cab_h * 0.62 + 0.2), (front - hood - 0.6, cab_h), 0.05),
                    W - 0.2,
                    axis="x",
                ),
                part="windows",
            ),
            part(
                "side_windows",
                "glass",
                extrude(
                    _r(
                        [
                            (zc + 0.25, cab_h * 0.62 + 0.1),
                            (zc + 0.25, cab_h - 0.12),
                            (front - hood - 0.62, cab_h - 0.12),
                            (front - hood - 0.1, cab_h * 0.62 + 0.1),
                        ]
                    ),
                    W + 0.02,
                    axis="x",
                ),
                part="windows",
            ),
        ]
        cab_front = front
        load_len = L - cab_len - 0.15
        load_z = zc - 0.1 - load_len / 2
        deck_y = y0 + (0.3 if small else 0.5)
        parts.append(
            part("chassis", "trim", box([W * 0.6, 0.25, L - 0.3], bevel=0.02), part="chassis").at(
                0, y0 - 0.05, -0.15
            )
        )
        if kind == "box":
            parts.append(
                part("cargo_box", "cargo", box([W + 0.05, 2.7, load_len], bevel=0.04), part="cargo")
                .at(0, deck_y, load_z)
                .uv("box")
            )
            parts.append(
                part("doors", "trim", box([W - 0.2, 2.4, 0.04], bevel=0.01), part="chassis").at(
                    0, deck_y + 0.15, load_z - load_len / 2 - 0.01
                )
            )
        elif kind == "tanker":
            parts.append(
                part("tank", "cargo", cylinder(1.05, load_len, bevel=0.35), part="cargo")
                .rotate(x=90)
                .at(0, deck_y + 1.05, load_z - load_len / 2)
                .uv("cylindrical")
            )
            parts.append(
                part("deck", "trim", box([W - 0.3, 0.12, load_len]), part="chassis").at(
                    0, deck_y - 0.1, load_z
                )
            )
        else:  # flatbed or pickup: a deck with low sides
            side_h = 0.55 if kind == "pickup" else 0.35
            parts += [
                part("deck", "cargo", box([W, 0.14, load_len], bevel=0.02), part="cargo").at(
                    0, deck_y, load_z
                ),
                part(
                    "bed_sides",
                    "paint" if kind == "pickup" else "cargo",
                    box([0.06, side_h, load_len], bevel=0.015),
                    part="cab" if kind == "pickup" else "cargo",
                )
                .array(2, [W - 0.06, 0, 0], center=True)
                .at(0, deck_y + 0.12, load_z),
                part(
                    "tailgate",
                    "paint" if kind == "pickup" else "cargo",
                    box([W, side_h, 0.06], bevel=0.015),
                    part="cab" if kind == "pickup" else "cargo",
                )
                .array(2, [0, 0, load_len - 0.06], center=True)
                .at(0, deck_y + 0.12, load_z),
            ]
        rear_z = [load_z - load_len / 2 + 1.2 + 1.3 * k for k in range(axles_n - 1)]
        axle_z = [cab_front - 0.9, *rear_z]
    parts += [
        part("bumper", "trim", box([W, 0.3, 0.18], bevel=0.04), part="chassis").at(
            0, y0 - 0.05, cab_front - 0.05
        ),
        part(
            "grille", "trim", box([W * 0.55, 0.45 if not small else 0.25, 0.04]), part="chassis"
        ).at(0, y0 + 0.3, cab_front + 0.01),
        part("headlights", "headlight", box([0.3, 0.16, 0.05], bevel=0.02), part="lights")
        .array(2, [W - 0.5, 0, 0], center=True)
        .at(0, y0 + 0.35, cab_front + 0.005),
        part("mirrors", "trim", box([0.08, 0.35 if not small else 0.15, 0.08]), part="chassis")
        .array(2, [W + 0.3, 0, 0], center=True)
        .at(0, y0 + 1.3 if not small else y0 + 1.0, cab_front - 1.2),
    ]
    parts += road_wheels("w", r, 0.3 if not small else 0.24, sorted(axle_z), W - 0.32)
    return program(*parts, collider="box")


_WHEELS = (
    RecipePart("tyres", "rubber", ("tyres", "tires", "wheels", "wheel")),
    RecipePart("hubs", "chrome", ("hubs", "hubcaps", "rims")),
)

RECIPES = [
    Recipe(
        name="car",
        category="vehicles_ships",
        nouns=(
            "car",
            "automobile",
            "sedan",
            "saloon",
            "taxi",
            "cab",
            "auto",
            "sports car",
            "motorcar",
            "taxicab",
            "coupe",
        ),
        synsets=("car.n.01", "cab.n.03", "sedan.n.01", "sports_car.n.01"),
        size=SizePrior((1.95, 1.47, 4.2), 0.2),
        materials={
            "paint": M("painted_metal", "#a3242a"),
            "taxi_paint": M("painted_metal", "#f2c12e"),
            "glass": M("crystal", "#223846"),
            "trim": M("plastic", "#26282b"),
            "rubber": M("plastic", "#1c1c1e"),
            "chrome": M("iron", "#b9bcc0"),
            "headlight": M("crystal", "#f4f1de", emissive="#fff4d6", emissive_strength=6.0),
            "taillight": M("crystal", "#9c1a1a", emissive="#ff2a1a", emissive_strength=4.0),
            "sign": M("plastic", "#f7d34a", emissive="#ffd84a", emissive_strength=3.0),
        },
        parts=(
            RecipePart(
                "body", "paint", ("body", "paint", "bodywork", "doors", "hood", "bonnet", "roof")
            ),
            RecipePart(
                "taxi_body", "taxi_paint", ("body", "paint", "bodywork", "doors", "hood", "roof")
            ),
            RecipePart(
                "windows", "glass", ("windows", "window", "windscreen", "windshield", "glass")
            ),
            RecipePart("grille", "trim", ("grille", "grill")),
            RecipePart("bumpers", "trim", ("bumpers", "bumper", "mirrors")),
            RecipePart("lights", "headlight", ("headlights", "headlamps", "lights")),
            RecipePart("taillights", "taillight", ("taillights", "brake lights", "rear lights")),
            RecipePart("taxi_sign", "sign", ("sign", "taxi sign", "roof sign")),
            *_WHEELS,
        ),
        params=(
            Param(
                "kind",
                "choice",
                "sedan",
                choices=("sedan", "taxi", "sports"),
                words={
                    "sedan": "sedan",
                    "saloon": "sedan",
                    "family": "sedan",
                    "taxi": "taxi",
                    "cab": "taxi",
                    "taxicab": "taxi",
                    "sports": "sports",
                    "sporty": "sports",
                    "racing": "sports",
                    "race": "sports",
                    "coupe": "sports",
                    "supercar": "sports",
                },
                doc="A four-door sedan, a taxi (yellow, roof sign) or a low sports car.",
            ),
        ),
        build=car,
        long_axis="z",
        collider="box",
        description="A 4.2 m four-door car: body and cabin profiles, glass windows, glowing lights, "
        "rubber tyres on chrome hubs.",
    ),
    Recipe(
        name="truck",
        category="vehicles_ships",
        nouns=(
            "truck",
            "lorry",
            "van",
            "pickup",
            "pickup truck",
            "delivery truck",
            "box truck",
            "tanker",
            "flatbed",
            "motortruck",
            "camion",
        ),
        synsets=("truck.n.01", "lorry.n.02", "van.n.05", "pickup.n.01"),
        size=SizePrior((2.9, 3.95, 7.4), 0.2),
        materials={
            "paint": M("painted_metal", "#e8e6e0"),
            "cargo": M("metal_panels", "#c9ccd0"),
            "glass": M("crystal", "#223846"),
            "trim": M("plastic", "#26282b"),
            "rubber": M("plastic", "#1c1c1e"),
            "chrome": M("iron", "#9ea2a7"),
            "headlight": M("crystal", "#f4f1de", emissive="#fff4d6", emissive_strength=6.0),
        },
        parts=(
            RecipePart("cab", "paint", ("cab", "cabin", "body", "hood", "bonnet")),
            RecipePart(
                "windows", "glass", ("windows", "window", "windscreen", "windshield", "glass")
            ),
            RecipePart(
                "cargo", "cargo", ("cargo", "box", "container", "tank", "bed", "deck", "load")
            ),
            RecipePart(
                "chassis", "trim", ("chassis", "frame", "bumper", "grille", "doors", "mirrors")
            ),
            RecipePart("lights", "headlight", ("headlights", "headlamps", "lights")),
            *_WHEELS,
        ),
        params=(
            Param(
                "kind",
                "choice",
                "box",
                choices=("box", "flatbed", "tanker", "pickup", "van"),
                words={
                    "box": "box",
                    "delivery": "box",
                    "cargo": "box",
                    "moving": "box",
                    "lorry": "box",
                    "flatbed": "flatbed",
                    "tanker": "tanker",
                    "fuel": "tanker",
                    "pickup": "pickup",
                    "van": "van",
                    "minivan": "van",
                },
                doc="A box truck, a flatbed, a tanker, a pickup or a van.",
            ),
            Param(
                "wheels",
                "int",
                0,
                0,
                10,
                count_nouns=("wheels", "wheel", "wheeled", "tyres", "tires"),
                words={"eighteen-wheeler": 10, "semi": 10},
                doc="Wheels (two per axle); 0: the kind's usual (six for a lorry, four for a "
                "pickup or van).",
            ),
        ),
        build=truck,
        long_axis="z",
        collider="box",
        description="A box truck: a cab with glass and lights in front of a cargo box on three axles "
        "(or a flatbed, tanker, pickup or van).",
    ),
]
