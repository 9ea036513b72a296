"""Farm buildings as game-scale blockouts: barn (with shed and stable kinds), windmill, chicken
coop. Each is built at its real size, its recognisable side towards the front (+Z): the barn's
gable end with its big doors, the windmill's sails, the coop's ramp and door."""

from __future__ import annotations

import math

from ..dsl import boards, box, cone, cylinder, extrude, part, program, sphere
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _shell(outline: list[list[float]], thick: float) -> list[list[float]]:
    """A roof's section: the open polyline `outline` and the same line `thick` lower, closed into
    one outline (a bent slab to extrude)."""
    return outline + [[x, y - thick] for x, y in reversed(outline)]


def _gambrel(w: float, eave: float, knee: float, ridge: float, inset: float) -> list[list[float]]:
    """The gable outline of a gambrel roof (x, y), eave to eave over the ridge."""
    h = w / 2
    return [[-h, eave], [-h + inset, knee], [0.0, ridge], [h - inset, knee], [h, eave]]


def _framed_door(
    pid: str, w: float, h: float, x: float, y: float, z: float, cross: bool = True
) -> list:
    """A door panel with a white frame and (cross) an X brace, facing +Z at (x, y, z)."""
    t = 0.14
    out: list = [
        part(
            f"{pid}_panel",
            "doors",
            boards([w, h, 0.08], max(2, round(w / 0.18)), run="y", thickness_axis="z", gap=0.01),
            part="doors",
        ).at(x, y, z)
    ]
    frame = [
        part(f"{pid}_frame_v", "trim", box([t, h, 0.06]), part="trim")
        .array(2, [w - t, 0, 0], center=True)
        .at(x, y, z + 0.05),
        part(f"{pid}_frame_h", "trim", box([w, t, 0.06]), part="trim")
        .array(2, [0, h - t, 0])
        .at(x, y, z + 0.05),
    ]
    out += frame
    if cross:
        diag = math.hypot(w - t, h - t)
        ang = math.degrees(math.atan2(h - t, w - t))
        out.append(
            part(f"{pid}_brace", "trim", box([diag, t, 0.06]), part="trim")
            .moved(0, -t / 2, 0)
            .turned(z=ang)
            .mirror("x")
            .at(x, y + h / 2, z + 0.05)
        )
    return out


def _barn(p) -> list:
    w, d = 8.0, 10.0
    eave, knee, ridge = 4.2, 6.3, 8.0
    walls = [
        [-w / 2, 0],
        [w / 2, 0],
        [w / 2, eave],
        [w / 2 - 0.95, knee - 0.12],
        [0, ridge - 0.15],
        [-w / 2 + 0.95, knee - 0.12],
        [-w / 2, eave],
    ]
    roof = _gambrel(w + 0.6, eave - 0.15, knee + 0.12, ridge + 0.15, 1.1)
    parts = [
        part("foundation", "stone", box([w + 0.2, 0.45, d + 0.2], bevel=0.03)).uv("box"),
        part("walls", "walls", extrude(walls, d)).uv("box").at(0, 0.3, 0),
        part("roof", "roof", extrude(_shell(roof, 0.22), d + 0.8, bevel=0.04))
        .uv("box")
        .at(0, 0.3, 0),
        part("corners", "trim", box([0.22, eave, 0.22], bevel=0.03), part="trim")
        .array(2, [w, 0, 0], center=True)
        .array(2, [0, 0, d], center=True)
        .at(0, 0.3, 0),
    ]
    z = d / 2 + 0.02
    parts += _framed_door("door_l", 1.7, 3.3, -0.86, 0.3, z)
    parts += _framed_door("door_r", 1.7, 3.3, 0.86, 0.3, z)
    parts += _framed_door("loft", 1.5, 1.5, 0.0, 4.5, z)
    parts += [
        part("hoist", "trim", box([0.25, 0.25, 1.2], bevel=0.02), part="trim").at(
            0, ridge - 0.6, z + 0.6
        ),
        part("windows", "trim", box([0.08, 0.9, 0.9], bevel=0.02), part="trim")
        .array(3, [0, 0, 2.8], center=True)
        .moved(w / 2 + 0.02, 0, 0)
        .mirror("x")
        .at(0, 1.8, 0),
        part("panes", "glass", box([0.1, 0.7, 0.7]), part="glass")
        .array(3, [0, 0, 2.8], center=True)
        .moved(w / 2 + 0.03, 0, 0)
        .mirror("x")
        .at(0, 1.9, 0),
    ]
    if p.cupola:  # a louvred cupola on the ridge
        parts += [
            part("cupola", "trim", box([1.1, 1.2, 1.1], bevel=0.02), part="trim").at(
                0, ridge + 0.05, 0
            ),
            part("cupola_roof", "roof", cone(1.0, 0.8, sides=4), part="roof")
            .turned(y=45)
            .at(0, ridge + 1.2, 0),
        ]
    return parts


