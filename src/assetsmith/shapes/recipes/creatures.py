"""Fantasy and prehistoric creatures as blockouts: a dragon (wings open or folded), a unicorn (the
animals' quadruped horse with a spiral horn), a tyrannosaur-style dinosaur and a stone gargoyle
crouching on its plinth.

Each stands on its feet (the gargoyle on its plinth), faces +Z, at a plausible real size. Bodies are
one smooth loft along a curving spine (tail, torso and neck), so the silhouette reads as one animal."""

from __future__ import annotations

import math

from ..dsl import body_loft, box, cone, extrude, loft, part, program, section, sphere, sweep
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .animals import SPECIES, quadruped

M = MaterialRole
_EYES = M("plastic", "#111111")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _top(rows, z: float) -> float:
    """The spine's top (centre y + half height) at z, interpolated between rows."""
    for (z0, _, h0, y0), (z1, _, h1, y1) in zip(rows, rows[1:], strict=False):
        if z0 <= z <= z1:
            t = (z - z0) / (z1 - z0)
            return (y0 + h0 / 2) * (1 - t) + (y1 + h1 / 2) * t
    return rows[-1][3] + rows[-1][2] / 2


# --- dragon ----------------------------------------------------------------------------------------

_DRAGON = [  # z, width, height, centre y: tail tip -> hips -> chest -> neck
    (-3.3, 0.05, 0.05, 0.12),
    (-2.7, 0.16, 0.16, 0.2),
    (-2.0, 0.28, 0.3, 0.42),
    (-1.35, 0.5, 0.52, 0.78),
    (-0.75, 0.8, 0.8, 1.05),
    (0.0, 0.95, 0.95, 1.12),
    (0.65, 0.85, 0.9, 1.2),
    (1.0, 0.52, 0.6, 1.5),
    (1.2, 0.36, 0.46, 1.95),
    (1.38, 0.3, 0.36, 2.35),
]
_WING = [
    [0.0, 0.5],
    [0.9, 0.8],
    [2.3, 0.35],
    [1.85, -0.1],
    [1.95, -0.75],
    [1.45, -0.45],
    [1.25, -1.15],
    [0.8, -0.6],
    [0.35, -1.05],
    [0.0, -0.55],
]
_WING_BONES = [
    [[0.0, 0.5], [0.9, 0.8], [2.3, 0.35]],
    [[0.9, 0.8], [1.95, -0.75]],
    [[0.9, 0.8], [1.25, -1.15]],
    [[0.9, 0.8], [0.35, -1.05]],
]


