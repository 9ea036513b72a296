"""Castle kit: a column, a stone archway, a portcullis, a staircase (straight or spiral), a tower."""

from __future__ import annotations

import math

from ..dsl import blob, box, cone, cylinder, extrude, lathe, part, program, shape, sweep
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .graveyard import arch_outline

M = MaterialRole


def _voussoir(r_in: float, r_out: float, half_deg: float, n: int = 4) -> list[list[float]]:
    """An arch stone seen from the front: a ring sector round the origin, centred on +Y."""
    a = [math.radians(-half_deg + 2 * half_deg * i / n) for i in range(n + 1)]
    inner = [[-r_in * math.sin(t), r_in * math.cos(t)] for t in a]
    outer = [[-r_out * math.sin(t), r_out * math.cos(t)] for t in reversed(a)]
    return [[round(x, 5), round(y, 5)] for x, y in inner + outer]


def arch(p) -> dict:
    span, pier_w, depth, spring = 1.8, 0.5, 0.6, 2.0
    ring = 0.38
    pointed = p.shape == "pointed"
    e = 0.45 if pointed else 0.0  # pointed: each side is an arc centred e past the middle
    r_in = span / 2 + e
    r_out = r_in + ring
    apex_deg = math.degrees(math.asin(e / r_in))
    n_side = 4
    step = (90.0 - apex_deg) / (n_side + 0.5)
    stone = _voussoir(r_in, r_out, step / 2 - 0.4)
    apex_in = math.sqrt(r_in**2 - e**2)
    apex_out = math.sqrt(r_out**2 - e**2)
    broken = p.condition == "broken"
    parts = [
        # Piers of stacked blocks, each course a little different.
        part("piers", "stone", box([pier_w, 0.385, depth], bevel=0.02))
        .array(5, [0, 0.4, 0], jitter={"translate": [0.012, 0, 0.012]})
        .moved(span / 2 + pier_w / 2, 0, 0)
        .mirror("x")
        .uv("box"),
        part("imposts", "stone", box([pier_w + 0.12, 0.14, depth + 0.1], bevel=0.02), part="piers")
        .moved(span / 2 + pier_w / 2, spring - 0.02, 0)
        .mirror("x")
        .uv("box"),
        part("voussoirs", "stone", extrude(stone, depth, bevel=0.015))
        .radial(n_side, axis="z", start=apex_deg + step, span=step * (n_side - 1))
        .moved(e, spring + 0.12, 0)
        .mirror("x")
        .uv("box"),
    ]
    if not broken:
        key_w = 0.2 + 0.04
        parts.append(
            part(
                "keystone",
                "stone",
                extrude(
                    [
                        [-key_w / 2, 0],
                        [key_w / 2, 0],
                        [key_w / 2 + 0.05, apex_out - apex_in + 0.12],
                        [-key_w / 2 - 0.05, apex_out - apex_in + 0.12],
                    ],
                    depth + 0.06,
                    bevel=0.015,
                ),
                part="voussoirs",
            )
            .at(0, spring + 0.12 + apex_in - 0.02, 0)
            .uv("box")
        )
    else:  # the keystone has fallen and lies at the foot of the arch
        parts.append(
            part("keystone", "stone", box([0.34, 0.3, depth - 0.1], bevel=0.03), part="voussoirs")
            .rotate(y=30, z=12)
            .at(0.3, 0.0, depth)
        )
    return program(*parts, collider="box")


