"""Garden, backyard and playground pieces: swing set, seesaw, slide, sandbox, birdhouse, doghouse,
barbecue grill, picnic table, hammock and garden gnome.

Everything stands on its bottom centre and faces +Z; long things (swing beam, seesaw plank,
hammock, picnic table) lie along X."""

from __future__ import annotations

import math

from ..dsl import boards, box, cone, cylinder, extrude, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
WOOD = M("wood_planks", "#9a6a3e")
STEEL = M("painted_metal", "#2f6aa8")
CHAIN = M("iron", "#8a8d90")
_EYES = M("ceramic", "#111111")


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


def _gable(w: float, d: float, rise: float, over: float = 0.04) -> list:
    """The two roof boards of a gable roof over a w x d box (ridge along Z), as (outline) for an
    extrude along Z: a thin inverted V seen from the front."""
    t = 0.025
    half = w / 2 + over
    return [[-half, -t], [0, rise - t], [half, -t], [half, 0.0], [0, rise + 0.01], [-half, 0.0]]


# --- playground -------------------------------------------------------------------------------------


def swing(p) -> dict:
    n = p.seats
    span = max(1.6, 0.8 * n + 0.8)
    h = 2.2
    splay = 16
    leg = h / math.cos(math.radians(splay))
    parts = [
        part("beam", "frame", cylinder(0.045, span + 0.3))
        .rotate(z=90)
        .at((span + 0.3) / 2, h - 0.02, 0),
        part("legs", "frame", cylinder(0.035, leg + 0.02))
        .turned(x=splay)
        .moved(span / 2, 0, -h * math.tan(math.radians(splay)))
        .mirror("z")
        .mirror("x"),
        part("braces", "frame", cylinder(0.025, 0.9))
        .rotate(x=90)
        .array(2, [span, 0, 0], center=True)
        .at(0, 0.9, -0.45),
    ]
    sx = [(k - (n - 1) / 2) * (span / n) for k in range(n)]
    for k, x in enumerate(sx):
        parts += [
            part(f"chains_{k}", "chain", cylinder(0.008, h - 0.5), part="chains")
            .array(2, [0.46, 0, 0], center=True)
            .at(x, 0.48, 0),
            part(f"seat_{k}", "seat", box([0.5, 0.03, 0.2], bevel=0.012), part="seats").at(
                x, 0.45, 0
            ),
        ]
    return program(*parts, collider="box")


def seesaw(p) -> dict:
    L, tilt = 3.2, 9.0
    parts = [
        part(
            "base",
            "frame",
            extrude([[-0.35, 0], [0.35, 0], [0.06, 0.5], [-0.06, 0.5]], 0.3, bevel=0.01),
        ).at(0, 0, 0),
        part("pivot", "frame", cylinder(0.05, 0.4), part="base").rotate(x=90).at(0, 0.46, -0.2),
        part("plank", "plank", box([L, 0.05, 0.26], bevel=0.012)).rotate(z=tilt).at(0, 0.5, 0),
    ]
    for k, s in enumerate((-1, 1)):
        x = s * (L / 2 - 0.25)
        y = 0.55 + math.tan(math.radians(tilt)) * x
        hx = s * (L / 2 - 0.55)
        hy = 0.55 + math.tan(math.radians(tilt)) * hx
        parts += [
            part(f"seat_{k}", "seat", box([0.36, 0.04, 0.3], bevel=0.015), part="seats")
            .rotate(z=tilt)
            .at(x, y - 0.01, 0),
            part(
                f"handle_{k}",
                "frame",
                sweep(
                    [
                        [hx, hy, -0.12],
                        [hx, hy + 0.28, -0.12],
                        [hx, hy + 0.28, 0.12],
                        [hx, hy, 0.12],
                    ],
                    0.016,
                ),
                part="handles",
            ),
        ]
    return program(*parts, collider="box")


