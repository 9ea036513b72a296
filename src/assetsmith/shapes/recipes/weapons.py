"""Melee weapons: sword, dagger, club, mace, war hammer, spear, halberd. Each stands upright on
its pommel or butt (pivot at the bottom centre), flat faces towards the front (+Z)."""

from __future__ import annotations

from typing import Any

from ..dsl import box, cone, cylinder, extrude, lathe, part, program, shape, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .hafts import blade, finer, haft, knob, wrapped_grip

M = MaterialRole

# Sword styles: blade length, (fraction, width) stations, thickness, spine, curve (degrees),
# grip length, guard kind.
_SWORDS: dict[str, dict[str, Any]] = {
    "longsword": dict(
        blade=0.76,
        widths=[(0, 0.058), (0.06, 0.062), (0.78, 0.05), (0.93, 0.03), (1, 0.002)],
        thick=0.011,
        spine=0.0,
        bend=0.0,
        grip=0.19,
        guard="cross",
        guard_w=0.24,
    ),
    "greatsword": dict(
        blade=0.98,
        widths=[(0, 0.062), (0.05, 0.068), (0.8, 0.054), (0.94, 0.032), (1, 0.002)],
        thick=0.012,
        spine=0.0,
        bend=0.0,
        grip=0.3,
        guard="cross",
        guard_w=0.34,
    ),
    "curved": dict(
        blade=0.74,
        widths=[(0, 0.036), (0.5, 0.042), (0.8, 0.05), (0.93, 0.034), (1, 0.002)],
        thick=0.009,
        spine=1.0,
        bend=-22.0,
        grip=0.14,
        guard="knuckle",
        guard_w=0.15,
    ),
    "katana": dict(
        blade=0.72,
        widths=[(0, 0.032), (0.85, 0.028), (0.96, 0.02), (1, 0.002)],
        thick=0.009,
        spine=1.0,
        bend=-9.0,
        grip=0.26,
        guard="disc",
        guard_w=0.08,
    ),
    "rapier": dict(
        blade=0.92,
        widths=[(0, 0.024), (0.6, 0.017), (0.95, 0.01), (1, 0.001)],
        thick=0.007,
        spine=0.0,
        bend=0.0,
        grip=0.13,
        guard="swept",
        guard_w=0.22,
    ),
}


def _guard(kind: str, w: float, grip_len: float, y: float) -> list:
    """The parts between grip and blade, their base at height y: the guard (a cross with quillons
    turned towards the blade, a round tsuba, or a knuckle bow and ring for sabres and rapiers)."""
    if kind == "disc":  # a round tsuba and a collar
        return [
            part("guard", "brass", cylinder(w / 2, 0.008, bevel=0.002), part="guard").at(0, y, 0),
            part("collar", "brass", cylinder(0.016, 0.03, bevel=0.002), part="guard").at(
                0, y + 0.006, 0
            ),
        ]
    h = w / 2
    quillons = sweep(
        [[-h, 0.03, 0], [-h * 0.5, 0.012, 0], [0, 0.01, 0], [h * 0.5, 0.012, 0], [h, 0.03, 0]],
        radii=[0.008, 0.01, 0.014, 0.01, 0.008],
        curve="smooth",
        caps="round",
    )
    out = [part("guard", "brass", quillons, part="guard").at(0, y, 0)]
    if kind in ("knuckle", "swept"):  # a bow from the guard down round the knuckles to the pommel
        x = 0.05 if kind == "knuckle" else 0.045
        bow = sweep(
            [
                [0.0, 0.01, 0],
                [x, 0.0, 0],
                [x + 0.012, -grip_len * 0.5, 0],
                [x * 0.6, -grip_len + 0.01, 0],
                [0.0, -grip_len - 0.005, 0],
            ],
            0.0055,
            curve="smooth",
        )
        out.append(part("knuckle_bow", "brass", bow, part="guard").at(0, y, 0))
    if kind == "swept":  # a rapier's ring guard
        out.append(
            part("ring", "brass", torus(0.035, 0.005), part="guard")
            .rotate(x=90)
            .at(0, y + 0.035, -0.005)
        )
    return out