def dragon(p) -> dict:
    rows = _DRAGON
    hy, hz = 2.45, 1.3  # back of the head
    parts = [
        part("body", "scales", body_loft(rows)).detail(1.5),
        part(
            "belly",
            "belly",
            body_loft([(z, w * 0.8, h * 0.8, y - h * 0.14) for z, w, h, y in rows[2:8]]),
        ).detail(0.6),
        part(
            "head",
            "scales",
            loft(
                section(0.0, "ellipse", size=[0.36, 0.36]),
                section(0.25, "ellipse", size=[0.34, 0.3]),
                section(0.55, "ellipse", size=[0.24, 0.18], offset=[0, -0.05]),
                section(0.78, "ellipse", size=[0.17, 0.12], offset=[0, -0.07]),
                axis="z",
                smooth=True,
            ),
            part="body",
        ).at(0, hy, hz),
        part("jaw", "scales", box([0.2, 0.07, 0.5], bevel=0.03), part="body")
        .rotate(x=-14)
        .at(0, hy - 0.2, hz + 0.18),
        part("eyes", "eyes", sphere(0.035))
        .moved(0.14, 0, 0)
        .mirror("x")
        .at(0, hy + 0.04, hz + 0.3),
        part(
            "horns",
            "horn",
            sweep(
                [
                    [0.09, hy + 0.12, hz + 0.1],
                    [0.15, hy + 0.3, hz - 0.1],
                    [0.2, hy + 0.36, hz - 0.38],
                ],
                radii=[0.055, 0.035, 0.006],
                curve="smooth",
            ),
        ).mirror("x"),
    ]
    # Back spines along the ridge, shrinking toward the tail, and a spade at the tail's tip.
    for k, z in enumerate((0.9, 0.55, 0.2, -0.15, -0.5, -0.85, -1.2, -1.55, -1.9, -2.25)):
        s = max(0.35, 1.0 - 0.07 * k)
        parts.append(
            part(f"spine_{k}", "horn", cone(0.07 * s, 0.22 * s, sides=6), part="horns")
            .rotate(x=-30)
            .at(0, _top(rows, z) - 0.04, z)
        )
    parts.append(
        part(
            "spade",
            "horn",
            extrude([[0, 0], [0.16, -0.12], [0, -0.36], [-0.16, -0.12]], 0.03, axis="y"),
            part="horns",
        ).at(0, 0.1, -3.25)
    )
    # Legs: hind legs bent like a dog's, forelegs under the chest, each ending in a clawed foot.
    legs = [
        (
            [0.36, 1.0, -0.65],
            [0.46, 0.62, -0.3],
            [0.44, 0.22, -0.72],
            [0.44, 0.08, -0.55],
            [0.27, 0.18, 0.12, 0.1],
        ),
        ([0.34, 1.0, 0.6], [0.44, 0.55, 0.45], [0.42, 0.1, 0.72], None, [0.2, 0.13, 0.09]),
    ]
    for k, (a, b, c, d, radii) in enumerate(legs):
        path = [a, b, c] + ([d] if d else [])
        parts.append(
            part(
                f"leg_{k}",
                "scales",
                sweep(path, radii=radii, curve="smooth", caps="round"),
                part="body",
            ).mirror("x")
        )
        fz = path[-1][2] + 0.1
        parts += [
            part(f"foot_{k}", "scales", sphere(0.13), part="body")
            .scaled([1, 0.45, 1.3])
            .moved(path[-1][0], 0.0, fz)
            .mirror("x"),
            part(f"claws_{k}", "horn", cone(0.03, 0.12, sides=6), part="claws")
            .turned(x=100)
            .array(3, [0.07, 0, 0], center=True)
            .moved(path[-1][0], 0.03, fz + 0.13)
            .mirror("x"),
        ]
    # Wings: a bat-like membrane on finger bones, spread and raised, or folded along the flanks.
    if p.wings == "open":
        sx, lift, ww = 1.1, 24, 1.1
    else:
        sx, lift, ww = 0.42, 62, 0.75
    wy, wz = 1.55, 0.35

    def place(pt):
        return pt.scaled([sx, 1, ww]).turned(z=lift).moved(0.3, wy, wz).mirror("x")

    parts.append(place(part("wings", "membrane", extrude(_WING, 0.02, axis="y"))).detail(0.8))
    for k, bone in enumerate(_WING_BONES):
        parts.append(
            place(
                part(
                    f"wing_bone_{k}",
                    "scales",
                    sweep(
                        [[x, 0.01, z] for x, z in bone],
                        radii=[0.05] + [0.03] * (len(bone) - 2) + [0.012],
                    ),
                    part="wing_bones",
                )
            ).detail(0.5)
        )
    return program(*parts, collider="box")


# --- unicorn ---------------------------------------------------------------------------------------


def _horse_forehead(up: float) -> tuple[float, float, float]:
    """(y, z, tilt) of a point on the horse's forehead, `up` head-radii above the head's axis (the
    same landmarks animals.quadruped uses)."""
    q = SPECIES["horse"]
    by = q.leg_h + q.body_r * q.body_h
    nz, ny = q.body_l / 2 + q.body_r * 0.2, by + q.body_r * 0.3
    t, ht = math.radians(q.neck_tilt), math.radians(q.head_tilt)
    hy, hz = (
        ny + q.neck_l * math.cos(t) + q.head_r * 0.3,
        nz + q.neck_l * math.sin(t) - q.head_r * 0.6,
    )
    d = q.head_r * 1.15
    return (
        hy + (d - q.head_r) * -math.sin(ht) + up * q.head_r * math.cos(ht),
        hz + (d - q.head_r) * math.cos(ht) + up * q.head_r * math.sin(ht),
        q.head_tilt,
    )


