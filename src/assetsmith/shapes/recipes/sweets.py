"""Snacks and sweets: lollipop, soda can, donut, cupcake, croissant and a stack of pancakes.

Each stands on its bottom centre at its real size (a few centimetres); a lollipop stands on its
stick with the candy facing +Z."""

from __future__ import annotations

import math

from ..dsl import box, cylinder, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def lollipop(p) -> dict:
    stick = 0.1
    if p.style == "ball":
        return program(
            part("stick", "stick", cylinder(0.0025, stick + 0.01)).uv("cylindrical"),
            part("candy", "candy", sphere(0.016)).at(0, stick, 0),
            collider="box",
        )
    R = 0.035
    spiral = [
        [
            (0.004 + 0.029 * k / 40) * math.cos(k * 0.55),
            0.0,
            (0.004 + 0.029 * k / 40) * math.sin(k * 0.55),
        ]
        for k in range(41)
    ]
    return program(
        part("stick", "stick", cylinder(0.0025, stick + R)).uv("cylindrical"),
        part("candy", "candy", cylinder(R, 0.012, bevel=0.005))
        .rotate(x=90)
        .at(0, stick + R, -0.006),
        part("swirl", "swirl", sweep(spiral, 0.0035, curve="smooth"))
        .rotate(x=90)
        .at(0, stick + R, 0.0035),
        collider="box",
    )


def soda_can(p) -> dict:
    r, h = 0.033, 0.122
    prof = [
        [0.0, 0.0],
        [0.024, 0.0],
        [0.03, 0.004],
        [r, 0.012],
        [r, h - 0.014],
        [0.028, h - 0.003],
        [0.027, h],
        [0.025, h],
        [0.025, h - 0.003],
        [0.0, h - 0.003],
    ]
    parts = [
        part("can", "can", lathe(prof, smooth=False)).uv("cylindrical"),
        part("label", "label", cylinder(r + 0.0004, 0.06)).at(0, 0.035, 0).uv("cylindrical"),
        part("tab", "metal", box([0.012, 0.0012, 0.02], bevel=0.0005)).at(0, h - 0.0025, 0.004),
    ]
    return program(*parts, collider="box")


def donut(p) -> dict:
    R, t = 0.037, 0.023
    parts = [
        part("dough", "dough", torus(R, t)).scale([1.0, 0.85, 1.0]).uv("cylindrical"),
    ]
    if p.glazed:
        parts.append(
            part("icing", "icing", torus(R, t * 0.92)).scale([1.0, 0.5, 1.0]).at(0, t * 0.95, 0)
        )
        if p.sprinkles:
            rng = p.rng
            for k in range(14):
                a = 2 * math.pi * k / 14 + float(rng.uniform(-0.2, 0.2))
                rr = R + float(rng.uniform(-0.012, 0.012))
                parts.append(
                    part(
                        f"sprinkle_{k}",
                        f"sprinkle_{k % 3}",
                        box([0.008, 0.002, 0.002], bevel=0.0008),
                        part=f"sprinkles_{k % 3}",
                    )
                    .rotate(y=float(rng.uniform(0, 180)))
                    .at(rr * math.cos(a), t * 1.92 - 0.0005, rr * math.sin(a))
                )
    return program(*parts, collider="box")


def cupcake(p) -> dict:
    parts = [
        part("wrapper", "wrapper", cylinder(0.025, 0.035, sides=20))
        .taper([1.3, 1.3])
        .uv("cylindrical"),
        part("cake", "cake", sphere(0.033, portion=0.5)).scale([1.0, 0.6, 1.0]).at(0, 0.03, 0),
    ]
    # The frosting: a swirl of three shrinking rings topped by a peak.
    for k, (r, t) in enumerate(((0.026, 0.011), (0.018, 0.01), (0.01, 0.008))):
        parts.append(
            part(f"frosting_{k}", "frosting", torus(r, t), part="frosting").at(
                0, 0.04 + 0.014 * k, 0
            )
        )
    parts.append(part("peak", "frosting", sphere(0.008), part="frosting").at(0, 0.072, 0))
    if p.cherry:
        parts += [
            part("cherry", "cherry", sphere(0.009)).at(0, 0.079, 0),
            part(
                "stem",
                "stem",
                sweep(
                    [[0.0, 0.096, 0.0], [0.003, 0.105, 0.0], [0.008, 0.11, 0.0]],
                    0.0009,
                    curve="smooth",
                ),
                part="cherry_stem",
            ),
        ]
    return program(*parts, collider="box")


