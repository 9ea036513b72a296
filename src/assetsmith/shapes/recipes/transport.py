"""More vehicles and nautical props: motorcycle, bus, tractor, steam locomotive, motorboat, ship's
wheel, buoy, lifebuoy, and a pile of cannonballs.

Vehicles face +Z with their axles along X (see vehicle_parts)."""

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
from .vehicle_parts import road_wheels

M = MaterialRole
RUBBER = M("plastic", "#1c1c1e")
CHROME = M("iron", "#b9bec4")
GLASS = M("crystal", "#34505f")
HEADLIGHT = M("crystal", "#fff6d8", emissive="#fff0c0", emissive_strength=1.6)


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def motorcycle(p) -> dict:
    r = 0.32
    zf, zb = 0.72, -0.7
    parts = [
        part("tyres", "rubber", torus(r - 0.055, 0.055))
        .rotate(z=90)
        .array(2, [0, 0, zf - zb])
        .at(0.055, r, zb),
        part("hubs", "chrome", cylinder(r - 0.1, 0.05, bevel=0.01))
        .rotate(z=90)
        .array(2, [0, 0, zf - zb])
        .at(0.025, r, zb),
        part("engine", "steel", box([0.3, 0.32, 0.42], bevel=0.05)).at(0, 0.28, -0.02),
        part(
            "frame",
            "paint",
            sweep(
                [[0, r, zb], [0, 0.72, -0.25], [0, 0.82, 0.4], [0, r + 0.1, zf - 0.05]],
                0.03,
                curve="smooth",
            ),
            part="body",
        ),
        part("tank", "paint", sphere(0.2), part="body").scale([0.75, 0.65, 1.3]).at(0, 0.72, 0.12),
        part("seat", "leather", box([0.26, 0.09, 0.55], bevel=0.04))
        .rotate(x=-4)
        .at(0, 0.78, -0.38),
        part("fender", "paint", torus(r + 0.02, 0.05, arc=110), part="body")
        .turned(z=90)
        .turned(x=-90)
        .at(0.05, r, zf),
        part("fork", "chrome", cylinder(0.02, 0.75))
        .rotate(x=-24)
        .array(2, [0.16, 0, 0], center=True)
        .at(0, r, zf),
        part("handlebars", "chrome", cylinder(0.016, 0.72)).rotate(z=90).at(0.36, 1.05, 0.45),
        part("headlight", "headlight", sphere(0.09, portion=0.6)).rotate(x=90).at(0, 0.92, 0.55),
        part(
            "exhaust",
            "chrome",
            sweep(
                [[0.14, 0.22, 0.1], [0.18, 0.25, -0.4], [0.19, 0.32, -0.9]], 0.045, curve="smooth"
            ),
        ),
    ]
    return program(*parts, collider="box")


def bus(p) -> dict:
    L, W = 10.5, 2.55
    decks = p.decks
    H = 2.9 if decks == 1 else 4.3
    r = 0.5
    y0 = 0.35
    paint = "paint"
    parts = [
        part("body", paint, box([W, H - y0, L], bevel=0.14)).at(0, y0, 0).uv("box"),
        part("skirt", "trim", box([W + 0.02, 0.3, L - 0.3], bevel=0.04), part="trim").at(
            0, y0 + 0.05, 0
        ),
        part("windscreen", "glass", box([W - 0.3, 1.2, 0.06], bevel=0.03), part="windows").at(
            0, 1.35, L / 2 - 0.01
        ),
    ]
    for k in range(decks):
        wy = 1.45 + k * 1.45
        parts += [
            part(
                f"windows_{k}",
                "glass",
                box([W + 0.04, 0.95, L - 1.8 - (0 if k else 1.0)], bevel=0.03),
                part="windows",
            ).at(0, wy, -0.2 - (0 if k else 0.5) + (0.3 if k else 0)),
            part(f"pillars_{k}", paint, box([W + 0.08, 0.95, 0.1]), part="body")
            .array(8, [0, 0, (L - 2.4) / 7], center=True)
            .at(0, wy, -0.35),
        ]
    parts += [
        part("door", "glass", box([0.05, 2.0, 1.0], bevel=0.02), part="windows").at(
            W / 2 + 0.01, y0 + 0.15, L / 2 - 1.2
        ),
        part("sign", "sign", box([W - 0.6, 0.28, 0.06], bevel=0.02)).at(0, H - 0.4, L / 2 - 0.01),
        part("headlights", "headlight", box([0.3, 0.16, 0.05], bevel=0.02), part="lights")
        .array(2, [W - 0.5, 0, 0], center=True)
        .at(0, 0.55, L / 2 + 0.005),
        part("bumpers", "trim", box([W, 0.22, 0.12], bevel=0.04), part="trim")
        .array(2, [0, 0, L], center=True)
        .at(0, 0.3, 0),
        part("mirrors", "trim", box([0.06, 0.3, 0.12], bevel=0.02), part="trim")
        .array(2, [W + 0.3, 0, 0], center=True)
        .at(0, 1.9, L / 2 - 0.2),
    ]
    parts += road_wheels("w", r, 0.3, [-L / 2 + 2.4, L / 2 - 2.3], W - 0.35)
    return program(*parts, collider="box")


