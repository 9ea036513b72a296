"""Props that prompts often ask for by name: manhole cover, chimney (on a piece of roof), guillotine,
stocks and pillory, iron maiden, a stack of gold bars, pyramid, obelisk, totem pole, weathervane,
wind turbine, record player, cassette tape, walkie-talkie, gas mask, shipping container and a row
of wall hooks.

Everything stands on its bottom centre and faces +Z; long things (container, roof ridge, hook
board) run along X."""

from __future__ import annotations

import math

from ..dsl import box, cone, cylinder, extrude, lathe, part, program, shape, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
IRON = M("iron", "#3f4043")
WOOD = M("wood_planks", "#7a5230")
BLACK = M("plastic", "#1d1e21")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def manhole_cover(p) -> dict:
    R = 0.33
    disc = shape(cylinder(R - 0.025, 0.05, sides=48)).at(0, -0.01, 0)
    return program(
        part("frame", "frame", cylinder(R + 0.04, 0.02, inner_radius=R - 0.005, bevel=0.004)).uv(
            "cylindrical"
        ),
        part("cover", "iron", cylinder(R, 0.022, bevel=0.004)).uv("planar", axis="y"),
        part("grid", "iron", box([0.025, 0.008, 2 * R]), part="cover")
        .array(9, [0.065, 0, 0], center=True)
        .intersect(disc)
        .at(0, 0.02, 0),
        part("grid_x", "iron", box([2 * R, 0.008, 0.025]), part="cover")
        .array(9, [0, 0, 0.065], center=True)
        .intersect(disc)
        .at(0, 0.02, 0),
        part("rim", "iron", torus(R - 0.02, 0.008), part="cover").at(0, 0.016, 0),
        part("holes", "hollow", cylinder(0.012, 0.004))
        .array(2, [0.4, 0, 0], center=True)
        .at(0, 0.021, 0),
        collider="box",
    )


def chimney(p) -> dict:
    L, d, rise = 1.6, 1.2, 0.5
    roof = [
        [-d / 2, 0.0],
        [0.0, rise],
        [d / 2, 0.0],
        [d / 2, 0.08],
        [0.0, rise + 0.08],
        [-d / 2, 0.08],
    ]
    h = 1.9
    parts = [
        part("roof", "tiles", extrude(roof, L, axis="x")).uv("box"),
        part("ridge", "ridge", cylinder(0.06, L, sides=8), part="ridge")
        .rotate(z=90)
        .at(L / 2, rise + 0.02, 0),
        part("stack", "brick", box([0.6, h - 0.25, 0.5])).at(0, 0.2, -0.2).uv("box"),
        part("cap", "stone", box([0.72, 0.08, 0.62], bevel=0.01)).at(0, h - 0.05, -0.2),
        part("flashing", "lead", box([0.66, 0.06, 0.56]), part="flashing").at(0, 0.5, -0.2),
        part(
            "pots",
            "pot",
            lathe([[0.0, 0.0], [0.1, 0.0], [0.085, 0.25], [0.095, 0.3], [0.07, 0.3], [0.0, 0.06]]),
        )
        .array(p.pots, [0.26, 0, 0], center=True)
        .at(0, h + 0.03, -0.2),
    ]
    if p.smoke:
        parts.append(
            part("smoke", "smoke", sphere(0.12))
            .array(3, [0.08, 0.2, 0.0])
            .scale([1.0, 1.0, 1.0])
            .at(-0.13 * (p.pots > 1), h + 0.3, -0.2)
        )
    return program(*parts, collider="box")


def guillotine(p) -> dict:
    w, h = 0.9, 4.0
    blade = [[-0.28, 0.0], [0.28, 0.18], [0.28, 0.5], [-0.28, 0.5]]
    by = h - 1.3 if p.raised else 1.0
    return program(
        part("platform", "wood", box([1.6, 0.5, 1.6], bevel=0.02)).uv("box"),
        part("posts", "wood", box([0.14, h - 0.5, 0.18], bevel=0.01))
        .array(2, [w - 0.14 + 0.14, 0, 0], center=True)
        .at(0, 0.5, 0),
        part("crossbeam", "wood", box([w + 0.4, 0.2, 0.24], bevel=0.015)).at(0, h, 0),
        part("braces", "wood", box([0.1, 1.2, 0.1], bevel=0.01))
        .turned(x=35)
        .moved(0, 0, -0.7)
        .mirror("z")
        .array(2, [w + 0.14, 0, 0], center=True)
        .at(0, 0.5, 0),
        part(
            "lunette",
            "wood",
            extrude(
                [[-w / 2, 0.0], [w / 2, 0.0], [w / 2, 0.36], [-w / 2, 0.36]],
                0.1,
                holes=[
                    [
                        [
                            0.11 * math.cos(2 * math.pi * k / 16),
                            0.18 + 0.11 * math.sin(2 * math.pi * k / 16),
                        ]
                        for k in range(16)
                    ]
                ],
            ),
            part="lunette",
        ).at(0, 0.62, 0),
        part("blade", "blade", extrude(blade, 0.03, bevel=0.004)).at(0, by, 0),
        part("weight", "iron", box([0.6, 0.22, 0.1], bevel=0.01)).at(0, by + 0.5, 0),
        part("bench", "wood", box([0.4, 0.1, 1.1], bevel=0.01), part="lunette").at(0, 0.7, 0.6),
        part("basket", "wicker", cylinder(0.25, 0.3, inner_radius=0.23, bevel=0.008)).at(
            0, 0.5, -0.45
        ),
        collider="box",
    )


