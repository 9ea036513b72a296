"""Vehicles (blockouts): a wooden cart."""

from __future__ import annotations

from ..dsl import boards, box, cylinder, part, program, sweep
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _wheel_parts(prefix: str, r: float, width: float, centers: list[tuple[float, float]], spokes: int) -> list:
    """Wheels with their axles along Z, at (x, z) centres, hub height r: rim, tyre, hub, spokes."""
    out = []
    for k, (x, z) in enumerate(centers):
        at = (x, r, z)
        tag = f"{prefix}{k}"
        out += [
            part(f"rim_{tag}", "wood", cylinder(r - 0.012, width, inner_radius=r - 0.075, bevel=0.008),
                 part="wheels").rotate(x=90).at(at[0], at[1], at[2] - width / 2),
            part(f"tyre_{tag}", "iron", cylinder(r, width * 0.9, inner_radius=r - 0.014), part="tyres")
            .rotate(x=90).at(at[0], at[1], at[2] - width * 0.45),
            part(f"hub_{tag}", "wood", cylinder(0.075, width * 1.9, bevel=0.012), part="wheels")
            .rotate(x=90).at(at[0], at[1], at[2] - width * 0.95),
            # Spokes: a bar from the hub outwards, repeated round the axle (Z).
            part(f"spokes_{tag}", "wood", box([0.035, r - 0.09, 0.03], bevel=0.006), part="wheels")
            .moved(0, 0.05, 0).radial(spokes, axis="z").at(at[0], at[1], at[2]),
        ]
    return out


def cart(p) -> dict:
    r = 0.42 * p.wheel_size
    bed_l, bed_w, bed_y = 1.5, 0.95, r + 0.06
    track = bed_w / 2 + 0.12  # wheels stand just outside the bed
    n = p.wheels
    if n == 2:
        centers = [(0.0, -track), (0.0, track)]
    elif n == 3:
        centers = [(-0.45, -track), (-0.45, track), (0.75, 0.0)]
    else:
        centers = [(-0.5, -track), (-0.5, track), (0.5, -track), (0.5, track)]
    parts = [
        part("bed", "wood", boards([bed_l, 0.05, bed_w], 7, run="x", gap=0.006)).at(0, bed_y, 0),
        part("frame", "dark_wood", box([bed_l, 0.08, 0.08], bevel=0.01), part="frame")
        .array(2, [0, 0, bed_w - 0.1], center=True).at(0, bed_y - 0.08, 0),
    ]
    if p.sides:
        parts += [
            part("side_boards", "wood", boards([bed_l, 0.32, 0.035], 3, run="x", thickness_axis="z",
                                               gap=0.01), part="sides")
            .array(2, [0, 0, bed_w - 0.035], center=True).on("bed", "top", gap=-0.002),
            part("end_boards", "wood", boards([0.035, 0.32, bed_w], 3, run="z", thickness_axis="x",
                                              gap=0.01), part="sides")
            .array(2, [bed_l - 0.035, 0, 0], center=True).on("bed", "top", gap=-0.002),
            part("stakes", "dark_wood", box([0.05, 0.38, 0.05], bevel=0.008), part="frame")
            .array(3, [bed_l / 2 - 0.05, 0, 0], center=True).array(2, [0, 0, bed_w + 0.02], center=True)
            .on("bed", "top", gap=-0.05),
        ]
    axles = sorted({x for x, _ in centers})
    for k, x in enumerate(axles):
        zs = [z for cx, z in centers if cx == x]
        span = (max(zs) - min(zs)) + 0.3 if len(zs) > 1 else 0.3
        parts.append(part(f"axle_{k}", "iron", cylinder(0.03, span), part="axles").rotate(x=90)
                     .at(x, r, -span / 2))
    parts += _wheel_parts("w", r, 0.07, centers, 10 if p.wheel_size >= 1 else 8)
    if n == 2:  # shafts for a horse or a pair of handles, reaching forwards
        path = [[bed_l / 2 - 0.3, bed_y - 0.02, 0], [bed_l / 2 + 0.4, bed_y + 0.02, 0],
                [bed_l / 2 + 1.3, bed_y + 0.12, 0]]
        parts.append(part("shafts", "dark_wood", sweep(path, 0.035, curve="smooth"), part="frame")
                     .array(2, [0, 0, bed_w - 0.25], center=True))
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="cart", category="vehicles_ships",
        nouns=("cart", "wooden cart", "handcart", "wagon", "farm cart", "hay cart", "wheelbarrow cart"),
        synsets=("cart.n.01", "handcart.n.01", "wagon.n.01"),
        size=SizePrior((2.8, 1.05, 1.2), 0.25),
        materials={"wood": M("wood_planks"), "dark_wood": M("wood_planks", "#5f3d22"), "iron": M("iron")},
        parts=(RecipePart("bed", "wood", ("bed", "floor", "deck", "platform")),
               RecipePart("sides", "wood", ("sides", "side", "boards", "rails")),
               RecipePart("frame", "dark_wood", ("frame", "shafts", "handles", "stakes")),
               RecipePart("axles", "iron", ("axle", "axles")),
               RecipePart("wheels", "wood", ("wheels", "wheel", "spokes", "hubs")),
               RecipePart("tyres", "iron", ("tyres", "tires", "rims"))),
        params=(Param("wheels", "int", 2, 2, 4, count_nouns=("wheels", "wheel", "wheeled"),
                      doc="Two wheels (with shafts), three, or four (a wagon)."),
                Param("sides", "bool", True, words={"open": False, "flat": False, "flatbed": False,
                                                    "sided": True},
                      doc="Board sides round the bed."),
                Param("wheel_size", "float", 1.0, 0.6, 1.5, words={"big-wheeled": 1.3},
                      doc="Scale of the wheels.")),
        build=cart, long_axis="x", collider="box",
        description="A two-wheeled wooden cart with board sides and shafts (four wheels: a wagon).",
    ),
]
