"""Dungeon props: an altar, a cage, a chain, a lever."""

from __future__ import annotations

from ..dsl import box, cylinder, lathe, part, program, shape, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole

FLAME = MaterialRole("ceramic", "#e8701a", emissive="#ffa030", emissive_strength=1.2)
FLAME_PROFILE = ((0, 0), (0.013, 0.012), (0.017, 0.032), (0.009, 0.06), (0, 0.095))


def candle_parts(
    id: str,
    count: int,
    spacing: float,
    *,
    on: str,
    z_align: float,
    x_align: float = 0.0,
    height: float = 0.26,
) -> list:
    """A row of `count` lit candles standing on the top of `on` (wax, wicks and flames that glow)."""
    if count <= 0:
        return []
    return [
        part(f"{id}_wax", "wax", cylinder(0.042, height, bevel=0.006), part="candles")
        .detail(0.5)
        .array(count, [spacing, 0, 0], center=True)
        .on(on, "top", x=x_align, z=z_align, gap=-0.002),
        part(
            f"{id}_flames",
            "flame",
            lathe([list(p) for p in FLAME_PROFILE], smooth=True),
            part="flames",
        )
        .detail(0.4)
        .array(count, [spacing, 0, 0], center=True)
        .on(f"{id}_wax", "top", gap=-0.004),
    ]


def altar(p) -> dict:
    w, d = 1.6, 0.8
    base_h = 0.66
    base = (
        part("base", "stone", box([w - 0.24, base_h, d - 0.18], bevel=0.015))
        .uv("box")
        # A sunken panel on the front, and a carved band under the slab.
        .cut(
            shape(box([w - 0.7, base_h - 0.28, 0.1], bevel=0.01)).at(
                0, 0.14, (d - 0.18) / 2 - 0.03
            ),
            shape(box([w, 0.04, 0.04])).at(0, base_h - 0.09, (d - 0.18) / 2),
        )
    )
    slab = part("slab", "slab", box([w, 0.14, d], bevel=0.025)).uv("box")
    if p.channels:  # a sacrificial slab: a gutter round the top with a spout at the front
        slab = slab.cut(
            shape(box([w - 0.16, 0.1, d - 0.16], bevel=0.01)).at(0, 0.11, 0),
            shape(box([0.06, 0.1, 0.2])).at(0, 0.11, d / 2 - 0.05),
        )
    parts = [
        part("step", "stone", box([w + 0.4, 0.15, d + 0.4], bevel=0.02)).uv("box"),
        base.on("step", "top", gap=-0.005),
        slab.on("base", "top", gap=-0.005),
    ]
    if p.channels:
        parts.append(
            part("blood", "blood", box([w - 0.2, 0.02, d - 0.2], bevel=0.004)).on(
                "slab", "top", gap=-0.045
            )
        )
    if p.cloth:  # a runner laid along the slab, hanging over the front
        parts += [
            part("cloth_top", "cloth", box([0.5, 0.012, d + 0.01]), part="cloth").on(
                "slab", "top", gap=-0.004
            ),
            part("cloth_front", "cloth", box([0.5, 0.42, 0.012]), part="cloth").on(
                "slab", "front", gap=-0.002, y=1, offset=[0, 0.01, 0]
            ),
        ]
    parts += candle_parts(
        "candle", p.candles, (w - 0.3) / max(p.candles - 1, 1), on="slab", z_align=-0.7
    )
    return program(*parts, collider="box")


def _chain_links(
    id: str, n: int, pitch: float, r: float, wire: float, *, flat: bool = False
) -> list:
    """`n` interlocking oval links hanging down from y = 0 (or lying along +X when `flat`):
    every second link turned a quarter about the chain's axis."""
    link = torus(r, wire)
    evens, odds = (n + 1) // 2, n // 2
    if flat:
        a = (
            part(f"{id}_a", "iron", link, part="links")
            .scaled([1.5, 1.0, 1.0])
            .array(evens, [2 * pitch, 0, 0])
        )
        b = (
            part(f"{id}_b", "iron", link, part="links")
            .scaled([1.5, 1.0, 1.0])
            .turned(x=90)
            .array(odds, [2 * pitch, 0, 0])
            .moved(pitch, r + wire, 0)
        )
        return [a, b] if odds else [a]
    a = (
        part(f"{id}_a", "iron", link, part="links")
        .scaled([1.0, 1.0, 1.5])
        .turned(x=90)
        .array(evens, [0, -2 * pitch, 0])
    )
    b = (
        part(f"{id}_b", "iron", link, part="links")
        .scaled([1.0, 1.0, 1.5])
        .turned(x=90, y=90)
        .array(odds, [0, -2 * pitch, 0])
        .moved(0, -pitch, 0)
    )
    return [a, b] if odds else [a]