def _shed(p) -> list:
    w, d, eave, ridge = 2.6, 2.2, 2.0, 2.75
    roof = [[-w / 2 - 0.25, eave - 0.2], [0, ridge + 0.1], [w / 2 + 0.25, eave - 0.2]]
    # The walls' eaves stay under the roof slab (it is 0.1 thick): the slope less the overhang.
    wall_eave = ridge + 0.1 - (ridge + 0.3 - eave) * (w / 2) / (w / 2 + 0.25) - 0.13
    walls = [[-w / 2, 0], [w / 2, 0], [w / 2, wall_eave], [0, ridge - 0.1], [-w / 2, wall_eave]]
    return [
        part("foundation", "stone", box([w + 0.1, 0.15, d + 0.1], bevel=0.02)).uv("box"),
        part("walls", "walls", extrude(walls, d)).uv("box").at(0, 0.1, 0),
        part("roof", "roof", extrude(_shell(roof, 0.1), d + 0.4)).uv("box").at(0, 0.1, 0),
        *_framed_door("door", 0.95, 1.9, -0.4, 0.1, d / 2 + 0.02),
        part("windows", "trim", box([0.6, 0.5, 0.06]), part="trim").at(0.6, 1.1, d / 2 + 0.02),
        part("panes", "glass", box([0.48, 0.38, 0.07]), part="glass").at(0.6, 1.16, d / 2 + 0.025),
    ]


def _stable(p) -> list:
    n = p.stalls
    bay = 2.6
    length = n * bay + 0.6
    d, eave, ridge = 5.0, 2.8, 4.6
    # The long side faces the front: the gable outline runs across Z, the building along X.
    walls = [[-d / 2, 0], [d / 2, 0], [d / 2, eave - 0.1], [0, ridge], [-d / 2, eave - 0.1]]
    roof = [[-d / 2 - 0.6, eave - 0.3], [0, ridge + 0.15], [d / 2 + 0.6, eave - 0.3]]
    parts = [
        part("foundation", "stone", box([length + 0.2, 0.3, d + 0.2], bevel=0.02)).uv("box"),
        part("walls", "walls", extrude(walls, length, axis="x")).uv("box").at(0, 0.2, 0),
        part("roof", "roof", extrude(_shell(roof, 0.18), length + 0.5, axis="x"))
        .uv("box")
        .at(0, 0.2, 0),
        part("corners", "trim", box([0.2, eave, 0.2]), part="trim")
        .array(2, [length, 0, 0], center=True)
        .array(2, [0, 0, d], center=True)
        .at(0, 0.2, 0),
    ]
    z = d / 2 + 0.02
    for k in range(n):  # a Dutch door per stall: the lower leaf shut, the upper open (dark)
        x = (k - (n - 1) / 2) * bay
        parts += _framed_door(f"stall_{k}", 1.3, 1.25, x, 0.2, z)
        parts += [
            part(f"opening_{k}", "hollow", box([1.1, 0.9, 0.05]), part="hollow").at(
                x, 1.5, z - 0.01
            ),
            part(f"lintel_{k}", "trim", box([1.4, 0.14, 0.08]), part="trim").at(x, 2.4, z + 0.02),
        ]
    return parts


