"""Workshop and yard tools: wrench, screwdriver, power drill, chainsaw, lawn mower, watering can,
sawhorse and a garden hose on its reel.

Hand tools stand upright on their ends like the hammer and saw (long along Y); machines face +Z
(a drill's chuck, a chainsaw's bar, a mower's front); a sawhorse runs along X."""

from __future__ import annotations

import math

from ..dsl import box, cone, cylinder, extrude, lathe, part, program, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
STEEL = M("iron", "#b4b8bd")
BLACK = M("plastic", "#1d1e21")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _open_jaw(cy: float, rh: float, slot: float, n: int = 18) -> list[list[float]]:
    """A spanner's open end in XY: a disc of radius rh round (0, cy) with a slot of width `slot`
    opening upwards, cut down to the disc's centre."""
    a0 = math.degrees(math.acos(slot / 2 / rh))
    a1, a2 = 180 - a0, 360 + a0
    pts = [
        [
            rh * math.cos(math.radians(a1 + (a2 - a1) * k / n)),
            cy + rh * math.sin(math.radians(a1 + (a2 - a1) * k / n)),
        ]
        for k in range(n + 1)
    ]
    return pts + [[slot / 2, cy - 0.002], [-slot / 2, cy - 0.002]]


def wrench(p) -> dict:
    L, t = 0.2, 0.008
    if p.style == "adjustable":
        return program(
            part("handle", "steel", box([0.022, 0.15, t], bevel=0.003)).uv("box"),
            part(
                "head",
                "steel",
                extrude(_open_jaw(0.175, 0.028, 0.02), t + 0.004, bevel=0.001),
                part="handle",
            ),
            part("worm", "brass", cylinder(0.007, 0.016)).rotate(z=90).at(0.008, 0.155, 0),
            part("grip", "grip", box([0.026, 0.09, t + 0.006], bevel=0.004)).at(0, 0.005, 0),
            collider="box",
        )
    return program(
        part("handle", "steel", box([0.016, L - 0.06, t], bevel=0.003)).at(0, 0.03, 0).uv("box"),
        part(
            "head",
            "steel",
            extrude(_open_jaw(L - 0.02, 0.02, 0.013), t, bevel=0.001),
            part="handle",
        ),
        part("ring", "steel", cylinder(0.019, t, inner_radius=0.011, bevel=0.001), part="handle")
        .rotate(x=90)
        .at(0, 0.019, -t / 2),
        collider="box",
    )


def screwdriver(p) -> dict:
    handle = [
        [0.0, 0.0],
        [0.012, 0.0],
        [0.016, 0.01],
        [0.016, 0.07],
        [0.013, 0.09],
        [0.008, 0.1],
        [0.0, 0.1],
    ]
    parts = [
        part("handle", "grip", lathe(handle, smooth=True)).uv("cylindrical"),
        part("flutes", "grip_stripe", box([0.004, 0.06, 0.034], bevel=0.0015), part="stripes")
        .moved(0, 0, 0)
        .radial(3, axis="y")
        .at(0, 0.015, 0),
        part("shaft", "steel", cylinder(0.0035, 0.11)).at(0, 0.098, 0),
    ]
    if p.tip == "phillips":
        parts.append(
            part("tip", "steel", cone(0.0035, 0.01, radius_top=0.0005), part="shaft").at(
                0, 0.207, 0
            )
        )
    else:
        parts.append(
            part("tip", "steel", box([0.007, 0.012, 0.0015]), part="shaft").at(0, 0.205, 0)
        )
    return program(*parts, collider="box")


def power_drill(p) -> dict:
    parts = [
        part("battery", "battery", box([0.075, 0.06, 0.11], bevel=0.008)).uv("box"),
        part("handle", "body", box([0.045, 0.13, 0.055], bevel=0.018))
        .rotate(x=12)
        .at(0, 0.05, -0.005),
        part("grip", "grip", box([0.048, 0.09, 0.03], bevel=0.012)).rotate(x=12).at(0, 0.07, -0.02),
        part("motor", "body", cylinder(0.035, 0.16, bevel=0.012)).rotate(x=90).at(0, 0.2, -0.07),
        part("trigger", "grip", box([0.014, 0.03, 0.02], bevel=0.004)).at(0, 0.145, 0.035),
        part("collar", "grip", cylinder(0.03, 0.03, bevel=0.004), part="grip")
        .rotate(x=90)
        .at(0, 0.2, 0.085),
        part("chuck", "steel", cone(0.022, 0.04, radius_top=0.012)).rotate(x=90).at(0, 0.2, 0.115),
        part("bit", "steel", cylinder(0.004, 0.07), part="chuck").rotate(x=90).at(0, 0.2, 0.15),
    ]
    return program(*parts, collider="box")


