"""More food and tableware: pear, banana, watermelon, pie, pizza, burger, roast meat (a drumstick),
teapot and fork. Everything at its real size, resting on its bottom centre."""

from __future__ import annotations

import math

from ..dsl import box, capsule, cylinder, extrude, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _leaf(s: float) -> list:
    return [
        [0, 0],
        [0.35 * s, 0.25 * s],
        [0.4 * s, 0.6 * s],
        [0, s],
        [-0.4 * s, 0.6 * s],
        [-0.35 * s, 0.25 * s],
    ]


def pear(p) -> dict:
    prof = [
        [0, 0],
        [0.022, 0.002],
        [0.036, 0.018],
        [0.039, 0.04],
        [0.032, 0.062],
        [0.022, 0.08],
        [0.017, 0.095],
        [0.012, 0.106],
        [0, 0.11],
    ]
    parts = [
        part("fruit", "skin", lathe(prof, smooth=True)).uv("cylindrical"),
        part("stem", "stem", sweep([[0, 0.105, 0], [0.003, 0.125, 0], [0.01, 0.14, 0]], 0.0025)),
        part("leaf", "leaf", extrude(_leaf(0.04), 0.002, smooth=True))
        .rotate(z=-60, x=20)
        .at(0.006, 0.128, 0),
    ]
    return program(*parts, collider="capsule")


def banana(p) -> dict:
    parts = []
    n = p.count
    # One banana: a pentagonal section swept along a curve, tapering to both tips.
    sec = [
        [math.cos(2 * math.pi * k / 5 + math.pi / 2), math.sin(2 * math.pi * k / 5 + math.pi / 2)]
        for k in range(5)
    ]
    path = [[-0.09, 0.04, 0], [-0.05, 0.012, 0], [0.0, 0.0, 0], [0.05, 0.012, 0], [0.09, 0.045, 0]]
    radii = [0.006, 0.015, 0.018, 0.015, 0.008]
    for k in range(n):
        a = (k - (n - 1) / 2) * 12
        parts += [
            part(
                f"banana_{k}",
                "skin",
                sweep(path, radii=radii, section=sec, curve="smooth", caps="round"),
                part="fruit",
            )
            .turned(y=a)
            .at(0, 0.018 + 0.006 * (k % 2), -0.012 * abs(k - (n - 1) / 2)),
            part(f"tip_{k}", "stem", cylinder(0.005, 0.018), part="stem")
            .turned(z=60)
            .turned(y=a)
            .at(
                -0.09 * math.cos(math.radians(a)),
                0.042 + 0.006 * (k % 2),
                0.09 * math.sin(math.radians(a)),
            ),
        ]
    return program(*parts, collider="box")


def watermelon(p) -> dict:
    r = 0.15
    sc = [1.0, 0.85, 1.3]
    parts = [
        part("rind", "rind", sphere(r)).scale(sc).uv("spherical"),
        # Stripes: thin lenses through the middle; only their rims, along meridians, show.
        part("stripes", "stripes", sphere(r * 1.006))
        .moved(0, -r * 1.006, 0)
        .scaled([0.14, 1, 1])
        .radial(6, axis="z")
        .moved(0, r, 0)
        .scale(sc),
    ]
    if p.sliced:
        parts = _melon_half(r, sc)
    return program(*parts, collider="capsule")


def _melon_half(r: float, sc) -> list:
    """Half a melon lying cut face up: a hemisphere of rind with a disc of red flesh and seeds."""
    return [
        part("rind", "rind", sphere(r, portion=0.5))
        .rotate(x=180)
        .scale([sc[0], sc[1], sc[2]])
        .at(0, r * sc[1], 0),
        part("flesh", "flesh", cylinder(r * 0.93, 0.006))
        .scale([sc[0], 1, sc[2]])
        .at(0, r * sc[1], 0),
        part("seeds", "seeds", sphere(0.006), part="seeds")
        .scale([0.6, 0.5, 1])
        .scatter(18, [r * 0.6, r * 0.6], spacing=0.02)
        .at(0, r * sc[1] + 0.004, 0),
    ]