def _ramp(top: float, run: float, thick: float, n: int = 10) -> list:
    """A slide's side profile [z, y]: a steep drop easing out flat, thickness `thick`, from z=0."""
    upper = []
    for k in range(n + 1):
        t = k / n
        z = run * t
        y = (
            top * (1 - t) ** 1.6 * (1 - 0.25 * t) + 0.3 * t * (1 - t) * 0 + 0.22 * t
        )  # ends 0.22 m up
        upper.append([z, y])
    upper.append([run + 0.25, 0.22])
    lower = [[z, y - thick] for z, y in reversed(upper)]
    return upper + lower


def slide(p) -> dict:
    top = 1.5
    w = 0.5
    profile = _ramp(top, 2.4, 0.03)
    walls = _ramp(top + 0.1, 2.4, 0.15)
    parts = [
        part("platform", "frame", box([w + 0.2, 0.05, 0.6], bevel=0.01)).at(0, top, -0.3),
        part("posts", "frame", cylinder(0.04, top + 0.9))
        .array(2, [w + 0.15, 0, 0], center=True)
        .array(2, [0, 0, 0.56], center=True)
        .at(0, 0, -0.3),
        part("rails", "frame", cylinder(0.025, 0.56))
        .rotate(x=90)
        .array(2, [w + 0.15, 0, 0], center=True)
        .at(0, top + 0.75, -0.58),
        part("ladder", "frame", box([0.045, math.hypot(top, 0.7) + 0.1, 0.06], bevel=0.01))
        .array(2, [w - 0.05, 0, 0], center=True)
        .turned(x=25)
        .at(0, 0, -1.3),
        part("rungs", "frame", cylinder(0.018, w - 0.05))
        .turned(z=90)
        .array(5, [0, top / 5.5, 0.7 / 5.5])
        .at((w - 0.05) / 2, 0.27, -1.17),
        part("chute", "chute", extrude(profile, w, axis="x")).detail(1.3),
        part("walls", "chute", extrude(walls, 0.03, axis="x"), part="chute")
        .moved(w / 2, 0, 0)
        .mirror("x")
        .detail(1.3),
        part("feet", "frame", box([0.06, 0.22, 0.06]), part="posts")
        .array(2, [w, 0, 0], center=True)
        .at(0, 0, 2.45),
    ]
    return program(*parts, collider="box")


def sandbox(p) -> dict:
    s, h = 1.6, 0.3
    parts = [
        part("frame", "wood", box([s, h, 0.05], bevel=0.008))
        .moved(0, 0, s / 2 - 0.025)
        .mirror("z")
        .uv("box"),
        part("sides", "wood", box([0.05, h, s - 0.1], bevel=0.008), part="frame")
        .moved(s / 2 - 0.025, 0, 0)
        .mirror("x"),
        part("seats", "wood", extrude([[0, 0], [0.32, 0], [0, 0.32]], 0.03, axis="y"), part="frame")
        .moved(-s / 2, h, -s / 2)
        .mirror("x")
        .mirror("z"),
        part("sand", "sand", box([s - 0.1, h - 0.08, s - 0.1])).detail(0.5),
        part("mound", "sand", sphere(0.35, portion=0.3), part="sand")
        .scale([1.3, 1, 1])
        .at(0.15, h - 0.09, 0.1),
        part(
            "bucket",
            "toy",
            lathe([[0, 0], [0.07, 0], [0.09, 0.14], [0.085, 0.14], [0.065, 0.01], [0, 0.01]]),
        ).at(-0.4, h - 0.08, 0.35),
        part("spade", "toy", box([0.08, 0.012, 0.28], bevel=0.004), part="bucket")
        .rotate(x=8, y=30)
        .at(-0.15, h - 0.06, 0.45),
    ]
    return program(*parts, collider="box")


# --- yard -------------------------------------------------------------------------------------------


