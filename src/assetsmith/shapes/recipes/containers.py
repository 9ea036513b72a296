"""Containers to store things in: barrel, crate, chest, box, sack, basket."""

from __future__ import annotations

import math

from ..dsl import (
    blob,
    box,
    capsule,
    cylinder,
    extrude,
    lathe,
    loft,
    macro,
    part,
    program,
    section,
    shape,
    sphere,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
OPEN_WORDS = {
    "open": True,
    "opened": True,
    "ajar": True,
    "unlocked": True,
    "closed": False,
    "shut": False,
    "locked": False,
    "sealed": False,
}
GLOW = M("crystal", "#7fe0ff", emissive="#4fd2ff", emissive_strength=6.0)


def _half_disc(r: float, z0: float = 0.0, n: int = 24) -> list[list[float]]:
    """A half disc seen from the side ([z, y]): the arc from the back (z0 - r) over the top to
    the front (z0 + r)."""
    return [
        [z0 - r * math.cos(math.pi * i / n), r * math.sin(math.pi * i / n)] for i in range(n + 1)
    ]


def _half_ring(r: float, t: float, z0: float = 0.0, n: int = 24) -> list[list[float]]:
    outer = [
        [z0 - (r + t) * math.cos(math.pi * i / n), (r + t) * math.sin(math.pi * i / n)]
        for i in range(n + 1)
    ]
    inner = [
        [z0 - r * math.cos(math.pi * i / n), r * math.sin(math.pi * i / n)] for i in range(n + 1)
    ]
    return outer + inner[::-1]


def _heap(
    id: str,
    role: str,
    r: float,
    count: int,
    radius: float,
    y: float,
    part_name: str,
    squash: float = 1.0,
) -> list:
    """A heap of round things (apples, bread rolls) on a disc of `radius` at height y: a layer
    scattered over the disc and a smaller one on top."""
    ball = sphere(r)
    return [
        part(f"{id}_low", role, ball, part=part_name)
        .scale([1.0, squash, 1.0])
        .scatter(count, [radius, radius], spacing=1.9 * r, scale=[0.85, 1.1])
        .at(0, y, 0),
        part(f"{id}_high", role, ball, part=part_name)
        .scale([1.0, squash, 1.0])
        .scatter(
            max(1, count // 3), [radius * 0.55, radius * 0.55], spacing=1.9 * r, scale=[0.85, 1.1]
        )
        .at(0, y + 1.3 * r * squash, 0),
    ]


def barrel(p) -> dict:
    parts = [
        part(
            "barrel",
            None,
            macro("barrel", 1.0, {"body": "wood", "hoops": "iron", "lids": "end_grain"}),
        )
    ]
    top = 1.0 - 0.035  # the macro's lid sits this far down from the rim
    if p.contents == "apples":
        parts += _heap("apples", "apple", 0.04, 16, 0.2, top - 0.01, "contents")
    elif p.contents == "water":
        parts.append(
            part("water", "water", cylinder(0.27, 0.012), part="contents_water").at(
                0, top + 0.01, 0
            )
        )
    return program(*parts, collider="mesh_convex")


def crate(p) -> dict:
    if p.style == "wooden":
        return program(
            part("crate", None, macro("crate", 0.8, {"panels": "wood", "frame": "frame_wood"}))
        )
    s = 0.8
    c = 0.14
    parts = [
        part("shell", "metal", box([s - 0.02, s - 0.02, s - 0.02], bevel=0.02))
        .cut(
            shape(box([s - 0.2, s - 0.25, 0.06], bevel=0.01)).at(0, 0.13, s / 2 - 0.03),
            shape(box([s - 0.2, s - 0.25, 0.06], bevel=0.01)).at(0, 0.13, -s / 2 - 0.03),
        )
        .at(0, 0.01, 0)
        .uv("box"),
        part("corners", "steel", box([c, c, c], bevel=0.02))
        .array(2, [s - c, 0, 0], center=True)
        .array(2, [0, s - c, 0], center=True)
        .array(2, [0, 0, s - c], center=True)
        .at(0, (s - c) / 2, 0),
        part("handles", "steel", box([0.03, 0.06, 0.3], bevel=0.008), part="corners")
        .array(2, [s, 0, 0], center=True)
        .at(0, s * 0.62, 0),
        part("lights", "glow", box([s - 0.34, 0.03, 0.012], bevel=0.004))
        .array(2, [0, 0, s - 0.045], center=True)
        .at(0, s * 0.8, 0),
        part("latch", "steel", box([0.12, 0.08, 0.04], bevel=0.01), part="corners").at(
            0, s - 0.2, s / 2 - 0.015
        ),
    ]
    return program(*parts, collider="box")


def chest(p) -> dict:
    w, d = 0.84, 0.48
    r = d / 2
    body_h = 0.36
    opened = p.open or p.contents != "none"
    angle = -108.0 if opened else 0.0
    bw, bt = 0.06, 0.012

    def lid_frame(pt):  # the lid turns about its hinge along the body's back top edge
        return pt.turned(x=angle).moved(0, body_h, -r)

    body = (
        part("body", "wood", box([body_h, w, d], bevel=0.012))
        .turned(z=90)
        .moved(w / 2, body_h / 2, 0)
    )
    if opened:
        body = body.cut(shape(box([w - 0.06, body_h, d - 0.06])).at(0, 0.04, 0))
    parts = [
        body.uv("box"),
        lid_frame(
            part(
                "lid", "wood", extrude(_half_disc(r, r), w - 0.004, axis="x", bevel=0.01, crease=25)
            )
        ).uv("box"),
        # Iron straps: down the body front and back, and over the lid.
        part("straps", "iron", box([bw, body_h + 0.002, bt], bevel=0.004), part="bands")
        .array(2, [0, 0, d + bt - 0.004], center=True)
        .array(2, [w * 0.52, 0, 0], center=True)
        .at(0, 0, 0),
        lid_frame(
            part(
                "lid_straps",
                "iron",
                extrude(_half_ring(r - 0.003, bt, r), bw, axis="x"),
                part="bands",
            ).array(2, [w * 0.52, 0, 0], center=True)
        ),
        part(
            "rim",
            "iron",
            box([w + 2 * bt - 0.004, 0.045, d + 2 * bt - 0.004], bevel=0.004),
            part="bands",
        )
        .cut(shape(box([w - 0.01, 0.1, d - 0.01])).at(0, -0.02, 0))
        .at(0, body_h - 0.05, 0),
        part("corners", "iron", box([0.05, body_h + 0.004, 0.05], bevel=0.006), part="bands")
        .array(2, [w - 0.03, 0, 0], center=True)
        .array(2, [0, 0, d - 0.03], center=True)
        .at(0, -0.002, 0),
        part("lock", "brass", box([0.1, 0.12, 0.022], bevel=0.006)).at(0, body_h - 0.13, r + 0.004),
        lid_frame(
            part("hasp", "brass", box([0.05, 0.1, 0.016], bevel=0.005), part="lock").moved(
                0, -0.06, d + 0.012
            )
        ),
    ]
    if opened:
        parts.append(
            part("lining", "velvet", box([w - 0.062, 0.01, d - 0.062]), part="lining").at(
                0, 0.04, 0
            )
        )
    if opened and p.contents == "gold":
        parts += [
            # A heap of coins: a bumpy mound with loose coins in layers over it and spilt in front.
            part(
                "gold_heap",
                "gold",
                blob(
                    [w - 0.08, 0.16, d - 0.08],
                    lumps=0.3,
                    lump_count=48,
                    sharpness=14,
                    flat_bottom=0.4,
                ),
                part="treasure",
            ).at(0, body_h - 0.1, 0),
            part("coins_top", "gold", cylinder(0.017, 0.004, bevel=0.001), part="treasure")
            .scatter(14, [0.2, 0.08], area="rect", spacing=0.03)
            .at(0, body_h + 0.035, 0),
            part("coins_rim", "gold", cylinder(0.017, 0.004, bevel=0.001), part="treasure")
            .scatter(18, [w - 0.14, d - 0.12], area="rect", spacing=0.035)
            .at(0, body_h - 0.005, 0),
            part("coins", "gold", cylinder(0.016, 0.004, bevel=0.001), part="treasure")
            .scatter(18, [0.3, 0.12], area="rect", spacing=0.035)
            .at(0.02, 0, d / 2 + 0.14),
            part("gems", "gem", sphere(0.022, kind="ico"), part="gems")
            .scatter(4, [w / 2 - 0.12, d / 2 - 0.1], area="rect", spacing=0.08)
            .at(0, body_h + 0.04, 0),
        ]
    return program(*parts, collider="box")


def small_box(p) -> dict:
    if p.style == "cardboard":
        return _carton(p)
    w, h, d = 0.26, 0.1, 0.18
    lid_h = 0.045
    feet = 0.015
    opened = p.open
    angle = -100.0 if opened else 0.0

    def lid_frame(pt):
        return pt.turned(x=angle).moved(0, feet + h, -d / 2)

    body = part("body", "wood", box([w, h, d], bevel=0.004)).at(0, feet, 0).uv("box")
    if opened:
        body = (
            part("body", "wood", box([w, h, d], bevel=0.004))
            .cut(shape(box([w - 0.02, h, d - 0.02])).at(0, 0.012, 0))
            .at(0, feet, 0)
            .uv("box")
        )
    parts = [
        body,
        lid_frame(
            part("lid", "wood", box([w + 0.008, lid_h, d + 0.008], bevel=0.012)).moved(0, 0, d / 2)
        ).uv("box"),
        part("feet", "brass", sphere(0.012), part="trim")
        .array(2, [w - 0.03, 0, 0], center=True)
        .array(2, [0, 0, d - 0.03], center=True),
        part("corners", "brass", box([0.022, h + 0.004, 0.022], bevel=0.004), part="trim")
        .array(2, [w - 0.014, 0, 0], center=True)
        .array(2, [0, 0, d - 0.014], center=True)
        .at(0, feet - 0.002, 0),
        part("clasp", "brass", box([0.03, 0.035, 0.008], bevel=0.003), part="trim").at(
            0, feet + h - 0.028, d / 2
        ),
        lid_frame(
            part("handle", "brass", torus(0.02, 0.003, arc=200), part="trim")
            .turned(x=-90)
            .moved(0, lid_h, d / 2)
        ),
    ]
    if opened:
        parts += [
            part("lining", "velvet", box([w - 0.022, 0.02, d - 0.022], bevel=0.006)).at(
                0, feet + 0.012, 0
            ),
            lid_frame(
                part("lid_lining", "velvet", box([w - 0.02, 0.004, d - 0.02]), part="lining").moved(
                    0, -0.003, d / 2
                )
            ),
            part("jewels", "gem", sphere(0.012, kind="ico"))
            .scatter(5, [0.08, 0.05], area="rect", spacing=0.03)
            .at(0, feet + 0.03, 0),
        ]
    return program(*parts, collider="box")


def _carton(p) -> dict:
    w, h, d = 0.46, 0.34, 0.36
    opened = p.open
    body = part("carton", "cardboard", box([w, h, d], bevel=0.004)).uv("box")
    parts = []
    if opened:
        body = body.cut(shape(box([w - 0.008, h, d - 0.008])).at(0, 0.006, 0))
        # Four flaps folded out from the top edges.
        parts += [
            part("flaps_long", "cardboard", box([w - 0.01, 0.004, d / 2]), part="flaps")
            .moved(0, 0, d / 4)
            .turned(x=-125)
            .moved(0, h, -d / 2)
            .mirror("z"),
            part("flaps_short", "cardboard", box([w / 2 - 0.01, 0.004, d - 0.01]), part="flaps")
            .moved(-w / 4, 0, 0)
            .turned(z=-125)
            .moved(w / 2, h, 0)
            .mirror("x"),
        ]
    else:
        parts.append(part("tape", "tape", box([0.05, 0.002, d + 0.004]), part="tape").at(0, h, 0))
        parts.append(
            part("tape_ends", "tape", box([0.05, 0.1, 0.002]), part="tape")
            .array(2, [0, 0, d + 0.002], center=True)
            .at(0, h - 0.1, 0)
        )
        parts.append(
            part("seam", "cardboard", box([0.003, 0.002, d - 0.01]), part="flaps").at(
                0, h + 0.001, 0
            )
        )
    return program(body, *parts, collider="box")


def sack(p) -> dict:
    body = loft(
        section(0.0, "rounded_rect", size=[0.34, 0.26], corner=0.11),
        section(0.06, "rounded_rect", size=[0.44, 0.35], corner=0.15),
        section(0.3, "rounded_rect", size=[0.47, 0.37], corner=0.17),
        section(0.48, "rounded_rect", size=[0.41, 0.32], corner=0.15),
        section(0.56, "ellipse", size=[0.24, 0.19]),
        section(0.62, "circle", radius=0.05),
        smooth=True,
    )
    parts = []
    if p.open:  # cut off at the neck and rolled down: the contents show
        body = loft(
            section(0.0, "rounded_rect", size=[0.34, 0.26], corner=0.11),
            section(0.06, "rounded_rect", size=[0.44, 0.35], corner=0.15),
            section(0.3, "rounded_rect", size=[0.47, 0.37], corner=0.17),
            section(0.5, "rounded_rect", size=[0.43, 0.34], corner=0.16),
            smooth=True,
        )
        parts += [
            part("rim", "burlap", torus(0.18, 0.035), part="sack")
            .scale([1.12, 1.0, 0.9])
            .at(0, 0.46, 0),
            part(
                "contents",
                "grain" if p.contents == "grain" else "flour",
                blob([0.37, 0.1, 0.29], lumps=0.12, lump_count=8, flat_bottom=0.5),
                part="grain" if p.contents == "grain" else "flour",
            ).at(0, 0.45, 0),
        ]
    else:
        # Tied at the neck; the cloth above the rope bunched into a crumpled tuft.
        parts += [
            part("tie", "rope", torus(0.06, 0.016)).at(0, 0.585, 0),
            part(
                "tuft",
                "burlap",
                blob([0.17, 0.11, 0.14], lumps=0.45, lump_count=10, sharpness=5, flat_bottom=0.2),
                part="sack",
            ).at(0, 0.6, 0),
        ]
    parts.insert(0, part("body", "burlap", body, part="sack").twist(10).uv("cylindrical"))
    return program(*parts, collider="mesh_convex")


def basket(p) -> dict:
    rect = p.shape == "rectangular"
    h = 0.22
    if rect:
        body = (
            part("body", "wicker", box([0.46, h, 0.32], bevel=0.03))
            .taper([1.08, 1.08])
            .cut(shape(box([0.42, h, 0.28], bevel=0.02)).at(0, 0.02, 0))
            .uv("box")
        )
        rim = (
            part("rim", "wicker", box([0.48, 0.03, 0.34], bevel=0.012))
            .cut(shape(box([0.42, 0.1, 0.28])).at(0, -0.03, 0))
            .at(0, h - 0.015, 0)
            .uv("box")
        )
        inner_r = 0.17
    else:
        body = part(
            "body",
            "wicker",
            lathe(
                [
                    [0, 0],
                    [0.15, 0],
                    [0.185, 0.04],
                    [0.205, h],
                    [0.19, h],
                    [0.172, 0.05],
                    [0.14, 0.016],
                    [0, 0.016],
                ],
                smooth=True,
                crease=50,
            ),
        ).uv("cylindrical")
        rim = part("rim", "wicker", torus(0.2, 0.016)).at(0, h - 0.01, 0)
        inner_r = 0.16
    parts = [body, rim]
    if p.handle:
        span = 0.22 if rect else 0.195
        parts.append(
            part("handle", "wicker", torus(span, 0.013, arc=180), part="rim")
            .rotate(x=-90, y=0 if not rect else 0)
            .at(0, h - 0.01, 0)
        )
    if p.lid and rect:
        parts.append(
            part("lid", "wicker", box([0.47, 0.03, 0.33], bevel=0.012), part="rim")
            .at(0, h + 0.005, 0)
            .uv("box")
        )
    elif p.contents == "apples":
        parts += _heap("apples", "apple", 0.038, 12, inner_r - 0.03, h - 0.06, "contents")
    elif p.contents == "bread":
        parts += [
            part("loaves", "bread", capsule(0.045, 0.2), part="bread")
            .rotate(z=90)
            .array(3, [0, 0.0, 0.09], center=True, jitter={"rotate": [0, 30, 10]})
            .at(0.1, h - 0.05, 0),
            part("rolls", "bread", sphere(0.042), part="bread")
            .scale([1.0, 0.7, 1.0])
            .array(2, [0.09, 0, 0], center=True)
            .at(-0.02, h - 0.02, 0.06),
        ]
    elif p.contents == "eggs":
        parts += _heap("eggs", "egg", 0.025, 14, inner_r - 0.03, h - 0.04, "eggs", squash=1.3)
    return program(*parts, collider="mesh_convex" if not rect else "box")


CONTENT_WORDS = {"apples": "apples", "apple": "apples", "fruit": "apples", "fruits": "apples"}

RECIPES = [
    Recipe(
        name="barrel",
        category="containers",
        nouns=(
            "barrel",
            "cask",
            "keg",
            "tun",
            "hogshead",
            "wine barrel",
            "beer barrel",
            "firkin",
            "water barrel",
            "rain barrel",
        ),
        synsets=("barrel.n.02", "keg.n.02", "hogshead.n.02"),
        size=SizePrior((0.71, 1.0, 0.71), 0.25),
        materials={
            "wood": M("wood_planks"),
            "iron": M("iron"),
            "end_grain": M("end_grain"),
            "apple": M("organic", "#b3261e"),
            "water": M("crystal", "#2f5d73"),
        },
        parts=(
            RecipePart("body", "wood", ("staves", "body", "stave", "wood")),
            RecipePart("hoops", "iron", ("hoops", "hoop", "bands", "band", "rings")),
            RecipePart("lids", "end_grain", ("lid", "lids", "top", "head")),
            RecipePart("contents", "apple", ("apples", "apple", "fruit", "contents")),
            RecipePart("contents_water", "water", ("water",)),
        ),
        params=(
            Param(
                "contents",
                "choice",
                "none",
                choices=("none", "apples", "water"),
                words={**CONTENT_WORDS, "water": "water", "rainwater": "water", "empty": "none"},
                doc="What shows at the top: a heap of apples, water, or the closed lid.",
            ),
        ),
        build=barrel,
        round=True,
        collider="mesh_convex",
        description="A wooden barrel with iron hoops (with apples or water at the top).",
    ),
    Recipe(
        name="crate",
        category="containers",
        nouns=(
            "crate",
            "packing box",
            "packing crate",
            "supply crate",
            "cargo crate",
            "wooden crate",
            "shipping crate",
            "loot crate",
            "ammo crate",
        ),
        synsets=("crate.n.01",),
        size=SizePrior((0.8, 0.8, 0.8), 0.25),
        materials={
            "wood": M("wood_planks"),
            "frame_wood": M("wood_planks", "#6f4626"),
            "metal": M("metal_panels", "#7d848c"),
            "steel": M("painted_metal", "#3b4048"),
            "glow": GLOW,
        },
        parts=(
            RecipePart("panels", "wood", ("planks", "panels", "boards", "sides")),
            RecipePart("frame", "frame_wood", ("frame", "battens", "edges", "braces")),
            RecipePart("shell", "metal", ("shell", "body", "panels", "hull")),
            RecipePart("corners", "steel", ("corners", "corner", "handles", "latch", "guards")),
            RecipePart("lights", "glow", ("lights", "light", "strips", "glow")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "wooden",
                choices=("wooden", "scifi"),
                words={
                    "wooden": "wooden",
                    "wood": "wooden",
                    "sci-fi": "scifi",
                    "scifi": "scifi",
                    "futuristic": "scifi",
                    "space": "scifi",
                    "metal": "scifi",
                    "steel": "scifi",
                    "military": "scifi",
                    "cyberpunk": "scifi",
                },
                doc="A planked wooden crate, or a sci-fi cargo crate of metal panels with "
                "glowing strips.",
            ),
        ),
        build=crate,
        collider="box",
        description="A planked wooden crate with a braced frame (or a sci-fi cargo crate).",
    ),
    Recipe(
        name="chest",
        category="containers",
        nouns=(
            "chest",
            "treasure chest",
            "trunk",
            "coffer",
            "strongbox",
            "treasure box",
            "loot chest",
            "footlocker",
            "sea chest",
            "wooden chest",
            "hope chest",
        ),
        synsets=(
            "chest.n.02",
            "treasure_chest.n.01",
            "coffer.n.02",
            "strongbox.n.01",
            "trunk.n.02",
            "footlocker.n.01",
        ),
        size=SizePrior((0.87, 0.6, 0.51), 0.25),
        materials={
            "wood": M("wood_planks"),
            "iron": M("iron", "#45484b"),
            "brass": M("brass"),
            "velvet": M("fabric", "#6a1a24"),
            "gold": M("brass", "#e0b43c"),
            "gem": M("crystal", "#c0203a"),
        },
        parts=(
            RecipePart("body", "wood", ("body", "box", "sides", "planks")),
            RecipePart("lid", "wood", ("lid", "top")),
            RecipePart("bands", "iron", ("bands", "straps", "band", "strap", "corners", "rim")),
            RecipePart("lock", "brass", ("lock", "latch", "clasp", "hasp", "padlock")),
            RecipePart("lining", "velvet", ("lining", "velvet")),
            RecipePart("treasure", "gold", ("gold", "coins", "coin", "treasure", "loot")),
            RecipePart("gems", "gem", ("gems", "jewels", "gem", "rubies")),
        ),
        params=(
            Param("open", "bool", False, words=OPEN_WORDS, doc="The lid thrown back."),
            Param(
                "contents",
                "choice",
                "none",
                choices=("none", "gold"),
                words={
                    "gold": "gold",
                    "coins": "gold",
                    "coin": "gold",
                    "treasure": "gold",
                    "loot": "gold",
                    "jewels": "gold",
                    "gems": "gold",
                    "riches": "gold",
                    "empty": "none",
                },
                doc="A heap of gold coins and gems inside (opens the lid).",
            ),
        ),
        build=chest,
        long_axis="x",
        collider="box",
        description="A wooden chest with a rounded lid, iron straps and a lock; open, it can be full "
        "of gold.",
    ),
    Recipe(
        name="box",
        category="containers",
        nouns=(
            "box",
            "jewel box",
            "jewelry box",
            "jewellery box",
            "jewel casket",
            "trinket box",
            "keepsake box",
            "music box",
            "cigar box",
            "cardboard box",
            "carton",
            "shoebox",
            "small box",
            "wooden box",
        ),
        synsets=("box.n.01", "casket.n.02", "carton.n.02", "music_box.n.01", "cigar_box.n.01"),
        size=SizePrior((0.27, 0.18, 0.19), 0.25),
        materials={
            "wood": M("wood_planks", "#6a3b22"),
            "brass": M("brass", "#c9a24a"),
            "velvet": M("fabric", "#7a1d2e"),
            "gem": M("crystal", "#3f8fd8"),
            "cardboard": M("paper", "#b48a58"),
            "tape": M("paper", "#d8c9a4"),
        },
        parts=(
            RecipePart("body", "wood", ("body", "box", "sides")),
            RecipePart("lid", "wood", ("lid", "top", "cover")),
            RecipePart("trim", "brass", ("trim", "corners", "clasp", "feet", "handle", "fittings")),
            RecipePart("lining", "velvet", ("lining", "velvet", "cushion")),
            RecipePart("jewels", "gem", ("jewels", "gems", "jewelry", "jewellery", "rings")),
            RecipePart("carton", "cardboard", ("carton", "cardboard", "box")),
            RecipePart("flaps", "cardboard", ("flaps", "flap")),
            RecipePart("tape", "tape", ("tape",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "wooden",
                choices=("wooden", "cardboard"),
                words={
                    "wooden": "wooden",
                    "jewel": "wooden",
                    "jewelry": "wooden",
                    "jewellery": "wooden",
                    "cardboard": "cardboard",
                    "carton": "cardboard",
                    "shipping": "cardboard",
                    "moving": "cardboard",
                    "delivery": "cardboard",
                    "paper": "cardboard",
                },
                doc="A small wooden keepsake box with brass fittings, or a taped cardboard box.",
            ),
            Param(
                "open",
                "bool",
                False,
                words=OPEN_WORDS,
                doc="Lid up (lining and jewels showing), or the carton's flaps folded out.",
            ),
        ),
        build=small_box,
        collider="box",
        description="A small wooden jewel box with brass corners, feet and clasp (or a cardboard box).",
    ),
    Recipe(
        name="sack",
        category="containers",
        nouns=(
            "sack",
            "bag",
            "gunny sack",
            "gunnysack",
            "burlap bag",
            "burlap sack",
            "feed bag",
            "grain sack",
            "flour sack",
            "sandbag",
            "sack of flour",
        ),
        synsets=("sack.n.01", "bag.n.01", "gunnysack.n.01", "sandbag.n.01"),
        size=SizePrior((0.47, 0.7, 0.37), 0.25),
        materials={
            "burlap": M("fabric", "#b09466"),
            "rope": M("rope"),
            "grain": M("straw", "#d4b36a"),
            "flour": M("fabric", "#efeae0"),
        },
        parts=(
            RecipePart("sack", "burlap", ("sack", "bag", "body", "burlap", "cloth")),
            RecipePart("tie", "rope", ("tie", "rope", "string", "cord")),
            RecipePart("grain", "grain", ("grain", "wheat", "oats", "seeds", "corn")),
            RecipePart("flour", "flour", ("flour", "meal", "sugar", "salt")),
        ),
        params=(
            Param(
                "open",
                "bool",
                False,
                words=OPEN_WORDS,
                doc="Rolled down at the top, the contents showing (otherwise tied shut).",
            ),
            Param(
                "contents",
                "choice",
                "grain",
                choices=("grain", "flour"),
                words={
                    "grain": "grain",
                    "wheat": "grain",
                    "oats": "grain",
                    "seeds": "grain",
                    "corn": "grain",
                    "rice": "grain",
                    "flour": "flour",
                    "meal": "flour",
                    "sugar": "flour",
                    "salt": "flour",
                },
                doc="What an open sack shows.",
            ),
        ),
        build=sack,
        round=True,
        collider="mesh_convex",
        description="A full burlap sack tied at the neck with rope.",
    ),
    Recipe(
        name="basket",
        category="containers",
        nouns=(
            "basket",
            "hamper",
            "wicker basket",
            "picnic basket",
            "fruit basket",
            "bread basket",
            "handbasket",
            "creel",
            "bushel basket",
        ),
        synsets=("basket.n.01", "hamper.n.02", "wicker_basket.n.01", "bushel_basket.n.01"),
        size=SizePrior((0.44, 0.44, 0.44), 0.25),
        materials={
            "wicker": M("wicker"),
            "apple": M("organic", "#b3261e"),
            "bread": M("organic", "#c48a44"),
            "egg": M("ceramic", "#efe3cf"),
        },
        parts=(
            RecipePart("body", "wicker", ("body", "basket", "wicker", "weave")),
            RecipePart("rim", "wicker", ("rim", "handle", "lid", "edge")),
            RecipePart("contents", "apple", ("apples", "apple", "fruit", "contents")),
            RecipePart("bread", "bread", ("bread", "loaves", "loaf", "rolls", "buns")),
            RecipePart("eggs", "egg", ("eggs", "egg")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "rectangular"),
                words={
                    "round": "round",
                    "circular": "round",
                    "rectangular": "rectangular",
                    "square": "rectangular",
                    "hamper": "rectangular",
                    "picnic": "rectangular",
                },
                doc="A round basket, or a rectangular hamper.",
            ),
            Param(
                "handle",
                "bool",
                True,
                words={"handle": True, "handled": True, "handleless": False},
                doc="A hoop handle over the top.",
            ),
            Param(
                "lid",
                "bool",
                False,
                words={"lidded": True, "lid": True, "covered": True},
                doc="A lid (rectangular hampers).",
            ),
            Param(
                "contents",
                "choice",
                "none",
                choices=("none", "apples", "bread", "eggs"),
                words={
                    **CONTENT_WORDS,
                    "bread": "bread",
                    "loaves": "bread",
                    "loaf": "bread",
                    "rolls": "bread",
                    "buns": "bread",
                    "eggs": "eggs",
                    "egg": "eggs",
                    "empty": "none",
                },
                doc="What fills it.",
            ),
        ),
        build=basket,
        round=True,
        collider="mesh_convex",
        description="A round wicker basket with a hoop handle (filled with apples, bread or eggs).",
    ),
]