def tractor(p) -> dict:
    rr, rf = 0.78, 0.45
    zr, zf = -0.8, 1.35
    parts = [
        part("chassis", "paint", box([0.8, 0.5, 2.5], bevel=0.05), part="body").at(0, 0.5, 0.35),
        part("hood", "paint", box([0.9, 0.75, 1.6], bevel=0.08), part="body")
        .taper(0.9, axis="z")
        .at(0, 0.85, 0.95),
        part("grille", "trim", box([0.7, 0.55, 0.04], bevel=0.02)).at(0, 0.95, 1.76),
        part("fenders", "paint", torus(rr + 0.06, 0.08, arc=160), part="body")
        .turned(z=90)
        .turned(x=-90)
        .moved(0.8, 0, 0)
        .mirror("x", offset=0)
        .at(0, rr, zr),
        part("seat", "seat", box([0.5, 0.12, 0.45], bevel=0.04)).at(0, 1.2, zr + 0.05),
        part("cab_posts", "steel", box([0.06, 1.5, 0.06], bevel=0.01), part="cab")
        .array(2, [1.1, 0, 0], center=True)
        .array(2, [0, 0, 1.0], center=True)
        .at(0, 1.0, zr + 0.1),
        part("roof", "paint", box([1.3, 0.08, 1.2], bevel=0.03), part="body").at(0, 2.5, zr + 0.1),
        part("exhaust", "steel", cylinder(0.05, 1.5), part="cab").at(0.3, 1.2, 1.4),
        part("steering", "steel", torus(0.16, 0.015), part="cab")
        .rotate(x=-50)
        .at(0, 1.6, zr + 0.55),
        part("headlights", "headlight", cylinder(0.06, 0.04), part="lights")
        .rotate(x=90)
        .array(2, [0.5, 0, 0], center=True)
        .at(0, 1.3, 1.7),
    ]
    parts += road_wheels("r", rr, 0.45, [zr], 1.5, rubber="rubber", metal="hub_paint")
    parts += road_wheels("f", rf, 0.28, [zf], 1.3, rubber="rubber", metal="hub_paint")
    return program(*parts, collider="box")