def chain(p) -> dict:
    r, wire = 0.02, 0.0058
    pitch = 2 * 1.5 * (r - wire) - 0.002
    lying = p.style == "lying"
    parts = _chain_links("link", p.links, pitch, r, wire, flat=lying)
    if not lying:  # a wall plate and a ring to hang from
        top = 1.5 * (r + wire)
        parts += [
            part("ring", "iron", torus(0.04, 0.008), part="mount")
            .turned(x=90)
            .moved(0, top + 0.04, 0),
            part("plate", "iron", box([0.1, 0.12, 0.02], bevel=0.006), part="mount").at(
                0, top + 0.045, -0.06
            ),
            part("staple", "iron", box([0.02, 0.02, 0.07]), part="mount").at(0, top + 0.08, -0.06),
        ]
    if p.shackle:
        end = -(p.links - 1) * pitch - 1.5 * (r + wire)
        cuff = torus(0.055, 0.009, arc=300)
        if lying:
            parts.append(part("shackle", "iron", cuff).at((p.links - 1) * pitch + 0.08, 0, 0))
        else:
            parts.append(part("shackle", "iron", cuff).rotate(x=-90, z=180).at(0, end - 0.055, 0))
    return program(*parts, collider="box")


def cage(p) -> dict:
    bird = p.kind == "bird"
    r, h, bars, bar_r = (0.16, 0.3, 16, 0.0025) if bird else (0.42, 1.6, 14, 0.012)
    band = 0.004 if bird else 0.018
    parts = [
        part("bars", "iron", cylinder(bar_r, h))
        .radial(bars, radius=r - bar_r, face_out=False)
        .at(0, 0.02 if bird else 0.05, 0),
        part("bands", "iron", torus(r, band), part="bars")
        .array(3 if not bird else 2, [0, h / 2 if not bird else h * 0.7, 0])
        .at(0, 0.02 if bird else 0.05, 0),
        # The domed top: half hoops crossing over the middle.
        part("dome", "iron", torus(r - bar_r, bar_r * 1.4, arc=180), part="bars")
        .turned(x=-90)
        .radial(4, span=135)
        .at(0, h + (0.02 if bird else 0.05), 0),
    ]
    top = h + r + (0.02 if bird else 0.05)
    if bird:
        parts += [
            part("floor", "tray", cylinder(r + 0.02, 0.025, bevel=0.004)),
            part("handle", "iron", torus(0.03, 0.004), part="bars")
            .turned(x=90)
            .at(0, top - 0.004, 0),
            part("perch", "wood", cylinder(0.005, 2 * r - 0.01))
            .rotate(z=90)
            .at(r - 0.005, 0.12, 0),
        ]
    else:
        parts += [
            part("floor", "iron", cylinder(r + 0.01, 0.05, bevel=0.01)),
            part("hook", "iron", torus(0.05, 0.012), part="bars")
            .turned(x=90)
            .at(0, top - 0.012, 0),
        ]
        if p.hanging:  # the chain hangs from above down to the hook
            n, lr, lw = 7, 0.032, 0.008
            pitch = 2 * 1.5 * (lr - lw) - 0.002
            lift = top + 0.06 + (n - 1) * pitch + 1.5 * (lr + lw)
            parts += [q.moved(0, lift, 0) for q in _chain_links("chain", n, pitch, lr, lw)]
    return program(*parts, collider="capsule")


