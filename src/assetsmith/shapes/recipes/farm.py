"""Farm props: fence, hay bale, scarecrow, trough, pumpkin, beehive."""

from __future__ import annotations

import math

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
    shape,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .hafts import finer

M = MaterialRole


# -- fence ---------------------------------------------------------------------------------------


def fence(p) -> dict:
    """A two-metre section along X between two posts (three for a palisade's binding rails)."""
    width, h = 2.0, 1.0
    broken = p.condition == "broken"
    rng = p.rng
    if p.style == "palisade":  # sharpened logs side by side, bound by two rails behind
        n = 9
        pitch = width / n
        parts = []
        for k in range(n):
            if broken and k == 5:
                continue
            tall = 1.9 + 0.1 * float(rng.uniform(-1, 1)) - (0.6 if broken and k == 6 else 0.0)
            parts.append(
                part(
                    f"log_{k}",
                    "logs",
                    lathe([[0, 0], [0.1, 0], [0.1, tall - 0.25], [0.0, tall]], crease=20),
                    part="pickets",
                )
                .uv("cylindrical")
                .at(-width / 2 + pitch * (k + 0.5), 0, 0)
            )
        parts.append(
            part("rails", "wood", box([width, 0.1, 0.07], bevel=0.01))
            .array(p.rails, [0, 0.5, 0])
            .at(0, 0.45, -0.13)
        )
        return program(*parts, collider="box")
    post = 0.1
    leans = (
        [float(rng.uniform(-1.5, 1.5)) for _ in range(2)] if p.condition == "old" else [0.0, 0.0]
    )
    if broken:
        leans[1] = 9.0
    parts = [
        part(f"post_{k}", "wood", box([post, h, post], bevel=0.012), part="posts")
        .turned(z=leans[k])
        .at(sx * (width - post) / 2, 0, 0)
        for k, sx in enumerate((-1, 1))
    ]
    parts += [
        part(f"cap_{k}", "wood", cone(post * 0.74, 0.06, sides=4), part="posts")
        .turned(y=45, z=leans[k])
        .at(sx * (width - post) / 2 - math.sin(math.radians(leans[k])) * h, h - 0.002, 0)
        for k, sx in enumerate((-1, 1))
    ]
    n_rails = p.rails
    ys = [0.2 + (0.62 if n_rails > 1 else 0.0) * i / max(n_rails - 1, 1) for i in range(n_rails)]
    z_rail = post / 2 + 0.02
    for i, y in enumerate(ys):
        if broken and i == len(ys) - 1:  # the top rail snapped in the middle, one half hanging
            parts += [
                part(
                    f"rail_{i}a",
                    "wood",
                    box([width / 2 - 0.05, 0.09, 0.04], bevel=0.008),
                    part="rails",
                ).at(-width / 4, y, z_rail),
                part(
                    f"rail_{i}b",
                    "wood",
                    box([width / 2 - 0.1, 0.09, 0.04], bevel=0.008),
                    part="rails",
                )
                .rotate(z=-28)
                .at(0.12, y - 0.35, z_rail),
            ]
            continue
        parts.append(
            part(f"rail_{i}", "wood", box([width, 0.09, 0.04], bevel=0.008), part="rails").at(
                0, y - 0.045, z_rail
            )
        )
    if p.style == "picket":
        n = 13
        pitch = (width - 0.24) / (n - 1)
        z = z_rail + 0.03
        picket = extrude(
            [[-0.035, 0], [0.035, 0], [0.035, 0.8], [0, 0.87], [-0.035, 0.8]], 0.02, bevel=0.003
        )
        runs = [(0, n)] if not broken else [(0, 5), (6, 2), (9, 4)]
        for k, (first, count) in enumerate(runs):
            parts.append(
                part(f"pickets_{k}", "wood", picket, part="pickets")
                .array(
                    count, [pitch, 0, 0], jitter={"rotate": [0, 0, 1.2], "translate": [0, 0.01, 0]}
                )
                .at(-width / 2 + 0.12 + pitch * first, 0.03, z)
            )
        if broken:  # one picket fallen at the foot of the fence
            parts.append(
                part("fallen", "wood", picket, part="pickets")
                .rotate(x=-90, y=20)
                .at(0.2, 0.01, 0.3)
            )
    return program(*parts, collider="box")


