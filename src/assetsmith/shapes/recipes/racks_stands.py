"""Generic frames and machines that many prompts name: racks (weapon, shoe, coat, wine, potion,
server and drying racks), vendor stands (hot dog, lemonade, newspaper, ticket), umbrella stand,
music stand, arcade cabinet (and pinball machine), jukebox, popcorn machine, a spoked wagon wheel
and a toothed gear.

Everything stands on its bottom centre and faces +Z (shelves, screens and counters forward);
wheels and gears stand upright in the XY plane."""

from __future__ import annotations

import math

from ..dsl import boards, box, cone, cylinder, extrude, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
WOOD = M("wood_planks", "#8a5a32")
DARK_WOOD = M("wood_planks", "#5a3a22")
IRON = M("iron", "#55585c")
STEEL = M("iron", "#a9adb2")
BLACK = M("plastic", "#1d1e21")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


# --- racks ------------------------------------------------------------------------------------------


def _weapon_rack(p) -> list:
    w, h = 1.3, 1.35
    parts = [
        part("feet", "wood", box([0.1, 0.08, 0.5], bevel=0.012))
        .array(2, [w - 0.1, 0, 0], center=True)
        .uv("box"),
        part("posts", "wood", box([0.08, h, 0.08], bevel=0.01))
        .array(2, [w - 0.1, 0, 0], center=True)
        .at(0, 0.07, 0),
        part("rails", "wood", box([w, 0.07, 0.1], bevel=0.01)).at(0, h - 0.05, -0.04),
        part("trough", "wood", box([w - 0.1, 0.06, 0.22], bevel=0.008), part="rails").at(
            0, 0.2, 0.05
        ),
    ]
    n = 5
    for k in range(n):
        x = (k - (n - 1) / 2) * 0.22
        lean = -8
        parts += [
            part(f"shaft_{k}", "shaft", cylinder(0.016, 1.7), part="weapons")
            .rotate(x=lean)
            .at(x, 0.24, 0.1),
            part(f"head_{k}", "steel", cone(0.03, 0.2, sides=4), part="heads")
            .scale([1.0, 1.0, 0.35])
            .rotate(x=lean)
            .at(
                x,
                0.24 + 1.7 * math.cos(math.radians(lean)),
                0.1 - 1.7 * math.sin(math.radians(-lean)),
            ),
        ]
    return parts


def _shoe_rack(p) -> list:
    w, h, d = 0.8, 0.55, 0.3
    parts = [
        part("sides", "wood", box([0.03, h, d], bevel=0.006))
        .array(2, [w - 0.03, 0, 0], center=True)
        .uv("box"),
        part("shelves", "wood", box([w - 0.06, 0.02, d - 0.02], bevel=0.004))
        .rotate(x=10)
        .array(3, [0, 0.17, 0])
        .at(0, 0.05, 0),
    ]
    rng = p.rng
    for k in range(2):
        for j in range(3):
            x = -0.26 + j * 0.26 + float(rng.uniform(-0.02, 0.02))
            y = 0.08 + k * 0.17
            parts.append(
                part(f"shoe_{k}_{j}", "shoes", box([0.085, 0.08, 0.26], bevel=0.03), part="shoes")
                .array(2, [0.1, 0, 0], center=True)
                .rotate(x=10)
                .at(x, y, 0.0)
            )
    return parts


def _coat_rack(p) -> list:
    h = 1.8
    hook = sweep(
        [[0.0, 0.0, 0.0], [0.12, 0.04, 0.0], [0.17, 0.12, 0.0], [0.15, 0.17, 0.0]],
        0.011,
        curve="smooth",
    )
    return [
        part("feet", "wood", box([0.05, 0.04, 0.3], bevel=0.01))
        .moved(0, 0, 0.15)
        .radial(4, axis="y", start=45)
        .uv("box"),
        part(
            "posts",
            "wood",
            lathe(
                [
                    [0.0, 0.0],
                    [0.045, 0.0],
                    [0.03, 0.08],
                    [0.025, 0.4],
                    [0.022, h - 0.12],
                    [0.03, h - 0.08],
                    [0.0, h - 0.08],
                ],
                smooth=False,
            ),
        ).uv("cylindrical"),
        part("hooks", "hooks", hook).radial(4, axis="y").at(0, h - 0.34, 0),
        part("upper_hooks", "hooks", hook, part="hooks")
        .scale(0.75)
        .radial(4, axis="y", start=45)
        .at(0, h - 0.2, 0),
        part("finial", "wood", sphere(0.045), part="posts").at(0, h - 0.09, 0),
    ]


def _wine_rack(p) -> list:
    w, h, d = 0.8, 0.95, 0.3
    cols, rows, pitch = 5, 6, 0.14
    parts = [
        part("sides", "wood", box([0.025, h, d], bevel=0.005))
        .array(2, [w - 0.025, 0, 0], center=True)
        .uv("box"),
        part("shelves", "wood", box([w - 0.05, 0.02, d], bevel=0.004))
        .array(rows + 1, [0, pitch, 0])
        .at(0, 0.05, 0),
        part("top", "wood", box([w + 0.02, 0.03, d + 0.02], bevel=0.006), part="rails").at(0, h, 0),
        part("bottles", "glass", cylinder(0.037, 0.2, bevel=0.01))
        .turned(x=90)
        .moved(0, 0.037, -0.1)
        .array(cols, [pitch + 0.01, 0, 0], center=True)
        .array(rows, [0, pitch, 0])
        .at(0, 0.07, 0),
        part("necks", "glass", cylinder(0.014, 0.09), part="bottles")
        .turned(x=90)
        .moved(0, 0.037, 0.1)
        .array(cols, [pitch + 0.01, 0, 0], center=True)
        .array(rows, [0, pitch, 0])
        .at(0, 0.07, 0),
    ]
    return parts


