"""Magic props: staff, wand, potion, book, scroll, crystal ball, runestone. (Jewellery, coins,
gems and keys are in treasure.py.) Magic crystals, potions, sigils and runes glow."""

from __future__ import annotations

from ..dsl import blob, box, cone, cylinder, extrude, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole

ARCANE = M(
    "crystal", "#8ad8ff", emissive="#4cc4ff", emissive_strength=1.1, emissive_pattern="family"
)


def _parts(*rows) -> tuple[RecipePart, ...]:
    return tuple(RecipePart(name, role, tuple(words)) for name, role, words in rows)


def crystal_profile(r: float, h: float) -> list[list[float]]:
    """A six-sided crystal point: a short base point, a prism, a long point on top."""
    return [[0, 0], [r, 0.2 * h], [r, 0.62 * h], [0, h]]


# ---------------------------------------------------------------------------------------------
# Staff


def staff(p) -> dict:
    rng = p.rng
    length = 1.6
    if p.gnarled:
        # A crooked branch: a smooth path wandering a little, thinning upwards, with knots on it.
        ys = [0.0, 0.3, 0.6, 0.9, 1.2, 1.45, length]
        path = (
            [[0.0, 0.0, 0.0]]
            + [
                [float(rng.uniform(-0.025, 0.025)), y, float(rng.uniform(-0.025, 0.025))]
                for y in ys[1:-1]
            ]
            + [[0.0, length, 0.0]]
        )
        shaft = part(
            "shaft",
            "wood",
            sweep(
                path,
                curve="smooth",
                radii=[0.024, 0.022, 0.021, 0.02, 0.019, 0.019, 0.021],
                caps="round",
            ),
        )
        parts = [
            shaft,
            part("knots", "wood", blob([0.05, 0.07, 0.05], lumps=0.3, lump_count=6), part="shaft")
            .array(3, [0, 0.42, 0], jitter={"translate": [0.01, 0.05, 0.01], "scale": 0.3})
            .at(0.012, 0.45, 0.0)
            .detail(0.4),
        ]
    else:
        parts = [
            part("shaft", "wood", cylinder(0.02, length, bevel=0.006)).uv("cylindrical"),
            part("ferrule", "metal", cylinder(0.023, 0.04, bevel=0.004), part="bands"),
        ]
    top = length
    if p.head == "crystal":
        parts += [
            # Prongs curling up round the crystal like a claw.
            part(
                "claw",
                "wood",
                sweep(
                    [[0.0, 0.0, 0.015], [0.0, 0.06, 0.062], [0.0, 0.15, 0.056], [0.0, 0.21, 0.02]],
                    curve="smooth",
                    radii=[0.015, 0.012, 0.009, 0.005],
                    caps="round",
                ),
                part="shaft",
            )
            .radial(4, start=45)
            .at(0, top - 0.03, 0),
            part("crystal", "crystal", lathe(crystal_profile(0.045, 0.21), sides=6)).at(
                0, top + 0.01, 0
            ),
            part("bands", "metal", cylinder(0.026, 0.02, bevel=0.004))
            .array(2, [0, 0.05, 0])
            .at(0, top - 0.1, 0),
        ]
    elif p.head == "crook":
        parts.append(
            part(
                "crook",
                "wood",
                sweep(
                    [
                        [0, 0, 0],
                        [0, 0.12, 0],
                        [0.04, 0.22, 0],
                        [0.13, 0.24, 0],
                        [0.19, 0.16, 0],
                        [0.17, 0.09, 0],
                    ],
                    0.018,
                    curve="smooth",
                    caps="round",
                ),
                part="shaft",
            ).at(0, top - 0.02, 0)
        )
    else:
        parts.append(
            part("cap", "metal", cylinder(0.024, 0.05, bevel=0.006), part="bands").at(
                0, top - 0.04, 0
            )
        )
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Wand