def chainsaw(p) -> dict:
    bar_l = 0.45
    bar = (
        [[0.035, 0.0]]
        + [
            [0.03 * math.cos(math.radians(a)), bar_l - 0.03 + 0.03 * math.sin(math.radians(a))]
            for a in range(0, 181, 20)
        ]
        + [[-0.035, 0.0]]
    )
    return program(
        part("body", "body", box([0.16, 0.17, 0.3], bevel=0.03)).uv("box"),
        part("cover", "cover", box([0.05, 0.14, 0.2], bevel=0.02)).at(0.09, 0.01, 0.02),
        part(
            "rear_handle",
            "grip",
            sweep(
                [
                    [0.0, 0.15, -0.12],
                    [0.0, 0.22, -0.16],
                    [0.0, 0.22, -0.28],
                    [0.0, 0.12, -0.3],
                    [0.0, 0.05, -0.18],
                ],
                0.016,
                curve="smooth",
            ),
        ),
        part("front_handle", "grip", torus(0.11, 0.014, arc=200), part="rear_handle")
        .rotate(x=-90)
        .at(-0.01, 0.09, 0.04),
        part("bar", "steel", extrude(bar, 0.008, axis="x")).rotate(x=90).at(0.05, 0.06, 0.12),
        part("chain", "chain", extrude([[x * 1.18, y] for x, y in bar], 0.004, axis="x"))
        .rotate(x=90)
        .at(0.05, 0.06, 0.118),
        part("cap", "cover", cylinder(0.02, 0.015), part="cover").at(-0.05, 0.17, -0.06),
        collider="box",
    )


def lawn_mower(p) -> dict:
    w, L = 0.52, 0.58
    parts = [
        part("deck", "deck", box([w, 0.12, L], bevel=0.04)).at(0, 0.06, 0.0).uv("box"),
        part("skirt", "deck", cylinder(0.25, 0.06, bevel=0.02), part="deck").at(0, 0.14, 0.03),
        part("engine", "engine", cylinder(0.12, 0.14, bevel=0.02)).at(0, 0.18, 0.05),
        part("cap", "engine_cap", cylinder(0.09, 0.05, bevel=0.015), part="engine_cap").at(
            0, 0.32, 0.05
        ),
        part("pull", "grip", cylinder(0.01, 0.06), part="handle_grip")
        .rotate(z=90)
        .at(0.12, 0.3, -0.02),
        part("wheels", "tyre", cylinder(0.1, 0.045, bevel=0.012))
        .turned(z=90)
        .moved(w / 2 + 0.045, 0, 0)
        .mirror("x")
        .array(2, [0, 0, L - 0.12], center=True)
        .at(0, 0.1, 0),
        part("hubs", "hub", cylinder(0.05, 0.05), part="hub")
        .turned(z=90)
        .moved(w / 2 + 0.048, 0, 0)
        .mirror("x")
        .array(2, [0, 0, L - 0.12], center=True)
        .at(0, 0.1, 0),
        part(
            "handle",
            "handle",
            sweep(
                [
                    [0.2, 0.15, -L / 2 + 0.02],
                    [0.22, 0.55, -L / 2 - 0.3],
                    [0.22, 0.98, -L / 2 - 0.6],
                    [-0.22, 0.98, -L / 2 - 0.6],
                    [-0.22, 0.55, -L / 2 - 0.3],
                    [-0.2, 0.15, -L / 2 + 0.02],
                ],
                0.012,
            ),
        ),
        part("handle_grip", "grip", cylinder(0.018, 0.4))
        .rotate(z=90)
        .at(0.2, 0.98 - 0.018, -L / 2 - 0.6),
    ]
    if p.bag:
        parts.append(
            part("bag", "bag", box([0.36, 0.3, 0.32], bevel=0.06))
            .rotate(x=-12)
            .at(0, 0.1, -L / 2 - 0.15)
        )
    return program(*parts, collider="box")