def pie(p) -> dict:
    tin = [[0, 0], [0.1, 0], [0.12, 0.035], [0.125, 0.038], [0, 0.038]]
    parts = [
        part("dish", "tin", lathe(tin)),
        part(
            "crust",
            "crust",
            lathe(
                [
                    [0, 0],
                    [0.118, 0],
                    [0.122, 0.012],
                    [0.11, 0.03],
                    [0.08, 0.045],
                    [0.04, 0.052],
                    [0, 0.054],
                ],
                smooth=True,
            ),
        )
        .at(0, 0.03, 0)
        .uv("cylindrical"),
        part("rim", "crust", torus(0.115, 0.012), part="crust").at(0, 0.03, 0),
        part("vents", "filling", box([0.008, 0.004, 0.03], bevel=0.0015))
        .moved(0, 0, 0.045)
        .radial(5, axis="y")
        .at(0, 0.078, 0),
    ]
    return program(*parts, collider="box")


def pizza(p) -> dict:
    R = 0.16
    parts = [
        part("base", "crust", cylinder(R, 0.008, bevel=0.003)),
        part("crust_rim", "crust", torus(R - 0.008, 0.011), part="base").at(0, -0.002, 0),
        part("cheese", "cheese", cylinder(R - 0.015, 0.004)).at(0, 0.008, 0),
        part("pepperoni", "pepperoni", cylinder(0.02, 0.004, bevel=0.0015))
        .scatter(p.toppings, [R - 0.04, R - 0.04], spacing=0.045)
        .at(0, 0.011, 0),
    ]
    return program(*parts, collider="box")


def burger(p) -> dict:
    r = 0.055
    parts = [
        part("bun_bottom", "bun", cylinder(r, 0.02, bevel=0.008), part="bun"),
        part("patty", "patty", cylinder(r + 0.004, 0.016, bevel=0.006)).at(0, 0.02, 0),
        part("cheese", "cheese", box([0.1, 0.003, 0.1])).rotate(y=20).at(0, 0.036, 0),
        part("lettuce", "lettuce", cylinder(r + 0.008, 0.005, bevel=0.002)).at(0, 0.039, 0),
        part("tomato", "tomato", cylinder(r - 0.008, 0.006)).at(0, 0.044, 0),
        part("bun_top", "bun", sphere(r, portion=0.55), part="bun")
        .scale([1, 0.75, 1])
        .at(0, 0.049, 0),
        part("seeds", "seeds", sphere(0.0025), part="seeds")
        .scale([1, 0.5, 1.6])
        .scatter(12, [r * 0.42, r * 0.42], spacing=0.01)
        .at(0, 0.049 + r * 1.1 * 0.75 - 0.0035, 0),
    ]
    return program(*parts, collider="box")


def meat(p) -> dict:
    if p.kind == "ham":
        parts = [
            part("meat", "meat", sphere(0.09)).scale([1.0, 0.8, 1.4]),
            part("bone", "bone", cylinder(0.016, 0.12), part="bone").rotate(x=90).at(0, 0.07, 0.1),
            part("knob", "bone", sphere(0.024), part="bone").scale([1.3, 1, 1]).at(0, 0.055, 0.21),
        ]
        return program(*parts, collider="box")
    # A drumstick lying on its side: a meaty lump tapering to a bone with a knuckle.
    parts = [
        part("meat", "meat", capsule(0.045, 0.18))
        .taper(0.45, curve=0.8)
        .rotate(x=90)
        .scale([1, 0.85, 1])
        .at(0, 0.045, -0.1),
        part("bone", "bone", cylinder(0.011, 0.1)).rotate(x=90).at(0, 0.042, 0.05),
        part("knob", "bone", sphere(0.018), part="bone")
        .array(2, [0.022, 0, 0], center=True)
        .at(0, 0.027, 0.15),
    ]
    return program(*parts, collider="box")