def _break(at: float, top: float) -> dict:
    """What a snapped blade has lost: everything above a jagged line that falls across it."""
    return extrude(
        [
            [-0.3, at + 0.03],
            [-0.012, at + 0.01],
            [-0.004, at + 0.022],
            [0.006, at - 0.004],
            [0.014, at + 0.008],
            [0.3, at - 0.04],
            [0.3, top + 0.1],
            [-0.3, top + 0.1],
        ],
        0.2,
    )


def sword(p) -> dict:
    s = _SWORDS[p.style]
    grip_len, blade_len = s["grip"], s["blade"]
    pommel = (
        part("pommel", "brass", cylinder(0.018, 0.03, bevel=0.006))
        if p.style == "katana"
        else part("pommel", "brass", knob(0.024, 0.048))
    )
    y_guard = 0.04 + grip_len
    steel = part(
        "blade", "steel", blade(blade_len, s["widths"], s["thick"], spine=s["spine"])
    ).detail(1.4)
    if s["bend"]:
        steel = steel.bend(s["bend"], axis="y", toward="x")
    if p.condition == "broken":  # snapped a third of the way up: a slanted, jagged break
        steel = steel.cut(shape(_break(blade_len * 0.38, blade_len)))
    grip_r = 0.016 if p.style == "katana" else 0.0155
    return program(
        pommel,
        part(
            "grip",
            "leather",
            wrapped_grip(grip_len, grip_r, ridges=11 if p.style == "katana" else 7),
        ).at(0, 0.03, 0),
        *_guard(s["guard"], s["guard_w"], grip_len, y_guard),
        steel.at(0, y_guard + 0.018, 0),
        collider="box",
    )


def dagger(p) -> dict:
    blade_len = 0.22
    widths = [(0, 0.036), (0.1, 0.04), (0.6, 0.03), (1, 0.002)]
    edge = blade(blade_len, widths, 0.008, spine=1.0 if p.blade == "curved" else 0.0)
    steel = part("blade", "steel", edge).detail(1.3)
    if p.blade == "curved":
        steel = steel.bend(-28, axis="y", toward="x")
    if p.condition == "broken":
        steel = steel.cut(shape(_break(blade_len * 0.5, blade_len)))
    return program(
        part("pommel", "brass", knob(0.016, 0.026)),
        part("grip", "leather", wrapped_grip(0.095, 0.012, ridges=5)).at(0, 0.02, 0),
        part(
            "guard",
            "brass",
            sweep(
                [
                    [-0.05, 0.014, 0],
                    [-0.025, 0.004, 0],
                    [0, 0.003, 0],
                    [0.025, 0.004, 0],
                    [0.05, 0.014, 0],
                ],
                radii=[0.005, 0.007, 0.009, 0.007, 0.005],
                curve="smooth",
                caps="round",
            ),
        ).at(0, 0.11, 0),
        steel.at(0, 0.122, 0),
        collider="box",
    )


def club(p) -> dict:
    # One turned piece: a thin handle swelling into a heavy head; knots and studs stand out of it.
    prof = [
        [0, 0],
        [0.02, 0],
        [0.024, 0.02],
        [0.02, 0.1],
        [0.021, 0.24],
        [0.032, 0.36],
        [0.05, 0.5],
        [0.066, 0.64],
        [0.07, 0.72],
        [0.058, 0.79],
        [0.03, 0.815],
        [0, 0.82],
    ]
    parts = [
        part("club", "wood", lathe(prof, smooth=True)).uv("cylindrical").detail(1.2),
        part("knots", "wood", sphere(0.024), part="club")
        .scale([1, 1.5, 0.8])
        .radial(5, radius=0.045, jitter={"rotate": [0, 25, 0], "translate": [0, 0.05, 0]})
        .at(0, 0.55, 0),
        part("grip", "leather", wrapped_grip(0.16, 0.022, ridges=6)).at(0, 0.02, 0),
    ]
    if p.spiked:  # iron studs driven into the head, in three staggered rings
        parts.append(
            part("spikes", "iron", cone(0.011, 0.04, sides=6))
            .turned(x=90)
            .radial(7, radius=0.058)
            .array(3, [0, 0.08, 0])
            .turned(y=20)
            .at(0, 0.55, 0)
        )
    return program(*parts, collider="capsule")