def portcullis(p) -> dict:
    w, h = 2.4, 3.0
    n_bars, n_rails = p.bars, 5
    gap = (w - 0.1) / (n_bars - 1)
    lift = 1.5 if p.raised else 0.0
    grid_y = 0.16 + lift  # the spikes reach the ground when it is down
    parts = [
        part("bars", "grid", box([0.085, h - 0.2, 0.085], bevel=0.008))
        .array(n_bars, [gap, 0, 0], center=True)
        .at(0, grid_y, 0)
        .uv("box"),
        part("rails", "grid", box([w, 0.09, 0.09], bevel=0.008), part="bars")
        .array(n_rails, [0, (h - 0.45) / (n_rails - 1), 0])
        .at(0, grid_y + 0.15, 0.085)
        .uv("box"),
        part("spikes", "iron", cone(0.05, 0.18, sides=4))
        .turned(x=180, y=45)
        .array(n_bars, [gap, 0, 0], center=True)
        .at(0, grid_y + 0.02, 0),
        part("studs", "iron", box([0.045, 0.045, 0.026], bevel=0.009))
        .detail(0.6)
        .array(n_bars, [gap, 0, 0], center=True)
        .array(n_rails, [0, (h - 0.45) / (n_rails - 1), 0])
        .at(0, grid_y + 0.172, 0.12),
    ]
    if p.frame:  # the gateway: stone jambs and the wall over the opening the grid slides into
        jamb_w, wall_h, depth = 0.75, 1.4, 0.9
        parts += [
            part("jambs", "stone", box([jamb_w, h + wall_h, depth], bevel=0.03))
            .moved(w / 2 + jamb_w / 2 - 0.06, 0, 0)
            .mirror("x")
            .uv("box"),
            part("lintel", "stone", box([w + 0.1, wall_h, depth], bevel=0.03), part="jambs")
            .at(0, h, 0)
            .uv("box"),
            part("arch_stones", "stone", box([0.28, 0.5, depth + 0.04], bevel=0.02), part="jambs")
            .at(0, h - 0.02, 0)
            .uv("box"),
        ]
    return program(*parts, collider="box")


def _fluted(radius: float, flutes: int = 16, depth: float = 0.1, per: int = 6) -> list[list[float]]:
    """A fluted column's section [x, z]: a circle with `flutes` shallow concave grooves."""
    pts = []
    n = flutes * per
    for i in range(n):
        a = 2 * math.pi * i / n
        t = (i % per) / per  # position across one flute
        r = radius * (1 - depth * math.sin(math.pi * t) ** 0.7)
        pts.append([round(r * math.cos(a), 5), round(r * math.sin(a), 5)])
    return pts


def pillar(p) -> dict:
    h, r = 3.0, 0.26
    square = p.shape == "square"
    broken = p.condition == "broken"
    base_h, cap_h = 0.24, 0.3
    shaft_h = h - base_h - cap_h
    if square:
        shaft = part("shaft", "stone", box([2 * r, shaft_h, 2 * r], bevel=0.02)).uv("box")
    else:
        shaft = (
            part("shaft", "stone", extrude(_fluted(r), shaft_h, axis="y"))
            .taper(0.86, curve=1.6)
            .uv("cylindrical")
        )
    parts = [
        part("base", "stone", box([0.64, 0.12, 0.64], bevel=0.015)).uv("box"),
        part(
            "base_moulding",
            "stone",
            lathe(
                [
                    [0, 0],
                    [0.3, 0],
                    [0.31, 0.04],
                    [0.29, 0.08],
                    [0.27, 0.1],
                    [r + 0.01, 0.12],
                    [0, 0.12],
                ],
                smooth=True,
            ),
            part="base",
        ).at(0, 0.12, 0),
    ]
    if broken:  # snapped off at a slant, the rest lying in pieces at its foot
        stump_h = shaft_h * 0.55
        shaft = shaft.cut(
            shape(box([1.5, 3.0, 1.5])).rotate(z=18, x=9).at(0, stump_h, 0),
            shape(box([0.3, 0.3, 0.3])).rotate(x=35, y=20).at(0.12, stump_h - 0.1, 0.1),
        )
        drum = (
            extrude(_fluted(r * 0.93), 0.7, axis="y")
            if not square
            else box([2 * r, 0.7, 2 * r], bevel=0.02)
        )
        parts += [
            shaft.at(0, base_h, 0),
            part("drum", "stone", drum, part="shaft")
            .turned(z=90, y=28)
            .at(0.95, r * 0.93, 0.55)
            .uv("box"),
            part(
                "rubble",
                "stone",
                blob([0.2, 0.12, 0.16], lumps=0.25, lump_count=6, facets=3, flat_bottom=0.3),
                part="base",
            )
            .scatter(6, [0.75, 0.75], spacing=0.2, scale=[0.7, 1.4])
            .at(0.1, 0, 0.1),
        ]
    else:
        parts += [
            shaft.at(0, base_h, 0),
            part(
                "echinus",
                "stone",
                lathe(
                    [[0, 0], [r * 0.88, 0], [r * 0.9, 0.05], [0.3, 0.15], [0.3, 0.17], [0, 0.17]],
                    smooth=True,
                ),
                part="capital",
            ).at(0, base_h + shaft_h, 0),
            part("capital", "stone", box([0.66, 0.13, 0.66], bevel=0.012))
            .at(0, h - 0.13, 0)
            .uv("box"),
        ]
    return program(*parts, collider="capsule")