def _potion_rack(p) -> list:
    w, h, d = 0.9, 1.0, 0.24
    parts = [
        part("sides", "wood", box([0.04, h, d], bevel=0.008))
        .array(2, [w - 0.04, 0, 0], center=True)
        .uv("box"),
        part("shelves", "wood", box([w - 0.08, 0.025, d], bevel=0.005))
        .array(3, [0, 0.32, 0])
        .at(0, 0.02, 0),
        part("rails", "wood", box([w - 0.08, 0.025, 0.02], bevel=0.004))
        .array(3, [0, 0.32, 0])
        .at(0, 0.1, d / 2 - 0.01),
        part("back", "wood", box([w - 0.08, h - 0.02, 0.015]), part="sides").at(
            0, 0.0, -d / 2 + 0.0075
        ),
    ]
    colours = ("potion_red", "potion_blue", "potion_green")
    rng = p.rng
    for k in range(3):
        for j in range(5):
            x = -0.32 + j * 0.16 + float(rng.uniform(-0.015, 0.015))
            y = 0.045 + k * 0.32
            r = float(rng.uniform(0.038, 0.05))
            parts += [
                part(
                    f"flask_{k}_{j}",
                    colours[(k + j) % 3],
                    sphere(r),
                    part=colours[(k + j) % 3].replace("potion", "potions"),
                ).at(x, y, 0.0),
                part(f"neck_{k}_{j}", "glass", cylinder(0.012, 0.07), part="bottles").at(
                    x, y + 1.8 * r, 0.0
                ),
                part(f"cork_{k}_{j}", "cork", cylinder(0.014, 0.025), part="corks").at(
                    x, y + 1.8 * r + 0.065, 0.0
                ),
            ]
    return parts


def _server_rack(p) -> list:
    w, h, d = 0.6, 2.0, 1.0
    units = 9
    parts = [
        part("frame", "cabinet", box([w, h, d], bevel=0.01)).uv("box"),
        part("units", "units", box([w - 0.08, 0.17, 0.04], bevel=0.004))
        .array(units, [0, 0.2, 0])
        .at(0, 0.1, d / 2 - 0.01),
        part("lights", "led", box([0.012, 0.012, 0.01]))
        .array(4, [0.02, 0, 0])
        .array(units, [0, 0.2, 0])
        .at(0.15, 0.16, d / 2 + 0.03),
        part("vents", "trim", box([0.3, 0.008, 0.01]))
        .array(3, [0, 0.03, 0])
        .array(units, [0, 0.2, 0])
        .at(-0.08, 0.13, d / 2 + 0.03),
        part("uprights", "cabinet", box([0.03, h - 0.1, 0.03]), part="frame")
        .array(2, [w - 0.05, 0, 0], center=True)
        .at(0, 0.05, d / 2 - 0.005),
        part("casters", "cabinet", cylinder(0.025, 0.03), part="frame")
        .array(2, [w - 0.1, 0, 0], center=True)
        .array(2, [0, 0, d - 0.1], center=True)
        .at(0, -0.03, 0),
    ]
    return parts


def _drying_rack(p) -> list:
    w, h = 1.1, 0.95
    leg = h / math.cos(math.radians(18))
    parts = [
        part("legs", "wood", box([0.03, leg, 0.03], bevel=0.006))
        .turned(x=18)
        .moved(0, 0, -0.3)
        .mirror("z")
        .array(2, [w, 0, 0], center=True)
        .uv("box"),
        part("rails", "wood", cylinder(0.01, w + 0.03))
        .turned(z=90)
        .array(4, [0, 0.2, 0.065])
        .moved(0, 0.2, -0.235)
        .mirror("z")
        .at((w + 0.03) / 2, 0, 0),
        part("top_rail", "wood", cylinder(0.014, w + 0.03), part="rails")
        .rotate(z=90)
        .at((w + 0.03) / 2, h - 0.02, 0),
        part("cloths", "cloth", box([0.4, 0.5, 0.01], bevel=0.004))
        .rotate(x=-18)
        .at(-0.25, h - 0.5, 0.09),
        part("towel", "towel", box([0.35, 0.36, 0.012], bevel=0.004))
        .rotate(x=18)
        .at(0.25, h - 0.37, -0.09),
    ]
    return parts


def rack(p) -> dict:
    build = {
        "weapon": _weapon_rack,
        "shoe": _shoe_rack,
        "coat": _coat_rack,
        "wine": _wine_rack,
        "potion": _potion_rack,
        "server": _server_rack,
        "drying": _drying_rack,
    }[p.style]
    return program(*build(p), collider="box")


# --- stands ----------------------------------------------------------------------------------------