def watering_can(p) -> dict:
    body = [
        [0.0, 0.0],
        [0.1, 0.0],
        [0.11, 0.01],
        [0.11, 0.2],
        [0.1, 0.22],
        [0.05, 0.235],
        [0.0, 0.235],
    ]
    return program(
        part("body", "can", lathe(body, smooth=False)).scale([1.0, 1.0, 0.8]).uv("cylindrical"),
        part(
            "spout",
            "can",
            sweep(
                [[0.08, 0.04, 0.0], [0.2, 0.14, 0.0], [0.3, 0.26, 0.0], [0.33, 0.3, 0.0]],
                None,
                radii=[0.022, 0.016, 0.012, 0.012],
                curve="smooth",
            ),
            part="body",
        ),
        part("rose", "rose", cone(0.012, 0.035, radius_top=0.032)).rotate(z=-40).at(0.33, 0.3, 0.0),
        part("handle", "can", torus(0.11, 0.012, arc=180), part="body")
        .rotate(x=-90)
        .at(-0.02, 0.22, 0.0),
        part("neck", "rim", cylinder(0.045, 0.03, inner_radius=0.038), part="rim").at(
            -0.03, 0.225, 0.0
        ),
        collider="box",
    )


def sawhorse(p) -> dict:
    L, h = 1.0, 0.72
    splay = 14
    leg = (h - 0.08) / math.cos(math.radians(splay))
    return program(
        part("beam", "wood", box([L, 0.09, 0.09], bevel=0.006)).at(0, h - 0.09, 0).uv("box"),
        part("legs", "wood", box([0.06, leg, 0.04], bevel=0.005))
        .turned(x=-splay, z=6)
        .moved(L / 2 - 0.12, 0, 0.17)
        .mirror("x")
        .mirror("z"),
        part("braces", "wood", box([0.02, 0.12, 0.34], bevel=0.004))
        .array(2, [L - 0.24 + 0.06, 0, 0], center=True)
        .at(0, 0.32, 0),
    )


def garden_hose(p) -> dict:
    if p.style == "coil":
        return program(
            part("hose", "hose", torus(0.2, 0.012)).array(6, [0, 0.022, 0]).uv("cylindrical"),
            part(
                "end",
                "hose",
                sweep(
                    [[0.2, 0.12, 0.0], [0.28, 0.08, 0.1], [0.34, 0.012, 0.25]],
                    0.012,
                    curve="smooth",
                ),
                part="hose",
            ),
            part("nozzle", "nozzle", cylinder(0.016, 0.12, bevel=0.004))
            .rotate(x=90)
            .at(0.34, 0.0, 0.25),
            collider="box",
        )
    side = [[-0.2, 0.0], [0.2, 0.0], [0.05, 0.42], [0.06, 0.55], [-0.06, 0.55], [-0.05, 0.42]]
    R, W = 0.17, 0.32
    return program(
        part("frame", "frame", extrude(side, 0.025, axis="x", bevel=0.006))
        .moved(W / 2 + 0.04, 0, 0)
        .mirror("x")
        .uv("box"),
        part("feet", "frame", box([W + 0.12, 0.03, 0.05], bevel=0.008), part="frame").array(
            2, [0, 0, 0.36], center=True
        ),
        part("drum", "drum", cylinder(0.09, W + 0.06)).rotate(z=90).at((W + 0.06) / 2, 0.42, 0),
        part("coils", "hose", torus(R - 0.02, 0.014))
        .turned(z=90)
        .array(10, [0.03, 0, 0], center=True)
        .at(0, 0.42, 0)
        .uv("cylindrical"),
        part(
            "crank",
            "frame",
            sweep(
                [[W / 2 + 0.05, 0.42, 0.0], [W / 2 + 0.09, 0.42, 0.0], [W / 2 + 0.09, 0.3, 0.0]],
                0.01,
            ),
            part="frame",
        ),
        part("knob", "grip", cylinder(0.015, 0.08, bevel=0.005))
        .rotate(z=-90)
        .at(W / 2 + 0.09, 0.3, 0.0),
        part(
            "end",
            "hose",
            sweep(
                [
                    [0.0, 0.42 + R - 0.03, -0.03],
                    [0.0, 0.3, 0.22],
                    [0.05, 0.014, 0.35],
                    [0.15, 0.014, 0.45],
                ],
                0.014,
                curve="smooth",
            ),
            part="hose_end",
        ),
        part("nozzle", "nozzle", cylinder(0.018, 0.13, bevel=0.004))
        .turned(z=-90)
        .rotate(y=-45)
        .at(0.15, 0.016, 0.45),
        collider="box",
    )


