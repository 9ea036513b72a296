"""Nature: small plants (a bush, a hedge, a tuft of grass, a fern, flowers, a cactus, ivy)."""

from __future__ import annotations

import numpy as np

from ..dsl import (
    blob,
    box,
    cone,
    cylinder,
    extrude,
    lathe,
    loft,
    part,
    program,
    section,
    sphere,
    sweep,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .nature_trees import frond_outline

M = MaterialRole


def bush(p) -> dict:
    rng = p.rng
    w, h = 1.3, 0.95
    # A clump of lumpy leaf balls: a big one in the middle, smaller ones round it, low down.
    parts = [
        part(
            "leaves_0",
            "leaves",
            blob([0.8 * w, h, 0.75 * w], lumps=0.3, lump_count=20, sharpness=6),
            part="leaves",
        )
    ]
    n = 5
    turn0 = float(rng.uniform(0, 2 * np.pi))
    for k in range(n):
        a = turn0 + 2 * np.pi * k / n + float(rng.uniform(-0.3, 0.3))
        s = float(rng.uniform(0.38, 0.5)) * w
        d = 0.5 * w - 0.5 * s
        parts.append(
            part(
                f"leaves_{k + 1}",
                "leaves",
                blob([s, 0.8 * s, s], lumps=0.3, lump_count=14, sharpness=6),
                part="leaves",
            )
            .at(d * np.sin(a), float(rng.uniform(0.0, 0.12)), d * np.cos(a))
            .detail(0.7)
        )
    if p.berries:
        for ring, (y, rad, count) in enumerate(((0.55, 0.42, 9), (0.78, 0.3, 6))):
            parts.append(
                part(f"berries_{ring}", "berries", sphere(0.035), part="berries")
                .radial(
                    count,
                    radius=rad * w,
                    start=ring * 20.0,
                    jitter={"translate": [0.04, 0.08, 0.04], "scale": 0.2},
                )
                .at(0, y * h, 0)
                .detail(0.5)
            )
    return program(*parts, collider="mesh_convex")


def hedge(p) -> dict:
    length, h, d = 2.4, 1.25, 0.75
    if p.shape == "rounded":
        # A row of overlapping leaf balls: an untrimmed hedgerow.
        n = 4
        parts = [
            part(
                "leaves",
                "leaves",
                blob([length / n * 1.45, h, d], lumps=0.22, lump_count=16, sharpness=5),
            ).array(
                n,
                [(length - length / n * 1.45) / (n - 1), 0, 0],
                center=True,
                jitter={"scale": 0.06, "rotate": [0, 30, 0]},
            )
        ]
    else:
        # A clipped hedge: a block with softened edges and a few lumps where it was cut unevenly.
        parts = [
            part("leaves", "leaves", box([length, h, d], bevel=0.12)).uv("box"),
            part(
                "tufts", "leaves", blob([0.95, 0.36, 0.66], lumps=0.2, lump_count=10), part="leaves"
            )
            .array(
                3, [0.72, 0, 0], center=True, jitter={"translate": [0.06, 0.02, 0.02], "scale": 0.1}
            )
            .on("leaves", "top", gap=-0.3)
            .detail(0.5),
        ]
    return program(*parts, collider="box")


def _blade(h: float, w: float) -> dict:
    return extrude([[-w, 0.0], [w, 0.0], [0.25 * w, 0.6 * h], [0.0, h]], 0.004)


def grass(p) -> dict:
    n = p.blades
    h = 0.34
    parts = [
        # Blades leaning out of the tuft, each bent further outwards near its tip.
        part("blades", "grass", _blade(h, 0.012))
        .bend(30, toward="z")
        .turned(x=16)
        .radial(n, radius=0.03, jitter={"rotate": [12, 25, 0], "scale": 0.3}),
        part("blades_inner", "grass", _blade(h * 1.15, 0.01), part="blades")
        .bend(16, toward="z")
        .radial(max(3, n // 2), start=17, jitter={"rotate": [8, 30, 0], "scale": 0.25}),
    ]
    return program(*parts, collider="box")


def fern(p) -> dict:
    frond = extrude(frond_outline(0.75, 0.1, 16), 0.006, axis="y")
    parts = [
        # Fronds rising from the crown and arching over, round and round.
        part("fronds", "leaves", frond)
        .bend(80, axis="z", toward="-y")
        .turned(x=-68)
        .radial(p.fronds, jitter={"rotate": [10, 14, 0], "scale": 0.18})
        .detail(1.3),
        part(
            "fiddleheads",
            "leaves",
            sweep(
                [[0, 0, 0], [0, 0.12, 0.02], [0, 0.19, 0.0], [0, 0.17, -0.03]],
                0.008,
                curve="smooth",
            ),
            part="fronds",
        )
        .radial(3, radius=0.03, start=40)
        .detail(0.5),
        part("crown", "soil", sphere(0.08, portion=0.5)).scale([1.0, 0.6, 1.0]),
    ]
    return program(*parts, collider="mesh_convex")


FLOWER_KINDS = ("daisy", "rose", "tulip", "sunflower", "lily")
# Per kind: stem height, head radius.
_FLOWER = {
    "daisy": (0.4, 0.06),
    "rose": (0.5, 0.065),
    "tulip": (0.42, 0.035),
    "sunflower": (1.6, 0.17),
    "lily": (0.6, 0.08),
}


def _leaf(length: float, width: float) -> dict:
    """A leaf lying flat, pointing +Z: an almond outline."""
    t = np.linspace(0.0, 1.0, 7)
    right = [
        [round(float(width * np.sin(np.pi * v) * (1 - 0.3 * v)), 4), round(float(length * v), 4)]
        for v in t[1:-1]
    ]
    return extrude(
        [[0.0, 0.0], *right, [0.0, length], *[[-x, z] for x, z in reversed(right)]], 0.004, axis="y"
    )


def _flower_head(kind: str, i: int, r: float, top: list[float]) -> list:
    """The head of flower i at `top`: petals (a part per kind, for its colour) and a centre. A
    clump has up to seven heads, so each is kept to a few hundred triangles."""
    tx, ty, tz = top
    if kind == "daisy":
        petal = extrude(
            [
                [0.0, -0.1 * r],
                [0.14 * r, 0.35 * r],
                [0.08 * r, r],
                [-0.08 * r, r],
                [-0.14 * r, 0.35 * r],
            ],
            0.003,
            axis="y",
        )
        return [
            part(f"petals_{i}", "white_petals", petal, part="daisy_petals")
            .turned(x=-8)
            .radial(10, start=5)
            .at(tx, ty, tz),
            part(
                f"center_{i}",
                "pollen",
                lathe([[0.0, 0.0], [0.28 * r, 0.0], [0.2 * r, 0.1 * r], [0.0, 0.14 * r]], sides=8),
                part="center",
            ).at(tx, ty - 0.02 * r, tz),
        ]
    if kind == "sunflower":
        petal = extrude(
            [[0.0, 0.35 * r], [0.12 * r, 0.55 * r], [0.0, r], [-0.12 * r, 0.55 * r]],
            0.004,
            axis="y",
        )
        # The head faces forwards (+Z), tipped a little down.
        return [
            part(f"petals_{i}", "yellow_petals", petal, part="sunflower_petals")
            .radial(16, jitter={"rotate": [6, 4, 0]})
            .rotate(x=80)
            .at(tx, ty, tz),
            part(
                f"center_{i}",
                "seeds",
                cylinder(0.45 * r, 0.05 * r, bevel=0.02 * r, sides=12),
                part="center",
            )
            .rotate(x=80)
            .at(tx, ty, tz),
        ]
    if kind == "tulip":
        cup = [
            [0.0, 0.0],
            [0.6 * r, 0.15 * r],
            [r, 0.8 * r],
            [0.95 * r, 1.6 * r],
            [0.75 * r, 2.1 * r],
            [0.62 * r, 2.0 * r],
            [0.0, 1.4 * r],
        ]
        return [
            part(
                f"petals_{i}", "red_petals", lathe(cup, smooth=True, sides=6), part="tulip_petals"
            ).at(tx, ty - 0.05 * r, tz)
        ]
    if kind == "rose":
        # Nested cups, each wider, lower and more open than the one inside, turned against each
        # other so their corners read as separate petals; a bud in the middle.
        out = []
        for ring, (rad, hgt, sides) in enumerate(((0.45, 0.95, 5), (0.75, 0.8, 6), (1.0, 0.62, 7))):
            cup = [
                [0.0, 0.0],
                [0.5 * rad * r, 0.05 * r],
                [rad * r, hgt * 0.6 * r],
                [1.08 * rad * r, hgt * r],
                [0.95 * rad * r, hgt * r],
                [0.0, 0.2 * r],
            ]
            out.append(
                part(
                    f"petals_{i}_{ring}", "red_petals", lathe(cup, sides=sides), part="rose_petals"
                )
                .rotate(0, ring * 23.0, 0)
                .at(tx, ty - 0.1 * r, tz)
            )
        out.append(
            part(
                f"sepals_{i}",
                "stem",
                cone(0.45 * r, 0.4 * r, radius_top=0.1 * r, sides=5),
                part="leaves",
            )
            .rotate(x=180)
            .at(tx, ty, tz)
        )
        return out
    # lily: a six-sided trumpet with six pointed petals turned out round its mouth.
    petal = extrude(
        [[0.0, 0.0], [0.24 * r, 0.45 * r], [0.0, 1.2 * r], [-0.24 * r, 0.45 * r]], 0.003, axis="y"
    )
    trumpet = [[0.0, 0.0], [0.12 * r, 0.0], [0.3 * r, 0.5 * r], [0.5 * r, 0.8 * r], [0.0, 0.5 * r]]
    return [
        part(f"trumpet_{i}", "white_petals", lathe(trumpet, sides=6), part="lily_petals").at(
            tx, ty, tz
        ),
        part(f"petals_{i}", "white_petals", petal, part="lily_petals")
        .turned(x=-35)
        .radial(6, radius=0.3 * r)
        .at(tx, ty + 0.6 * r, tz),
        part(f"center_{i}", "pollen", cylinder(0.006, 0.9 * r, sides=4), part="center")
        .radial(5, radius=0.08 * r)
        .at(tx, ty + 0.2 * r, tz),
    ]


def flower(p) -> dict:
    rng = p.rng
    kind = p.kind
    stem_h, r = _FLOWER[kind]
    parts = []
    n = p.count
    for i in range(n):
        if i == 0:
            x = z = 0.0
            h, lean = stem_h, 0.0
        else:
            a = 2 * np.pi * i / (n - 1) + float(rng.uniform(-0.4, 0.4))
            d = float(rng.uniform(0.5, 0.8)) * (0.12 + 2 * r)
            x, z = d * np.sin(a), d * np.cos(a)
            h, lean = stem_h * float(rng.uniform(0.75, 0.95)), float(rng.uniform(4, 12))
        # The stem: a gentle curve; the head sits on its tip, tilted the way the stem leans.
        ox, oz = (
            np.sin(np.radians(lean)) * h * 0.5 * np.sign(x or 1),
            np.sin(np.radians(lean)) * h * 0.5 * np.sign(z or 1),
        )
        top = [round(x + ox, 4), round(h, 4), round(z + oz, 4)]
        stem = [[x, 0.0, z], [x, 0.45 * h, z], [x + 0.7 * ox, 0.8 * h, z + 0.7 * oz], top]
        thick = 0.012 if kind == "sunflower" else 0.004
        parts.append(
            part(
                f"stem_{i}",
                "stem",
                sweep([[round(v, 4) for v in q] for q in stem], thick, curve="smooth"),
                part="stems",
            ).detail(0.5)
        )
        leaf_len = 0.28 * stem_h if kind != "sunflower" else 0.3
        parts.append(
            part(f"leaf_{i}", "stem", _leaf(leaf_len, 0.22 * leaf_len), part="leaves")
            .bend(30, axis="z", toward="-y")
            .turned(x=-30)
            .radial(2, start=90.0 if i == 0 else float(rng.uniform(0, 180)))
            .at(x, (0.3 if kind != "sunflower" else 0.5) * h, z)
            .detail(0.6)
        )
        parts += _flower_head(kind, i, r, top)
    return program(*parts, collider="mesh_convex" if n > 1 else "box")


def _star(r_out: float, ribs: int, depth: float = 0.12) -> list[list[float]]:
    """A ribbed cross-section: `ribs` rounded ridges (points [a, b])."""
    out = []
    for k in range(ribs * 4):
        a = 2 * np.pi * k / (ribs * 4)
        rr = r_out * (1.0 - depth * (0.5 - 0.5 * np.cos(ribs * a)))
        out.append([round(float(rr * np.sin(a)), 5), round(float(rr * np.cos(a)), 5)])
    return out


def _ribbed_column(h: float, r: float, ribs: int) -> dict:
    """An upright ribbed column with a domed top (a loft of star sections)."""
    secs = [
        section(0.0, "outline", points=_star(r * 0.92, ribs)),
        section(0.3 * h, "outline", points=_star(r, ribs)),
    ]
    for t, s in ((0.82, 0.97), (0.92, 0.82), (0.97, 0.55), (1.0, 0.12)):
        secs.append(
            section(
                h * t + (r * (t - 0.8) * 2 if t > 0.9 else 0.0),
                "outline",
                points=_star(r * s, ribs),
            )
        )
    return loft(*secs, smooth=True)


def cactus(p) -> dict:
    rng = p.rng
    parts = []
    base_y = 0.0
    if p.potted:
        parts += [
            part(
                "pot",
                "pot",
                lathe(
                    [
                        [0.0, 0.0],
                        [0.2, 0.0],
                        [0.26, 0.3],
                        [0.29, 0.31],
                        [0.29, 0.36],
                        [0.24, 0.36],
                        [0.0, 0.36],
                    ],
                    crease=40,
                ),
            ),
            part("soil", "soil", cylinder(0.245, 0.02)).at(0, 0.32, 0),
        ]
        base_y = 0.33
    if p.kind == "barrel":
        r = 0.32 if not p.potted else 0.2
        body = loft(
            section(0.0, "outline", points=_star(r * 0.75, 14, 0.1)),
            section(0.35 * r, "outline", points=_star(r, 14, 0.1)),
            section(1.1 * r, "outline", points=_star(r * 0.95, 14, 0.1)),
            section(1.5 * r, "outline", points=_star(r * 0.6, 14, 0.1)),
            section(1.62 * r, "outline", points=_star(r * 0.1, 14, 0.1)),
            smooth=True,
        )
        parts.append(part("body", "cactus", body).at(0, base_y, 0))
        if p.flowers:
            parts.append(
                part("flowers", "flower", sphere(0.05, portion=0.6))
                .scale([1, 0.6, 1])
                .radial(5, radius=0.07)
                .at(0, base_y + 1.55 * r, 0)
            )
        return program(*parts, collider="capsule")
    h = 2.4 if not p.potted else 0.7
    r = 0.22 if not p.potted else 0.08
    parts.append(part("body", "cactus", _ribbed_column(h, r, 12)).at(0, base_y, 0).detail(1.3))
    # Arms: out sideways, then up (a smooth elbow), ribbed like the trunk and rounded at the tip.
    n = p.arms
    turn0 = float(
        rng.uniform(-10, 10)
    )  # the first arm reaches along X: the silhouette from the front
    for k in range(n):
        a = np.radians(
            turn0 + (180.0 if n == 2 else 360.0 / max(n, 1)) * k + float(rng.uniform(-12, 12))
        )
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        y0 = h * float(rng.uniform(0.35, 0.5)) + base_y
        out_r = r * 2.6
        up = h * float(rng.uniform(0.25, 0.38))
        path = [
            d * 0.0 + [0, y0, 0],
            d * out_r * 0.8 + [0, y0 + 0.1 * r, 0],
            d * out_r + [0, y0 + r * 1.6, 0],
            d * out_r + [0, y0 + up, 0],
        ]
        ra = r * 0.62
        parts.append(
            part(
                f"arm_{k}",
                "cactus",
                sweep(
                    [[round(float(v), 4) for v in q] for q in path],
                    radii=[ra, ra, ra, ra * 0.2],
                    curve="smooth",
                    section=_star(1.0, 9),
                ),
                part="body",
            ).detail(0.8)
        )
        if p.flowers:
            parts.append(
                part(
                    f"flower_{k}",
                    "flower",
                    sphere(0.05 * r / 0.22 + 0.02, portion=0.6),
                    part="flowers",
                ).at(*[round(float(v), 4) for v in (d * out_r + [0, y0 + up - 0.01, 0])])
            )
    if p.flowers:
        parts.append(
            part("flower_top", "flower", sphere(0.3 * r, portion=0.6), part="flowers").at(
                0, base_y + h - 0.02, 0
            )
        )
    return program(*parts, collider="capsule")


def _ivy_leaf(s: float) -> dict:
    """An ivy leaf lying flat, pointing +Z: a pointed tip and two side lobes over a notched base
    (six points: a wall of ivy is a hundred of them)."""
    pts = [[0.0, 1.0], [-0.5, 0.5], [-0.38, 0.0], [0.0, 0.12], [0.38, 0.0], [0.5, 0.5]]
    return extrude([[round(x * s, 4), round(z * s, 4)] for x, z in pts], 0.003, axis="y")


def vine(p) -> dict:
    rng = p.rng
    w, h = 1.2, 2.0
    parts = []
    # Stems climbing the wall (the XY plane, leaves facing +Z), wandering from side to side.
    n = p.stems
    for k in range(n):
        x0 = (k - (n - 1) / 2) * w / n * 0.9
        ys = np.linspace(0.0, h, 7)
        pts = [
            [round(float(x0 + rng.uniform(-0.15, 0.15) * (i > 0)), 4), round(float(y), 4), 0.0]
            for i, y in enumerate(ys)
        ]
        parts.append(
            part(
                f"stem_{k}",
                "stem",
                sweep(pts, radii=np.linspace(0.012, 0.005, len(pts)).round(4), curve="smooth"),
                part="stems",
            ).detail(0.4)
        )
    # Leaves strewn over the wall in two layers (scattered on the ground plane, stood up).
    for layer, z in enumerate((0.015, 0.04)):
        parts.append(
            part(f"leaves_{layer}", "leaves", _ivy_leaf(0.13), part="leaves")
            .scatter(p.leaves // 2, [w, h * 0.97], area="rect", spacing=0.075, scale=[0.7, 1.3])
            .turned(x=90)
            .moved(0, h / 2, z)
            .detail(0.5)
        )
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="bush",
        category="nature",
        nouns=("bush", "shrub", "shrubbery", "berry bush", "thicket"),
        synsets=("shrub.n.01",),
        size=SizePrior((1.3, 0.95, 1.25), 0.25),
        materials={"leaves": M("foliage", "#3f6f2a"), "berries": M("organic", "#a3162a")},
        parts=(
            RecipePart("leaves", "leaves", ("leaves", "foliage", "branches")),
            RecipePart("berries", "berries", ("berries", "berry", "fruit", "flowers")),
        ),
        params=(
            Param(
                "berries",
                "bool",
                False,
                words={"berry": True, "berries": True, "fruiting": True},
                doc="Berries dotted over the leaves.",
            ),
        ),
        build=bush,
        round=True,
        collider="mesh_convex",
        description="A low clump of leafy balls (with berries).",
    ),
    Recipe(
        name="hedge",
        category="nature",
        nouns=("hedge", "hedgerow", "topiary"),
        synsets=("hedge.n.01",),
        size=SizePrior((2.4, 1.3, 0.8), 0.25),
        materials={"leaves": M("foliage", "#35632a")},
        parts=(RecipePart("leaves", "leaves", ("leaves", "foliage", "hedge")),),
        params=(
            Param(
                "shape",
                "choice",
                "trimmed",
                choices=("trimmed", "rounded"),
                words={
                    "trimmed": "trimmed",
                    "clipped": "trimmed",
                    "boxy": "trimmed",
                    "square": "trimmed",
                    "neat": "trimmed",
                    "rounded": "rounded",
                    "round": "rounded",
                    "wild": "rounded",
                    "overgrown": "rounded",
                },
                doc="A clipped block, or a row of leafy balls.",
            ),
        ),
        build=hedge,
        long_axis="x",
        collider="box",
        description="A 2.4 m run of clipped hedge (or a rounded hedgerow).",
    ),
    Recipe(
        name="grass",
        category="nature",
        nouns=("grass", "tuft of grass", "tuft", "grass tuft", "tussock", "reeds", "weeds"),
        synsets=("grass.n.01", "tuft.n.01"),
        size=SizePrior((0.42, 0.45, 0.42), 0.3),
        materials={"grass": M("foliage", "#5a8a30")},
        parts=(RecipePart("blades", "grass", ("blades", "blade", "grass", "leaves")),),
        params=(
            Param(
                "blades",
                "int",
                14,
                6,
                24,
                count_nouns=("blades", "blade"),
                words={"thick": 20, "dense": 24, "sparse": 8},
                doc="Blades round the tuft.",
            ),
        ),
        build=grass,
        round=True,
        collider="box",
        description="A tuft of grass blades fanning out.",
    ),
    Recipe(
        name="fern",
        category="nature",
        nouns=("fern", "bracken", "frond"),
        synsets=("fern.n.01", "bracken.n.01"),
        size=SizePrior((1.1, 0.5, 1.1), 0.3),
        materials={"leaves": M("foliage", "#4d7f2c"), "soil": M("soil")},
        parts=(
            RecipePart("fronds", "leaves", ("fronds", "frond", "leaves", "fiddleheads")),
            RecipePart("crown", "soil", ("crown", "base", "root")),
        ),
        params=(
            Param(
                "fronds",
                "int",
                9,
                4,
                14,
                count_nouns=("fronds", "frond", "leaves"),
                doc="Fronds arching round the crown.",
            ),
        ),
        build=fern,
        round=True,
        collider="mesh_convex",
        description="A fern: feathery fronds arching out of a crown, with fiddleheads.",
    ),
    Recipe(
        name="flower",
        category="nature",
        nouns=(
            "flower",
            "rose",
            "tulip",
            "daisy",
            "sunflower",
            "lily",
            "blossom",
            "bloom",
            "flowers",
            "bouquet",
        ),
        synsets=(
            "flower.n.01",
            "rose.n.01",
            "tulip.n.01",
            "daisy.n.01",
            "sunflower.n.01",
            "lily.n.01",
        ),
        size=SizePrior((0.2, 0.44, 0.13), 0.3),
        materials={
            "stem": M("foliage", "#3f7a2a"),
            "white_petals": M("organic", "#f2efe6"),
            "red_petals": M("organic", "#b3162a"),
            "yellow_petals": M("organic", "#f2c21b"),
            "pollen": M("organic", "#e8b317"),
            "seeds": M("organic", "#4a3018"),
        },
        parts=(
            RecipePart("stems", "stem", ("stem", "stems", "stalk")),
            RecipePart("leaves", "stem", ("leaves", "leaf")),
            RecipePart("daisy_petals", "white_petals", ("petals", "petal", "blossom")),
            RecipePart("lily_petals", "white_petals", ("petals", "petal", "blossom")),
            RecipePart("rose_petals", "red_petals", ("petals", "petal", "blossom", "bud")),
            RecipePart("tulip_petals", "red_petals", ("petals", "petal", "blossom", "cup")),
            RecipePart("sunflower_petals", "yellow_petals", ("petals", "petal", "blossom")),
            RecipePart("center", "pollen", ("center", "centre", "pollen", "stamens")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "daisy",
                choices=FLOWER_KINDS,
                words={k: k for k in FLOWER_KINDS}
                | {
                    "marguerite": "daisy",
                    "tulips": "tulip",
                    "roses": "rose",
                    "lilies": "lily",
                    "sunflowers": "sunflower",
                    "daisies": "daisy",
                },
                doc="Which flower: daisy, rose, tulip, sunflower (1.6 m), lily.",
            ),
            Param(
                "count",
                "int",
                1,
                1,
                7,
                count_nouns=(
                    "flowers",
                    "flower",
                    "blooms",
                    "stems",
                    "roses",
                    "tulips",
                    "daisies",
                    "lilies",
                    "sunflowers",
                ),
                words={"bunch": 5, "bouquet": 6, "clump": 5, "patch": 7, "cluster": 5},
                doc="One flower, or a clump of them.",
            ),
        ),
        build=flower,
        round=True,
        collider="box",
        description="A flower on a curved stem with two leaves: daisy, rose, tulip, sunflower or lily.",
    ),
    Recipe(
        name="cactus",
        category="nature",
        nouns=("cactus", "saguaro", "barrel cactus", "cacti", "succulent"),
        synsets=("cactus.n.01", "saguaro.n.01"),
        size=SizePrior((1.3, 2.45, 0.55), 0.35),
        materials={
            "cactus": M("organic", "#4f7a3a"),
            "flower": M("organic", "#e0508a"),
            "pot": M("ceramic", "#b0603a"),
            "soil": M("soil"),
        },
        parts=(
            RecipePart("body", "cactus", ("body", "trunk", "arms", "stem", "ribs")),
            RecipePart("flowers", "flower", ("flowers", "flower", "blossom", "bloom")),
            RecipePart("pot", "pot", ("pot", "planter")),
            RecipePart("soil", "soil", ("soil", "earth", "dirt")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "saguaro",
                choices=("saguaro", "barrel"),
                words={
                    "saguaro": "saguaro",
                    "desert": "saguaro",
                    "barrel": "barrel",
                    "round": "barrel",
                    "ball": "barrel",
                },
                doc="A tall ribbed column with arms, or a squat ribbed ball.",
            ),
            Param(
                "arms",
                "int",
                2,
                0,
                4,
                count_nouns=("arms", "arm", "branches"),
                words={"armless": 0},
                doc="Arms of a saguaro.",
            ),
            Param(
                "flowers",
                "bool",
                False,
                words={"flowering": True, "blooming": True, "flowers": True, "blossoming": True},
                doc="Flowers on the tips.",
            ),
            Param(
                "potted",
                "bool",
                False,
                words={"potted": True, "pot": True, "houseplant": True},
                doc="A small cactus in a clay pot.",
            ),
        ),
        build=cactus,
        collider="capsule",
        description="A ribbed saguaro with upturned arms (or a barrel cactus, or a potted one).",
    ),
    Recipe(
        name="vine",
        category="nature",
        nouns=("vine", "ivy", "creeper", "liana", "climbing plant", "creepers", "vines"),
        synsets=("vine.n.01", "ivy.n.01", "creeper.n.01", "liana.n.01"),
        size=SizePrior((1.3, 2.1, 0.06), 0.3),
        materials={"stem": M("bark", "#5a4632"), "leaves": M("foliage", "#2f5f26")},
        parts=(
            RecipePart("stems", "stem", ("stems", "stem", "tendrils", "vines")),
            RecipePart("leaves", "leaves", ("leaves", "leaf", "foliage")),
        ),
        params=(
            Param(
                "stems",
                "int",
                4,
                1,
                8,
                count_nouns=("stems", "vines", "tendrils"),
                doc="Climbing stems.",
            ),
            Param(
                "leaves",
                "int",
                90,
                20,
                110,
                count_nouns=("leaves",),
                words={"thick": 110, "dense": 110, "lush": 110, "sparse": 40},
                doc="Leaves over the patch.",
            ),
        ),
        build=vine,
        collider="box",
        description="A patch of ivy climbing a wall: wandering stems under overlapping five-lobed leaves.",
    ),
]
