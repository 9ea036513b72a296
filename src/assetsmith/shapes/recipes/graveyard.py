"""Graveyard props: a tombstone, a coffin (or sarcophagus), a cross, a grave, a mausoleum."""

from __future__ import annotations

import numpy as np

from ..dsl import blob, box, cylinder, extrude, lathe, loft, part, program, section, shape, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def arch_outline(w: float, h: float, n: int = 24) -> list[list[float]]:
    """A slab's front outline with a round top (a semicircle on a rectangle)."""
    r = w / 2
    a = np.linspace(0.0, np.pi, n + 1)
    top = np.stack([r * np.cos(a), h - r + r * np.sin(a)], axis=1)
    return [[r, 0.0], *top.tolist(), [-r, 0.0]]


def _cross_outline(w: float, h: float) -> list[list[float]]:
    t, arm, y = 0.16 * w / 0.5, w / 2, 0.66 * h
    a = t / 2
    return [
        [-a, 0],
        [a, 0],
        [a, y - a],
        [arm, y - a],
        [arm, y + a],
        [a, y + a],
        [a, h],
        [-a, h],
        [-a, y + a],
        [-arm, y + a],
        [-arm, y - a],
        [-a, y - a],
    ]


def tombstone(p) -> dict:
    w, h, d = 0.55, 0.9, 0.12
    if p.shape == "cross":
        outline = _cross_outline(w, h)
    elif p.shape == "square":
        outline = [[-w / 2, 0], [w / 2, 0], [w / 2, h], [-w / 2, h]]
    elif p.shape == "pointed":
        outline = [[-w / 2, 0], [w / 2, 0], [w / 2, h - 0.18], [0, h], [-w / 2, h - 0.18]]
    else:
        outline = arch_outline(w, h)
    stone = part("stone", "stone", extrude(outline, d, crease=25, bevel=0.012)).uv("box")
    if p.shape != "cross":  # a sunken panel for the inscription
        stone = stone.cut(
            shape(box([w * 0.62, h * 0.42, 0.04], bevel=0.006)).at(0, h * 0.3, d / 2 - 0.012)
        )
    if p.condition == "broken":
        stone = stone.cut(shape(box([0.5, 0.3, 0.4])).rotate(z=28).at(w / 2 + 0.05, h - 0.2, 0))
        stone = stone.rotate(x=-6, z=7)
    elif p.condition == "old":
        stone = stone.rotate(x=-3, z=2)
    parts = [
        part("base", "base", box([w + 0.16, 0.12, d + 0.14], bevel=0.015)).uv("box"),
        stone.on("base", "top", gap=-0.03),
    ]
    if p.mound:
        parts.append(
            part("mound", "earth", blob([w + 0.25, 0.2, 1.5], lumps=0.08, flat_bottom=0.5)).on(
                "base", "front", gap=-0.08, y=-1
            )
        )
    if p.moss:  # moss on the stone's top and creeping up from the base
        parts += [
            part(
                "moss_top",
                "moss",
                blob([w * 0.6, 0.035, d + 0.02], lumps=0.45, lump_count=10, flat_bottom=0.5),
                part="moss",
            ).on("stone", "top", gap=-0.03, x=-0.4),
            part(
                "moss_base",
                "moss",
                blob([w + 0.22, 0.05, d + 0.2], lumps=0.45, lump_count=14, flat_bottom=0.5),
                part="moss",
            ).on("base", "top", gap=-0.035),
        ]
    return program(*parts, collider="box")


def _coffin_outline(length: float, head: float, shoulders: float, foot: float) -> list[list[float]]:
    """A coffin seen from above [x, z]: narrow at the head (-Z), widest at the shoulders, tapering
    to the foot (+Z)."""
    s = -length / 2 + 0.24 * length
    return [
        [-head / 2, -length / 2],
        [head / 2, -length / 2],
        [shoulders / 2, s],
        [foot / 2, length / 2],
        [-foot / 2, length / 2],
        [-shoulders / 2, s],
    ]