def teapot(p) -> dict:
    body = [
        [0, 0],
        [0.055, 0],
        [0.075, 0.015],
        [0.088, 0.05],
        [0.085, 0.09],
        [0.065, 0.12],
        [0.045, 0.128],
        [0, 0.128],
    ]
    parts = [
        part("body", "porcelain", lathe(body, smooth=True)).uv("cylindrical"),
        part(
            "lid",
            "porcelain",
            lathe([[0, 0], [0.05, 0], [0.045, 0.015], [0.025, 0.028], [0, 0.03]], smooth=True),
            part="body",
        ).at(0, 0.124, 0),
        part("knob", "porcelain", sphere(0.013), part="body").at(0, 0.15, 0),
        part(
            "spout",
            "porcelain",
            sweep(
                [[0.07, 0.03, 0], [0.11, 0.05, 0], [0.135, 0.1, 0], [0.155, 0.13, 0]],
                radii=[0.02, 0.014, 0.01, 0.008],
                curve="smooth",
            ),
            part="body",
        ),
        part("handle", "porcelain", torus(0.045, 0.009, arc=200), part="body")
        .rotate(x=90, z=-90)
        .at(-0.085, 0.065, 0),
        part("band", "trim", torus(0.087, 0.003)).at(0, 0.058, 0),
    ]
    return program(*parts, collider="box")


def fork(p) -> dict:
    parts = [
        part(
            "handle",
            "steel",
            sweep(
                [[-0.085, 0.006, 0], [-0.03, 0.004, 0], [0.03, 0.004, 0], [0.06, 0.007, 0]],
                radii=[0.007, 0.005, 0.0035, 0.0035],
                curve="smooth",
                caps="round",
                section=[[-1, -0.35], [1, -0.35], [1, 0.35], [-1, 0.35]],
            ),
        ),
        part("head", "steel", box([0.035, 0.0025, 0.024], bevel=0.001), part="handle").at(
            0.075, 0.007, 0
        ),
        part("tines", "steel", box([0.045, 0.0025, 0.0035], bevel=0.0008), part="handle")
        .array(4, [0, 0, 0.0068], center=True)
        .at(0.112, 0.008, 0),
    ]
    return program(*parts, collider="box")