# -- hay -----------------------------------------------------------------------------------------


def _bale(pid: str, x: float, y: float, z: float, turn: float) -> list:
    size = (0.9, 0.42, 0.48)
    out = [
        part(pid, "hay", box(list(size), bevel=0.05), part="hay")
        .uv("box")
        .rotate(y=turn)
        .at(x, y, z)
    ]
    band = sweep(
        [
            [0, 0, -size[2] / 2 - 0.003],
            [0, 0, size[2] / 2 + 0.003],
            [0, size[1] + 0.006, size[2] / 2 + 0.003],
            [0, size[1] + 0.006, -size[2] / 2 - 0.003],
        ],
        0.006,
        closed=True,
    )
    out.append(
        part(f"{pid}_twine", "twine", band, part="twine")
        .array(2, [0.4, 0, 0], center=True)
        .rotate(y=turn)
        .at(x, y - 0.003, z)
        .detail(0.5)
    )
    return out


def hay_bale(p) -> dict:
    if p.shape == "round":  # a round bale lying on its side
        r, w = 0.7, 1.2
        return program(
            part("hay", "hay", cylinder(r, w, bevel=0.08))
            .rotate(z=90)
            .at(w / 2, 0, 0)
            .uv("cylindrical"),
            part("twine", "twine", torus(r + 0.002, 0.006))
            .turned(z=90)
            .array(3, [0.35, 0, 0], center=True)
            .at(0, 0.0, 0)
            .detail(0.5),
            collider="box",
        )
    if p.shape == "stack":  # a haystack: a lumpy dome of loose hay round a pole
        return program(
            part(
                "hay",
                "hay",
                blob([3.0, 2.6, 3.0], lumps=0.08, lump_count=14, sharpness=3, flat_bottom=0.45),
            ).uv("spherical"),
            part("pole", "twine", cylinder(0.05, 0.8), part="twine").at(0, 2.3, 0),
            collider="mesh_convex",
        )
    rows = {1: [1], 2: [2], 3: [2, 1], 4: [3, 1], 5: [3, 2], 6: [3, 2, 1]}[p.count]
    rng = p.rng
    parts = []
    for level, n in enumerate(rows):
        for i in range(n):
            x = (i - (n - 1) / 2) * 0.5
            turn = float(rng.uniform(-4, 4))
            parts += _bale(
                f"bale_{level}_{i}", x, level * 0.42, 0.0, 90 + turn if p.count > 1 else turn
            )
    return program(*parts, collider="box")


# -- scarecrow -----------------------------------------------------------------------------------


