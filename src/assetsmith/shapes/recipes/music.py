"""More musical instruments: saxophone, harp (the concert instrument), accordion and flute.

Everything stands on its bottom centre at its real size; the saxophone stands on its bow with the
bell up, the harp's triangle lies in the YZ plane (column at the front, +Z), the flute lies along X."""

from __future__ import annotations

from ..dsl import box, cone, cylinder, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Recipe, RecipePart, SizePrior

M = MaterialRole
BRASS = M("brass", "#d6a842")
SQUARE = [[-1, -1], [1, -1], [1, 1], [-1, 1]]


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _lerp(path, t: float) -> list[float]:
    """The point at fraction t along a polyline (by segment count, good enough for key placement)."""
    n = len(path) - 1
    i = min(int(t * n), n - 1)
    f = t * n - i
    return [a + (b - a) * f for a, b in zip(path[i], path[i + 1], strict=True)]


_SAX = [
    [0, 0.7, -0.1],
    [0, 0.72, -0.04],
    [0, 0.67, 0.02],
    [0, 0.58, 0.04],
    [0, 0.3, 0.03],
    [0, 0.1, 0.02],
    [0, 0.035, 0.07],
    [0, 0.08, 0.15],
    [0, 0.22, 0.17],
    [0, 0.3, 0.18],
]
_SAX_R = [0.006, 0.008, 0.011, 0.016, 0.026, 0.034, 0.04, 0.045, 0.05, 0.055]


def saxophone(p) -> dict:
    parts = [
        part("body", "brass", sweep(_SAX, radii=_SAX_R, curve="smooth")).detail(1.4),
        part(
            "bell",
            "brass",
            lathe(
                [
                    [0.052, 0],
                    [0.062, 0.04],
                    [0.085, 0.08],
                    [0.092, 0.085],
                    [0.08, 0.082],
                    [0.058, 0.04],
                    [0.048, 0.0],
                ],
                smooth=True,
            ),
            part="body",
        )
        .rotate(x=8)
        .at(0, 0.29, 0.18),
        part("mouthpiece", "mouthpiece", cone(0.009, 0.06, radius_top=0.005))
        .turned(x=-80)
        .at(0, 0.703, -0.1),
    ]
    body = _SAX[3:7]
    for k in range(7):  # pearl key touches down the front of the body
        x, y, z = _lerp(body, 0.08 + k * 0.12)
        r = 0.017 + 0.012 * k / 6
        parts.append(
            part(f"key_{k}", "keys", cylinder(0.009, 0.006), part="keys")
            .turned(x=90)
            .at(x, y - 0.009, z + r)
        )
    parts.append(part("rods", "brass", cylinder(0.002, 0.32), part="body").at(0.02, 0.18, 0.05))
    return program(*parts, collider="box")


def harp(p) -> dict:
    col_z, top = 0.42, 1.72
    sb_bottom, sb_top = (0.14, 0.3), (1.36, -0.45)  # (y, z) of the soundbox's ends
    neck = [
        [0, sb_top[0] + 0.02, sb_top[1] - 0.02],
        [0, 1.52, -0.22],
        [0, 1.46, 0.02],
        [0, 1.6, 0.26],
        [0, top - 0.02, col_z],
    ]
    parts = [
        part("base", "wood", box([0.34, 0.12, 0.62], bevel=0.02)).at(0, 0, 0.1),
        part(
            "column",
            "wood",
            lathe([[0.05, 0], [0.036, 0.08], [0.03, 1.3], [0.045, 1.45], [0.045, 1.5], [0, 1.5]]),
        ).at(0, 0.12, col_z),
        part(
            "crown", "gilt", lathe([[0.05, 0], [0.07, 0.05], [0.06, 0.1], [0, 0.12]], smooth=True)
        ).at(0, 1.6, col_z),
        part(
            "soundbox",
            "wood",
            sweep(
                [[0, sb_bottom[0], sb_bottom[1]], [0, sb_top[0], sb_top[1]]],
                radii=[0.17, 0.06],
                section=[[-1, -0.5], [1, -0.5], [0.7, 0.5], [-0.7, 0.5]],
            ),
        ).detail(1.2),
        part("neck", "wood", sweep(neck, 0.04, curve="smooth", section=SQUARE), part="neck"),
    ]
    n = 24
    for k in range(n):
        t = k / (n - 1)
        z = sb_top[1] + 0.06 + t * (col_z - 0.12 - sb_top[1] - 0.06)
        u = (z - sb_bottom[1]) / (sb_top[1] - sb_bottom[1])  # along the soundbox
        ys = sb_bottom[0] + u * (sb_top[0] - sb_bottom[0]) + 0.04
        yn = _neck_y(neck, z) - 0.03
        if yn - ys < 0.05:
            continue
        parts.append(
            part(
                f"string_{k}",
                "red_strings" if k % 7 == 3 else "strings",
                cylinder(0.0016, yn - ys),
                part="red_strings" if k % 7 == 3 else "strings",
            ).at(0, ys, z)
        )
    return program(*parts, collider="box")


