"""Upholstered and grand seats: armchair, sofa, throne."""

from __future__ import annotations

from ..dsl import box, cylinder, extrude, part, program, sphere
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
SEAT_W, ARM_W, DEPTH, LEG_H = 0.6, 0.19, 0.88, 0.1


def upholstered(seats: int, seat_w: float = SEAT_W) -> list:
    """An armchair (one seat) or a sofa: a plump base on short legs, seat and back cushions,
    a back and two rolled arms. Cushions and cover are one part (one fabric)."""
    w = seats * seat_w + 2 * ARM_W
    base_h = 0.22
    seat_y = LEG_H + base_h
    parts = [
        part("base", "fabric", box([w, base_h, DEPTH], bevel=0.035), part="body").at(0, LEG_H, 0),
        part("back", "fabric", box([w - 0.02, 0.58, 0.2], bevel=0.07), part="body")
        .rotate(x=-6)
        .at(0, LEG_H + 0.12, -DEPTH / 2 + 0.11),
        # Arms: an upright block with a rolled top, both sides.
        part("arms", "fabric", box([ARM_W, 0.3, DEPTH - 0.02], bevel=0.05), part="body")
        .moved(w / 2 - ARM_W / 2, 0, 0)
        .mirror("x")
        .at(0, seat_y - 0.02, 0.01),
        part(
            "arm_rolls",
            "fabric",
            cylinder(ARM_W / 2 + 0.025, DEPTH - 0.02, bevel=0.03),
            part="body",
        )
        .turned(x=90)
        .moved(w / 2 - ARM_W / 2 + 0.01, 0, -(DEPTH - 0.02) / 2)
        .mirror("x")
        .at(0, seat_y + 0.28, 0.01),
        part(
            "seat_cushions",
            "fabric",
            box([seat_w - 0.012, 0.15, DEPTH - 0.24], bevel=0.055),
            part="body",
        )
        .array(seats, [seat_w, 0, 0], center=True)
        .at(0, seat_y - 0.02, 0.1),
        part("back_cushions", "fabric", box([seat_w - 0.02, 0.44, 0.17], bevel=0.07), part="body")
        .array(seats, [seat_w, 0, 0], center=True)
        .rotate(x=-10)
        .at(0, seat_y + 0.1, -DEPTH / 2 + 0.26),
        part("legs", "wood", cylinder(0.028, LEG_H))
        .taper(1.35)
        .array(2, [w - 0.14, 0, 0], center=True)
        .array(2, [0, 0, DEPTH - 0.14], center=True),
    ]
    return parts


def armchair(p) -> dict:
    parts = upholstered(1, 0.6)
    if p.wings:  # wings: tall side panels at the top of the back
        w = 0.6 + 2 * ARM_W
        parts.append(
            part("wings", "fabric", box([0.1, 0.42, 0.34], bevel=0.045), part="body")
            .moved(w / 2 - 0.06, 0, 0)
            .mirror("x")
            .rotate(x=-6)
            .at(0, LEG_H + 0.36, -DEPTH / 2 + 0.12)
        )
    return program(*parts, collider="box")


def sofa(p) -> dict:
    return program(*upholstered(p.seats), collider="box")