def stocks(p) -> dict:
    if p.style == "stocks":
        holes = [
            [
                [
                    x + 0.06 * math.cos(2 * math.pi * k / 14),
                    0.12 + 0.06 * math.sin(2 * math.pi * k / 14),
                ]
                for k in range(14)
            ]
            for x in (-0.3, -0.12, 0.12, 0.3)
        ]
        return program(
            part("posts", "wood", box([0.12, 0.8, 0.12], bevel=0.01))
            .array(2, [1.3, 0, 0], center=True)
            .uv("box"),
            part(
                "boards",
                "wood",
                extrude(
                    [[-0.6, 0.0], [0.6, 0.0], [0.6, 0.24], [-0.6, 0.24]],
                    0.08,
                    holes=holes,
                    bevel=0.005,
                ),
            ).at(0, 0.3, 0),
            part("bench", "wood", box([1.3, 0.06, 0.3], bevel=0.01)).at(0, 0.4, -0.55),
            part("bench_legs", "wood", box([0.08, 0.4, 0.25], bevel=0.01), part="posts")
            .array(2, [1.1, 0, 0], center=True)
            .at(0, 0.0, -0.55),
            part("hasp", "iron", box([0.06, 0.16, 0.02], bevel=0.004)).at(0.52, 0.34, 0.045),
            part("base", "wood", box([1.45, 0.08, 0.25], bevel=0.01), part="posts"),
            collider="box",
        )
    holes = [
        [
            [x + r * math.cos(2 * math.pi * k / 16), 0.19 + r * math.sin(2 * math.pi * k / 16)]
            for k in range(16)
        ]
        for x, r in ((-0.3, 0.045), (0.0, 0.1), (0.3, 0.045))
    ]
    return program(
        part("platform", "wood", box([1.3, 0.3, 1.3], bevel=0.02)).uv("box"),
        part("post", "wood", box([0.16, 1.9, 0.16], bevel=0.01), part="posts").at(0, 0.3, -0.1),
        part(
            "boards",
            "wood",
            extrude(
                [[-0.5, 0.0], [0.5, 0.0], [0.5, 0.38], [-0.5, 0.38]], 0.09, holes=holes, bevel=0.006
            ),
        ).at(0, 1.5, 0.03),
        part("hasp", "iron", box([0.06, 0.2, 0.02], bevel=0.004)).at(0.42, 1.59, 0.085),
        part("cap", "wood", box([0.28, 0.08, 0.28], bevel=0.01), part="posts").at(0, 2.2, -0.1),
        collider="box",
    )


def iron_maiden(p) -> dict:
    w, d = 0.8, 0.7
    outline = [
        [-0.3, 0.0],
        [0.3, 0.0],
        [0.38, 1.2],
        [0.33, 1.6],
        [0.2, 1.78],
        [0.2, 1.86],
        [0.14, 2.0],
        [-0.14, 2.0],
        [-0.2, 1.86],
        [-0.2, 1.78],
        [-0.33, 1.6],
        [-0.38, 1.2],
    ]
    half_r = [
        [0.0, 0.0],
        [0.3, 0.0],
        [0.38, 1.2],
        [0.33, 1.6],
        [0.2, 1.78],
        [0.2, 1.86],
        [0.14, 2.0],
        [0.0, 2.0],
    ]
    half_l = [[-x, y] for x, y in half_r]
    parts = [
        part("body", "iron", extrude(outline, d - 0.25, bevel=0.02)).at(0, 0.0, -0.12).uv("box"),
        part("base", "iron", box([w, 0.08, d], bevel=0.01), part="body"),
        part("face", "face", sphere(0.12)).scale([1.0, 1.2, 0.5]).at(0, 1.7, 0.25 - 0.12 + 0.16),
        part("bands", "band", box([0.78, 0.05, 0.47], bevel=0.01))
        .array(3, [0, 0.5, 0])
        .at(0, 0.35, -0.12),
    ]
    if p.open:
        parts += [
            part("door_r", "iron", extrude(half_r, 0.06, bevel=0.01), part="doors")
            .rotate(y=-100)
            .at(0.4, 0.08, 0.14),
            part("door_l", "iron", extrude(half_l, 0.06, bevel=0.01), part="doors")
            .rotate(y=100)
            .at(-0.4, 0.08, 0.14),
            part("spikes", "spike", cone(0.015, 0.09, sides=6))
            .turned(z=90)
            .array(5, [0, 0.3, 0])
            .array(2, [0, 0, 0.18])
            .at(0.43, 0.4, 0.28),
            part("spikes_l", "spike", cone(0.015, 0.09, sides=6), part="spikes")
            .turned(z=-90)
            .array(5, [0, 0.3, 0])
            .array(2, [0, 0, 0.18])
            .at(-0.43, 0.4, 0.28),
            part("inside", "hollow", box([0.66, 1.7, 0.02]), part="inside").at(0, 0.1, 0.125),
        ]
    else:
        parts.append(
            part("doors", "iron", extrude(outline, 0.08, bevel=0.01))
            .scale([0.97, 0.97, 1.0])
            .at(0, 0.08, 0.17)
        )
        parts.append(
            part("hinges", "band", box([0.06, 0.12, 0.05]), part="bands")
            .array(2, [0.76, 0, 0], center=True)
            .array(2, [0, 1.0, 0])
            .at(0, 0.4, 0.2)
        )
    return program(*parts, collider="box")


def gold_bars(p) -> dict:
    bar = [
        [-0.045, 0.0],
        [0.045, 0.0],
        [0.035, 0.04],
        [-0.035, 0.04],
    ]  # the 400 oz bar's cross-section
    n = p.count
    parts = []
    k = 0
    layers = []  # a pyramid stack: the widest layer at the bottom
    left = n
    width = max(1, math.ceil((math.sqrt(8 * n + 1) - 1) / 2))
    while left > 0:
        c = min(width, left)
        layers.append(c)
        left -= c
        width = max(1, width - 1)
    for li, c in enumerate(layers):
        for j in range(c):
            parts.append(
                part(f"bar_{k}", "gold", extrude(bar, 0.25, axis="x", bevel=0.004), part="bars").at(
                    0, li * 0.04, (j - (c - 1) / 2) * 0.095 + (li % 2) * 0.0
                )
            )
            k += 1
    return program(*parts, collider="box")


def pyramid(p) -> dict:
    B, H = 24.0, 15.0
    if p.style == "stepped":
        steps = 6
        parts = [
            part(
                f"step_{k}",
                "stone",
                box([B * (1 - k / steps * 0.8), H / steps, B * (1 - k / steps * 0.8)], bevel=0.1),
                part="stone",
            ).at(0, k * H / steps * 0.85, 0)
            for k in range(steps)
        ]
        parts[0] = parts[0].uv("box")
        parts += [
            part("stairs", "stair", box([3.0, H * 0.86, 0.6]), part="stairs")
            .rotate(x=-math.degrees(math.atan(0.4 * B / H * 0.95)))
            .at(0, 0.0, B / 2 - 0.3),
            part("temple", "stone", box([4.0, 2.6, 4.0], bevel=0.05), part="temple").at(
                0, H * 0.85, 0
            ),
            part("door", "hollow", box([1.2, 1.8, 0.1])).at(0, H * 0.85, 2.0),
        ]
        return program(*parts, collider="mesh_convex")
    return program(
        part("pyramid", "stone", cone(B / 2 * math.sqrt(2), H, sides=4)).uv("box"),
        part("capstone", "gold", cone(1.2 * math.sqrt(2) / 2 * 1.02, 0.9, sides=4)).at(
            0, H - 0.9 + 0.05, 0
        ),
        part("entrance", "hollow", box([1.2, 1.6, 0.2]))
        .rotate(x=-math.degrees(math.atan(B / 2 / H)))
        .at(0, 2.5, B / 2 - 2.0),
        collider="mesh_convex",
    )


