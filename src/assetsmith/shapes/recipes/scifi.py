"""Sci-fi craft and machines: a spaceship (fighter or saucer), a rocket, a drone, a robot, a ray gun.
Hulls are metal panels, coloured parts painted metal, and every light glows."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..dsl import (
    box,
    capsule,
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


def _fighter(p) -> list:
    # Built along Z (nose at +Z), sections [x, y]; about 6 m long, 5 m across the wings.
    hull = loft(
        section(-2.6, "rounded_rect", size=[1.1, 0.75], corner=0.2),
        section(-1.6, "rounded_rect", size=[1.4, 0.95], corner=0.3),
        section(0.2, "rounded_rect", size=[1.25, 0.9], corner=0.35, offset=[0, 0.02]),
        section(1.6, "ellipse", size=[0.75, 0.55], offset=[0, -0.05]),
        section(2.9, "circle", radius=0.06, offset=[0, -0.12]),
        axis="z",
        smooth=True,
    )
    wing = [[0.55, -1.9], [2.5, -1.6], [2.55, -1.15], [0.55, 0.5]]  # top view [x, z], right side
    fin = [[-2.5, 0.0], [-1.5, 0.0], [-2.35, 1.05], [-2.7, 1.05]]  # side view [z, y]
    engines = {1: [0.0], 2: [-1.0, 1.0], 3: [-1.15, 0.0, 1.15], 4: [-1.45, -0.75, 0.75, 1.45]}[
        p.engines
    ]
    parts = [
        part("hull", "hull", hull).uv("box"),
        part("canopy", "glass", sphere(0.42, portion=0.5))
        .scale([1.0, 0.75, 2.0])
        .on("hull", "top", gap=-0.12, z=0.62),
        part("wings", "hull", extrude(wing, 0.09, axis="y", bevel=0.03), part="hull")
        .mirror("x")
        .on("hull", "center", y=-0.35, z=-0.3)
        .uv("box"),
        part("wing_tips", "trim", box([0.12, 0.16, 1.0], bevel=0.03), part="trim")
        .array(2, [5.1, 0, 0], center=True)
        .on("wings", "center", y=0.3, z=-0.55),
        part("fin", "trim", extrude(fin, 0.08, axis="x", bevel=0.025), part="trim").on(
            "hull", "top", gap=-0.1, z=-1
        ),
        part("nav_lights", "lights", sphere(0.06), part="lights")
        .array(2, [5.1, 0, 0], center=True)
        .on("wing_tips", "front", gap=-0.04),
    ]
    for k, x in enumerate(engines):
        parts += [
            part(f"engine_{k}", "trim", cylinder(0.26, 1.3, bevel=0.04), part="engines")
            .rotate(x=90)
            .on("hull", "back", gap=-0.9, y=-0.1, offset=[x, 0, 0]),
            part(f"nozzle_{k}", "trim", cone(0.16, 0.3, radius_top=0.24), part="engines")
            .rotate(x=-90)
            .on(f"engine_{k}", "back", gap=-0.02),
            # The exhaust: a short glowing cone pointing out of the nozzle.
            part(f"glow_{k}", "glow", cone(0.2, 0.45), part="glow")
            .rotate(x=-90)
            .on(f"nozzle_{k}", "back", gap=-0.12),
        ]
    return parts


def _saucer(p) -> list:
    # A flying saucer: a lens-shaped disc with a glass dome, lights round the rim, three legs.
    r = 3.0
    disc = [
        [0.0, 0.55],
        [0.9, 0.5],
        [2.2, 0.72],
        [r, 1.05],
        [r, 1.15],
        [2.3, 1.45],
        [1.2, 1.7],
        [0.0, 1.75],
    ]
    n = max(p.engines * 3, 8)
    return [
        part("hull", "hull", lathe(disc, crease=20)).uv("cylindrical").detail(1.4),
        part("canopy", "glass", sphere(1.05, portion=0.55)).at(0, 1.6, 0),
        part("trim", "trim", torus(r - 0.02, 0.09)).at(0, 1.0, 0),
        part("lights", "lights", sphere(0.12)).radial(n, radius=r - 0.15).at(0, 1.03, 0),
        part("glow", "glow", cylinder(0.7, 0.08)).at(0, 0.5, 0),
        part(
            "legs",
            "trim",
            sweep([[0.0, 0.0, 0.0], [0.0, 0.35, -0.3], [0.0, 0.72, -0.45]], 0.06),
            part="trim",
        )
        .moved(0, 0, 1.5)
        .radial(3)
        .at(0, 0.0, 0),
        part("feet", "trim", cylinder(0.2, 0.06), part="trim").radial(3, radius=1.5),
    ]


def spaceship(p) -> dict:
    parts = _saucer(p) if p.kind == "saucer" else _fighter(p)
    return program(*parts, collider="mesh_convex")


def rocket(p) -> dict:
    missile = p.kind == "missile"
    h, r = (5.5, 0.32) if missile else (7.5, 0.75)
    nose = (
        [[r, 0.0], [r * 0.97, 0.25 * h], [r * 0.7, 0.38 * h], [r * 0.3, 0.47 * h], [0.0, 0.52 * h]]
        if not missile
        else [[r, 0.0], [r * 0.8, 0.08 * h], [r * 0.4, 0.14 * h], [0.0, 0.18 * h]]
    )
    body_h = h * (0.6 if not missile else 0.78)
    base = 0.55 if not missile else 0.3
    n_fins = p.fins
    fin = (
        [[0.0, 0.0], [1.05, -0.45], [1.05, 0.2], [0.0, 1.9]]
        if not missile
        else [[0.0, 0.0], [0.45, -0.05], [0.45, 0.12], [0.0, 0.7]]
    )  # side view [out, up]
    parts = [
        part(
            "body",
            "hull",
            lathe([[0.0, 0.0], [r * 0.92, 0.0], [r, 0.2], [r, body_h]], smooth=False),
        )
        .uv("cylindrical")
        .at(0, base, 0)
        .detail(1.3),
        part("nose", "paint", lathe([[0.0, 0.0], *nose], smooth=True)).at(0, base + body_h, 0),
        part(
            "fins",
            "paint",
            extrude(
                [[round(a, 3), round(b, 3)] for a, b in fin],
                0.08 if not missile else 0.03,
                axis="x",
                bevel=0.02 if not missile else 0.008,
            ),
        )
        .moved(0, 0, r * 0.9)
        .radial(n_fins, start=45)
        .at(0, base * 0.82, 0),
        part(
            "nozzle",
            "trim",
            lathe(
                [[0.0, 0.0], [r * 0.7, 0.0], [r * 0.5, base * 0.6], [r * 0.45, base], [0.0, base]],
                smooth=True,
            ),
            part="engine",
        ),
        part("bands", "trim", cylinder(r + 0.02, 0.12 if not missile else 0.05), part="trim")
        .array(2, [0, body_h * 0.55, 0])
        .at(0, base + body_h * 0.3, 0),
    ]
    if not missile:
        parts += [
            part("portholes", "glass", cylinder(0.18, 0.1), part="windows")
            .rotate(x=90)
            .array(2, [0, 0.75, 0])
            .at(0, base + body_h * 0.62, r - 0.02),
            part("porthole_rims", "trim", torus(0.2, 0.035), part="trim")
            .moved(0, -0.035, 0)
            .turned(x=90)
            .array(2, [0, 0.75, 0])
            .at(0, base + body_h * 0.62 + 0.18, r + 0.05),
        ]
    else:
        parts.append(
            part(
                "canards",
                "paint",
                extrude([[0.0, 0.0], [0.22, 0.05], [0.22, 0.15], [0.0, 0.35]], 0.025, axis="x"),
                part="fins",
            )
            .moved(0, 0, r * 0.9)
            .radial(4, start=45)
            .at(0, base + body_h * 0.8, 0)
        )
    if p.launching:  # the exhaust: a long glowing flame under the nozzle (below the ground line)
        parts.append(
            part(
                "flame",
                "flame",
                lathe(
                    [[0.0, 0.0], [r * 0.5, 0.35 * h * 0.5], [r * 0.45, 0.45 * h], [0.0, 0.5 * h]],
                    smooth=True,
                ),
            )
            .rotate(x=180)
            .at(0, 0.05, 0)
        )
    return program(*parts, collider="capsule")


def drone(p) -> dict:
    n = p.rotors
    arm = 0.3 if n <= 4 else 0.36
    body_y = 0.12
    parts = [
        part(
            "body",
            "shell",
            loft(
                section(-0.12, "rounded_rect", size=[0.14, 0.06], corner=0.025),
                section(0.0, "rounded_rect", size=[0.17, 0.08], corner=0.035),
                section(0.13, "rounded_rect", size=[0.12, 0.05], corner=0.02),
                axis="z",
                smooth=True,
            ),
        )
        .at(0, body_y, 0)
        .detail(1.3),
        part("arms", "shell", box([0.03, 0.025, arm], bevel=0.008), part="body")
        .moved(0, 0, arm / 2 + 0.03)
        .radial(n, start=180.0 / n)
        .at(0, body_y + 0.015, 0),
        part("motors", "metal", cylinder(0.025, 0.04, bevel=0.005))
        .radial(n, radius=arm + 0.03, start=180.0 / n)
        .at(0, body_y + 0.03, 0),
        part("camera", "metal", sphere(0.035), part="gimbal").at(0, body_y - 0.06, 0.08),
        part("lens", "lens", cylinder(0.015, 0.01)).rotate(x=90).at(0, body_y - 0.025, 0.115),
        part("skids", "metal", sweep([[0.0, 0.0, -0.12], [0.0, 0.0, 0.12]], 0.007), part="gimbal")
        .moved(0.09, 0, 0)
        .mirror("x"),
        part(
            "skid_legs", "metal", sweep([[0.07, 0.12, 0.0], [0.09, 0.0, 0.0]], 0.006), part="gimbal"
        )
        .array(2, [0, 0, 0.16], center=True)
        .mirror("x"),
        part("leds_front", "led_white", sphere(0.009), part="leds")
        .array(2, [0.07, 0, 0], center=True)
        .at(0, body_y + 0.02, 0.13),
        part("leds_back", "led_red", sphere(0.009), part="leds_back")
        .array(2, [0.07, 0, 0], center=True)
        .at(0, body_y + 0.02, -0.125),
    ]
    # Propellers: two thin blades on each motor, each rotor turned differently.
    for k in range(n):
        a = np.radians(180.0 / n + 360.0 * k / n)
        x, z = (arm + 0.03) * np.sin(a), (arm + 0.03) * np.cos(a)
        parts.append(
            part(f"prop_{k}", "blade", box([0.01, 0.003, 0.1], bevel=0.001), part="propellers")
            .moved(0, 0, 0.05)
            .radial(2, start=float(k * 37 % 180))
            .at(round(x, 4), body_y + 0.072, round(z, 4))
        )
    return program(*parts, collider="box")


def robot(p) -> dict:
    # A 1.8 m humanoid: boxy limbs with ball joints, a chest core and a visor that glow.
    parts = [
        part(
            "torso",
            "plating",
            loft(
                section(1.0, "rounded_rect", size=[0.38, 0.24], corner=0.06),
                section(1.25, "rounded_rect", size=[0.5, 0.3], corner=0.08),
                section(1.45, "rounded_rect", size=[0.56, 0.32], corner=0.08),
                section(1.5, "rounded_rect", size=[0.5, 0.28], corner=0.07),
                smooth=True,
            ),
        ).detail(1.3),
        part("core", "core", cylinder(0.07, 0.03)).rotate(x=90).at(0, 1.3, 0.15),
        part("pelvis", "frame", box([0.34, 0.14, 0.22], bevel=0.04)).at(0, 0.88, 0),
        part("waist", "frame", cylinder(0.1, 0.16)).at(0, 0.96, 0),
        part("neck", "frame", cylinder(0.05, 0.1)).at(0, 1.49, 0),
        part("head", "plating", box([0.26, 0.24, 0.26], bevel=0.06)).at(0, 1.56, 0),
        part("visor", "visor", box([0.2, 0.06, 0.04], bevel=0.015)).at(0, 1.68, 0.12),
        part("shoulders", "frame", sphere(0.09), part="joints").moved(0.32, 1.37, 0).mirror("x"),
        part("upper_arms", "plating", box([0.11, 0.3, 0.12], bevel=0.03), part="limbs")
        .moved(0.34, 1.04, 0)
        .mirror("x"),
        part("elbows", "frame", sphere(0.065), part="joints").moved(0.34, 1.02, 0).mirror("x"),
        part("forearms", "plating", box([0.1, 0.28, 0.11], bevel=0.03), part="limbs")
        .moved(0.34, 0.72, 0.02)
        .mirror("x"),
        part("hands", "frame", box([0.08, 0.12, 0.1], bevel=0.02), part="joints")
        .moved(0.34, 0.58, 0.03)
        .mirror("x"),
    ]
    if p.antenna:
        parts += [
            part("antenna", "frame", cylinder(0.01, 0.16), part="joints").at(0.08, 1.79, -0.04),
            part("antenna_tip", "visor", sphere(0.02), part="visor").at(0.08, 1.95, -0.04),
        ]
    if p.base == "treads":
        parts += [
            part("treads", "frame", capsule(0.17, 0.7), part="treads")
            .turned(x=90)
            .moved(0.2, 0.17, -0.35)
            .mirror("x"),
            part("tread_frame", "plating", box([0.36, 0.4, 0.4], bevel=0.05), part="limbs").at(
                0, 0.35, 0
            ),
            part("legs", "frame", cylinder(0.08, 0.2), part="joints").at(0, 0.75, 0),
        ]
    else:
        parts += [
            part("hips", "frame", sphere(0.08), part="joints").moved(0.12, 0.84, 0).mirror("x"),
            part("thighs", "plating", box([0.14, 0.36, 0.15], bevel=0.035), part="limbs")
            .moved(0.13, 0.46, 0)
            .mirror("x"),
            part("knees", "frame", sphere(0.075), part="joints")
            .moved(0.13, 0.45, 0.01)
            .mirror("x"),
            part("shins", "plating", box([0.13, 0.34, 0.14], bevel=0.035), part="limbs")
            .moved(0.13, 0.08, 0.0)
            .mirror("x"),
            part("feet", "frame", box([0.15, 0.08, 0.26], bevel=0.03), part="joints")
            .moved(0.13, 0.0, 0.04)
            .mirror("x"),
        ]
    return program(*parts, collider="capsule")


def ray_gun(p) -> dict:
    # Barrel along +Z, grip down and a little back; about 32 cm long, standing on the grip.
    y = 0.16
    barrel = [
        [0.0, 0.0],
        [0.035, 0.0],
        [0.04, 0.03],
        [0.03, 0.08],
        [0.026, 0.16],
        [0.018, 0.2],
        [0.0, 0.2],
    ]
    grip = [[-0.03, 0.0], [0.03, 0.0], [0.04, 0.16], [-0.03, 0.16]]  # side view [z, y]
    parts = [
        part("body", "paint", lathe(barrel, smooth=True)).rotate(x=90).at(0, y, -0.08).detail(1.3),
        part("rear", "paint", sphere(0.045), part="body")
        .scale([1.0, 1.0, 0.8])
        .at(0, y - 0.045, -0.08),
        part("rings", "metal", torus(0.036, 0.006))
        .moved(0, -0.006, 0)
        .turned(x=90)
        .array(3, [0, 0, 0.035])
        .at(0, y, -0.02),
        part("emitter", "metal", cone(0.012, 0.06, radius_top=0.03), part="rings")
        .rotate(x=90)
        .at(0, y, 0.12),
        part("tip", "glow", sphere(0.022)).at(0, y - 0.022, 0.19),
        # Fins standing out round the back of the barrel ([z, y] outlines, turned round its axis).
        part(
            "fins",
            "metal",
            extrude([[0.0, 0.0], [0.07, 0.0], [0.02, 0.05], [-0.02, 0.05]], 0.006, axis="x"),
            part="rings",
        )
        .moved(0, 0.03, 0)
        .radial(3, axis="z", start=0)
        .at(0, y, -0.1),
        part("grip", "grip", extrude(grip, 0.035, axis="x", bevel=0.01))
        .rotate(x=-15)
        .at(0, 0.0, -0.08),
        part("trigger_guard", "metal", torus(0.028, 0.005, arc=200), part="rings")
        .moved(0, -0.005, 0)
        .turned(x=90)
        .turned(y=90)
        .at(0.0, y - 0.035, -0.03),
    ]
    return program(*parts, collider="box")


_GLOW: dict[str, Any] = dict(emissive_strength=4.0)

RECIPES = [
    Recipe(
        name="spaceship",
        category="scifi",
        nouns=(
            "spaceship",
            "space ship",
            "starship",
            "spacecraft",
            "space fighter",
            "starfighter",
            "space shuttle",
            "rocket ship",
            "ufo",
            "flying saucer",
            "alien ship",
            "star fighter",
        ),
        synsets=("spacecraft.n.01", "starship.n.01", "space_shuttle.n.01"),
        size=SizePrior((5.2, 1.85, 6.4), 0.25),
        materials={
            "hull": M("metal_panels", "#b9bec6"),
            "trim": M("painted_metal", "#3d434b"),
            "glass": M("crystal", "#2d5f7d"),
            "glow": M("crystal", "#ff8a3d", emissive="#ff7a2a", **_GLOW),
            "lights": M("crystal", "#7fe0ff", emissive="#5fd8ff", **_GLOW),
        },
        parts=(
            RecipePart("hull", "hull", ("hull", "body", "fuselage", "wings", "disc")),
            RecipePart("canopy", "glass", ("canopy", "cockpit", "window", "dome")),
            RecipePart("trim", "trim", ("fin", "tail", "trim", "wingtips", "legs", "rim")),
            RecipePart("engines", "trim", ("engines", "engine", "thrusters", "nozzles")),
            RecipePart("glow", "glow", ("exhaust", "glow", "flames", "beam")),
            RecipePart("lights", "lights", ("lights", "lamps", "beacons")),
        ),
        params=(
            Param(
                "engines",
                "int",
                2,
                1,
                4,
                count_nouns=("engines", "engine", "thrusters", "thruster"),
                words={"twin": 2},
                doc="Number of engines at the back (a saucer: lights round it).",
            ),
            Param(
                "kind",
                "choice",
                "fighter",
                choices=("fighter", "saucer"),
                words={
                    "fighter": "fighter",
                    "starfighter": "fighter",
                    "shuttle": "fighter",
                    "saucer": "saucer",
                    "ufo": "saucer",
                    "alien": "saucer",
                    "disc": "saucer",
                },
                doc="A winged fighter, or a flying saucer.",
            ),
        ),
        build=spaceship,
        long_axis="z",
        collider="mesh_convex",
        description="A small fighter-sized spaceship: a lofted hull, swept wings, a canopy, glowing "
        "engines (or a flying saucer).",
    ),
    Recipe(
        name="rocket",
        category="scifi",
        nouns=("rocket", "missile", "space rocket", "warhead", "icbm"),
        synsets=("rocket.n.01", "missile.n.01"),
        size=SizePrior((2.9, 8.95, 3.25), 0.2),
        materials={
            "hull": M("metal_panels", "#d9dade"),
            "paint": M("painted_metal", "#b8262a"),
            "trim": M("iron", "#55595e"),
            "glass": M("crystal", "#5fb3d9", emissive="#7fd0ff", emissive_strength=1.5),
            "flame": M("crystal", "#ffb347", emissive="#ff8a1f", emissive_strength=8.0),
        },
        parts=(
            RecipePart("body", "hull", ("body", "hull", "fuselage")),
            RecipePart("nose", "paint", ("nose", "nose cone", "tip", "warhead")),
            RecipePart("fins", "paint", ("fins", "fin", "wings", "canards")),
            RecipePart("engine", "trim", ("engine", "nozzle", "thruster")),
            RecipePart("trim", "trim", ("bands", "trim", "rims")),
            RecipePart("windows", "glass", ("windows", "portholes", "window")),
            RecipePart("flame", "flame", ("flame", "exhaust", "fire", "thrust")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "rocket",
                choices=("rocket", "missile"),
                words={
                    "rocket": "rocket",
                    "space": "rocket",
                    "retro": "rocket",
                    "missile": "missile",
                    "warhead": "missile",
                    "ballistic": "missile",
                    "torpedo": "missile",
                },
                doc="A retro space rocket on fins, or a slim missile.",
            ),
            Param("fins", "int", 3, 2, 6, count_nouns=("fins", "fin"), doc="Fins round the tail."),
            Param(
                "launching",
                "bool",
                False,
                words={
                    "launching": True,
                    "flying": True,
                    "lit": True,
                    "blasting": True,
                    "firing": True,
                },
                doc="A glowing exhaust flame under the nozzle.",
            ),
        ),
        build=rocket,
        collider="capsule",
        description="A retro space rocket standing on swept fins: a panelled body, a red nose cone, "
        "portholes and a nozzle (or a missile).",
    ),
    Recipe(
        name="drone",
        category="scifi",
        nouns=("drone", "quadcopter", "quadrotor", "hexacopter", "octocopter", "uav"),
        synsets=("drone.n.04",),
        size=SizePrior((0.72, 0.2, 0.72), 0.25),
        materials={
            "shell": M("plastic", "#e6e8ea"),
            "metal": M("iron", "#3a3d41"),
            "blade": M("plastic", "#1f2124"),
            "lens": M("crystal", "#1b2630"),
            "led_white": M("crystal", "#e8fbff", emissive="#d8f6ff", **_GLOW),
            "led_red": M("crystal", "#ff4a3a", emissive="#ff2a1a", **_GLOW),
        },
        parts=(
            RecipePart("body", "shell", ("body", "shell", "arms", "frame")),
            RecipePart("motors", "metal", ("motors", "motor")),
            RecipePart("propellers", "blade", ("propellers", "props", "rotors", "blades")),
            RecipePart("gimbal", "metal", ("camera", "gimbal", "skids", "landing gear", "legs")),
            RecipePart("lens", "lens", ("lens",)),
            RecipePart("leds", "led_white", ("lights", "leds")),
            RecipePart("leds_back", "led_red", ("lights", "leds", "tail lights")),
        ),
        params=(
            Param(
                "rotors",
                "int",
                4,
                3,
                8,
                count_nouns=("rotors", "rotor", "propellers", "props", "arms"),
                words={"quadcopter": 4, "hexacopter": 6, "octocopter": 8, "tricopter": 3},
                doc="Rotors on arms round the body.",
            ),
        ),
        build=drone,
        round=True,
        collider="box",
        description="A quadcopter drone: a shell body, four arms with motors and propellers, a camera "
        "gimbal, landing skids and glowing LEDs.",
    ),
    Recipe(
        name="robot",
        category="scifi",
        nouns=("robot", "android", "automaton", "mech", "droid", "cyborg", "bot", "humanoid robot"),
        synsets=("automaton.n.02", "android.n.01"),
        size=SizePrior((0.78, 1.97, 0.4), 0.2),
        materials={
            "plating": M("metal_panels", "#9aa3ad"),
            "frame": M("painted_metal", "#3a3f46"),
            "core": M("crystal", "#5fe0ff", emissive="#39d5ff", **_GLOW),
            "visor": M("crystal", "#ff5a3a", emissive="#ff3a2a", **_GLOW),
        },
        parts=(
            RecipePart("torso", "plating", ("torso", "body", "chest")),
            RecipePart("core", "core", ("core", "reactor", "heart", "light")),
            RecipePart("pelvis", "frame", ("pelvis", "hips")),
            RecipePart("waist", "frame", ("waist",)),
            RecipePart("neck", "frame", ("neck",)),
            RecipePart("head", "plating", ("head",)),
            RecipePart("visor", "visor", ("visor", "eyes", "eye")),
            RecipePart("joints", "frame", ("joints", "hands", "feet", "claws", "antenna")),
            RecipePart("limbs", "plating", ("arms", "legs", "limbs")),
            RecipePart("treads", "frame", ("treads", "tracks", "wheels")),
        ),
        params=(
            Param(
                "antenna",
                "bool",
                True,
                words={"antenna": True, "antennae": True},
                doc="An antenna with a glowing tip on the head.",
            ),
            Param(
                "base",
                "choice",
                "legs",
                choices=("legs", "treads"),
                words={
                    "legs": "legs",
                    "legged": "legs",
                    "walking": "legs",
                    "bipedal": "legs",
                    "treads": "treads",
                    "tracked": "treads",
                    "tank": "treads",
                    "wheeled": "treads",
                },
                doc="Walking legs, or a tracked base.",
            ),
        ),
        build=robot,
        collider="capsule",
        description="A 1.9 m humanoid robot: panelled limbs on ball joints, a glowing chest core and visor.",
    ),
    Recipe(
        name="ray_gun",
        category="scifi",
        nouns=(
            "ray gun",
            "raygun",
            "laser gun",
            "blaster",
            "phaser",
            "laser pistol",
            "laser",
            "plasma gun",
            "space gun",
            "zapper",
        ),
        synsets=("gun.n.01",),
        size=SizePrior((0.12, 0.23, 0.33), 0.25),
        materials={
            "paint": M("painted_metal", "#b8262a"),
            "metal": M("iron", "#c4c8cc"),
            "grip": M("plastic", "#2a2a2e"),
            "glow": M("crystal", "#7fff6a", emissive="#5aff4a", **_GLOW),
        },
        parts=(
            RecipePart("body", "paint", ("body", "barrel", "casing")),
            RecipePart("rings", "metal", ("rings", "coils", "fins", "emitter", "trigger")),
            RecipePart("tip", "glow", ("tip", "muzzle", "glow", "beam")),
            RecipePart("grip", "grip", ("grip", "handle", "stock")),
        ),
        params=(),
        build=ray_gun,
        long_axis="z",
        collider="box",
        description="A retro ray gun: a bulbous red barrel with metal rings and fins, a glowing "
        "emitter tip, a grip and trigger guard.",
    ),
]
