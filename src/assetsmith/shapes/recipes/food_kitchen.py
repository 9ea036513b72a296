"""Kitchen and tableware: cauldron, pot, pan, kettle, plate, bowl, mug, goblet, knife, spoon.
(Food itself is in food.py.) Vessels are lathes that go up the outside and back down the inside,
so they are open and have a wall; utensils lie flat on the ground, long along X."""

from __future__ import annotations

from ..dsl import (
    blob,
    box,
    cone,
    cylinder,
    extrude,
    lathe,
    part,
    program,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _parts(*rows) -> tuple[RecipePart, ...]:
    return tuple(RecipePart(name, role, tuple(words)) for name, role, words in rows)


# ---------------------------------------------------------------------------------------------
# Cauldron


def cauldron(p) -> dict:
    leg_h = 0.12
    # The pot: a round belly narrowing to a thick rolled lip; the inside comes back down.
    body = [
        [0, 0],
        [0.16, 0],
        [0.27, 0.06],
        [0.33, 0.18],
        [0.34, 0.28],
        [0.3, 0.4],
        [0.255, 0.45],
        [0.265, 0.47],
        [0.29, 0.48],
        [0.285, 0.5],
        [0.245, 0.5],
        [0.235, 0.47],
        [0.28, 0.36],
        [0.29, 0.26],
        [0.25, 0.12],
        [0.12, 0.06],
        [0, 0.055],
    ]
    parts = [
        part("legs", "iron", cone(0.035, leg_h + 0.05, radius_top=0.05))
        .moved(0, 0, 0.2)
        .radial(p.legs, start=60)
        .detail(0.5),
        part("body", "iron", lathe(body, crease=35)).at(0, leg_h, 0).detail(1.6),
        # Lugs on the rim's sides with rings through them.
        part("lugs", "iron", box([0.05, 0.06, 0.04], bevel=0.01), part="body")
        .moved(0.3, 0, 0)
        .mirror("x")
        .at(0, leg_h + 0.38, 0),
        part("rings", "iron", torus(0.055, 0.011))
        .turned(z=90)
        .moved(0.33, 0, 0)
        .mirror("x")
        .at(0, leg_h + 0.33, 0),
    ]
    if p.full:
        # The brew's surface sits inside the belly, below the lip, clear of the wall.
        brew_y = leg_h + 0.43
        parts.append(part("brew", "brew", cone(0.251, 0.02, radius_top=0.242)).at(0, brew_y, 0))
        if p.bubbling:
            parts.append(
                part("bubbles", "bubble", sphere(0.028, portion=0.6))
                .scatter(9, [0.17, 0.17], spacing=0.065, scale=[0.5, 1.3])
                .at(0, brew_y + 0.006, 0)
                .detail(0.5)
            )
    return program(*parts, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Pot and saucepan


def pot(p) -> dict:
    saucepan = p.style == "saucepan"
    r, h = (0.1, 0.11) if saucepan else (0.13, 0.17)
    body = [
        [0, 0],
        [r - 0.012, 0],
        [r, 0.012],
        [r, h - 0.006],
        [r + 0.006, h],
        [r - 0.004, h + 0.004],
        [r - 0.006, h - 0.006],
        [r - 0.006, 0.01],
        [0, 0.006],
    ]
    parts = [part("body", "metal", lathe(body, crease=35)).detail(1.4)]
    if saucepan:
        parts.append(
            part(
                "handle",
                "metal",
                sweep(
                    [[r - 0.01, h - 0.02, 0], [r + 0.08, h + 0.0, 0], [r + 0.2, h + 0.03, 0]], 0.011
                ),
                part="handles",
            )
        )
    else:
        parts.append(
            part("handles", "metal", torus(0.03, 0.007, arc=180))
            .turned(x=0, y=90)
            .moved(r, 0, 0)
            .mirror("x")
            .at(0, h - 0.045, 0)
        )
    if p.lid:
        lid_r = r + 0.004
        parts += [
            part(
                "lid",
                "metal",
                lathe(
                    [
                        [0, 0.035],
                        [lid_r * 0.5, 0.03],
                        [lid_r - 0.01, 0.01],
                        [lid_r, 0.0],
                        [lid_r - 0.005, 0.0],
                        [0, 0.022],
                    ],
                    smooth=True,
                ),
            ).at(0, h - 0.002, 0),
            part("knob", "wood", cylinder(0.016, 0.025, bevel=0.006)).at(0, h + 0.03, 0),
        ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Frying pan


def pan(p) -> dict:
    r, h = 0.13, 0.045
    body = [
        [0, 0],
        [r - 0.03, 0],
        [r - 0.02, 0.004],
        [r, h],
        [r - 0.006, h + 0.002],
        [r - 0.026, 0.008],
        [r - 0.034, 0.005],
        [0, 0.005],
    ]
    parts = [
        part("body", "metal", lathe(body, crease=35)).detail(1.5),
        part(
            "handle",
            "metal",
            sweep(
                [[r - 0.008, h - 0.012, 0], [r + 0.06, h + 0.0, 0], [r + 0.22, h + 0.02, 0]],
                0.011,
                section=[[-1.3, -0.6], [1.3, -0.6], [1.3, 0.6], [-1.3, 0.6]],
            ),
        ),
        part("hanging_hole", "metal", torus(0.012, 0.004), part="handle").at(
            r + 0.235, h + 0.016, 0
        ),
    ]
    if p.eggs:
        for k, (x, z) in enumerate([(-0.04, 0.03), (0.045, -0.02)][: p.eggs]):
            parts += [
                part(
                    f"white_{k}",
                    "egg_white",
                    blob([0.09, 0.008, 0.08], lumps=0.2, lump_count=6),
                    part="egg_white",
                ).at(x, 0.005, z),
                part(f"yolk_{k}", "yolk", sphere(0.017, portion=0.5), part="yolk").at(x, 0.011, z),
            ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Kettle


def kettle(p) -> dict:
    body = [
        [0, 0],
        [0.09, 0],
        [0.105, 0.02],
        [0.115, 0.07],
        [0.1, 0.12],
        [0.07, 0.15],
        [0.045, 0.16],
        [0, 0.16],
    ]
    parts = [
        part("body", "metal", lathe(body, smooth=True)).detail(1.5),
        part(
            "lid",
            "metal",
            lathe([[0, 0.025], [0.03, 0.02], [0.05, 0.004], [0.05, 0], [0, 0]], smooth=True),
        ).at(0, 0.155, 0),
        part("knob", "wood", sphere(0.013)).at(0, 0.176, 0),
        # The spout: a tapering curve up and out of the belly's front.
        part(
            "spout",
            "metal",
            sweep(
                [[0.0, 0.04, 0.07], [0.0, 0.07, 0.13], [0.0, 0.13, 0.17], [0.0, 0.15, 0.19]],
                curve="smooth",
                radii=[0.022, 0.016, 0.011, 0.01],
            ),
        ),
        # The handle: an arch over the top on two stubs.
        part(
            "handle",
            "metal",
            sweep(
                [[-0.06, 0.135, 0.0], [-0.06, 0.22, 0.0], [0.06, 0.22, 0.0], [0.06, 0.135, 0.0]],
                0.008,
                curve="smooth",
            ),
        ),
        part("grip", "wood", cylinder(0.013, 0.07, bevel=0.006), part="knob")
        .rotate(z=90)
        .at(0.035, 0.205, 0),
    ]
    return program(*parts, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Plate


def plate(p) -> dict:
    r = 0.13
    profile = [
        [0, 0],
        [0.08, 0],
        [0.085, 0.006],
        [0.1, 0.008],
        [r, 0.021],
        [r - 0.002, 0.025],
        [0.098, 0.013],
        [0.085, 0.011],
        [0, 0.011],
    ]
    dish = part("plate", "ceramic", lathe(profile, crease=35)).detail(1.5)
    if p.shape == "oval":
        dish = dish.scale([1.45, 1.0, 1.0])
    parts = [dish]
    if p.food:
        # A meal: a roast leg, a bread roll and a heap of greens.
        parts += [
            part(
                "roast",
                "roast",
                sweep(
                    [[-0.07, 0.0, 0.0], [0.0, 0.0, 0.0], [0.03, 0.0, 0.0]],
                    radii=[0.028, 0.034, 0.02],
                    curve="smooth",
                    caps="round",
                ),
                part="food",
            ).at(0.0, 0.04, 0.035),
            part("bone", "bone", cylinder(0.007, 0.05, bevel=0.003), part="bone")
            .rotate(z=-90)
            .at(0.03, 0.04, 0.035),
            part(
                "roll", "bread", blob([0.07, 0.045, 0.06], lumps=0.1, lump_count=5, flat_bottom=0.3)
            ).at(-0.04, 0.011, -0.045),
            part("greens", "greens", sphere(0.012), part="greens")
            .scatter(8, [0.035, 0.035], spacing=0.018, scale=[0.8, 1.2])
            .at(0.05, 0.011, -0.04)
            .detail(0.4),
        ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Bowl


def bowl(p) -> dict:
    r, h = 0.085, 0.075
    profile = [
        [0, 0],
        [0.04, 0],
        [0.042, 0.008],
        [0.05, 0.012],
        [0.072, 0.03],
        [r, 0.058],
        [r, h],
        [r - 0.007, h],
        [r - 0.008, 0.058],
        [0.062, 0.028],
        [0.035, 0.016],
        [0, 0.015],
    ]
    parts = [part("bowl", "body", lathe(profile, smooth=True, crease=50)).detail(1.5)]
    if p.soup:
        parts += [
            part("soup", "soup", cylinder(r - 0.011, 0.006)).at(0, 0.054, 0),
            part("garnish", "greens", box([0.012, 0.004, 0.012], bevel=0.002))
            .scatter(7, [0.05, 0.05], spacing=0.02)
            .at(0, 0.059, 0)
            .detail(0.3),
        ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Mug, tankard, teacup


def mug(p) -> dict:
    if p.style == "teacup":
        r, h = 0.045, 0.06
        cup = [
            [0, 0],
            [0.022, 0],
            [0.024, 0.006],
            [0.036, 0.02],
            [r, h],
            [r - 0.004, h],
            [0.032, 0.022],
            [0, 0.01],
        ]
        parts = [
            part(
                "saucer",
                "body",
                lathe(
                    [[0, 0], [0.05, 0], [0.075, 0.014], [0.073, 0.017], [0.05, 0.008], [0, 0.008]],
                    crease=40,
                ),
            ),
            part("body", "body", lathe(cup, smooth=True, crease=50)).at(0, 0.008, 0),
            part("handle", "body", torus(0.016, 0.004, arc=250))
            .turned(x=90, z=0)
            .at(0.045, 0.025, 0),
        ]
        if p.full:
            parts.append(
                part("drink_tea", "tea", cylinder(r - 0.006, 0.004)).at(0, 0.008 + h - 0.013, 0)
            )
        return program(*parts, collider="box")
    tankard = p.style == "tankard"
    r, h = (0.05, 0.15) if tankard else (0.042, 0.1)
    body = [
        [0, 0],
        [r + 0.004, 0],
        [r + 0.005, 0.01],
        [r, 0.02],
        [r - (0.004 if tankard else 0), h],
        [r - 0.01, h],
        [r - 0.009, 0.012],
        [0, 0.012],
    ]
    parts = [
        part("body", "body", lathe(body, crease=35)).detail(1.5),
        # The handle: a D-shaped loop on the right side.
        part(
            "handle",
            "metal" if tankard else "body",
            sweep(
                [
                    [r - 0.004, h * 0.82, 0],
                    [r + 0.04, h * 0.8, 0],
                    [r + 0.045, h * 0.35, 0],
                    [r - 0.004, h * 0.22, 0],
                ],
                0.008 if tankard else 0.007,
                curve="smooth",
            ),
            part="handle_metal" if tankard else "handle",
        ),
    ]
    if tankard:
        parts += [
            part("bands", "metal", cylinder(r + 0.003, 0.012), part="bands")
            .array(2, [0, h * 0.62, 0])
            .at(0, 0.018, 0),
            part(
                "lid",
                "metal",
                lathe(
                    [[0, 0.02], [r * 0.6, 0.017], [r + 0.005, 0.006], [r + 0.006, 0], [0, 0]],
                    smooth=True,
                ),
                part="lid",
            ).at(0, h, 0),
            part("thumb", "metal", box([0.012, 0.028, 0.02], bevel=0.004), part="lid")
            .rotate(z=-30)
            .at(r + 0.006, h + 0.004, 0),
        ]
    elif p.full:
        parts.append(
            part(
                "drink",
                "foam",
                blob([2 * r - 0.014, 0.02, 2 * r - 0.014], lumps=0.25, lump_count=8),
            ).at(0, h - 0.012, 0)
        )
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Goblet


def goblet(p) -> dict:
    profile = [
        [0, 0],
        [0.042, 0],
        [0.044, 0.006],
        [0.03, 0.014],
        [0.012, 0.03],
        [0.009, 0.06],
        [0.016, 0.07],
        [0.009, 0.08],
        [0.012, 0.095],
        [0.03, 0.11],
        [0.045, 0.14],
        [0.05, 0.185],
        [0.046, 0.185],
        [0.041, 0.142],
        [0.026, 0.114],
        [0, 0.108],
    ]
    parts = [part("cup", "metal", lathe(profile, smooth=True, crease=60)).detail(1.5)]
    if p.wine:
        parts.append(part("wine", "wine", cylinder(0.043, 0.004)).at(0, 0.162, 0))
    if p.jewels:
        parts.append(
            part("jewels", "jewel", sphere(0.0095, kind="ico"))
            .scaled([1, 1, 0.55])
            .radial(6, radius=0.043)
            .at(0, 0.138, 0)
            .detail(0.5)
        )
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Kitchen knife and cleaver (lying flat, blade to +X, edge towards the viewer)


def kitchen_knife(p) -> dict:
    if p.style == "cleaver":
        blade = [[0.0, -0.045], [0.17, -0.045], [0.175, 0.04], [0.0, 0.04]]
        holes = [
            [
                [0.145 + 0.009 * dx, 0.022 + 0.009 * dz]
                for dx, dz in (
                    (1, 0),
                    (0.7, 0.7),
                    (0, 1),
                    (-0.7, 0.7),
                    (-1, 0),
                    (-0.7, -0.7),
                    (0, -1),
                    (0.7, -0.7),
                )
            ]
        ]
        blade_part = part("blade", "steel", extrude(blade, 0.004, axis="y", holes=holes))
        handle_len, handle_r = 0.12, 0.014
    else:
        # A chef's knife seen from above: a straight spine, the edge sweeping up to the point.
        blade = [
            [0.0, -0.02],
            [0.15, -0.018],
            [0.19, -0.008],
            [0.215, 0.012],
            [0.2, 0.014],
            [0.12, 0.02],
            [0.0, 0.024],
        ]
        blade_part = part("blade", "steel", extrude(blade, 0.003, axis="y", smooth=False))
        handle_len, handle_r = 0.12, 0.012
    parts = [
        blade_part.at(0, 0.008, 0),
        part("bolster", "steel", box([0.012, 0.016, 0.03], bevel=0.004), part="blade").at(
            -0.006, 0.0015, 0.001
        ),
        part("handle", "wood", box([handle_len, 2 * handle_r, 0.026], bevel=0.008)).at(
            -0.012 - handle_len / 2, 0, 0.0
        ),
        part("rivets", "steel", cylinder(0.003, 0.0255))
        .array(3, [0.035, 0, 0], center=True)
        .at(-0.012 - handle_len / 2, 0.0005, 0)
        .detail(0.3),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Spoon and ladle (lying flat, handle to +X)


def spoon(p) -> dict:
    if p.style == "ladle":
        bowl = [
            [0, 0],
            [0.03, 0.004],
            [0.045, 0.025],
            [0.047, 0.05],
            [0.043, 0.05],
            [0.04, 0.028],
            [0.027, 0.01],
            [0, 0.006],
        ]
        parts = [
            part("bowl", "wood", lathe(bowl, smooth=True)).detail(1.4),
            part(
                "handle",
                "wood",
                sweep(
                    [
                        [0.04, 0.045, 0],
                        [0.1, 0.07, 0],
                        [0.2, 0.06, 0],
                        [0.3, 0.04, 0],
                        [0.32, 0.03, 0],
                    ],
                    curve="smooth",
                    radii=[0.007, 0.006, 0.006, 0.006, 0.005],
                    caps="round",
                ),
            ),
        ]
        return program(*parts, collider="box")
    bowl = [
        [0, 0],
        [0.02, 0.002],
        [0.03, 0.01],
        [0.032, 0.016],
        [0.028, 0.016],
        [0.024, 0.009],
        [0.015, 0.006],
        [0, 0.005],
    ]
    parts = [
        part("bowl", "wood", lathe(bowl, smooth=True)).scale([1.25, 1.0, 0.9]).detail(1.4),
        part(
            "handle",
            "wood",
            sweep(
                [[0.03, 0.012, 0], [0.1, 0.02, 0], [0.26, 0.016, 0]],
                curve="smooth",
                radii=[0.006, 0.0055, 0.008],
                caps="round",
            ),
        ),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------

IRON = M("iron", "#2e2d2b")
PEWTER = M("iron", "#9da1a3")
WOOD = M("wood_planks", "#8a5a32")
FULL_WORDS = {"full": True, "filled": True, "empty": False}

RECIPES = [
    Recipe(
        name="cauldron",
        category="food_kitchen",
        nouns=("cauldron", "caldron", "witch's cauldron", "cooking cauldron"),
        synsets=("caldron.n.01",),
        size=SizePrior((0.76, 0.64, 0.7), 0.25),
        materials={
            "iron": IRON,
            "brew": M("organic", "#4fae2e", emissive="#5cf03a", emissive_strength=0.8),
            "bubble": M("organic", "#b6ff8c", emissive="#c4ff9a", emissive_strength=1.1),
        },
        parts=_parts(
            ("body", "iron", ("body", "pot", "belly", "lugs")),
            ("legs", "iron", ("legs", "feet")),
            ("rings", "iron", ("rings", "handles")),
            ("brew", "brew", ("brew", "potion", "liquid", "soup", "contents")),
            ("bubbles", "bubble", ("bubbles", "froth")),
        ),
        params=(
            Param(
                "full",
                "bool",
                True,
                words={"full": True, "filled": True, "bubbling": True, "empty": False},
                doc="Filled with a brew.",
            ),
            Param(
                "bubbling",
                "bool",
                True,
                words={"bubbling": True, "boiling": True, "still": False, "calm": False},
                doc="Bubbles on the brew.",
            ),
            Param("legs", "int", 3, 3, 4, count_nouns=("legs", "leg", "legged"), doc="Short legs."),
        ),
        build=cauldron,
        round=True,
        collider="mesh_convex",
        description="A round iron cauldron on three stubby legs, with rings and a glowing bubbling brew.",
    ),
    Recipe(
        name="pot",
        category="food_kitchen",
        nouns=("pot", "cooking pot", "stockpot", "saucepan", "stew pot", "cookpot"),
        synsets=("pot.n.01", "saucepan.n.01", "stockpot.n.01"),
        size=SizePrior((0.34, 0.22, 0.28), 0.25),
        materials={"metal": M("iron", "#55585b"), "wood": WOOD},
        parts=_parts(
            ("body", "metal", ("body", "pot")),
            ("handles", "metal", ("handles", "handle")),
            ("lid", "metal", ("lid", "cover")),
            ("knob", "wood", ("knob",)),
        ),
        params=(
            Param(
                "lid",
                "bool",
                True,
                words={
                    "lidded": True,
                    "covered": True,
                    "open": False,
                    "uncovered": False,
                    "lidless": False,
                },
                doc="With its lid.",
            ),
            Param(
                "style",
                "choice",
                "pot",
                choices=("pot", "saucepan"),
                words={"saucepan": "saucepan", "stockpot": "pot", "stew": "pot"},
                doc="A two-handled pot, or a saucepan with one long handle.",
            ),
        ),
        build=pot,
        collider="box",
        description="A metal cooking pot with two loop handles and a lid (or a saucepan).",
    ),
    Recipe(
        name="pan",
        category="food_kitchen",
        nouns=("pan", "frying pan", "skillet", "frypan", "fry pan", "cooking pan"),
        synsets=("pan.n.01", "frying_pan.n.01"),
        size=SizePrior((0.5, 0.066, 0.26), 0.25),
        materials={
            "metal": IRON,
            "egg_white": M("organic", "#f4f0e4"),
            "yolk": M("organic", "#f2a81d"),
        },
        parts=_parts(
            ("body", "metal", ("pan", "body", "base")),
            ("handle", "metal", ("handle",)),
            ("egg_white", "egg_white", ("eggs", "egg")),
            ("yolk", "yolk", ("yolk", "yolks")),
        ),
        params=(
            Param(
                "eggs", "int", 0, 0, 2, count_nouns=("eggs", "egg"), doc="Fried eggs in the pan."
            ),
        ),
        build=pan,
        long_axis="x",
        collider="box",
        description="A round frying pan with a long flat handle.",
    ),
    Recipe(
        name="kettle",
        category="food_kitchen",
        nouns=("kettle", "teakettle", "tea kettle", "water kettle"),
        synsets=("kettle.n.01", "teakettle.n.01"),
        size=SizePrior((0.23, 0.23, 0.3), 0.25),
        materials={"metal": M("iron", "#4a4c4e"), "wood": M("wood_planks", "#3a2a1c")},
        parts=_parts(
            ("body", "metal", ("body", "belly")),
            ("lid", "metal", ("lid",)),
            ("spout", "metal", ("spout",)),
            ("handle", "metal", ("handle",)),
            ("knob", "wood", ("knob", "grip")),
        ),
        build=kettle,
        collider="mesh_convex",
        description="A round-bellied kettle with a spout, a lid and an arched handle.",
    ),
    Recipe(
        name="plate",
        category="food_kitchen",
        nouns=("plate", "dish", "platter", "saucer", "dinner plate", "trencher"),
        synsets=("plate.n.04", "dish.n.01", "platter.n.01"),
        size=SizePrior((0.26, 0.025, 0.26), 0.25),
        materials={
            "ceramic": M("ceramic", "#ece6da"),
            "roast": M("organic", "#8a4a22"),
            "bone": M("bone"),
            "bread": M("organic", "#c18a4a"),
            "greens": M("organic", "#4f8a2a"),
        },
        parts=_parts(
            ("plate", "ceramic", ("plate", "dish", "rim")),
            ("food", "roast", ("food", "meal", "meat", "roast")),
            ("roll", "bread", ("bread", "roll")),
            ("bone", "bone", ("bone",)),
            ("greens", "greens", ("greens", "peas", "vegetables")),
        ),
        params=(
            Param(
                "food",
                "bool",
                False,
                words={"food": True, "meal": True, "dinner": True, "empty": False},
                doc="A meal on the plate.",
            ),
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "oval"),
                words={"round": "round", "oval": "oval", "platter": "oval"},
                doc="Round, or an oval platter.",
            ),
        ),
        build=plate,
        round=True,
        collider="box",
        description="A glazed ceramic plate with a rim (optionally with a meal on it).",
    ),
    Recipe(
        name="bowl",
        category="food_kitchen",
        nouns=("bowl", "soup bowl", "porringer", "basin"),
        synsets=("bowl.n.01",),
        size=SizePrior((0.17, 0.075, 0.17), 0.25),
        materials={
            "body": M("ceramic", "#d8cdb8"),
            "soup": M("organic", "#b5702c"),
            "greens": M("organic", "#5f8f2e"),
        },
        parts=_parts(
            ("bowl", "body", ("bowl", "body")),
            ("soup", "soup", ("soup", "stew", "contents")),
            ("garnish", "greens", ("herbs", "vegetables", "garnish")),
        ),
        params=(
            Param(
                "soup",
                "bool",
                False,
                words={
                    "soup": True,
                    "stew": True,
                    "porridge": True,
                    "broth": True,
                    "full": True,
                    "empty": False,
                },
                doc="Filled with soup.",
            ),
        ),
        build=bowl,
        round=True,
        collider="box",
        description="A round bowl on a foot ring (optionally full of soup).",
    ),
    Recipe(
        name="mug",
        category="food_kitchen",
        nouns=("mug", "cup", "tankard", "stein", "teacup", "beer mug", "coffee mug", "tea cup"),
        synsets=("mug.n.04", "cup.n.01", "tankard.n.01", "beer_mug.n.01", "teacup.n.02"),
        size=SizePrior((0.13, 0.1, 0.09), 0.25),
        materials={
            "body": M("ceramic", "#d9d0c0"),
            "metal": PEWTER,
            "foam": M("organic", "#f4ecd8"),
            "tea": M("organic", "#7a4418"),
        },
        parts=_parts(
            ("body", "body", ("body", "cup", "mug")),
            ("handle", "body", ("handle",)),
            ("handle_metal", "metal", ("handle",)),
            ("bands", "metal", ("bands", "hoops")),
            ("lid", "metal", ("lid", "cover")),
            ("saucer", "body", ("saucer",)),
            ("drink", "foam", ("beer", "ale", "foam", "drink")),
            ("drink_tea", "tea", ("tea",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "mug",
                choices=("mug", "tankard", "teacup"),
                words={
                    "mug": "mug",
                    "tankard": "tankard",
                    "stein": "tankard",
                    "teacup": "teacup",
                    "tea": "teacup",
                    "cup": "teacup",
                },
                doc="A plain mug, a lidded tankard with bands, or a teacup on a saucer.",
            ),
            Param(
                "full",
                "bool",
                False,
                words={**FULL_WORDS, "beer": True, "ale": True},
                doc="Filled (a foaming head on a mug).",
            ),
        ),
        build=mug,
        collider="box",
        description="A ceramic mug with a handle (or a banded tankard, or a teacup on a saucer).",
    ),
    Recipe(
        name="goblet",
        category="food_kitchen",
        nouns=(
            "goblet",
            "chalice",
            "wineglass",
            "wine glass",
            "grail",
            "champagne flute",
            "champagne glass",
        ),
        synsets=("goblet.n.01", "chalice.n.01", "wineglass.n.01"),
        size=SizePrior((0.1, 0.185, 0.1), 0.25),
        materials={
            "metal": M("brass", "#d6ab3c"),
            "wine": M("organic", "#5a0f1c"),
            "jewel": M(
                "crystal",
                "#c0142f",
                emissive="#ff2a40",
                emissive_strength=0.4,
                emissive_pattern="family",
            ),
        },
        parts=_parts(
            ("cup", "metal", ("cup", "bowl", "stem", "foot", "body")),
            ("wine", "wine", ("wine", "drink")),
            ("jewels", "jewel", ("jewels", "gems", "rubies")),
        ),
        params=(
            Param(
                "jewels",
                "bool",
                False,
                words={"jeweled": True, "jewelled": True, "gemmed": True, "plain": False},
                doc="Jewels set round the cup.",
            ),
            Param(
                "wine", "bool", False, words={"wine": True, **FULL_WORDS}, doc="Filled with wine."
            ),
        ),
        build=goblet,
        round=True,
        collider="capsule",
        description="A metal goblet: a cup on a knopped stem and a round foot.",
    ),
    Recipe(
        name="kitchen_knife",
        category="food_kitchen",
        nouns=(
            "kitchen knife",
            "knife",
            "cleaver",
            "carving knife",
            "chef's knife",
            "butcher knife",
            "meat cleaver",
        ),
        synsets=("knife.n.01", "cleaver.n.01", "carving_knife.n.01"),
        size=SizePrior((0.35, 0.024, 0.048), 0.3),
        materials={"steel": M("iron", "#aeb3b8"), "wood": M("wood_planks", "#4b2f1c")},
        parts=_parts(
            ("blade", "steel", ("blade", "edge", "bolster")),
            ("handle", "wood", ("handle", "grip")),
            ("rivets", "steel", ("rivets",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "chef",
                choices=("chef", "cleaver"),
                words={
                    "cleaver": "cleaver",
                    "chopper": "cleaver",
                    "butcher's": "cleaver",
                    "chef's": "chef",
                    "carving": "chef",
                },
                doc="A pointed chef's knife or a square cleaver.",
            ),
        ),
        build=kitchen_knife,
        long_axis="x",
        collider="box",
        description="A kitchen knife lying flat: a steel blade and a riveted wooden handle.",
    ),
    Recipe(
        name="spoon",
        category="food_kitchen",
        nouns=("spoon", "ladle", "wooden spoon", "soup ladle", "tablespoon", "dipper"),
        synsets=("spoon.n.01", "ladle.n.01"),
        size=SizePrior((0.3, 0.024, 0.058), 0.3),
        materials={"wood": M("wood_planks", "#b08656")},
        parts=_parts(("bowl", "wood", ("bowl", "head")), ("handle", "wood", ("handle", "stem"))),
        params=(
            Param(
                "style",
                "choice",
                "spoon",
                choices=("spoon", "ladle"),
                words={"ladle": "ladle", "dipper": "ladle", "spoon": "spoon"},
                doc="A spoon or a deep ladle.",
            ),
        ),
        build=spoon,
        long_axis="x",
        collider="box",
        description="A wooden spoon lying flat (or a ladle with a deep bowl).",
    ),
]