def birdhouse(p) -> dict:
    w, h, d = 0.17, 0.2, 0.17
    y0 = 1.5 if p.post else 0.0
    parts = [
        part("body", "wood", box([w, h, d], bevel=0.004)).at(0, y0, 0).uv("box"),
        part("gables", "wood", extrude([[-w / 2, 0], [w / 2, 0], [0, 0.09]], d), part="body").at(
            0, y0 + h, 0
        ),
        part("roof", "roof", extrude(_gable(w, d, 0.09, 0.035), d + 0.06), part="roof").at(
            0, y0 + h + 0.006, 0
        ),
        part("hole", "hollow", cylinder(0.022, 0.006))
        .rotate(x=90)
        .at(0, y0 + h * 0.58, d / 2 - 0.002),
        part("perch", "wood", cylinder(0.005, 0.05), part="body")
        .rotate(x=90)
        .at(0, y0 + h * 0.36, d / 2),
    ]
    if p.post:
        parts += [
            part("post", "post", box([0.07, y0, 0.07], bevel=0.005)),
            part("bracket", "post", box([0.12, 0.03, 0.12], bevel=0.004), part="post").at(
                0, y0 - 0.03, 0
            ),
        ]
    return program(*parts, collider="box")


def doghouse(p) -> dict:
    w, h, d = 0.9, 0.65, 1.1
    rise = 0.38
    door = [
        [-0.18, 0],
        [0.18, 0],
        [0.18, 0.32],
        [0.12, 0.42],
        [0, 0.46],
        [-0.12, 0.42],
        [-0.18, 0.32],
    ]
    parts = [
        part("walls", "wood", box([w, h, d], bevel=0.01)).at(0, 0.05, 0).uv("box"),
        part(
            "gables", "wood", extrude([[-w / 2, 0], [w / 2, 0], [0, rise]], d - 0.02), part="walls"
        ).at(0, h + 0.05, 0),
        part("roof", "roof", extrude(_gable(w, d, rise, 0.09), d + 0.16), part="roof").at(
            0, h + 0.06, 0
        ),
        part("door", "hollow", extrude(door, 0.02)).at(0, 0.06, d / 2),
        part(
            "trim",
            "trim",
            extrude(door, 0.012, holes=[[[x * 0.85, y * 0.9] for x, y in door]]),
            part="trim",
        )
        .scaled([1.12, 1.06, 1])
        .at(0, 0.05, d / 2 + 0.012),
        part("floor", "trim", box([w + 0.06, 0.05, d + 0.06], bevel=0.008), part="trim"),
    ]
    if p.bowl:
        parts.append(
            part(
                "bowl",
                "bowl",
                lathe([[0, 0], [0.08, 0], [0.1, 0.06], [0.085, 0.06], [0.07, 0.015], [0, 0.015]]),
            ).at(0.3, 0, d / 2 + 0.25)
        )
    return program(*parts, collider="box")


def grill(p) -> dict:
    r = 0.29
    y = 0.62
    parts = [
        part("bowl", "enamel", sphere(r, portion=0.5))
        .scale([1, 0.85, 1])
        .rotate(x=180)
        .at(0, y + r * 0.85 * 0.5, 0),
        part("grate", "steel", torus(r - 0.01, 0.006)).at(0, y + r * 0.42, 0),
        part("bars", "steel", cylinder(0.004, 2 * r - 0.04), part="grate")
        .rotate(z=90)
        .array(7, [0, 0, 0.07], center=True)
        .at(r - 0.02, y + r * 0.425, 0),
        part("legs", "steel", cylinder(0.014, y + 0.05))
        .turned(z=10)
        .moved(r * 0.7, 0, 0)
        .radial(3, axis="y", start=90),
        part("shelf", "steel", torus(r * 0.6, 0.008), part="legs").at(0, 0.18, 0),
        part("wheels", "rubber", cylinder(0.055, 0.03))
        .rotate(z=90)
        .array(2, [0.42, 0, 0], center=True)
        .at(0, 0.0, -0.21)
        .detail(0.5),
    ]
    if p.lid:
        parts += [
            part("lid", "enamel", sphere(r * 1.01, portion=0.5), part="bowl")
            .scale([1, 0.8, 1])
            .at(0, y + r * 0.43, 0),
            part("handle", "wood", box([0.16, 0.03, 0.03], bevel=0.01)).at(
                0, y + r * 0.43 + r * 0.8 + 0.002, 0
            ),
            part("vent", "steel", cylinder(0.04, 0.012), part="grate").at(
                0, y + r * 0.43 + r * 0.8 - 0.004, 0
            ),
        ]
    else:
        parts.append(
            part("food", "food", sphere(0.045), part="food")
            .scale([1.4, 0.6, 1.0])
            .array(3, [0.13, 0, 0.05], center=True)
            .at(0, y + r * 0.44, 0)
        )
    return program(*parts, collider="box")


