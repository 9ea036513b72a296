"""Market and town props: a stone well."""

from __future__ import annotations

from ..dsl import box, cylinder, extrude, lathe, part, program, shape, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def well(p) -> dict:
    square = p.shape == "square"
    ring_h, outer, inner = 0.8, 0.78, 0.58
    if square:
        ring = part("ring", "stone", box([2 * outer, ring_h, 2 * outer], bevel=0.02)).cut(
            shape(box([2 * inner, ring_h + 0.2, 2 * inner])).at(0, -0.1, 0)).uv("box")
        rim = part("rim", "coping", box([2 * outer + 0.08, 0.09, 2 * outer + 0.08], bevel=0.02)).cut(
            shape(box([2 * inner - 0.04, 0.3, 2 * inner - 0.04])).at(0, -0.1, 0)).uv("box")
    else:
        ring = part("ring", "stone", cylinder(outer, ring_h, inner_radius=inner, bevel=0.02)).uv("cylindrical")
        rim = part("rim", "coping", cylinder(outer + 0.05, 0.09, inner_radius=inner - 0.03, bevel=0.025))
    parts = [ring, rim.on("ring", "top", gap=-0.005),
             part("water", "water", cylinder(inner - 0.005, 0.02)).on("ring", "center", y=0.2)]
    if p.roof:
        span = 2 * outer - 0.02
        parts += [
            # Two posts standing on the rim, one each side.
            part("posts", "wood", box([0.11, 1.45, 0.11], bevel=0.012)).array(2, [span - 0.11, 0, 0], center=True)
            .on("rim", "top", gap=-0.01),
            # The windlass: an axle across the posts, with a crank on the right.
            part("axle", "wood", cylinder(0.045, span + 0.16, bevel=0.008)).rotate(z=90).on("posts", "top", gap=-0.42),
            part("crank", "iron", sweep([[0, 0, 0], [0.1, 0, 0], [0.1, -0.18, 0], [0.1, -0.18, 0.12]], 0.012))
            .on("axle", "right", gap=-0.02, y=1),
            part("rope", "rope", cylinder(0.012, 0.55)).on("axle", "bottom", gap=-0.02),
            part("bucket", "wood", lathe([[0, 0], [0.11, 0], [0.13, 0.2], [0.117, 0.2], [0.1, 0.015], [0, 0.015]]))
            .on("rope", "bottom", gap=-0.005),
            part("bucket_hoops", "iron", torus(0.122, 0.006)).array(2, [0, 0.12, 0]).on("bucket", "around", y=0.1),
            part("handle", "iron", torus(0.12, 0.005, arc=180)).rotate(x=-90).on("bucket", "top", gap=-0.01),
            # A gable roof: a chevron section extruded along X, resting on the posts.
            part("roof", "roof", extrude([[-0.8, 0], [0, 0.55], [0.8, 0], [0.71, 0], [0, 0.46], [-0.71, 0]],
                                         span + 0.5, axis="x", crease=20)).uv("box").on("posts", "top", gap=-0.03),
        ]
    return program(*parts, collider="mesh_convex" if not p.roof else "box")


RECIPES = [
    Recipe(
        name="well", category="market_town",
        nouns=("well", "stone well", "wishing well", "water well"), synsets=("well.n.01",),
        size=SizePrior((1.7, 2.8, 1.65), 0.25),
        materials={"stone": M("cobblestone", "#8a847a"), "coping": M("rough_stone", "#7d786f"),
                   "water": M("crystal", "#2f5d73"), "wood": M("wood_planks"), "iron": M("iron"),
                   "rope": M("fabric", "#a08a62"), "roof": M("wood_planks", "#6d4a2c")},
        parts=(RecipePart("ring", "stone", ("wall", "ring", "stones", "walls")),
               RecipePart("rim", "coping", ("rim", "coping", "edge")),
               RecipePart("water", "water", ("water",)),
               RecipePart("posts", "wood", ("posts", "post", "frame")),
               RecipePart("axle", "wood", ("axle", "windlass", "winch")),
               RecipePart("crank", "iron", ("crank", "handle")),
               RecipePart("rope", "rope", ("rope",)),
               RecipePart("bucket", "wood", ("bucket", "pail")),
               RecipePart("bucket_hoops", "iron", ("hoops", "bands")),
               RecipePart("handle", "iron", ("bail",)),
               RecipePart("roof", "roof", ("roof", "shingles", "canopy"))),
        params=(Param("roof", "bool", True, words={"roofed": True, "covered": True, "open": False,
                                                   "roofless": False, "uncovered": False},
                      doc="A roof on posts with a windlass and bucket."),
                Param("shape", "choice", "round", choices=("round", "square"),
                      words={"round": "round", "circular": "round", "square": "square",
                             "rectangular": "square", "boxy": "square"}, doc="Shape of the stone ring.")),
        build=well, round=True, collider="box",
        description="A round stone well with a roof, windlass, rope and bucket.",
    ),
]