def scarecrow(p) -> dict:
    shoulder = 1.45
    parts = [
        part("post", "wood", cylinder(0.04, 1.75, bevel=0.008)).uv("cylindrical"),
        part("crossbar", "wood", cylinder(0.03, 1.34, bevel=0.006), part="post")
        .rotate(z=90)
        .at(0.67, shoulder, 0),
        part(
            "shirt",
            "shirt",
            loft(
                section(0.82, "ellipse", size=[0.36, 0.24]),
                section(1.05, "ellipse", size=[0.34, 0.22]),
                section(1.4, "ellipse", size=[0.46, 0.26]),
                section(1.5, "ellipse", size=[0.4, 0.22]),
                section(1.55, "ellipse", size=[0.14, 0.12]),
                smooth=True,
            ),
        ).detail(1.2),
        part("sleeves", "shirt", cylinder(0.085, 0.5), part="shirt")
        .taper(0.8)
        .turned(z=-90)
        .moved(0.16, shoulder + 0.0, 0)
        .mirror("x"),
        part("cuffs", "straw", cone(0.07, 0.14, radius_top=0.02), part="straw")
        .turned(z=-90)
        .moved(0.64, shoulder, 0)
        .mirror("x"),
        part("tufts", "straw", cone(0.035, 0.15, radius_top=0.005), part="straw")
        .turned(x=180)
        .radial(7, radius=0.14, jitter={"rotate": [10, 0, 10], "scale": 0.25})
        .at(0, 0.86, 0),
        part("belt", "rope", torus(0.175, 0.014), part="belt").scale([1, 1, 0.68]).at(0, 0.95, 0),
        part("head", "sack", sphere(0.16)).scale([1, 1.08, 0.95]).at(0, 1.56, 0),
        part("neck", "rope", cylinder(0.075, 0.04), part="belt").at(0, 1.57, 0),
        part("eyes", "stitch", cylinder(0.022, 0.01), part="face")
        .rotate(x=90)
        .array(2, [0.1, 0, 0], center=True)
        .at(0, 1.77, 0.145),
        part("mouth", "stitch", box([0.12, 0.012, 0.01]), part="face")
        .bend(30, axis="x", toward="y")
        .at(0, 1.67, 0.148),
    ]
    if p.hat:
        parts += [
            part("brim", "straw", cylinder(0.27, 0.02, bevel=0.006), part="hat")
            .rotate(z=6)
            .at(0, 1.86, 0),
            part("crown", "straw", cone(0.14, 0.16, radius_top=0.11), part="hat")
            .rotate(z=6)
            .at(0, 1.87, 0),
            part("hatband", "shirt", cylinder(0.135, 0.035), part="shirt")
            .rotate(z=6)
            .at(0, 1.885, 0),
        ]
    return program(*finer(parts, 1.2), collider="box")


# -- trough --------------------------------------------------------------------------------------


def trough(p) -> dict:
    if p.kind == "carved":  # a stone block with the basin cut into it
        L, h, d = 1.4, 0.5, 0.6
        parts = [
            part("basin", "stone", box([L, h, d], bevel=0.03))
            .cut(shape(box([L - 0.2, h, d - 0.2], bevel=0.04)).at(0, 0.1, 0))
            .uv("box")
        ]
        if p.water:
            parts.append(part("water", "water", box([L - 0.21, 0.01, d - 0.21])).at(0, h - 0.1, 0))
        return program(*parts, collider="box")
    L, h, d = 1.6, 0.42, 0.55
    leg_h = 0.22
    t = 0.04
    parts = [
        part("bottom", "wood", box([L, t, d - 0.1], bevel=0.005), part="boards").at(0, leg_h, 0),
        part("sides", "wood", box([L, h, t], bevel=0.006), part="boards")
        .turned(x=10)
        .moved(0, 0, (d - 0.1) / 2)
        .mirror("z")
        .at(0, leg_h, 0),
        part(
            "ends",
            "wood",
            extrude(
                [[-(d - 0.1) / 2, 0], [(d - 0.1) / 2, 0], [d / 2 + 0.02, h], [-d / 2 - 0.02, h]],
                t,
                axis="x",
            ),
            part="boards",
        )
        .array(2, [L - t, 0, 0], center=True)
        .at(0, leg_h, 0),
        part("legs", "legs", box([0.08, leg_h + 0.1, d + 0.12], bevel=0.01)).array(
            2, [L - 0.35, 0, 0], center=True
        ),
        part("bands", "iron", box([0.05, 0.03, d + 0.09]))
        .array(2, [L - 0.35, 0, 0], center=True)
        .at(0, leg_h + h - 0.03, 0),
    ]
    if p.water:
        parts.append(
            part("water", "water", box([L - 2 * t - 0.01, 0.01, d - 0.05])).at(
                0, leg_h + h - 0.1, 0
            )
        )
    return program(*finer(parts, 1.2), collider="box")


# -- pumpkin -------------------------------------------------------------------------------------


