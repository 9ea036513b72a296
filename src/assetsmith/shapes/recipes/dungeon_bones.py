"""Dungeon bones: a human skull, a skeleton (lying on its back, or a pile of bones)."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ..curves import catmull_rom
from ..dsl import (
    Part,
    box,
    capsule,
    extrude,
    lathe,
    loft,
    part,
    program,
    section,
    shape,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
Place = Callable[[Part], Part]


def _keep(p: Part) -> Part:
    return p


# The head's sections, front to back: z, then (bottom y, top y, half-widths at the bottom, a
# quarter, the middle, three quarters and the top of the outline).
_HEAD_ROWS = (
    (0.080, (0.046, 0.108, (0.016, 0.02, 0.024, 0.022, 0.014))),
    (0.072, (0.040, 0.152, (0.022, 0.032, 0.044, 0.046, 0.034))),
    (0.058, (0.038, 0.180, (0.027, 0.044, 0.05, 0.052, 0.042))),
    (0.035, (0.038, 0.200, (0.031, 0.05, 0.056, 0.06, 0.049))),
    (0.000, (0.046, 0.214, (0.044, 0.06, 0.067, 0.068, 0.053))),
    (-0.045, (0.060, 0.212, (0.052, 0.066, 0.071, 0.07, 0.054))),
    (-0.085, (0.074, 0.192, (0.046, 0.06, 0.064, 0.058, 0.04))),
    (-0.110, (0.094, 0.168, (0.028, 0.04, 0.044, 0.04, 0.026))),
    (-0.121, (0.116, 0.146, (0.008, 0.012, 0.014, 0.012, 0.008))),
)


def _head_section(y0: float, y1: float, widths: tuple[float, ...]) -> list[list[float]]:
    """A closed outline [x, y] across the head: a smooth closed curve up the right side through
    the half-widths, over the top and down the left side (48 points; the loft resamples it)."""
    n = len(widths)
    right = [[w, y0 + (y1 - y0) * (0.1 + 0.8 * k / (n - 1))] for k, w in enumerate(widths)]
    ctrl = [[0.0, y0], *right, [0.0, y1], *([-x, y] for x, y in reversed(right))]
    return np.round(catmull_rom(np.asarray(ctrl), 48, closed=True), 5).tolist()


def skull_parts(
    place: Place = _keep,
    *,
    jaw: bool = True,
    eyes: bool = False,
    groups: dict[str, str] | None = None,
    prefix: str = "",
    coarse: bool = False,
) -> list[Part]:
    """A human skull in its own frame (metres; the chin at y = 0, the face towards +Z, the crown
    at y ~ 0.215, the back of the head at z ~ -0.12). Every piece is positioned by transform
    operators so that `place` can add more (the skeleton lays the skull on its back).

    The pieces join the skull recipe's parts (cranium, jaw, teeth, hollows, eyes), renamed by
    `groups` (the skeleton puts cranium and jaw into its `skull`). `coarse`: simple box teeth and
    no molars, for a skull that is a small part of a bigger object."""

    def grp(name: str) -> str:
        return (groups or {}).get(name, name)

    # The head is one smooth loft from the face (front, +Z) to the back of the head: each section
    # is the skull's outline across it (see _head_section), so the forehead rises straight
    # from the brow and curves back over the crown, the face narrows to the upper jaw, and the
    # temples widen to the braincase. The orbits and the nose cavity are cut out of it.
    rows = _HEAD_ROWS[::2] if coarse else _HEAD_ROWS
    head = loft(
        *(section(z, "outline", points=_head_section(*row)) for z, row in reversed(rows)),
        axis="z",
        smooth=True,
    )
    # The cutters have fixed sides: their facets are hidden in the dark of the sockets, and a
    # boolean costs by the triangles of its operands.
    orbit = lathe(
        [
            [0.0, 0.0],
            *(
                [
                    round(0.02 * math.sin(math.pi * i / 8), 5),
                    round(0.02 - 0.02 * math.cos(math.pi * i / 8), 5),
                ]
                for i in range(1, 8)
            ),
            [0.0, 0.04],
        ],
        sides=16,
    )
    nose = [
        [0.0, 0.1],
        [0.005, 0.094],
        [0.0095, 0.083],
        [0.0125, 0.073],
        [0.009, 0.067],
        [0.0, 0.069],
        [-0.009, 0.067],
        [-0.0125, 0.073],
        [-0.0095, 0.083],
        [-0.005, 0.094],
    ]
    cranium = grp("cranium")
    head_part = part(f"{prefix}head", "bone", head, part=cranium).detail(1.0).uv("spherical")
    if not coarse:
        head_part = head_part.cut(
            shape(orbit).scale([1.04, 0.9, 1.9]).rotate(y=14).at(0.025, 0.0875, 0.094),
            shape(orbit).scale([1.04, 0.9, 1.9]).rotate(y=-14).at(-0.025, 0.0875, 0.094),
            shape(extrude(nose, 0.07)).at(0, 0, 0.09),
        )
    parts = [
        place(head_part),
        # The brow ridge over both orbits: a flat lens, thickest in the middle.
        place(
            part(f"{prefix}brow", "bone", sphere(0.017), part=cranium)
            .scaled([3.0, 0.5, 0.8])
            .bend(24, axis="x", toward="-z")
            .moved(0, 0.121, 0.064)
        ),
    ]
    if not coarse:
        # Cheekbones below the outer corners of the orbits, and the arches running back from
        # them to the ear.
        parts += [
            place(
                part(f"{prefix}cheekbones", "bone", sphere(0.0135), part=cranium)
                .scaled([0.9, 0.8, 1.7])
                .moved(0.045, 0.075, 0.036)
                .mirror("x", 0)
            ),
            place(
                part(f"{prefix}arches", "bone", capsule(0.0055, 0.068), part=cranium)
                .detail(0.6)
                .scaled([0.8, 1.0, 1.5])
                .turned(x=90, y=-5)
                .moved(0.057, 0.087, -0.022)
                .mirror("x", 0)
            ),
        ]
    # Uncut (coarse), the orbits and the nose are dark patches standing out of the face a little.
    forward = 0.02 if coarse else 0.0
    depth = 0.35 if coarse else 0.6
    # The dark backs of the orbits and the nose cavity: depth where a real skull is hollow.
    parts += [
        place(
            part(f"{prefix}orbit_hollows", "hollow", sphere(0.0215), part=grp("hollows"))
            .scaled([1.0, 0.9, depth])
            .moved(0.026, 0.0865, 0.052 + forward)
            .mirror("x", 0)
        ),
        place(
            part(f"{prefix}nose_hollow", "hollow", sphere(0.011), part=grp("hollows"))
            .scaled([1.0, 1.35, 0.8])
            .moved(0, 0.065, 0.052 + forward)
        ),
    ]
    if eyes:  # a glow deep in each orbit
        parts.append(
            place(
                part(f"{prefix}eyes", "glow", sphere(0.0085), part=grp("eyes"))
                .scaled([1.0, 0.9, 0.6])
                .moved(0.024, 0.096, 0.056)
                .mirror("x", 0)
            )
        )
    # The upper teeth in an arch under the maxilla.
    n_teeth = 10 if coarse else 12
    tooth = box([0.0072 if coarse else 0.0066, 0.012, 0.006], bevel=0.0018)
    parts.append(
        place(
            part(f"{prefix}upper_teeth", "teeth", tooth, part=grp("teeth"))
            .detail(1.0)
            .scaled([1.0, 1.0, 0.8])
            .radial(n_teeth, radius=0.029, start=-78, span=156)
            .moved(0, 0.034, 0.047)
        )
    )
    # The molars, in straight rows back from the arch.
    molar = box([0.0085, 0.012, 0.0095], bevel=0.0022)
    parts += (
        []
        if coarse
        else [
            place(
                part(f"{prefix}upper_molars", "teeth", molar, part=grp("teeth"))
                .detail(1.0)
                .array(3, [0, 0, -0.0105])
                .turned(y=-4)
                .moved(0.029, 0.034, 0.04)
                .mirror("x", 0)
            )
        ]
    )
    if jaw:
        # The mandible: a U-shaped body under the teeth (a tall thin section swept round the
        # chin) and the two rami rising behind the cheeks to the joint under the arches.
        body = [
            [0.049, 0.02, -0.026],
            [0.046, 0.016, 0.01],
            [0.034, 0.012, 0.046],
            [0.018, 0.01, 0.064],
            [0.0, 0.009, 0.07],
            [-0.018, 0.01, 0.064],
            [-0.034, 0.012, 0.046],
            [-0.046, 0.016, 0.01],
            [-0.049, 0.02, -0.026],
        ]
        plate = [
            [-0.4, -1.0],
            [0.4, -1.0],
            [0.65, -0.3],
            [0.55, 0.5],
            [0.3, 1.0],
            [-0.3, 1.0],
            [-0.55, 0.5],
            [-0.65, -0.3],
        ]
        ramus = [
            [-0.032, 0.008],
            [-0.012, 0.014],
            [-0.002, 0.03],
            [-0.004, 0.084],
            [-0.011, 0.07],
            [-0.02, 0.07],
            [-0.026, 0.088],
            [-0.034, 0.084],
            [-0.038, 0.03],
        ]
        parts += [
            place(
                part(
                    f"{prefix}mandible",
                    "bone",
                    sweep(body, 0.016, curve="smooth", section=plate),
                    part=grp("jaw"),
                ).detail(1.2)
            ),
            place(
                part(
                    f"{prefix}rami",
                    "bone",
                    extrude(ramus, 0.009, axis="x", smooth=True, bevel=0.0035),
                    part=grp("jaw"),
                )
                .turned(y=-6)
                .moved(0.05, 0.0, 0.0)
                .mirror("x", 0)
            ),
            place(
                part(f"{prefix}lower_teeth", "teeth", tooth, part=grp("teeth"))
                .detail(1.0)
                .scaled([0.9, 0.85, 0.8])
                .turned(x=180)
                .radial(n_teeth, radius=0.026, start=-78, span=156)
                .moved(0, 0.034, 0.046)
            ),
        ]
        parts += (
            []
            if coarse
            else [
                # The chin's point, below the front of the body.
                place(
                    part(f"{prefix}chin", "bone", sphere(0.012), part=grp("jaw"))
                    .scaled([1.6, 0.8, 0.9])
                    .moved(0, -0.004, 0.066)
                ),
                place(
                    part(f"{prefix}lower_molars", "teeth", molar, part=grp("teeth"))
                    .detail(1.0)
                    .scaled([0.9, 0.85, 1.0])
                    .turned(x=180)
                    .array(3, [0, 0, -0.0105])
                    .turned(y=-4)
                    .moved(0.027, 0.034, 0.04)
                    .mirror("x", 0)
                ),
            ]
        )
    return parts


def skull(p) -> dict:
    return program(*skull_parts(jaw=p.jaw, eyes=p.glowing), collider="mesh_convex")


# A long bone's profile [r, y] for a shaft radius of 1 and a length of 1: knobbed ends (the
# joints) and a slim shaft, so limbs read as bones and not as sticks.
_BONE = ((0.0, 0.0), (1.5, 0.05), (0.72, 0.22), (0.72, 0.78), (1.5, 0.95), (0.0, 1.0))


def bone(
    id: str,
    a,
    b,
    r: float,
    *,
    material: str = "bone",
    group: str | None = None,
    detail: float = 1.0,
) -> Part:
    """A long bone from point a to point b (its shaft radius r): a lathe along +Y turned onto
    the segment (X by the angle from +Y, then Y by the heading)."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    d = b - a
    length = float(np.linalg.norm(d))
    d = d / length
    tilt = float(np.degrees(np.arccos(np.clip(d[1], -1.0, 1.0))))
    heading = float(np.degrees(np.arctan2(d[0], d[2])))
    prof = [[round(r * x, 5), round(length * y, 5)] for x, y in _BONE]
    return (
        part(id, material, lathe(prof, crease=50), part=group)
        .detail(detail)
        .turned(x=tilt, y=heading)
        .moved(*a.round(5).tolist())
    )