def croissant(p) -> dict:
    R = 0.055
    n = 9
    path = [
        [R * math.cos(math.radians(a)), 0.0, R * math.sin(math.radians(a))]
        for a in [200 + 140 * k / (n - 1) for k in range(n)]
    ]
    radii = [0.008 + 0.022 * math.sin(math.pi * k / (n - 1)) ** 0.8 for k in range(n)]
    parts = [
        part("croissant", "pastry", sweep(path, None, radii=radii, curve="smooth", caps="round"))
        .scale([1.0, 0.75, 1.0])
        .at(0, 0.022, R * 0.5)
        .uv("cylindrical"),
    ]
    # The rolled layers: flattened lobes across the crescent, one at every other path point.
    for k in range(1, n - 1):
        a = 200 + 140 * k / (n - 1)
        rl = radii[k] * 1.06
        x, z = R * math.cos(math.radians(a)), R * math.sin(math.radians(a))
        parts.append(
            part(
                f"fold_{k}",
                "crust" if k % 2 else "pastry",
                sphere(rl),
                part="folds" if k % 2 else "croissant",
            )
            .scale([0.5, 0.76, 1.0])
            .rotate(y=-(a + 90))
            .at(x, 0.022 - 0.76 * rl, z + R * 0.5)
        )
    return program(*parts, collider="box")