def barn(p) -> dict:
    parts = {"barn": _barn, "shed": _shed, "stable": _stable}[p.kind](p)
    return program(*parts, collider="box")


def windmill(p) -> dict:
    tower_h, r0, r1 = 7.5, 2.5, 1.7
    hub_y, hub_z = tower_h + 1.0, 2.2
    parts = [
        part("base", "stone", cylinder(r0 + 0.25, 0.5, sides=8), part="tower")
        .turned(y=22.5)
        .uv("box"),
        part("tower", "stone", cone(r0, tower_h, radius_top=r1, sides=8)).turned(y=22.5).uv("box"),
        part("cap", "roof", sphere(r1 + 0.35, portion=0.55))
        .scale([1.0, 1.0, 1.25])
        .uv("spherical")
        .at(0, tower_h - 0.2, 0.1),
        part("shaft", "timber", cylinder(0.22, 1.2)).rotate(x=90).at(0, hub_y, hub_z - 1.2),
        part("hub", "timber", cylinder(0.35, 0.35, bevel=0.05), part="shaft")
        .rotate(x=90)
        .at(0, hub_y, hub_z - 0.1),
        part(
            "door",
            "timber",
            boards([1.1, 2.0, 0.1], 5, run="y", thickness_axis="z", gap=0.015),
            part="door",
        )
        .rotate(x=-6)
        .at(0, 0.5, r0 - 0.12),
        part("windows", "hollow", box([0.55, 0.8, 0.3]), part="windows").at(0, 3.4, r0 - 0.31),
        part("window_2", "hollow", box([0.5, 0.7, 0.3]), part="windows").at(0, 5.6, r1 + 0.12),
        part("side_windows", "hollow", box([0.3, 0.7, 0.5]), part="windows")
        .at(2.0, 4.0, 0)
        .mirror("x"),
    ]
    n = p.sails
    broken = p.condition == "broken"
    arm = 5.4
    # One sail, pointing up from the hub: a stock (spar), a lattice of bars, a canvas on it.
    spar = part("stocks", "timber", box([0.2, arm, 0.18], bevel=0.02), part="sails").moved(
        0, 0.3, 0
    )
    rails = (
        part("rails", "timber", box([0.09, arm - 1.2, 0.08]), part="sails")
        .array(2, [0.9, 0, 0])
        .moved(0.25, 1.3, 0)
    )
    bars = (
        part("bars", "timber", box([1.05, 0.07, 0.06]), part="sails")
        .array(9, [0, (arm - 1.4) / 8, 0])
        .moved(0.7, 1.3, 0)
    )
    canvas = part("canvas", "canvas", box([0.9, arm - 1.6, 0.03]), part="canvas").moved(
        0.7, 1.5, -0.05
    )
    start = 45 if n == 4 else 0
    for q in (spar, rails, bars):
        q.radial(n, axis="z", start=start).at(0, hub_y, hub_z + 0.1)
    # Broken: the canvas torn off all but one sail, the bare lattices left.
    canvas.radial(1 if broken else n, axis="z", start=start).at(0, hub_y, hub_z + 0.1)
    return program(*parts, spar, rails, bars, canvas, collider="box")