_RIB_SECTION = [[-1.4, -0.6], [1.4, -0.6], [1.4, 0.6], [-1.4, 0.6]]


def _rib(s: float = 1.0, x: float = 0.0, full: bool = True) -> list[list[float]]:
    """A rib (scale s) of a skeleton lying on its back: from the spine round the side to the
    breastbone, sloping towards the feet (+X); `full=False` stops short (a floating rib)."""
    pts = [
        [0.0, 0.045, 0.03],
        [0.015, 0.06, 0.13 * s],
        [0.045, 0.17, 0.125 * s],
        [0.075, 0.215, 0.03],
    ]
    return [
        [round(x + px, 5), round(py * (0.8 + 0.2 * s), 5), round(pz, 5)]
        for px, py, pz in pts[: 4 if full else 3]
    ]


def _lying(p) -> list[Part]:
    """A skeleton on its back along X, the head at -X, the arms at its sides."""

    def on_back(q: Part) -> Part:  # the skull face up, turned a little towards the viewer
        return q.turned(x=-90, y=90).turned(x=22).moved(-0.7, 0.13, 0.0)

    parts = skull_parts(
        on_back,
        jaw=p.jaw,
        eyes=p.glowing,
        groups={"cranium": "skull", "jaw": "skull"},
        prefix="skull_",
        coarse=True,
    )
    parts = [q.detail(2.5) for q in parts]
    n_ribs = 8
    parts += [
        # The spine: vertebra bodies with their side wings, neck to tailbone.
        part("vertebrae", "bone", box([0.022, 0.036, 0.05], bevel=0.008), part="spine")
        .detail(0.6)
        .array(17, [0.041, 0, 0])
        .at(-0.74, 0.012, 0.0),
        part("breastbone", "bone", capsule(0.014, 0.17), part="ribs")
        .scale([1.0, 1.0, 0.45])
        .rotate(z=-94)
        .at(-0.59, 0.205, 0.0),
    ]
    # One rib, repeated down the chest and mirrored, widening towards the waist (a taper
    # across the row): one sweep instead of one per rib.
    parts.append(
        part("ribs", "bone", sweep(_rib(0.72, -0.6), 0.006, curve="smooth", section=_RIB_SECTION))
        .detail(0.7)
        .array(n_ribs, [0.028, 0, 0])
        .mirror("z")
        .taper([1.0, 1.4], axis="x")
    )
    # The pelvis: the bowl of the hips (a tilted ring), the flaring hip blades and the sacrum.
    parts += [
        part("pelvic_ring", "bone", torus(0.055, 0.016), part="pelvis")
        .scaled([0.8, 1.0, 1.3])
        .turned(z=-60)
        .moved(0.06, 0.03, 0.0),
        part("hip_blades", "bone", sphere(0.07), part="pelvis")
        .scaled([0.75, 0.95, 0.28])
        .turned(x=-35)
        .moved(-0.03, 0.02, 0.085)
        .mirror("z"),
        part("sacrum", "bone", capsule(0.03, 0.12), part="pelvis")
        .scale([1.0, 1.0, 0.5])
        .rotate(z=-80)
        .at(-0.04, 0.025, 0.0),
        # The shoulder blades, flat under the top of the rib cage.
        part("shoulder_blades", "bone", sphere(0.06), part="ribs")
        .scaled([1.1, 0.18, 0.8])
        .moved(-0.53, 0.01, 0.1)
        .mirror("z"),
    ]
    limbs = [
        # (name, from, to, shaft radius, part): the right side (+Z); mirrored below.
        ("collarbone", (-0.6, 0.2, 0.03), (-0.625, 0.14, 0.17), 0.0065, "arms"),
        ("upper_arm", (-0.63, 0.11, 0.19), (-0.33, 0.05, 0.215), 0.011, "arms"),
        ("forearm", (-0.33, 0.045, 0.215), (-0.08, 0.035, 0.232), 0.0095, "arms"),
        ("thigh", (0.05, 0.07, 0.1), (0.48, 0.055, 0.115), 0.014, "legs"),
        ("shin", (0.49, 0.055, 0.115), (0.9, 0.04, 0.12), 0.012, "legs"),
    ]
    for name, a, b, r, grp in limbs:
        parts.append(bone(name, a, b, r, group=grp).mirror("z"))
    parts += [
        # Hands: finger bones fanned from the wrist; feet: the heel and the toes pointing up.
        part("fingers", "bone", box([0.085, 0.009, 0.01], bevel=0.003), part="arms")
        .detail(0.5)
        .radial(4, axis="y", start=-20, span=40, face_out=True)
        .moved(-0.06, 0.02, 0.238)
        .mirror("z"),
        part("heels", "bone", box([0.08, 0.035, 0.045], bevel=0.012), part="legs")
        .at(0.93, 0.0, 0.125)
        .mirror("z"),
        part("toes", "bone", box([0.012, 0.1, 0.013], bevel=0.004), part="legs")
        .detail(0.5)
        .turned(z=-25)
        .radial(4, axis="y", start=-18, span=36)
        .moved(0.9, 0.02, 0.135)
        .mirror("z"),
    ]
    return parts