def _lobed(r: float, lobes: int, depth: float, n: int) -> list[list[float]]:
    """A closed outline [x, z] of radius r with `lobes` rounded ribs (creases `depth` deep)."""
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        k = 1.0 - depth * (1.0 - abs(math.cos(lobes * a / 2))) ** 1.5
        out.append([round(r * k * math.cos(a), 5), round(r * k * math.sin(a), 5)])
    return out


def _pumpkin_body(R: float, H: float, lobes: int) -> dict:
    stations = [
        (0.0, 0.3),
        (0.07, 0.72),
        (0.25, 0.96),
        (0.5, 1.0),
        (0.75, 0.9),
        (0.93, 0.55),
        (1.0, 0.2),
    ]
    return loft(
        *[
            section(f * H, "outline", points=_lobed(R * k, lobes, 0.09, 8 * lobes))
            for f, k in stations
        ],
        smooth=True,
    )


def pumpkin(p) -> dict:
    R, H = 0.22, 0.3
    body = part("rind", "rind", _pumpkin_body(R, H, p.lobes)).uv("spherical").detail(1.5)
    parts = []
    if (
        p.carved
    ):  # a jack-o'-lantern: hollowed, a face cut through the front, a candle glowing inside
        eye = extrude([[-0.035, 0], [0.035, 0], [0, 0.05]], 0.2, axis="z")
        mouth = extrude(
            [
                [-0.1, 0.03],
                [-0.05, 0.0],
                [0.0, 0.025],
                [0.05, 0.0],
                [0.1, 0.03],
                [0.06, -0.03],
                [0.02, -0.01],
                [-0.02, -0.035],
                [-0.06, -0.01],
            ],
            0.2,
        )
        body = body.cut(
            shape(_pumpkin_body(R * 0.86, H * 0.8, p.lobes)).at(0, H * 0.1, 0),
            shape(eye).at(-0.065, H * 0.55, R),
            shape(eye).at(0.065, H * 0.55, R),
            shape(extrude([[-0.02, 0], [0.02, 0], [0, 0.035]], 0.2)).at(0, H * 0.42, R),
            shape(mouth).at(0, H * 0.28, R),
        )
        parts.append(part("glow", "glow", sphere(0.15)).scale([1, 0.75, 1]).at(0, H * 0.15, 0))
    parts += [
        body,
        part(
            "stem",
            "stem",
            sweep(
                [[0, H - 0.02, 0], [0.005, H + 0.04, 0], [0.03, H + 0.075, 0.01]],
                radii=[0.024, 0.017, 0.013],
                curve="smooth",
            ),
        ).detail(1.5),
        part(
            "leaf",
            "leaf",
            extrude(
                [
                    [0, 0],
                    [0.05, 0.03],
                    [0.09, 0.02],
                    [0.11, 0.06],
                    [0.08, 0.1],
                    [0.03, 0.09],
                    [0, 0.05],
                ],
                0.004,
                smooth=True,
                axis="y",
            ),
        )
        .turned(z=-12)
        .at(0.01, H - 0.01, 0.01),
        part(
            "vine",
            "stem",
            sweep(
                [
                    [-0.01, H - 0.005, 0],
                    [-0.06, H + 0.01, -0.03],
                    [-0.09, H - 0.01, 0.02],
                    [-0.12, H - 0.04, -0.01],
                ],
                0.004,
                curve="smooth",
            ),
            part="stem",
        ),
    ]
    return program(*parts, collider="mesh_convex")


# -- beehive -------------------------------------------------------------------------------------