def chicken_coop(p) -> dict:
    w, d, h = 1.6, 1.1, 1.0
    leg = 0.5
    eave = leg + h
    roof = [[-d / 2 - 0.2, eave - 0.12], [0, eave + 0.55], [d / 2 + 0.2, eave - 0.12]]
    gable = [[-d / 2, 0], [d / 2, 0], [d / 2, h - 0.04], [0, h + 0.5], [-d / 2, h - 0.04]]
    parts = [
        part("legs", "frame", box([0.09, leg + 0.1, 0.09], bevel=0.01))
        .array(2, [w - 0.12, 0, 0], center=True)
        .array(2, [0, 0, d - 0.12], center=True),
        part("walls", "walls", extrude(gable, w, axis="x")).uv("box").at(0, leg, 0),
        part("roof", "roof", extrude(_shell(roof, 0.06), w + 0.35, axis="x")).uv("box"),
        part("trim", "frame", box([0.08, h, 0.08]), part="legs")
        .array(2, [w, 0, 0], center=True)
        .array(2, [0, 0, d], center=True)
        .at(0, leg, 0),
        part("pop_hole", "hollow", box([0.28, 0.34, 0.04]), part="hollow").at(
            0.35, leg + 0.05, d / 2 + 0.005
        ),
        part("window", "hollow", box([0.4, 0.3, 0.04]), part="hollow").at(
            -0.35, leg + 0.5, d / 2 + 0.005
        ),
        part("mesh", "frame", box([0.02, 0.3, 0.03]), part="legs")
        .array(5, [0.08, 0, 0], center=True)
        .at(-0.35, leg + 0.5, d / 2 + 0.02),
        part(
            "door", "walls", boards([0.55, 0.7, 0.04], 3, run="y", thickness_axis="z"), part="walls"
        )
        .turned(y=90)
        .at(w / 2 + 0.02, leg + 0.15, 0),
        part("nest_box", "walls", box([0.45, 0.45, 0.7], bevel=0.01), part="walls").at(
            -w / 2 - 0.2, leg + 0.1, 0
        ),
        part("nest_lid", "roof", box([0.55, 0.04, 0.8]), part="roof")
        .rotate(z=20)
        .at(-w / 2 - 0.22, leg + 0.62, 0),
    ]
    if p.ramp:  # a slatted ramp from the ground up to the pop hole
        run = 0.9
        rise = leg + 0.02
        length = math.hypot(run, rise)
        ang = math.degrees(math.atan2(rise, run))
        parts += [
            part("ramp", "frame", box([0.3, 0.03, length]), part="ramp")
            .moved(0, 0, length / 2)
            .turned(x=ang)
            .at(0.35, rise, d / 2 + 0.02),
            part("slats", "frame", box([0.3, 0.025, 0.025]), part="ramp")
            .array(5, [0, rise / 5, -run / 5])
            .at(0.35, 0.05 + rise / 10, d / 2 + run - run / 10),
        ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="barn",
        category="farm",
        nouns=(
            "barn",
            "shed",
            "stable",
            "granary",
            "toolshed",
            "tool shed",
            "cowshed",
            "outbuilding",
            "farm building",
            "woodshed",
            "horse stable",
            "byre",
        ),
        synsets=(
            "barn.n.01",
            "shed.n.01",
            "stable.n.01",
            "granary.n.01",
            "toolshed.n.01",
            "cowbarn.n.01",
            "farm_building.n.01",
        ),
        size=SizePrior((8.8, 10.0, 11.6), 0.25),
        materials={
            "walls": M("painted_wood", "#8e2b23"),
            "doors": M("painted_wood", "#7e2620"),
            "trim": M("painted_wood", "#e6e1d6"),
            "roof": M("roof_tiles", "#4c4642"),
            "stone": M("rough_stone", "#7f7a72"),
            "glass": M("crystal", "#2e3a40"),
            "hollow": M("ceramic", "#1c1916"),
        },
        parts=(
            RecipePart("walls", "walls", ("walls", "wall", "siding", "boards", "planks")),
            RecipePart("roof", "roof", ("roof", "shingles", "cupola")),
            RecipePart("doors", "doors", ("doors", "door", "barn doors", "gates")),
            RecipePart("trim", "trim", ("trim", "frames", "corners", "hayloft", "braces")),
            RecipePart("foundation", "stone", ("foundation", "base", "footing")),
            RecipePart("glass", "glass", ("windows", "panes", "glass")),
            RecipePart("hollow", "hollow", ("openings", "stalls")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "barn",
                choices=("barn", "shed", "stable"),
                words={
                    "barn": "barn",
                    "shed": "shed",
                    "toolshed": "shed",
                    "tool": "shed",
                    "woodshed": "shed",
                    "hut": "shed",
                    "stable": "stable",
                    "stables": "stable",
                    "horse": "stable",
                },
                doc="A gambrel-roofed barn, a small gable shed, or a long stable with stall doors.",
            ),
            Param(
                "cupola", "bool", True, words={"cupola": True}, doc="A cupola on the barn's ridge."
            ),
            Param(
                "stalls",
                "int",
                4,
                2,
                8,
                count_nouns=("stalls", "stall", "doors", "boxes"),
                doc="Stall doors along a stable's front.",
            ),
        ),
        build=barn,
        collider="box",
        description="A red barn: a gambrel roof, big X-braced double doors and a hayloft door in the "
        "gable end, a cupola on the ridge.",
    ),
    Recipe(
        name="windmill",
        category="farm",
        nouns=("windmill", "wind mill", "mill", "tower mill", "grain mill"),
        synsets=("windmill.n.01",),
        size=SizePrior((9.5, 13.2, 5.5), 0.25),
        materials={
            "stone": M("rough_stone", "#b8ad98"),
            "roof": M("roof_tiles", "#5a4a3e"),
            "timber": M("wood_planks", "#6b4a2c"),
            "canvas": M("fabric", "#e4dccb"),
            "hollow": M("ceramic", "#1c1916"),
        },
        parts=(
            RecipePart("tower", "stone", ("tower", "walls", "body", "base")),
            RecipePart("cap", "roof", ("cap", "roof", "dome")),
            RecipePart("shaft", "timber", ("shaft", "hub", "axle", "windshaft")),
            RecipePart(
                "sails", "timber", ("sails", "blades", "arms", "stocks", "lattice", "vanes")
            ),
            RecipePart("canvas", "canvas", ("canvas", "cloth", "sailcloth")),
            RecipePart("door", "timber", ("door",)),
            RecipePart("windows", "hollow", ("windows", "window")),
        ),
        params=(
            Param(
                "sails",
                "int",
                4,
                3,
                6,
                count_nouns=("sails", "sail", "blades", "arms", "vanes"),
                doc="Sails round the hub.",
            ),
        ),
        build=windmill,
        collider="box",
        description="A stone tower windmill: a tapering octagonal tower, a domed cap and four lattice "
        "sails with canvas (broken: the canvas torn away).",
    ),
    Recipe(
        name="chicken_coop",
        category="farm",
        nouns=(
            "chicken coop",
            "chicken_coop",
            "coop",
            "henhouse",
            "hen house",
            "hencoop",
            "chicken house",
            "hutch",
            "rabbit hutch",
        ),
        synsets=("chicken_coop.n.01", "hutch.n.01"),
        size=SizePrior((2.27, 2.05, 2.12), 0.25),
        materials={
            "walls": M("wood_planks", "#9a7048"),
            "frame": M("wood_planks", "#5f3d22"),
            "roof": M("roof_tiles", "#6b3a2a"),
            "hollow": M("ceramic", "#1c1916"),
        },
        parts=(
            RecipePart(
                "walls", "walls", ("walls", "house", "body", "door", "nest box", "nesting box")
            ),
            RecipePart("roof", "roof", ("roof", "lid")),
            RecipePart("legs", "frame", ("legs", "stilts", "frame", "mesh")),
            RecipePart("ramp", "frame", ("ramp", "ladder", "slats")),
            RecipePart("hollow", "hollow", ("pop hole", "hole", "window", "opening")),
        ),
        params=(
            Param(
                "ramp", "bool", True, words={"ramp": True}, doc="A slatted ramp up to the pop hole."
            ),
        ),
        build=chicken_coop,
        collider="box",
        description="A raised wooden henhouse with a gable roof, a nesting box, and a slatted ramp.",
    ),
]