def locomotive(p) -> dict:
    L = 8.0
    br = 0.75  # boiler radius
    by = 1.9  # boiler axis height
    parts = [
        part("frame", "iron", box([2.3, 0.5, L], bevel=0.04), part="frame").at(0, 0.75, 0),
        part("boiler", "paint", cylinder(br, 4.6, bevel=0.04), part="body")
        .rotate(x=90)
        .at(0, by, -1.3),
        part("smokebox", "iron", cylinder(br + 0.05, 1.0, bevel=0.04), part="frame")
        .rotate(x=90)
        .at(0, by, 2.9),
        part("door", "iron", cylinder(br - 0.1, 0.08, bevel=0.03), part="frame")
        .rotate(x=90)
        .at(0, by, 3.9),
        part(
            "chimney",
            "iron",
            lathe([[0.22, 0], [0.2, 0.5], [0.32, 0.75], [0.3, 0.8], [0, 0.8]]),
            part="frame",
        ).at(0, by + br - 0.1, 3.4),
        part("dome", "brass", sphere(0.32, portion=0.6), part="trim").at(0, by + br - 0.12, 0.9),
        part("cab", "paint", box([2.4, 2.2, 2.0], bevel=0.05), part="body").at(0, 1.0, -3.0),
        part("cab_roof", "iron", box([2.6, 0.12, 2.3], bevel=0.04), part="frame").at(0, 3.2, -3.0),
        part("cab_windows", "glass", box([2.42, 0.7, 0.9]), part="windows").at(0, 2.1, -2.8),
        part("tanks", "paint", box([0.45, 1.1, 3.2], bevel=0.05), part="body")
        .array(2, [2.0, 0, 0], center=True)
        .at(0, 1.2, 0.4),
        part("buffers", "iron", cylinder(0.12, 0.35), part="frame")
        .rotate(x=90)
        .array(2, [1.6, 0, 0], center=True)
        .at(0, 0.9, L / 2 - 0.1),
        # The cowcatcher: a wedge sloping down to the rails in front of the buffer beam.
        part(
            "cowcatcher",
            "iron",
            extrude([[0.0, 0.75], [0.0, 0.05], [0.6, 0.05]], 2.1, axis="x"),
            part="frame",
        ).at(0, 0.0, L / 2 - 0.35),
        part("lamp", "headlight", cylinder(0.16, 0.15), part="lights")
        .rotate(x=90)
        .at(0, 2.85, 3.95),
    ]
    wheel_r = 0.7
    for k, z in enumerate((-1.6, 0.0, 1.6)):
        parts.append(
            part(f"wheels_{k}", "wheel_paint", cylinder(wheel_r, 0.14, bevel=0.02), part="wheels")
            .turned(z=90)
            .moved(0.07, 0, 0)
            .array(2, [2.5, 0, 0], center=True)
            .at(0, wheel_r, z)
        )
    parts += [
        part("rods", "steel", box([0.06, 0.1, 3.4], bevel=0.02), part="rods")
        .array(2, [2.72, 0, 0], center=True)
        .at(0, wheel_r - 0.2, 0),
        part("small_wheels", "wheel_paint", cylinder(0.4, 0.12, bevel=0.02), part="wheels")
        .turned(z=90)
        .moved(0.06, 0, 0)
        .array(2, [2.5, 0, 0], center=True)
        .array(2, [0, 0, 5.9], center=True)
        .at(0, 0.4, 0.35),
    ]
    return program(*parts, collider="box")


def motorboat(p) -> dict:
    def hull_section(z: float, w: float, depth: float, deck: float) -> dict:
        return section(
            z,
            "outline",
            points=[
                [-w / 2, deck],
                [-w / 2 * 0.92, deck * 0.35],
                [-w * 0.12, 0.02],
                [0.0, 0.0],
                [w * 0.12, 0.02],
                [w / 2 * 0.92, deck * 0.35],
                [w / 2, deck],
            ],
        )

    hull = loft(
        hull_section(-3.0, 2.1, 0.0, 0.95),
        hull_section(-1.0, 2.2, 0, 0.95),
        hull_section(1.0, 2.0, 0, 1.0),
        hull_section(2.4, 1.2, 0, 1.05),
        hull_section(3.0, 0.08, 0, 1.1),
        axis="z",
        smooth=True,
    )
    parts = [
        part("hull", "hull", hull).uv("box"),
        part("deck", "deck", box([1.9, 0.05, 3.8], bevel=0.02)).at(0, 0.92, -0.9),
        part("stripe", "stripe", box([2.16, 0.1, 3.6])).at(0, 0.7, -1.0),
        part("console", "hull", box([0.8, 0.7, 0.5], bevel=0.05), part="hull").at(0, 0.95, 0.3),
        part("windscreen", "glass", box([1.6, 0.4, 0.04], bevel=0.01))
        .rotate(x=-25)
        .at(0, 1.2, 0.6),
        part("seats", "seat", box([0.55, 0.35, 0.5], bevel=0.08))
        .array(2, [0.8, 0, 0], center=True)
        .at(0, 0.95, -0.5),
        part("bench", "seat", box([1.8, 0.35, 0.5], bevel=0.08), part="seats").at(0, 0.95, -2.45),
        part("motor", "motor", box([0.45, 0.8, 0.5], bevel=0.1)).at(0, 0.5, -3.25),
        part("motor_leg", "motor", box([0.16, 0.7, 0.2], bevel=0.04)).at(0, -0.0, -3.3),
        part(
            "rail",
            "chrome",
            sweep(
                [
                    [-0.8, 1.15, 1.2],
                    [-0.3, 1.15, 2.5],
                    [0.0, 1.15, 2.8],
                    [0.3, 1.15, 2.5],
                    [0.8, 1.15, 1.2],
                ],
                0.018,
                curve="smooth",
            ),
        ),
    ]
    return program(*parts, collider="box")


