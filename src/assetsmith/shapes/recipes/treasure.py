"""Treasure (category magic): amulet, ring, crown, coin, gem, key. Built at their real, small size
(a ring is about 2 cm across, a coin 2.6 cm); the preview frames each object, so they still read.
Gems catch a little light of their own (a faint emissive glow on the crystal family's facets)."""

from __future__ import annotations

import math

from ..dsl import cone, cylinder, extrude, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole

GOLD = M("brass", "#d9ae3f")
SILVER = M("iron", "#c4c8cc")


def _gem_role(color: str, glow: str, strength: float = 0.5) -> MaterialRole:
    return M("crystal", color, emissive=glow, emissive_strength=strength, emissive_pattern="family")


RUBY = _gem_role("#c8102e", "#ff2848")


def _parts(*rows) -> tuple[RecipePart, ...]:
    return tuple(RecipePart(name, role, tuple(words)) for name, role, words in rows)


def brilliant(r: float) -> list[list[float]]:
    """A brilliant cut's lathe profile (culet at y = 0): pavilion 43 %, girdle, crown 16 % of
    the diameter, a table 57 % wide."""
    d = 2 * r
    return [
        [0, 0],
        [r, 0.43 * d],
        [r, 0.45 * d],
        [0.8 * r, 0.54 * d],
        [0.57 * r, 0.61 * d],
        [0, 0.61 * d],
    ]


def _star(r_out: float, r_in: float, n: int = 5) -> list[list[float]]:
    pts = []
    for k in range(2 * n):
        a = math.pi / 2 + k * math.pi / n
        rr = r_out if k % 2 == 0 else r_in
        pts.append([rr * math.cos(a), rr * math.sin(a)])
    return pts


# ---------------------------------------------------------------------------------------------
# Amulet (displayed upright: the pendant with its chain in a loop above it)


def amulet(p) -> dict:
    r = 0.024
    chain = [
        [0.0, 0.055, 0.0],
        [-0.045, 0.09, 0.0],
        [-0.075, 0.17, 0.0],
        [-0.055, 0.245, 0.0],
        [0.0, 0.265, 0.0],
        [0.055, 0.245, 0.0],
        [0.075, 0.17, 0.0],
        [0.045, 0.09, 0.0],
    ]
    parts = [
        part("pendant", "metal", cylinder(r, 0.006, bevel=0.0015))
        .rotate(x=90)
        .at(0, r, -0.003)
        .detail(1.4),
        part("rim", "metal", torus(r - 0.002, 0.0018), part="pendant")
        .turned(x=90)
        .moved(0, 0, 0.0012)
        .mirror("z")
        .at(0, r, 0)
        .detail(0.6),
        part("bail", "metal", torus(0.0045, 0.0015), part="pendant")
        .rotate(z=90)
        .at(0.0015, 2 * r + 0.003, 0),
        part("chain", "metal", sweep(chain, 0.0012, curve="smooth", closed=True)).detail(0.6),
    ]
    if p.gem:
        parts.append(
            part("gem", "gem", lathe(brilliant(0.009), sides=8)).rotate(x=90).at(0, r, -0.002)
        )
    else:
        parts.append(
            part("emblem", "metal", extrude(_star(0.015, 0.007), 0.0016), part="pendant").at(
                0, r, 0.0034
            )
        )
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Ring (standing up, the hole facing the viewer, the stone on top)