def wand(p) -> dict:
    shaft = [
        [0, 0],
        [0.0105, 0],
        [0.012, 0.006],
        [0.0105, 0.012],
        [0.0095, 0.09],
        [0.0115, 0.1],
        [0.008, 0.108],
        [0.006, 0.33],
        [0, 0.34],
    ]
    parts = [
        part("shaft", "wood", lathe(shaft, smooth=True, crease=50)).detail(1.5),
        part("grip", "leather", cylinder(0.0112, 0.07, bevel=0.002)).at(0, 0.016, 0),
        part("bands", "metal", torus(0.0108, 0.0022))
        .array(3, [0, 0.035, 0])
        .at(0, 0.014, 0)
        .detail(0.4),
    ]
    if p.tip:
        parts.append(
            part("tip", "crystal", lathe(crystal_profile(0.009, 0.04), sides=6)).at(0, 0.327, 0)
        )
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Potion


def _vessel(outer: list[list[float]], wall: float) -> list[list[float]]:
    """A hollow vessel's lathe profile: up the outside, back down the inside `wall` thinner."""
    inner = [[max(r - wall, 0.0), y] for r, y in reversed(outer[1:])]
    inner[-1] = [0.0, outer[0][1] + wall]
    return outer + [[inner[0][0], outer[-1][1]]] + inner[1:]


def potion(p) -> dict:
    if p.shape == "vial":
        outer: list[list[float]] = [
            [0, 0],
            [0.01, 0.003],
            [0.013, 0.012],
            [0.013, 0.1],
            [0.015, 0.104],
            [0.015, 0.108],
        ]
        fill = [[0, 0.003], [0.008, 0.005], [0.0103, 0.013], [0.0103, 0.07], [0, 0.07]]
        neck_y, neck_r = 0.1, 0.0115
    elif p.shape == "bottle":  # a conical flask with a flat base and a long neck
        outer = [
            [0, 0],
            [0.05, 0],
            [0.055, 0.008],
            [0.04, 0.06],
            [0.016, 0.105],
            [0.015, 0.14],
            [0.019, 0.145],
            [0.019, 0.15],
        ]
        fill = [[0, 0.003], [0.047, 0.003], [0.051, 0.009], [0.038, 0.058], [0, 0.058]]
        neck_y, neck_r = 0.138, 0.0125
    else:  # a round flask: a ball with a neck
        outer = [
            [0, 0],
            [0.03, 0.002],
            [0.052, 0.022],
            [0.06, 0.055],
            [0.052, 0.088],
            [0.028, 0.108],
            [0.016, 0.116],
            [0.015, 0.15],
            [0.019, 0.155],
            [0.019, 0.16],
        ]
        fill = [
            [0, 0.003],
            [0.028, 0.005],
            [0.049, 0.024],
            [0.0565, 0.055],
            [0.052, 0.075],
            [0, 0.075],
        ]
        neck_y, neck_r = 0.145, 0.0125
    # The liquid is opaque and glows (plastic family): seen through the translucent glass.
    parts = [
        part("liquid", "liquid", lathe(fill, smooth=True)).detail(1.2),
        part("glass", "glass", lathe(_vessel(outer, 0.0025), smooth=True, crease=50)).detail(1.4),
        part("cork", "cork", cone(neck_r, 0.03, radius_top=neck_r + 0.003))
        .at(0, neck_y, 0)
        .uv("cylindrical"),
    ]
    if p.shape != "vial":
        parts.append(
            part("string", "string", torus(0.017 if p.shape == "round" else 0.0165, 0.0022))
            .at(0, neck_y - 0.022, 0)
            .detail(0.4)
        )
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Book