def ship_wheel(p) -> dict:
    R = 0.5
    cy = 1.1 if p.stand else R + 0.2
    parts = [
        part("rim", "wood", torus(R, 0.035)).rotate(x=90).at(0, cy, 0.0),
        part("inner_rim", "wood", torus(R * 0.45, 0.025), part="rim").rotate(x=90).at(0, cy, 0.0),
        part("spokes", "wood", cylinder(0.025, R + 0.17), part="rim")
        .moved(0, 0.0, 0)
        .radial(8, axis="z")
        .at(0, cy, 0.035),
        part(
            "handles",
            "wood",
            lathe(
                [[0.0, 0.0], [0.03, 0.0], [0.035, 0.05], [0.022, 0.1], [0.03, 0.15], [0.0, 0.17]],
                smooth=True,
            ),
            part="rim",
        )
        .moved(0, R + 0.13, 0)
        .radial(8, axis="z")
        .at(0, cy, 0.035),
        part("hub", "brass", cylinder(0.09, 0.16, bevel=0.02)).rotate(x=90).at(0, cy, -0.045),
    ]
    if p.stand:
        parts += [
            part("pedestal", "wood", box([0.3, cy - 0.05, 0.34], bevel=0.03), part="stand").at(
                0, 0.0, -0.3
            ),
            part("axle", "brass", cylinder(0.04, 0.3), part="hub").rotate(x=90).at(0, cy, -0.35),
            part("base", "wood", box([0.5, 0.1, 0.6], bevel=0.02), part="stand").at(0, 0, -0.25),
        ]
    return program(*parts, collider="box")


def buoy(p) -> dict:
    lamp = "lit_lamp" if p.lit else "lamp"
    parts = [
        part(
            "float",
            "paint",
            lathe(
                [[0.0, 0.0], [0.3, 0.0], [0.6, 0.3], [0.62, 0.55], [0.5, 0.7], [0.0, 0.7]],
                smooth=True,
            ),
        ).uv("cylindrical"),
        part("band", "band", cylinder(0.625, 0.12)).at(0, 0.38, 0),
        part("tower", "paint", cylinder(0.04, 1.3), part="float")
        .turned(z=8)
        .radial(4, radius=0.3)
        .at(0, 0.65, 0),
        part("rings", "paint", torus(0.25, 0.03), part="float")
        .array(2, [0, 0.55, 0])
        .at(0, 1.1, 0),
        part("topmark", "paint", cone(0.18, 0.3), part="float").at(0, 2.05, 0),
        part(lamp, lamp, cylinder(0.08, 0.18, bevel=0.02), part=lamp).at(0, 1.86, 0),
    ]
    return program(*parts, collider="box")


def lifebuoy(p) -> dict:
    R, t = 0.3, 0.075
    parts = [part("ring", "red", torus(R, t)).rotate(x=90).at(0, R + t, 0)]
    for k in range(4):
        parts.append(
            part(f"white_{k}", "white", torus(R + 0.001, t + 0.002, arc=40), part="bands")
            .turned(y=45 + 90 * k)
            .rotate(x=90)
            .at(0, R + t, -0.002)
        )
    parts.append(
        part("rope", "rope", torus(R + t * 0.7, 0.012)).rotate(x=90).at(0, R + t, t - 0.012)
    )
    return program(*parts, collider="box")


def cannonballs(p) -> dict:
    r = 0.07
    parts = []
    n = p.layers
    for k in range(n):
        m = n - k
        y = k * r * math.sqrt(2)
        parts.append(
            part(f"layer_{k}", "iron", sphere(r), part="balls")
            .array(m, [2 * r, 0, 0], center=True)
            .array(m, [0, 0, 2 * r], center=True)
            .at(0, y, 0)
            .detail(0.5)
        )
    return program(*parts, collider="box")