def obelisk(p) -> dict:
    H = 6.0
    return program(
        part("base", "plinth", box([1.5, 0.5, 1.5], bevel=0.03)).uv("box"),
        part("step", "plinth", box([1.1, 0.3, 1.1], bevel=0.02), part="base").at(0, 0.5, 0),
        part("shaft", "stone", box([0.72, H - 1.25, 0.72]))
        .taper([0.62, 0.62])
        .at(0, 0.8, 0)
        .uv("box"),
        part("pyramidion", "tip", cone(0.36 * 0.62 * math.sqrt(2), 0.45, sides=4)).at(
            0, H - 0.45, 0
        ),
        part("glyphs", "glyph", box([0.08, 0.12, 0.01])).array(12, [0, 0.3, 0]).at(0, 1.2, 0.34),
        collider="box",
    )


def totem_pole(p) -> dict:
    H = 5.4
    parts = [part("pole", "wood", cylinder(0.3, H, sides=16)).uv("cylindrical")]
    faces = (("paint_red", 0.6), ("paint_blue", 1.9), ("paint_green", 3.2))
    for k, (role, y) in enumerate(faces):
        parts += [
            part(
                f"brow_{k}", "paint_black", box([0.6, 0.1, 0.16], bevel=0.03), part="carving_black"
            ).at(0, y + 0.8, 0.26),
            part(f"eyes_{k}", "paint_white", sphere(0.09), part="carving_white")
            .scale([1.4, 1.0, 0.7])
            .array(2, [0.27, 0, 0], center=True)
            .at(0, y + 0.6, 0.25),
            part(f"pupils_{k}", "paint_black", sphere(0.045), part="carving_black")
            .array(2, [0.27, 0, 0], center=True)
            .at(0, y + 0.645, 0.33),
            part(
                f"beak_{k}",
                role,
                cone(0.13, 0.35 if k != 1 else 0.2, sides=8),
                part="carving_" + role.split("_")[1],
            )
            .rotate(x=100)
            .at(0, y + 0.5, 0.22),
            part(
                f"mouth_{k}",
                "paint_black",
                box([0.4, 0.09, 0.14], bevel=0.03),
                part="carving_black",
            ).at(0, y + 0.18, 0.26),
            part(f"band_{k}", role, cylinder(0.315, 0.1), part="carving_" + role.split("_")[1]).at(
                0, y, 0
            ),
        ]
    parts += [
        part(
            "wings",
            "paint_red",
            extrude([[0.25, 0.0], [0.95, 0.25], [1.0, 0.45], [0.25, 0.35]], 0.08, bevel=0.02),
            part="carving_red",
        )
        .mirror("x")
        .at(0, H - 0.9, 0.0),
        part("top_head", "paint_black", sphere(0.3), part="carving_black")
        .scale([1.0, 0.9, 1.0])
        .at(0, H - 0.28, 0),
    ]
    return program(*parts, collider="box")


def weathervane(p) -> dict:
    cock = [
        [-0.16, 0.0],
        [0.06, 0.0],
        [0.1, 0.08],
        [0.16, 0.14],
        [0.15, 0.2],
        [0.1, 0.21],
        [0.07, 0.15],
        [0.02, 0.12],
        [-0.08, 0.16],
        [-0.17, 0.3],
        [-0.2, 0.2],
        [-0.18, 0.08],
    ]
    arrow = [
        [-0.32, -0.05],
        [-0.26, 0.0],
        [-0.32, 0.05],
        [-0.2, 0.05],
        [0.26, 0.012],
        [0.26, 0.05],
        [0.36, 0.0],
        [0.26, -0.05],
        [0.26, -0.012],
        [-0.2, -0.05],
    ]
    return program(
        part("base", "roof", extrude([[-0.35, 0.0], [0.35, 0.0], [0.0, 0.18]], 0.5, axis="z")).uv(
            "box"
        ),
        part("post", "iron", cylinder(0.015, 1.05)).at(0, 0.15, 0),
        part("arms", "iron", cylinder(0.008, 0.5))
        .turned(x=90)
        .moved(0, 0, -0.25)
        .radial(2, axis="y")
        .at(0, 0.6, 0),
        part("letters", "iron", box([0.06, 0.08, 0.012]), part="letters")
        .moved(0, 0, 0.27)
        .radial(4, axis="y", face_out=True)
        .at(0, 0.56, 0),
        part("ball", "gilt", sphere(0.04)).at(0, 0.76, 0),
        part("arrow", "iron", extrude(arrow, 0.012)).at(0, 0.9, 0),
        part("rooster", "gilt", extrude(cock, 0.014)).at(0, 0.91, 0),
        collider="box",
    )


def wind_turbine(p) -> dict:
    H = 60.0
    blade = [
        [0.0, -1.2],
        [0.0, 1.2],
        [6.0, 1.6],
        [22.0, 0.7],
        [30.0, 0.2],
        [30.0, -0.3],
        [8.0, -0.6],
    ]
    return program(
        part("tower", "tower", cylinder(2.0, H, sides=24)).taper([0.55, 0.55]).uv("cylindrical"),
        part("foundation", "concrete", cylinder(3.2, 0.6, bevel=0.1), part="foundation"),
        part("nacelle", "tower", box([3.2, 3.2, 9.0], bevel=0.6), part="nacelle").at(
            0, H - 0.6, -1.8
        ),
        part("hub", "tower", sphere(1.6), part="nacelle")
        .scale([1.0, 1.0, 1.5])
        .at(0, H + 0.6 - 1.6 + 1.0, 3.0),
        part("blades", "blade", extrude(blade, 0.4, bevel=0.1))
        .moved(1.2, 0, 0)
        .radial(3, axis="z", start=90)
        .at(0, H + 1.0, 4.0),
        collider="box",
    )