def lever(p) -> dict:
    up = p.state == "up"
    wall = p.mount == "wall"
    if wall:  # a plate on the wall (its back at z = 0), the pivot in front of its middle
        pivot = (0.0, 0.2, 0.06)
        tilt = 40.0 if up else 140.0  # about X: from straight up towards the front (+Z)
        parts = [
            part("plate", "stone", box([0.24, 0.4, 0.06], bevel=0.01))
            .uv("box")
            .cut(shape(box([0.036, 0.3, 0.08])).at(0, 0.05, 0.02))
            .at(0, 0, 0.03),
            part("slot", "hollow", box([0.034, 0.29, 0.02])).at(0, 0.055, 0.035),
            part("pivot", "iron", cylinder(0.034, 0.1, bevel=0.006))
            .rotate(z=90)
            .at(0.05, pivot[1] - 0.034, pivot[2]),
        ]
        arm_len = 0.34
    else:  # a block on the floor, the arm leaning back (up) or forward (down)
        pivot = (0.0, 0.18, 0.0)
        tilt = -35.0 if up else 35.0
        parts = [
            part("plate", "stone", box([0.36, 0.14, 0.36], bevel=0.02)).uv("box"),
            part("slot", "hollow", box([0.04, 0.02, 0.26])).at(0, 0.125, 0),
            part("pivot", "iron", cylinder(0.04, 0.16, bevel=0.006))
            .rotate(z=90)
            .at(0.08, pivot[1] - 0.04, 0),
        ]
        arm_len = 0.5
    grip = lathe([[0, 0], [0.026, 0.01], [0.03, 0.05], [0.024, 0.1], [0, 0.11]], smooth=True)
    parts += [
        part("arm", "iron", cylinder(0.014, arm_len, bevel=0.003)).turned(x=tilt).moved(*pivot),
        part("grip", "grip", grip).moved(0, arm_len - 0.02, 0).turned(x=tilt).moved(*pivot),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="altar",
        category="dungeon_castle",
        nouns=("altar", "shrine", "sacrificial altar", "stone altar", "altar stone"),
        synsets=("altar.n.01", "shrine.n.01", "altar.n.02"),
        size=SizePrior((2.0, 1.25, 1.2), 0.25),
        materials={
            "stone": M("rough_stone", "#7b776f"),
            "slab": M("marble", "#bdb7aa"),
            "cloth": M("fabric", "#6e1e22"),
            "wax": M("ceramic", "#efe6cf"),
            "flame": FLAME,
            "blood": M("organic", "#5a0f0f"),
        },
        parts=(
            RecipePart("step", "stone", ("step", "dais", "plinth")),
            RecipePart("base", "stone", ("base", "block", "pedestal")),
            RecipePart("slab", "slab", ("slab", "top", "table", "altar stone")),
            RecipePart("blood", "blood", ("blood", "gore", "stains")),
            RecipePart("cloth", "cloth", ("cloth", "runner", "altar cloth", "drape")),
            RecipePart("candles", "wax", ("candles", "candle", "wax")),
            RecipePart("flames", "flame", ("flames", "flame", "fire")),
        ),
        params=(
            Param(
                "candles",
                "int",
                2,
                0,
                6,
                count_nouns=("candles", "candle"),
                words={"candlelit": 4, "unlit": 0},
                doc="Candles along the back of the slab.",
            ),
            Param(
                "cloth",
                "bool",
                False,
                words={"cloth": True, "draped": True, "covered": True},
                doc="A cloth runner over the slab.",
            ),
            Param(
                "channels",
                "bool",
                False,
                words={"sacrificial": True, "bloody": True, "blood": True, "sacrifice": True},
                doc="A gutter round the slab's top (with blood in it).",
            ),
        ),
        build=altar,
        collider="box",
        description="A stone altar: a carved block on a step under a thick slab, with candles.",
    ),
    Recipe(
        name="cage",
        category="dungeon_castle",
        nouns=(
            "cage",
            "birdcage",
            "bird cage",
            "gibbet",
            "gibbet cage",
            "hanging cage",
            "prison cage",
        ),
        synsets=("cage.n.01", "birdcage.n.01", "gallows_tree.n.01"),
        size=SizePrior((0.86, 2.55, 0.86), 0.25),
        materials={"iron": M("iron", "#45484b"), "tray": M("brass"), "wood": M("wood_planks")},
        parts=(
            RecipePart("bars", "iron", ("bars", "bar", "hoops", "dome", "frame")),
            RecipePart("floor", "iron", ("floor", "base", "bottom", "tray")),
            RecipePart("links", "iron", ("chain", "links")),
            RecipePart("perch", "wood", ("perch",)),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "prison",
                choices=("prison", "bird"),
                words={
                    "prison": "prison",
                    "gibbet": "prison",
                    "dungeon": "prison",
                    "bird": "bird",
                    "birdcage": "bird",
                    "parrot": "bird",
                    "canary": "bird",
                },
                doc="A man-sized hanging cage, or a small birdcage.",
            ),
            Param(
                "hanging",
                "bool",
                True,
                words={"hanging": True, "suspended": True, "standing": False},
                doc="A chain above the cage (the man-sized one).",
            ),
        ),
        build=cage,
        round=True,
        collider="capsule",
        description="A round iron cage of bars with a domed top, hanging from a chain.",
    ),
    Recipe(
        name="chain",
        category="dungeon_castle",
        nouns=("chain", "iron chain", "chains", "shackles", "manacles", "fetters"),
        synsets=("chain.n.03", "chain.n.05", "handcuff.n.01"),
        size=SizePrior((0.11, 1.02, 0.14), 0.3),
        materials={"iron": M("iron", "#4f5255")},
        parts=(
            RecipePart("links", "iron", ("links", "link", "chain")),
            RecipePart("mount", "iron", ("ring", "plate", "mount", "hook")),
            RecipePart("shackle", "iron", ("shackle", "manacle", "cuff", "fetter")),
        ),
        params=(
            Param(
                "links", "int", 18, 3, 40, count_nouns=("links", "link"), doc="Links in the chain."
            ),
            Param(
                "style",
                "choice",
                "hanging",
                choices=("hanging", "lying"),
                words={
                    "hanging": "hanging",
                    "hung": "hanging",
                    "lying": "lying",
                    "loose": "lying",
                    "coiled": "lying",
                },
                doc="Hanging from a wall ring, or lying on the ground.",
            ),
            Param(
                "shackle",
                "bool",
                False,
                words={
                    "shackle": True,
                    "shackled": True,
                    "manacle": True,
                    "manacles": True,
                    "cuff": True,
                    "shackles": True,
                },
                doc="A manacle at the free end.",
            ),
        ),
        build=chain,
        collider="box",
        description="An iron chain of interlocking links hanging from a wall ring.",
    ),
    Recipe(
        name="lever",
        category="dungeon_castle",
        nouns=("lever", "wall lever", "switch", "floor lever", "pull lever"),
        synsets=("lever.n.01", "lever.n.02"),
        size=SizePrior((0.24, 0.55, 0.3), 0.3),
        materials={
            "stone": M("rough_stone", "#7a756c"),
            "iron": M("iron", "#4a4d50"),
            "grip": M("wood_planks", "#5d3b22"),
            "hollow": M("soil", "#1f1a15"),
        },
        parts=(
            RecipePart("plate", "stone", ("plate", "base", "mount", "housing")),
            RecipePart("slot", "hollow", ("slot",)),
            RecipePart("pivot", "iron", ("pivot", "hinge", "axle")),
            RecipePart("arm", "iron", ("arm", "handle", "rod", "shaft")),
            RecipePart("grip", "grip", ("grip", "knob", "handle")),
        ),
        params=(
            Param(
                "state",
                "choice",
                "up",
                choices=("up", "down"),
                words={
                    "up": "up",
                    "raised": "up",
                    "off": "up",
                    "down": "down",
                    "pulled": "down",
                    "on": "down",
                    "lowered": "down",
                },
                doc="The arm up or pulled down.",
            ),
            Param(
                "mount",
                "choice",
                "wall",
                choices=("wall", "floor"),
                words={
                    "wall": "wall",
                    "wall-mounted": "wall",
                    "floor": "floor",
                    "ground": "floor",
                    "standing": "floor",
                },
                doc="On a wall plate, or on a block on the floor.",
            ),
        ),
        build=lever,
        collider="box",
        description="A lever: an iron arm with a wooden grip on a pivot in a slotted stone plate.",
    ),
]