def pancakes(p) -> dict:
    n = p.count
    r, t = 0.075, 0.012
    parts = [
        part(
            "plate",
            "plate",
            lathe(
                [
                    [0.0, 0.0],
                    [0.07, 0.0],
                    [0.085, 0.006],
                    [0.12, 0.016],
                    [0.11, 0.016],
                    [0.08, 0.01],
                    [0.0, 0.01],
                ],
                smooth=False,
            ),
        ).uv("cylindrical")
    ]
    rng = p.rng
    for k in range(n):
        parts.append(
            part(f"pancake_{k}", "pancake", cylinder(r, t, bevel=0.005), part="pancakes").at(
                float(rng.uniform(-0.004, 0.004)),
                0.01 + k * (t - 0.0005),
                float(rng.uniform(-0.004, 0.004)),
            )
        )
    top = 0.01 + n * (t - 0.0005)
    parts += [
        part("syrup", "syrup", cylinder(r * 0.8, 0.002)).at(0, top - 0.0005, 0),
        part("drips", "syrup", sphere(0.006), part="syrup")
        .scale([1.0, 2.5, 1.0])
        .moved(r - 0.002, 0, 0)
        .radial(4, axis="y", start=20)
        .at(0, top - 0.022, 0),
        part("butter", "butter", box([0.022, 0.012, 0.022], bevel=0.003))
        .rotate(y=20)
        .at(0, top + 0.001, 0),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="lollipop",
        category="food_kitchen",
        nouns=(
            "lollipop",
            "lolly",
            "sucker",
            "swirl lollipop",
            "candy on a stick",
            "lollypop",
            "all-day sucker",
        ),
        synsets=("lollipop.n.02",),
        size=SizePrior((0.07, 0.17, 0.013), 0.25),
        materials={
            "stick": M("paper", "#f4f1e8"),
            "candy": M("plastic", "#e84a8a"),
            "swirl": M("plastic", "#f7f3ea"),
        },
        parts=_p(
            ("stick", "stick", ("stick",)),
            ("candy", "candy", ("candy", "disc", "ball", "sweet")),
            ("swirl", "swirl", ("swirl", "spiral", "stripe")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "swirl",
                choices=("swirl", "ball"),
                words={
                    "swirl": "swirl",
                    "spiral": "swirl",
                    "rainbow": "swirl",
                    "ball": "ball",
                    "round": "ball",
                    "chupa": "ball",
                },
                doc="A flat swirl disc or a small round ball on the stick.",
            ),
        ),
        build=lollipop,
        collider="box",
        description="A swirl lollipop: a flat candy disc with a white spiral on a paper stick.",
    ),
    Recipe(
        name="soda_can",
        category="food_kitchen",
        nouns=(
            "soda can",
            "can of soda",
            "coke can",
            "beer can",
            "drink can",
            "pop can",
            "tin can",
            "soft drink can",
            "energy drink",
            "aluminium can",
            "aluminum can",
            "cola can",
        ),
        synsets=("soda_can.n.01",),
        size=SizePrior((0.066, 0.122, 0.066), 0.25),
        materials={
            "can": M("iron", "#c6cacf"),
            "label": M("painted_metal", "#c81e24"),
            "metal": M("iron", "#b4b8bd"),
        },
        parts=_p(
            ("can", "can", ("can", "body", "lid", "top")),
            ("label", "label", ("label", "print", "logo")),
            ("tab", "metal", ("tab", "ring pull", "pull tab")),
        ),
        build=soda_can,
        collider="box",
        description="A soda can: a pressed aluminium can with a printed band and a ring-pull tab.",
    ),
    Recipe(
        name="donut",
        category="food_kitchen",
        nouns=(
            "donut",
            "doughnut",
            "glazed donut",
            "iced donut",
            "ring doughnut",
            "frosted donut",
            "donuts",
            "doughnuts",
        ),
        synsets=("doughnut.n.02",),
        size=SizePrior((0.12, 0.045, 0.12), 0.25),
        materials={
            "dough": M("organic", "#c98a45"),
            "icing": M("plastic", "#f08ab0"),
            "sprinkle_0": M("plastic", "#f7f3ea"),
            "sprinkle_1": M("plastic", "#3aa0e0"),
            "sprinkle_2": M("plastic", "#f2d030"),
        },
        parts=_p(
            ("dough", "dough", ("dough", "ring", "body")),
            ("icing", "icing", ("icing", "glaze", "frosting")),
            ("sprinkles_0", "sprinkle_0", ("sprinkles",)),
            ("sprinkles_1", "sprinkle_1", ("sprinkles",)),
            ("sprinkles_2", "sprinkle_2", ("sprinkles",)),
        ),
        params=(
            Param(
                "glazed",
                "bool",
                True,
                words={"glazed": True, "iced": True, "frosted": True, "plain": False},
                doc="Icing on the top half.",
            ),
            Param(
                "sprinkles",
                "bool",
                True,
                words={"sprinkles": True, "sprinkled": True},
                doc="Coloured sprinkles on the icing.",
            ),
        ),
        build=donut,
        round=True,
        collider="box",
        description="A donut: a fried dough ring with pink icing and coloured sprinkles.",
    ),
    Recipe(
        name="cupcake",
        category="food_kitchen",
        nouns=("cupcake", "cup cake", "fairy cake", "muffin", "frosted cupcake", "cupcakes"),
        synsets=("cupcake.n.01",),
        size=SizePrior((0.07, 0.11, 0.07), 0.25),
        materials={
            "wrapper": M("paper", "#e0607a"),
            "cake": M("organic", "#b27a45"),
            "frosting": M("plastic", "#f4e8ef"),
            "cherry": M("plastic", "#c8101e"),
            "stem": M("organic", "#4a6a2a"),
        },
        parts=_p(
            ("wrapper", "wrapper", ("wrapper", "liner", "paper cup", "case")),
            ("cake", "cake", ("cake", "sponge")),
            ("frosting", "frosting", ("frosting", "icing", "cream", "buttercream")),
            ("cherry", "cherry", ("cherry",)),
            ("cherry_stem", "stem", ("stem",)),
        ),
        params=(Param("cherry", "bool", True, words={"cherry": True}, doc="A cherry on top."),),
        build=cupcake,
        round=True,
        collider="box",
        description="A cupcake: a pleated paper case, a domed cake and a swirl of frosting with a cherry on top.",
    ),
    Recipe(
        name="croissant",
        category="food_kitchen",
        nouns=("croissant", "crescent roll", "croissants"),
        synsets=("crescent_roll.n.01",),
        size=SizePrior((0.12, 0.047, 0.075), 0.25),
        materials={"pastry": M("organic", "#d59a48"), "crust": M("organic", "#b8772e")},
        parts=_p(
            ("croissant", "pastry", ("croissant", "pastry", "body")),
            ("folds", "crust", ("crust", "folds", "layers")),
        ),
        build=croissant,
        long_axis="x",
        collider="box",
        description="A croissant: a golden crescent of rolled pastry, plump in the middle and tapering to the tips.",
    ),
    Recipe(
        name="pancakes",
        category="food_kitchen",
        nouns=(
            "pancakes",
            "pancake",
            "stack of pancakes",
            "pancake stack",
            "hotcakes",
            "flapjacks",
            "crepes",
            "short stack",
        ),
        synsets=("pancake.n.01",),
        size=SizePrior((0.24, 0.078, 0.24), 0.25),
        materials={
            "plate": M("ceramic", "#f1efe9"),
            "pancake": M("organic", "#d49a55"),
            "syrup": M("plastic", "#7a3a10"),
            "butter": M("organic", "#f4e08a"),
        },
        parts=_p(
            ("plate", "plate", ("plate", "dish")),
            ("pancakes", "pancake", ("pancakes", "pancake", "stack")),
            ("syrup", "syrup", ("syrup", "maple syrup", "honey")),
            ("butter", "butter", ("butter",)),
        ),
        params=(
            Param(
                "count",
                "int",
                5,
                1,
                10,
                count_nouns=("pancakes", "pancake", "hotcakes"),
                doc="Pancakes in the stack.",
            ),
        ),
        build=pancakes,
        round=True,
        collider="box",
        description="A stack of pancakes on a plate with syrup running down and a pat of butter on top.",
    ),
]