def mace(p) -> dict:
    parts = [
        part("pommel", "iron", knob(0.02, 0.03), part="head"),
        part("grip", "leather", wrapped_grip(0.16, 0.017, ridges=6)).at(0, 0.025, 0),
        part("shaft", "wood", cylinder(0.016, 0.46, bevel=0.004)).uv("cylindrical").at(0, 0.18, 0),
        part("collar", "iron", cylinder(0.024, 0.05, bevel=0.005), part="head").at(0, 0.55, 0),
        part("core", "iron", sphere(0.05), part="head").scale([1, 1.15, 1]).at(0, 0.57, 0),
        part("finial", "iron", cone(0.02, 0.06, sides=8), part="head").at(0, 0.68, 0),
    ]
    if p.head == "spiked":
        for k, (tilt, dy) in enumerate(
            ((90, 0.0), (45, 0.035), (135, -0.035))
        ):  # three rings of spikes
            parts.append(
                part(f"spikes_{k}", "iron", cone(0.016, 0.06, sides=6), part="spikes")
                .moved(0, 0.035, 0)
                .turned(x=tilt)
                .radial(6, start=30 * k)
                .at(0, 0.627 + dy, 0)
            )
    else:  # flanged: six blades standing out round the head
        flange = extrude(
            [[0, 0], [0.045, 0.015], [0.068, 0.06], [0.056, 0.12], [0, 0.14]],
            0.012,
            bevel=0.003,
            axis="x",
        )
        parts.append(
            part("flanges", "iron", flange, part="spikes").radial(7, axis="y").at(0, 0.55, 0)
        )
    return program(*finer(parts, 1.5), collider="capsule")


def war_hammer(p) -> dict:
    shaft_len = 0.95
    y = shaft_len - 0.02
    face = cylinder(0.03, 0.07, bevel=0.006)
    parts = [
        part("pommel", "iron", knob(0.022, 0.035), part="head"),
        part("shaft", "wood", cylinder(0.018, shaft_len, bevel=0.004))
        .uv("cylindrical")
        .at(0, 0.02, 0),
        part("grip", "leather", wrapped_grip(0.24, 0.021, ridges=8)).at(0, 0.05, 0),
        part("langets", "iron", box([0.046, 0.2, 0.012], bevel=0.003), part="head").at(
            0, y - 0.16, 0
        ),
        part("block", "iron", box([0.07, 0.08, 0.06], bevel=0.008), part="head").at(
            0, y - 0.045, 0
        ),
        part("face", "iron", face, part="head").rotate(z=-90).at(0.03, y - 0.005, 0),
        part("top_spike", "iron", cone(0.018, 0.09, sides=8), part="head").at(0, y + 0.03, 0),
    ]
    if p.double:
        parts.append(
            part("face_back", "iron", face, part="head").rotate(z=90).at(-0.03, y - 0.005, 0)
        )
    else:  # a beak: a curved spike behind the hammer face
        parts.append(
            part(
                "beak",
                "iron",
                sweep(
                    [[-0.03, 0.0, 0], [-0.1, -0.01, 0], [-0.16, -0.05, 0]],
                    radii=[0.02, 0.012, 0.002],
                    curve="smooth",
                ),
                part="head",
            ).at(0, y - 0.005, 0)
        )
    return program(*parts, collider="box")


def spear(p) -> dict:
    if p.style == "lance":  # a jousting lance: a long fluted cone behind a hand guard
        return program(
            part("butt", "iron", cylinder(0.03, 0.04, bevel=0.006), part="head"),
            part(
                "shaft",
                "wood",
                lathe(
                    [
                        [0, 0],
                        [0.03, 0],
                        [0.034, 0.3],
                        [0.026, 0.55],
                        [0.045, 0.62],
                        [0.06, 0.7],
                        [0.05, 1.2],
                        [0.03, 2.6],
                        [0.012, 2.9],
                        [0, 2.95],
                    ],
                    smooth=True,
                ),
            )
            .uv("cylindrical")
            .at(0, 0.03, 0),
            part("vamplate", "iron", cone(0.16, 0.22, radius_top=0.045), part="head").at(
                0, 0.62, 0
            ),
            part("grip", "leather", wrapped_grip(0.2, 0.031, ridges=5)).at(0, 0.38, 0),
            part("tip", "iron", cone(0.016, 0.08, sides=8), part="head").at(0, 2.96, 0),
            collider="capsule",
        )
    length = 2.0
    head = extrude(
        [
            [0, 0],
            [0.036, 0.07],
            [0.045, 0.12],
            [0.022, 0.25],
            [0, 0.34],
            [-0.022, 0.25],
            [-0.045, 0.12],
            [-0.036, 0.07],
        ],
        0.014,
        smooth=True,
        bevel=0.004,
    )
    return program(
        *finer(
            [
                part("butt", "iron", cone(0.012, 0.06, radius_top=0.02), part="socket"),
                haft("shaft", "wood", length, 0.017, top_radius=0.015).at(0, 0.05, 0),
                part("socket", "iron", cone(0.02, 0.12, radius_top=0.012)).at(0, length, 0),
                part("head", "iron", head).detail(1.2).at(0, length + 0.1, 0),
                part("binding", "rope", cylinder(0.02, 0.05)).at(0, length - 0.02, 0).detail(0.5),
            ],
            4.0,
        ),
        collider="capsule",
    )