def _straight_stairs(p) -> list:
    n, rise, run, w = p.steps, 0.18, 0.3, 1.2
    length, height = n * run, n * rise
    # One block per step, each reaching back to the top: a solid flight, as stone stairs are.
    parts = [
        part(f"step_{k}", "stone", box([w, rise, (n - k) * run], bevel=0.012), part="steps")
        .at(0, k * rise, -length / 2 + (n - k) * run / 2)
        .uv("box")
        for k in range(n)
    ]
    if p.walls:  # cheek walls on both sides, their tops following the flight
        wall = [
            [length / 2, 0.0],
            [-length / 2, 0.0],
            [-length / 2, height + 0.45],
            [length / 2, 0.45],
        ]
        parts.append(
            part("walls", "wall", extrude(wall, 0.2, axis="x", bevel=0.01))
            .moved(w / 2 + 0.1, 0, 0)
            .mirror("x")
            .uv("box")
        )
    if p.railing:  # posts on the step ends and a rail along their tops
        rail_h = 0.9
        posts = [
            [w / 2 - 0.06, (k + 1) * rise, length / 2 - (k + 0.5) * run] for k in range(0, n, 2)
        ]
        for i, (x, y, z) in enumerate(posts):
            parts.append(
                part(f"post_{i}", "iron", cylinder(0.018, rail_h), part="railing")
                .detail(0.5)
                .moved(x, y, z)
                .mirror("x")
            )
        y0, z0 = rise + rail_h, length / 2 - 0.5 * run
        y1, z1 = n * rise + rail_h, length / 2 - (n - 0.5) * run
        parts.append(
            part(
                "rail",
                "iron",
                sweep([[w / 2 - 0.06, y0, z0], [w / 2 - 0.06, y1, z1]], 0.025),
                part="railing",
            ).mirror("x")
        )
    return parts


def _spiral_stairs(p) -> list:
    n, rise, r_out = p.steps, 0.2, 1.05
    turn = 300.0 / max(n - 1, 1) if n > 1 else 0.0  # the flight climbs through about a turn
    half = math.radians(min(turn * 0.62, 40.0))
    arc = [half * (2 * i / 6 - 1) for i in range(7)]
    # One wedge tread seen from above, pointing +Z from the newel.
    wedge = [[0.1 * math.sin(a), 0.1 * math.cos(a)] for a in arc] + [
        [r_out * math.sin(a), r_out * math.cos(a)] for a in reversed(arc)
    ]
    wedge = [[round(x, 5), round(z, 5)] for x, z in wedge]
    height = n * rise
    parts = [
        part("newel", "stone", cylinder(0.14, height + 0.25, bevel=0.02), part="steps").uv(
            "cylindrical"
        )
    ]
    for k in range(n):
        parts.append(
            part(f"step_{k}", "stone", extrude(wedge, 0.08, axis="y", bevel=0.01), part="steps")
            .rotate(y=k * turn)
            .at(0, (k + 1) * rise - 0.08, 0)
            .uv("box")
        )
    if p.railing or p.walls:
        rail_h = 0.9
        pts = []
        for k in range(n):
            a = math.radians(k * turn)
            pts.append(
                [
                    round((r_out - 0.06) * math.sin(a), 5),
                    round((k + 1) * rise + rail_h, 5),
                    round((r_out - 0.06) * math.cos(a), 5),
                ]
            )
            if k % 2 == 0:
                parts.append(
                    part(f"post_{k}", "iron", cylinder(0.018, rail_h), part="railing")
                    .detail(0.5)
                    .at(pts[-1][0], (k + 1) * rise, pts[-1][2])
                )
        parts.append(part("rail", "iron", sweep(pts, 0.025, curve="smooth"), part="railing"))
    return parts