def coffin(p) -> dict:
    length, h = 2.0, 0.42
    if p.style == "sarcophagus":
        parts = [
            part("plinth", "stone", box([1.0, 0.12, 2.3], bevel=0.02), part="chest").uv("box"),
            part("chest", "stone", box([0.86, 0.62, 2.16], bevel=0.02))
            .uv("box")
            # Sunken panels along the sides and the foot.
            .cut(
                shape(box([0.04, 0.34, 1.7], bevel=0.008)).at(0.43, 0.14, 0),
                shape(box([0.04, 0.34, 1.7], bevel=0.008)).at(-0.43, 0.14, 0),
                shape(box([0.6, 0.34, 0.04], bevel=0.008)).at(0, 0.14, 1.08),
                shape(box([0.6, 0.34, 0.04], bevel=0.008)).at(0, 0.14, -1.08),
            )
            .on("plinth", "top", gap=-0.005),
            part(
                "slab",
                "stone",
                extrude(
                    [[-0.5, 0], [0.5, 0], [0.5, 0.08], [0.12, 0.2], [-0.12, 0.2], [-0.5, 0.08]],
                    2.3,
                    axis="z",
                    bevel=0.01,
                ),
                part="slab",
            ).uv("box"),
        ]
        if p.open:
            parts[-1] = (
                parts[-1].rotate(y=14).on("chest", "top", gap=-0.02, offset=[0.32, 0.0, 0.25])
            )
            parts.append(
                part("inside", "hollow", box([0.72, 0.02, 2.0])).on("chest", "top", gap=-0.015)
            )
        else:
            parts[-1] = parts[-1].on("chest", "top", gap=-0.005)
        return program(*parts, collider="box")
    outline = _coffin_outline(length, 0.5, 0.66, 0.38)
    inner = _coffin_outline(length - 0.1, 0.4, 0.56, 0.28)
    lid_h = 0.09
    parts = [
        part("body", "wood", extrude(outline, h, axis="y", bevel=0.01))
        .cut(shape(extrude(inner, h, axis="y")).at(0, 0.05, 0))
        .uv("box"),
        part("lining", "lining", extrude(inner, 0.02, axis="y")).at(0, 0.045, 0),
        # Handles: three bars along each side, on the straight run to the foot.
        part("handles", "brass", torus(0.05, 0.009, arc=180))
        .turned(x=-90, z=90)
        .array(3, [0.0, 0.0, 0.42], center=True)
        .moved(0.285, 0.2, 0.3)
        .turned(y=-2.5)
        .mirror("x"),
    ]
    lid = (
        part(
            "lid",
            "wood",
            extrude(_coffin_outline(length + 0.04, 0.54, 0.7, 0.42), lid_h, axis="y", bevel=0.015),
        )
        .add(
            shape(
                extrude(_coffin_outline(length - 0.3, 0.38, 0.52, 0.26), 0.04, axis="y", bevel=0.01)
            ).at(0, lid_h - 0.005, 0)
        )
        .uv("box")
    )
    if p.open:  # the lid slid off, leaning against the side
        parts.append(lid.rotate(z=-62).at(0.58, 0.0, 0.1))
    else:
        parts.append(lid.at(0, h - 0.005, 0))
    if p.cross:
        cross = [
            [-0.03, -0.3],
            [0.03, -0.3],
            [0.03, 0.05],
            [0.14, 0.05],
            [0.14, 0.11],
            [0.03, 0.11],
            [0.03, 0.2],
            [-0.03, 0.2],
            [-0.03, 0.11],
            [-0.14, 0.11],
            [-0.14, 0.05],
            [-0.03, 0.05],
        ]
        cross_part = part("cross", "brass", extrude([[x, -z] for x, z in cross], 0.012, axis="y"))
        parts.append(
            cross_part.on("lid", "top", gap=-0.002, z=-0.3)
            if not p.open
            else cross_part.rotate(z=-62).on("lid", "center", offset=[0.05, 0.04, 0.0])
        )
    return program(*parts, collider="box")