def picnic_table(p) -> dict:
    L, h = 1.8, 0.76
    bench_y, bench_z = 0.45, 0.58
    splay = math.degrees(math.atan2(bench_z + 0.08, h))
    leg = math.hypot(h, bench_z + 0.08)
    parts = [
        part("top", "wood", boards([L, 0.04, 0.75], 5, run="x", gap=0.01)).at(0, h - 0.04, 0),
        part("benches", "wood", boards([L, 0.04, 0.26], 2, run="x", gap=0.01))
        .moved(0, 0, bench_z)
        .mirror("z")
        .at(0, bench_y - 0.04, 0),
        part("legs", "frame", box([0.05, leg, 0.09], bevel=0.006))
        .turned(x=splay)
        .moved(0, 0, -(bench_z + 0.08))
        .mirror("z")
        .array(2, [L - 0.5, 0, 0], center=True),
        part("bearers", "frame", box([0.05, 0.07, 2 * bench_z + 0.3], bevel=0.006), part="legs")
        .array(2, [L - 0.5, 0, 0], center=True)
        .at(0, bench_y - 0.11, 0),
    ]
    return program(*parts, collider="box")


def hammock(p) -> dict:
    L = 3.6
    sag = 0.5
    n = 9
    top = 1.05
    bed = []
    for k in range(n + 1):
        t = k / n
        x = -1.35 + 2.7 * t
        bed.append([x, top - sag * (1 - (2 * t - 1) ** 2), 0.0])
    flat = [[-1, -0.06], [1, -0.06], [1, 0.06], [-1, 0.06]]
    parts = [
        part("bed", "fabric", sweep(bed, 0.45, section=flat, curve="smooth")).detail(1.3),
        part(
            "ropes", "rope", sweep([[-1.35, top, 0], [-L / 2 + 0.05, 1.25, 0]], 0.012), part="ropes"
        ).mirror("x"),
    ]
    if p.stand:
        parts += [
            part(
                "stand",
                "frame",
                sweep(
                    [
                        [-L / 2, 1.3, 0],
                        [-L / 2 + 0.35, 0.15, 0],
                        [-L / 2 + 0.8, 0.06, 0],
                        [L / 2 - 0.8, 0.06, 0],
                        [L / 2 - 0.35, 0.15, 0],
                        [L / 2, 1.3, 0],
                    ],
                    0.04,
                ),
            ),
            part("feet", "frame", cylinder(0.035, 0.9), part="stand")
            .rotate(x=90)
            .array(2, [2.2, 0, 0], center=True)
            .at(0, 0.0, -0.45),
        ]
    else:  # between two posts
        parts.append(
            part("stand", "frame", cylinder(0.07, 1.6)).array(2, [L - 0.05, 0, 0], center=True)
        )
    return program(*parts, collider="box")