def staircase(p) -> dict:
    parts = _spiral_stairs(p) if p.shape == "spiral" else _straight_stairs(p)
    return program(*parts, collider="box" if p.shape != "spiral" else "capsule")


def tower(p) -> dict:
    h, r = 8.0, 2.0
    square = p.shape == "square"
    top = h + 0.4  # the parapet's foot (over the corbels)
    if square:
        side = 2 * r
        parts = [
            part("walls", "stone", box([side + 0.3, 0.8, side + 0.3], bevel=0.03)).uv("box"),
            part("body", "stone", box([side, h, side], bevel=0.03), part="walls").uv("box"),
            part("corbels", "stone", box([side + 0.5, 0.4, side + 0.5], bevel=0.03), part="walls")
            .at(0, h, 0)
            .uv("box"),
            part("parapet", "stone", box([side + 0.5, 0.7, side + 0.5], bevel=0.02), part="walls")
            .cut(shape(box([side - 0.1, 1.0, side - 0.1])).at(0, 0.25, 0))
            .at(0, top, 0)
            .uv("box"),
        ]
        merlons = (
            part("merlons", "stone", box([0.5, 0.55, 0.25], bevel=0.02), part="walls")
            .array(5, [side / 4.6, 0, 0], center=True)
            .moved(0, 0, side / 2 + 0.125)
            .radial(4)
            .at(0, top + 0.7, 0)
            .uv("box")
        )
        face = side / 2
    else:
        # A round tower, its foot battered out, corbelled out under the parapet.
        parts = [
            part(
                "walls",
                "stone",
                lathe([[0, 0], [r + 0.3, 0], [r + 0.3, 0.5], [r, 1.3], [r, h], [0, h]], crease=20),
            ).uv("cylindrical"),
            part("corbels", "stone", cone(r, 0.4, radius_top=r + 0.3), part="walls").at(0, h, 0),
            part(
                "parapet",
                "stone",
                cylinder(r + 0.3, 0.7, inner_radius=r - 0.05, bevel=0.02),
                part="walls",
            )
            .at(0, top, 0)
            .uv("cylindrical"),
        ]
        merlons = (
            part("merlons", "stone", box([0.6, 0.55, 0.35], bevel=0.02), part="walls")
            .radial(12, radius=r + 0.12)
            .at(0, top + 0.7, 0)
            .uv("box")
        )
        face = r
    if p.roof:
        roof_r = (r + 0.55) if not square else (r + 0.45) * math.sqrt(2)
        parts += [
            part("roof", "roof", cone(roof_r, 3.4, sides=4 if square else None))
            .rotate(y=45 if square else 0)
            .at(0, top + 0.6, 0)
            .uv("box" if square else "native"),
            part(
                "finial",
                "iron",
                lathe([[0, 0], [0.06, 0], [0.03, 0.4], [0.08, 0.5], [0, 0.7]]),
                part="finial",
            ).at(0, top + 3.9, 0),
        ]
    else:
        parts.append(merlons)
    parts += [
        # Arrow slits on four sides at two heights, and the door at the foot.
        part("slits", "hollow", box([0.14, 0.9, 0.12]))
        .moved(0, 0, face - 0.03)
        .radial(4, start=45)
        .array(2, [0, 2.8, 0])
        .at(0, 3.0, 0),
        part("door", "door", extrude(arch_outline(1.1, 2.0), 0.14, bevel=0.01)).at(
            0, 0.05 if square else 0.0, face + (0.22 if not square else 0.12)
        ),
        part(
            "door_frame",
            "stone",
            extrude(
                arch_outline(1.5, 2.3),
                0.3,
                bevel=0.02,
                holes=[[[x, y + 0.02] for x, y in arch_outline(1.1, 2.0)]],
            ),
            part="walls",
        )
        .at(0, 0, face + 0.1)
        .uv("box"),
    ]
    return program(*parts, collider="capsule" if not square else "box")