def _pile(p) -> list[Part]:
    """A heap of loose bones (long bones crossing at random, a few ribs, the pelvis) with the
    skull on top, looking out."""
    rng = p.rng
    parts = skull_parts(
        lambda q: q.turned(x=-12, y=25).moved(0.02, 0.075, 0.06),
        jaw=p.jaw,
        eyes=p.glowing,
        groups={"cranium": "skull", "jaw": "skull"},
        prefix="skull_",
        coarse=True,
    )
    parts = [q.detail(2.0) for q in parts]
    lengths = (0.46, 0.46, 0.4, 0.4, 0.33, 0.3, 0.27, 0.26, 0.24)
    for k, length in enumerate(lengths):
        heading = float(rng.uniform(0.0, np.pi)) + k * 0.7
        c = rng.uniform(-0.16, 0.16, size=2)
        y = 0.015 + 0.013 * k * float(rng.uniform(0.5, 1.0))
        d = (
            np.array([np.cos(heading), float(rng.uniform(-0.12, 0.12)), np.sin(heading)])
            * length
            / 2
        )
        mid = np.array([c[0], y, c[1]])
        parts.append(
            bone(
                f"bone_{k}",
                mid - d,
                mid + d,
                0.012 if length > 0.38 else 0.009,
                group="legs" if length > 0.38 else "arms",
            )
        )
    # Loose ribs strewn round the heap (one rib, copied round with seeded turns).
    parts.append(
        part("ribs", "bone", sweep(_rib(full=False), 0.006, curve="smooth", section=_RIB_SECTION))
        .detail(0.7)
        .turned(z=80)
        .radial(
            4,
            radius=0.2,
            start=float(rng.uniform(0, 90)),
            jitter={"rotate": [0, 40, 0], "translate": [0.04, 0, 0.04]},
        )
    )
    parts.append(
        part("pelvic_ring", "bone", torus(0.06, 0.018), part="pelvis")
        .scaled([1.0, 1.0, 1.3])
        .turned(x=70, y=40)
        .moved(-0.18, 0.02, -0.12)
    )
    return parts


