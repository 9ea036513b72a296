"""Animals as simple blockouts: four-legged mammals (dog, cat, horse, cow, pig, sheep) from one
parametrised quadruped, birds (chicken, duck, small bird) from one bird, and a fish.

Every animal stands on its feet (a fish on its belly line), faces +Z, at its real size. The shapes are
blockouts: readable silhouettes and proportions, not anatomy."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..dsl import (
    blob,
    box,
    capsule,
    cone,
    cylinder,
    extrude,
    loft,
    part,
    program,
    section,
    sphere,
    sweep,
)
from ..recipe import MaterialRole, Recipe, RecipePart, SizePrior

M = MaterialRole


def _p(*rows) -> tuple:
    return tuple(RecipePart(n, r, tuple(w)) for n, r, w in rows)


@dataclass(frozen=True)
class Quad:
    """Proportions of a four-legged mammal (metres)."""

    body_l: float  # torso length (capsule, along Z)
    body_r: float  # torso radius
    body_h: float  # torso height / width ratio
    leg_h: float  # ground to the bottom of the torso
    leg_r: float
    neck_l: float
    neck_r: float
    neck_tilt: float  # degrees forward from upright
    head_r: float
    head_l: float  # head length (capsule along Z)
    head_tilt: float  # degrees nose-down
    ear: str  # "point", "flop", "none", "round"
    ear_s: float
    tail: str  # "up", "down", "curl", "long", "stub"
    tail_l: float
    snout_r: float = 0.0  # a pig's disc snout


SPECIES = {
    "dog": Quad(
        0.5, 0.12, 1.0, 0.3, 0.035, 0.16, 0.065, 35, 0.085, 0.22, 10, "flop", 0.07, "up", 0.25
    ),
    "cat": Quad(
        0.3, 0.075, 1.0, 0.17, 0.02, 0.07, 0.045, 25, 0.06, 0.13, 0, "point", 0.045, "long", 0.3
    ),
    "horse": Quad(
        1.3, 0.32, 1.15, 0.85, 0.06, 0.75, 0.15, 28, 0.14, 0.62, 58, "point", 0.11, "long", 0.7
    ),
    "cow": Quad(
        1.5, 0.4, 1.15, 0.7, 0.075, 0.35, 0.19, 62, 0.19, 0.55, 40, "flop", 0.12, "down", 0.75
    ),
    "pig": Quad(
        0.75, 0.25, 1.0, 0.28, 0.055, 0.16, 0.17, 82, 0.16, 0.36, 8, "flop", 0.1, "curl", 0.12, 0.08
    ),
    "sheep": Quad(
        0.8, 0.28, 1.0, 0.42, 0.035, 0.16, 0.09, 45, 0.1, 0.25, 25, "flop", 0.08, "stub", 0.12
    ),
    # Wild animals from the same proportions (a lean long-legged canid, a small bushy-tailed one,
    # a heavy bear with round ears, a slim deer, a crouched rabbit with tall ears, the big cats).
    "wolf": Quad(
        0.75, 0.15, 1.05, 0.45, 0.04, 0.2, 0.08, 40, 0.1, 0.28, 12, "point", 0.09, "down", 0.4
    ),
    "fox": Quad(
        0.5, 0.1, 1.0, 0.25, 0.025, 0.12, 0.055, 35, 0.075, 0.2, 10, "point", 0.08, "long", 0.42
    ),
    "bear": Quad(
        1.3, 0.38, 1.1, 0.45, 0.11, 0.42, 0.2, 55, 0.2, 0.46, 15, "round", 0.08, "stub", 0.1
    ),
    "deer": Quad(
        1.0, 0.24, 1.15, 0.75, 0.035, 0.5, 0.09, 25, 0.1, 0.32, 45, "point", 0.13, "stub", 0.12
    ),
    "rabbit": Quad(
        0.28, 0.1, 1.05, 0.1, 0.025, 0.13, 0.06, 60, 0.07, 0.15, 5, "point", 0.13, "stub", 0.05
    ),
    "lion": Quad(
        1.4, 0.3, 1.05, 0.6, 0.07, 0.34, 0.16, 45, 0.2, 0.42, 10, "round", 0.06, "long", 0.85
    ),
    "tiger": Quad(
        1.6, 0.3, 1.0, 0.55, 0.07, 0.3, 0.14, 40, 0.17, 0.36, 8, "round", 0.06, "long", 0.9
    ),
}


FEET = {k: "paws" for k in ("dog", "cat", "wolf", "fox", "bear", "rabbit", "lion", "tiger")}
MUZZLED = frozenset(["cow", "horse", "dog", "wolf", "fox", "bear", "deer", "lion", "tiger"])


def quadruped(kind: str, q: Quad, hide: str = "hide") -> list:
    by = q.leg_h + q.body_r * q.body_h  # torso axis height
    hz = q.body_l / 2 - q.body_r * 0.55  # leg z offset from the middle
    hx = q.body_r * 0.55
    parts = []
    if kind == "sheep":  # a woolly lump for a torso
        parts.append(
            part(
                "body",
                hide,
                blob(
                    [2 * q.body_r + 0.12, 2 * q.body_r * q.body_h + 0.1, q.body_l + 2 * q.body_r],
                    lumps=0.12,
                    lump_count=14,
                    flat_bottom=0.0,
                ),
            ).at(0, q.leg_h - 0.06, 0)
        )
    else:
        parts.append(
            part("body", hide, capsule(q.body_r, q.body_l + 2 * q.body_r))
            .scale([1, 1, q.body_h])
            .rotate(x=90)
            .at(0, by, -(q.body_l / 2 + q.body_r))
        )
    leg_role = "legs" if kind == "sheep" else hide
    leg_part = "legs" if kind == "sheep" else "body"
    parts += [
        part("legs", leg_role, cylinder(q.leg_r, q.leg_h + q.body_r * 0.6), part=leg_part)
        .taper(1.3, curve=0.7)
        .array(2, [2 * hx, 0, 0], center=True)
        .array(2, [0, 0, 2 * hz], center=True)
        .at(0, 0.04 * q.leg_h / 0.3, 0)
        .detail(0.6),
        part(
            "feet",
            FEET.get(kind, "hooves"),
            cylinder(q.leg_r * 0.9, 0.04 * q.leg_h / 0.3, bevel=q.leg_r * 0.2),
        )
        .array(2, [2 * hx, 0, 0], center=True)
        .array(2, [0, 0, 2 * hz], center=True)
        .detail(0.5),
    ]
    # Neck from the front of the torso, leaning forward; the head at its top.
    nz = q.body_l / 2 + q.body_r * 0.2
    ny = by + q.body_r * 0.3
    t = math.radians(q.neck_tilt)
    top = (ny + q.neck_l * math.cos(t), nz + q.neck_l * math.sin(t))
    neck_role = "legs" if kind == "sheep" else hide
    parts.append(
        part("neck", neck_role, capsule(q.neck_r, q.neck_l + 2 * q.neck_r), part=leg_part)
        .moved(0, -q.neck_r, 0)
        .rotate(x=q.neck_tilt)
        .at(0, ny, nz)
    )
    # Head: a capsule pointing forward (nose down by head_tilt), its back end at the neck's top.
    ht = math.radians(q.head_tilt)
    hy, hzz = top[0] + q.head_r * 0.3, top[1] - q.head_r * 0.6
    head_role = "legs" if kind == "sheep" else hide
    parts.append(
        part("head", head_role, capsule(q.head_r, q.head_l), part=leg_part)
        .moved(0, -q.head_r, 0)
        .rotate(x=90 + q.head_tilt)
        .at(0, hy, hzz)
    )

    # Landmarks along the head's axis: d metres from its back end.
    def along(d: float, up: float = 0.0) -> tuple[float, float]:
        return hy + (d - q.head_r) * -math.sin(ht) + up * math.cos(ht), hzz + (
            d - q.head_r
        ) * math.cos(ht) + up * math.sin(ht)

    ey, ez = along(q.head_r * 1.25, q.head_r * 0.45)
    parts.append(
        part("eyes", "eyes", sphere(q.head_r * 0.16))
        .moved(q.head_r * 0.8, 0, 0)
        .mirror("x")
        .at(0, ey - q.head_r * 0.16, ez)
    )
    if q.snout_r:  # a pig's flat disc snout at the tip
        sy, sz = along(q.head_l - q.head_r * 0.4)
        parts.append(
            part("snout", "snout", cylinder(q.snout_r, 0.05, bevel=0.01))
            .rotate(x=90 + q.head_tilt)
            .at(0, sy, sz)
        )
    elif kind in MUZZLED:
        sy, sz = along(q.head_l - q.head_r * 1.1)
        parts.append(
            part("snout", "snout", sphere(q.head_r * 0.92))
            .scale([1.0, 0.85, 1.1])
            .at(0, sy - q.head_r * 0.85, sz)
        )
    # Ears on top of the head.
    ay, az = along(q.head_r * 0.7, q.head_r * 0.75)
    if q.ear == "point":
        parts.append(
            part(
                "ears",
                hide if kind != "sheep" else "legs",
                cone(q.ear_s * 0.45, q.ear_s),
                part=leg_part,
            )
            .turned(z=-15)
            .moved(q.head_r * 0.5, 0, 0)
            .mirror("x")
            .at(0, ay, az)
        )
    elif q.ear == "round":  # a bear's or a lion's small round ears
        parts.append(
            part("ears", hide, sphere(q.ear_s), part=leg_part)
            .scale([1.0, 1.0, 0.6])
            .moved(q.head_r * 0.6, 0, 0)
            .mirror("x")
            .at(0, ay, az)
        )
    elif q.ear == "flop":
        parts.append(
            part(
                "ears",
                hide if kind != "sheep" else "legs",
                capsule(q.ear_s * 0.3, q.ear_s),
                part=leg_part,
            )
            .scale([1, 1, 0.45])
            .turned(z=-100 if kind != "dog" else -150)
            .moved(q.head_r * 0.75, 0, 0)
            .mirror("x")
            .at(0, ay, az)
        )
    # Tail from the rear.
    ry, rz = by + q.body_r * 0.3, -q.body_l / 2 - q.body_r * 0.8
    L = q.tail_l
    path = {
        "up": [[0, ry, rz], [0, ry + L * 0.5, rz - L * 0.35], [0, ry + L * 0.85, rz - L * 0.4]],
        "long": [
            [0, ry, rz],
            [0, ry - L * 0.3, rz - L * 0.3],
            [0, ry - L * 0.5, rz - L * 0.4],
            [0, ry - L * 0.4, rz - L * 0.75],
        ]
        if kind == "cat"
        else [[0, ry, rz], [0, ry - L * 0.3, rz - L * 0.2], [0, ry - L * 0.85, rz - L * 0.25]],
        "down": [[0, ry + 0.05, rz + 0.05], [0, ry - L * 0.5, rz - 0.05], [0, ry - L, rz - 0.04]],
        "curl": [
            [0, ry, rz],
            [0, ry + L * 0.4, rz - L * 0.4],
            [0.02, ry + L * 0.7, rz - L * 0.2],
            [-0.01, ry + L * 0.45, rz - L * 0.1],
        ],
        "stub": [[0, ry, rz + 0.05], [0, ry - L * 0.4, rz - L * 0.35], [0, ry - L, rz - L * 0.4]],
    }[q.tail]
    tail_r = {"horse": 0.07, "cow": 0.025, "pig": 0.015, "sheep": 0.05}.get(kind, q.leg_r * 0.6)
    tail_role = "mane" if kind == "horse" else hide
    parts.append(
        part(
            "tail",
            tail_role,
            sweep(path, tail_r, curve="smooth", caps="round"),
            part="mane" if kind == "horse" else ("body" if kind == "sheep" else "body"),
        )
    )
    if kind == "horse":  # a mane along the top of the neck
        parts.append(
            part("mane", "mane", box([0.05, q.neck_l + 0.1, 0.12], bevel=0.02))
            .rotate(x=q.neck_tilt)
            .at(0, ny + q.neck_r * 0.8 * math.sin(t), nz - q.neck_r * 0.8 * math.cos(t))
        )
    if kind == "cow":
        hy2, hz2 = along(q.head_r * 0.5, q.head_r * 0.8)
        parts += [
            part("horns", "horn", cone(0.045, 0.22))
            .turned(z=-70)
            .moved(q.head_r * 0.6, 0, 0)
            .mirror("x")
            .at(0, hy2, hz2),
            part("udder", "snout", sphere(0.11), part="snout")
            .scale([1, 0.8, 1])
            .at(0, q.leg_h - 0.05, -q.body_l / 2 + 0.35),
        ]
    return parts


def _animal(kind: str):
    def build(p) -> dict:
        return program(*quadruped(kind, SPECIES[kind]), collider="box")

    return build


def bird(p, kind: str) -> dict:
    if kind == "chicken":
        r, leg, neck = 0.12, 0.12, 0.09
    elif kind == "duck":
        r, leg, neck = 0.11, 0.05, 0.1
    else:
        r, leg, neck = 0.045, 0.03, 0.025
    by = leg + r * 0.9
    parts = [
        part("body", "feathers", sphere(r))
        .scale([0.85, 0.85, 1.25])
        .rotate(x=-15 if kind != "duck" else -5)
        .at(0, by - r * 0.85, 0),
        part("head", "feathers", sphere(r * 0.5), part="body").at(0, by + neck, r * 0.75),
        part("wings", "feathers", sphere(r * 0.62), part="body")
        .scaled([0.2, 0.6, 1.15])
        .turned(x=-15)
        .moved(r * 0.78, 0, 0)
        .mirror("x")
        .at(0, by - r * 0.55, -r * 0.15),
        part("tail", "feathers", cone(r * 0.35, r * 0.8, sides=6), part="body")
        .scale([1, 1, 0.35])
        .rotate(x=-60 if kind == "chicken" else -100)
        .at(0, by + r * 0.1, -r * 0.95),
        part("eyes", "eyes", sphere(r * 0.07))
        .moved(r * 0.42, 0, 0)
        .mirror("x")
        .at(0, by + neck + r * 0.55, r * 0.93),
    ]
    if kind == "duck":  # a flat wide bill
        parts.append(
            part("beak", "beak", box([r * 0.4, r * 0.12, r * 0.55], bevel=r * 0.05)).at(
                0, by + neck + r * 0.3, r * 1.3
            )
        )
    else:
        parts.append(
            part("beak", "beak", cone(r * 0.13, r * 0.35, sides=8))
            .rotate(x=90)
            .at(0, by + neck + r * 0.45, r * 1.15)
        )
    parts += [
        part("legs", "beak", cylinder(r * 0.05 + 0.002, leg + r * 0.2), part="beak")
        .array(2, [r * 0.5, 0, 0], center=True)
        .at(0, 0, 0.0),
        part(
            "toes", "beak", box([r * 0.06 + 0.002, r * 0.04, r * 0.4], bevel=r * 0.01), part="beak"
        )
        .turned(y=25)
        .moved(0, 0, r * 0.12)
        .array(2, [r * 0.5, 0, 0], center=True),
    ]
    if kind == "chicken":
        comb = [
            [-0.02, 0],
            [0.05, 0],
            [0.04, 0.035],
            [0.02, 0.025],
            [0.01, 0.045],
            [-0.005, 0.03],
            [-0.02, 0.04],
        ]
        parts += [
            part("comb", "comb", extrude(comb, 0.012, smooth=True))
            .rotate(y=-90)
            .at(0, by + neck + r * 0.42, r * 0.75),
            part("wattle", "comb", sphere(0.014), part="comb")
            .scale([0.7, 1.4, 0.8])
            .at(0, by + neck + r * 0.08, r * 1.1),
        ]
    return program(*parts, collider="box")


def fish(p) -> dict:
    h = 0.14
    body = loft(
        section(0.0, "circle", radius=0.004),
        section(0.12, "ellipse", size=[0.05, h * 0.9]),
        section(0.24, "ellipse", size=[0.06, h]),
        section(0.36, "ellipse", size=[0.05, h * 0.85]),
        section(0.5, "ellipse", size=[0.024, h * 0.4]),
        section(0.6, "ellipse", size=[0.012, h * 0.16]),
        axis="z",
        smooth=True,
    )
    tail = [[0, 0], [0.12, 0.08], [0.1, 0.0], [0.12, -0.08]]
    parts = [
        part("body", "scales", body).rotate(y=180).at(0, h * 0.5 + 0.0, 0.31),
        part("tail", "fins", extrude(tail, 0.008, smooth=False), part="fins")
        .rotate(y=90)
        .at(0, h * 0.5, -0.28),
        part("dorsal", "fins", extrude([[0, 0], [0.12, 0], [0.02, 0.06]], 0.006), part="fins")
        .rotate(y=90)
        .at(0, h * 0.93, 0.02),
        part("pectoral", "fins", extrude([[0, 0], [0.05, 0.0], [0.0, 0.03]], 0.004), part="fins")
        .turned(y=90, z=-30)
        .moved(0.028, 0, 0)
        .mirror("x")
        .at(0, h * 0.3, 0.12),
        part("eyes", "eyes", sphere(0.01)).moved(0.021, 0, 0).mirror("x").at(0, h * 0.52, 0.22),
    ]
    return program(*parts, collider="box")


_EYES = M("plastic", "#111111")

_QUAD_PARTS = (
    (
        "body",
        "hide",
        ("body", "hide", "fur", "coat", "skin", "legs", "head", "neck", "ears", "tail"),
    ),
    ("feet", "hooves", ("feet", "hooves", "hoofs")),
    ("eyes", "eyes", ("eyes",)),
    ("snout", "snout", ("snout", "muzzle", "nose", "udder")),
)


def _quad_recipe(
    name,
    nouns,
    synsets,
    size,
    hide,
    extra_mats=None,
    extra_parts=(),
    hooves="#2a2420",
    snout=None,
    description="",
):
    feet = FEET.get(name, "hooves")
    mats = {
        "hide": hide,
        feet: M("bone" if feet == "hooves" else "leather", hooves),
        "eyes": _EYES,
        "snout": snout or M("leather", "#2a2220"),
    }
    mats.update(extra_mats or {})
    return Recipe(
        name=name,
        category="animals",
        nouns=nouns,
        synsets=synsets,
        size=SizePrior(size, 0.25),
        materials=mats,
        parts=_p(
            *(
                (n, feet if n == "feet" else r, w + (("paws",) if n == "feet" else ()))
                for n, r, w in _QUAD_PARTS
            ),
            *extra_parts,
        ),
        build=_animal(name),
        long_axis="z",
        collider="box",
        description=description,
    )


def _bird_recipe(
    name, nouns, synsets, size, feathers, beak, extra_mats=None, extra_parts=(), description=""
):
    mats = {"feathers": feathers, "beak": beak, "eyes": _EYES}
    mats.update(extra_mats or {})
    return Recipe(
        name=name,
        category="animals",
        nouns=nouns,
        synsets=synsets,
        size=SizePrior(size, 0.25),
        materials=mats,
        parts=_p(
            ("body", "feathers", ("body", "feathers", "plumage", "wings", "head", "tail")),
            ("beak", "beak", ("beak", "bill", "legs", "feet")),
            ("eyes", "eyes", ("eyes",)),
            *extra_parts,
        ),
        build=lambda p, k=name: bird(p, {"bird": "small"}.get(k, k)),
        long_axis="z",
        collider="box",
        description=description,
    )


RECIPES = [
    _quad_recipe(
        "dog",
        ("dog", "puppy", "hound", "doggy", "pup", "canine", "labrador", "retriever", "mutt"),
        ("dog.n.01", "pup.n.01", "hound.n.01"),
        (0.21, 0.67, 0.95),
        M("fabric", "#a0703a"),
        description="A dog blockout: a medium torso on four legs, floppy ears, a muzzle and a raised tail.",
    ),
    _quad_recipe(
        "cat",
        ("cat", "kitten", "kitty", "house cat", "tomcat", "pussycat", "feline", "moggy"),
        ("cat.n.01", "house_cat.n.01"),
        (0.13, 0.38, 0.6),
        M("fabric", "#6a6a6e"),
        snout=M("leather", "#c88a8a"),
        description="A cat blockout: a slim body, pointed ears and a long curving tail.",
    ),
    _quad_recipe(
        "horse",
        (
            "horse",
            "pony",
            "stallion",
            "mare",
            "steed",
            "foal",
            "colt",
            "mount",
            "warhorse",
            "donkey",
            "mule",
        ),
        ("horse.n.01", "pony.n.01", "stallion.n.01", "mare.n.02", "ass.n.03"),
        (0.56, 2.15, 2.45),
        M("leather", "#6b4226"),
        extra_mats={"mane": M("fabric", "#2a1c14")},
        extra_parts=(("mane", "mane", ("mane", "tail", "hair")),),
        description="A horse blockout: a long body on tall legs, an arched neck with a mane, a long head "
        "and a flowing tail.",
    ),
    _quad_recipe(
        "cow",
        ("cow", "bull", "ox", "cattle", "calf", "heifer", "steer", "bullock", "buffalo", "yak"),
        ("cow.n.01", "bull.n.01", "ox.n.02", "cattle.n.01", "calf.n.01", "water_buffalo.n.01"),
        (0.8, 1.62, 2.55),
        M("leather", "#6e4a30"),
        extra_mats={"horn": M("bone", "#d8ccb0")},
        snout=M("leather", "#d89a9a"),
        extra_parts=(("horns", "horn", ("horns", "horn")),),
        description="A cow blockout: a heavy barrel body on four legs, a broad head with horns, an udder "
        "and a tufted tail.",
    ),
    _quad_recipe(
        "pig",
        ("pig", "hog", "swine", "piglet", "boar", "sow", "wild boar", "piggy"),
        ("hog.n.03", "piglet.n.01", "swine.n.01"),
        (0.58, 0.9, 1.45),
        M("organic", "#e6a7a0"),
        snout=M("organic", "#d88a86"),
        hooves="#5a4038",
        description="A pig blockout: a round body on short legs, a flat disc snout, floppy ears and a "
        "curly tail.",
    ),
    _quad_recipe(
        "sheep",
        ("sheep", "lamb", "ewe", "ram", "goat", "mutton"),
        ("sheep.n.01", "lamb.n.01", "ram.n.04", "goat.n.01"),
        (0.68, 1.13, 1.4),
        M("fabric", "#efeadc"),
        extra_mats={"legs": M("leather", "#2d2825")},
        extra_parts=(("legs", "legs", ("legs", "head", "face", "ears")),),
        description="A sheep blockout: a lumpy woollen body, a dark face and thin dark legs.",
    ),
    _quad_recipe(
        "wolf",
        (
            "wolf",
            "timber wolf",
            "grey wolf",
            "gray wolf",
            "werewolf",
            "coyote",
            "jackal",
            "wolf pup",
        ),
        ("wolf.n.01", "coyote.n.01"),
        (0.3, 1.0, 1.22),
        M("fabric", "#7d7a74"),
        description="A wolf blockout: a lean long-legged body, pointed ears, a long muzzle and a low tail.",
    ),
    _quad_recipe(
        "fox",
        ("fox", "red fox", "vixen", "arctic fox", "fox cub"),
        ("fox.n.01",),
        (0.2, 0.64, 0.87),
        M("fabric", "#c0622a"),
        description="A fox blockout: a small body, tall pointed ears, a narrow muzzle and a long bushy tail.",
    ),
    _quad_recipe(
        "bear",
        ("bear", "grizzly", "grizzly bear", "brown bear", "black bear", "polar bear", "bear cub"),
        ("bear.n.01", "brown_bear.n.01"),
        (0.76, 1.6, 2.32),
        M("fabric", "#5a3e2a"),
        description="A bear blockout: a heavy body on thick legs, a broad head with small round ears.",
    ),
    _quad_recipe(
        "deer",
        ("deer", "stag", "doe", "fawn", "reindeer", "elk", "moose", "buck", "roe deer"),
        ("deer.n.01", "red_deer.n.01", "caribou.n.01"),
        (0.48, 1.78, 1.64),
        M("leather", "#8a5a34"),
        description="A deer blockout: a slim body on tall thin legs, a long neck, large pointed ears.",
    ),
    _quad_recipe(
        "rabbit",
        ("rabbit", "bunny", "hare", "jackrabbit", "cottontail", "bunny rabbit"),
        ("rabbit.n.01", "hare.n.01"),
        (0.2, 0.42, 0.55),
        M("fabric", "#a89884"),
        snout=M("leather", "#d8a0a0"),
        description="A rabbit blockout: a crouched round body, tall ears and a short tail.",
    ),
    _quad_recipe(
        "lion",
        (
            "lion",
            "lioness",
            "lion cub",
            "big cat",
            "puma",
            "cougar",
            "mountain lion",
            "panther",
            "leopard",
            "cheetah",
            "jaguar",
        ),
        ("lion.n.01", "big_cat.n.01", "wildcat.n.03", "leopard.n.02"),
        (0.6, 1.58, 2.35),
        M("fabric", "#c49a58"),
        description="A lion blockout: a long feline body, a big head with round ears and a long tail.",
    ),
    _quad_recipe(
        "tiger",
        ("tiger", "bengal tiger", "tigress", "white tiger", "sabertooth"),
        ("tiger.n.02",),
        (0.6, 1.47, 2.5),
        M("fabric", "#d07a2a"),
        description="A tiger blockout: a long low feline body, round ears and a long tail.",
    ),
    _bird_recipe(
        "chicken",
        ("chicken", "hen", "rooster", "cockerel", "chick", "poultry", "fowl", "cock"),
        ("chicken.n.02", "hen.n.01", "cock.n.04"),
        (0.2, 0.41, 0.36),
        M("fabric", "#c8783a"),
        M("bone", "#e8b43a"),
        extra_mats={"comb": M("organic", "#c8221e")},
        extra_parts=(("comb", "comb", ("comb", "wattle")),),
        description="A chicken blockout: a plump body with folded wings, a raised tail, a red comb and a "
        "yellow beak on thin legs.",
    ),
    _bird_recipe(
        "duck",
        ("duck", "duckling", "mallard", "drake", "goose", "swan", "rubber duck"),
        ("duck.n.01", "duckling.n.01", "goose.n.01", "swan.n.01"),
        (0.2, 0.3, 0.35),
        M("fabric", "#e9e4d6"),
        M("bone", "#e8922a"),
        description="A duck blockout: a low round body, a round head and a flat orange bill.",
    ),
    _bird_recipe(
        "bird",
        (
            "bird",
            "songbird",
            "sparrow",
            "robin",
            "crow",
            "raven",
            "pigeon",
            "dove",
            "finch",
            "parrot",
            "blackbird",
            "bluebird",
        ),
        (
            "bird.n.01",
            "oscine.n.01",
            "sparrow.n.01",
            "crow.n.01",
            "pigeon.n.01",
            "dove.n.01",
            "finch.n.01",
            "parrot.n.01",
        ),
        (0.08, 0.14, 0.14),
        M("fabric", "#5a4a3a"),
        M("bone", "#2a2420"),
        description="A small perching bird blockout: a round body, folded wings, a tail and a short beak.",
    ),
    Recipe(
        name="fish",
        category="animals",
        nouns=(
            "fish",
            "trout",
            "salmon",
            "carp",
            "goldfish",
            "cod",
            "bass",
            "perch",
            "herring",
            "mackerel",
            "koi",
        ),
        synsets=(
            "fish.n.01",
            "fish.n.02",
            "trout.n.01",
            "salmon.n.01",
            "carp.n.01",
            "goldfish.n.01",
            "cod.n.02",
        ),
        size=SizePrior((0.09, 0.2, 0.71), 0.25),
        materials={
            "scales": M("organic", "#8a9aa6"),
            "fins": M("organic", "#6a7884"),
            "eyes": _EYES,
        },
        parts=_p(
            ("body", "scales", ("body", "scales", "skin")),
            ("fins", "fins", ("fins", "tail", "fin")),
            ("eyes", "eyes", ("eyes",)),
        ),
        build=fish,
        long_axis="z",
        collider="box",
        description="A fish blockout: a streamlined body, a forked tail, a dorsal fin and side fins.",
    ),
]