def ring(p) -> dict:
    r, tube = 0.0095, 0.0019
    # The band stands up (turned about X, so its thickness runs along Z), a little wider than thick.
    parts = [
        part("band", "metal", torus(r, tube))
        .scale([1.0, 1.2, 1.0])
        .rotate(x=90)
        .at(0, r + tube, -1.2 * tube)
        .detail(1.4)
    ]
    top = 2 * (r + tube) - 0.002
    if p.style == "gem":
        parts += [
            part(
                "setting",
                "metal",
                lathe([[0, 0], [0.0025, 0], [0.0045, 0.003], [0.0042, 0.0045], [0, 0.0045]]),
                part="band",
            ).at(0, top - 0.0012, 0),
            part("prongs", "metal", cylinder(0.0006, 0.004), part="band")
            .turned(x=-12)
            .moved(0, 0, 0.0038)
            .radial(4, start=45)
            .at(0, top + 0.001, 0)
            .detail(0.3),
            part("gem", "gem", lathe(brilliant(0.0038), sides=8)).at(0, top + 0.0006, 0),
        ]
    elif p.style == "signet":
        parts += [
            part("signet", "metal", cylinder(0.0058, 0.0028, bevel=0.0007), part="band")
            .scale([1.0, 1.0, 0.85])
            .at(0, top - 0.0008, 0),
            part(
                "crest", "metal", extrude(_star(0.0036, 0.0016), 0.0005, axis="y"), part="band"
            ).at(0, top + 0.0019, 0),
        ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Crown and tiara


def crown(p) -> dict:
    if p.style == "tiara":
        return _tiara(p)
    r, band_h = 0.092, 0.045
    n = p.points
    # One point: a leaf-tipped spike, flat, facing out; repeated round the band.
    spike = [
        [-0.028, 0.0],
        [0.028, 0.0],
        [0.012, 0.02],
        [0.005, 0.05],
        [0.0, 0.062],
        [-0.005, 0.05],
        [-0.012, 0.02],
    ]
    parts = [
        part("band", "metal", cylinder(r, band_h, inner_radius=r - 0.006, bevel=0.0015)).detail(
            1.4
        ),
        part("rims", "metal", torus(r + 0.001, 0.004), part="band")
        .array(2, [0, band_h - 0.006, 0])
        .at(0, -0.002, 0),
        part("points", "metal", extrude(spike, 0.004, bevel=0.001), part="band")
        .moved(0, 0, r - 0.003)
        .radial(n)
        .at(0, band_h - 0.004, 0),
        part("balls", "metal", sphere(0.0065), part="band")
        .moved(0, 0, r - 0.003)
        .radial(n)
        .at(0, band_h + 0.053, 0)
        .detail(0.5),
        part("cap", "velvet", sphere(r - 0.008, portion=0.5))
        .scale([1.0, 0.85, 1.0])
        .at(0, 0.01, 0),
        part("cross", "metal", sphere(0.012), part="band").at(
            0, 0.01 + 0.85 * (r - 0.008) - 0.004, 0
        ),
    ]
    if p.jewels:
        parts.append(
            part("jewels", "gem", sphere(0.0075, kind="ico"))
            .scaled([1.0, 1.0, 0.55])
            .moved(0, 0, r + 0.001)
            .radial(n, start=180 / n)
            .at(0, band_h / 2 - 0.0075, 0)
            .detail(0.5)
        )
        parts.append(
            part("point_jewels", "gem", sphere(0.005, kind="ico"), part="jewels")
            .scaled([1.0, 1.0, 0.5])
            .moved(0, 0, r - 0.0005)
            .radial(n)
            .at(0, band_h + 0.008, 0)
            .detail(0.4)
        )
    return program(*parts, collider="mesh_convex")


def _tiara(p) -> dict:
    r = 0.075
    n = max(3, p.points // 2 * 2 + 1)  # odd: one tall point in the middle
    span = 140.0
    parts = [part("band", "metal", torus(r, 0.0035, arc=200)).scale([1.0, 1.0, 1.15]).detail(1.4)]
    for k in range(n):
        a = -span / 2 + span * k / (n - 1)
        mid = 1.0 - abs(a) / (span / 2)
        hgt = 0.018 + 0.03 * mid
        spike = [[-0.012, 0.0], [0.012, 0.0], [0.004, hgt * 0.6], [0.0, hgt], [-0.004, hgt * 0.6]]
        rad = math.radians(a)
        x, z = r * math.sin(rad), r * 1.15 * math.cos(rad)
        parts.append(
            part(f"point_{k}", "metal", extrude(spike, 0.0025, bevel=0.0006), part="band")
            .rotate(y=a)
            .at(x, 0.003, z)
        )
        if p.jewels:
            parts.append(
                part(f"jewel_{k}", "gem", sphere(0.0045 + 0.002 * mid, kind="ico"), part="jewels")
                .scale([1.0, 1.0, 0.55])
                .rotate(y=a)
                .at(x, 0.006 + 0.25 * hgt, z + 0.001)
            )
    return program(*parts, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Coin (one stands on its edge, face forward; more lie in a heap)


def coin(p) -> dict:
    r, t = 0.013, 0.0025
    if p.count == 1:
        parts = [
            part("coin", "metal", cylinder(r, t, bevel=0.0006))
            .rotate(x=90)
            .at(0, r, -t / 2)
            .detail(1.5),
            part("rim", "metal", torus(r - 0.0012, 0.0006), part="coin")
            .turned(x=90)
            .moved(0, 0, t / 2 - 0.0004)
            .mirror("z")
            .at(0, r, 0)
            .detail(0.6),
            part("emblem", "metal", extrude(_star(0.0075, 0.0032), 0.0005), part="coin")
            .moved(0, 0, t / 2 + 0.0001)
            .mirror("z")
            .at(0, r, 0),
        ]
        return program(*parts, collider="box")
    n = p.count
    if n <= 12:  # a stack, each coin a little off true
        return program(
            part("coins", "metal", cylinder(r, t, bevel=0.0004), part="coin").array(
                n, [0, t, 0], jitter={"translate": [0.0012, 0, 0.0012], "rotate": [0, 180, 0]}
            ),
            collider="box",
        )
    # A heap: rings of coins lying on a low cone of coins (which stands in for the ones buried
    # inside), each coin tilted to the slope, the rings as full as their circumference allows.
    slope = math.radians(24.0)
    step = 1.5 * r
    counts, total, k = [], 1, 1
    while True:
        c = max(3, int(2 * math.pi * k * step / (1.6 * r)))
        if total + c > n:
            break
        counts.append(c)
        total += c
        k += 1
    rho_max = (len(counts) + 0.8) * step
    height = rho_max * math.tan(slope)
    parts = [
        part("mound", "metal", cone(rho_max - 0.4 * r, height - t), part="coin").detail(0.6),
        part("coins_top", "metal", cylinder(r, t), part="coin").at(0, height - t, 0).detail(0.5),
    ]
    for k, c in enumerate(counts, start=1):
        rho = k * step
        parts.append(
            part(f"coins_{k}", "metal", cylinder(r, t), part="coin")
            .moved(0, -t / 2, 0)
            .turned(x=math.degrees(slope))
            .radial(
                c,
                radius=rho,
                start=37.0 * k,
                jitter={"rotate": [8, 30, 8], "translate": [0.002, 0.0006, 0.002]},
            )
            .at(0, height * (1 - rho / rho_max), 0)
            .detail(0.5)
        )
    if n > total:  # the rest lie strewn round the foot of the heap
        parts.append(
            part("coins_strewn", "metal", cylinder(r, t), part="coin")
            .scatter(n - total, [rho_max + 2 * r, rho_max + 2 * r], spacing=2.05 * r)
            .detail(0.5)
        )
    return program(*parts, collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Gem (table up, point down)


def gem(p) -> dict:
    r = 0.013
    if p.cut == "emerald":  # a step cut: an octagon, long along X, with stepped sides
        profile = [
            [0, 0],
            [0.007, 0.004],
            [0.012, 0.009],
            [r, 0.012],
            [r, 0.0135],
            [0.011, 0.0165],
            [0.008, 0.0185],
            [0, 0.0185],
        ]
        g = (
            part("gem", "gem", lathe(profile, sides=8, crease=10))
            .turned(y=22.5)
            .scaled([1.35, 1.0, 1.0])
        )
    elif p.cut == "oval":
        g = part("gem", "gem", lathe(brilliant(r), sides=16, crease=10)).scale([1.3, 1.0, 1.0])
    elif p.cut == "square":
        g = part("gem", "gem", lathe(brilliant(r * 1.15), sides=4, crease=10)).rotate(y=45)
    elif p.cut == "raw":  # an uncut crystal point
        g = part(
            "gem",
            "gem",
            lathe([[0, 0], [0.01, 0.004], [0.011, 0.02], [0, 0.034]], sides=6, crease=10),
        )
    else:
        g = part("gem", "gem", lathe(brilliant(r), sides=16, crease=10))
    return program(g.detail(2.0), collider="mesh_convex")


# ---------------------------------------------------------------------------------------------
# Key (lying flat, bow to -X, bit to +X)


def key(p) -> dict:
    shaft_r = 0.0032
    length = 0.072
    bit = [
        [0.0, 0.0],
        [0.02, 0.0],
        [0.02, 0.014],
        [0.015, 0.014],
        [0.015, 0.009],
        [0.011, 0.009],
        [0.011, 0.017],
        [0.006, 0.017],
        [0.006, 0.012],
        [0.0, 0.012],
    ]
    parts = [
        part("shaft", "metal", cylinder(shaft_r, length, bevel=0.001))
        .rotate(z=-90)
        .at(-0.01, shaft_r, 0),
        part("collars", "metal", cylinder(shaft_r + 0.0014, 0.003, bevel=0.0006), part="shaft")
        .rotate(z=-90)
        .array(2, [0.0, 0.005, 0])
        .at(-0.008, shaft_r, 0),
        part("bow", "metal", torus(0.011, 0.0028)).at(-0.021, shaft_r - 0.0028, 0),
        # The bow's trefoil: three small loops round the big one.
        part("lobes", "metal", torus(0.0045, 0.0018), part="bow")
        .moved(0, 0, 0.0135)
        .radial(3, start=180, span=180)
        .at(-0.021, shaft_r - 0.0018, 0)
        .detail(0.6),
        part("bit", "metal", extrude(bit, 0.0028, axis="y", bevel=0.0004), part="shaft").at(
            length - 0.03, shaft_r - 0.0014, 0.0
        ),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------

JEWEL_WORDS = {
    "jeweled": True,
    "jewelled": True,
    "jewel": True,
    "gem": True,
    "gemmed": True,
    "plain": False,
    "simple": False,
}

RECIPES = [
    Recipe(
        name="amulet",
        category="magic",
        nouns=("amulet", "talisman", "pendant", "necklace", "charm", "medallion", "locket"),
        synsets=("amulet.n.01", "pendant.n.01", "necklace.n.01", "medallion.n.01", "locket.n.01"),
        size=SizePrior((0.15, 0.268, 0.015), 0.3),
        materials={"metal": GOLD, "gem": _gem_role("#2c8fd6", "#4cc4ff", 0.8)},
        parts=_parts(
            ("pendant", "metal", ("pendant", "medallion", "disc", "amulet", "emblem")),
            ("chain", "metal", ("chain", "cord", "necklace")),
            ("gem", "gem", ("gem", "jewel", "stone", "crystal")),
        ),
        params=(
            Param(
                "gem", "bool", True, words=JEWEL_WORDS, doc="A gem in the pendant (else a star)."
            ),
        ),
        build=amulet,
        collider="box",
        description="A gold pendant with a glowing gem, hanging from a chain (shown as a loop).",
    ),
    Recipe(
        name="ring",
        category="magic",
        nouns=("ring", "signet ring", "gold ring", "band", "wedding ring", "magic ring"),
        synsets=("ring.n.08", "signet_ring.n.01"),
        size=SizePrior((0.023, 0.029, 0.0085), 0.3),
        materials={"metal": GOLD, "gem": RUBY},
        parts=_parts(
            ("band", "metal", ("band", "ring", "hoop", "setting")),
            ("gem", "gem", ("gem", "stone", "jewel", "ruby", "diamond", "emerald", "sapphire")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "gem",
                choices=("gem", "signet", "band"),
                words={
                    "gem": "gem",
                    "jeweled": "gem",
                    "jewelled": "gem",
                    "ruby": "gem",
                    "diamond": "gem",
                    "signet": "signet",
                    "seal": "signet",
                    "plain": "band",
                    "wedding": "band",
                },
                doc="A stone in a four-prong setting, a signet with a crest, or a plain band.",
            ),
        ),
        build=ring,
        collider="box",
        description="A gold finger ring with a stone in a four-prong setting, standing upright.",
    ),
    Recipe(
        name="crown",
        category="magic",
        nouns=("crown", "tiara", "diadem", "coronet", "circlet", "royal crown", "king's crown"),
        synsets=("crown.n.04", "tiara.n.01", "coronet.n.01"),
        size=SizePrior((0.2, 0.115, 0.2), 0.25),
        materials={"metal": GOLD, "gem": RUBY, "velvet": M("fabric", "#7a1424")},
        parts=_parts(
            ("band", "metal", ("band", "points", "crown", "gold")),
            ("jewels", "gem", ("jewels", "gems", "rubies", "stones")),
            ("cap", "velvet", ("cap", "velvet", "lining")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "crown",
                choices=("crown", "tiara"),
                words={
                    "crown": "crown",
                    "royal": "crown",
                    "tiara": "tiara",
                    "diadem": "tiara",
                    "circlet": "tiara",
                },
                doc="A closed crown with a velvet cap, or a tiara.",
            ),
            Param(
                "points",
                "int",
                8,
                4,
                12,
                count_nouns=("points", "spikes", "prongs", "tines"),
                doc="Points round the band.",
            ),
            Param(
                "jewels", "bool", True, words=JEWEL_WORDS, doc="Jewels set in the band and points."
            ),
        ),
        build=crown,
        round=True,
        collider="mesh_convex",
        description="A gold crown: a band of leaf-tipped points with jewels, over a velvet cap.",
    ),
    Recipe(
        name="coin",
        category="magic",
        nouns=("coin", "gold coin", "doubloon", "silver coin", "coins", "gold piece", "treasure"),
        synsets=("coin.n.01", "doubloon.n.01"),
        size=SizePrior((0.026, 0.026, 0.004), 0.25),
        materials={"metal": GOLD},
        parts=_parts(("coin", "metal", ("coin", "coins", "face", "gold"))),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                80,
                count_nouns=("coins", "coin", "pieces", "doubloons"),
                words={
                    "pile": 40,
                    "heap": 60,
                    "hoard": 80,
                    "stack": 12,
                    "handful": 10,
                    "pouch": 15,
                },
                doc="One coin standing on its edge, or a heap of this many.",
            ),
        ),
        build=coin,
        collider="box",
        description="A gold coin with a raised rim and a star, standing on its edge (or a heap).",
    ),
    Recipe(
        name="gem",
        category="magic",
        nouns=(
            "gem",
            "jewel",
            "gemstone",
            "ruby",
            "emerald",
            "sapphire",
            "diamond",
            "amethyst",
            "precious stone",
            "topaz",
        ),
        synsets=(
            "jewel.n.01",
            "gem.n.02",
            "ruby.n.02",
            "emerald.n.02",
            "sapphire.n.02",
            "diamond.n.02",
            "amethyst.n.01",
        ),
        size=SizePrior((0.026, 0.016, 0.026), 0.25),
        materials={"gem": RUBY},
        parts=_parts(("gem", "gem", ("gem", "stone", "jewel", "facets"))),
        params=(
            Param(
                "cut",
                "choice",
                "round",
                choices=("round", "oval", "emerald", "square", "raw"),
                words={
                    "round": "round",
                    "brilliant": "round",
                    "cut": "round",
                    "oval": "oval",
                    "emerald": "emerald",
                    "step": "emerald",
                    "rectangular": "emerald",
                    "square": "square",
                    "princess": "square",
                    "raw": "raw",
                    "rough": "raw",
                    "uncut": "raw",
                },
                doc="The cut: round brilliant, oval, emerald (step), square (princess) or raw.",
            ),
        ),
        build=gem,
        round=True,
        collider="mesh_convex",
        description="A faceted brilliant-cut gem, table up, at its real size (2.6 cm).",
    ),
    Recipe(
        name="key",
        category="magic",
        nouns=("key", "skeleton key", "iron key", "door key", "old key"),
        synsets=("key.n.01", "skeleton_key.n.01"),
        size=SizePrior((0.107, 0.0092, 0.036), 0.3),
        materials={"metal": M("iron", "#6b6a66")},
        parts=_parts(
            ("shaft", "metal", ("shaft", "stem", "bit", "blade")),
            ("bow", "metal", ("bow", "handle", "ring")),
        ),
        build=key,
        long_axis="x",
        collider="box",
        description="A skeleton key lying flat: a trefoil bow, a collared shaft and a notched bit.",
    ),
]