def garden_gnome(p) -> dict:
    parts = [
        part("boots", "boots", sphere(0.04))
        .scaled([0.8, 0.6, 1.4])
        .moved(0.04, 0, 0.01)
        .mirror("x"),
        part(
            "coat",
            "coat",
            lathe(
                [[0, 0.02], [0.09, 0.02], [0.1, 0.05], [0.085, 0.14], [0.07, 0.19], [0, 0.2]],
                smooth=True,
            ),
        ),
        part("belt", "boots", cylinder(0.09, 0.018), part="boots").at(0, 0.095, 0),
        part(
            "arms",
            "coat",
            sweep(
                [[0.07, 0.17, 0.0], [0.1, 0.12, 0.03], [0.05, 0.1, 0.08]],
                0.022,
                curve="smooth",
                caps="round",
            ),
            part="coat",
        ).mirror("x"),
        part("hands", "skin", sphere(0.02), part="face").moved(0.04, 0.09, 0.085).mirror("x"),
        part("face", "skin", sphere(0.055)).scale([1, 0.95, 0.9]).at(0, 0.19, 0.015),
        part("nose", "skin", sphere(0.018), part="face").at(0, 0.205, 0.062),
        part("beard", "beard", cone(0.06, 0.12, sides=10), part="beard")
        .rotate(x=180)
        .scale([1.1, 1.2, 0.8])
        .at(0, 0.222, 0.06),
        part("eyes", "eyes", sphere(0.007)).moved(0.02, 0, 0).mirror("x").at(0, 0.238, 0.056),
        part("hat", "hat", cone(0.062, 0.2)).bend(25, axis="y", toward="z").at(0, 0.262, 0.0),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="swing",
        category="garden",
        nouns=(
            "swing",
            "swing set",
            "swingset",
            "playground swing",
            "garden swing",
            "swings",
            "swing frame",
        ),
        synsets=("swing.n.02",),
        size=SizePrior((2.7, 2.24, 1.33), 0.25),
        materials={"frame": STEEL, "chain": CHAIN, "seat": M("plastic", "#d23a2a")},
        parts=_p(
            ("beam", "frame", ("frame", "beam", "crossbar")),
            ("legs", "frame", ("frame", "legs", "posts")),
            ("braces", "frame", ("frame", "braces")),
            ("chains", "chain", ("chains", "ropes", "chain")),
            ("seats", "seat", ("seats", "seat")),
        ),
        params=(
            Param(
                "seats",
                "int",
                2,
                1,
                3,
                count_nouns=("seats", "seat", "swings"),
                doc="Number of seats hanging from the beam (the frame widens with them).",
            ),
        ),
        build=swing,
        long_axis="x",
        collider="box",
        description="A playground swing set: an A-frame at each end, a top beam and seats on chains.",
    ),
    Recipe(
        name="seesaw",
        category="garden",
        nouns=("seesaw", "see-saw", "teeter-totter", "teeter totter", "teeterboard", "teeter"),
        synsets=("seesaw.n.01",),
        size=SizePrior((3.16, 1.01, 0.4), 0.25),
        materials={
            "frame": STEEL,
            "plank": M("painted_wood", "#e0a22a"),
            "seat": M("plastic", "#d23a2a"),
        },
        parts=_p(
            ("base", "frame", ("base", "stand", "frame", "pivot")),
            ("plank", "plank", ("plank", "board", "beam")),
            ("seats", "seat", ("seats", "seat")),
            ("handles", "frame", ("handles", "grips")),
        ),
        build=seesaw,
        long_axis="x",
        collider="box",
        description="A seesaw: a long tilted plank on a central pivot stand, with seats and handles at both ends.",
    ),
    Recipe(
        name="slide",
        category="garden",
        nouns=(
            "slide",
            "playground slide",
            "sliding board",
            "children's slide",
            "kids slide",
            "garden slide",
        ),
        synsets=("slide.n.04",),
        size=SizePrior((0.73, 2.41, 3.97), 0.25),
        materials={"frame": STEEL, "chute": M("plastic", "#e8b020")},
        parts=_p(
            ("platform", "frame", ("platform", "deck")),
            ("posts", "frame", ("posts", "frame", "legs")),
            ("rails", "frame", ("rails", "railing", "handrails")),
            ("ladder", "frame", ("ladder", "steps")),
            ("rungs", "frame", ("rungs", "steps")),
            ("chute", "chute", ("chute", "slide", "ramp")),
        ),
        build=slide,
        long_axis="z",
        collider="box",
        description="A playground slide: a ladder up to a railed platform and a curved chute running down to "
        "the ground.",
    ),
    Recipe(
        name="sandbox",
        category="garden",
        nouns=("sandbox", "sandpit", "sand pit", "sand box", "sandpile"),
        synsets=("sandbox.n.02",),
        size=SizePrior((1.6, 0.42, 1.6), 0.25),
        materials={"wood": WOOD, "sand": M("soil", "#d9c48f"), "toy": M("plastic", "#2f8fd8")},
        parts=_p(
            ("frame", "wood", ("frame", "boards", "sides", "seats")),
            ("sand", "sand", ("sand",)),
            ("bucket", "toy", ("bucket", "pail", "spade", "toys")),
        ),
        build=sandbox,
        round=True,
        collider="box",
        description="A square wooden sandbox with corner seats, filled with sand, a toy bucket and spade.",
    ),
    Recipe(
        name="birdhouse",
        category="garden",
        nouns=("birdhouse", "bird house", "nest box", "nesting box", "bird box", "birdbox"),
        synsets=("birdhouse.n.01",),
        size=SizePrior((0.25, 1.8, 0.26), 0.25),
        materials={
            "wood": M("wood_planks", "#b08050"),
            "roof": M("painted_wood", "#8a3a2a"),
            "hollow": M("wood_planks", "#1d1712"),
            "post": M("wood_planks", "#7a5a3a"),
        },
        parts=_p(
            ("body", "wood", ("body", "box", "walls", "perch")),
            ("roof", "roof", ("roof",)),
            ("hole", "hollow", ("hole", "entrance")),
            ("post", "post", ("post", "pole", "stand")),
        ),
        params=(
            Param(
                "post",
                "bool",
                True,
                words={"hanging": False, "wall": False, "post": True, "pole": True},
                doc="On a tall post, or the box alone (to hang or mount).",
            ),
        ),
        build=birdhouse,
        collider="box",
        description="A wooden birdhouse on a post: a little box with a round entrance hole, a perch and a "
        "pitched roof.",
    ),
    Recipe(
        name="doghouse",
        category="garden",
        nouns=("doghouse", "dog house", "kennel", "dog kennel", "dog shed"),
        synsets=("kennel.n.01",),
        size=SizePrior((1.08, 1.1, 1.53), 0.25),
        materials={
            "wood": M("painted_wood", "#c0392b"),
            "roof": M("roof_tiles", "#4a3a32"),
            "trim": M("painted_wood", "#efe8da"),
            "hollow": M("wood_planks", "#1c1612"),
            "bowl": M("painted_metal", "#3a6ea8"),
        },
        parts=_p(
            ("walls", "wood", ("walls", "body", "sides")),
            ("roof", "roof", ("roof",)),
            ("door", "hollow", ("door", "doorway", "entrance")),
            ("trim", "trim", ("trim", "frame", "floor")),
            ("bowl", "bowl", ("bowl", "dish")),
        ),
        params=(
            Param(
                "bowl",
                "bool",
                True,
                words={"bowl": True, "dish": True},
                doc="A food bowl by the door.",
            ),
        ),
        build=doghouse,
        collider="box",
        description="A doghouse: painted plank walls, a pitched roof, an arched doorway with white trim and a "
        "food bowl.",
    ),
    Recipe(
        name="grill",
        category="garden",
        nouns=(
            "grill",
            "barbecue",
            "barbeque",
            "bbq",
            "barbecue grill",
            "kettle grill",
            "charcoal grill",
            "bbq grill",
        ),
        synsets=("barbecue.n.03",),
        size=SizePrior((0.59, 1.27, 0.59), 0.25),
        materials={
            "enamel": M("painted_metal", "#1d1e20"),
            "steel": M("iron", "#9a9da0"),
            "rubber": M("plastic", "#1a1a1a"),
            "wood": M("wood_planks", "#6a4a2e"),
            "food": M("organic", "#7a3a22"),
        },
        parts=_p(
            ("bowl", "enamel", ("bowl", "kettle", "body", "lid")),
            ("lid", "enamel", ("lid", "cover")),
            ("grate", "steel", ("grate", "grill", "rack")),
            ("legs", "steel", ("legs", "shelf", "stand")),
            ("wheels", "rubber", ("wheels",)),
            ("handle", "wood", ("handle",)),
            ("food", "food", ("food", "sausages", "burgers", "meat")),
        ),
        params=(
            Param(
                "lid",
                "bool",
                True,
                words={"open": False, "lidless": False, "cooking": False, "closed": True},
                doc="The domed lid on, or off with food on the grate.",
            ),
        ),
        build=grill,
        round=True,
        collider="box",
        description="A kettle barbecue grill: a round enamel bowl with a domed lid, a grate, three legs, "
        "wheels and a wooden handle.",
    ),
    Recipe(
        name="picnic_table",
        category="garden",
        nouns=(
            "picnic table",
            "picnic bench",
            "picnic table with benches",
            "park table",
            "pub bench",
            "beer table",
        ),
        synsets=(),
        size=SizePrior((1.8, 0.81, 1.46), 0.25),
        materials={"wood": M("wood_planks", "#a37548"), "frame": M("wood_planks", "#8a6038")},
        parts=_p(
            ("top", "wood", ("top", "tabletop", "table")),
            ("benches", "wood", ("benches", "seats", "bench")),
            ("legs", "frame", ("legs", "frame", "bearers")),
        ),
        build=picnic_table,
        long_axis="x",
        collider="box",
        description="A wooden picnic table: a planked top with a bench along each side on splayed A-frame legs.",
    ),
    Recipe(
        name="hammock",
        category="garden",
        nouns=("hammock", "hammock stand", "garden hammock", "rope hammock"),
        synsets=("hammock.n.02",),
        size=SizePrior((3.69, 1.35, 0.9), 0.25),
        materials={
            "fabric": M("fabric", "#d8a040"),
            "rope": M("rope", "#c8b48a"),
            "frame": M("painted_metal", "#2b2d30"),
        },
        parts=_p(
            ("bed", "fabric", ("bed", "fabric", "cloth", "canvas", "net")),
            ("ropes", "rope", ("ropes", "rope", "cords")),
            ("stand", "frame", ("stand", "frame", "posts", "feet")),
        ),
        params=(
            Param(
                "stand",
                "bool",
                True,
                words={"stand": True, "freestanding": True, "posts": False},
                doc="On a curved steel stand, or slung between two posts.",
            ),
        ),
        build=hammock,
        long_axis="x",
        collider="box",
        description="A hammock: a fabric bed sagging between the tips of a curved steel stand.",
    ),
    Recipe(
        name="garden_gnome",
        category="garden",
        nouns=(
            "garden gnome",
            "gnome",
            "lawn gnome",
            "gnome statue",
            "garden dwarf",
            "dwarf statue",
        ),
        synsets=(),
        size=SizePrior((0.24, 0.46, 0.21), 0.25),
        materials={
            "coat": M("ceramic", "#2f5fa8"),
            "hat": M("ceramic", "#c8241e"),
            "beard": M("ceramic", "#f2f0ea"),
            "skin": M("ceramic", "#f0c0a0"),
            "boots": M("ceramic", "#3a2a20"),
            "eyes": _EYES,
        },
        parts=_p(
            ("coat", "coat", ("coat", "body", "jacket", "arms")),
            ("hat", "hat", ("hat", "cap")),
            ("beard", "beard", ("beard",)),
            ("face", "skin", ("face", "nose", "hands")),
            ("boots", "boots", ("boots", "belt", "shoes")),
            ("eyes", "eyes", ("eyes",)),
        ),
        build=garden_gnome,
        collider="box",
        description="A painted ceramic garden gnome: blue coat, white beard, round nose and a tall red "
        "pointed hat.",
    ),
]