def stand(p) -> dict:
    style = p.style
    w, d = 1.8, 0.8
    ch = 1.05  # counter height
    top = 2.35
    counter = part("counter", "painted", box([w, ch, d], bevel=0.015))
    if style == "lemonade":
        counter = part("planks", "wood", box([w - 0.02, ch, d - 0.04], bevel=0.01))
    parts = [
        counter.uv("box"),
        part("countertop", "wood", box([w + 0.1, 0.04, d + 0.12], bevel=0.01)).at(0, ch, 0.04),
        part("posts", "wood", box([0.07, top - ch - 0.04, 0.07], bevel=0.01))
        .array(2, [w - 0.07, 0, 0], center=True)
        .at(0, ch + 0.04, -d / 2 + 0.035),
    ]
    if style == "lemonade":
        parts.append(
            part(
                "front_boards",
                "wood",
                boards([w, ch - 0.02, 0.03], 6, run="x", thickness_axis="z", gap=0.008),
                part="planks",
            ).at(0, 0.0, d / 2 - 0.01)
        )
    if style == "ticket":
        parts += [
            part(
                "booth", "painted", box([w, top - ch - 0.04, 0.06], bevel=0.01), part="counter"
            ).at(0, ch + 0.04, -d / 2 + 0.03),
            part("walls", "painted", box([0.06, top - ch - 0.04, d], bevel=0.01), part="counter")
            .array(2, [w - 0.06, 0, 0], center=True)
            .at(0, ch + 0.04, 0),
            part("glass", "glass", box([w - 0.12, top - ch - 0.3, 0.02])).at(
                0, ch + 0.14, d / 2 - 0.06
            ),
            part("roof", "awning", box([w + 0.2, 0.12, d + 0.3], bevel=0.02)).at(0, top, 0.05),
        ]
    else:
        # A sloped striped awning: boards of two colours alternating.
        slope = [
            [-(d + 0.3) / 2, 0.0],
            [(d + 0.3) / 2, -0.25],
            [(d + 0.3) / 2, -0.22],
            [-(d + 0.3) / 2, 0.03],
        ]
        parts += [
            part("awning", "awning", extrude(slope, 0.16, axis="x"))
            .array(6, [0.32, 0, 0], center=True)
            .at(0, top + 0.22, 0.12),
            part("stripes", "stripes", extrude(slope, 0.16, axis="x"), part="awning_stripes")
            .array(5, [0.32, 0, 0], center=True)
            .at(0, top + 0.2205, 0.12),
        ]
    if style in ("hotdog", "lemonade", "newspaper"):
        parts.append(
            part("sign", "sign", box([w * 0.7, 0.3, 0.04], bevel=0.01)).at(
                0, top + 0.28, -d / 2 + 0.02
            )
        )
    if style == "hotdog":
        parts += [
            part("grill", "steel", box([0.7, 0.08, 0.4], bevel=0.01)).at(-0.35, ch + 0.04, 0.05),
            part("sausages", "sausage", cylinder(0.016, 0.17, bevel=0.006))
            .turned(z=90)
            .array(6, [0, 0, 0.055], center=True)
            .array(2, [0.25, 0, 0], center=True)
            .at(-0.35 + 0.085, ch + 0.12, 0.05),
            part("bottles", "ketchup", cylinder(0.03, 0.19, bevel=0.01), part="condiments").at(
                0.4, ch + 0.04, 0.2
            ),
            part(
                "mustard", "mustard", cylinder(0.03, 0.19, bevel=0.01), part="condiments_mustard"
            ).at(0.5, ch + 0.04, 0.2),
        ]
    elif style == "lemonade":
        parts += [
            part(
                "pitcher",
                "glass",
                lathe([[0.0, 0.0], [0.07, 0.0], [0.08, 0.18], [0.07, 0.24], [0.0, 0.24]]),
            ).at(-0.3, ch + 0.04, 0.1),
            part("lemonade", "lemonade", cylinder(0.07, 0.16)).at(-0.3, ch + 0.05, 0.1),
            part("cups", "cups", cylinder(0.035, 0.1, bevel=0.004))
            .array(4, [0.12, 0, 0])
            .at(0.05, ch + 0.04, 0.15),
            part("lemons", "lemons", sphere(0.035))
            .array(3, [0.08, 0, 0])
            .at(0.15, ch + 0.04, -0.1),
        ]
    elif style == "newspaper":
        parts += [
            part("papers", "paper", box([0.3, 0.03, 0.38], bevel=0.004))
            .array(4, [0.4, 0, 0], center=True)
            .at(0, ch + 0.04, 0.1),
            part("magazines", "magazines", box([0.22, 0.3, 0.02], bevel=0.003))
            .rotate(x=-12)
            .array(6, [0.27, 0, 0], center=True)
            .at(0, ch + 0.35, -d / 2 + 0.1),
            part("shelf", "wood", box([w - 0.14, 0.03, 0.16], bevel=0.005), part="countertop").at(
                0, ch + 0.32, -d / 2 + 0.1
            ),
        ]
    return program(*parts, collider="box")


def umbrella_stand(p) -> dict:
    h = 0.55
    parts = [
        part(
            "body",
            "body",
            lathe(
                [
                    [0.0, 0.0],
                    [0.12, 0.0],
                    [0.125, 0.02],
                    [0.11, h - 0.03],
                    [0.125, h],
                    [0.115, h],
                    [0.1, h - 0.03],
                    [0.105, 0.03],
                    [0.0, 0.03],
                ],
                smooth=False,
            ),
        ).uv("cylindrical"),
        part("bands", "trim", torus(0.115, 0.006)).array(2, [0, 0.36, 0]).at(0, 0.09, 0),
    ]
    for k, (x, z, tilt, rot) in enumerate(
        ((0.04, 0.02, 8, 0), (-0.05, 0.03, -9, 30), (0.0, -0.05, 7, 90))
    ):
        parts += [
            part(f"shaft_{k}", "metal", cylinder(0.006, 0.85), part="umbrellas_metal")
            .rotate(z=tilt)
            .at(x, 0.03, z),
            part(
                f"canopy_{k}",
                f"canopy_{k % 2}",
                cone(0.05, 0.55, radius_top=0.012, sides=8),
                part=f"umbrellas_{k % 2}",
            )
            .rotate(z=tilt)
            .at(x - 0.3 * math.sin(math.radians(tilt)), 0.3, z),
            part(f"handle_{k}", "handle", torus(0.035, 0.01, arc=200), part="handles")
            .rotate(x=90, y=rot)
            .at(x - 0.88 * math.sin(math.radians(tilt)), 0.85, z),
        ]
    return program(*parts, collider="box")


def music_stand(p) -> dict:
    h = 1.15
    desk = [[-0.25, 0.0], [0.25, 0.0], [0.25, 0.32], [-0.25, 0.32]]
    return program(
        part("legs", "metal", cylinder(0.008, 0.4))
        .turned(z=-118)
        .radial(3, axis="y")
        .at(0, 0.19, 0),
        part("pole", "metal", cylinder(0.011, h - 0.15)).at(0, 0.18, 0),
        part("desk", "metal", extrude(desk, 0.008)).rotate(x=-20).at(0, h - 0.02, 0.02),
        part("lip", "metal", box([0.5, 0.05, 0.012]), part="desk")
        .rotate(x=60)
        .at(0, h - 0.04, 0.05),
        part("sheet", "paper", box([0.42, 0.28, 0.003])).rotate(x=-20).at(0, h + 0.01, 0.036),
        collider="box",
    )