def _neck_y(neck, z: float) -> float:
    for a, b in zip(neck, neck[1:], strict=False):
        if min(a[2], b[2]) <= z <= max(a[2], b[2]):
            t = (z - a[2]) / (b[2] - a[2])
            return a[1] + t * (b[1] - a[1])
    return neck[-1][1]


def accordion(p) -> dict:
    h, d = 0.42, 0.2
    parts = [
        part("treble", "case", box([0.11, h, d], bevel=0.012)).at(0.16, 0, 0).uv("box"),
        part("bass", "case", box([0.1, h, d], bevel=0.012), part="treble").at(-0.155, 0, 0),
        part("bellows", "bellows", box([0.2, h - 0.03, d - 0.02], bevel=0.006)).at(0, 0.015, 0),
        part("pleats", "trim", box([0.006, h - 0.01, d], bevel=0.002))
        .array(9, [0.022, 0, 0], center=True)
        .at(0, 0.005, 0),
        part("keys", "keys", box([0.05, 0.014, 0.02], bevel=0.002))
        .array(19, [0, 0.019, 0])
        .at(0.24, 0.03, d / 2 - 0.03),
        part("black_keys", "black_keys", box([0.03, 0.009, 0.014], bevel=0.0015))
        .array(11, [0, 0.03, 0])
        .at(0.245, 0.048, d / 2 - 0.012),
        part("buttons", "keys", cylinder(0.006, 0.01), part="keys")
        .turned(x=90)
        .array(6, [0, 0.05, 0], center=True)
        .array(4, [0, 0.012, -0.03], center=True)
        .at(-0.155, 0.21, d / 2),
        part("grille", "trim", box([0.085, 0.14, 0.004]), part="pleats").at(0.16, 0.26, d / 2),
        part(
            "straps",
            "strap",
            sweep(
                [[0.1, 0.38, -d / 2], [0.05, 0.25, -d / 2 - 0.06], [0.1, 0.06, -d / 2]],
                0.012,
                curve="smooth",
                section=[[-1, -0.3], [1, -0.3], [1, 0.3], [-1, 0.3]],
            ),
        ).mirror("x"),
    ]
    return program(*parts, collider="box")