def halberd(p) -> dict:
    length = 2.0
    y = length - 0.05
    parts = [
        part("butt", "iron", cone(0.014, 0.07, radius_top=0.021), part="head"),
        haft("shaft", "wood", length, 0.019, top_radius=0.017).at(0, 0.06, 0),
        part("langets", "iron", box([0.044, 0.3, 0.01], bevel=0.002), part="head").at(
            0, y - 0.24, 0
        ),
        part(
            "spike",
            "iron",
            extrude(
                [[0, 0], [0.028, 0.04], [0.016, 0.26], [0, 0.4], [-0.016, 0.26], [-0.028, 0.04]],
                0.014,
                bevel=0.003,
            ),
            part="head",
        ).at(0, y + 0.02, 0),
    ]
    if p.head == "glaive":  # one long curved blade on the end of the pole
        parts[-1] = (
            part(
                "spike",
                "iron",
                extrude(
                    [
                        [-0.02, 0],
                        [0.03, 0.02],
                        [0.07, 0.22],
                        [0.05, 0.42],
                        [-0.01, 0.56],
                        [0.0, 0.3],
                        [-0.025, 0.12],
                    ],
                    0.012,
                    smooth=True,
                    bevel=0.003,
                ),
                part="head",
            )
            .taper([1.0, 0.4], axis="x")
            .at(0, y - 0.02, 0)
        )
    else:
        axe = extrude(
            [
                [0.0, -0.07],
                [0.08, -0.08],
                [0.17, -0.16],
                [0.25, -0.18],
                [0.23, -0.06],
                [0.22, 0.04],
                [0.23, 0.14],
                [0.26, 0.22],
                [0.16, 0.14],
                [0.08, 0.1],
                [0.0, 0.1],
            ],
            0.012,
            bevel=0.003,
        )
        hook = extrude(
            [
                [0.0, -0.04],
                [-0.06, -0.03],
                [-0.13, 0.0],
                [-0.19, 0.06],
                [-0.15, 0.05],
                [-0.08, 0.04],
                [0.0, 0.05],
            ],
            0.014,
            bevel=0.003,
        )
        parts += [
            part("blade", "iron", axe, part="head").taper([1.0, 0.4], axis="x").at(0, y - 0.14, 0),
            part("hook", "iron", hook, part="head").taper([1.0, 0.5], axis="x").at(0, y - 0.1, 0),
            part("tassel", "fabric", cone(0.025, 0.08, radius_top=0.01), part="tassel").at(
                0, y - 0.32, 0
            ),
        ]
    return program(*finer(parts, 4.0), collider="box")


_BLADE_WORDS = {
    "longsword": "longsword",
    "broadsword": "longsword",
    "arming": "longsword",
    "claymore": "greatsword",
    "greatsword": "greatsword",
    "two-handed": "greatsword",
    "zweihander": "greatsword",
    "scimitar": "curved",
    "sabre": "curved",
    "saber": "curved",
    "cutlass": "curved",
    "curved": "curved",
    "katana": "katana",
    "rapier": "rapier",
    "estoc": "rapier",
}