def beehive(p) -> dict:
    parts = []
    base = 0.0
    if p.stand:
        parts += [
            part("stand_top", "wood", cylinder(0.3, 0.04, bevel=0.008), part="stand").at(
                0, 0.36, 0
            ),
            part("legs", "wood", cylinder(0.025, 0.38, bevel=0.004), part="stand")
            .turned(z=8)
            .moved(0.2, 0, 0)
            .radial(3, face_out=True),
        ]
        base = 0.4
    if p.kind == "box":  # stacked wooden hive boxes under a lid
        return program(
            *parts,
            part("boxes", "painted", box([0.5, 0.24, 0.42], bevel=0.005))
            .uv("box")
            .array(3, [0, 0.245, 0])
            .at(0, base + 0.03, 0),
            part("floor", "wood", box([0.52, 0.04, 0.5], bevel=0.005), part="stand").at(
                0, base, 0.03
            ),
            part("landing", "wood", box([0.3, 0.015, 0.1]), part="stand").at(0, base + 0.02, 0.29),
            part("lid", "roof", box([0.56, 0.06, 0.48], bevel=0.006)).at(0, base + 0.76, 0),
            part("entrance", "hollow", box([0.22, 0.02, 0.01])).at(0, base + 0.045, 0.211),
            collider="box",
        )
    r, h = 0.23, 0.46
    prof = [[0.0, 0.0], [r, 0.0]]
    coils = 9
    for i in range(coils + 1):  # straw coils: a ridge every band, the dome closing at the top
        t = i / coils
        a = t * math.pi / 2
        rr = r * math.cos(a) ** 0.8
        prof.append(
            [
                round(rr + (0.02 if i % 2 else 0.0), 5),
                round(h * math.sin(a) ** 0.9 * 0.98 + 0.005, 5),
            ]
        )
    prof.append([0.0, h])
    parts += [
        part("skep", "straw", lathe(prof, smooth=True))
        .uv("cylindrical")
        .detail(1.3)
        .cut(
            shape(extrude([[-0.04, 0], [0.04, 0], [0.04, 0.04], [0, 0.06], [-0.04, 0.04]], 0.1)).at(
                0, -0.01, r
            )
        )
        .at(0, base, 0),
        part("entrance", "hollow", cylinder(0.06, 0.05)).at(0, base, r - 0.07),
        part("bands", "rope", torus(r * 0.86, 0.01))
        .array(2, [0, 0.13, 0])
        .at(0, base + 0.08, 0)
        .scale(1.0),
    ]
    return program(*finer(parts, 1.2), collider="box")