def flute(p) -> dict:
    L, r = 0.67, 0.0095
    parts = [
        part("tube", "silver", cylinder(r, L)).rotate(z=-90).at(-L / 2, r + 0.002, 0).detail(1.2),
        part("crown", "silver", sphere(r * 1.15), part="tube").at(-L / 2 - 0.006, 0.001, 0),
        part("lip_plate", "silver", box([0.026, 0.004, 0.02], bevel=0.0018), part="tube").at(
            -L / 2 + 0.05, 2 * r, 0
        ),
        part("embouchure", "hollow", cylinder(0.004, 0.002)).at(-L / 2 + 0.05, 2 * r + 0.003, 0),
        part("joints", "silver", cylinder(r * 1.12, 0.02), part="tube")
        .rotate(z=-90)
        .array(2, [0.0, -0.25, 0])
        .at(-L / 2 + 0.19, r + 0.002, 0),
        part("keys", "keys", cylinder(0.0065, 0.003))
        .array(13, [0.024, 0, 0])
        .at(-L / 2 + 0.2, 2 * r + 0.001, 0),
        part("rods", "silver", cylinder(0.0013, 0.32), part="tube")
        .rotate(z=-90)
        .at(-L / 2 + 0.19, 2 * r - 0.002, -0.007),
        part("ring", "silver", torus(r * 1.05, 0.0015), part="tube")
        .turned(z=90)
        .array(2, [0.3, 0, 0])
        .at(-L / 2 + 0.12, r + 0.002, 0),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="saxophone",
        category="leisure",
        nouns=("saxophone", "sax", "alto sax", "tenor sax", "alto saxophone", "tenor saxophone"),
        synsets=("sax.n.02",),
        size=SizePrior((0.17, 0.73, 0.43), 0.25),
        materials={
            "brass": BRASS,
            "keys": M("plastic", "#efe6d2"),
            "mouthpiece": M("plastic", "#151515"),
        },
        parts=_p(
            ("body", "brass", ("body", "tube", "bell", "neck", "bow", "rods")),
            ("keys", "keys", ("keys", "pads")),
            ("mouthpiece", "mouthpiece", ("mouthpiece", "reed")),
        ),
        build=saxophone,
        collider="box",
        description="A saxophone standing on its bow: a conical brass body curving up into a flared bell, "
        "a crooked neck with a black mouthpiece and pearl keys down the front.",
    ),
    Recipe(
        name="harp",
        category="leisure",
        nouns=("harp", "concert harp", "pedal harp", "celtic harp", "lyre harp", "irish harp"),
        synsets=("harp.n.01",),
        size=SizePrior((0.34, 1.73, 0.98), 0.25),
        materials={
            "wood": M("wood_planks", "#9a6232"),
            "gilt": M("brass", "#d8b050"),
            "strings": M("plastic", "#ece6d4"),
            "red_strings": M("plastic", "#b02a22"),
        },
        parts=_p(
            ("base", "wood", ("base", "foot")),
            ("column", "wood", ("column", "pillar", "forepillar")),
            ("crown", "gilt", ("crown", "capital")),
            ("soundbox", "wood", ("soundbox", "body", "soundboard")),
            ("neck", "wood", ("neck", "harmonic curve")),
            ("strings", "strings", ("strings",)),
            ("red_strings", "red_strings", ("strings",)),
        ),
        build=harp,
        long_axis="y",
        collider="box",
        description="A concert harp: a tall carved column with a gilt crown, a slanting soundbox, a curving "
        "neck and a fan of strings (every seventh red).",
    ),
    Recipe(
        name="accordion",
        category="leisure",
        nouns=(
            "accordion",
            "piano accordion",
            "squeezebox",
            "squeeze box",
            "button accordion",
            "concertina",
            "bandoneon",
        ),
        synsets=("accordion.n.01",),
        size=SizePrior((0.47, 0.42, 0.33), 0.25),
        materials={
            "case": M("painted_wood", "#9a1c22"),
            "bellows": M("fabric", "#1a1a1c"),
            "trim": M("iron", "#c8cacc"),
            "keys": M("plastic", "#f2efe6"),
            "black_keys": M("plastic", "#151515"),
            "strap": M("leather", "#3a2a20"),
        },
        parts=_p(
            ("treble", "case", ("case", "body", "ends", "treble")),
            ("bellows", "bellows", ("bellows",)),
            ("pleats", "trim", ("pleats", "trim", "grille")),
            ("keys", "keys", ("keys", "keyboard", "buttons")),
            ("black_keys", "black_keys", ("keys", "black keys")),
            ("straps", "strap", ("straps", "strap")),
        ),
        build=accordion,
        long_axis="x",
        collider="box",
        description="A piano accordion: red treble and bass ends, a pleated black bellows with bright ribs, a "
        "piano keyboard on one side, bass buttons on the other and shoulder straps.",
    ),
    Recipe(
        name="flute",
        category="leisure",
        nouns=("flute", "transverse flute", "concert flute", "piccolo", "fife", "silver flute"),
        synsets=("flute.n.01", "piccolo.n.01"),
        size=SizePrior((0.73, 0.022, 0.022), 0.25),
        materials={
            "silver": M("iron", "#c9cdd2"),
            "keys": M("iron", "#dfe2e6"),
            "hollow": M("iron", "#141414"),
        },
        parts=_p(
            ("tube", "silver", ("tube", "body", "head joint", "lip plate", "rods")),
            ("keys", "keys", ("keys",)),
            ("embouchure", "hollow", ("embouchure", "mouth hole")),
        ),
        build=flute,
        long_axis="x",
        collider="box",
        description="A silver transverse flute lying on its side: a long tube with a lip plate, joints, key "
        "cups and rods.",
    ),
]