def cross(p) -> dict:
    if p.style == "wooden":
        parts = [
            part(
                "mound", "earth", blob([0.6, 0.18, 0.7], lumps=0.12, lump_count=8, flat_bottom=0.5)
            ),
            part("upright", "wood", box([0.1, 1.55, 0.08], bevel=0.01)).at(0, 0.02, 0).uv("box"),
            part("crossbar", "wood", box([0.72, 0.1, 0.07], bevel=0.01), part="upright")
            .at(0, 1.08, 0.05)
            .uv("box"),
            part("lashing", "rope", torus(0.075, 0.012), part="lashing")
            .scaled([1.0, 1.0, 0.8])
            .turned(z=45, x=90)
            .array(2, [0, 0, 0.0])
            .at(0, 1.13, 0.045),
        ]
        return program(*parts, collider="box")
    h, w, t, depth = 1.55, 0.8, 0.16, 0.16
    y = 0.68 * h
    outline = [
        [-t / 2, 0],
        [t / 2, 0],
        [t / 2, y - t / 2],
        [w / 2, y - t / 2],
        [w / 2, y + t / 2],
        [t / 2, y + t / 2],
        [t / 2, h],
        [-t / 2, h],
        [-t / 2, y + t / 2],
        [-w / 2, y + t / 2],
        [-w / 2, y - t / 2],
        [-t / 2, y - t / 2],
    ]
    parts = [
        part(
            "base",
            "stone",
            lathe([[0, 0], [0.34, 0], [0.34, 0.12], [0.26, 0.2], [0.24, 0.4], [0, 0.4]], sides=4),
            part="base",
        )
        .rotate(y=45)
        .scale([1.0, 1.0, 0.7])
        .uv("box"),
        part("upright", "stone", extrude(outline, depth, bevel=0.012, crease=25))
        .uv("box")
        .on("base", "top", gap=-0.03),
    ]
    if p.style == "celtic":  # the ring round the crossing
        parts.append(
            part("ring", "stone", cylinder(0.24, depth - 0.03, inner_radius=0.18, bevel=0.008))
            .rotate(x=90)
            .on("upright", "center", y=(y - h / 2) / (h / 2 - 0.24))
        )
    return program(*parts, collider="box")


def grave(p) -> dict:
    length, width = 2.0, 0.9
    parts = []
    if p.open:  # a dug grave: the dark pit, the spoil heaped beside it, a spade in the heap
        parts += [
            part("pit", "hollow", box([width - 0.1, 0.02, length - 0.2])),
            part(
                "pit_edge", "earth", box([width + 0.1, 0.05, length], bevel=0.02), part="mound"
            ).cut(shape(box([width - 0.1, 0.2, length - 0.2])).at(0, -0.05, 0)),
            part(
                "mound", "earth", blob([0.8, 0.45, 1.8], lumps=0.12, lump_count=10, flat_bottom=0.4)
            ).at(width / 2 + 0.5, 0, 0),
            part("spade_handle", "wood", cylinder(0.02, 0.95), part="spade")
            .rotate(z=-20)
            .at(width / 2 + 0.55, 0.25, 0.2),
            part("spade_blade", "iron", box([0.2, 0.26, 0.02], bevel=0.004), part="spade_blade")
            .rotate(z=-20)
            .at(width / 2 + 0.42, 0.02, 0.2),
        ]
    else:
        # A long low mound, rounded at its ends (a loft of low rounded sections), a little lumpy.
        mound = loft(
            *(
                section(
                    z, "rounded_rect", size=[wd, ht], corner=min(wd, ht) * 0.48, offset=[0, ht / 2]
                )
                for z, wd, ht in (
                    (-0.95, 0.6, 0.06),
                    (-0.82, 0.84, 0.26),
                    (0.0, 0.88, 0.3),
                    (0.82, 0.84, 0.25),
                    (0.95, 0.6, 0.05),
                )
            ),
            axis="z",
            smooth=True,
        )
        parts.append(part("mound", "earth", mound).uv("box"))
    if p.kerb:  # a stone border round the plot
        parts.append(
            part("kerb", "stone", box([width + 0.1, 0.14, 0.1], bevel=0.015))
            .array(2, [0, 0, length], center=True)
            .uv("box")
        )
        parts.append(
            part("kerb_sides", "stone", box([0.1, 0.14, length + 0.1], bevel=0.015), part="kerb")
            .array(2, [width, 0, 0], center=True)
            .uv("box")
        )
    if p.marker == "stone":
        parts.append(
            part("headstone", "stone", extrude(arch_outline(0.55, 0.8), 0.1, bevel=0.01))
            .at(0, 0, -length / 2 - 0.02)
            .uv("box")
        )
    elif p.marker == "cross":
        parts += [
            part("cross_upright", "wood", box([0.08, 1.0, 0.06], bevel=0.008), part="cross")
            .at(0, 0, -length / 2 + 0.05)
            .uv("box"),
            part("cross_bar", "wood", box([0.46, 0.08, 0.05], bevel=0.008), part="cross")
            .at(0, 0.68, -length / 2 + 0.09)
            .uv("box"),
        ]
    if p.flowers:
        parts += [
            part("stems", "leaves", cylinder(0.006, 0.14), part="flowers")
            .detail(0.4)
            .scatter(7, [0.3, 0.25], area="rect", spacing=0.05, turn=360)
            .at(0, 0.22, 0.3),
            part(
                "blooms", "petals", blob([0.06, 0.04, 0.06], lumps=0.3, lump_count=5), part="blooms"
            )
            .detail(0.4)
            .scatter(7, [0.3, 0.25], area="rect", spacing=0.05)
            .at(0, 0.35, 0.3),
        ]
    return program(*parts, collider="box")