# --- machines --------------------------------------------------------------------------------------


def arcade_cabinet(p) -> dict:
    if p.style == "pinball":
        L, w = 1.3, 0.7
        return program(
            part("legs", "metal", box([0.05, 0.8, 0.05]))
            .array(2, [w - 0.05, 0, 0], center=True)
            .array(2, [0, 0, L - 0.1], center=True)
            .uv("box"),
            part("cabinet", "cabinet", box([w, 0.3, L], bevel=0.015)).rotate(x=-5).at(0, 0.8, 0),
            part("glass", "glass", box([w - 0.06, 0.01, L - 0.08])).rotate(x=-5).at(0, 1.09, 0.02),
            part("playfield", "playfield", box([w - 0.08, 0.01, L - 0.1]))
            .rotate(x=-5)
            .at(0, 1.0, 0.02),
            part("bumpers", "bumpers", cylinder(0.04, 0.06, bevel=0.01))
            .array(3, [0.16, 0, 0], center=True)
            .rotate(x=-5)
            .at(0, 1.02, -0.25),
            part("backbox", "cabinet", box([w, 0.75, 0.16], bevel=0.015)).at(
                0, 1.08, -L / 2 + 0.05
            ),
            part("screen", "screen", box([w - 0.1, 0.6, 0.01])).at(0, 1.15, -L / 2 + 0.135),
            part("buttons", "buttons", cylinder(0.02, 0.03))
            .turned(z=90)
            .moved(w / 2 + 0.03, 0, 0)
            .mirror("x")
            .at(0, 1.0, L / 2 - 0.15),
            collider="box",
        )
    w, h, d = 0.7, 1.8, 0.8
    side = [
        [-d / 2, 0.0],
        [d / 2, 0.0],
        [d / 2, 0.95],
        [d / 2 - 0.12, 1.05],
        [d / 2 - 0.2, 1.5],
        [d / 2 - 0.16, h],
        [-d / 2, h],
    ]
    return program(
        part("cabinet", "cabinet", extrude(side, w, axis="x", bevel=0.015)).uv("box"),
        part("side_art", "art", extrude(side, w + 0.01, axis="x"), part="art")
        .scale([1.0, 0.92, 0.92])
        .at(0, 0.07, -0.01),
        part("screen", "screen", box([w - 0.16, 0.4, 0.02]))
        .rotate(x=-10)
        .at(0, 1.08, d / 2 - 0.128),
        part("marquee", "marquee", box([w - 0.04, 0.2, 0.03])).at(0, h - 0.23, d / 2 - 0.17),
        part("panel", "panel", box([w + 0.04, 0.05, 0.3], bevel=0.01))
        .rotate(x=12)
        .at(0, 0.93, d / 2 - 0.02),
        part("joystick", "buttons", cylinder(0.008, 0.08), part="controls").at(
            -0.15, 0.98, d / 2 - 0.02
        ),
        part("ball", "ball", sphere(0.022), part="controls_ball").at(-0.15, 1.05, d / 2 - 0.02),
        part("buttons", "buttons", cylinder(0.017, 0.02), part="controls")
        .array(3, [0.06, 0, 0])
        .array(2, [0, 0.0, 0.06])
        .at(0.05, 0.97, d / 2 - 0.09),
        part("coin_door", "metal", box([0.22, 0.3, 0.02], bevel=0.005)).at(0, 0.35, d / 2),
        collider="box",
    )


def jukebox(p) -> dict:
    w, d = 0.9, 0.6
    front = [[-w / 2, 0.0], [w / 2, 0.0], [w / 2, 1.05]]
    front += [
        [0.45 * math.cos(math.radians(a)), 1.05 + 0.45 * math.sin(math.radians(a))]
        for a in range(15, 166, 15)
    ]
    front += [[-w / 2, 1.05]]
    arch = [
        [0.36 * math.cos(math.radians(a)), 0.36 * math.sin(math.radians(a))]
        for a in range(0, 181, 12)
    ]
    arch = [[x, y] for x, y in arch] + [
        [-0.32 * math.cos(math.radians(a)), 0.32 * math.sin(math.radians(a))]
        for a in range(0, 181, 12)
    ]
    return program(
        part("cabinet", "wood", extrude(front, d, bevel=0.02)).uv("box"),
        part("arch", "neon", extrude([[x, y] for x, y in arch], 0.04), part="lights").at(
            0, 1.05, d / 2
        ),
        part("tubes", "neon", cylinder(0.025, 0.95), part="lights")
        .array(2, [0.78, 0, 0], center=True)
        .at(0, 0.1, d / 2),
        part("window", "glass", box([0.5, 0.3, 0.02])).at(0, 0.95, d / 2 + 0.005),
        part("records", "vinyl", cylinder(0.13, 0.01)).rotate(x=90).at(0, 1.1, d / 2 - 0.02),
        part("grille", "chrome", box([0.6, 0.04, 0.03], bevel=0.006))
        .array(6, [0, 0.08, 0])
        .at(0, 0.25, d / 2),
        part("buttons", "chrome", box([0.04, 0.03, 0.03], bevel=0.005), part="chrome_buttons")
        .array(8, [0.055, 0, 0], center=True)
        .at(0, 0.8, d / 2 + 0.005),
        collider="box",
    )