RECIPES = [
    Recipe(
        name="pillar",
        category="dungeon_castle",
        nouns=(
            "pillar",
            "column",
            "pilaster",
            "stone pillar",
            "marble column",
            "stone column",
            "ruined column",
            "doric column",
        ),
        synsets=("column.n.07", "column.n.06", "pilaster.n.01"),
        size=SizePrior((0.66, 3.0, 0.66), 0.25),
        materials={"stone": M("marble", "#dcd6cb")},
        parts=(
            RecipePart("base", "stone", ("base", "plinth", "foot", "rubble")),
            RecipePart("shaft", "stone", ("shaft", "column", "flutes", "drum")),
            RecipePart("capital", "stone", ("capital", "top", "head")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "square"),
                words={
                    "round": "round",
                    "fluted": "round",
                    "doric": "round",
                    "classical": "round",
                    "square": "square",
                    "plain": "square",
                    "pilaster": "square",
                },
                doc="A fluted round shaft or a plain square one.",
            ),
        ),
        build=pillar,
        round=True,
        collider="capsule",
        description="A classical column: a moulded base, a fluted tapering shaft and a capital; broken, "
        "it is a snapped stump with a fallen drum and rubble.",
    ),
    Recipe(
        name="arch",
        category="dungeon_castle",
        nouns=("arch", "archway", "stone arch", "stone archway", "gateway arch"),
        synsets=("arch.n.03", "arch.n.04"),
        size=SizePrior((2.92, 3.55, 0.7), 0.25),
        materials={"stone": M("rough_stone", "#8a857b")},
        parts=(
            RecipePart("piers", "stone", ("piers", "pillars", "columns", "sides", "blocks")),
            RecipePart("voussoirs", "stone", ("arch", "voussoirs", "keystone", "stones")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "pointed"),
                words={
                    "round": "round",
                    "roman": "round",
                    "romanesque": "round",
                    "pointed": "pointed",
                    "gothic": "pointed",
                    "lancet": "pointed",
                },
                doc="A round (semicircular) or a pointed (gothic) arch.",
            ),
        ),
        build=arch,
        long_axis="x",
        collider="box",
        description="A stone archway: two piers of stacked blocks and an arch of wedge stones.",
    ),
    Recipe(
        name="portcullis",
        category="dungeon_castle",
        nouns=("portcullis", "castle gate", "city gate", "gatehouse", "castle gateway"),
        synsets=("portcullis.n.01",),
        size=SizePrior((3.78, 4.4, 0.9), 0.25),
        materials={
            "grid": M("iron", "#3f4245"),
            "iron": M("iron", "#55585b"),
            "stone": M("rough_stone", "#85807a"),
        },
        parts=(
            RecipePart("bars", "grid", ("bars", "grid", "grate", "grille", "lattice", "rails")),
            RecipePart("spikes", "iron", ("spikes", "points", "teeth")),
            RecipePart("studs", "iron", ("studs", "rivets", "bolts")),
            RecipePart("jambs", "stone", ("frame", "wall", "jambs", "arch", "gatehouse", "stone")),
        ),
        params=(
            Param("bars", "int", 8, 4, 14, count_nouns=("bars",), doc="Upright bars."),
            Param(
                "raised",
                "bool",
                False,
                words={
                    "raised": True,
                    "open": True,
                    "up": True,
                    "lowered": False,
                    "closed": False,
                    "shut": False,
                },
                doc="Drawn up into the wall (open).",
            ),
            Param(
                "frame",
                "bool",
                True,
                words={
                    "frame": True,
                    "gateway": True,
                    "gatehouse": True,
                    "freestanding": False,
                    "bare": False,
                },
                doc="Stone jambs and the wall above, round the grid.",
            ),
        ),
        build=portcullis,
        long_axis="x",
        collider="box",
        description="A portcullis: a grid of iron bars with spikes at the foot, in a stone gateway.",
    ),
    Recipe(
        name="staircase",
        category="dungeon_castle",
        nouns=(
            "staircase",
            "stairs",
            "stairway",
            "steps",
            "stone stairs",
            "spiral staircase",
            "flight of stairs",
            "stair",
        ),
        synsets=("stairway.n.01", "stairs.n.01"),
        size=SizePrior((1.6, 2.25, 3.0), 0.25),
        materials={
            "stone": M("rough_stone", "#8b867d"),
            "wall": M("cobblestone", "#7d786f"),
            "iron": M("iron", "#3d4043"),
        },
        parts=(
            RecipePart("steps", "stone", ("steps", "step", "stairs", "treads", "newel")),
            RecipePart("walls", "wall", ("walls", "wall", "sides", "parapet")),
            RecipePart(
                "railing", "iron", ("railing", "rail", "handrail", "banister", "balustrade")
            ),
        ),
        params=(
            Param(
                "steps",
                "int",
                10,
                3,
                24,
                count_nouns=("steps", "stairs", "treads"),
                doc="Number of steps.",
            ),
            Param(
                "shape",
                "choice",
                "straight",
                choices=("straight", "spiral"),
                words={
                    "straight": "straight",
                    "spiral": "spiral",
                    "winding": "spiral",
                    "circular": "spiral",
                    "helical": "spiral",
                    "tower": "spiral",
                },
                doc="A straight flight, or treads winding round a central post.",
            ),
            Param(
                "walls",
                "bool",
                True,
                words={"walled": True, "open": False},
                doc="Stone walls along the sides (a straight flight).",
            ),
            Param(
                "railing",
                "bool",
                False,
                words={"railing": True, "handrail": True, "railed": True, "banister": True},
                doc="An iron handrail on posts.",
            ),
        ),
        build=staircase,
        long_axis="z",
        collider="box",
        description="A straight flight of stone stairs between walls, or a spiral stair round a newel.",
    ),
    Recipe(
        name="tower",
        category="dungeon_castle",
        nouns=("tower", "castle tower", "watchtower", "keep", "stone tower", "guard tower"),
        synsets=("tower.n.01", "watchtower.n.01"),
        size=SizePrior((4.6, 9.8, 4.9), 0.25),
        materials={
            "stone": M("rough_stone", "#8f897e"),
            "roof": M("roof_tiles", "#5b3f35"),
            "iron": M("iron"),
            "door": M("wood_planks", "#5a3b22"),
            "hollow": M("soil", "#1c1814"),
        },
        parts=(
            RecipePart(
                "walls",
                "stone",
                ("walls", "wall", "stones", "battlements", "parapet", "crenellations", "merlons"),
            ),
            RecipePart("roof", "roof", ("roof", "spire", "cone", "tiles")),
            RecipePart("finial", "iron", ("finial", "weathervane")),
            RecipePart("slits", "hollow", ("arrow slits", "slits", "windows", "loopholes")),
            RecipePart("door", "door", ("door", "gate", "entrance")),
        ),
        params=(
            Param(
                "roof",
                "bool",
                False,
                words={
                    "roofed": True,
                    "conical": True,
                    "spire": True,
                    "crenellated": False,
                    "battlemented": False,
                },
                doc="A conical roof instead of battlements.",
            ),
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "square"),
                words={
                    "round": "round",
                    "circular": "round",
                    "cylindrical": "round",
                    "square": "square",
                    "rectangular": "square",
                },
                doc="Round or square.",
            ),
        ),
        build=tower,
        round=True,
        collider="capsule",
        description="A round stone tower with a battered foot, corbelled battlements, arrow slits "
        "and a door.",
    ),
]