def unicorn(p) -> dict:
    parts = quadruped("horse", SPECIES["horse"])
    y, z, tilt = _horse_forehead(0.8)
    parts.append(
        part("horn", "horn", cone(0.035, 0.4, sides=5))
        .twist(540)
        .rotate(x=tilt - 25)
        .at(0, y - 0.02, z)
    )
    return program(*parts, collider="box")


# --- dinosaur --------------------------------------------------------------------------------------

_REX = [
    (-7.0, 0.1, 0.12, 2.5),
    (-5.5, 0.38, 0.48, 2.9),
    (-3.6, 0.72, 0.9, 3.25),
    (-1.8, 1.1, 1.35, 3.4),
    (0.0, 1.35, 1.75, 3.4),
    (1.5, 1.3, 1.75, 3.5),
    (2.6, 0.9, 1.15, 3.85),
    (3.3, 0.72, 0.9, 4.2),
]


def dinosaur(p) -> dict:
    hy, hz = 4.2, 3.15
    parts = [
        part("body", "skin", body_loft(_REX)).detail(1.5),
        part(
            "head",
            "skin",
            loft(
                section(0.0, "ellipse", size=[0.8, 1.0]),
                section(0.5, "ellipse", size=[0.74, 0.9]),
                section(1.1, "rounded_rect", size=[0.56, 0.62], corner=0.2, offset=[0, -0.05]),
                section(1.55, "rounded_rect", size=[0.44, 0.44], corner=0.18, offset=[0, -0.1]),
                axis="z",
                smooth=True,
            ),
            part="body",
        ).at(0, hy, hz),
        part("jaw", "skin", box([0.56, 0.22, 1.3], bevel=0.08), part="body")
        .rotate(x=-8)
        .at(0, hy - 0.62, hz + 0.25),
        part("teeth", "bone", cone(0.035, 0.12, sides=5))
        .turned(x=180)
        .array(7, [0, 0, 0.16])
        .moved(0.2, 0, 0)
        .mirror("x")
        .at(0, hy - 0.33, hz + 0.55),
        part("eyes", "eyes", sphere(0.07)).moved(0.36, 0, 0).mirror("x").at(0, hy + 0.2, hz + 0.55),
        part(
            "arms",
            "skin",
            sweep(
                [[0.55, 3.2, 1.6], [0.7, 2.75, 1.95], [0.66, 2.55, 2.25]],
                radii=[0.14, 0.09, 0.06],
                curve="smooth",
                caps="round",
            ),
            part="body",
        ).mirror("x"),
        part(
            "legs",
            "skin",
            sweep(
                [[0.55, 3.4, 0.3], [0.72, 1.9, 0.8], [0.68, 0.6, -0.3], [0.66, 0.2, 0.15]],
                radii=[0.75, 0.42, 0.2, 0.16],
                curve="smooth",
                caps="round",
            ),
            part="body",
        ).mirror("x"),
        part("feet", "skin", sphere(0.3), part="body")
        .scaled([1.0, 0.5, 1.7])
        .moved(0.66, 0, 0.4)
        .mirror("x"),
        part("claws", "bone", cone(0.07, 0.3, sides=6))
        .turned(x=95)
        .array(3, [0.2, 0, 0], center=True)
        .moved(0.66, 0.06, 0.85)
        .mirror("x"),
    ]
    return program(*parts, collider="box")


# --- gargoyle --------------------------------------------------------------------------------------