def popcorn_machine(p) -> dict:
    w, d = 0.5, 0.4
    kh = 0.55
    parts = [
        part("kettle_frame", "frame", box([w, 0.05, d], bevel=0.01), part="frame").uv("box"),
        part("glass", "glass", box([w - 0.02, kh, d - 0.02])).at(0, 0.05, 0),
        part("pillars", "frame", box([0.03, kh, 0.03]))
        .array(2, [w - 0.03, 0, 0], center=True)
        .array(2, [0, 0, d - 0.03], center=True)
        .at(0, 0.05, 0)
        .uv("box"),
        part("roof", "frame", box([w + 0.02, 0.12, d + 0.02], bevel=0.02), part="frame").at(
            0, 0.05 + kh, 0
        ),
        part("sign", "sign", box([w - 0.06, 0.09, 0.01])).at(0, 0.06 + kh, d / 2 + 0.006),
        part("popcorn", "popcorn", box([w - 0.06, 0.16, d - 0.06])).at(0, 0.05, 0),
        part("kettle", "steel", lathe([[0.0, 0.0], [0.1, 0.0], [0.11, 0.09], [0.0, 0.09]])).at(
            0, 0.05 + kh - 0.22, 0
        ),
        part("kernels", "popcorn", sphere(0.012), part="popcorn")
        .scatter(24, [0.4, 0.3], area="rect", spacing=0.03)
        .at(0, 0.2, 0),
    ]
    if p.cart:
        parts += [
            part("cart", "cart", box([w + 0.1, 0.6, d + 0.06], bevel=0.012)).at(0, -0.6, 0),
            part("wheels", "tyre", cylinder(0.11, 0.04))
            .turned(z=90)
            .moved((w + 0.1) / 2 + 0.045, 0, 0)
            .mirror("x")
            .at(0, -0.78, 0.0),
            part("cart_legs", "frame", box([0.04, 0.2, 0.04]), part="frame")
            .array(2, [w, 0, 0], center=True)
            .at(0, -0.78, -d / 2 + 0.05),
        ]
    return program(*parts, collider="box")


# --- wheels ----------------------------------------------------------------------------------------


def wheel(p) -> dict:
    R = 0.6 if p.style == "wagon" else 0.35
    n = p.spokes
    rim_w = 0.07 if p.style == "wagon" else 0.05
    return program(
        part("rim", "wood", cylinder(R, rim_w, inner_radius=R - 0.06, bevel=0.008))
        .rotate(x=90)
        .at(0, R, -rim_w / 2)
        .uv("cylindrical"),
        part("tyre", "iron", cylinder(R + 0.012, rim_w - 0.01, inner_radius=R - 0.004))
        .rotate(x=90)
        .at(0, R, -(rim_w - 0.01) / 2),
        part("hub", "wood", cylinder(0.1 if p.style == "wagon" else 0.07, 0.22, bevel=0.015))
        .rotate(x=90)
        .at(0, R, -0.11),
        part("hub_band", "iron", cylinder(0.085 if p.style == "wagon" else 0.06, 0.03), part="tyre")
        .rotate(x=90)
        .array(2, [0, 0, 0.2], center=True)
        .at(0, R, -0.015),
        part("spokes", "wood", box([0.04, R - 0.07, 0.035], bevel=0.008))
        .moved(0, 0.06, 0)
        .radial(n, axis="z")
        .at(0, R, 0),
        collider="mesh_convex",
    )


def _gear_outline(teeth: int, r_out: float, r_root: float) -> list[list[float]]:
    pts = []
    for k in range(teeth):
        a = 2 * math.pi * k / teeth
        step = 2 * math.pi / teeth
        for frac, r in ((0.0, r_root), (0.2, r_out), (0.5, r_out), (0.7, r_root)):
            t = a + frac * step
            pts.append([r * math.cos(t), r * math.sin(t)])
    return pts


def gear(p) -> dict:
    n = p.teeth
    r_out = 0.025 * n / math.pi + 0.03  # a tooth every 5 cm of pitch circle
    r_root = r_out - 0.035
    rh = min(0.04, 0.45 * r_root)
    hole = [
        [rh * math.cos(2 * math.pi * k / 16), rh * math.sin(2 * math.pi * k / 16)]
        for k in range(16)
    ]
    holes = [hole]
    if p.spoked and r_root > 0.12:
        rr = (r_root + rh + 0.025) / 2
        sz = (r_root - rh - 0.025) * 0.36
        for k in range(4):
            a = 2 * math.pi * k / 4 + math.pi / 4
            holes.append(
                [
                    [
                        rr * math.cos(a) + sz * math.cos(2 * math.pi * j / 12),
                        rr * math.sin(a) + sz * math.sin(2 * math.pi * j / 12),
                    ]
                    for j in range(12)
                ]
            )
    t = 0.05
    return program(
        part("gear", "metal", extrude(_gear_outline(n, r_out, r_root), t, holes=holes, bevel=0.004))
        .at(0, r_out, 0)
        .uv("planar", axis="z"),
        part(
            "hub",
            "metal",
            cylinder(rh + 0.025, t + 0.03, inner_radius=rh, bevel=0.005),
            part="gear",
        )
        .rotate(x=90)
        .at(0, r_out, -(t + 0.03) / 2),
        part("axle", "axle", cylinder(rh, t + 0.1)).rotate(x=90).at(0, r_out, -(t + 0.1) / 2),
        collider="mesh_convex",
    )


