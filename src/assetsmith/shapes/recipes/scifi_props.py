"""Sci-fi and industrial props: a computer, a battery, a gas canister, an antenna, a solar panel,
a generator. Casings are painted metal or metal panels on concrete, screens and lights glow."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..dsl import box, cone, cylinder, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def computer(p) -> dict:
    kind = p.kind
    if kind == "laptop":
        w, d = 0.34, 0.24
        return program(
            part("base", "casing", box([w, 0.02, d], bevel=0.006)),
            part("keyboard", "keys", box([0.012, 0.004, 0.012], bevel=0.002))
            .array(12, [0.025, 0, 0], center=True)
            .array(4, [0, 0, 0.022], center=True)
            .at(0, 0.018, -0.01),
            part("lid", "casing", box([w, 0.22, 0.012], bevel=0.005), part="base")
            .rotate(x=-15)
            .at(0, 0.012, -d / 2 + 0.004),
            part("screen", "screen", box([w - 0.03, 0.18, 0.004]))
            .rotate(x=-15)
            .at(0, 0.03, -d / 2 + 0.015),
            collider="box",
        )
    if kind == "retro":
        # A beige box computer: a CRT monitor on the case, a keyboard in front.
        return program(
            part("case", "casing", box([0.42, 0.13, 0.4], bevel=0.012), part="base"),
            part("monitor", "casing", box([0.36, 0.3, 0.34], bevel=0.02), part="base")
            .taper([0.8, 0.75], axis="z")
            .on("case", "top", gap=0.0),
            part("screen", "screen", box([0.27, 0.21, 0.02], bevel=0.008)).on(
                "monitor", "front", gap=-0.012, y=0.3
            ),
            part("drive", "trim", box([0.16, 0.02, 0.01]), part="trim").on(
                "case", "front", x=0.5, y=0.2, gap=-0.004
            ),
            part("keyboard", "casing", box([0.44, 0.03, 0.17], bevel=0.008), part="base")
            .rotate(x=4)
            .at(0, 0.0, 0.34),
            part("keys", "keys", box([0.022, 0.01, 0.022], bevel=0.003), part="keyboard")
            .array(14, [0.028, 0, 0], center=True)
            .array(4, [0, 0, 0.03], center=True)
            .at(0, 0.028, 0.34),
            part("power_light", "led", sphere(0.006), part="leds").on(
                "case", "front", x=-0.8, y=0.3, gap=-0.004
            ),
            collider="box",
        )
    # A sci-fi terminal: a pedestal, an angled desk of glowing keys, a tall screen.
    return program(
        part("base", "casing", box([0.7, 0.08, 0.55], bevel=0.02)).uv("box"),
        part("pedestal", "casing", box([0.4, 0.82, 0.32], bevel=0.04), part="base")
        .taper([0.8, 0.8])
        .on("base", "top", gap=-0.01),
        part("desk", "panels", box([0.85, 0.08, 0.48], bevel=0.025))
        .rotate(x=18)
        .on("pedestal", "top", gap=-0.06, z=0.3),
        part("keys", "keys", box([0.045, 0.015, 0.04], bevel=0.006), part="keyboard")
        .array(10, [0.065, 0, 0], center=True)
        .array(3, [0, 0, 0.06], center=True)
        .rotate(x=18)
        .on("desk", "top", gap=-0.02, z=0.4),
        part("screen_frame", "panels", box([0.82, 0.56, 0.07], bevel=0.025), part="desk")
        .rotate(x=-12)
        .on("desk", "top", gap=-0.05, z=-1.0),
        part("screen", "screen", box([0.72, 0.46, 0.02], bevel=0.01))
        .rotate(x=-12)
        .on("screen_frame", "front", gap=-0.018, y=0.0),
        part("lights", "led", sphere(0.012), part="leds")
        .array(4, [0.04, 0, 0], center=True)
        .on("pedestal", "front", gap=-0.004, y=0.7),
        collider="box",
    )


def battery(p) -> dict:
    if p.kind == "box":
        # A car battery: a lidded plastic box with two lead terminals and a charge window.
        return program(
            part("case", "casing", box([0.28, 0.17, 0.18], bevel=0.008)).uv("box"),
            part("lid", "trim", box([0.285, 0.025, 0.185], bevel=0.008)).on(
                "case", "top", gap=-0.005
            ),
            part("terminals", "lead", cylinder(0.013, 0.025, bevel=0.003))
            .array(2, [0.2, 0, 0], center=True)
            .on("lid", "top", gap=-0.002, z=0.5),
            part("caps", "cap_red", cylinder(0.018, 0.012), part="caps").on(
                "lid", "top", x=0.72, z=0.5, gap=-0.002
            ),
            part("indicator", "glow", cylinder(0.012, 0.004), part="glow").on(
                "lid", "top", x=-0.2, z=-0.4
            ),
            collider="box",
        )
    # A power cell: a glass tube with a glowing core between machined end caps.
    return program(
        part(
            "caps",
            "metal",
            lathe(
                [
                    [0.0, 0.0],
                    [0.07, 0.0],
                    [0.075, 0.012],
                    [0.075, 0.06],
                    [0.062, 0.07],
                    [0.062, 0.075],
                    [0.0, 0.075],
                ],
                crease=30,
            ),
        ).mirror("y", offset=0.18),
        part("tube", "glass", cylinder(0.058, 0.22)).at(0, 0.07, 0),
        part("core", "glow", cylinder(0.032, 0.21)).at(0, 0.075, 0),
        part("bands", "trim", cylinder(0.062, 0.012), part="caps_trim")
        .array(3, [0, 0.07, 0])
        .at(0, 0.105, 0),
        part("contact", "metal", cylinder(0.02, 0.02), part="caps").at(0, 0.36, 0),
        collider="capsule",
    )


def canister(p) -> dict:
    r, h = 0.12, 1.0
    body = [
        [0.0, 0.0],
        [r * 0.95, 0.0],
        [r, 0.03],
        [r, h * 0.8],
        [r * 0.92, h * 0.86],
        [r * 0.6, h * 0.92],
        [r * 0.3, h * 0.94],
        [0.0, h * 0.94],
    ]
    parts = [
        part("body", "paint", lathe(body, smooth=True, crease=50)).uv("cylindrical").detail(1.3),
        part("foot", "metal", cylinder(r + 0.008, 0.05, inner_radius=r - 0.01, bevel=0.005)).at(
            0, 0.0, 0
        ),
        part("band", "band", cylinder(r + 0.003, 0.08)).at(0, h * 0.62, 0),
        part("valve", "metal", cylinder(0.025, 0.07, bevel=0.005)).at(0, h * 0.93, 0),
        part("handwheel", "metal", torus(0.035, 0.007), part="valve").at(0, h * 0.93 + 0.07, 0),
        part("outlet", "metal", cylinder(0.012, 0.05), part="valve")
        .rotate(z=90)
        .at(0.06, h * 0.95 + 0.03, 0),
        part("guard", "metal", torus(0.065, 0.009, arc=300), part="guard").at(0, h * 0.985, 0),
    ]
    if p.glowing:  # a window down the side showing glowing contents, in a steel frame
        parts += [
            part("window", "glow", box([0.04, h * 0.4, 0.02], bevel=0.01)).at(
                0, h * 0.18, r - 0.005
            ),
            part(
                "window_frame", "metal", box([0.06, h * 0.43, 0.016], bevel=0.006), part="guard"
            ).at(0, h * 0.165, r - 0.01),
        ]
    return program(*parts, collider="capsule")


def _dish(r: float, depth: float) -> dict:
    """A parabolic dish facing +Y: a thin shell (the outside up, the inside back down)."""
    prof = [
        [0.0, 0.0],
        [0.5 * r, 0.25 * depth],
        [r, depth],
        [r * 0.97, depth + 0.02],
        [0.5 * r, 0.25 * depth + 0.03],
        [0.0, 0.03],
    ]
    return lathe(prof, smooth=True, crease=60)


def antenna(p) -> dict:
    if p.kind == "mast":
        # A lattice mast: three legs narrowing upwards, cross braces, dipoles and a red beacon.
        h = 6.0
        parts = [
            part("base", "concrete", box([1.2, 0.3, 1.2], bevel=0.03)),
            part("legs", "metal", sweep([[0.0, 0.0, 0.45], [0.0, h, 0.08]], 0.035), part="mast")
            .radial(3)
            .at(0, 0.28, 0),
            part("braces", "metal", torus(0.3, 0.02), part="mast")
            .scale([1.0, 1.0, 1.0])
            .array(5, [0, h * 0.18, 0])
            .taper(0.4)
            .at(0, 0.7, 0),
            part("aerials", "metal", cylinder(0.015, 1.4), part="aerials")
            .rotate(z=90)
            .array(3, [0, 0.45, 0])
            .at(0.7, h - 0.9, 0),
            part("whip", "metal", cylinder(0.012, 1.3), part="aerials").at(0, h + 0.25, 0),
            part("beacon", "beacon", sphere(0.07)).at(0, h + 1.5, 0),
        ]
        return program(*parts, collider="capsule")
    # A radar / satellite dish: a pedestal on a concrete pad, a yoke, the dish, a feed held at its
    # focus by three struts. Dish, struts and feed are drawn about the dish's own axis (+Y), then
    # tilted together.
    r, depth = 1.1, 0.38
    focus = r * r / (4 * depth)
    rim = 0.62 * r
    tilt, at = 50.0, (0.0, 1.5, 0.12)
    parts = [
        part("base", "concrete", cylinder(0.7, 0.25, bevel=0.03)).uv("cylindrical"),
        part("pedestal", "metal", cylinder(0.2, 1.2, bevel=0.03), part="mast")
        .taper(0.75)
        .at(0, 0.22, 0),
        part("yoke", "metal", box([0.5, 0.3, 0.3], bevel=0.05), part="mast").at(0, 1.32, -0.05),
        part("dish", "panels", _dish(r, depth)).rotate(x=tilt).at(*at).detail(1.3),
        part(
            "struts",
            "metal",
            sweep([[0.0, depth * (rim / r) ** 2, rim], [0.0, focus - 0.12, 0.0]], 0.015),
            part="mast",
        )
        .radial(3)
        .rotate(x=tilt)
        .at(*at),
        part("feed", "metal", cone(0.08, 0.22, radius_top=0.03), part="mast")
        .turned(x=180)
        .moved(0, focus + 0.05, 0)
        .rotate(x=tilt)
        .at(*at),
        part("beacon", "beacon", sphere(0.05)).at(0, 1.62, -0.05),
    ]
    return program(*parts, collider="mesh_convex")


def solar_panel(p) -> dict:
    n = p.panels
    pw, pd = 1.0, 1.6
    tilt, hub = 30.0, 0.9  # the panels lean back 30 degrees about a line at this height
    t = np.radians(tilt)
    span = pw * 0.92 * n
    parts = [
        part("frame", "metal", box([pw - 0.01, 0.04, pd], bevel=0.008))
        .array(n, [pw, 0, 0], center=True)
        .rotate(x=tilt)
        .at(0, hub, 0),
        # Cells: a grid of dark glass tiles on each panel, on top of its frame.
        part("cells", "cells", box([0.18, 0.012, 0.18]))
        .array(5, [0.19, 0, 0], center=True)
        .array(8, [0, 0, 0.19], center=True)
        .array(n, [pw, 0, 0], center=True)
        .moved(0, 0.035, 0)
        .rotate(x=tilt)
        .at(0, hub, 0),
    ]
    # Posts under the panels' front and back edges (short in front, tall behind), on feet.
    for v, name in ((0.5, "front"), (-0.5, "back")):
        y, z = hub - v * np.sin(t), v * np.cos(t)
        parts += [
            part(
                f"posts_{name}",
                "metal",
                box([0.05, round(float(y), 4), 0.05], bevel=0.01),
                part="stand",
            )
            .array(n + 1, [pw * 0.92, 0, 0], center=True)
            .at(0, 0, round(float(z), 4)),
            part(f"feet_{name}", "concrete", box([0.22, 0.1, 0.22], bevel=0.02), part="feet")
            .array(n + 1, [pw * 0.92, 0, 0], center=True)
            .at(0, 0, round(float(z), 4)),
        ]
    parts.append(
        part("rail", "metal", box([span + 0.05, 0.05, 0.05]), part="stand")
        .array(2, [0, 0, 2 * 0.5 * np.cos(t)], center=True)
        .at(0, 0.25, 0)
    )
    return program(*parts, collider="box")


def generator(p) -> dict:
    if p.kind == "diesel":
        # A diesel generator set on a skid: the engine, an alternator, a radiator, an exhaust stack.
        parts = [
            part("skid", "metal", box([1.0, 0.12, 2.3], bevel=0.02), part="frame"),
            part("engine", "paint", box([0.8, 0.75, 1.0], bevel=0.05)).at(0, 0.12, 0.3).uv("box"),
            part("alternator", "paint", cylinder(0.36, 0.7, bevel=0.04), part="engine")
            .rotate(x=90)
            .at(0, 0.52, -0.9),
            part("radiator", "metal", box([0.85, 0.9, 0.12], bevel=0.02), part="frame").at(
                0, 0.12, 0.95
            ),
            part("grille", "trim", box([0.7, 0.03, 0.02]), part="trim")
            .array(10, [0, 0.075, 0])
            .at(0, 0.22, 1.02),
            part("exhaust", "trim", cylinder(0.06, 0.9), part="trim").at(0.25, 0.85, -0.1),
            part("control_box", "paint", box([0.35, 0.4, 0.2], bevel=0.02), part="engine").at(
                -0.2, 0.87, -0.6
            ),
            part("lamp", "led", sphere(0.025), part="leds").at(-0.1, 1.12, -0.49),
            part("tank", "metal", cylinder(0.22, 0.9), part="frame")
            .rotate(z=90)
            .at(0.45, 0.34, -0.3),
        ]
        return program(*parts, collider="box")
    # A fusion reactor: a glowing plasma column in a glass sleeve, held by ringed metal caps on a
    # concrete plinth, with coolant pipes.
    parts = [
        part("plinth", "concrete", cylinder(1.05, 0.3, bevel=0.04)).uv("cylindrical"),
        part(
            "lower_cap",
            "panels",
            lathe([[0.0, 0.0], [0.85, 0.0], [0.85, 0.3], [0.6, 0.5], [0.0, 0.5]], crease=30),
            part="casing",
        ).at(0, 0.28, 0),
        part("sleeve", "glass", cylinder(0.48, 1.2)).at(0, 0.76, 0),
        part("plasma", "plasma", cylinder(0.3, 1.22)).twist(90).at(0, 0.75, 0),
        part("rings", "metal", torus(0.52, 0.06)).array(3, [0, 0.4, 0]).at(0, 0.94, 0),
        part(
            "upper_cap",
            "panels",
            lathe([[0.0, 0.0], [0.6, 0.0], [0.85, 0.2], [0.85, 0.45], [0.0, 0.45]], crease=30),
            part="casing",
        ).at(0, 1.95, 0),
        part(
            "pipes",
            "metal",
            sweep(
                [[0.85, 0.4, 0.0], [1.05, 0.6, 0.0], [1.05, 2.0, 0.0], [0.8, 2.25, 0.0]],
                0.07,
                curve="smooth",
            ),
            part="rings",
        ).radial(4, start=45),
        part("vents", "plasma", box([0.25, 0.06, 0.05]), part="plasma")
        .moved(0, 0, 0.86)
        .radial(8)
        .at(0, 2.2, 0),
    ]
    return program(*parts, collider="capsule")


_GLOW: dict[str, Any] = dict(emissive_strength=4.0)

RECIPES = [
    Recipe(
        name="computer",
        category="scifi",
        nouns=(
            "computer",
            "terminal",
            "computer terminal",
            "pc",
            "workstation",
            "control panel",
            "mainframe",
        ),
        synsets=("computer.n.01",),
        size=SizePrior((0.85, 1.55, 0.62), 0.25),
        materials={
            "casing": M("painted_metal", "#4a5058"),
            "panels": M("metal_panels", "#8d959e"),
            "trim": M("plastic", "#1f2226"),
            "keys": M("plastic", "#2a2f36", emissive="#3fa9ff", emissive_strength=1.5),
            "screen": M("crystal", "#1b6f8f", emissive="#3ad1ff", **_GLOW),
            "led": M("crystal", "#7fff6a", emissive="#5aff4a", **_GLOW),
        },
        parts=(
            RecipePart(
                "base", "casing", ("base", "case", "casing", "pedestal", "stand", "monitor", "lid")
            ),
            RecipePart("desk", "panels", ("desk", "panel", "frame", "bezel")),
            RecipePart("keyboard", "keys", ("keyboard", "keys", "buttons")),
            RecipePart("screen", "screen", ("screen", "display", "monitor")),
            RecipePart("trim", "trim", ("drive", "slots")),
            RecipePart("leds", "led", ("lights", "leds", "indicators")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "terminal",
                choices=("terminal", "retro", "laptop"),
                words={
                    "terminal": "terminal",
                    "console": "terminal",
                    "sci-fi": "terminal",
                    "futuristic": "terminal",
                    "control": "terminal",
                    "retro": "retro",
                    "old": "retro",
                    "desktop": "retro",
                    "crt": "retro",
                    "vintage": "retro",
                    "laptop": "laptop",
                    "notebook": "laptop",
                },
                doc="A standing sci-fi terminal, a retro desktop with a CRT, or a laptop.",
            ),
        ),
        build=computer,
        collider="box",
        description="A computer terminal: a pedestal with an angled desk of glowing keys and a tall "
        "glowing screen (or a retro desktop, or a laptop).",
    ),
    Recipe(
        name="battery",
        category="scifi",
        nouns=("battery", "power cell", "energy cell", "fuel cell", "power core", "car battery"),
        synsets=("battery.n.02", "fuel_cell.n.01"),
        size=SizePrior((0.15, 0.38, 0.15), 0.2),
        materials={
            "metal": M("iron", "#a9aeb4"),
            "glass": M("crystal", "#bfe9f7"),
            "glow": M("crystal", "#4aff8a", emissive="#2aff7a", **_GLOW),
            "trim": M("painted_metal", "#2b2f35"),
            "casing": M("plastic", "#2a2c30"),
            "lead": M("iron", "#8a8c8e"),
            "cap_red": M("plastic", "#c0262a"),
        },
        parts=(
            RecipePart("caps", "metal", ("caps", "ends", "contact", "terminals")),
            RecipePart("tube", "glass", ("tube", "glass", "casing")),
            RecipePart("core", "glow", ("core", "energy", "glow")),
            RecipePart("caps_trim", "trim", ("bands", "rings")),
            RecipePart("case", "casing", ("case", "body", "box")),
            RecipePart("lid", "trim", ("lid", "top")),
            RecipePart("terminals", "lead", ("terminals", "posts")),
            RecipePart("glow", "glow", ("indicator", "light")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "cell",
                choices=("cell", "box"),
                words={
                    "cell": "cell",
                    "power": "cell",
                    "energy": "cell",
                    "fuel": "cell",
                    "sci-fi": "cell",
                    "car": "box",
                    "lead-acid": "box",
                    "truck": "box",
                    "box": "box",
                },
                doc="A glowing sci-fi power cell, or a boxy car battery.",
            ),
        ),
        build=battery,
        round=True,
        collider="capsule",
        description="A power cell: a glass tube with a glowing core between machined end caps (or a car "
        "battery).",
    ),
    Recipe(
        name="canister",
        category="scifi",
        nouns=(
            "canister",
            "gas canister",
            "gas cylinder",
            "gas bottle",
            "oxygen tank",
            "cylinder",
            "propane tank",
            "gas tank",
            "air tank",
        ),
        synsets=("canister.n.02", "cylinder.n.03"),
        size=SizePrior((0.26, 1.02, 0.25), 0.2),
        materials={
            "paint": M("painted_metal", "#2f6d9a"),
            "metal": M("iron", "#9ea3a8"),
            "band": M("painted_metal", "#e8c21a"),
            "glow": M("crystal", "#7ff0ff", emissive="#4fe8ff", **_GLOW),
        },
        parts=(
            RecipePart("body", "paint", ("body", "tank", "cylinder", "shell")),
            RecipePart("foot", "metal", ("foot", "base", "ring")),
            RecipePart("band", "band", ("band", "stripe", "label")),
            RecipePart("valve", "metal", ("valve", "tap", "handwheel", "nozzle")),
            RecipePart("guard", "metal", ("guard", "collar", "frame")),
            RecipePart("window", "glow", ("window", "contents", "glow")),
        ),
        params=(
            Param(
                "glowing",
                "bool",
                False,
                words={
                    "glowing": True,
                    "sci-fi": True,
                    "futuristic": True,
                    "energy": True,
                    "plasma": True,
                    "toxic": True,
                },
                doc="A window down the side showing glowing contents.",
            ),
        ),
        build=canister,
        round=True,
        collider="capsule",
        description="A 1 m gas cylinder: a painted body with a hazard band, a valve with a handwheel and "
        "a guard collar (optionally a glowing window).",
    ),
    Recipe(
        name="antenna",
        category="scifi",
        nouns=(
            "antenna",
            "aerial",
            "radar",
            "satellite dish",
            "radar dish",
            "radio mast",
            "radio tower",
            "transmitter",
            "comms array",
        ),
        synsets=("antenna.n.01", "radar.n.01", "dish.n.05"),
        size=SizePrior((2.2, 2.6, 1.85), 0.25),
        materials={
            "concrete": M("concrete"),
            "metal": M("iron", "#8f959b"),
            "panels": M("metal_panels", "#d7dadd"),
            "beacon": M("crystal", "#ff4a3a", emissive="#ff2a1a", emissive_strength=6.0),
        },
        parts=(
            RecipePart("base", "concrete", ("base", "pad", "foundation")),
            RecipePart(
                "mast", "metal", ("mast", "pedestal", "yoke", "struts", "legs", "tower", "feed")
            ),
            RecipePart("dish", "panels", ("dish", "reflector", "bowl")),
            RecipePart("aerials", "metal", ("aerials", "dipoles", "whip")),
            RecipePart("beacon", "beacon", ("beacon", "light", "lamp")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "dish",
                choices=("dish", "mast"),
                words={
                    "dish": "dish",
                    "radar": "dish",
                    "satellite": "dish",
                    "mast": "mast",
                    "tower": "mast",
                    "radio": "mast",
                    "aerial": "mast",
                    "lattice": "mast",
                },
                doc="A radar / satellite dish on a pedestal, or a lattice radio mast.",
            ),
        ),
        build=antenna,
        collider="mesh_convex",
        description="A radar dish tilted up on a pedestal and yoke over a concrete pad, with a feed on "
        "struts and a red beacon (or a lattice radio mast).",
    ),
    Recipe(
        name="solar_panel",
        category="scifi",
        nouns=("solar panel", "solar array", "solar cell", "photovoltaic panel", "solar panels"),
        synsets=("solar_array.n.01", "solar_cell.n.01"),
        size=SizePrior((2.06, 1.33, 1.4), 0.25),
        materials={
            "metal": M("iron", "#b9bdc2"),
            "cells": M("crystal", "#1b2e5a"),
            "concrete": M("concrete"),
        },
        parts=(
            RecipePart("frame", "metal", ("frame", "panel", "panels")),
            RecipePart("cells", "cells", ("cells", "glass", "surface")),
            RecipePart("stand", "metal", ("stand", "legs", "mount")),
            RecipePart("feet", "concrete", ("feet", "base", "blocks")),
        ),
        params=(
            Param(
                "panels",
                "int",
                2,
                1,
                4,
                count_nouns=("panels", "panel"),
                doc="Panels side by side on the stand.",
            ),
        ),
        build=solar_panel,
        long_axis="x",
        collider="box",
        description="Solar panels tilted 30 degrees on a stand: a grid of dark cells in metal frames.",
    ),
    Recipe(
        name="generator",
        category="scifi",
        nouns=(
            "generator",
            "reactor",
            "dynamo",
            "engine",
            "power generator",
            "fusion reactor",
            "diesel generator",
            "power plant",
            "reactor core",
        ),
        synsets=("generator.n.02", "reactor.n.01", "dynamo.n.01"),
        size=SizePrior((2.3, 2.5, 2.3), 0.25),
        materials={
            "concrete": M("concrete"),
            "panels": M("metal_panels", "#8d959e"),
            "metal": M("iron", "#6f757b"),
            "glass": M("crystal", "#a8e8ff"),
            "paint": M("painted_metal", "#c9a21c"),
            "trim": M("plastic", "#1e2024"),
            "plasma": M("crystal", "#6fe8ff", emissive="#3fd8ff", emissive_strength=6.0),
            "led": M("crystal", "#7fff6a", emissive="#5aff4a", **_GLOW),
        },
        parts=(
            RecipePart("plinth", "concrete", ("plinth", "base", "foundation")),
            RecipePart("casing", "panels", ("casing", "caps", "housing")),
            RecipePart("sleeve", "glass", ("sleeve", "glass", "chamber")),
            RecipePart("plasma", "plasma", ("plasma", "core", "energy", "glow", "vents")),
            RecipePart("rings", "metal", ("rings", "coils", "pipes")),
            RecipePart("frame", "metal", ("skid", "frame", "radiator", "tank")),
            RecipePart("engine", "paint", ("engine", "alternator", "body", "control box")),
            RecipePart("trim", "trim", ("grille", "exhaust")),
            RecipePart("leds", "led", ("lamp", "lights")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "reactor",
                choices=("reactor", "diesel"),
                words={
                    "reactor": "reactor",
                    "fusion": "reactor",
                    "plasma": "reactor",
                    "sci-fi": "reactor",
                    "nuclear": "reactor",
                    "diesel": "diesel",
                    "petrol": "diesel",
                    "gas": "diesel",
                    "portable": "diesel",
                    "industrial": "diesel",
                },
                doc="A sci-fi fusion reactor, or a diesel generator set.",
            ),
        ),
        build=generator,
        round=True,
        collider="capsule",
        description="A fusion reactor: a glowing plasma column in a glass sleeve between panelled caps on "
        "a concrete plinth, with coolant pipes (or a diesel generator).",
    ),
]