def tank(p) -> dict:
    """A main battle tank: a hull between two tracks, a turret with a long gun, facing +Z."""
    L, hw, tw = 6.6, 2.3, 0.6  # hull length, hull width, track width
    track = [
        [-L / 2, 0.25],
        [-L / 2 + 0.35, 0.0],
        [L / 2 - 0.35, 0.0],
        [L / 2, 0.3],
        [L / 2 - 0.2, 0.95],
        [-L / 2 + 0.15, 0.95],
    ]
    hull = [
        [-L / 2 + 0.1, 0.45],
        [L / 2 - 0.3, 0.45],
        [L / 2 + 0.05, 0.8],
        [L / 2 - 0.5, 1.4],
        [-L / 2 + 0.1, 1.45],
    ]
    turret = [[-1.15, -1.6], [1.15, -1.6], [1.3, 0.6], [0.6, 1.5], [-0.6, 1.5], [-1.3, 0.6]]
    parts = [
        part("tracks", "track", extrude(track, tw, axis="x", bevel=0.04))
        .moved(hw / 2 + tw / 2, 0, 0)
        .mirror("x")
        .uv("box"),
        part("road_wheels", "steel", cylinder(0.34, tw + 0.04, bevel=0.03), part="wheels")
        .turned(z=90)
        .moved(hw / 2 + tw + 0.02, 0, 0)
        .array(6, [0, 0, 0.92], center=True)
        .mirror("x")
        .at(0, 0.36, 0),
        part("hull", "armour", extrude(hull, hw + 0.1, axis="x", bevel=0.04)).uv("box"),
        part(
            "fenders", "armour", box([hw + 2 * tw + 0.1, 0.06, L - 0.4], bevel=0.02), part="hull"
        ).at(0, 0.95, 0),
        # The turret seen from above ([x, z]): a wedge-fronted plan, 0.7 m high.
        part("turret", "armour", extrude(turret, 0.7, axis="y", bevel=0.05), part="hull").at(
            0, 1.45, -0.4
        ),
        part("gun", "steel", cylinder(0.09, 4.2, bevel=0.01)).rotate(x=90).at(0, 1.8, 0.9),
        part("mantlet", "armour", box([0.8, 0.5, 0.4], bevel=0.05), part="hull").at(0, 1.55, 1.05),
        part("hatch", "armour", cylinder(0.35, 0.14, bevel=0.03), part="hull").at(0.45, 2.15, -0.6),
    ]
    return program(*parts, collider="box")


