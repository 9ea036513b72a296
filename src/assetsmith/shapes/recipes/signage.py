"""Signage: a street sign (a signpost with arrow boards)."""

from __future__ import annotations

from ..dsl import box, cone, cylinder, extrude, part, program
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _arrow(length: float, height: float) -> list[list[float]]:
    """An arrow board pointing +X, its square end at x = 0."""
    tip = 0.16
    return [[0, 0], [length - tip, 0], [length, height / 2], [length - tip, height], [0, height]]


def signpost(p) -> dict:
    metal = p.style == "metal"
    h = 2.5
    post = (cylinder(0.035, h, bevel=0.004) if metal else box([0.1, h, 0.1], bevel=0.012))
    parts = [part("post", "post", post)]
    parts.append(part("cap", "post", cone(0.05, 0.04, radius_top=0.03) if metal else
                      cone(0.085, 0.09, sides=4), part="post").rotate(y=0 if metal else 45)
                 .on("post", "top", gap=-0.002))
    for k in range(p.signs):
        flip = k % 2 == 1
        # Boards point a little off square, each its own way (seeded), as fingerposts do.
        turn = (12.0 if k % 2 == 0 else -10.0) + float(p.rng.uniform(-4, 4))
        angle = (turn if not metal else 0.0) + (180 if flip else 0)
        board = extrude(_arrow(0.78, 0.18), 0.025, crease=20, bevel=0.005)
        parts.append(part(f"sign_{k}", "board", board, part="signs").rotate(y=angle)
                     .on("post", "top", gap=-(0.12 + 0.24 * k), offset=[0.39 * (-1 if flip else 1), 0, 0.0])
                     .uv("box"))
    if not metal:
        parts.append(part("foot", "post", box([0.3, 0.08, 0.3], bevel=0.015), part="post"))
        parts[0] = parts[0].on("foot", "top", gap=-0.01)
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="signpost", category="signage",
        nouns=("street sign", "signpost", "sign post", "guidepost", "direction sign", "fingerpost",
               "road sign", "sign"),
        synsets=("signpost.n.01", "signpost.n.01"),
        size=SizePrior((1.5, 2.6, 0.26), 0.35),
        materials={"post": M("wood_planks", "#6b4a2e"), "board": M("painted_wood", "#c9b27a")},
        parts=(RecipePart("post", "post", ("post", "pole", "stake")),
               RecipePart("signs", "board", ("sign", "signs", "arrow", "arrows", "boards", "board"))),
        params=(Param("signs", "int", 2, 1, 4, count_nouns=("signs", "arrows", "boards", "directions"),
                      doc="Arrow boards, pointing alternately left and right."),
                Param("style", "choice", "wooden", choices=("wooden", "metal"),
                      words={"wooden": "wooden", "wood": "wooden", "rustic": "wooden", "metal": "metal",
                             "iron": "metal", "steel": "metal", "street": "metal", "city": "metal"},
                      doc="A wooden fingerpost or a metal pole with flat plates.")),
        build=signpost, collider="box",
        description="A signpost with arrow-shaped direction boards.",
    ),
]