RECIPES = [
    Recipe(
        name="sword",
        category="weapons",
        nouns=(
            "sword",
            "broadsword",
            "longsword",
            "sabre",
            "saber",
            "rapier",
            "cutlass",
            "scimitar",
            "katana",
            "claymore",
            "greatsword",
            "blade",
        ),
        synsets=(
            "sword.n.01",
            "broadsword.n.01",
            "saber.n.01",
            "rapier.n.01",
            "cutlas.n.01",
            "scimitar.n.01",
            "claymore.n.01",
        ),
        size=SizePrior((0.25, 1.01, 0.048), 0.25),
        materials={"steel": M("iron", "#9aa0a8"), "brass": M("brass"), "leather": M("leather")},
        parts=(
            RecipePart("blade", "steel", ("blade", "edge", "steel")),
            RecipePart(
                "guard",
                "brass",
                ("guard", "crossguard", "cross-guard", "hilt", "quillons", "tsuba", "hand guard"),
            ),
            RecipePart("grip", "leather", ("grip", "handle", "hilt", "haft")),
            RecipePart("pommel", "brass", ("pommel",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "longsword",
                choices=tuple(dict.fromkeys(_BLADE_WORDS.values())),
                words=_BLADE_WORDS,
                doc="Longsword; greatsword (claymore); curved (scimitar, sabre, cutlass); katana; "
                "rapier.",
            ),
        ),
        build=sword,
        collider="box",
        description="A sword standing on its pommel, point up (broken: snapped a third of the way up).",
    ),
    Recipe(
        name="dagger",
        category="weapons",
        nouns=("dagger", "dirk", "stiletto", "poniard", "kris", "combat knife", "throwing knife"),
        synsets=("dagger.n.01", "dirk.n.01", "stiletto.n.01", "poniard.n.01"),
        size=SizePrior((0.11, 0.34, 0.032), 0.25),
        materials={"steel": M("iron", "#9aa0a8"), "brass": M("brass"), "leather": M("leather")},
        parts=(
            RecipePart("blade", "steel", ("blade", "edge")),
            RecipePart("guard", "brass", ("guard", "crossguard", "hilt")),
            RecipePart("grip", "leather", ("grip", "handle", "hilt")),
            RecipePart("pommel", "brass", ("pommel",)),
        ),
        params=(
            Param(
                "blade",
                "choice",
                "straight",
                choices=("straight", "curved"),
                words={"straight": "straight", "curved": "curved", "hooked": "curved"},
                doc="A straight double edge, or a curved single edge.",
            ),
        ),
        build=dagger,
        collider="box",
        description="A double-edged dagger with a cross-guard, standing on its pommel.",
    ),
    Recipe(
        name="club",
        category="weapons",
        nouns=(
            "club",
            "cudgel",
            "bludgeon",
            "truncheon",
            "cosh",
            "shillelagh",
            "war club",
            "baseball bat",
            "cricket bat",
        ),
        synsets=("club.n.03", "cudgel.n.01", "bludgeon.n.01", "truncheon.n.01"),
        size=SizePrior((0.16, 0.82, 0.16), 0.3),
        materials={"wood": M("bark", "#6b5036"), "leather": M("leather"), "iron": M("iron")},
        parts=(
            RecipePart("club", "wood", ("club", "head", "wood", "knots")),
            RecipePart("grip", "leather", ("grip", "handle", "wrap")),
            RecipePart("spikes", "iron", ("spikes", "nails", "studs")),
        ),
        params=(
            Param(
                "spiked",
                "bool",
                False,
                words={"spiked": True, "studded": True, "nailed": True},
                doc="Iron spikes driven into the head.",
            ),
        ),
        build=club,
        round=True,
        collider="capsule",
        description="A heavy wooden club swelling from a wrapped grip to a knotted head.",
    ),
    Recipe(
        name="mace",
        category="weapons",
        nouns=("mace", "flanged mace", "morning star", "morningstar", "spiked mace"),
        # WordNet 3.0 knows no weapon sense of "mace" (chemical mace, the spice): a mace is a club.
        synsets=("club.n.03",),
        size=SizePrior((0.13, 0.7, 0.13), 0.3),
        materials={
            "iron": M("iron", "#6a6e73"),
            "wood": M("wood_planks", "#5a3b22"),
            "leather": M("leather"),
        },
        parts=(
            RecipePart("head", "iron", ("head", "ball", "collar", "pommel")),
            RecipePart("spikes", "iron", ("spikes", "flanges", "blades", "studs")),
            RecipePart("shaft", "wood", ("shaft", "haft", "handle")),
            RecipePart("grip", "leather", ("grip", "wrap")),
        ),
        params=(
            Param(
                "head",
                "choice",
                "flanged",
                choices=("flanged", "spiked"),
                words={
                    "flanged": "flanged",
                    "spiked": "spiked",
                    "spiky": "spiked",
                    "morningstar": "spiked",
                },
                doc="Six flanges round the head, or spikes (a morning star).",
            ),
        ),
        build=mace,
        round=True,
        collider="capsule",
        description="A flanged iron mace on a wooden haft with a leather grip.",
    ),
    Recipe(
        name="war_hammer",
        category="weapons",
        nouns=("war hammer", "warhammer", "war_hammer", "battle hammer", "lucerne hammer"),
        synsets=(),  # WordNet 3.0 has no war hammer; the nouns name it
        size=SizePrior((0.23, 1.05, 0.06), 0.3),
        materials={
            "iron": M("iron", "#5f6469"),
            "wood": M("wood_planks", "#5a3b22"),
            "leather": M("leather"),
        },
        parts=(
            RecipePart("head", "iron", ("head", "hammer", "face", "beak", "spike", "langets")),
            RecipePart("shaft", "wood", ("shaft", "haft", "handle")),
            RecipePart("grip", "leather", ("grip", "wrap")),
        ),
        params=(
            Param(
                "double",
                "bool",
                False,
                words={"double-headed": True, "double": True, "two-headed": True},
                doc="A hammer face on both sides instead of a face and a beak.",
            ),
        ),
        build=war_hammer,
        collider="box",
        description="A war hammer: a square hammer face, a curved beak and a top spike on a long haft.",
    ),
    Recipe(
        name="spear",
        category="weapons",
        nouns=("spear", "lance", "pike", "javelin", "assegai"),
        synsets=("spear.n.01", "pike.n.04", "javelin.n.02", "assegai.n.01"),
        size=SizePrior((0.09, 2.44, 0.04), 0.25),
        materials={
            "iron": M("iron", "#6a6e73"),
            "wood": M("wood_planks", "#7a5534"),
            "rope": M("rope"),
            "leather": M("leather"),
        },
        parts=(
            RecipePart("head", "iron", ("head", "tip", "point", "spearhead", "blade", "vamplate")),
            RecipePart("socket", "iron", ("socket", "ferrule", "butt", "butt cap")),
            RecipePart("shaft", "wood", ("shaft", "haft", "pole", "handle")),
            RecipePart("grip", "leather", ("grip",)),
            RecipePart("binding", "rope", ("binding", "lashing")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "spear",
                choices=("spear", "lance"),
                words={
                    "spear": "spear",
                    "lance": "lance",
                    "jousting": "lance",
                    "knight's": "lance",
                },
                doc="A leaf-bladed spear, or a jousting lance with a hand guard.",
            ),
        ),
        build=spear,
        collider="capsule",
        description="A spear: a leaf-shaped iron head on a two-metre wooden shaft, butt down.",
    ),
    Recipe(
        name="halberd",
        category="weapons",
        nouns=("halberd", "poleax", "poleaxe", "glaive", "bardiche", "polearm"),
        synsets=("halberd.n.01", "poleax.n.01"),
        size=SizePrior((0.38, 2.27, 0.05), 0.25),
        materials={
            "iron": M("iron", "#6a6e73"),
            "wood": M("wood_planks", "#6b4a2c"),
            "fabric": M("fabric", "#8c2f2f"),
        },
        parts=(
            RecipePart("head", "iron", ("head", "blade", "axe", "spike", "hook", "langets")),
            RecipePart("shaft", "wood", ("shaft", "haft", "pole")),
            RecipePart("tassel", "fabric", ("tassel",)),
        ),
        params=(
            Param(
                "head",
                "choice",
                "halberd",
                choices=("halberd", "glaive"),
                words={"halberd": "halberd", "glaive": "glaive", "naginata": "glaive"},
                doc="Axe blade, top spike and back hook; or one long curved blade (a glaive).",
            ),
        ),
        build=halberd,
        collider="box",
        description="A halberd: an axe blade, a spike and a back hook on a long pole.",
    ),
]