def record_player(p) -> dict:
    w, h, d = 0.45, 0.1, 0.36
    parts = [
        part("base", "wood", box([w, h, d], bevel=0.008)).uv("box"),
        part("plinth_top", "top", box([w - 0.01, 0.004, d - 0.01]), part="top").at(0, h, 0),
        part("platter", "platter", cylinder(0.15, 0.02, bevel=0.003)).at(-0.05, h + 0.004, 0),
        part("record", "vinyl", cylinder(0.15, 0.003)).at(-0.05, h + 0.024, 0),
        part("label", "label", cylinder(0.045, 0.0012)).at(-0.05, h + 0.027, 0),
        part("spindle", "metal", cylinder(0.0035, 0.02), part="arm").at(-0.05, h + 0.01, 0),
        part("arm_base", "metal", cylinder(0.025, 0.03, bevel=0.004), part="arm").at(
            0.16, h + 0.004, -0.1
        ),
        part(
            "arm",
            "metal",
            sweep(
                [[0.16, h + 0.04, -0.1], [0.17, h + 0.045, 0.02], [0.12, h + 0.045, 0.09]],
                0.0045,
                curve="smooth",
            ),
        ),
        part("headshell", "metal", box([0.02, 0.01, 0.04], bevel=0.003), part="arm")
        .rotate(y=-35)
        .at(0.115, h + 0.033, 0.1),
        part("knobs", "metal", cylinder(0.012, 0.012, bevel=0.003), part="arm")
        .rotate(x=90)
        .array(2, [0.05, 0, 0])
        .at(0.1, 0.05, d / 2),
    ]
    if p.lid:
        parts.append(
            part("lid", "glass", box([w, 0.08, d], bevel=0.005))
            .rotate(x=-75)
            .at(0, h + 0.005, -d / 2)
        )
    return program(*parts, collider="box")


def cassette_tape(p) -> dict:
    w, t, d = 0.1, 0.012, 0.064
    holes = [
        [
            [x + 0.0065 * math.cos(2 * math.pi * k / 12), 0.0065 * math.sin(2 * math.pi * k / 12)]
            for k in range(12)
        ]
        for x in (-0.021, 0.021)
    ]
    shell = [[-w / 2, -d / 2], [w / 2, -d / 2], [w / 2, d / 2], [-w / 2, d / 2]]
    return program(
        part("shell", "shell", extrude(shell, t, axis="y", holes=holes, bevel=0.001)).uv(
            "planar", axis="y"
        ),
        part("label", "label", box([0.086, 0.0006, 0.016])).at(0, t, -0.021),
        part("window", "window", box([0.022, 0.0008, 0.012])).at(0, t - 0.0002, 0.0),
        part("reels", "reel", cylinder(0.011, t - 0.002))
        .array(2, [0.042, 0, 0], center=True)
        .at(0, 0.001, 0),
        part("tape", "tape", cylinder(0.018, t - 0.004))
        .array(2, [0.042, 0, 0], center=True)
        .at(0, 0.002, 0.0),
        part(
            "bevel",
            "shell",
            extrude(
                [[-0.035, 0.0], [0.035, 0.0], [0.03, 0.004], [-0.03, 0.004]],
                0.012,
                axis="z",
                smooth=False,
            ),
            part="shell",
        )
        .rotate(x=-90)
        .at(0, t, d / 2 - 0.006),
        collider="box",
    )


def walkie_talkie(p) -> dict:
    w, h, d = 0.06, 0.15, 0.035
    return program(
        part("body", "body", box([w, h, d], bevel=0.008)).uv("box"),
        part("grille", "grille", box([0.005, 0.003, 0.004]), part="grille")
        .array(5, [0.008, 0, 0], center=True)
        .array(6, [0, 0.008, 0])
        .at(0, 0.03, d / 2 - 0.001),
        part("screen", "screen", box([0.038, 0.022, 0.003], bevel=0.001)).at(
            0, 0.1, d / 2 - 0.0005
        ),
        part("button", "rubber", box([0.006, 0.04, 0.014], bevel=0.002)).at(
            -w / 2 - 0.002, 0.07, 0
        ),
        part("antenna", "rubber", cylinder(0.006, 0.1, bevel=0.003)).at(-0.015, h - 0.004, 0),
        part("knob", "rubber", cylinder(0.008, 0.016, bevel=0.003), part="antenna").at(
            0.015, h - 0.004, 0
        ),
        part("clip", "body", box([0.03, 0.07, 0.004], bevel=0.0015), part="body").at(
            0, 0.06, -d / 2 - 0.003
        ),
        collider="box",
    )


def gas_mask(p) -> dict:
    face = sphere(0.11)
    return program(
        part("mask", "rubber", face).scale([0.85, 1.05, 0.75]).at(0, 0.0, 0).uv("spherical"),
        part("eyepieces", "rim", cylinder(0.034, 0.03, bevel=0.006))
        .turned(x=80)
        .moved(0.042, 0, 0)
        .mirror("x")
        .at(0, 0.14, 0.045),
        part("lenses", "lens", cylinder(0.027, 0.004))
        .turned(x=80)
        .moved(0.042, 0, 0)
        .mirror("x")
        .at(0, 0.143, 0.076),
        part("snout", "rubber", cone(0.045, 0.05, radius_top=0.035), part="mask")
        .rotate(x=70)
        .at(0, 0.06, 0.06),
        part("filter", "filter", cylinder(0.042, 0.07, bevel=0.006))
        .rotate(x=70)
        .at(0, 0.075, 0.105),
        part("filter_ring", "rim", torus(0.042, 0.004), part="eyepieces")
        .rotate(x=70)
        .at(0, 0.08, 0.11),
        part("straps", "strap", torus(0.09, 0.007, arc=180))
        .scale([1.0, 1.0, 0.85])
        .rotate(x=10, y=180)
        .at(0, 0.14, -0.01),
        part("strap_low", "strap", torus(0.085, 0.007, arc=180), part="straps")
        .scale([1.0, 1.0, 0.8])
        .rotate(y=180)
        .at(0, 0.05, -0.01),
        collider="box",
    )