def skeleton(p) -> dict:
    return program(*(_pile(p) if p.pose == "pile" else _lying(p)), collider="box")


RECIPES = [
    Recipe(
        name="skull",
        category="dungeon_castle",
        nouns=("skull", "human skull", "cranium", "death's head", "death head"),
        synsets=("skull.n.01",),
        size=SizePrior((0.14, 0.215, 0.2), 0.25),
        materials={
            "bone": M("bone", "#e2d7bd"),
            "teeth": M("bone", "#ece3cb"),
            "hollow": M("soil", "#241d16"),
            "glow": M("crystal", "#7dff9a", emissive="#6bff8e", emissive_strength=6.0),
        },
        parts=(
            RecipePart("cranium", "bone", ("cranium", "skull", "head", "bone", "braincase")),
            RecipePart("jaw", "bone", ("jaw", "jawbone", "mandible")),
            RecipePart("teeth", "teeth", ("teeth", "tooth")),
            RecipePart("hollows", "hollow", ("sockets", "eye sockets", "orbits", "nose")),
            RecipePart("eyes", "glow", ("eyes", "glow", "glowing eyes")),
        ),
        params=(
            Param(
                "jaw",
                "bool",
                True,
                words={"jawless": False, "jaw": True},
                doc="With the lower jaw.",
            ),
            Param(
                "glowing",
                "bool",
                False,
                words={
                    "glowing": True,
                    "glowing eyes": True,
                    "haunted": True,
                    "cursed": True,
                    "possessed": True,
                },
                doc="A glow deep in the eye sockets.",
            ),
        ),
        build=skull,
        collider="mesh_convex",
        description="A human skull: cranium, brow ridge, deep eye sockets, nose cavity, cheekbones, "
        "teeth and jaw.",
    ),
    Recipe(
        name="skeleton",
        category="dungeon_castle",
        nouns=("skeleton", "bones", "human skeleton", "remains", "pile of bones", "corpse"),
        synsets=("skeletal_system.n.01",),
        size=SizePrior((1.88, 0.23, 0.52), 0.3),
        materials={
            "bone": M("bone", "#ddd1b4"),
            "teeth": M("bone", "#e8dec6"),
            "hollow": M("soil", "#241d16"),
            "glow": M("crystal", "#7dff9a", emissive="#6bff8e", emissive_strength=6.0),
        },
        parts=(
            RecipePart("skull", "bone", ("skull", "head", "cranium")),
            RecipePart("teeth", "teeth", ("teeth", "jaw")),
            RecipePart("hollows", "hollow", ("eye sockets", "sockets")),
            RecipePart("eyes", "glow", ("eyes", "glowing eyes")),
            RecipePart("spine", "bone", ("spine", "backbone", "vertebrae")),
            RecipePart("ribs", "bone", ("ribs", "ribcage", "rib cage", "chest")),
            RecipePart("pelvis", "bone", ("pelvis", "hips")),
            RecipePart("arms", "bone", ("arms", "hands", "fingers")),
            RecipePart("legs", "bone", ("legs", "feet", "bones")),
        ),
        params=(
            Param(
                "pose",
                "choice",
                "lying",
                choices=("lying", "pile"),
                words={
                    "lying": "lying",
                    "lying down": "lying",
                    "dead": "lying",
                    "pile": "pile",
                    "heap": "pile",
                    "bones": "pile",
                    "scattered": "pile",
                    "loose": "pile",
                },
                doc="A whole skeleton on its back, or a heap of bones with the skull on top.",
            ),
            Param("jaw", "bool", True, words={"jawless": False}, doc="With the lower jaw."),
            Param(
                "glowing",
                "bool",
                False,
                words={"glowing": True, "haunted": True, "cursed": True},
                doc="A glow in the eye sockets.",
            ),
        ),
        build=skeleton,
        long_axis="x",
        collider="box",
        description="A human skeleton lying on its back: skull, spine, rib cage, pelvis, arms and legs.",
    ),
]
