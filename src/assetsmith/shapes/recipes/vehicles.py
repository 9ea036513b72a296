"""Unpowered vehicles (blockouts, front +Z): a cart, a wagon, a carriage or chariot, a bicycle."""

from __future__ import annotations

import numpy as np

from ..dsl import (
    boards,
    box,
    cylinder,
    extrude,
    loft,
    part,
    program,
    section,
    shape,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .vehicle_parts import spoked_wheels

M = MaterialRole


def _axles(centers: list[tuple[float, float]], r: float, tag: str = "") -> list:
    """One iron axle per row of wheels (a row: wheels sharing a z)."""
    out = []
    for k, z in enumerate(sorted({z for _, z in centers})):
        xs = [x for x, cz in centers if cz == z]
        span = (max(xs) - min(xs)) + 0.3 if len(xs) > 1 else 0.3
        out.append(
            part(f"axle_{tag}{k}", "iron", cylinder(0.03, span), part="axles")
            .rotate(z=90)
            .at(span / 2, r, z)
        )
    return out


def cart(p) -> dict:
    r = 0.42 * p.wheel_size
    bed_l, bed_w, bed_y = 1.5, 0.95, r + 0.06
    track = bed_w / 2 + 0.12  # wheels stand just outside the bed
    n = p.wheels
    if n == 2:
        centers = [(-track, 0.0), (track, 0.0)]
    elif n == 3:
        centers = [(-track, -0.45), (track, -0.45), (0.0, 0.75)]
    else:
        centers = [(-track, -0.5), (track, -0.5), (-track, 0.5), (track, 0.5)]
    parts = [
        part("bed", "wood", boards([bed_w, 0.05, bed_l], 7, run="z", gap=0.006)).at(0, bed_y, 0),
        part("frame", "dark_wood", box([0.08, 0.08, bed_l], bevel=0.01), part="frame")
        .array(2, [bed_w - 0.1, 0, 0], center=True)
        .at(0, bed_y - 0.08, 0),
    ]
    if p.sides:
        parts += [
            part(
                "side_boards",
                "wood",
                boards([0.035, 0.32, bed_l], 3, run="z", thickness_axis="x", gap=0.01),
                part="sides",
            )
            .array(2, [bed_w - 0.035, 0, 0], center=True)
            .on("bed", "top", gap=-0.002),
            part(
                "end_boards",
                "wood",
                boards([bed_w, 0.32, 0.035], 3, run="x", thickness_axis="z", gap=0.01),
                part="sides",
            )
            .array(2, [0, 0, bed_l - 0.035], center=True)
            .on("bed", "top", gap=-0.002),
            part("stakes", "dark_wood", box([0.05, 0.38, 0.05], bevel=0.008), part="frame")
            .array(3, [0, 0, bed_l / 2 - 0.05], center=True)
            .array(2, [bed_w + 0.02, 0, 0], center=True)
            .on("bed", "top", gap=-0.05),
        ]
    parts += _axles(centers, r)
    parts += spoked_wheels("w", r, 0.07, centers, 10 if p.wheel_size >= 1 else 8)
    if n == 2:  # shafts for a horse or a pair of handles, reaching forwards
        path = [
            [0, bed_y - 0.02, bed_l / 2 - 0.3],
            [0, bed_y + 0.02, bed_l / 2 + 0.4],
            [0, bed_y + 0.12, bed_l / 2 + 1.3],
        ]
        parts.append(
            part("shafts", "dark_wood", sweep(path, 0.035, curve="smooth"), part="frame").array(
                2, [bed_w - 0.25, 0, 0], center=True
            )
        )
    return program(*parts, collider="box")


def _arch(w: float, h: float, t: float, n: int = 12) -> list[list[float]]:
    """A band in the shape of an arch (a covered wagon's hoop), outline [x, y] from y = 0."""
    a = np.linspace(0.0, np.pi, n + 1)
    outer = [[(w / 2) * np.cos(v), h * np.sin(v)] for v in a]
    inner = [[(w / 2 - t) * np.cos(v), (h - t) * np.sin(v)] for v in a[::-1]]
    return [[round(float(x), 4), round(float(y), 4)] for x, y in outer + inner]


def wagon(p) -> dict:
    style = p.style
    bed_l, bed_w = 3.0, 1.35
    r_back, r_front = 0.52, 0.42
    bed_y = r_back + 0.1
    track = bed_w / 2 + 0.1
    centers_back = [(-track, -0.95), (track, -0.95)]
    centers_front = [(-track, 0.95), (track, 0.95)]
    parts = [
        part("bed", "wood", boards([bed_w, 0.06, bed_l], 8, run="z", gap=0.006)).at(0, bed_y, 0),
        part("frame", "dark_wood", box([0.1, 0.12, bed_l + 0.2], bevel=0.012), part="frame")
        .array(2, [bed_w - 0.2, 0, 0], center=True)
        .at(0, bed_y - 0.12, 0),
        # The pole the team is harnessed to, and the front axle's bolster.
        part(
            "tongue",
            "dark_wood",
            sweep(
                [[0, r_front, 0.95], [0, r_front + 0.05, 2.0], [0, r_front + 0.25, 3.1]],
                0.045,
                curve="smooth",
            ),
            part="frame",
        ),
    ]
    parts += _axles(centers_back, r_back, "b") + _axles(centers_front, r_front, "f")
    parts += spoked_wheels("b", r_back, 0.09, centers_back, 12)
    parts += spoked_wheels("f", r_front, 0.08, centers_front, 10)
    if style == "stagecoach":
        body_h = 1.35
        parts += [
            part("body", "paint", box([bed_w, body_h, 2.0], bevel=0.05))
            .on("bed", "top", z=-0.45, gap=-0.01)
            .uv("box"),
            # Windows in the doors and the ends, and a rail round the roof for luggage.
            part("windows", "glass", box([bed_w + 0.02, 0.45, 0.55]))
            .array(2, [0, 0, 0.95], center=True)
            .on("body", "center", y=0.45),
            part("roof", "dark_wood", box([bed_w + 0.12, 0.06, 2.15], bevel=0.02), part="frame").on(
                "body", "top", gap=-0.01
            ),
            part("rail", "iron", box([0.03, 0.18, 0.03]))
            .array(5, [0, 0, 0.48], center=True)
            .array(2, [bed_w, 0, 0], center=True)
            .on("roof", "top", gap=-0.01),
            part("luggage", "canvas", box([bed_w * 0.7, 0.3, 1.0], bevel=0.06), part="cover").on(
                "roof", "top", z=-0.5, gap=-0.01
            ),
            part("seat", "dark_wood", box([bed_w, 0.1, 0.5], bevel=0.02), part="seat").on(
                "body", "front", y=0.55, gap=-0.05
            ),
            part("footboard", "dark_wood", box([bed_w, 0.05, 0.45]), part="seat")
            .rotate(x=35)
            .on("body", "front", y=-0.2, gap=0.0),
            part("lamps", "lamp", box([0.1, 0.16, 0.1], bevel=0.02), part="lamps")
            .array(2, [bed_w + 0.12, 0, 0], center=True)
            .on("body", "front", y=0.7, gap=0.0),
        ]
        return program(*parts, collider="box")
    side_h = 0.5
    parts += [
        part(
            "side_boards",
            "wood",
            boards([0.04, side_h, bed_l], 3, run="z", thickness_axis="x", gap=0.01),
            part="sides",
        )
        .array(2, [bed_w - 0.04, 0, 0], center=True)
        .on("bed", "top", gap=-0.002),
        part(
            "end_boards",
            "wood",
            boards([bed_w, side_h, 0.04], 3, run="x", thickness_axis="z", gap=0.01),
            part="sides",
        )
        .array(2, [0, 0, bed_l - 0.04], center=True)
        .on("bed", "top", gap=-0.002),
        part("seat", "dark_wood", box([bed_w - 0.1, 0.08, 0.38], bevel=0.02), part="seat").on(
            "bed", "top", z=1.0, gap=side_h - 0.06
        ),
    ]
    if style == "covered":
        arch = _arch(bed_w + 0.1, 1.35, 0.03)
        parts += [
            part("cover", "canvas", extrude(arch, bed_l - 0.3, smooth=False))
            .on("side_boards", "top", gap=-0.12)
            .uv("box"),
            part("hoops", "dark_wood", extrude(_arch(bed_w + 0.16, 1.38, 0.05), 0.06), part="frame")
            .array(4, [0, 0, (bed_l - 0.5) / 3], center=True)
            .on("side_boards", "top", gap=-0.12),
        ]
    else:  # open: a load of sacks and a barrel
        parts += [
            part("load", "canvas", box([0.5, 0.35, 0.7], bevel=0.12), part="cover")
            .array(2, [0.6, 0, 0], center=True, jitter={"rotate": [0, 12, 0]})
            .on("bed", "top", z=-0.6),
        ]
    return program(*parts, collider="box")


def _coach_body(w: float, h: float, length: float) -> dict:
    """A coach's body: lofted upwards, a narrow rounded tub at the foot swelling to the waist,
    then straight, slightly narrowing sides up to the roof."""
    return loft(
        section(0.0, "rounded_rect", size=[w * 0.62, length * 0.55], corner=0.18),
        section(h * 0.2, "rounded_rect", size=[w * 0.9, length * 0.85], corner=0.22),
        section(h * 0.42, "rounded_rect", size=[w, length], corner=0.2),
        section(h * 0.75, "rounded_rect", size=[w * 0.97, length * 0.97], corner=0.16),
        section(h, "rounded_rect", size=[w * 0.94, length * 0.94], corner=0.14),
        smooth=True,
    )


def carriage(p) -> dict:
    if p.kind == "chariot":
        r = 0.5
        centers = [(-0.68, 0.0), (0.68, 0.0)]
        # The car: a U of woodwork open at the back, higher at the front.
        car = [
            [-0.5, -0.35],
            [-0.5, 0.15],
            [-0.35, 0.45],
            [0.0, 0.55],
            [0.35, 0.45],
            [0.5, 0.15],
            [0.5, -0.35],
            [0.44, -0.35],
            [0.44, 0.13],
            [0.3, 0.39],
            [0.0, 0.48],
            [-0.3, 0.39],
            [-0.44, 0.13],
            [-0.44, -0.35],
        ]
        parts = [
            part("floor", "dark_wood", boards([1.0, 0.05, 0.9], 5, run="z"), part="frame").at(
                0, r - 0.05, 0.1
            ),
            part("body", "paint", extrude(car, 0.75, axis="y", bevel=0.01))
            .taper([1.05, 1.0])
            .on("floor", "top", gap=-0.01, z=1.0, offset=[0, 0, 0.05]),
            part("trim", "gold", extrude(car, 0.05, axis="y"), part="trim")
            .scale([1.03, 1.0, 1.03])
            .on("body", "top", gap=-0.03),
            part(
                "pole",
                "dark_wood",
                sweep(
                    [[0, r - 0.05, 0.5], [0, r + 0.15, 1.6], [0, r + 0.35, 2.6]],
                    0.04,
                    curve="smooth",
                ),
                part="frame",
            ),
        ]
        parts += _axles(centers, r) + spoked_wheels(
            "w", r, 0.08, centers, 8, wood="dark_wood", iron="gold"
        )
        return program(*parts, collider="box")
    # A royal coach: a lofted body slung between big rear and smaller front wheels, a coachman's
    # box in front, gilt trim, lanterns and a crown on the roof.
    r_back, r_front = 0.68, 0.5
    w, h, length = 1.35, 1.4, 1.75
    track = 0.85
    body_y = 0.72
    parts = [
        part("body", "paint", _coach_body(w, h, length)).at(0, body_y, -0.2).uv("box").detail(1.4),
        # Door windows in both sides and a window front and back, each in a gilt frame.
        part("windows", "glass", box([w + 0.05, 0.46, 0.56], bevel=0.02)).at(
            0, body_y + 0.74, -0.2
        ),
        part("window_frames", "gold", box([w + 0.035, 0.56, 0.66], bevel=0.02), part="trim").at(
            0, body_y + 0.69, -0.2
        ),
        part(
            "end_windows",
            "glass",
            box([0.7, 0.42, length * 0.97 + 0.04], bevel=0.02),
            part="windows",
        ).at(0, body_y + 0.76, -0.2),
        part("roof", "paint", box([w * 0.98, 0.1, length * 0.98], bevel=0.04), part="body").at(
            0, body_y + h - 0.02, -0.2
        ),
        part(
            "trim",
            "gold",
            box([w * 1.0 + 0.02, 0.05, length * 1.0 + 0.02], bevel=0.02),
            part="trim",
        ).at(0, body_y + h * 0.42 - 0.02, -0.2),
        part("crown", "gold", sphere(0.13), part="trim")
        .scale([1.0, 1.2, 1.0])
        .at(0, body_y + h + 0.1, -0.2),
        part("finials", "gold", sphere(0.06), part="trim")
        .array(2, [w * 0.9, 0, 0], center=True)
        .array(2, [0, 0, length * 0.9], center=True)
        .at(0, body_y + h + 0.1, -0.2),
        part("perch", "dark_wood", box([0.14, 0.12, 3.1], bevel=0.02), part="frame").at(
            0, body_y - 0.22, 0.05
        ),
        part("springs", "iron", box([0.1, 0.08, 0.5], bevel=0.03), part="axles")
        .bend(40, axis="z", toward="y")
        .array(2, [w * 0.7, 0, 0], center=True)
        .array(2, [0, 0, length * 0.7], center=True)
        .at(0, body_y - 0.1, -0.2),
        part("box_stand", "dark_wood", box([0.7, 0.7, 0.5], bevel=0.03), part="frame").at(
            0, body_y - 0.16, 1.15
        ),
        part("box_seat", "paint", box([1.1, 0.32, 0.6], bevel=0.06), part="body").on(
            "box_stand", "top", gap=-0.02
        ),
        part("cushion", "velvet", box([1.0, 0.1, 0.5], bevel=0.04)).on(
            "box_seat", "top", gap=-0.02
        ),
        part("footboard", "dark_wood", box([1.1, 0.05, 0.5]), part="frame")
        .rotate(x=30)
        .on("box_stand", "front", y=0.6, gap=-0.1),
        part("lamps", "lamp", cylinder(0.07, 0.22, bevel=0.02), part="lamps")
        .array(2, [1.2, 0, 0], center=True)
        .on("box_seat", "top", z=1.0, gap=0.02),
        part(
            "pole",
            "dark_wood",
            sweep([[0, r_front, 1.3], [0, r_front + 0.05, 2.4]], 0.045),
            part="frame",
        ),
    ]
    back = [(-track, -0.9), (track, -0.9)]
    front = [(-track * 0.95, 1.2), (track * 0.95, 1.2)]
    parts += _axles(back, r_back, "b") + _axles(front, r_front, "f")
    parts += spoked_wheels("b", r_back, 0.08, back, 12, wood="dark_wood", iron="gold")
    parts += spoked_wheels("f", r_front, 0.07, front, 10, wood="dark_wood", iron="gold")
    return program(*parts, collider="box")


def _tube(a, b, r: float) -> dict:
    return sweep([[round(float(v), 4) for v in a], [round(float(v), 4) for v in b]], r)


def _bike_wheel(tag: str, r: float, at: tuple[float, float, float], spokes: int = 18) -> list:
    """A bicycle wheel in the YZ plane: tyre, rim, spokes round the hub."""
    x, y, z = at
    tube = 0.022
    return [
        part(f"tyre_{tag}", "rubber", torus(r - tube, tube), part="tyres")
        .moved(0, -tube, 0)
        .turned(z=90)
        .at(x, y, z),
        part(f"rim_{tag}", "steel", torus(r - 2 * tube, 0.01), part="rims")
        .moved(0, -0.01, 0)
        .turned(z=90)
        .at(x, y, z),
        part(f"spokes_{tag}", "steel", cylinder(0.0025, r - 2 * tube, sides=4), part="rims")
        .radial(spokes, axis="x")
        .at(x, y, z)
        .detail(0.3),
        part(f"hub_{tag}", "steel", cylinder(0.025, 0.12), part="rims")
        .rotate(z=90)
        .at(x + 0.06, y, z),
    ]


def bicycle(p) -> dict:
    r = 0.34
    zr, zf = -0.52, 0.52
    bb = np.array([0.0, 0.29, -0.04])
    seat = np.array([0.0, 0.86, -0.22])
    head_top, head_bot = np.array([0.0, 0.88, 0.34]), np.array([0.0, 0.7, 0.4])
    rear, front = np.array([0.0, r, zr]), np.array([0.0, r, zf])
    side = np.array([0.055, 0.0, 0.0])
    parts = [
        part("top_tube", "frame", _tube(seat, head_top, 0.017), part="frame"),
        part("down_tube", "frame", _tube(bb, head_bot, 0.022), part="frame"),
        part("seat_tube", "frame", _tube(bb, seat, 0.018), part="frame"),
        part(
            "head_tube",
            "frame",
            _tube(
                head_bot - (head_top - head_bot) * 0.2,
                head_top + (head_top - head_bot) * 0.1,
                0.024,
            ),
            part="frame",
        ),
        part("chain_stays", "frame", _tube(bb + side, rear + side, 0.011), part="frame").mirror(
            "x"
        ),
        part(
            "seat_stays", "frame", _tube(seat + side * 0.3, rear + side, 0.01), part="frame"
        ).mirror("x"),
        part(
            "fork",
            "frame",
            sweep(
                [
                    (head_bot + side).tolist(),
                    (head_bot + side + [0, -0.2, 0.04]).tolist(),
                    (front + side + [0, 0, 0.02]).tolist(),
                ],
                0.012,
                curve="smooth",
            ),
            part="frame",
        ).mirror("x"),
        part("stem", "steel", _tube(head_top, head_top + [0, 0.1, -0.02], 0.016), part="handlebar"),
        part(
            "handlebar",
            "steel",
            sweep(
                [
                    [-0.3, 0.99, 0.22],
                    [-0.2, 0.98, 0.3],
                    [0.0, 0.98, 0.33],
                    [0.2, 0.98, 0.3],
                    [0.3, 0.99, 0.22],
                ],
                0.012,
                curve="smooth",
            ),
        ),
        part("grips", "rubber", cylinder(0.017, 0.11), part="grips")
        .turned(z=90)
        .moved(0.31, 0, 0)
        .mirror("x")
        .at(0, 0.99, 0.22),
        part("seat_post", "steel", _tube(seat, seat + [0, 0.1, -0.03], 0.013), part="handlebar"),
        part(
            "saddle",
            "leather",
            extrude(
                [
                    [0.0, -0.13],
                    [0.08, -0.1],
                    [0.085, -0.02],
                    [0.03, 0.08],
                    [0.025, 0.14],
                    [-0.025, 0.14],
                    [-0.03, 0.08],
                    [-0.085, -0.02],
                    [-0.08, -0.1],
                ],
                0.055,
                axis="y",
                bevel=0.02,
                smooth=True,
            ),
        ).at(0, seat[1] + 0.09, seat[2] - 0.02),
        part("chainring", "steel", cylinder(0.1, 0.01), part="drivetrain")
        .rotate(z=90)
        .at(0.08, bb[1], bb[2]),
        part("cranks", "steel", box([0.02, 0.17, 0.03], bevel=0.005), part="drivetrain")
        .moved(0.09, -0.15, 0)
        .mirror("x")
        .at(0, bb[1] + 0.0, bb[2]),
        part("pedals", "rubber", box([0.1, 0.025, 0.07], bevel=0.006), part="grips")
        .moved(0.15, -0.16, 0)
        .mirror("x")
        .at(0, bb[1], bb[2]),
        part(
            "chain",
            "steel",
            sweep(
                [
                    [0.08, bb[1] + 0.1, bb[2]],
                    [0.08, r + 0.05, zr],
                    [0.08, r - 0.05, zr],
                    [0.08, bb[1] - 0.1, bb[2]],
                ],
                0.005,
                closed=True,
            ),
            part="drivetrain",
        ).detail(0.4),
    ]
    parts += _bike_wheel("f", r, (0.0, r, zf))
    if p.wheels == 3:  # a tricycle: two rear wheels on an axle, and a basket between them
        track = 0.62
        parts += _bike_wheel("rl", r, (-track / 2, r, zr)) + _bike_wheel(
            "rr", r, (track / 2, r, zr)
        )
        parts += [
            part("rear_axle", "frame", cylinder(0.02, track), part="frame")
            .rotate(z=90)
            .at(track / 2, r, zr),
            part("basket", "steel", box([0.5, 0.28, 0.4], bevel=0.02), part="rims")
            .cut(shape(box([0.46, 0.3, 0.36])).at(0, 0.03, 0))
            .at(0, r + 0.12, zr - 0.05),
        ]
    else:
        parts += _bike_wheel("r", r, (0.0, r, zr))
    return program(*parts, collider="box")


_WHEEL_PARTS = (
    RecipePart("axles", "iron", ("axle", "axles")),
    RecipePart("wheels", "wood", ("wheels", "wheel", "spokes", "hubs")),
    RecipePart("tyres", "iron", ("tyres", "tires", "rims")),
)

RECIPES = [
    Recipe(
        name="cart",
        category="vehicles_ships",
        nouns=(
            "cart",
            "wooden cart",
            "handcart",
            "pushcart",
            "farm cart",
            "hay cart",
            "wheelbarrow",
        ),
        synsets=("cart.n.01", "handcart.n.01"),
        size=SizePrior((1.5, 0.9, 2.8), 0.25),
        materials={
            "wood": M("wood_planks"),
            "dark_wood": M("wood_planks", "#5f3d22"),
            "iron": M("iron"),
        },
        parts=(
            RecipePart("bed", "wood", ("bed", "floor", "deck", "platform")),
            RecipePart("sides", "wood", ("sides", "side", "boards", "rails")),
            RecipePart("frame", "dark_wood", ("frame", "shafts", "handles", "stakes")),
            *_WHEEL_PARTS,
        ),
        params=(
            Param(
                "wheels",
                "int",
                2,
                2,
                4,
                count_nouns=("wheels", "wheel", "wheeled"),
                doc="Two wheels (with shafts), three, or four.",
            ),
            Param(
                "sides",
                "bool",
                True,
                words={"open": False, "flat": False, "flatbed": False, "sided": True},
                doc="Board sides round the bed.",
            ),
            Param(
                "wheel_size",
                "float",
                1.0,
                0.6,
                1.5,
                words={"big-wheeled": 1.3},
                doc="Scale of the wheels.",
            ),
        ),
        build=cart,
        long_axis="z",
        collider="box",
        description="A two-wheeled wooden cart with board sides and shafts, facing +Z.",
    ),
    Recipe(
        name="wagon",
        category="vehicles_ships",
        nouns=(
            "wagon",
            "waggon",
            "covered wagon",
            "stagecoach",
            "stage coach",
            "prairie schooner",
            "merchant wagon",
            "farm wagon",
            "hay wagon",
        ),
        synsets=("wagon.n.01", "stagecoach.n.01", "covered_wagon.n.01"),
        size=SizePrior((1.7, 2.6, 5.0), 0.25),
        materials={
            "wood": M("wood_planks"),
            "dark_wood": M("wood_planks", "#5a3a20"),
            "iron": M("iron"),
            "canvas": M("fabric", "#e4dccb"),
            "paint": M("painted_wood", "#6e1f1a"),
            "glass": M("crystal", "#324a55"),
            "lamp": M("crystal", "#ffd27a", emissive="#ffc45a", emissive_strength=4.0),
        },
        parts=(
            RecipePart("bed", "wood", ("bed", "floor", "deck")),
            RecipePart("sides", "wood", ("sides", "side", "boards")),
            RecipePart("frame", "dark_wood", ("frame", "tongue", "pole", "hoops", "roof")),
            RecipePart("seat", "dark_wood", ("seat", "bench", "box")),
            RecipePart("cover", "canvas", ("cover", "canvas", "bonnet", "tarp", "load", "luggage")),
            RecipePart("body", "paint", ("body", "coach", "cabin", "doors")),
            RecipePart("windows", "glass", ("windows", "window", "glass")),
            RecipePart("rail", "iron", ("rail", "railing", "rack")),
            RecipePart("lamps", "lamp", ("lamps", "lanterns", "lights")),
            *_WHEEL_PARTS,
        ),
        params=(
            Param(
                "style",
                "choice",
                "covered",
                choices=("covered", "open", "stagecoach"),
                words={
                    "covered": "covered",
                    "canvas": "covered",
                    "prairie": "covered",
                    "pioneer": "covered",
                    "conestoga": "covered",
                    "open": "open",
                    "farm": "open",
                    "hay": "open",
                    "flatbed": "open",
                    "stagecoach": "stagecoach",
                    "stage": "stagecoach",
                    "mail": "stagecoach",
                    "enclosed": "stagecoach",
                },
                doc="A canvas-covered wagon, an open one, or a stagecoach.",
            ),
        ),
        build=wagon,
        long_axis="z",
        collider="box",
        description="A four-wheeled wagon with a canvas cover on hoops, a driver's bench and a tongue "
        "(or open, or a stagecoach).",
    ),
    Recipe(
        name="carriage",
        category="vehicles_ships",
        nouns=(
            "carriage",
            "coach",
            "royal coach",
            "royal carriage",
            "buggy",
            "chariot",
            "horse carriage",
            "equipage",
            "pumpkin carriage",
        ),
        synsets=("carriage.n.02", "chariot.n.01", "coach.n.04", "buggy.n.01"),
        size=SizePrior((2.0, 2.65, 4.6), 0.25),
        materials={
            "paint": M("painted_wood", "#2c3d7a"),
            "gold": M("brass", "#d4a23a"),
            "dark_wood": M("wood_planks", "#4a2e1a"),
            "wood": M("wood_planks"),
            "iron": M("iron"),
            "glass": M("crystal", "#1f2f3a"),
            "velvet": M("fabric", "#8a1c2a"),
            "lamp": M("crystal", "#ffd27a", emissive="#ffc45a", emissive_strength=4.0),
        },
        parts=(
            RecipePart("body", "paint", ("body", "coach", "cabin", "car", "doors", "roof")),
            RecipePart("windows", "glass", ("windows", "window", "glass")),
            RecipePart("trim", "gold", ("trim", "gilding", "crown", "decoration", "gold")),
            RecipePart("frame", "dark_wood", ("frame", "pole", "perch", "undercarriage")),
            RecipePart("cushion", "velvet", ("cushion", "seat", "upholstery")),
            RecipePart("lamps", "lamp", ("lamps", "lanterns", "lights")),
            RecipePart("axles", "iron", ("axle", "axles")),
            RecipePart("wheels", "dark_wood", ("wheels", "wheel", "spokes", "hubs")),
            RecipePart("tyres", "gold", ("tyres", "tires", "rims")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "coach",
                choices=("coach", "chariot"),
                words={
                    "coach": "coach",
                    "royal": "coach",
                    "closed": "coach",
                    "chariot": "chariot",
                    "roman": "chariot",
                    "war": "chariot",
                    "racing": "chariot",
                },
                doc="An enclosed coach, or a two-wheeled open chariot.",
            ),
        ),
        build=carriage,
        long_axis="z",
        collider="box",
        description="A royal coach: a rounded painted body with gilt trim and windows between big "
        "spoked wheels, a coachman's box and lanterns (or a chariot).",
    ),
    Recipe(
        name="bicycle",
        category="vehicles_ships",
        nouns=(
            "bicycle",
            "bike",
            "tricycle",
            "trike",
            "cycle",
            "pushbike",
            "push bike",
            "velocipede",
        ),
        synsets=("bicycle.n.01", "tricycle.n.01"),
        size=SizePrior((0.62, 1.08, 1.75), 0.2),
        materials={
            "frame": M("painted_metal", "#2a5c9a"),
            "steel": M("iron", "#b3b7bb"),
            "rubber": M("plastic", "#1c1c1e"),
            "leather": M("leather", "#3b2618"),
        },
        parts=(
            RecipePart("frame", "frame", ("frame", "tubes", "fork")),
            RecipePart("handlebar", "steel", ("handlebar", "handlebars", "stem", "seat post")),
            RecipePart("grips", "rubber", ("grips", "pedals")),
            RecipePart("saddle", "leather", ("saddle", "seat")),
            RecipePart("drivetrain", "steel", ("chain", "chainring", "cranks", "gears")),
            RecipePart("tyres", "rubber", ("tyres", "tires", "wheels", "wheel")),
            RecipePart("rims", "steel", ("rims", "spokes", "hubs", "basket")),
        ),
        params=(
            Param(
                "wheels",
                "int",
                2,
                2,
                3,
                count_nouns=("wheels", "wheel", "wheeled", "wheeler"),
                words={"tricycle": 3, "trike": 3, "three-wheeled": 3, "bicycle": 2},
                doc="Two wheels, or three (a tricycle with a rear basket).",
            ),
        ),
        build=bicycle,
        long_axis="z",
        collider="box",
        description="A diamond-frame bicycle: spoked wheels, handlebar, saddle, chain and pedals.",
    ),
]