def book(p) -> dict:
    w, d, t, block = 0.19, 0.25, 0.007, 0.04
    if p.open:
        return _open_book(p, w, d, t)
    top = t + block
    parts = [
        part("covers", "cover", box([w, t, d], bevel=0.002), part="cover").array(2, [0, top, 0]),
        part("pages", "pages", box([w - 0.012, block + 0.001, d - 0.014], bevel=0.002)).at(
            0.004, t - 0.0005, 0
        ),
        # The spine: a rounded back on the left edge, with raised bands across it.
        part("spine", "cover", cylinder(top / 2 + t / 2, d, bevel=0.002), part="cover")
        .rotate(x=90)
        .scale([0.45, 1.0, 1.0])
        .at(-w / 2, top / 2 + t / 2, -d / 2),
        part("bands", "cover", torus(top / 2 + t / 2, 0.003), part="cover")
        .turned(x=90)
        .scaled([0.45, 1.0, 1.0])
        .array(4, [0, 0, 0.06], center=True)
        .at(-w / 2, top / 2 + t / 2, 0)
        .detail(0.4),
    ]
    if p.corners:
        parts += [
            part("corners", "metal", box([0.03, 0.003, 0.03], bevel=0.001))
            .turned(y=45)
            .array(2, [0, 0, d - 0.016], center=True)
            .at(w / 2 - 0.006, top + t - 0.001, 0),
            part("clasp", "metal", box([0.03, top + t + 0.004, 0.026], bevel=0.003)).at(
                w / 2 - 0.008, -0.002, 0
            ),
        ]
    if p.sigil:
        parts += [
            part("sigil", "sigil", torus(0.045, 0.004)).at(0, top + t - 0.002, 0),
            part(
                "sigil_star",
                "sigil",
                extrude(
                    [
                        [0, 0.04],
                        [0.01, 0.012],
                        [0.038, 0.012],
                        [0.016, -0.005],
                        [0.024, -0.032],
                        [0, -0.016],
                        [-0.024, -0.032],
                        [-0.016, -0.005],
                        [-0.038, 0.012],
                        [-0.01, 0.012],
                    ],
                    0.003,
                    axis="y",
                ),
                part="sigil",
            ).at(0, top + t - 0.001, 0),
        ]
    return program(*parts, collider="box")


def _open_book(p, w, d, t) -> dict:
    parts = [
        part("covers", "cover", box([w, t, d + 0.01], bevel=0.002), part="cover")
        .moved(w / 2 + 0.004, 0, 0)
        .mirror("x"),
        # Each half of the pages rises towards the spine, a curved stack.
        part("pages", "pages", box([w - 0.012, 0.022, d - 0.01], bevel=0.002))
        .bend(-8, axis="x", toward="y")
        .moved(w / 2 - 0.002, t, 0)
        .mirror("x"),
        part("spine", "cover", cylinder(0.012, d + 0.01), part="cover")
        .rotate(x=90)
        .at(0, 0.004, -(d + 0.01) / 2),
    ]
    if p.sigil:
        parts.append(
            part("sigil", "sigil", torus(0.04, 0.0025)).scale([1, 1, 1.2]).at(0.1, t + 0.026, 0)
        )
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Scroll and map