def carrot(p) -> dict:
    parts = [
        part(
            "root",
            "root",
            lathe(
                [
                    [0.0, 0.0],
                    [0.006, 0.01],
                    [0.014, 0.08],
                    [0.02, 0.15],
                    [0.021, 0.175],
                    [0.0, 0.18],
                ],
                smooth=True,
            ),
        )
        .rotate(z=-90)
        .at(-0.09, 0.021, 0)
        .uv("cylindrical"),
        part(
            "greens",
            "greens",
            sweep(
                [[0.0, 0.0, 0.0], [0.04, 0.02, 0.0], [0.1, 0.05, 0.0]],
                radii=[0.004, 0.003, 0.002],
                curve="smooth",
            ),
        )
        .radial(5, axis="x", start=-40, span=80)
        .at(0.09, 0.021, 0),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="pear",
        category="food_kitchen",
        nouns=("pear", "pears", "quince", "avocado"),
        synsets=("pear.n.01", "quince.n.02", "avocado.n.01"),
        size=SizePrior((0.078, 0.14, 0.078), 0.3),
        materials={
            "skin": M("organic", "#b8c23a"),
            "stem": M("bark", "#5a4330"),
            "leaf": M("foliage", "#4a7a2c"),
        },
        parts=_p(
            ("fruit", "skin", ("fruit", "skin", "body")),
            ("stem", "stem", ("stem", "stalk")),
            ("leaf", "leaf", ("leaf",)),
        ),
        build=pear,
        round=True,
        collider="capsule",
        description="A pear: a bell-shaped fruit with a short stalk and a leaf.",
    ),
    Recipe(
        name="banana",
        category="food_kitchen",
        nouns=("banana", "bananas", "bunch of bananas", "plantain", "banana bunch"),
        synsets=("banana.n.02", "plantain.n.03"),
        size=SizePrior((0.2, 0.07, 0.045), 0.35),
        materials={"skin": M("organic", "#e8c83a"), "stem": M("organic", "#5a4a2a")},
        parts=_p(
            ("fruit", "skin", ("fruit", "skin", "peel")), ("stem", "stem", ("stem", "tip", "stalk"))
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                5,
                count_nouns=("bananas", "banana"),
                words={"bunch": 4, "hand": 4},
                doc="Bananas side by side (a bunch).",
            ),
        ),
        build=banana,
        long_axis="x",
        collider="box",
        description="A banana: a curved five-sided yellow fruit with dark tips.",
    ),
    Recipe(
        name="watermelon",
        category="food_kitchen",
        nouns=("watermelon", "melon", "water melon", "cantaloupe", "honeydew", "melon slice"),
        synsets=("watermelon.n.02", "melon.n.01", "cantaloupe.n.02"),
        size=SizePrior((0.3, 0.26, 0.39), 0.25),
        materials={
            "rind": M("organic", "#2f6a2a"),
            "stripes": M("organic", "#8ab85a"),
            "flesh": M("organic", "#e0413c"),
            "seeds": M("plastic", "#1a1410"),
        },
        parts=_p(
            ("rind", "rind", ("rind", "skin", "peel")),
            ("stripes", "stripes", ("stripes",)),
            ("flesh", "flesh", ("flesh", "inside")),
            ("seeds", "seeds", ("seeds", "pips")),
        ),
        params=(
            Param(
                "sliced",
                "bool",
                False,
                words={
                    "sliced": True,
                    "cut": True,
                    "halved": True,
                    "half": True,
                    "open": True,
                    "whole": False,
                },
                doc="Cut in half, red flesh up.",
            ),
        ),
        build=watermelon,
        long_axis="z",
        collider="capsule",
        description="A watermelon: a dark green oval fruit with pale stripes (or a half, red flesh up).",
    ),
    Recipe(
        name="pie",
        category="food_kitchen",
        nouns=(
            "pie",
            "tart",
            "apple pie",
            "meat pie",
            "pastry",
            "quiche",
            "cherry pie",
            "pumpkin pie",
        ),
        synsets=("pie.n.01", "tart.n.02", "pastry.n.02", "quiche.n.02"),
        size=SizePrior((0.25, 0.085, 0.25), 0.25),
        materials={
            "tin": M("iron", "#9da1a3"),
            "crust": M("organic", "#d49a4a"),
            "filling": M("organic", "#7a2a1e"),
        },
        parts=_p(
            ("dish", "tin", ("dish", "tin", "plate")),
            ("crust", "crust", ("crust", "pastry", "top", "lid")),
            ("vents", "filling", ("filling", "vents", "slits")),
        ),
        build=pie,
        round=True,
        collider="box",
        description="A baked pie in a tin: a domed golden crust with a crimped rim and steam vents.",
    ),
    Recipe(
        name="pizza",
        category="food_kitchen",
        nouns=("pizza", "pepperoni pizza", "flatbread", "pizza pie"),
        synsets=("pizza.n.01",),
        size=SizePrior((0.325, 0.022, 0.325), 0.25),
        materials={
            "crust": M("organic", "#d8a25a"),
            "cheese": M("organic", "#f0c65a"),
            "pepperoni": M("organic", "#a8281e"),
        },
        parts=_p(
            ("base", "crust", ("crust", "base", "dough")),
            ("cheese", "cheese", ("cheese", "topping", "sauce")),
            ("pepperoni", "pepperoni", ("pepperoni", "salami", "toppings", "slices")),
        ),
        params=(
            Param(
                "toppings",
                "int",
                12,
                1,
                24,
                count_nouns=("slices", "pepperonis", "toppings"),
                doc="Pepperoni slices strewn on the cheese.",
            ),
        ),
        build=pizza,
        round=True,
        collider="box",
        description="A pepperoni pizza: a round base with a raised crust, melted cheese and pepperoni slices.",
    ),
    Recipe(
        name="burger",
        category="food_kitchen",
        nouns=("burger", "hamburger", "cheeseburger", "sandwich", "beefburger"),
        synsets=("hamburger.n.01", "cheeseburger.n.01"),
        size=SizePrior((0.13, 0.085, 0.13), 0.3),
        materials={
            "bun": M("organic", "#c8883a"),
            "patty": M("organic", "#4a2a1a"),
            "cheese": M("organic", "#f2b83a"),
            "lettuce": M("foliage", "#6aa83a"),
            "tomato": M("organic", "#d0342a"),
            "seeds": M("organic", "#f0e6c8"),
        },
        parts=_p(
            ("bun", "bun", ("bun", "bread", "roll")),
            ("patty", "patty", ("patty", "meat", "beef")),
            ("cheese", "cheese", ("cheese",)),
            ("lettuce", "lettuce", ("lettuce", "salad")),
            ("tomato", "tomato", ("tomato",)),
            ("seeds", "seeds", ("seeds", "sesame")),
        ),
        build=burger,
        round=True,
        collider="box",
        description="A hamburger: a sesame bun, a beef patty, cheese, lettuce and tomato.",
    ),
    Recipe(
        name="meat",
        category="food_kitchen",
        nouns=(
            "meat",
            "drumstick",
            "ham",
            "leg of meat",
            "roast",
            "turkey leg",
            "chicken leg",
            "leg of lamb",
            "meat on the bone",
            "roast meat",
            "haunch",
            "mutton leg",
        ),
        synsets=("meat.n.01", "drumstick.n.01", "ham.n.01", "roast.n.01"),
        size=SizePrior((0.09, 0.08, 0.29), 0.3),
        materials={"meat": M("organic", "#9a4a24"), "bone": M("bone", "#efe6cf")},
        parts=_p(
            ("meat", "meat", ("meat", "flesh", "roast")), ("bone", "bone", ("bone", "knuckle"))
        ),
        params=(
            Param(
                "kind",
                "choice",
                "drumstick",
                choices=("drumstick", "ham"),
                words={
                    "drumstick": "drumstick",
                    "leg": "drumstick",
                    "turkey": "drumstick",
                    "chicken": "drumstick",
                    "ham": "ham",
                    "haunch": "ham",
                    "joint": "ham",
                },
                doc="A drumstick lying on its side, or a whole roast ham with a bone.",
            ),
        ),
        build=meat,
        long_axis="z",
        collider="box",
        description="A roast drumstick: a browned lump of meat on a bone with a knuckle (a game's food icon).",
    ),
    Recipe(
        name="teapot",
        category="food_kitchen",
        nouns=("teapot", "tea pot", "coffee pot", "coffeepot", "tea kettle pot"),
        synsets=("teapot.n.01", "coffeepot.n.01"),
        size=SizePrior((0.29, 0.165, 0.18), 0.25),
        materials={"porcelain": M("ceramic", "#f0ede4"), "trim": M("brass", "#c8a24a")},
        parts=_p(
            ("body", "porcelain", ("body", "pot", "lid", "spout", "handle", "knob")),
            ("band", "trim", ("band", "trim", "gilding")),
        ),
        build=teapot,
        collider="box",
        description="A porcelain teapot: a round body, a lid with a knob, a curved spout and a loop handle.",
    ),
    Recipe(
        name="fork",
        category="food_kitchen",
        nouns=(
            "fork",
            "table fork",
            "dinner fork",
            "cutlery",
            "silverware",
            "flatware",
            "tableware fork",
        ),
        synsets=("fork.n.01", "cutlery.n.02", "silverware.n.01"),
        size=SizePrior((0.22, 0.009, 0.024), 0.3),
        materials={"steel": M("iron", "#c4c9ce")},
        parts=_p(
            ("handle", "steel", ("handle", "tines", "head", "prongs")),
        ),
        build=fork,
        long_axis="x",
        collider="box",
        description="A table fork lying flat: a slim handle and four tines.",
    ),
    Recipe(
        name="carrot",
        category="food_kitchen",
        nouns=("carrot", "carrots", "parsnip", "root vegetable"),
        synsets=("carrot.n.03", "carrot.n.01", "parsnip.n.03"),
        size=SizePrior((0.28, 0.065, 0.06), 0.35),
        materials={"root": M("organic", "#e8772a"), "greens": M("foliage", "#4f8a2e")},
        parts=_p(
            ("root", "root", ("root", "carrot", "body")),
            ("greens", "greens", ("greens", "leaves", "tops")),
        ),
        build=carrot,
        long_axis="x",
        collider="box",
        description="A carrot lying on its side: a tapering orange root with a tuft of green tops.",
    ),
]