def mausoleum(p) -> dict:
    w, d, wall_h = 3.0, 3.6, 2.7
    step_h = 0.16
    n_col = p.columns
    parts = [
        # The plinth and the steps up to the porch.
        part("plinth", "stone", box([w + 0.4, 0.3, d + 0.4], bevel=0.02)).uv("box"),
        part("steps", "stone", box([w * 0.55, step_h, 0.34], bevel=0.015), part="plinth")
        .array(2, [0, -step_h, 0.32])
        .at(0, 0.3 - step_h, d / 2 + 0.2 - 0.02)
        .uv("box"),
        # The chamber, set back behind the porch.
        part("walls", "stone", box([w, wall_h, d - 1.0], bevel=0.02)).at(0, 0.3, -0.5).uv("box"),
        part("door", "door", box([1.0, 1.9, 0.08], bevel=0.01)).at(
            0, 0.3, d / 2 - 1.0 - 0.5 + 0.01
        ),
        part("door_frame", "stone", box([1.3, 2.15, 0.1], bevel=0.015), part="walls")
        .cut(shape(box([1.0, 1.9, 0.4])).at(0, -0.01, 0))
        .at(0, 0.3, d / 2 - 1.5 + 0.04)
        .uv("box"),
        # Columns across the porch, the beam over them, the pediment and roof.
        part(
            "columns",
            "stone",
            lathe(
                [
                    [0, 0],
                    [0.2, 0],
                    [0.2, 0.1],
                    [0.15, 0.18],
                    [0.14, wall_h - 0.26],
                    [0.19, wall_h - 0.12],
                    [0.2, wall_h],
                    [0, wall_h],
                ],
                crease=25,
            ),
        )
        .array(n_col, [(w - 0.5) / (n_col - 1), 0, 0], center=True)
        .at(0, 0.3, d / 2 - 0.3),
        part("beam", "stone", box([w + 0.2, 0.36, d + 0.2], bevel=0.02), part="walls")
        .at(0, 0.3 + wall_h, 0)
        .uv("box"),
        part(
            "roof",
            "roof",
            extrude([[-(w + 0.4) / 2, 0], [(w + 0.4) / 2, 0], [0, 0.9]], d + 0.45, bevel=0.02),
        )
        .at(0, 0.3 + wall_h + 0.36, 0)
        .uv("box"),
    ]
    if p.cross:
        parts.append(
            part(
                "finial",
                "stone",
                extrude(
                    [
                        [-0.05, 0],
                        [0.05, 0],
                        [0.05, 0.34],
                        [0.17, 0.34],
                        [0.17, 0.44],
                        [0.05, 0.44],
                        [0.05, 0.6],
                        [-0.05, 0.6],
                        [-0.05, 0.44],
                        [-0.17, 0.44],
                        [-0.17, 0.34],
                        [-0.05, 0.34],
                    ],
                    0.1,
                ),
                part="walls",
            ).on("roof", "top", gap=-0.06, z=1, offset=[0, 0, -0.1])
        )
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="tombstone",
        category="graveyard",
        nouns=("tombstone", "gravestone", "headstone", "grave marker", "grave stone"),
        synsets=("gravestone.n.01",),
        size=SizePrior((0.71, 1.02, 0.26), 0.3),
        materials={
            "stone": M("rough_stone", "#8d8a84"),
            "base": M("rough_stone", "#77736c"),
            "earth": M("soil", "#5a4632"),
            "moss": M("ground_moss", "#4d6b2c"),
        },
        parts=(
            RecipePart("stone", "stone", ("stone", "slab", "headstone", "marker")),
            RecipePart("base", "base", ("base", "plinth", "footing")),
            RecipePart("mound", "earth", ("mound", "earth", "soil", "dirt")),
            RecipePart("moss", "moss", ("moss", "lichen", "ivy")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "square", "pointed", "cross"),
                words={
                    "round": "round",
                    "rounded": "round",
                    "arched": "round",
                    "square": "square",
                    "flat": "square",
                    "pointed": "pointed",
                    "gothic": "pointed",
                    "cross": "cross",
                    "cross-shaped": "cross",
                },
                doc="Outline of the stone.",
            ),
            Param(
                "mound",
                "bool",
                False,
                words={"mound": True, "buried": True},
                doc="An earth mound in front.",
            ),
            Param(
                "moss",
                "bool",
                False,
                words={
                    "mossy": True,
                    "moss": True,
                    "overgrown": True,
                    "lichen": True,
                    "haunted": True,
                },
                doc="Moss on the top of the stone and round its foot.",
            ),
        ),
        build=tombstone,
        collider="box",
        description="A stone grave marker on a plinth, with a sunken inscription panel.",
    ),
    Recipe(
        name="coffin",
        category="graveyard",
        nouns=("coffin", "casket", "sarcophagus", "wooden coffin", "stone coffin"),
        synsets=("coffin.n.01", "sarcophagus.n.01"),
        size=SizePrior((0.74, 0.56, 2.04), 0.25),
        materials={
            "wood": M("wood_planks", "#4e3322"),
            "lining": M("fabric", "#7a1f24"),
            "brass": M("brass"),
            "stone": M("rough_stone", "#8e897f"),
            "hollow": M("soil", "#1c1814"),
        },
        parts=(
            RecipePart("body", "wood", ("body", "box", "sides", "casket")),
            RecipePart("lid", "wood", ("lid", "cover", "top")),
            RecipePart("lining", "lining", ("lining", "velvet", "cushion")),
            RecipePart("handles", "brass", ("handles", "handle", "rings", "fittings")),
            RecipePart("cross", "brass", ("cross", "crucifix", "plaque")),
            RecipePart("chest", "stone", ("chest", "tomb", "sarcophagus", "box")),
            RecipePart("slab", "stone", ("slab", "lid", "cover")),
            RecipePart("inside", "hollow", ("inside", "interior")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "coffin",
                choices=("coffin", "sarcophagus"),
                words={
                    "coffin": "coffin",
                    "casket": "coffin",
                    "wooden": "coffin",
                    "sarcophagus": "sarcophagus",
                    "stone": "sarcophagus",
                    "tomb": "sarcophagus",
                    "egyptian": "sarcophagus",
                },
                doc="A wooden coffin, or a stone sarcophagus.",
            ),
            Param(
                "open",
                "bool",
                False,
                words={
                    "open": True,
                    "opened": True,
                    "empty": True,
                    "closed": False,
                    "sealed": False,
                    "shut": False,
                },
                doc="The lid off, leaning against the side.",
            ),
            Param(
                "cross",
                "bool",
                True,
                words={"plain": False, "cross": True},
                doc="A brass cross on the lid (the wooden coffin).",
            ),
        ),
        build=coffin,
        long_axis="z",
        collider="box",
        description="A wooden coffin, wide at the shoulders, with a moulded lid and brass handles.",
    ),
    Recipe(
        name="cross",
        category="graveyard",
        nouns=(
            "cross",
            "crucifix",
            "celtic cross",
            "grave cross",
            "stone cross",
            "wooden cross",
            "high cross",
            "rood",
        ),
        synsets=("cross.n.01", "crucifix.n.01", "celtic_cross.n.01"),
        size=SizePrior((0.8, 1.93, 0.48), 0.25),
        materials={
            "stone": M("rough_stone", "#8a867e"),
            "wood": M("wood_planks", "#5e4029"),
            "rope": M("rope"),
            "earth": M("soil", "#5a4632"),
        },
        parts=(
            RecipePart("upright", "stone", ("cross", "upright", "shaft", "arms", "head")),
            RecipePart("ring", "stone", ("ring", "circle", "halo")),
            RecipePart("base", "stone", ("base", "plinth", "pedestal", "socket")),
            RecipePart("mound", "earth", ("mound", "earth", "grave")),
            RecipePart("lashing", "rope", ("lashing", "rope", "binding")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "celtic",
                choices=("celtic", "stone", "wooden"),
                words={
                    "celtic": "celtic",
                    "ringed": "celtic",
                    "irish": "celtic",
                    "high": "celtic",
                    "stone": "stone",
                    "latin": "stone",
                    "plain": "stone",
                    "marble": "stone",
                    "wooden": "wooden",
                    "wood": "wooden",
                    "timber": "wooden",
                    "rustic": "wooden",
                    "makeshift": "wooden",
                },
                doc="A ringed celtic cross or a plain stone cross on a base, or two lashed beams "
                "in an earth mound.",
            ),
        ),
        build=cross,
        collider="box",
        description="A stone cross on a stepped base, ringed (celtic) by default.",
    ),
    Recipe(
        name="grave",
        category="graveyard",
        nouns=(
            "grave",
            "burial mound",
            "tomb",
            "grave mound",
            "barrow",
            "burial",
            "open grave",
            "fresh grave",
            "grave plot",
        ),
        synsets=("grave.n.02", "burial_mound.n.01"),
        size=SizePrior((0.95, 1.05, 2.2), 0.25),
        materials={
            "earth": M("soil", "#54402c"),
            "stone": M("rough_stone", "#85817a"),
            "wood": M("wood_planks", "#5e4029"),
            "iron": M("iron"),
            "hollow": M("soil", "#16120e"),
            "leaves": M("foliage", "#3f6b2a"),
            "petals": M("organic", "#c8324a"),
        },
        parts=(
            RecipePart("mound", "earth", ("mound", "earth", "dirt", "soil", "heap")),
            RecipePart("pit", "hollow", ("pit", "hole")),
            RecipePart("kerb", "stone", ("kerb", "curb", "border", "edging", "surround")),
            RecipePart("headstone", "stone", ("headstone", "gravestone", "stone", "tombstone")),
            RecipePart("cross", "wood", ("cross", "marker")),
            RecipePart("spade", "wood", ("spade", "shovel", "handle")),
            RecipePart("spade_blade", "iron", ("blade",)),
            RecipePart("flowers", "leaves", ("flowers", "bouquet", "wreath", "stems")),
            RecipePart("blooms", "petals", ("blooms", "roses", "petals")),
        ),
        params=(
            Param(
                "marker",
                "choice",
                "cross",
                choices=("cross", "stone", "none"),
                words={
                    "cross": "cross",
                    "headstone": "stone",
                    "gravestone": "stone",
                    "tombstone": "stone",
                    "unmarked": "none",
                    "nameless": "none",
                },
                doc="What marks the head of the grave.",
            ),
            Param(
                "open",
                "bool",
                False,
                words={
                    "open": True,
                    "dug": True,
                    "empty": True,
                    "freshly dug": True,
                    "filled": False,
                },
                doc="A dug pit with the earth heaped beside it and a spade.",
            ),
            Param(
                "kerb",
                "bool",
                False,
                words={"kerbed": True, "bordered": True, "kerb": True, "curb": True},
                doc="A stone border round the plot.",
            ),
            Param(
                "flowers",
                "bool",
                False,
                words={"flowers": True, "flowered": True, "fresh": True, "wreath": True},
                doc="Flowers on the mound.",
            ),
        ),
        build=grave,
        long_axis="z",
        collider="box",
        description="An earth grave mound with a wooden cross at its head.",
    ),
    Recipe(
        name="mausoleum",
        category="graveyard",
        nouns=(
            "mausoleum",
            "crypt",
            "sepulchre",
            "sepulcher",
            "tomb house",
            "crypt entrance",
            "burial chamber",
            "family tomb",
        ),
        synsets=("mausoleum.n.01", "crypt.n.01", "burial_chamber.n.01"),
        size=SizePrior((3.4, 4.9, 4.3), 0.25),
        materials={
            "stone": M("marble", "#c9c3b6"),
            "roof": M("rough_stone", "#8b867d"),
            "door": M("rusted_metal", "#3e3a33"),
        },
        parts=(
            RecipePart("plinth", "stone", ("plinth", "steps", "base", "platform")),
            RecipePart("walls", "stone", ("walls", "wall", "chamber", "beam", "frame")),
            RecipePart("steps", "stone", ("steps", "stairs")),
            RecipePart("columns", "stone", ("columns", "pillars", "colonnade", "portico")),
            RecipePart("roof", "roof", ("roof", "pediment", "gable")),
            RecipePart("door", "door", ("door", "gate", "doors", "entrance")),
        ),
        params=(
            Param(
                "columns",
                "int",
                4,
                2,
                6,
                count_nouns=("columns", "pillars"),
                doc="Columns across the porch.",
            ),
            Param(
                "cross",
                "bool",
                True,
                words={"cross": True, "plain": False},
                doc="A stone cross on the gable.",
            ),
        ),
        build=mausoleum,
        collider="box",
        description="A small classical tomb house: a plinth and steps, a columned porch, a pediment "
        "roof and an iron door.",
    ),
]