def scroll(p) -> dict:
    length = 0.3
    if not p.open:
        parts = [
            part("paper", "paper", cylinder(0.024, length, bevel=0.004))
            .rotate(z=90)
            .at(length / 2, 0, 0)
            .uv("cylindrical"),
            part(
                "rollers",
                "wood",
                lathe(
                    [
                        [0, 0],
                        [0.012, 0.0],
                        [0.014, 0.012],
                        [0.008, 0.016],
                        [0.008, 0.03],
                        [0, 0.03],
                    ],
                    smooth=True,
                ),
            )
            .moved(0, length / 2 - 0.002, 0)
            .mirror("y")
            .rotate(z=90),
            part("ribbon", "ribbon", torus(0.0255, 0.0035))
            .rotate(z=90)
            .at(0.018, 0, 0)
            .detail(0.5),
            # The wax seal sits on the ribbon, on the roll's front-top.
            part("seal", "seal", cylinder(0.011, 0.005, bevel=0.0015))
            .rotate(x=45)
            .at(0.016, 0.018, 0.018),
        ]
        return program(*parts, collider="box")
    # Unrolled: the sheet lies flat, each end still curled round a roller.
    depth = 0.36
    parts = [
        part("paper", "paper", box([length, 0.002, depth]))
        .bend(6, axis="z", toward="y")
        .at(0, 0.012, 0)
        .uv("planar", axis="y"),
        part("rollers", "wood", cylinder(0.014, length + 0.05, bevel=0.004))
        .rotate(z=90)
        .array(2, [0, 0, depth], center=True)
        .at((length + 0.05) / 2, 0.0, 0)
        .uv("cylindrical"),
        part("curls", "paper", cylinder(0.017, length, inner_radius=0.013), part="paper")
        .rotate(z=90)
        .array(2, [0, 0, depth], center=True)
        .at(length / 2, -0.003, 0),
        # Ink: a dotted route and an X marking the spot.
        part("ink", "ink", box([0.045, 0.002, 0.008]))
        .turned(y=45)
        .mirror("z")
        .at(0.06, 0.0135, 0.06),
        part("route", "ink", cylinder(0.005, 0.002), part="ink")
        .array(7, [-0.025, 0, -0.018])
        .at(0.035, 0.0135, 0.04)
        .detail(0.3),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------
# Crystal ball


def crystal_ball(p) -> dict:
    r = 0.075
    if not p.stand:
        return program(part("ball", "orb", sphere(r)).detail(2.0), collider="capsule")
    parts = [
        part(
            "stand",
            "stand",
            lathe(
                [
                    [0, 0],
                    [0.075, 0],
                    [0.078, 0.012],
                    [0.065, 0.02],
                    [0.04, 0.03],
                    [0.03, 0.05],
                    [0.045, 0.06],
                    [0.05, 0.07],
                    [0, 0.07],
                ],
                smooth=True,
            ),
        ),
        # Three claws curling up round the ball.
        part(
            "claws",
            "stand",
            sweep(
                [[0, 0.0, 0.035], [0, 0.03, 0.07], [0, 0.075, 0.076], [0, 0.11, 0.05]],
                curve="smooth",
                radii=[0.008, 0.007, 0.006, 0.003],
                caps="round",
            ),
        )
        .radial(3)
        .at(0, 0.055, 0),
        part("ball", "orb", sphere(r)).at(0, 0.058, 0).detail(2.0),
    ]
    return program(*parts, collider="capsule")


# ---------------------------------------------------------------------------------------------
# Runestone


def runestone(p) -> dict:
    h = 2.0
    parts = [
        part(
            "stone",
            "runes",
            blob([0.78, h, 0.42], lumps=0.06, lump_count=10, facets=5, flat_bottom=0.06),
        )
        .taper([0.72, 0.85])
        .uv("box")
        .detail(1.5),
        part(
            "rubble",
            "rubble",
            blob([0.26, 0.14, 0.22], lumps=0.25, lump_count=6, facets=3, flat_bottom=0.3),
        )
        .radial(5, radius=0.42, start=20, jitter={"scale": 0.35, "rotate": [0, 50, 0]})
        .detail(0.5),
    ]
    return program(*parts, collider="box")


# ---------------------------------------------------------------------------------------------

GOLD = M("brass", "#d4a93a")

RECIPES = [
    Recipe(
        name="staff",
        category="magic",
        nouns=(
            "staff",
            "quarterstaff",
            "walking stick",
            "crook",
            "wizard staff",
            "magic staff",
            "stave",
        ),
        synsets=("staff.n.02", "quarterstaff.n.01", "walking_stick.n.01", "crook.n.03"),
        size=SizePrior((0.1, 1.8, 0.1), 0.3),
        materials={"wood": M("bark", "#5b4128"), "metal": GOLD, "crystal": ARCANE},
        parts=_parts(
            ("shaft", "wood", ("shaft", "staff", "wood", "claw", "crook")),
            ("crystal", "crystal", ("crystal", "gem", "orb", "stone")),
            ("bands", "metal", ("bands", "rings", "cap", "ferrule")),
        ),
        params=(
            Param(
                "head",
                "choice",
                "crystal",
                choices=("crystal", "crook", "plain"),
                words={
                    "crystal": "crystal",
                    "wizard": "crystal",
                    "magic": "crystal",
                    "orb": "crystal",
                    "crook": "crook",
                    "shepherd's": "crook",
                    "quarterstaff": "plain",
                    "walking": "plain",
                    "plain": "plain",
                },
                doc="A glowing crystal in a claw, a curled crook, or a plain capped end.",
            ),
            Param(
                "gnarled",
                "bool",
                True,
                words={
                    "gnarled": True,
                    "twisted": True,
                    "knotted": True,
                    "crooked": True,
                    "straight": False,
                    "smooth": False,
                },
                doc="A crooked, knotted branch rather than a straight pole.",
            ),
        ),
        build=staff,
        collider="capsule",
        description="A gnarled wooden staff with a glowing crystal held in a claw at the top.",
    ),
    Recipe(
        name="wand",
        category="magic",
        nouns=("wand", "magic wand", "rod"),
        synsets=("wand.n.01",),
        size=SizePrior((0.024, 0.36, 0.024), 0.3),
        materials={
            "wood": M("wood_planks", "#4a2f1d"),
            "leather": M("leather", "#2d1f17"),
            "metal": GOLD,
            "crystal": ARCANE,
        },
        parts=_parts(
            ("shaft", "wood", ("shaft", "wand", "wood")),
            ("grip", "leather", ("grip", "handle")),
            ("bands", "metal", ("bands", "rings")),
            ("tip", "crystal", ("tip", "crystal", "gem")),
        ),
        params=(
            Param(
                "tip",
                "bool",
                True,
                words={"glowing": True, "crystal": True, "plain": False},
                doc="A glowing crystal tip.",
            ),
        ),
        build=wand,
        round=True,
        collider="capsule",
        description="A turned wooden wand with a leather grip and a glowing crystal tip.",
    ),
    Recipe(
        name="potion",
        category="magic",
        nouns=("potion", "flask", "vial", "phial", "elixir", "potion bottle", "tonic"),
        synsets=("potion.n.01", "flask.n.01", "phial.n.01", "elixir.n.01"),
        size=SizePrior((0.12, 0.175, 0.12), 0.25),
        materials={
            "liquid": M("plastic", "#c8102e", emissive="#ff1838", emissive_strength=1.3),
            "glass": M("crystal", "#bcd6da"),
            "cork": M("end_grain", "#a67c4e"),
            "string": M("rope", "#8a6a44"),
        },
        parts=_parts(
            ("liquid", "liquid", ("liquid", "potion", "contents", "elixir")),
            ("glass", "glass", ("glass", "bottle", "flask", "vial")),
            ("cork", "cork", ("cork", "stopper")),
            ("string", "string", ("string", "twine")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "vial", "bottle"),
                words={
                    "round": "round",
                    "flask": "round",
                    "vial": "vial",
                    "phial": "vial",
                    "tube": "vial",
                    "bottle": "bottle",
                    "conical": "bottle",
                },
                doc="A round flask, a thin vial, or a conical bottle.",
            ),
        ),
        build=potion,
        round=True,
        collider="capsule",
        description="A glass potion flask with a glowing liquid and a cork.",
    ),
    Recipe(
        name="book",
        category="magic",
        nouns=("book", "spellbook", "tome", "grimoire", "volume", "spell book", "journal", "codex"),
        synsets=("book.n.02", "tome.n.01", "grimoire.n.01"),
        size=SizePrior((0.2, 0.055, 0.25), 0.25),
        materials={
            "cover": M("leather", "#5a2a1e"),
            "pages": M("paper", "#e8dcbc"),
            "metal": GOLD,
            "sigil": M("brass", "#e0b84a", emissive="#ffcf5a", emissive_strength=0.9),
        },
        parts=_parts(
            ("cover", "cover", ("cover", "covers", "binding", "spine", "leather")),
            ("pages", "pages", ("pages", "paper", "leaves")),
            ("corners", "metal", ("corners", "corner")),
            ("clasp", "metal", ("clasp", "lock", "latch")),
            ("sigil", "sigil", ("sigil", "emblem", "rune", "symbol")),
        ),
        params=(
            Param(
                "open",
                "bool",
                False,
                words={"open": True, "opened": True, "closed": False, "shut": False},
                doc="Lying open, pages up.",
            ),
            Param(
                "corners",
                "bool",
                True,
                words={"plain": False, "bound": True},
                doc="Metal corner guards and a clasp.",
            ),
            Param(
                "sigil",
                "bool",
                False,
                words={
                    "spellbook": True,
                    "grimoire": True,
                    "magic": True,
                    "enchanted": True,
                    "arcane": True,
                    "magical": True,
                },
                doc="A glowing sigil on the cover.",
            ),
        ),
        build=book,
        long_axis="z",
        collider="box",
        description="A leather-bound book lying closed, with metal corners and a clasp.",
    ),
    Recipe(
        name="scroll",
        category="magic",
        nouns=("scroll", "parchment", "map", "treasure map", "scroll of parchment"),
        synsets=("parchment.n.01", "map.n.01"),
        size=SizePrior((0.36, 0.058, 0.058), 0.3),
        materials={
            "paper": M("paper", "#e2cf9f"),
            "wood": M("wood_planks", "#5e3b22"),
            "ribbon": M("fabric", "#8c1f24"),
            "seal": M("organic", "#8a1414"),
            "ink": M("paper", "#4a2a18"),
        },
        parts=_parts(
            ("paper", "paper", ("parchment", "paper", "sheet", "map")),
            ("rollers", "wood", ("rollers", "rods", "handles")),
            ("ribbon", "ribbon", ("ribbon", "tie", "string")),
            ("seal", "seal", ("seal", "wax")),
            ("ink", "ink", ("ink", "writing", "marks", "route")),
        ),
        params=(
            Param(
                "open",
                "bool",
                False,
                words={
                    "open": True,
                    "unrolled": True,
                    "unfurled": True,
                    "map": True,
                    "rolled": False,
                    "sealed": False,
                },
                doc="Unrolled flat between its rollers (a map), or rolled and tied.",
            ),
        ),
        build=scroll,
        long_axis="x",
        collider="box",
        description="A rolled parchment scroll on wooden rollers, tied with a ribbon and sealed.",
    ),
    Recipe(
        name="crystal_ball",
        category="magic",
        nouns=("crystal ball", "orb", "scrying orb", "seeing stone", "magic orb"),
        synsets=("crystal_ball.n.01",),
        size=SizePrior((0.16, 0.21, 0.16), 0.25),
        materials={
            "orb": M("crystal", "#9a8cff", emissive="#7a5cff", emissive_strength=1.6),
            "stand": M("brass", "#b48a3c"),
        },
        parts=_parts(
            ("ball", "orb", ("ball", "orb", "crystal", "globe", "sphere")),
            ("stand", "stand", ("stand", "base", "pedestal")),
            ("claws", "stand", ("claws", "talons")),
        ),
        params=(
            Param(
                "stand",
                "bool",
                True,
                words={"stand": True, "pedestal": True, "loose": False, "bare": False},
                doc="On a claw stand.",
            ),
        ),
        build=crystal_ball,
        round=True,
        collider="capsule",
        description="A glowing crystal ball held by three claws on a turned brass stand.",
    ),
    Recipe(
        name="runestone",
        category="magic",
        nouns=(
            "runestone",
            "rune stone",
            "standing stone",
            "menhir",
            "monolith",
            "megalith",
            "rune",
        ),
        synsets=("menhir.n.01", "megalith.n.01"),
        size=SizePrior((0.95, 2.0, 0.8), 0.3),
        materials={
            "runes": M(
                "rough_stone",
                "#6f6d66",
                emissive="#45c8ff",
                emissive_strength=1.6,
                emissive_pattern="runes",
            ),
            "rubble": M("rough_stone", "#6a665e"),
        },
        parts=_parts(
            ("stone", "runes", ("stone", "runes", "monolith", "slab")),
            ("rubble", "rubble", ("rubble", "stones", "rocks", "base")),
        ),
        build=runestone,
        collider="box",
        description="A tall rough standing stone carved with glowing runes, stones at its foot.",
    ),
]