def cargo_container(p) -> dict:
    L, H, W = 6.06, 2.59, 2.44
    scifi = p.style == "scifi"
    parts = [
        part("box", "paint", box([L, H, W], bevel=0.02 if not scifi else 0.08)).uv("box"),
    ]
    if scifi:
        parts += [
            part("panels", "panel", box([1.3, H - 0.4, 0.06], bevel=0.025))
            .array(4, [1.42, 0, 0], center=True)
            .moved(0, 0, W / 2)
            .mirror("z")
            .at(0, 0.2, 0),
            part("strips", "glow", box([L - 0.3, 0.06, 0.04]))
            .moved(0, 0, W / 2 + 0.035)
            .mirror("z")
            .at(0, H - 0.35, 0),
            part("end_frames", "frame", box([0.2, H + 0.04, W + 0.04], bevel=0.03))
            .array(2, [L - 0.2, 0, 0], center=True)
            .at(0, -0.02, 0),
            part("hatch", "panel", box([0.06, 1.8, 1.4], bevel=0.025), part="panels").at(
                L / 2 + 0.05, 0.3, 0
            ),
            part("hatch_light", "glow", box([0.03, 0.08, 1.0]), part="strips").at(
                L / 2 + 0.1, 2.2, 0
            ),
        ]
        return program(*parts, collider="box")
    parts += [
        part("ribs", "paint", box([0.06, H - 0.3, 0.05]), part="box")
        .array(26, [0.22, 0, 0], center=True)
        .moved(0, 0, W / 2 + 0.02)
        .mirror("z")
        .at(0, 0.15, 0),
        part("roof_ribs", "paint", box([0.08, 0.04, W - 0.3]), part="box")
        .array(20, [0.28, 0, 0], center=True)
        .at(0, H, 0),
        part("corners", "frame", box([0.18, 0.12, 0.18]))
        .array(2, [L - 0.18, 0, 0], center=True)
        .array(2, [0, 0, W - 0.18], center=True)
        .array(2, [0, H - 0.12, 0]),
        part("doors", "paint", box([0.06, H - 0.2, W / 2 - 0.06], bevel=0.01), part="box")
        .array(2, [0, 0, W / 2], center=True)
        .at(L / 2 + 0.02, 0.1, 0),
        part("bars", "frame", cylinder(0.025, H - 0.3))
        .array(4, [0, 0, 0.5], center=True)
        .at(L / 2 + 0.08, 0.15, 0),
        part("handles", "frame", box([0.05, 0.04, 0.3]), part="bars")
        .array(4, [0, 0, 0.5], center=True)
        .at(L / 2 + 0.09, 1.1, 0.12),
    ]
    return program(*parts, collider="box")


