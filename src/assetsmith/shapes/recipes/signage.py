"""Signage: a signpost, a hanging sign, a notice board, a banner, a flag, a traffic cone."""

from __future__ import annotations

import math

from ..dsl import (
    boards,
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
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _arrow(length: float, height: float) -> list[list[float]]:
    """An arrow board pointing +X, its square end at x = 0."""
    tip = 0.16
    return [[0, 0], [length - tip, 0], [length, height / 2], [length - tip, height], [0, height]]


def signpost(p) -> dict:
    metal = p.style == "metal"
    h = 2.5
    post = cylinder(0.035, h, bevel=0.004) if metal else box([0.1, h, 0.1], bevel=0.012)
    parts = [part("post", "post", post)]
    parts.append(
        part(
            "cap",
            "post",
            cone(0.05, 0.04, radius_top=0.03) if metal else cone(0.085, 0.09, sides=4),
            part="post",
        )
        .rotate(y=0 if metal else 45)
        .on("post", "top", gap=-0.002)
    )
    for k in range(p.signs):
        flip = k % 2 == 1
        # Boards point a little off square, each its own way (seeded), as fingerposts do.
        turn = (12.0 if k % 2 == 0 else -10.0) + float(p.rng.uniform(-4, 4))
        angle = (turn if not metal else 0.0) + (180 if flip else 0)
        board = extrude(_arrow(0.78, 0.18), 0.025, crease=20, bevel=0.005)
        parts.append(
            part(f"sign_{k}", "board", board, part="signs")
            .rotate(y=angle)
            .on("post", "top", gap=-(0.12 + 0.24 * k), offset=[0.39 * (-1 if flip else 1), 0, 0.0])
            .uv("box")
        )
    if not metal:
        parts.append(part("foot", "post", box([0.3, 0.08, 0.3], bevel=0.015), part="post"))
        parts[0] = parts[0].on("foot", "top", gap=-0.01)
    return program(*parts, collider="box")


def _rounded(w: float, h: float, r: float, n: int = 4) -> list[list[float]]:
    """A rounded rectangle [x, y] centred on the origin (n points per corner)."""
    out = []
    for cx, cy, a0 in (
        (w / 2 - r, -h / 2 + r, -90),
        (w / 2 - r, h / 2 - r, 0),
        (-w / 2 + r, h / 2 - r, 90),
        (-w / 2 + r, -h / 2 + r, 180),
    ):
        for i in range(n + 1):
            a = math.radians(a0 + 90 * i / n)
            out.append([round(cx + r * math.cos(a), 5), round(cy + r * math.sin(a), 5)])
    return out


def _shield(w: float, h: float) -> list[list[float]]:
    """A heraldic shield outline [x, y] (flat top, round sides to a point), top at y = 0."""
    pts = [[-w / 2, 0.0], [w / 2, 0.0]]
    for i in range(1, 9):
        t = i / 9
        pts.append(
            [round(w / 2 * math.cos(t * math.pi / 2) ** 0.8, 5), round(-h * 0.45 - h * 0.55 * t, 5)]
        )
    pts.append([0.0, -h])
    for x, y in reversed(pts[2:-1]):
        pts.append([-x, y])
    return pts


def sign(p) -> dict:
    bw, bh = 0.8, 0.55
    board = (
        part("board", "board", extrude(_rounded(bw, bh, 0.06), 0.04, bevel=0.008))
        .uv("box")
        .add(
            shape(extrude(_rounded(bw - 0.1, bh - 0.1, 0.04), 0.012)).at(0, 0, 0.02),
            shape(extrude(_rounded(bw - 0.1, bh - 0.1, 0.04), 0.012)).at(0, 0, -0.02),
        )
    )
    emblem = part("emblem", "emblem", cylinder(0.13, 0.016, bevel=0.004)).rotate(x=90)
    if p.style == "placard":  # a board on a stake
        parts = [
            part("post", "wood", box([0.07, 1.2, 0.07], bevel=0.008)).uv("box"),
            board.on("post", "top", gap=-0.5, z=-1, offset=[0, 0, -0.02]),
            emblem.on("board", "front", gap=-0.004),
        ]
        return program(*parts, collider="box")
    wall = p.style == "wall"
    arm_len = 1.05
    parts = []
    if wall:  # a plate on the wall, the bracket reaching out from it (+X is out from the wall)
        parts.append(part("post", "wood", box([0.06, 0.5, 0.2], bevel=0.01)).uv("box"))
        top_y = 0.45
    else:
        parts += [
            part("foot", "wood", box([0.4, 0.1, 0.4], bevel=0.015), part="post").uv("box"),
            part("post", "wood", box([0.12, 2.5, 0.12], bevel=0.012)).at(0, 0.08, 0).uv("box"),
        ]
        top_y = 2.4
    x0 = 0.03 if wall else 0.06
    parts += [
        # The bracket: a bar out from the post with a scrolled brace under it, rings at its end.
        part("bracket", "iron", box([arm_len, 0.035, 0.035], bevel=0.006)).at(
            x0 + arm_len / 2, top_y, 0
        ),
        part("brace", "iron", torus(0.3, 0.012, arc=90), part="bracket")
        .turned(x=90, y=0, z=0)
        .turned(z=-45)
        .moved(
            x0 + 0.3 * math.cos(math.radians(45)) - 0.0,
            top_y - 0.3 + 0.3 * math.sin(math.radians(45)) - 0.21,
            0,
        ),
        part("rings", "iron", torus(0.03, 0.006), part="bracket")
        .turned(x=90)
        .array(2, [bw - 0.14, 0, 0], center=True)
        .at(x0 + arm_len - bw / 2 - 0.08, top_y - 0.055, 0),
        board.at(x0 + arm_len - bw / 2 - 0.08, top_y - 0.09 - bh / 2, 0),
        emblem.at(x0 + arm_len - bw / 2 - 0.08, top_y - 0.09 - bh / 2 - 0.13, 0.03),
    ]
    return program(*parts, collider="box")


def notice_board(p) -> dict:
    w, h, y0 = 1.5, 1.0, 0.85
    parts = [
        part("posts", "wood", box([0.1, y0 + h + 0.35, 0.1], bevel=0.012))
        .array(2, [w + 0.1, 0, 0], center=True)
        .uv("box"),
        part("board", "wood", boards([w, h, 0.04], 6, run="x", thickness_axis="z", gap=0.004))
        .at(0, y0, 0)
        .uv("box"),
        part("frame", "dark_wood", box([w + 0.1, 0.08, 0.07], bevel=0.01))
        .array(2, [0, h + 0.04, 0], center=False)
        .at(0, y0 - 0.06, 0)
        .uv("box"),
    ]
    if p.roof:  # a little pitched roof over the board
        parts.append(
            part(
                "roof",
                "roof",
                extrude([[-(w + 0.4) / 2, 0], [(w + 0.4) / 2, 0], [0, 0.28]], 0.5, bevel=0.01),
            )
            .at(0, y0 + h + 0.32, 0)
            .uv("box")
        )
    rng = p.rng
    cols = max(1, min(4, p.posters))
    for k in range(p.posters):
        pw, ph = (float(v) for v in rng.uniform([0.2, 0.24], [0.3, 0.36]))
        row, col = divmod(k, cols)
        x = -w / 2 + 0.2 + (w - 0.4) * (col + 0.5) / cols + float(rng.uniform(-0.05, 0.05))
        y = y0 + h - 0.24 - row * 0.42 + float(rng.uniform(-0.04, 0.04))
        parts.append(
            part(f"poster_{k}", "paper", box([pw, ph, 0.004]), part="posters")
            .detail(0.3)
            .rotate(z=float(rng.uniform(-7, 7)))
            .at(x, y - ph / 2, 0.022)
        )
    return program(*parts, collider="box")


def banner(p) -> dict:
    pennant = p.shape == "pennant"
    pole_h = 2.7
    parts = []
    if p.stand:
        parts += [
            part("feet", "wood", box([0.7, 0.07, 0.08], bevel=0.01), part="pole")
            .turned(y=45)
            .radial(2, span=90)
            .uv("box"),
            part("pole", "wood", cylinder(0.03, pole_h)).at(0, 0.05, 0),
            part(
                "finial",
                "brass",
                lathe([[0, 0], [0.04, 0.02], [0.045, 0.06], [0.015, 0.1], [0, 0.16]], smooth=True),
            ).at(0, pole_h + 0.05, 0),
        ]
    top = pole_h - 0.1 if p.stand else 1.6
    if pennant:  # a long triangle flying from the pole's top
        tri = [[0.0, 0.0], [1.1, -0.19], [0.0, -0.38]]
        parts.append(
            part("cloth", "cloth", extrude(tri, 0.01))
            .bend(14, axis="x", toward="z")
            .at(0.03, top, 0)
        )
        return program(*parts, collider="box")
    w, length = 0.75, 1.45
    if p.shape == "swallowtail":
        bottom = [[w / 2, -length], [0, -length + 0.28], [-w / 2, -length]]
    elif p.shape == "square":
        bottom = [[w / 2, -length + 0.1], [-w / 2, -length + 0.1]]
    else:
        bottom = [[w / 2, -length + 0.25], [0, -length], [-w / 2, -length + 0.25]]
    outline = [[-w / 2, 0.0], [w / 2, 0.0], *bottom]
    parts += [
        part("crossbar", "wood", cylinder(0.022, w + 0.2))
        .rotate(z=90)
        .at((w + 0.2) / 2, top, 0.06),
        part("bar_ends", "brass", sphere(0.035), part="finial")
        .array(2, [w + 0.24, 0, 0], center=True)
        .at(0, top - 0.035, 0.06),
        part("cloth", "cloth", extrude(outline, 0.012)).at(0, top - 0.02, 0.06),
        part("emblem", "emblem", extrude(_shield(0.36, 0.44), 0.008, bevel=0.002)).at(
            0, top - 0.3, 0.075
        ),
        part("trim", "emblem", box([w, 0.05, 0.016]), part="emblem").at(0, top - 0.11, 0.062),
    ]
    if not p.stand:  # cords up to a wall hook
        parts += [
            part("cords", "cord", cylinder(0.005, 0.45), part="cords")
            .turned(z=40)
            .mirror("x")
            .at(0, top + 0.02, 0.06)
        ]
    return program(*parts, collider="box")


def flag(p) -> dict:
    pole_h = 3.2
    fw, fh = 1.3, 0.85
    tattered = p.tattered or p.condition == "broken"
    # The cloth waves: sections along X (thin upright strips) weaving in Z.
    n = 9
    secs = []
    for i in range(n):
        x = fw * i / (n - 1)
        z = 0.07 * math.sin(2.4 * math.pi * i / (n - 1)) * (0.3 + 0.7 * i / (n - 1))
        secs.append(section(round(x, 5), "rect", size=[0.012, fh], offset=[round(z, 5), 0.0]))
    cloth = part("cloth", "cloth", loft(*secs, axis="x", smooth=True)).detail(1.5)
    if tattered:  # ragged notches torn into the fly end
        cloth = cloth.cut(
            *(
                shape(extrude([[0, 0], [0.5, 0.15], [0.5, -0.15]], 0.4)).at(
                    fw - 0.36 + 0.08 * j, y, 0
                )
                for j, y in enumerate((-0.27, 0.03, 0.3))
            )
        )
    parts = [
        part("base", "stone", cylinder(0.22, 0.14, bevel=0.02), part="base"),
        part("pole", "pole", cylinder(0.035, pole_h)).taper(0.7).at(0, 0.1, 0),
        part("finial", "brass", sphere(0.055)).at(0, pole_h + 0.08, 0),
        cloth.at(0.03, pole_h - fh / 2 - 0.05, 0),
        part("rings", "brass", torus(0.04, 0.007), part="finial")
        .array(2, [0, fh - 0.1, 0])
        .at(0, pole_h - fh - 0.0, 0),
    ]
    return program(*parts, collider="box")


def traffic_cone(p) -> dict:
    h = 0.7
    cone_prof = [[0, 0], [0.15, 0], [0.135, 0.06], [0.03, h - 0.01], [0, h]]
    return program(
        part("base", "plastic", box([0.38, 0.035, 0.38], bevel=0.012)).uv("box"),
        part("cone", "plastic", lathe(cone_prof, crease=20)).at(0, 0.03, 0),
        # Reflective bands round the cone (frusta just proud of its surface).
        part("stripes", "stripe", cone(0.1095, 0.11, radius_top=0.0912)).at(0, 0.26, 0),
        part("stripes_top", "stripe", cone(0.0775, 0.08, radius_top=0.0642), part="stripes").at(
            0, 0.45, 0
        ),
        collider="capsule",
    )


RECIPES = [
    Recipe(
        name="signpost",
        category="signage",
        nouns=(
            "signpost",
            "sign post",
            "guidepost",
            "fingerpost",
            "direction sign",
            "milestone",
            "waymarker",
            "crossroads sign",
        ),
        synsets=("signpost.n.01",),
        size=SizePrior((1.5, 2.6, 0.26), 0.35),
        materials={"post": M("wood_planks", "#6b4a2e"), "board": M("painted_wood", "#c9b27a")},
        parts=(
            RecipePart("post", "post", ("post", "pole", "stake")),
            RecipePart("signs", "board", ("sign", "signs", "arrow", "arrows", "boards", "board")),
        ),
        params=(
            Param(
                "signs",
                "int",
                2,
                1,
                4,
                count_nouns=("signs", "arrows", "boards", "directions"),
                doc="Arrow boards, pointing alternately left and right.",
            ),
            Param(
                "style",
                "choice",
                "wooden",
                choices=("wooden", "metal"),
                words={
                    "wooden": "wooden",
                    "wood": "wooden",
                    "rustic": "wooden",
                    "metal": "metal",
                    "iron": "metal",
                    "steel": "metal",
                    "street": "metal",
                    "city": "metal",
                },
                doc="A wooden fingerpost or a metal pole with flat plates.",
            ),
        ),
        build=signpost,
        collider="box",
        description="A signpost with arrow-shaped direction boards.",
    ),
    Recipe(
        name="sign",
        category="signage",
        nouns=(
            "sign",
            "signboard",
            "shop sign",
            "tavern sign",
            "inn sign",
            "hanging sign",
            "placard",
            "shingle",
            "plaque",
        ),
        synsets=("signboard.n.01",),
        size=SizePrior((1.2, 2.5, 0.4), 0.3),
        materials={
            "wood": M("wood_planks", "#5e4029"),
            "board": M("painted_wood", "#2f4f3a"),
            "iron": M("iron", "#3a3c3e"),
            "emblem": M("brass", "#c9a24a"),
        },
        parts=(
            RecipePart("post", "wood", ("post", "pole", "stake", "foot")),
            RecipePart("bracket", "iron", ("bracket", "arm", "rings", "chains")),
            RecipePart("board", "board", ("board", "sign", "panel", "signboard", "placard")),
            RecipePart("emblem", "emblem", ("emblem", "symbol", "picture", "logo", "lettering")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "hanging",
                choices=("hanging", "wall", "placard"),
                words={
                    "hanging": "hanging",
                    "tavern": "hanging",
                    "inn": "hanging",
                    "bracket": "wall",
                    "wall": "wall",
                    "wall-mounted": "wall",
                    "placard": "placard",
                    "stake": "placard",
                    "standing": "placard",
                },
                doc="A board hanging from a bracket on a post or on a wall, or a board on a stake.",
            ),
        ),
        build=sign,
        collider="box",
        description="A painted signboard with an emblem, hanging on rings from an iron bracket on a post.",
    ),
    Recipe(
        name="notice_board",
        category="signage",
        nouns=(
            "notice board",
            "noticeboard",
            "bulletin board",
            "job board",
            "quest board",
            "message board",
        ),
        synsets=("bulletin_board.n.02",),
        size=SizePrior((1.7, 2.5, 0.5), 0.25),
        materials={
            "wood": M("wood_planks", "#7a5634"),
            "dark_wood": M("wood_planks", "#4e3320"),
            "roof": M("wood_planks", "#5a3b22"),
            "paper": M("paper", "#e6dcc4"),
        },
        parts=(
            RecipePart("posts", "wood", ("posts", "legs")),
            RecipePart("board", "wood", ("board", "boards", "planks", "panel")),
            RecipePart("frame", "dark_wood", ("frame", "rails", "edging")),
            RecipePart("roof", "roof", ("roof", "canopy")),
            RecipePart(
                "posters",
                "paper",
                (
                    "posters",
                    "notices",
                    "papers",
                    "bills",
                    "flyers",
                    "bounties",
                    "quests",
                    "letters",
                ),
            ),
        ),
        params=(
            Param(
                "posters",
                "int",
                5,
                0,
                8,
                count_nouns=("posters", "notices", "papers", "bills"),
                words={"empty": 0, "blank": 0},
                doc="Papers pinned to the board.",
            ),
            Param(
                "roof",
                "bool",
                True,
                words={"roofed": True, "covered": True, "flat": False},
                doc="A small pitched roof over the board.",
            ),
        ),
        build=notice_board,
        long_axis="x",
        collider="box",
        description="A planked notice board on two posts under a small roof, with papers pinned to it.",
    ),
    Recipe(
        name="banner",
        category="signage",
        nouns=(
            "banner",
            "pennant",
            "standard",
            "streamer",
            "war banner",
            "guild banner",
            "pennon",
            "gonfalon",
        ),
        synsets=("banner.n.01", "pennant.n.03", "standard.n.06"),
        size=SizePrior((0.99, 2.92, 0.75), 0.3),
        materials={
            "wood": M("wood_planks", "#5a3b22"),
            "brass": M("brass"),
            "cloth": M("fabric", "#8c1f24"),
            "emblem": M("painted_wood", "#d8b04a"),
            "cord": M("rope"),
        },
        parts=(
            RecipePart("pole", "wood", ("pole", "staff", "stand", "feet", "crossbar")),
            RecipePart("finial", "brass", ("finial", "tip", "knobs")),
            RecipePart("crossbar", "wood", ("crossbar", "rod", "bar")),
            RecipePart("cloth", "cloth", ("cloth", "banner", "fabric", "field")),
            RecipePart(
                "emblem",
                "emblem",
                (
                    "emblem",
                    "crest",
                    "sigil",
                    "symbol",
                    "device",
                    "lion",
                    "eagle",
                    "dragon",
                    "heraldry",
                    "coat of arms",
                ),
            ),
            RecipePart("cords", "cord", ("cords", "cord", "rope")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "pointed",
                choices=("pointed", "swallowtail", "square", "pennant"),
                words={
                    "pointed": "pointed",
                    "swallowtail": "swallowtail",
                    "forked": "swallowtail",
                    "square": "square",
                    "straight": "square",
                    "pennant": "pennant",
                    "triangular": "pennant",
                    "pennon": "pennant",
                    "streamer": "pennant",
                },
                doc="The cloth's lower end, or a triangular pennant flying from the pole.",
            ),
            Param(
                "stand",
                "bool",
                True,
                words={"standing": True, "pole": True, "hanging": False, "wall": False},
                doc="On a pole with feet (otherwise hanging from its rod).",
            ),
        ),
        build=banner,
        collider="box",
        description="A cloth banner with an emblem hanging from a crossbar on a tall pole.",
    ),
    Recipe(
        name="flag",
        category="signage",
        nouns=("flag", "flagpole", "flagstaff", "pirate flag", "jolly roger", "ensign", "colours"),
        synsets=("flag.n.01", "flagpole.n.02"),
        size=SizePrior((1.4, 3.35, 0.44), 0.3),
        materials={
            "pole": M("painted_metal", "#d8d6d0"),
            "brass": M("brass"),
            "stone": M("concrete"),
            "cloth": M("fabric", "#b3262b"),
        },
        parts=(
            RecipePart("base", "stone", ("base", "foot", "stand")),
            RecipePart("pole", "pole", ("pole", "flagpole", "staff", "mast")),
            RecipePart("finial", "brass", ("finial", "ball", "rings")),
            RecipePart("cloth", "cloth", ("flag", "cloth", "fabric", "field")),
        ),
        params=(
            Param(
                "tattered",
                "bool",
                False,
                words={
                    "tattered": True,
                    "torn": True,
                    "ragged": True,
                    "pirate": True,
                    "battle-worn": True,
                },
                doc="Ragged notches torn into the fly end.",
            ),
        ),
        build=flag,
        collider="box",
        description="A waving cloth flag on a tall pole with a ball finial, on a round foot.",
    ),
    Recipe(
        name="traffic_cone",
        category="signage",
        nouns=("traffic cone", "road cone", "safety cone", "witch's hat"),
        synsets=("cone.n.01",),
        size=SizePrior((0.38, 0.73, 0.38), 0.25),
        materials={"plastic": M("plastic", "#ff6a13"), "stripe": M("plastic", "#f2f2ee")},
        parts=(
            RecipePart("base", "plastic", ("base", "foot")),
            RecipePart("cone", "plastic", ("cone", "body")),
            RecipePart("stripes", "stripe", ("stripes", "bands", "reflective bands", "reflectors")),
        ),
        build=traffic_cone,
        round=True,
        collider="capsule",
        description="An orange plastic traffic cone on a square base with two white reflective bands.",
    ),
]