def helicopter(p) -> dict:
    body = loft(
        section(0.0, "circle", radius=0.15),
        section(0.5, "ellipse", size=[1.3, 1.4]),
        section(1.6, "ellipse", size=[1.6, 1.8]),
        section(3.0, "ellipse", size=[1.5, 1.7]),
        section(3.8, "ellipse", size=[0.7, 0.9]),
        axis="z",
        smooth=True,
    )
    parts = [
        part("fuselage", "paint", body).rotate(y=180).at(0, 1.35, 1.9).uv("box"),
        part("canopy", "glass", sphere(0.8)).scale([0.95, 0.9, 1.1]).at(0, 0.95, 1.1),
        part("boom", "paint", cone(0.3, 4.2, radius_top=0.12), part="fuselage")
        .rotate(x=-90)
        .at(0, 1.75, -1.5),
        part(
            "fin",
            "paint",
            extrude([[0, 0], [0.7, 0], [0.9, 1.1], [0.55, 1.1]], 0.08),
            part="fuselage",
        )
        .rotate(y=90)
        .at(0, 1.65, -5.0),
        part("tail_rotor", "rotor", box([0.08, 1.2, 0.16], bevel=0.02), part="rotor")
        .rotate(z=0)
        .at(0.15, 1.55, -5.45),
        part("mast", "steel", cylinder(0.12, 0.45, bevel=0.02)).at(0, 2.2, 0.4),
        part("rotor", "rotor", box([0.28, 0.05, 4.3], bevel=0.015))
        .moved(0, 0, 2.15)
        .radial(4, axis="y", start=45)
        .at(0, 2.62, 0.4),
        part("skids", "steel", cylinder(0.05, 3.2, bevel=0.02), part="mast")
        .rotate(x=90)
        .array(2, [2.0, 0, 0], center=True)
        .at(0, 0.05, -1.3),
        part("struts", "steel", cylinder(0.04, 0.75), part="mast")
        .turned(z=-25)
        .moved(1.0, 0, 0)
        .mirror("x")
        .array(2, [0, 0, 1.6], center=True)
        .at(0, 0.05, 0.3),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="tank",
        category="vehicles_ships",
        nouns=(
            "tank",
            "army tank",
            "battle tank",
            "main battle tank",
            "armoured vehicle",
            "armored vehicle",
            "panzer",
            "military tank",
            "war tank",
        ),
        synsets=("tank.n.01", "armored_vehicle.n.01"),
        size=SizePrior((3.5, 2.3, 7.6), 0.25),
        materials={
            "armour": M("painted_metal", "#5a6340"),
            "track": M("iron", "#2c2d2e"),
            "steel": M("iron", "#4a4d50"),
        },
        parts=_p(
            ("hull", "armour", ("hull", "body", "turret", "armour", "armor", "fenders", "hatch")),
            ("tracks", "track", ("tracks", "treads", "caterpillar")),
            ("wheels", "steel", ("wheels", "road wheels")),
            ("gun", "steel", ("gun", "barrel", "cannon")),
        ),
        build=tank,
        long_axis="z",
        collider="box",
        description="A battle tank: a sloped hull between two tracks on road wheels, a turret and a long gun.",
    ),
    Recipe(
        name="helicopter",
        category="vehicles_ships",
        nouns=("helicopter", "chopper", "heli", "gunship", "whirlybird", "rescue helicopter"),
        synsets=("helicopter.n.01",),
        size=SizePrior((6.3, 2.75, 9.45), 0.25),
        materials={
            "paint": M("painted_metal", "#2f4f6f"),
            "glass": GLASS,
            "steel": M("iron", "#3a3c40"),
            "rotor": M("painted_metal", "#222325"),
        },
        parts=_p(
            ("fuselage", "paint", ("fuselage", "body", "boom", "tail", "fin")),
            ("canopy", "glass", ("canopy", "cockpit", "windows")),
            ("mast", "steel", ("mast", "skids", "struts")),
            ("rotor", "rotor", ("rotor", "blades", "rotors")),
        ),
        build=helicopter,
        long_axis="z",
        collider="box",
        description="A light helicopter: a rounded cabin with a glass canopy, a tail boom and fin, a "
        "four-blade rotor and skids.",
    ),
    Recipe(
        name="motorcycle",
        category="vehicles_ships",
        nouns=("motorcycle", "motorbike", "motor bike", "scooter", "moped", "dirt bike"),
        synsets=("motorcycle.n.01", "minibike.n.01", "motor_scooter.n.01", "moped.n.01"),
        size=SizePrior((0.72, 1.1, 2.0), 0.25),
        materials={
            "paint": M("painted_metal", "#a01c1c"),
            "steel": M("iron", "#55595e"),
            "chrome": CHROME,
            "rubber": RUBBER,
            "leather": M("leather", "#231a14"),
            "headlight": HEADLIGHT,
        },
        parts=_p(
            ("body", "paint", ("body", "tank", "frame", "fenders", "bodywork")),
            ("engine", "steel", ("engine", "motor")),
            ("tyres", "rubber", ("tyres", "tires", "wheels")),
            ("hubs", "chrome", ("hubs", "rims", "wheels")),
            ("fork", "chrome", ("fork", "forks")),
            ("handlebars", "chrome", ("handlebars", "bars")),
            ("exhaust", "chrome", ("exhaust", "pipes")),
            ("seat", "leather", ("seat", "saddle")),
            ("headlight", "headlight", ("headlight", "light", "lamp")),
        ),
        build=motorcycle,
        long_axis="z",
        collider="box",
        description="A motorcycle: two wheels, a teardrop tank over the engine, a seat, a fork and handlebars.",
    ),
    Recipe(
        name="bus",
        category="vehicles_ships",
        nouns=(
            "bus",
            "autobus",
            "coach bus",
            "school bus",
            "double-decker",
            "double decker bus",
            "city bus",
            "omnibus",
            "motorcoach",
            "tour bus",
            "minibus",
            "tram",
            "trolleybus",
        ),
        synsets=(
            "bus.n.01",
            "school_bus.n.01",
            "minibus.n.01",
            "streetcar.n.01",
            "trolleybus.n.01",
        ),
        size=SizePrior((2.9, 2.9, 10.7), 0.25),
        materials={
            "paint": M("painted_metal", "#c22a22"),
            "trim": M("plastic", "#26282b"),
            "glass": GLASS,
            "sign": M("plastic", "#f2b42a", emissive="#ffb020", emissive_strength=1.3),
            "headlight": HEADLIGHT,
            "rubber": RUBBER,
            "chrome": CHROME,
        },
        parts=_p(
            ("body", "paint", ("body", "paint", "pillars", "sides")),
            ("trim", "trim", ("bumpers", "skirt", "mirrors")),
            ("windows", "glass", ("windows", "windscreen", "glass", "door")),
            ("sign", "sign", ("sign", "destination sign", "display")),
            ("lights", "headlight", ("headlights", "lights")),
            ("tyres", "rubber", ("tyres", "tires", "wheels")),
            ("hubs", "chrome", ("hubs", "rims")),
        ),
        params=(
            Param(
                "decks",
                "int",
                1,
                1,
                2,
                count_nouns=("decks", "deck", "floors", "storeys"),
                words={
                    "double-decker": 2,
                    "double-deck": 2,
                    "double": 2,
                    "london": 2,
                    "single-deck": 1,
                },
                doc="One deck, or a double-decker.",
            ),
        ),
        build=bus,
        long_axis="z",
        collider="box",
        description="A city bus: a long box body with a band of windows, a destination sign and four wheels.",
    ),
    Recipe(
        name="tractor",
        category="vehicles_ships",
        nouns=("tractor", "farm tractor", "bulldozer", "digger", "farm vehicle"),
        synsets=("tractor.n.01", "farm_machine.n.01"),
        size=SizePrior((2.05, 2.78, 3.4), 0.25),
        materials={
            "paint": M("painted_metal", "#2f7a33"),
            "trim": M("iron", "#2a2c2e"),
            "steel": M("iron", "#45484c"),
            "seat": M("leather", "#1e1e1e"),
            "rubber": RUBBER,
            "hub_paint": M("painted_metal", "#e8c21a"),
            "headlight": HEADLIGHT,
        },
        parts=_p(
            ("body", "paint", ("body", "hood", "bonnet", "fenders", "roof", "chassis")),
            ("grille", "trim", ("grille",)),
            ("cab", "steel", ("cab", "posts", "frame", "exhaust", "steering wheel")),
            ("seat", "seat", ("seat",)),
            ("tyres", "rubber", ("tyres", "tires", "wheels")),
            ("hubs", "hub_paint", ("hubs", "rims")),
            ("lights", "headlight", ("headlights", "lights")),
        ),
        build=tractor,
        long_axis="z",
        collider="box",
        description="A farm tractor: big rear wheels, small front wheels, a long hood, a seat under a roof frame.",
    ),
    Recipe(
        name="locomotive",
        category="vehicles_ships",
        nouns=(
            "locomotive",
            "train",
            "steam engine",
            "steam locomotive",
            "steam train",
            "railway engine",
            "choo-choo",
            "engine train",
            "loco",
        ),
        synsets=("locomotive.n.01", "steam_locomotive.n.01", "train.n.01"),
        size=SizePrior((2.6, 3.6, 8.3), 0.25),
        materials={
            "paint": M("painted_metal", "#1f4f33"),
            "iron": M("iron", "#222325"),
            "brass": M("brass"),
            "glass": GLASS,
            "steel": M("iron", "#9aa0a6"),
            "wheel_paint": M("painted_metal", "#8a1c1c"),
            "headlight": HEADLIGHT,
        },
        parts=_p(
            ("body", "paint", ("body", "boiler", "cab", "tanks")),
            ("frame", "iron", ("frame", "smokebox", "chimney", "funnel", "cowcatcher", "buffers")),
            ("trim", "brass", ("dome", "trim")),
            ("windows", "glass", ("windows",)),
            ("wheels", "wheel_paint", ("wheels",)),
            ("rods", "steel", ("rods", "coupling rods")),
            ("lights", "headlight", ("lamp", "headlight")),
        ),
        build=locomotive,
        long_axis="z",
        collider="box",
        description="A steam locomotive: a boiler with a chimney and dome, side tanks, a cab and three pairs "
        "of driving wheels.",
    ),
    Recipe(
        name="motorboat",
        category="vehicles_ships",
        nouns=(
            "motorboat",
            "speedboat",
            "powerboat",
            "motor boat",
            "speed boat",
            "yacht",
            "launch",
            "cabin cruiser",
            "fishing boat",
            "patrol boat",
        ),
        synsets=(
            "motorboat.n.01",
            "speedboat.n.01",
            "yacht.n.01",
            "launch.n.01",
            "cabin_cruiser.n.01",
        ),
        size=SizePrior((2.2, 1.6, 6.8), 0.25),
        materials={
            "hull": M("plastic", "#eeeeea"),
            "deck": M("wood_planks", "#a07850"),
            "stripe": M("painted_metal", "#1f4f8a"),
            "glass": GLASS,
            "seat": M("leather", "#d8ccb0"),
            "motor": M("plastic", "#202226"),
            "chrome": CHROME,
        },
        parts=_p(
            ("hull", "hull", ("hull", "console", "body")),
            ("deck", "deck", ("deck", "floor")),
            ("stripe", "stripe", ("stripe", "band")),
            ("windscreen", "glass", ("windscreen", "windshield")),
            ("seats", "seat", ("seats", "seat", "bench")),
            ("motor", "motor", ("motor", "engine", "outboard")),
            ("motor_leg", "motor", ("motor",)),
            ("rail", "chrome", ("rail", "railing")),
        ),
        build=motorboat,
        long_axis="z",
        collider="box",
        description="A motorboat: a white V hull, a console with a windscreen, seats and an outboard motor.",
    ),
    Recipe(
        name="ship_wheel",
        category="vehicles_ships",
        nouns=(
            "ship wheel",
            "ship's wheel",
            "steering wheel",
            "ships wheel",
            "boat wheel",
            "captain's wheel",
        ),
        synsets=("helm.n.01",),
        size=SizePrior((1.34, 1.77, 0.66), 0.25),
        materials={"wood": M("wood_planks", "#7a4e2c"), "brass": M("brass")},
        parts=_p(
            ("rim", "wood", ("rim", "spokes", "handles", "wheel")),
            ("hub", "brass", ("hub", "axle")),
            ("stand", "wood", ("stand", "pedestal", "base")),
        ),
        params=(
            Param(
                "stand",
                "bool",
                True,
                words={"standing": True, "mounted": True, "wall": False, "loose": False},
                doc="On a pedestal (or the wheel alone).",
            ),
        ),
        build=ship_wheel,
        collider="box",
        description="A ship's wheel: a wooden rim with eight turned handles and a brass hub, on a pedestal.",
    ),
    Recipe(
        name="buoy",
        category="vehicles_ships",
        nouns=("buoy", "navigation buoy", "marker buoy", "channel buoy", "bell buoy", "can buoy"),
        synsets=(),
        size=SizePrior((1.24, 2.35, 1.24), 0.25),
        materials={
            "paint": M("painted_metal", "#c0241c"),
            "band": M("painted_metal", "#efede6"),
            "lamp": M("crystal", "#e8d890"),
            "lit_lamp": M("crystal", "#fff0a0", emissive="#ffe27a", emissive_strength=2.0),
        },
        parts=_p(
            ("float", "paint", ("float", "body", "hull", "tower", "cage")),
            ("band", "band", ("band", "stripe")),
            ("lamp", "lamp", ("lamp", "light", "lantern")),
            ("lit_lamp", "lit_lamp", ("lamp", "light", "lantern")),
        ),
        params=(
            Param(
                "lit",
                "bool",
                True,
                words={"lit": True, "glowing": True, "flashing": True, "unlit": False},
                doc="The lamp glows.",
            ),
        ),
        build=buoy,
        round=True,
        collider="box",
        description="A navigation buoy: a round red float with a white band, a lattice tower and a lamp.",
    ),
    Recipe(
        name="lifebuoy",
        category="vehicles_ships",
        nouns=(
            "lifebuoy",
            "life buoy",
            "life ring",
            "life preserver",
            "ring buoy",
            "life belt",
            "lifebelt",
            "swim ring",
            "rubber ring",
        ),
        synsets=("life_buoy.n.01",),
        size=SizePrior((0.75, 0.75, 0.15), 0.25),
        materials={
            "red": M("plastic", "#d0281e"),
            "white": M("plastic", "#f1efe8"),
            "rope": M("rope", "#d8c9a0"),
        },
        parts=_p(
            ("ring", "red", ("ring", "body", "float")),
            ("bands", "white", ("bands", "stripes")),
            ("rope", "rope", ("rope", "line", "cord")),
        ),
        build=lifebuoy,
        collider="box",
        description="A life ring: a red foam ring with four white bands and a grab rope.",
    ),
    Recipe(
        name="cannonball_pile",
        category="weapons",
        nouns=(
            "cannonball",
            "cannonballs",
            "cannon ball",
            "cannon balls",
            "pile of cannonballs",
            "shot pile",
            "round shot",
            "iron balls",
            "cannonball stack",
        ),
        synsets=("cannonball.n.01",),
        size=SizePrior((0.56, 0.44, 0.56), 0.25),
        materials={"iron": M("iron", "#2c2d2f")},
        parts=_p(
            ("balls", "iron", ("balls", "cannonballs", "shot")),
        ),
        params=(
            Param(
                "layers",
                "int",
                4,
                1,
                5,
                count_nouns=("layers", "tiers", "rows"),
                words={"single": 1, "pile": 4, "stack": 4, "pyramid": 4},
                doc="Layers of the pyramid (1: a single ball).",
            ),
        ),
        build=cannonballs,
        round=True,
        collider="box",
        description="A pyramid of iron cannonballs, four layers high.",
    ),
]