def wall_hooks(p) -> dict:
    n = p.hooks
    w = 0.08 + 0.08 * n
    hook = sweep(
        [[0.0, 0.0, 0.0], [0.0, 0.0, 0.05], [0.0, 0.015, 0.07], [0.0, 0.035, 0.065]],
        0.005,
        curve="smooth",
    )
    parts = [
        part("board", "wood", box([w, 0.1, 0.02], bevel=0.005)).uv("box"),
        part("hooks", "metal", hook).array(n, [0.08, 0, 0], center=True).at(0, 0.04, 0.01),
        part("screws", "metal", cylinder(0.006, 0.004), part="hooks")
        .rotate(x=90)
        .array(2, [w - 0.04, 0, 0], center=True)
        .at(0, 0.05, 0.01),
    ]
    if p.with_keys:
        parts += [
            part("rings", "metal", torus(0.013, 0.0015), part="hooks")
            .rotate(x=90)
            .array(min(n, 3), [0.08, 0, 0])
            .at(-(n - 1) * 0.04, 0.02, 0.07),
            part("keys", "brass", box([0.012, 0.045, 0.003], bevel=0.001))
            .array(min(n, 3), [0.08, 0, 0])
            .at(-(n - 1) * 0.04, -0.032, 0.07),
        ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="manhole_cover",
        category="street",
        nouns=(
            "manhole cover",
            "manhole",
            "sewer cover",
            "drain cover",
            "sewer lid",
            "utility cover",
            "manhole lid",
        ),
        synsets=("manhole_cover.n.01",),
        size=SizePrior((0.74, 0.03, 0.74), 0.25),
        materials={
            "iron": M("iron", "#3a3b3e"),
            "frame": M("rusted_metal", "#5a4a3a"),
            "hollow": M("plastic", "#0c0c0d"),
        },
        parts=_p(
            ("cover", "iron", ("cover", "lid", "grid", "pattern")),
            ("frame", "frame", ("frame", "ring", "rim")),
            ("holes", "hollow", ("holes", "pick holes")),
        ),
        build=manhole_cover,
        round=True,
        collider="box",
        description="A round cast-iron manhole cover with a raised grid pattern, set in its frame.",
    ),
    Recipe(
        name="chimney",
        category="market_town",
        nouns=(
            "chimney",
            "chimney stack",
            "brick chimney",
            "chimney pot",
            "smokestack",
            "roof chimney",
        ),
        synsets=("chimney.n.01",),
        size=SizePrior((1.6, 2.26, 1.2), 0.25),
        materials={
            "tiles": M("roof_tiles", "#8a3a2a"),
            "ridge": M("roof_tiles", "#6a2a1e"),
            "brick": M("brick", "#9a4a32"),
            "stone": M("rough_stone", "#8a8680"),
            "lead": M("iron", "#6d7176"),
            "pot": M("ceramic", "#b0603a"),
            "smoke": M("plastic", "#8f9194"),
        },
        parts=_p(
            ("roof", "tiles", ("roof", "tiles", "roof ridge")),
            ("ridge", "ridge", ("ridge",)),
            ("stack", "brick", ("stack", "bricks", "chimney", "brickwork")),
            ("cap", "stone", ("cap", "coping")),
            ("flashing", "lead", ("flashing",)),
            ("pots", "pot", ("pots", "chimney pots", "pot")),
            ("smoke", "smoke", ("smoke",)),
        ),
        params=(
            Param(
                "pots",
                "int",
                2,
                1,
                4,
                count_nouns=("pots", "pot", "chimney pots"),
                doc="Chimney pots on the cap.",
            ),
            Param(
                "smoke",
                "bool",
                False,
                words={"smoking": True, "smoke": True},
                doc="Puffs of smoke above.",
            ),
        ),
        build=chimney,
        long_axis="x",
        collider="box",
        description="A brick chimney stack with a stone cap and clay pots, rising from a piece of tiled roof ridge.",
    ),
    Recipe(
        name="guillotine",
        category="dungeon_castle",
        nouns=("guillotine", "execution guillotine", "beheading machine"),
        synsets=("guillotine.n.02",),
        size=SizePrior((1.6, 4.2, 1.6), 0.25),
        materials={
            "wood": M("wood_planks", "#6a4428"),
            "blade": M("iron", "#b9bdc2"),
            "iron": IRON,
            "wicker": M("wicker", "#a88a5a"),
        },
        parts=_p(
            ("platform", "wood", ("platform", "scaffold", "stage")),
            ("posts", "wood", ("posts", "uprights", "frame")),
            ("crossbeam", "wood", ("crossbeam", "beam", "top")),
            ("braces", "wood", ("braces",)),
            ("lunette", "wood", ("lunette", "neck board", "bench", "stocks")),
            ("blade", "blade", ("blade",)),
            ("weight", "iron", ("weight", "mouton")),
            ("basket", "wicker", ("basket",)),
        ),
        params=(
            Param(
                "raised",
                "bool",
                True,
                words={"raised": True, "fallen": False, "dropped": False, "lowered": False},
                doc="The blade up under the crossbeam, or dropped to the neck board.",
            ),
        ),
        build=guillotine,
        collider="box",
        description="A guillotine: two tall posts on a platform, a slanted blade hanging under the crossbeam, a neck "
        "board and a basket.",
    ),
    Recipe(
        name="stocks",
        category="dungeon_castle",
        nouns=(  # the first names the default (the pillory); "stocks" also sets the foot-stocks style
            "pillory",
            "stocks",
            "the stocks",
            "punishment stocks",
            "foot stocks",
            "village stocks",
        ),
        synsets=("pillory.n.01", "stocks.n.03"),
        size=SizePrior((1.3, 2.28, 1.3), 0.25),
        materials={"wood": M("wood_planks", "#7a5230"), "iron": IRON},
        parts=_p(
            ("platform", "wood", ("platform", "base")),
            ("posts", "wood", ("post", "posts", "legs")),
            ("boards", "wood", ("boards", "board", "yoke", "holes")),
            ("bench", "wood", ("bench", "seat")),
            ("hasp", "iron", ("hasp", "lock", "padlock")),
            ("base", "wood", ("base",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "pillory",
                choices=("pillory", "stocks"),
                words={
                    "pillory": "pillory",
                    "standing": "pillory",
                    "stocks": "stocks",
                    "foot": "stocks",
                    "seated": "stocks",
                    "feet": "stocks",
                },
                doc="A standing pillory (head and hands) or low seated foot stocks with a bench.",
            ),
        ),
        build=stocks,
        collider="box",
        description="A pillory: a hinged board with holes for head and hands on a post over a small platform; foot "
        "stocks with a bench as a style.",
    ),
    Recipe(
        name="iron_maiden",
        category="dungeon_castle",
        nouns=("iron maiden", "torture cabinet", "spiked coffin", "maiden of nuremberg"),
        synsets=("iron_maiden.n.01",),
        size=SizePrior((0.86, 2.08, 0.87), 0.25),
        materials={
            "iron": M("rusted_metal", "#5a4a40"),
            "face": M("iron", "#7a7470"),
            "band": IRON,
            "spike": M("iron", "#a9adb2"),
            "hollow": M("plastic", "#120e0c"),
        },
        parts=_p(
            ("body", "iron", ("body", "case", "coffin", "base")),
            ("face", "face", ("face", "head", "mask")),
            ("bands", "band", ("bands", "hinges", "straps")),
            ("doors", "iron", ("doors", "door", "lid")),
            ("spikes", "spike", ("spikes", "nails", "spike")),
            ("inside", "hollow", ("inside", "interior")),
        ),
        params=(
            Param(
                "open",
                "bool",
                True,
                words={"open": True, "opened": True, "closed": False, "shut": False},
                doc="The two doors swung open to show the spikes.",
            ),
        ),
        build=iron_maiden,
        collider="box",
        description="An iron maiden: a standing iron case shaped like a figure with a face, its doors open on rows "
        "of spikes.",
    ),
    Recipe(
        name="gold_bars",
        category="magic",
        nouns=(
            "gold bars",
            "gold bar",
            "gold ingot",
            "gold ingots",
            "bullion",
            "ingot",
            "ingots",
            "stack of gold",
            "gold bricks",
            "silver bars",
            "bars of gold",
        ),
        synsets=("bullion.n.02", "ingot.n.01"),
        size=SizePrior((0.25, 0.16, 0.38), 0.25),
        materials={"gold": M("brass", "#e8b830")},
        parts=_p(("bars", "gold", ("bars", "bar", "ingots", "gold"))),
        params=(
            Param(
                "count",
                "int",
                10,
                1,
                21,
                count_nouns=("bars", "bar", "ingots", "ingot", "gold_bar", "gold bars"),
                doc="Bars in the stack (a pyramid of layers, the widest at the bottom).",
            ),
        ),
        build=gold_bars,
        long_axis="x",
        collider="box",
        description="A pyramid stack of trapezoid gold bars.",
    ),
    Recipe(
        name="pyramid",
        category="market_town",
        nouns=(
            "pyramid",
            "egyptian pyramid",
            "stone pyramid",
            "step pyramid",
            "mayan pyramid",
            "aztec pyramid",
            "ziggurat",
            "great pyramid",
        ),
        synsets=("pyramid.n.01",),
        size=SizePrior((24.0, 15.0, 24.0), 0.25),
        materials={
            "stone": M("rough_stone", "#d2b98a"),
            "gold": M("brass", "#e8b830"),
            "hollow": M("plastic", "#140f0a"),
            "stair": M("rough_stone", "#b8a070"),
        },
        parts=_p(
            ("pyramid", "stone", ("pyramid", "stone", "sides", "blocks")),
            ("capstone", "gold", ("capstone", "tip", "apex")),
            ("entrance", "hollow", ("entrance", "door", "doorway")),
            ("stone", "stone", ("steps", "terraces", "tiers")),
            ("stairs", "stair", ("stairs", "stairway", "staircase")),
            ("temple", "stone", ("temple", "shrine")),
            ("door", "hollow", ("door",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "smooth",
                choices=("smooth", "stepped"),
                words={
                    "egyptian": "smooth",
                    "smooth": "smooth",
                    "step": "stepped",
                    "stepped": "stepped",
                    "mayan": "stepped",
                    "aztec": "stepped",
                    "ziggurat": "stepped",
                    "maya": "stepped",
                },
                doc="A smooth Egyptian pyramid with a gilt capstone, or a stepped temple pyramid with a stair.",
            ),
        ),
        build=pyramid,
        round=True,
        collider="mesh_convex",
        description="A pyramid: a smooth four-sided stone monument with a gilt capstone; a stepped Mayan temple "
        "pyramid as a style.",
    ),
    Recipe(
        name="obelisk",
        category="market_town",
        nouns=(
            "obelisk",
            "stone obelisk",
            "egyptian obelisk",
            "needle monument",
            "monolith obelisk",
        ),
        synsets=("obelisk.n.01",),
        size=SizePrior((1.5, 6.0, 1.5), 0.25),
        materials={
            "stone": M("rough_stone", "#c8b48a"),
            "plinth": M("marble", "#b9b2a4"),
            "tip": M("brass", "#e0b040"),
            "glyph": M("rough_stone", "#7a6a50"),
        },
        parts=_p(
            ("base", "plinth", ("base", "plinth", "pedestal", "steps")),
            ("shaft", "stone", ("shaft", "column", "body")),
            ("pyramidion", "tip", ("tip", "pyramidion", "point", "cap")),
            ("glyphs", "glyph", ("hieroglyphs", "glyphs", "carvings", "inscription")),
        ),
        build=obelisk,
        collider="box",
        description="An obelisk: a tall tapering four-sided stone shaft with a gilt pyramid tip on a stepped plinth.",
    ),
    Recipe(
        name="totem_pole",
        category="market_town",
        nouns=("totem pole", "totem", "carved pole", "totem column"),
        synsets=("totem_pole.n.01",),
        size=SizePrior((2.0, 5.4, 0.9), 0.25),
        materials={
            "wood": M("wood_planks", "#8a5a34"),
            "paint_red": M("painted_wood", "#b83a2a"),
            "paint_blue": M("painted_wood", "#2a6a9a"),
            "paint_green": M("painted_wood", "#3a7a4a"),
            "paint_black": M("painted_wood", "#1d1a18"),
            "paint_white": M("painted_wood", "#ece6d8"),
        },
        parts=_p(
            ("pole", "wood", ("pole", "trunk", "log", "column")),
            ("carving_red", "paint_red", ("wings", "beaks", "paint")),
            ("carving_blue", "paint_blue", ("beak", "paint")),
            ("carving_green", "paint_green", ("beak", "paint")),
            ("carving_black", "paint_black", ("brows", "mouths", "faces", "head")),
            ("carving_white", "paint_white", ("eyes",)),
        ),
        build=totem_pole,
        collider="box",
        description="A totem pole: a tall carved log of stacked painted faces with beaks, topped by spread wings.",
    ),
    Recipe(
        name="weathervane",
        category="market_town",
        nouns=("weathervane", "weather vane", "wind vane", "weathercock", "weather cock", "vane"),
        synsets=("weathervane.n.01",),
        size=SizePrior((0.68, 1.21, 0.56), 0.25),
        materials={
            "iron": M("iron", "#2b2c2e"),
            "gilt": M("brass", "#c8a040"),
            "roof": M("roof_tiles", "#7a3a2a"),
        },
        parts=_p(
            ("base", "roof", ("base", "roof", "mount")),
            ("post", "iron", ("post", "rod", "spindle")),
            ("arms", "iron", ("arms", "cross")),
            ("letters", "iron", ("letters", "compass points", "directions")),
            ("ball", "gilt", ("ball", "globe")),
            ("arrow", "iron", ("arrow", "pointer")),
            ("rooster", "gilt", ("rooster", "cockerel", "cock", "figure")),
        ),
        build=weathervane,
        collider="box",
        description="A weathervane: a gilt rooster over an arrow on a rod, with the four compass letters on a cross, "
        "on a bit of roof ridge.",
    ),
    Recipe(
        name="wind_turbine",
        category="street",
        nouns=("wind turbine", "windturbine", "wind generator", "wind power plant"),
        synsets=("wind_turbine.n.01",),
        size=SizePrior((54.0, 92.0, 11.7), 0.25),
        materials={
            "tower": M("painted_metal", "#e8eaec"),
            "concrete": M("concrete", "#9a9a96"),
            "blade": M("painted_metal", "#f1f2f3"),
        },
        parts=_p(
            ("tower", "tower", ("tower", "mast", "pole")),
            ("foundation", "concrete", ("foundation", "base")),
            ("nacelle", "tower", ("nacelle", "hub", "housing", "rotor")),
            ("blades", "blade", ("blades", "blade", "rotor")),
        ),
        build=wind_turbine,
        collider="box",
        description="A wind turbine: a tall white tapering tower with a nacelle and three long blades facing +Z.",
    ),
    Recipe(
        name="record_player",
        category="office",
        nouns=(
            "record player",
            "turntable",
            "phonograph",
            "gramophone",
            "vinyl player",
            "record deck",
            "hi-fi turntable",
        ),
        synsets=("record_player.n.01",),
        size=SizePrior((0.45, 0.16, 0.36), 0.25),
        materials={
            "wood": M("wood_planks", "#6b4024"),
            "top": M("plastic", "#2a2c30"),
            "platter": M("iron", "#8d9196"),
            "vinyl": M("plastic", "#111113"),
            "label": M("paper", "#c8302a"),
            "metal": M("iron", "#c6cacf"),
            "glass": M("crystal", "#d8e4ea"),
        },
        parts=_p(
            ("base", "wood", ("base", "plinth", "cabinet", "body")),
            ("top", "top", ("top deck", "deck")),
            ("platter", "platter", ("platter",)),
            ("record", "vinyl", ("record", "vinyl", "lp", "disc")),
            ("label", "label", ("label",)),
            ("arm", "metal", ("tonearm", "arm", "needle", "stylus", "knobs")),
            ("lid", "glass", ("lid", "dust cover", "cover")),
        ),
        params=(
            Param(
                "lid",
                "bool",
                False,
                words={"lid": True, "cover": True},
                doc="A raised clear dust cover.",
            ),
        ),
        build=record_player,
        long_axis="x",
        collider="box",
        description="A record player: a wooden plinth with a platter, a spinning record and a tonearm.",
    ),
    Recipe(
        name="cassette_tape",
        category="office",
        nouns=(
            "cassette tape",
            "cassette",
            "audio cassette",
            "mixtape",
            "tape cassette",
            "compact cassette",
            "audio tape",
        ),
        synsets=("cassette.n.01",),
        size=SizePrior((0.1, 0.016, 0.064), 0.25),
        materials={
            "shell": M("plastic", "#2a2c30"),
            "label": M("paper", "#f0e8c8"),
            "window": M("crystal", "#c8d8e0"),
            "reel": M("plastic", "#f2f0ea"),
            "tape": M("plastic", "#4a2e1c"),
        },
        parts=_p(
            ("shell", "shell", ("shell", "case", "body")),
            ("label", "label", ("label", "sticker")),
            ("window", "window", ("window",)),
            ("reels", "reel", ("reels", "spools", "hubs")),
            ("tape", "tape", ("tape", "magnetic tape")),
        ),
        build=cassette_tape,
        long_axis="x",
        collider="box",
        description="A cassette tape lying flat: a dark plastic shell with a label, a window and two reels of tape.",
    ),
    Recipe(
        name="walkie_talkie",
        category="office",
        nouns=(
            "walkie talkie",
            "walkie-talkie",
            "two-way radio",
            "handheld radio",
            "handie-talkie",
            "radio transceiver",
        ),
        synsets=("walkie-talkie.n.01",),
        size=SizePrior((0.066, 0.246, 0.042), 0.25),
        materials={
            "body": M("plastic", "#2a2c30"),
            "grille": M("plastic", "#111113"),
            "rubber": M("plastic", "#1d1e21"),
            "screen": M("plastic", "#4a6a3a", emissive="#9ad070", emissive_strength=1.0),
        },
        parts=_p(
            ("body", "body", ("body", "case", "clip")),
            ("grille", "grille", ("grille", "speaker")),
            ("screen", "screen", ("screen", "display")),
            ("button", "rubber", ("button", "push-to-talk", "ptt")),
            ("antenna", "rubber", ("antenna", "aerial", "knob")),
        ),
        build=walkie_talkie,
        collider="box",
        description="A walkie-talkie: a handheld radio with a speaker grille, a small screen, a push-to-talk button "
        "and a stubby antenna.",
    ),
    Recipe(
        name="gas_mask",
        category="wearables",
        nouns=("gas mask", "respirator", "gasmask", "respirator mask", "nbc mask", "hazmat mask"),
        synsets=("gasmask.n.01",),
        size=SizePrior((0.2, 0.23, 0.24), 0.25),
        materials={
            "rubber": M("plastic", "#3a3d36"),
            "rim": M("iron", "#5a5c60"),
            "lens": M("crystal", "#a8c0c8"),
            "filter": M("painted_metal", "#4a5a3a"),
            "strap": M("fabric", "#2a2a28"),
        },
        parts=_p(
            ("mask", "rubber", ("mask", "face piece", "facepiece", "snout")),
            ("eyepieces", "rim", ("eyepieces", "rims")),
            ("lenses", "lens", ("lenses", "lens", "eyes", "visor")),
            ("filter", "filter", ("filter", "canister")),
            ("straps", "strap", ("straps", "strap", "harness")),
        ),
        build=gas_mask,
        collider="box",
        description="A gas mask: a rubber face piece with two round eyepieces and a filter canister at the mouth.",
    ),
    Recipe(
        name="cargo_container",
        category="containers",
        nouns=(
            "shipping container",
            "cargo container",
            "freight container",
            "intermodal container",
            "conex box",
            "sea container",
            "container box",
            "storage container",
            "sci-fi container",
            "cargo pod",
        ),
        synsets=("cargo_container.n.01",),
        size=SizePrior((6.24, 2.59, 2.5), 0.25),
        materials={
            "paint": M("metal_panels", "#b8442a"),
            "frame": M("iron", "#3a3b3e"),
            "panel": M("metal_panels", "#8a9096"),
            "glow": M("plastic", "#40c8ff", emissive="#50d0ff", emissive_strength=1.4),
        },
        parts=_p(
            ("box", "paint", ("box", "body", "walls", "doors", "corrugation")),
            ("corners", "frame", ("corners", "corner castings")),
            ("bars", "frame", ("bars", "locking bars", "handles")),
            ("panels", "panel", ("panels", "plates", "hatch")),
            ("strips", "glow", ("lights", "strips", "glow")),
            ("end_frames", "frame", ("frame", "end frames")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "standard",
                choices=("standard", "scifi"),
                words={
                    "shipping": "standard",
                    "cargo": "standard",
                    "corrugated": "standard",
                    "sci-fi": "scifi",
                    "scifi": "scifi",
                    "futuristic": "scifi",
                    "space": "scifi",
                    "cyberpunk": "scifi",
                },
                doc="A corrugated steel shipping container, or a panelled sci-fi cargo container with light strips.",
            ),
        ),
        build=cargo_container,
        long_axis="x",
        collider="box",
        description="A 20-foot shipping container: corrugated steel walls, corner castings and end doors with "
        "locking bars; a sci-fi panelled style.",
    ),
    Recipe(
        name="wall_hooks",
        category="household",
        nouns=(
            "wall hooks",
            "key hook",
            "key hooks",
            "key holder",
            "key rack",
            "coat hooks",
            "coat hook",
            "hook rack",
            "hook board",
            "wall hook",
            "peg rail",
            "hat hooks",
        ),
        synsets=(),
        size=SizePrior((0.48, 0.16, 0.08), 0.3),
        materials={
            "wood": M("wood_planks", "#8a5a32"),
            "metal": M("iron", "#2b2c2e"),
            "brass": M("brass", "#c8a040"),
        },
        parts=_p(
            ("board", "wood", ("board", "plaque", "backboard", "rail")),
            ("hooks", "metal", ("hooks", "hook", "pegs")),
            ("keys", "brass", ("keys", "key", "key rings")),
        ),
        params=(
            Param(
                "hooks",
                "int",
                5,
                2,
                8,
                count_nouns=("hooks", "hook", "pegs"),
                doc="Hooks along the board.",
            ),
            Param(
                "with_keys",
                "bool",
                True,
                words={"key": True, "keys": True, "coat": False, "hat": False},
                doc="Keys hanging from the first hooks.",
            ),
        ),
        build=wall_hooks,
        long_axis="x",
        collider="box",
        description="A row of wall hooks: a wooden board with curved iron hooks, keys hanging from some.",
    ),
]