RECIPES = [
    Recipe(
        name="fence",
        category="farm",
        nouns=(
            "fence",
            "picket fence",
            "railing",
            "palisade",
            "stockade",
            "paling",
            "rail fence",
            "fencing",
        ),
        synsets=(
            "fence.n.01",
            "railing.n.01",
            "picket_fence.n.01",
            "palisade.n.01",
            "stockade.n.01",
        ),
        size=SizePrior((2.0, 1.06, 0.15), 0.25),
        materials={"wood": M("wood_planks", "#9a7048"), "logs": M("bark", "#6b5036")},
        parts=(
            RecipePart("posts", "wood", ("posts", "post")),
            RecipePart("rails", "wood", ("rails", "rail", "boards", "planks")),
            RecipePart(
                "pickets", "wood", ("pickets", "picket", "palings", "stakes", "logs", "slats")
            ),
        ),
        params=(
            Param(
                "style",
                "choice",
                "picket",
                choices=("picket", "rail", "palisade"),
                words={
                    "picket": "picket",
                    "picket-fence": "picket",
                    "paling": "picket",
                    "rail": "rail",
                    "split-rail": "rail",
                    "ranch": "rail",
                    "post-and-rail": "rail",
                    "palisade": "palisade",
                    "stockade": "palisade",
                    "log": "palisade",
                },
                doc="Pointed pickets on rails, bare rails between posts, or sharpened logs.",
            ),
            Param(
                "rails",
                "int",
                2,
                1,
                4,
                count_nouns=("rails", "rail", "bars"),
                doc="Horizontal rails (binding rails behind a palisade).",
            ),
        ),
        build=fence,
        long_axis="x",
        collider="box",
        description="A two-metre section of picket fence between square posts (broken: a snapped rail, "
        "missing pickets, a leaning post).",
    ),
    Recipe(
        name="hay_bale",
        category="farm",
        nouns=(
            "hay bale",
            "hay_bale",
            "bale",
            "haystack",
            "hayrick",
            "straw bale",
            "hay",
            "round bale",
        ),
        synsets=("hay_bale.n.01", "bale.n.01", "haystack.n.01"),
        size=SizePrior((0.91, 0.43, 0.49), 0.2),
        materials={"hay": M("straw", "#c8a656"), "twine": M("rope", "#a88c60")},
        parts=(
            RecipePart("hay", "hay", ("hay", "straw", "bale", "bales")),
            RecipePart("twine", "twine", ("twine", "string", "cord", "bands", "pole")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "square",
                choices=("square", "round", "stack"),
                words={
                    "square": "square",
                    "rectangular": "square",
                    "round": "round",
                    "rolled": "round",
                    "haystack": "stack",
                    "hayrick": "stack",
                    "stack": "stack",
                    "rick": "stack",
                },
                doc="A square bale, a big round bale, or a haystack.",
            ),
            Param(
                "count",
                "int",
                1,
                1,
                6,
                count_nouns=("bales", "bale"),
                words={"pile": 3, "stack": 6},
                doc="Square bales, stacked in a pyramid.",
            ),
        ),
        build=hay_bale,
        long_axis="x",
        collider="box",
        description="A square bale of hay tied with two strands of twine.",
    ),
    Recipe(
        name="scarecrow",
        category="farm",
        nouns=("scarecrow", "straw man", "strawman", "bird-scarer", "scarer"),
        synsets=("scarecrow.n.01",),
        size=SizePrior((1.4, 1.98, 0.54), 0.25),
        materials={
            "wood": M("wood_planks", "#7a5534"),
            "shirt": M("fabric", "#8a3b2a"),
            "straw": M("straw"),
            "sack": M("fabric", "#b89c6e"),
            "rope": M("rope"),
            "stitch": M("fabric", "#2b2622"),
        },
        parts=(
            RecipePart("post", "wood", ("post", "pole", "stake", "crossbar", "cross")),
            RecipePart(
                "shirt", "shirt", ("shirt", "coat", "clothes", "jacket", "sleeves", "tunic")
            ),
            RecipePart("straw", "straw", ("straw", "stuffing", "tufts")),
            RecipePart("belt", "rope", ("belt", "rope", "twine")),
            RecipePart("head", "sack", ("head", "sack", "face", "burlap")),
            RecipePart("face", "stitch", ("eyes", "mouth", "buttons", "stitches")),
            RecipePart("hat", "straw", ("hat", "straw hat", "brim")),
        ),
        params=(
            Param(
                "hat",
                "bool",
                True,
                words={"hat": True, "hatless": False, "bareheaded": False},
                doc="A wide-brimmed straw hat.",
            ),
        ),
        build=scarecrow,
        collider="box",
        description="A scarecrow on a wooden cross: a sack head, a stuffed shirt with straw at the cuffs, "
        "a straw hat.",
    ),
    Recipe(
        name="trough",
        category="farm",
        nouns=("trough", "manger", "water trough", "feeding trough", "horse trough", "feed trough"),
        synsets=("trough.n.04", "trough.n.05", "manger.n.01"),
        size=SizePrior((1.6, 0.66, 0.67), 0.25),
        materials={
            "wood": M("wood_planks", "#8a6038"),
            "legs": M("wood_planks", "#5f3d22"),
            "iron": M("iron"),
            "stone": M("rough_stone", "#8d8a84"),
            "water": M("crystal", "#3f7f9e"),
        },
        parts=(
            RecipePart("boards", "wood", ("trough", "boards", "sides", "planks", "body")),
            RecipePart("basin", "stone", ("trough", "basin", "body", "block")),
            RecipePart("legs", "legs", ("legs", "stand", "trestles", "feet")),
            RecipePart("bands", "iron", ("bands", "straps")),
            RecipePart("water", "water", ("water",)),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "planks",
                choices=("planks", "carved"),
                words={
                    "wooden": "planks",
                    "wood": "planks",
                    "plank": "planks",
                    "stone": "carved",
                    "carved": "carved",
                    "granite": "carved",
                    "concrete": "carved",
                },
                doc="A planked trough on trestle legs, or a basin carved from a block.",
            ),
            Param(
                "water",
                "bool",
                True,
                words={"water": True, "full": True, "empty": False, "dry": False},
                doc="Water in it.",
            ),
        ),
        build=trough,
        long_axis="x",
        collider="box",
        description="A planked wooden water trough on two trestles, half full.",
    ),
    Recipe(
        name="pumpkin",
        category="farm",
        nouns=("pumpkin", "gourd", "squash", "jack-o'-lantern", "jack-o-lantern", "jack o lantern"),
        synsets=(
            "pumpkin.n.02",
            "pumpkin.n.01",
            "gourd.n.02",
            "squash.n.02",
            "jack-o'-lantern.n.02",
        ),
        size=SizePrior((0.46, 0.38, 0.44), 0.2),
        materials={
            "rind": M("organic", "#d9731f"),
            "stem": M("bark", "#5c5a2e"),
            "leaf": M("foliage", "#4f7a2f"),
            "glow": M("crystal", "#ffb347", emissive="#ff9a2e", emissive_strength=6.0),
        },
        parts=(
            RecipePart("rind", "rind", ("rind", "skin", "body", "pumpkin", "shell")),
            RecipePart("stem", "stem", ("stem", "stalk", "vine")),
            RecipePart("leaf", "leaf", ("leaf", "leaves")),
            RecipePart("glow", "glow", ("candle", "light", "glow", "flame")),
        ),
        params=(
            Param(
                "carved",
                "bool",
                False,
                words={
                    "carved": True,
                    "jack-o'-lantern": True,
                    "jack-o-lantern": True,
                    "halloween": True,
                    "glowing": True,
                },
                doc="Hollowed with a face cut through, a light inside (a jack-o'-lantern).",
            ),
            Param(
                "lobes",
                "int",
                10,
                6,
                16,
                count_nouns=("ribs", "lobes", "segments"),
                doc="Ribs round the pumpkin.",
            ),
        ),
        build=pumpkin,
        round=True,
        collider="mesh_convex",
        description="A ribbed orange pumpkin with a curled stem and a leaf.",
    ),
    Recipe(
        name="beehive",
        category="farm",
        nouns=("beehive", "hive", "skep", "bee skep", "apiary", "bee box"),
        synsets=("beehive.n.04", "skep.n.01", "apiary.n.01"),
        size=SizePrior((0.6, 0.88, 0.57), 0.25),
        materials={
            "straw": M("straw", "#c09a52"),
            "wood": M("wood_planks", "#7a5534"),
            "rope": M("rope"),
            "hollow": M("ceramic", "#1e1a16"),
            "painted": M("painted_wood", "#e8e0c8"),
            "roof": M("metal_panels", "#8a9096"),
        },
        parts=(
            RecipePart("skep", "straw", ("skep", "hive", "dome", "straw", "body")),
            RecipePart("boxes", "painted", ("boxes", "hive", "supers", "body")),
            RecipePart("lid", "roof", ("lid", "roof", "cover")),
            RecipePart("stand", "wood", ("stand", "stool", "legs", "base", "floor")),
            RecipePart("bands", "rope", ("bands", "coils")),
            RecipePart("entrance", "hollow", ("entrance", "hole", "door")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "skep",
                choices=("skep", "box"),
                words={
                    "skep": "skep",
                    "straw": "skep",
                    "woven": "skep",
                    "box": "box",
                    "wooden": "box",
                    "langstroth": "box",
                    "modern": "box",
                },
                doc="A domed straw skep, or stacked wooden hive boxes.",
            ),
            Param(
                "stand",
                "bool",
                True,
                words={"stand": True, "stool": True, "ground": False},
                doc="On a three-legged stand.",
            ),
        ),
        build=beehive,
        round=True,
        collider="box",
        description="A coiled straw bee skep with an entrance at the foot, on a wooden stand.",
    ),
]