RECIPES = [
    Recipe(
        name="wrench",
        category="tools",
        nouns=(
            "wrench",
            "spanner",
            "monkey wrench",
            "adjustable wrench",
            "adjustable spanner",
            "open-end wrench",
            "combination wrench",
            "pipe wrench",
        ),
        synsets=("wrench.n.03",),
        size=SizePrior((0.04, 0.2, 0.008), 0.3),
        materials={"steel": STEEL, "brass": M("brass", "#b08d45"), "grip": M("plastic", "#c8302a")},
        parts=_p(
            ("handle", "steel", ("handle", "shaft", "jaw", "head", "ring")),
            ("worm", "brass", ("worm", "screw")),
            ("grip", "grip", ("grip",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "combination",
                choices=("combination", "adjustable"),
                words={
                    "adjustable": "adjustable",
                    "monkey": "adjustable",
                    "pipe": "adjustable",
                    "combination": "combination",
                    "open-end": "combination",
                },
                doc="A combination spanner (open jaw and ring) or an adjustable wrench.",
            ),
        ),
        build=wrench,
        collider="box",
        description="A spanner standing on its ring end: a flat steel shaft with an open jaw at the top.",
    ),
    Recipe(
        name="screwdriver",
        category="tools",
        nouns=(
            "screwdriver",
            "screw driver",
            "phillips screwdriver",
            "flathead screwdriver",
            "flat-head screwdriver",
        ),
        synsets=("screwdriver.n.01",),
        size=SizePrior((0.032, 0.22, 0.032), 0.25),
        materials={
            "grip": M("plastic", "#e0b020"),
            "grip_stripe": M("plastic", "#1d1e21"),
            "steel": STEEL,
        },
        parts=_p(
            ("handle", "grip", ("handle", "grip")),
            ("stripes", "grip_stripe", ("stripes", "flutes")),
            ("shaft", "steel", ("shaft", "blade", "tip", "bit")),
        ),
        params=(
            Param(
                "tip",
                "choice",
                "flat",
                choices=("flat", "phillips"),
                words={
                    "phillips": "phillips",
                    "cross": "phillips",
                    "crosshead": "phillips",
                    "flat": "flat",
                    "flathead": "flat",
                    "slotted": "flat",
                },
                doc="A flat blade or a Phillips cross tip.",
            ),
        ),
        build=screwdriver,
        collider="box",
        description="A screwdriver standing on its handle: a fluted plastic grip and a steel shaft with a flat tip.",
    ),
    Recipe(
        name="power_drill",
        category="tools",
        nouns=(
            "power drill",
            "drill",
            "electric drill",
            "cordless drill",
            "hand drill",
            "drill driver",
            "impact driver",
        ),
        synsets=("power_drill.n.01",),
        size=SizePrior((0.075, 0.24, 0.29), 0.25),
        materials={
            "body": M("plastic", "#e0a020"),
            "grip": M("plastic", "#232427"),
            "battery": M("plastic", "#2e3034"),
            "steel": STEEL,
        },
        parts=_p(
            ("battery", "battery", ("battery", "battery pack", "base")),
            ("handle", "body", ("handle", "body")),
            ("grip", "grip", ("grip", "rubber", "collar")),
            ("motor", "body", ("motor", "housing", "body")),
            ("trigger", "grip", ("trigger", "switch")),
            ("chuck", "steel", ("chuck", "bit", "drill bit")),
        ),
        build=power_drill,
        long_axis="z",
        collider="box",
        description="A cordless power drill standing on its battery: a pistol grip, a motor housing and a chuck "
        "with a bit, pointing forward.",
    ),
    Recipe(
        name="chainsaw",
        category="tools",
        nouns=("chainsaw", "chain saw", "power saw", "petrol chainsaw"),
        synsets=("chain_saw.n.01",),
        size=SizePrior((0.25, 0.25, 0.89), 0.25),
        materials={
            "body": M("plastic", "#e86a1a"),
            "cover": M("plastic", "#2a2c30"),
            "grip": M("plastic", "#1d1e21"),
            "steel": STEEL,
            "chain": M("iron", "#55585c"),
        },
        parts=_p(
            ("body", "body", ("body", "engine", "housing")),
            ("cover", "cover", ("cover", "cap", "starter")),
            ("rear_handle", "grip", ("handle", "handles", "grip")),
            ("bar", "steel", ("bar", "guide bar", "blade")),
            ("chain", "chain", ("chain", "teeth")),
        ),
        build=chainsaw,
        long_axis="z",
        collider="box",
        description="A chainsaw: an orange engine body with a top handle and a front wrap handle, and a long guide "
        "bar with its chain forward.",
    ),
    Recipe(
        name="lawn_mower",
        category="garden",
        nouns=(
            "lawn mower",
            "lawnmower",
            "mower",
            "push mower",
            "grass cutter",
            "petrol mower",
            "power mower",
        ),
        synsets=("lawn_mower.n.01",),
        size=SizePrior((0.61, 1.0, 1.2), 0.25),
        materials={
            "deck": M("painted_metal", "#c8302a"),
            "engine": M("painted_metal", "#2a2c30"),
            "engine_cap": M("painted_metal", "#9ca0a6"),
            "tyre": BLACK,
            "hub": M("plastic", "#e0e0dc"),
            "handle": M("iron", "#2a2c30"),
            "grip": M("plastic", "#1d1e21"),
            "bag": M("fabric", "#3a4a3a"),
        },
        parts=_p(
            ("deck", "deck", ("deck", "body", "housing")),
            ("engine", "engine", ("engine", "motor")),
            ("engine_cap", "engine_cap", ("cap", "air filter")),
            ("wheels", "tyre", ("wheels", "tyres", "tires")),
            ("hub", "hub", ("hubs",)),
            ("handle", "handle", ("handle", "handlebar")),
            ("handle_grip", "grip", ("grip", "pull cord")),
            ("bag", "bag", ("bag", "grass bag", "catcher")),
        ),
        params=(
            Param(
                "bag",
                "bool",
                True,
                words={"bag": True, "catcher": True, "bagless": False, "mulching": False},
                doc="A grass bag behind the deck.",
            ),
        ),
        build=lawn_mower,
        long_axis="z",
        collider="box",
        description="A push lawn mower: a red deck on four wheels, an engine on top, a grass bag and a long handle "
        "reaching back.",
    ),
    Recipe(
        name="watering_can",
        category="garden",
        nouns=("watering can", "watering pot", "sprinkling can", "garden watering can"),
        synsets=("watering_can.n.01",),
        size=SizePrior((0.48, 0.34, 0.18), 0.25),
        materials={
            "can": M("painted_metal", "#3a8a4a"),
            "rose": M("brass", "#b08d45"),
            "rim": M("iron", "#7a7e84"),
        },
        parts=_p(
            ("body", "can", ("body", "can", "spout", "handle")),
            ("rose", "rose", ("rose", "sprinkler head", "nozzle")),
            ("rim", "rim", ("rim", "neck", "opening")),
        ),
        build=watering_can,
        long_axis="x",
        collider="box",
        description="A watering can: a round metal can with a long spout ending in a sprinkler rose and an arched "
        "handle on top.",
    ),
    Recipe(
        name="sawhorse",
        category="tools",
        nouns=("sawhorse", "saw horse", "sawbuck", "trestle", "saw bench", "work trestle"),
        synsets=("sawhorse.n.01", "trestle.n.02"),
        size=SizePrior((1.0, 0.72, 0.38), 0.25),
        materials={"wood": M("wood_planks", "#c39a62")},
        parts=_p(
            ("beam", "wood", ("beam", "top", "rail")),
            ("legs", "wood", ("legs",)),
            ("braces", "wood", ("braces",)),
        ),
        build=sawhorse,
        long_axis="x",
        collider="box",
        description="A sawhorse: a wooden beam on two pairs of splayed legs with braces.",
    ),
    Recipe(
        name="garden_hose",
        category="garden",
        nouns=(
            "garden hose",
            "hose",
            "hosepipe",
            "hose pipe",
            "hose reel",
            "water hose",
            "coiled hose",
        ),
        synsets=("garden_hose.n.01", "hose.n.03"),
        size=SizePrior((0.55, 0.6, 0.76), 0.25),
        materials={
            "frame": M("plastic", "#2a6a3a"),
            "drum": M("plastic", "#1f4a2a"),
            "hose": M("plastic", "#3a9a3a"),
            "grip": M("plastic", "#1d1e21"),
            "nozzle": M("plastic", "#e8a020"),
        },
        parts=_p(
            ("frame", "frame", ("frame", "reel", "stand", "crank")),
            ("drum", "drum", ("drum", "spool")),
            ("coils", "hose", ("hose", "coils")),
            ("hose", "hose", ("hose", "coils")),
            ("hose_end", "hose", ("hose",)),
            ("knob", "grip", ("knob", "handle")),
            ("nozzle", "nozzle", ("nozzle", "spray gun", "sprayer")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "reel",
                choices=("reel", "coil"),
                words={
                    "reel": "reel",
                    "cart": "reel",
                    "coiled": "coil",
                    "coil": "coil",
                    "loose": "coil",
                },
                doc="Wound on a reel with a crank, or a loose coil on the ground.",
            ),
        ),
        build=garden_hose,
        collider="box",
        description="A garden hose wound on a reel with a crank handle, its end trailing to a spray nozzle.",
    ),
]