RECIPES = [
    Recipe(
        name="rack",
        category="furniture",
        nouns=(
            "rack",
            "weapon rack",
            "weapons rack",
            "spear rack",
            "sword rack",
            "armory rack",
            "shoe rack",
            "shoe shelf",
            "coat rack",
            "coatrack",
            "hat rack",
            "hatrack",
            "coat stand",
            "hat stand",
            "hall stand",
            "wine rack",
            "bottle rack",
            "potion rack",
            "potion shelf",
            "server rack",
            "server cabinet",
            "network rack",
            "drying rack",
            "clothes horse",
            "clothes airer",
            "airer",
            "clothes drying rack",
            "display rack",
        ),
        synsets=("rack.n.01", "coatrack.n.01"),
        size=SizePrior((1.3, 1.95, 0.6), 0.3),
        materials={
            "wood": WOOD,
            "shaft": M("wood_planks", "#a77a4a"),
            "steel": STEEL,
            "shoes": M("leather", "#3b2a20"),
            "hooks": M("iron", "#2f3033"),
            "glass": M("crystal", "#1c3a24"),
            "potion_red": M("plastic", "#c0302a"),
            "potion_blue": M("plastic", "#2f5fc0"),
            "potion_green": M("plastic", "#3aa050"),
            "cork": M("wood_planks", "#b88a5a"),
            "cabinet": M("painted_metal", "#1f2124"),
            "units": M("painted_metal", "#3a3d42"),
            "trim": M("iron", "#6d7176"),
            "led": M("plastic", "#3fdc6a", emissive="#50ff80", emissive_strength=1.5),
            "cloth": M("fabric", "#c8d6e0"),
            "towel": M("fabric", "#d88a6a"),
        },
        parts=_p(
            ("feet", "wood", ("feet", "base", "legs")),
            ("posts", "wood", ("posts", "uprights", "pole", "frame")),
            ("rails", "wood", ("rails", "bars", "shelves", "crossbar")),
            ("sides", "wood", ("sides", "frame")),
            ("shelves", "wood", ("shelves", "shelf", "slats")),
            ("top", "wood", ("top",)),
            ("back", "wood", ("back", "backboard")),
            ("weapons", "shaft", ("spears", "spear", "weapons", "polearms", "shafts")),
            ("heads", "steel", ("spearheads", "heads", "blades")),
            ("shoes", "shoes", ("shoes", "boots", "sneakers")),
            ("hooks", "hooks", ("hooks", "pegs")),
            ("upper_hooks", "hooks", ("hooks",)),
            ("finial", "wood", ("finial", "knob")),
            ("bottles", "glass", ("bottles", "wine bottles", "wine")),
            ("necks", "glass", ("necks",)),
            ("potions_red", "potion_red", ("potions", "flasks")),
            ("potions_blue", "potion_blue", ("potions",)),
            ("potions_green", "potion_green", ("potions",)),
            ("corks", "cork", ("corks", "stoppers")),
            ("frame", "cabinet", ("cabinet", "frame", "enclosure")),
            ("units", "units", ("servers", "units", "blades")),
            ("lights", "led", ("lights", "leds")),
            ("legs", "wood", ("legs",)),
            ("top_rail", "wood", ("rail",)),
            ("cloths", "cloth", ("clothes", "laundry", "cloth")),
            ("towel", "towel", ("towel",)),
            ("trough", "wood", ("trough", "base rail")),
            ("vents", "trim", ("vents", "grilles")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "weapon",
                choices=("weapon", "shoe", "coat", "wine", "potion", "server", "drying"),
                words={
                    "weapon": "weapon",
                    "weapons": "weapon",
                    "spear": "weapon",
                    "spears": "weapon",
                    "sword": "weapon",
                    "swords": "weapon",
                    "armory": "weapon",
                    "armoury": "weapon",
                    "polearm": "weapon",
                    "shoe": "shoe",
                    "shoes": "shoe",
                    "boot": "shoe",
                    "boots": "shoe",
                    "sneaker": "shoe",
                    "coat": "coat",
                    "coats": "coat",
                    "coatrack": "coat",
                    "hat": "coat",
                    "hatrack": "coat",
                    "hall": "coat",
                    "wine": "wine",
                    "bottle": "wine",
                    "bottles": "wine",
                    "potion": "potion",
                    "potions": "potion",
                    "alchemist": "potion",
                    "alchemy": "potion",
                    "server": "server",
                    "network": "server",
                    "datacenter": "server",
                    "19-inch": "server",
                    "drying": "drying",
                    "airer": "drying",
                    "laundry": "drying",
                    "clothes": "drying",
                },
                doc="What the rack holds: weapons (spears leaning on a bar), shoes, coats (a standing pole "
                "with hooks), wine bottles, potions, servers (a 19-inch cabinet) or drying laundry.",
            ),
        ),
        build=rack,
        long_axis="x",
        collider="box",
        description="A rack: a wooden frame holding what it is for, spears leaning on a bar by default; shoe, "
        "coat, wine, potion, server and drying racks as styles.",
    ),
    Recipe(
        name="stand",
        category="market_town",
        nouns=(
            "vendor stand",
            "food stand",
            "street stand",
            "hot dog stand",
            "hotdog stand",
            "lemonade stand",
            "newspaper stand",
            "newsstand",
            "news stand",
            "news kiosk",
            "ticket booth",
            "ticket stand",
            "concession stand",
            "snack stand",
            "refreshment stand",
            "fruit stand",
            "roadside stand",
        ),
        synsets=("newsstand.n.01",),
        size=SizePrior((2.0, 2.9, 1.1), 0.25),
        materials={
            "wood": WOOD,
            "painted": M("painted_wood", "#c23a2e"),
            "awning": M("fabric", "#e8e2d2"),
            "stripes": M("fabric", "#c8302a"),
            "sign": M("painted_wood", "#f1d27a"),
            "steel": STEEL,
            "sausage": M("organic", "#a4552e"),
            "ketchup": M("plastic", "#c01e1e"),
            "mustard": M("plastic", "#e3c120"),
            "glass": M("crystal", "#d8e8ee"),
            "lemonade": M("plastic", "#f2e27a"),
            "cups": M("paper", "#f4f1e8"),
            "lemons": M("organic", "#f0d43a"),
            "paper": M("paper", "#e8e6de"),
            "magazines": M("paper", "#6fa0c8"),
        },
        parts=_p(
            ("counter", "painted", ("counter", "booth", "base", "cart")),
            ("countertop", "wood", ("countertop", "top", "shelf")),
            ("posts", "wood", ("posts", "poles", "frame")),
            ("awning", "awning", ("awning", "canopy", "roof")),
            ("awning_stripes", "stripes", ("awning", "stripes")),
            ("roof", "awning", ("roof",)),
            ("glass", "glass", ("window", "glass", "pitcher")),
            ("sign", "sign", ("sign", "signboard")),
            ("planks", "wood", ("counter", "planks", "boards")),
            ("grill", "steel", ("grill", "griddle")),
            ("sausages", "sausage", ("hot dogs", "sausages", "wieners")),
            ("condiments", "ketchup", ("ketchup", "bottles", "condiments")),
            ("condiments_mustard", "mustard", ("mustard",)),
            ("pitcher", "glass", ("pitcher", "jug")),
            ("lemonade", "lemonade", ("lemonade",)),
            ("cups", "cups", ("cups",)),
            ("lemons", "lemons", ("lemons",)),
            ("papers", "paper", ("newspapers", "papers")),
            ("magazines", "magazines", ("magazines",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "hotdog",
                choices=("hotdog", "lemonade", "newspaper", "ticket"),
                words={
                    "hot": "hotdog",
                    "hotdog": "hotdog",
                    "dog": "hotdog",
                    "sausage": "hotdog",
                    "food": "hotdog",
                    "snack": "hotdog",
                    "concession": "hotdog",
                    "lemonade": "lemonade",
                    "fruit": "lemonade",
                    "roadside": "lemonade",
                    "juice": "lemonade",
                    "newspaper": "newspaper",
                    "newsstand": "newspaper",
                    "news": "newspaper",
                    "magazine": "newspaper",
                    "ticket": "ticket",
                    "tickets": "ticket",
                    "booth": "ticket",
                },
                doc="What the stand sells: hot dogs (a grill under a striped awning), lemonade, newspapers, "
                "or tickets (an enclosed booth with a window).",
            ),
        ),
        build=stand,
        long_axis="x",
        collider="box",
        description="A vendor stand: a counter under a striped awning with a sign, set out with what it sells.",
    ),
    Recipe(
        name="umbrella_stand",
        category="household",
        nouns=(
            "umbrella stand",
            "umbrella holder",
            "umbrella bin",
            "umbrella rack",
            "cane stand",
            "walking stick stand",
        ),
        synsets=(),
        size=SizePrior((0.3, 0.94, 0.28), 0.25),
        materials={
            "body": M("ceramic", "#2f4a6a"),
            "trim": M("brass", "#b08a3a"),
            "metal": M("iron", "#2b2b2e"),
            "canopy_0": M("fabric", "#1f1f24"),
            "canopy_1": M("fabric", "#9a2a2a"),
            "handle": M("wood_planks", "#6b4024"),
        },
        parts=_p(
            ("body", "body", ("body", "pot", "bin", "holder")),
            ("bands", "trim", ("bands", "rings", "trim")),
            ("umbrellas_metal", "metal", ("shafts",)),
            ("umbrellas_0", "canopy_0", ("umbrellas", "umbrella")),
            ("umbrellas_1", "canopy_1", ("umbrellas", "umbrella")),
            ("handles", "handle", ("handles", "canes")),
        ),
        build=umbrella_stand,
        collider="box",
        description="An umbrella stand: a tall ceramic pot with three furled umbrellas leaning in it.",
    ),
    Recipe(
        name="music_stand",
        category="leisure",
        nouns=("music stand", "sheet music stand", "music rack", "note stand", "orchestra stand"),
        synsets=("music_stand.n.01",),
        size=SizePrior((0.75, 1.3, 0.7), 0.25),
        materials={"metal": M("painted_metal", "#1e1f22"), "paper": M("paper", "#f1eee4")},
        parts=_p(
            ("legs", "metal", ("legs", "tripod", "base")),
            ("pole", "metal", ("pole", "stem", "shaft")),
            ("desk", "metal", ("desk", "tray", "rest")),
            ("lip", "metal", ("lip", "ledge")),
            ("sheet", "paper", ("sheet", "sheet music", "music", "score", "paper")),
        ),
        build=music_stand,
        collider="box",
        description="A music stand: a tripod, a pole and a tilted desk holding a sheet of music.",
    ),
    Recipe(
        name="arcade_cabinet",
        category="leisure",
        nouns=(
            "arcade cabinet",
            "arcade machine",
            "arcade game",
            "arcade",
            "video game cabinet",
            "arcade console",
            "coin-op",
            "pinball machine",
            "pinball",
            "pinball table",
            "pin table",
        ),
        synsets=("pinball_machine.n.01",),
        size=SizePrior((0.78, 1.8, 0.84), 0.25),
        materials={
            "cabinet": M("painted_wood", "#2a2f8a"),
            "art": M("painted_wood", "#d8402a"),
            "screen": M("plastic", "#1a3040", emissive="#4fa8ff", emissive_strength=1.2),
            "marquee": M("plastic", "#f0c040", emissive="#ffd060", emissive_strength=1.3),
            "panel": M("painted_metal", "#1d1e21"),
            "buttons": M("plastic", "#d22a2a"),
            "ball": M("plastic", "#e23030"),
            "metal": M("iron", "#8d9196"),
            "glass": M("crystal", "#cfe3ee"),
            "playfield": M("painted_wood", "#2a6fb8"),
            "bumpers": M("plastic", "#f0d040"),
        },
        parts=_p(
            ("cabinet", "cabinet", ("cabinet", "body", "case", "backbox")),
            ("art", "art", ("side art", "art", "decals")),
            ("screen", "screen", ("screen", "monitor", "display", "backglass")),
            ("marquee", "marquee", ("marquee", "sign", "header")),
            ("panel", "panel", ("control panel", "panel")),
            ("controls", "buttons", ("joystick", "buttons", "controls", "flipper buttons")),
            ("controls_ball", "ball", ("ball top", "joystick")),
            ("coin_door", "metal", ("coin door", "coin slot")),
            ("legs", "metal", ("legs",)),
            ("glass", "glass", ("glass",)),
            ("playfield", "playfield", ("playfield", "table")),
            ("bumpers", "bumpers", ("bumpers",)),
            ("backbox", "cabinet", ("backbox", "head")),
            ("buttons", "buttons", ("buttons", "flipper buttons")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "upright",
                choices=("upright", "pinball"),
                words={
                    "upright": "upright",
                    "arcade": "upright",
                    "video": "upright",
                    "retro": "upright",
                    "pinball": "pinball",
                    "flipper": "pinball",
                },
                doc="An upright video arcade cabinet, or a pinball machine on legs.",
            ),
        ),
        build=arcade_cabinet,
        collider="box",
        description="An arcade cabinet: a tall painted cabinet with a tilted glowing screen, a lit marquee and a "
        "joystick panel; a pinball machine as a style.",
    ),
    Recipe(
        name="jukebox",
        category="leisure",
        nouns=("jukebox", "juke box", "nickelodeon", "music box machine", "diner jukebox"),
        synsets=("jukebox.n.01",),
        size=SizePrior((0.9, 1.5, 0.64), 0.25),
        materials={
            "wood": M("wood_planks", "#6b3a22"),
            "neon": M("plastic", "#ff8a3a", emissive="#ff9a40", emissive_strength=1.4),
            "glass": M("crystal", "#d5e7f0"),
            "vinyl": M("plastic", "#111113"),
            "chrome": M("iron", "#c6cacf"),
        },
        parts=_p(
            ("cabinet", "wood", ("cabinet", "body", "case")),
            ("lights", "neon", ("lights", "neon", "tubes", "arch")),
            ("window", "glass", ("window", "glass", "dome")),
            ("records", "vinyl", ("records", "record", "vinyl")),
            ("grille", "chrome", ("grille", "speaker", "chrome")),
            ("chrome_buttons", "chrome", ("buttons", "keys")),
        ),
        build=jukebox,
        collider="box",
        description="A jukebox: an arched wooden cabinet framed by glowing tubes, a record behind glass and a "
        "chrome speaker grille.",
    ),
    Recipe(
        name="popcorn_machine",
        category="food_kitchen",
        nouns=(
            "popcorn machine",
            "popcorn maker",
            "popcorn cart",
            "popcorn popper",
            "popcorn stand",
        ),
        synsets=(),
        size=SizePrior((0.52, 0.72, 0.42), 0.25),
        materials={
            "frame": M("painted_metal", "#c0282a"),
            "glass": M("crystal", "#e2eef2"),
            "sign": M("plastic", "#f3d250", emissive="#ffe070", emissive_strength=1.1),
            "popcorn": M("organic", "#f4e3a6"),
            "steel": STEEL,
            "cart": M("painted_metal", "#c0282a"),
            "tyre": M("plastic", "#1d1e21"),
        },
        parts=_p(
            ("frame", "frame", ("frame", "base", "roof", "top")),
            ("glass", "glass", ("glass", "window", "case")),
            ("pillars", "frame", ("pillars", "corners", "posts")),
            ("sign", "sign", ("sign", "marquee")),
            ("popcorn", "popcorn", ("popcorn", "corn")),
            ("kettle", "steel", ("kettle", "pot")),
            ("cart", "cart", ("cart", "stand")),
            ("wheels", "tyre", ("wheels",)),
        ),
        params=(
            Param(
                "cart",
                "bool",
                False,
                words={"cart": True, "wheeled": True, "countertop": False, "tabletop": False},
                doc="Stands on a wheeled cart.",
            ),
        ),
        build=popcorn_machine,
        collider="box",
        description="A popcorn machine: a red-framed glass case full of popcorn with a kettle hanging in it and a "
        "lit sign on the roof; on a wheeled cart as an option.",
    ),
    Recipe(
        name="wheel",
        category="vehicles_ships",
        nouns=(
            "wheel",
            "wagon wheel",
            "cart wheel",
            "cartwheel",
            "wooden wheel",
            "spoked wheel",
            "carriage wheel",
            "spare wheel",
            "old wheel",
        ),
        synsets=("wagon_wheel.n.01", "wheel.n.01"),
        size=SizePrior((1.22, 1.22, 0.22), 0.25),
        materials={"wood": M("wood_planks", "#8a6038"), "iron": M("iron", "#3d3e41")},
        parts=_p(
            ("rim", "wood", ("rim", "felloe")),
            ("tyre", "iron", ("tyre", "tire", "iron band", "band")),
            ("hub", "wood", ("hub", "nave")),
            ("spokes", "wood", ("spokes", "spoke")),
        ),
        params=(
            Param(
                "spokes", "int", 12, 6, 16, count_nouns=("spokes", "spoke"), doc="Number of spokes."
            ),
            Param(
                "style",
                "choice",
                "wagon",
                choices=("wagon", "cart"),
                words={
                    "wagon": "wagon",
                    "carriage": "wagon",
                    "cart": "cart",
                    "barrow": "cart",
                    "small": "cart",
                },
                doc="A big wagon wheel (1.2 m) or a small cart wheel (0.7 m).",
            ),
        ),
        build=wheel,
        collider="mesh_convex",
        description="A wagon wheel: a wooden rim with an iron tyre, a turned hub and a ring of spokes, upright.",
    ),
    Recipe(
        name="gear",
        category="tools",
        nouns=(
            "gear",
            "cog",
            "cogwheel",
            "cog wheel",
            "gear wheel",
            "gearwheel",
            "sprocket",
            "toothed wheel",
            "clockwork gear",
            "steampunk gear",
            "cogs",
            "gears",
        ),
        synsets=("gear.n.01",),
        size=SizePrior((0.38, 0.38, 0.15), 0.25),
        materials={"metal": M("brass", "#b08d45"), "axle": M("iron", "#4a4c50")},
        parts=_p(
            ("gear", "metal", ("gear", "teeth", "wheel", "cog")),
            ("axle", "axle", ("axle", "shaft", "pin")),
        ),
        params=(
            Param(
                "teeth",
                "int",
                20,
                8,
                40,
                count_nouns=("teeth", "tooth"),
                doc="Number of teeth (the gear grows with them).",
            ),
            Param(
                "spoked",
                "bool",
                True,
                words={"solid": False, "spoked": True, "holes": True},
                doc="Four round holes through the web.",
            ),
        ),
        build=gear,
        collider="mesh_convex",
        description="A gear: a flat toothed wheel with a bored hub on an axle stub, holes through its web.",
    ),
]
