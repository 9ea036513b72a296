"""Tools and workshop props: an anvil."""

from __future__ import annotations

from ..dsl import box, loft, macro, part, program, section
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def anvil(p) -> dict:
    # The top: horn tip -> rounded horn -> flat face -> square heel, lofted along X (sections [z, y]).
    top = loft(
        section(-0.40, "circle", radius=0.008, offset=[0, 0.035]),
        section(-0.30, "ellipse", size=[0.05, 0.045], offset=[0, 0.03]),
        section(-0.17, "rounded_rect", size=[0.1, 0.075], corner=0.03, offset=[0, 0.012]),
        section(-0.10, "rounded_rect", size=[0.12, 0.09], corner=0.008),
        section(0.28, "rounded_rect", size=[0.12, 0.09], corner=0.008),
        section(0.30, "rounded_rect", size=[0.118, 0.088], corner=0.012),
        axis="x", smooth=True)
    # The waist: a tapered block from the feet up to the face.
    waist = loft(section(0.0, "rect", size=[0.3, 0.22]), section(0.04, "rect", size=[0.22, 0.15]),
                 section(0.12, "rect", size=[0.15, 0.1]), section(0.19, "rect", size=[0.2, 0.11]))
    parts = [part("feet", "iron", box([0.34, 0.04, 0.26], bevel=0.008), part="body"),
             part("waist", "iron", waist, part="body").on("feet", "top", gap=-0.002),
             part("top", "iron", top, part="body").on("waist", "top", gap=-0.004, x=0.35),
             part("hardy", "dark_iron", box([0.022, 0.004, 0.022]), part="face").on("top", "top", gap=-0.003,
                                                                                       x=0.82)]
    if p.stand:
        parts.insert(0, part("stand", None, macro("stump", 0.46, {"trunk": "bark", "top": "end_grain"})))
        parts[1] = parts[1].on("stand", "top", gap=-0.004)
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="anvil", category="tools",
        nouns=("anvil", "blacksmith anvil", "smithing anvil"), synsets=("anvil.n.01",),
        size=SizePrior((0.7, 0.8, 0.72), 0.3),
        materials={"iron": M("iron", "#4a4d50"), "dark_iron": M("iron", "#2c2e30"),
                   "bark": M("bark"), "end_grain": M("end_grain")},
        parts=(RecipePart("body", "iron", ("body", "anvil", "horn", "face")),
               RecipePart("face", "dark_iron", ("hardy", "hole")),
               RecipePart("trunk", "bark", ("stump", "block", "stand", "base", "log")),
               RecipePart("top", "end_grain", ())),
        params=(Param("stand", "bool", True, words={"stump": True, "block": True, "standalone": False,
                                                    "bare": False},
                      doc="Set on a tree-stump block."),),
        build=anvil, long_axis="x", collider="box",
        description="A blacksmith's anvil with a horn and heel, on a stump.",
    ),
]