def throne(p) -> dict:
    w, d = 0.92, 0.78
    seat_h = 0.5
    back_h = 1.42
    back = [
        [-w / 2 + 0.07, 0],
        [w / 2 - 0.07, 0],
        [w / 2 - 0.07, back_h - 0.3],
        [0.22, back_h - 0.16],
        [0, back_h],
        [-0.22, back_h - 0.16],
        [-w / 2 + 0.07, back_h - 0.3],
    ]
    panel = [
        [-0.27, 0],
        [0.27, 0],
        [0.27, 0.72],
        [0.12, 0.86],
        [0, 0.9],
        [-0.12, 0.86],
        [-0.27, 0.72],
    ]
    y0 = 0.3 if p.dais else 0.0  # everything stands on the dais when there is one
    parts = [
        part(
            "seat_base", "wood", box([w - 0.12, seat_h - 0.06, d - 0.08], bevel=0.02), part="frame"
        )
        .at(0, y0 + 0.06, 0.02)
        .uv("box"),
        part("plinth", "wood", box([w + 0.04, 0.08, d + 0.04], bevel=0.02), part="frame")
        .uv("box")
        .at(0, y0, 0),
        part("back", "wood", extrude(back, 0.12, bevel=0.02, crease=25), part="frame")
        .uv("box")
        .at(0, y0 + seat_h, -d / 2 + 0.04),
        # Tall posts each side of the back, with gilded ball finials.
        part("posts", "wood", box([0.11, seat_h + back_h - 0.25, 0.11], bevel=0.015), part="frame")
        .array(2, [w - 0.02, 0, 0], center=True)
        .at(0, y0 + 0.06, -d / 2 + 0.06),
        part("finials", "gold", sphere(0.065), part="trim")
        .array(2, [w - 0.02, 0, 0], center=True)
        .at(0, y0 + seat_h + back_h - 0.2, -d / 2 + 0.06),
        part("crest", "gold", sphere(0.06), part="trim").at(
            0, y0 + seat_h + back_h - 0.06, -d / 2 + 0.07
        ),
        # Arms: a rest on a front post each side, scrolled at the front.
        part("arm_posts", "wood", box([0.1, 0.3, 0.1], bevel=0.015), part="frame")
        .array(2, [w - 0.02, 0, 0], center=True)
        .at(0, y0 + seat_h - 0.05, d / 2 - 0.1),
        part("arm_rests", "wood", box([0.13, 0.07, d - 0.02], bevel=0.02), part="frame")
        .array(2, [w - 0.02, 0, 0], center=True)
        .at(0, y0 + seat_h + 0.24, -0.02),
        part("arm_knobs", "gold", sphere(0.055), part="trim")
        .array(2, [w - 0.02, 0, 0], center=True)
        .at(0, y0 + seat_h + 0.25, d / 2 - 0.05),
        # Gilded bands: round the top of the seat base and along the back's outline.
        part("seat_band", "gold", box([w - 0.1, 0.04, d - 0.06], bevel=0.008), part="trim").at(
            0, y0 + seat_h - 0.05, 0.02
        ),
        part("cushion", "fabric", box([w - 0.26, 0.1, d - 0.14], bevel=0.04), part="cushions").at(
            0, y0 + seat_h - 0.02, 0.04
        ),
        part(
            "back_cushion", "fabric", extrude(panel, 0.07, bevel=0.03, crease=25), part="cushions"
        ).at(0, y0 + seat_h + 0.12, -d / 2 + 0.13),
        part("back_rim", "gold", extrude(panel, 0.02), part="trim")
        .scale([1.14, 1.08, 1.0])
        .at(0, y0 + seat_h + 0.09, -d / 2 + 0.1),
    ]
    if p.dais:
        parts += [
            part("dais", "stone", box([w + 0.7, 0.16, d + 0.7], bevel=0.02), part="dais").uv("box"),
            part("dais_step", "stone", box([w + 0.4, 0.16, d + 0.4], bevel=0.02), part="dais")
            .at(0, 0.15, 0)
            .uv("box"),
        ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="armchair",
        category="furniture",
        nouns=(
            "armchair",
            "easy chair",
            "wing chair",
            "wingback chair",
            "club chair",
            "recliner",
            "lounge chair",
            "upholstered chair",
        ),
        synsets=("armchair.n.01", "easy_chair.n.01", "wing_chair.n.01"),
        size=SizePrior((1.05, 0.86, 0.92), 0.25),
        materials={"fabric": M("fabric", "#7a3b30"), "wood": M("wood_planks", "#4e321d")},
        parts=(
            RecipePart(
                "body",
                "fabric",
                ("body", "upholstery", "cushions", "cushion", "seat", "cover", "arms", "back"),
            ),
            RecipePart("legs", "wood", ("legs", "leg", "feet")),
        ),
        params=(
            Param(
                "wings",
                "bool",
                False,
                words={"wingback": True, "winged": True, "wing": True},
                doc="Wings at the top of the back.",
            ),
        ),
        build=armchair,
        collider="box",
        description="An upholstered armchair: a plump seat, a cushioned back and rolled arms on "
        "short wooden legs.",
    ),
    Recipe(
        name="sofa",
        category="furniture",
        nouns=("sofa", "couch", "settee", "loveseat", "love seat", "divan", "chesterfield"),
        synsets=("sofa.n.01", "love_seat.n.01", "divan.n.01"),
        size=SizePrior((2.25, 0.86, 0.92), 0.25),
        materials={"fabric": M("fabric", "#4d5a6b"), "wood": M("wood_planks", "#4e321d")},
        parts=(
            RecipePart(
                "body",
                "fabric",
                (
                    "body",
                    "upholstery",
                    "cushions",
                    "cushion",
                    "seat",
                    "seats",
                    "cover",
                    "arms",
                    "back",
                ),
            ),
            RecipePart("legs", "wood", ("legs", "leg", "feet")),
        ),
        params=(
            Param(
                "seats",
                "int",
                3,
                2,
                5,
                count_nouns=("seats", "seat", "seater", "cushions", "places"),
                words={"loveseat": 2, "two-seater": 2, "three-seater": 3, "four-seater": 4},
                doc="Seats (cushions) side by side; the sofa grows with them.",
            ),
        ),
        build=sofa,
        long_axis="x",
        collider="box",
        description="An upholstered sofa with rolled arms, seat and back cushions.",
    ),
    Recipe(
        name="throne",
        category="furniture",
        nouns=("throne", "royal throne", "king's throne", "seat of power"),
        synsets=("throne.n.01",),
        size=SizePrior((1.03, 1.98, 0.82), 0.25),
        materials={
            "wood": M("wood_planks", "#5a3420"),
            "gold": M("brass", "#d4a940"),
            "fabric": M("fabric", "#8e1f22"),
            "stone": M("rough_stone", "#8a857c"),
        },
        parts=(
            RecipePart("frame", "wood", ("frame", "seat", "back", "arms", "posts", "body")),
            RecipePart("trim", "gold", ("trim", "finials", "gilding", "ornaments", "knobs")),
            RecipePart(
                "cushions", "fabric", ("cushions", "cushion", "upholstery", "padding", "velvet")
            ),
            RecipePart("dais", "stone", ("dais", "platform", "steps", "step")),
        ),
        params=(
            Param(
                "dais",
                "bool",
                False,
                words={"dais": True, "platform": True, "raised": True, "steps": True},
                doc="Raised on a two-step stone dais.",
            ),
        ),
        build=throne,
        collider="box",
        description="A tall-backed throne with gilded finials, armrests and red cushions.",
    ),
]