def gargoyle(p) -> dict:
    ph = 0.42  # plinth height
    parts = [
        part("plinth", "plinth", box([0.62, ph - 0.08, 0.62], bevel=0.01)).uv("box"),
        part("plinth_cap", "plinth", box([0.7, 0.08, 0.7], bevel=0.015), part="plinth").at(
            0, ph - 0.08, 0
        ),
        # Crouching: haunches on the plinth, a torso leaning forward, arms down to the front edge.
        part("haunches", "stone", sphere(0.2), part="body")
        .scale([1.35, 0.8, 1.1])
        .at(0, ph - 0.02, -0.06),
        part(
            "body",
            "stone",
            loft(
                section(0.0, "ellipse", size=[0.34, 0.3]),
                section(0.25, "ellipse", size=[0.36, 0.28]),
                section(0.45, "ellipse", size=[0.26, 0.22]),
                axis="y",
                smooth=True,
            ),
        )
        .rotate(x=28)
        .at(0, ph + 0.12, -0.05),
        part("head", "stone", sphere(0.12), part="body")
        .scale([1.0, 0.95, 1.1])
        .at(0, ph + 0.46, 0.22),
        part("snout", "stone", box([0.15, 0.08, 0.12], bevel=0.03), part="body").at(
            0, ph + 0.5, 0.33
        ),
        part("mouth", "hollow", box([0.12, 0.03, 0.04]), part="mouth").at(0, ph + 0.53, 0.385),
        part("eyes", "hollow", sphere(0.025), part="mouth")
        .moved(0.055, 0, 0)
        .mirror("x")
        .at(0, ph + 0.63, 0.31),
        part(
            "horns",
            "stone",
            sweep(
                [[0.06, ph + 0.68, 0.22], [0.11, ph + 0.8, 0.16], [0.12, ph + 0.86, 0.05]],
                radii=[0.03, 0.018, 0.004],
                curve="smooth",
            ),
            part="body",
        ).mirror("x"),
        part("ears", "stone", cone(0.04, 0.1, sides=4), part="body")
        .turned(z=-60)
        .moved(0.12, 0, 0)
        .mirror("x")
        .at(0, ph + 0.58, 0.19),
        part(
            "arms",
            "stone",
            sweep(
                [[0.15, ph + 0.36, 0.1], [0.17, ph + 0.2, 0.22], [0.15, ph + 0.03, 0.27]],
                radii=[0.05, 0.04, 0.035],
                curve="smooth",
                caps="round",
            ),
            part="body",
        ).mirror("x"),
        part("hands", "stone", sphere(0.05), part="body")
        .scaled([1.0, 0.6, 1.3])
        .moved(0.15, ph, 0.29)
        .mirror("x"),
        part("knees", "stone", sphere(0.08), part="body")
        .scaled([0.9, 1.2, 1.2])
        .moved(0.2, ph + 0.08, 0.08)
        .mirror("x"),
        part("feet", "stone", box([0.09, 0.05, 0.16], bevel=0.02), part="body")
        .moved(0.2, ph, 0.16)
        .mirror("x"),
        # Folded bat wings standing up behind the shoulders.
        part(
            "wings",
            "stone",
            extrude(
                [
                    [0, 0],
                    [0.2, 0.16],
                    [0.42, 0.58],
                    [0.31, 0.5],
                    [0.25, 0.36],
                    [0.16, 0.44],
                    [0.1, 0.26],
                    [0.0, 0.3],
                ],
                0.03,
            ),
            part="body",
        )
        .turned(y=-35)
        .moved(0.1, ph + 0.28, -0.14)
        .mirror("x"),
        part(
            "tail",
            "stone",
            sweep(
                [[0, ph + 0.04, -0.26], [0.12, ph + 0.02, -0.3], [0.22, ph + 0.01, -0.18]],
                radii=[0.035, 0.025, 0.01],
                curve="smooth",
            ),
            part="body",
        ),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------------

RECIPES = [
    Recipe(
        name="dragon",
        category="creatures",
        nouns=(
            "dragon",
            "wyvern",
            "wyrm",
            "fire dragon",
            "dragonet",
            "fire-breathing dragon",
            "winged dragon",
        ),
        synsets=("imaginary_being.n.01",),
        size=SizePrior((5.22, 2.83, 5.69), 0.25),
        materials={
            "scales": M("organic", "#3f6a36"),
            "belly": M("organic", "#c7b07a"),
            "membrane": M("leather", "#6e3328"),
            "horn": M("bone", "#e2d6b8"),
            "eyes": M("plastic", "#ffc21a", emissive="#ffb000", emissive_strength=1.5),
        },
        parts=_p(
            (
                "body",
                "scales",
                ("body", "scales", "skin", "hide", "tail", "neck", "head", "legs", "feet"),
            ),
            ("belly", "belly", ("belly", "underbelly", "chest")),
            ("wings", "membrane", ("wings", "wing", "membrane")),
            ("wing_bones", "scales", ("wings", "wing bones")),
            ("horns", "horn", ("horns", "spines", "spikes", "ridge")),
            ("claws", "horn", ("claws", "talons")),
            ("eyes", "eyes", ("eyes",)),
        ),
        params=(
            Param(
                "wings",
                "choice",
                "open",
                choices=("open", "folded"),
                words={
                    "open": "open",
                    "spread": "open",
                    "outstretched": "open",
                    "flying": "open",
                    "folded": "folded",
                    "closed": "folded",
                    "resting": "folded",
                    "sleeping": "folded",
                },
                doc="Wings spread wide and raised, or folded along the flanks.",
            ),
        ),
        build=dragon,
        long_axis="z",
        collider="box",
        description="A dragon blockout: a scaly four-legged body with a long tail and a spade tip, a horned "
        "head on a raised neck, back spines and bat-like wings.",
    ),
    Recipe(
        name="unicorn",
        category="creatures",
        nouns=("unicorn", "alicorn"),
        synsets=(),
        size=SizePrior((0.64, 2.38, 2.45), 0.25),
        materials={
            "hide": M("fabric", "#f1eee8"),
            "hooves": M("bone", "#c9a45a"),
            "eyes": _EYES,
            "snout": M("leather", "#e6cfc8"),
            "mane": M("fabric", "#d9b8e8"),
            "horn": M("brass", "#e8c66a"),
        },
        parts=_p(
            ("body", "hide", ("body", "hide", "coat", "legs", "head", "neck", "ears")),
            ("feet", "hooves", ("hooves", "hoofs", "feet")),
            ("eyes", "eyes", ("eyes",)),
            ("snout", "snout", ("snout", "muzzle", "nose")),
            ("mane", "mane", ("mane", "tail", "hair")),
            ("horn", "horn", ("horn",)),
        ),
        build=unicorn,
        long_axis="z",
        collider="box",
        description="A unicorn: the horse blockout in white with a pastel mane and a spiral golden horn.",
    ),
    Recipe(
        name="dinosaur",
        category="creatures",
        nouns=(
            "dinosaur",
            "t-rex",
            "trex",
            "tyrannosaurus",
            "tyrannosaurus rex",
            "tyrannosaur",
            "dino",
            "allosaurus",
            "theropod",
        ),
        synsets=("dinosaur.n.01", "theropod.n.01"),
        size=SizePrior((2.59, 4.7, 11.7), 0.25),
        materials={
            "skin": M("organic", "#5f6b3e"),
            "bone": M("bone", "#e8dfc6"),
            "eyes": M("plastic", "#d9a21a"),
        },
        parts=_p(
            ("body", "skin", ("body", "skin", "scales", "hide", "tail", "head", "legs", "arms")),
            ("teeth", "bone", ("teeth", "fangs")),
            ("claws", "bone", ("claws", "talons")),
            ("eyes", "eyes", ("eyes",)),
        ),
        build=dinosaur,
        long_axis="z",
        collider="box",
        description="A tyrannosaur blockout: a long horizontal body balanced over two thick legs, a heavy "
        "head with teeth, tiny arms and a tapering tail.",
    ),
    Recipe(
        name="gargoyle",
        category="creatures",
        nouns=("gargoyle", "grotesque", "chimera statue", "gargoyle statue", "stone gargoyle"),
        synsets=("gargoyle.n.02", "grotesque.n.01"),
        size=SizePrior((0.91, 1.28, 0.75), 0.25),
        materials={
            "stone": M("rough_stone", "#85837c"),
            "plinth": M("rough_stone", "#9a968c"),
            "hollow": M("rough_stone", "#2b2a27"),
        },
        parts=_p(
            ("body", "stone", ("body", "figure", "statue", "wings", "head", "horns")),
            ("plinth", "plinth", ("plinth", "pedestal", "base")),
            ("mouth", "hollow", ("mouth", "eyes")),
        ),
        build=gargoyle,
        collider="box",
        description="A stone gargoyle crouching on a plinth: horned head with an open mouth, folded bat "
        "wings, arms braced on the front edge.",
    ),
]
